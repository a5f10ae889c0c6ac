import { describe, expect, it } from 'vitest';
import { hours } from './ledger-format';

describe('ledger hours', () => {
  it('writes minutes as hours and two-digit minutes', () => {
    expect(hours(0)).toBe('0 h 00');
    expect(hours(65)).toBe('1 h 05');
    expect(hours(600)).toBe('10 h 00');
  });
});
