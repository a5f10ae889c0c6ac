import { describe, expect, it } from 'vitest';
import { addTallies, bandTallies, emptyTallies, peopleBandOf } from './ledger-bands.js';
import { DEFAULT_BANDS, type SchedulingInstance } from './model.js';

const utc = (iso: string) => Date.parse(iso);

describe("the ledger in people's units", () => {
  it('reads the default bands as night, early, working hours and late', () => {
    expect(peopleBandOf(DEFAULT_BANDS, 0)).toBe('night');
    expect(peopleBandOf(DEFAULT_BANDS, 359)).toBe('night');
    expect(peopleBandOf(DEFAULT_BANDS, 360)).toBe('early');
    expect(peopleBandOf(DEFAULT_BANDS, 539)).toBe('early');
    expect(peopleBandOf(DEFAULT_BANDS, 540)).toBeNull();
    expect(peopleBandOf(DEFAULT_BANDS, 1079)).toBeNull();
    expect(peopleBandOf(DEFAULT_BANDS, 1080)).toBe('late');
    expect(peopleBandOf(DEFAULT_BANDS, 1439)).toBe('late');
  });

  it('counts a session once per band it touches, and its minutes in each, in local time', () => {
    const instance: SchedulingInstance = {
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      window: { from: '2027-09-08', to: '2027-09-09' },
      delegations: [
        { id: 'US', timeZone: 'America/New_York', allowNight: true },
        { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
      ],
      meetings: [
        // 20:00–23:00 Hanoi = 09:00–12:00 New York (EDT): late for VN only.
        { id: 'a', durationMinutes: 180, participants: ['US', 'VN'] },
        // 16:00–18:00 Hanoi = 05:00–07:00 New York: 60 night + 60 early minutes, one session in each.
        { id: 'b', durationMinutes: 120, participants: ['US', 'VN'] },
      ],
    };
    const t = bandTallies(instance, { a: utc('2027-09-08T13:00:00Z'), b: utc('2027-09-09T09:00:00Z') });
    expect(t.VN).toEqual({ night: { sessions: 0, minutes: 0 }, early: { sessions: 0, minutes: 0 }, late: { sessions: 1, minutes: 180 } });
    expect(t.US).toEqual({ night: { sessions: 1, minutes: 60 }, early: { sessions: 1, minutes: 60 }, late: { sessions: 0, minutes: 0 } });
  });

  it('follows custom bands: a band costed at zero is working time', () => {
    const bands = [
      { fromMinute: 0, toMinute: 300, costPerMinute: null },
      { fromMinute: 300, toMinute: 1440, costPerMinute: 0 },
    ];
    expect(peopleBandOf(bands, 330)).toBeNull();
    expect(peopleBandOf(bands, 299)).toBe('night');
  });

  it('adds tallies band by band', () => {
    const a = emptyTallies();
    a.late = { sessions: 1, minutes: 30 };
    const b = emptyTallies();
    b.late = { sessions: 2, minutes: 45 };
    b.night = { sessions: 1, minutes: 15 };
    expect(addTallies(a, b)).toEqual({ night: { sessions: 1, minutes: 15 }, early: { sessions: 0, minutes: 0 }, late: { sessions: 3, minutes: 75 } });
  });
});
