import { describe, expect, it } from 'vitest';
import { dayBounds, daysOf } from './day.js';

describe('the journal day', () => {
  it('runs from midnight to midnight in the zone', () => {
    const d = dayBounds('2020-09-10', 'Asia/Ho_Chi_Minh');
    expect(d.start.toISOString()).toBe('2020-09-09T17:00:00.000Z');
    expect(d.end.toISOString()).toBe('2020-09-10T17:00:00.000Z');
    expect([d.previousDate, d.nextDate]).toEqual(['2020-09-09', '2020-09-11']);
  });

  it('is 23 hours long on the day clocks go forward', () => {
    const d = dayBounds('2021-03-28', 'Europe/Brussels');
    expect((d.end.getTime() - d.start.getTime()) / 3_600_000).toBe(23);
  });

  it('crosses month and year ends', () => {
    expect(dayBounds('2021-01-01', 'UTC').previousDate).toBe('2020-12-31');
  });

  it('names every day a span touches, not the day it ends at midnight', () => {
    const at = (s: string) => new Date(s);
    expect(daysOf(at('2020-09-08T02:00:00Z'), at('2020-09-10T10:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual(['2020-09-08', '2020-09-09', '2020-09-10']);
    expect(daysOf(at('2020-09-09T01:30:00Z'), at('2020-09-09T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual(['2020-09-09']);
    expect(daysOf(at('2020-09-09T01:30:00Z'), at('2020-09-09T01:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual(['2020-09-09']);
  });
});
