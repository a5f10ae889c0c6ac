import { describe, expect, it } from 'vitest';
import { chairDayOf } from './chairmanship.js';

describe('chairDayOf', () => {
  it('gives the day in the chair’s zone (UTC+7), not in UTC', () => {
    expect(chairDayOf(new Date('2020-11-12T16:59:59Z'))).toBe('2020-11-12');
    expect(chairDayOf(new Date('2020-11-12T17:00:00Z'))).toBe('2020-11-13');
    expect(chairDayOf(new Date('2020-11-13T16:59:59Z'))).toBe('2020-11-13');
  });
});
