import { describe, expect, it } from 'vitest';
import { instantFromWallClock, isValidTimeZone, localTimes } from './local-times.js';

const hanoi = 'Asia/Ho_Chi_Minh';

describe('localTimes', () => {
  it('shows Wellington a day ahead after New Zealand moves to UTC+13 on 27 Sep 2020', () => {
    // 20:00 in Hanoi on 27 Sep 2020 is 02:00 on 28 Sep in Auckland (+13).
    const start = instantFromWallClock('2020-09-27T20:00', hanoi);
    const end = instantFromWallClock('2020-09-27T21:00', hanoi);
    const t = localTimes(start, end, hanoi, 'Pacific/Auckland');
    expect(t).toMatchObject({ localStart: '2020-09-28T02:00', localEnd: '2020-09-28T03:00', utcOffset: '+13:00' });
    expect(t.startDayOffset).toBe(1);
    expect(t.outsideHours).toBe(true);
  });

  it('uses +12 for Auckland before the change', () => {
    const start = instantFromWallClock('2020-09-09T14:00', hanoi);
    const t = localTimes(start, new Date(start.getTime() + 3600_000), hanoi, 'Pacific/Auckland');
    expect(t.localStart).toBe('2020-09-09T19:00');
    expect(t.utcOffset).toBe('+12:00');
    expect(t.startDayOffset).toBe(0);
  });

  it('puts Washington on the previous day for a Hanoi morning meeting', () => {
    const start = instantFromWallClock('2020-09-09T08:30', hanoi);
    const end = instantFromWallClock('2020-09-09T11:00', hanoi);
    const t = localTimes(start, end, hanoi, 'America/New_York');
    expect(t).toMatchObject({
      localStart: '2020-09-08T21:30',
      localEnd: '2020-09-09T00:00',
      utcOffset: '-04:00',
      startDayOffset: -1,
      endDayOffset: 0,
      outsideHours: true,
    });
  });

  it('honours the end of US daylight time on 1 Nov 2020', () => {
    const start = instantFromWallClock('2020-11-02T09:00', hanoi);
    const t = localTimes(start, new Date(start.getTime() + 3600_000), hanoi, 'America/New_York');
    expect(t.utcOffset).toBe('-05:00');
    expect(t.localStart).toBe('2020-11-01T21:00');
  });

  it('marks nothing for a meeting inside working hours', () => {
    const start = instantFromWallClock('2020-09-09T09:00', hanoi);
    const end = instantFromWallClock('2020-09-09T12:00', hanoi);
    expect(localTimes(start, end, hanoi, 'Asia/Jakarta').outsideHours).toBe(false);
    expect(localTimes(start, end, hanoi, 'Asia/Tokyo').outsideHours).toBe(false);
  });

  it('marks a meeting that ends after 20:00 local', () => {
    const start = instantFromWallClock('2020-09-09T17:00', hanoi);
    const end = instantFromWallClock('2020-09-09T19:00', hanoi);
    // Tokyo is two hours ahead: 19:00–21:00.
    expect(localTimes(start, end, hanoi, 'Asia/Tokyo').outsideHours).toBe(true);
    expect(localTimes(start, end, hanoi, hanoi).outsideHours).toBe(false);
  });
});

describe('time zones', () => {
  it('knows IANA zones and rejects others', () => {
    expect(isValidTimeZone('Asia/Pyongyang')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('turns host wall-clock into the right instant', () => {
    expect(instantFromWallClock('2020-09-09T08:30', hanoi).toISOString()).toBe('2020-09-09T01:30:00.000Z');
  });
});
