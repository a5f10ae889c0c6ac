import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, defaultAsOf, dueBeforeMeeting, normalizeDate, resolveDue } from './dates.js';

describe('normalizeDate', () => {
  it('accepts the three written forms', () => {
    expect(normalizeDate('2020-10-27')).toBe('2020-10-27');
    expect(normalizeDate('27/10/2020')).toBe('2020-10-27');
    expect(normalizeDate('7/9/2020')).toBe('2020-09-07');
    expect(normalizeDate('2020-11-12T08:30:00+07:00')).toBe('2020-11-12');
    // The date as written in its own offset, not converted to UTC.
    expect(normalizeDate('2020-11-12T01:00:00+07:00')).toBe('2020-11-12');
  });

  it('refuses other forms and days that do not exist', () => {
    for (const bad of ['10/27/2020', '31/02/2020', '2020-13-01', '27.10.2020', 'tomorrow', '', '2020/10/27', '2020-10-27T25:00']) {
      expect(normalizeDate(bad), bad).toBeNull();
    }
  });

  it('gives the same day for the YYYY-MM-DD and DD/MM/YYYY spellings of any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(normalizeDate(iso)).toBe(iso);
        expect(normalizeDate(`${day}/${m}/${y}`)).toBe(iso);
        expect(normalizeDate(`${d.toISOString().slice(0, 10)}T12:00:00Z`)).toBe(iso);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const day = d.toISOString().slice(0, 10);
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});

describe('due before a meeting', () => {
  const amm53 = { startsAt: new Date('2020-09-09T01:30:00Z'), hostTimeZone: 'Asia/Ho_Chi_Minh' };

  it('is the eve of the first day, host-local', () => {
    expect(dueBeforeMeeting(amm53)).toBe('2020-09-08');
    // 23:30 UTC on 8 Sep is already 9 Sep in Hanoi.
    expect(dueBeforeMeeting({ startsAt: new Date('2020-09-08T23:30:00Z'), hostTimeZone: 'Asia/Ho_Chi_Minh' })).toBe('2020-09-08');
  });

  it('follows the meeting when it moves', () => {
    const meetings = new Map([[53, amm53]]);
    const rule = { dueOn: null, beforeMeetingId: 53 };
    expect(resolveDue(rule, meetings)).toBe('2020-09-08');
    meetings.set(53, { ...amm53, startsAt: new Date('2020-09-20T01:30:00Z') });
    expect(resolveDue(rule, meetings)).toBe('2020-09-19');
    expect(resolveDue({ dueOn: '2020-06-01', beforeMeetingId: null }, meetings)).toBe('2020-06-01');
  });
});

describe('defaultAsOf: the day a readiness dashboard is shown for', () => {
  // The 37th Summit, Hanoi: 12–15 Nov 2020, 08:00 on the first day to 18:00 on the last, Hanoi time.
  const summit = { startsAt: new Date('2020-11-12T01:00:00Z'), endsAt: new Date('2020-11-15T11:00:00Z'), hostTimeZone: 'Asia/Ho_Chi_Minh' };

  it('is today while the meeting is ahead', () => {
    expect(defaultAsOf('2020-10-27', summit)).toEqual({ day: '2020-10-27', rule: 'today' });
    expect(defaultAsOf('2020-11-11', summit)).toEqual({ day: '2020-11-11', rule: 'today' });
  });

  it('is today while the meeting is under way, its last day included', () => {
    expect(defaultAsOf('2020-11-12', summit)).toEqual({ day: '2020-11-12', rule: 'today' });
    expect(defaultAsOf('2020-11-15', summit)).toEqual({ day: '2020-11-15', rule: 'today' });
  });

  it('is the day the meeting opened once it is over, however long ago', () => {
    expect(defaultAsOf('2020-11-16', summit)).toEqual({ day: '2020-11-12', rule: 'meeting_opened' });
    expect(defaultAsOf('2026-03-01', summit)).toEqual({ day: '2020-11-12', rule: 'meeting_opened' });
  });

  it('reads the first and last days in the host zone, not in UTC', () => {
    // Auckland (UTC+13): opens 00:30 on 1 Mar (28 Feb in UTC), ends 00:30 on 3 Mar (2 Mar in UTC).
    const auckland = { startsAt: new Date('2021-02-28T11:30:00Z'), endsAt: new Date('2021-03-02T11:30:00Z'), hostTimeZone: 'Pacific/Auckland' };
    expect(defaultAsOf('2021-03-03', auckland)).toEqual({ day: '2021-03-03', rule: 'today' });
    expect(defaultAsOf('2021-03-04', auckland)).toEqual({ day: '2021-03-01', rule: 'meeting_opened' });
  });

  it('never shows a day after today, and never a day before the meeting opened once it is over', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (start, length, now) => {
          const meeting = { startsAt: start, endsAt: new Date(start.getTime() + length), hostTimeZone: 'Asia/Ho_Chi_Minh' };
          const today = now.toISOString().slice(0, 10);
          const { day, rule } = defaultAsOf(today, meeting);
          expect(day <= today).toBe(true);
          if (rule === 'today') expect(day).toBe(today);
        },
      ),
    );
  });
});
