import { describe, expect, it } from 'vitest';
import { given } from './command.js';

describe('given', () => {
  it('drops the fields a patch does not send and keeps the ones it clears', () => {
    expect(given({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
    expect(Object.keys(given({ b: undefined }))).toEqual([]);
  });
});
