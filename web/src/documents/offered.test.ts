import { describe, expect, it } from 'vitest';
import { offered } from './offered';

const meeting = (id: number, startsAt: string, status = 'planned') => ({ id, startsAt, status }) as Parameters<typeof offered>[0];

describe('the meeting picker', () => {
  const acting = '2020-11-12T02:00:00.000Z';
  it('offers only later meetings, never cancelled ones, to defer to', () => {
    expect(offered(meeting(1, '2020-11-13T02:00:00Z'), { after: acting })).toBe(true);
    expect(offered(meeting(2, '2020-11-11T02:00:00Z'), { after: acting })).toBe(false);
    expect(offered(meeting(3, acting), { after: acting })).toBe(false);
    expect(offered(meeting(4, '2021-10-26T02:00:00Z', 'cancelled'), { after: acting })).toBe(false);
  });
  it('never offers the excluded meeting, and keeps the chosen one shown', () => {
    expect(offered(meeting(5, '2021-01-01T00:00:00Z'), { after: acting, excludeId: 5 })).toBe(false);
    expect(offered(meeting(6, '2019-01-01T00:00:00Z'), { after: acting, value: '6' })).toBe(true);
    expect(offered(meeting(7, '2019-01-01T00:00:00Z'), {})).toBe(true);
  });
});
