import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { meetingCost, minuteCost, slotCosts } from './comfort.js';
import { DEFAULT_BANDS, SLOT_MINUTES } from './model.js';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const nz = { id: 'NZ', timeZone: 'Pacific/Auckland' };
const us = { id: 'US', timeZone: 'America/New_York' };

describe('comfort bands', () => {
  it('prices the default bands per minute', () => {
    const at = (h: number, m = 0) => minuteCost(DEFAULT_BANDS, false, h * 60 + m);
    expect([at(9), at(17, 59), at(8), at(18), at(21, 59), at(6, 30), at(22), at(23, 59)]).toEqual([0, 0, 1, 1, 1, 3, 3, 3]);
    expect(at(0)).toBe(Infinity);
    expect(at(5, 59)).toBe(Infinity);
    expect(minuteCost(DEFAULT_BANDS, true, 3 * 60)).toBe(10);
  });

  it('sees New Zealand move to UTC+13 on 27 Sep 2020', () => {
    // 20:00 UTC is 08:00 in Wellington on 26 Sep (+12), 09:00 on 27 Sep (+13).
    expect(meetingCost(nz, utc('2020-09-25T20:00'), 60)).toBe(60);
    expect(meetingCost(nz, utc('2020-09-26T20:00'), 60)).toBe(0);
  });

  it('sees the United States leave daylight time on 1 Nov 2020', () => {
    // 13:00 UTC is 09:00 in New York on 31 Oct (EDT), 08:00 on 1 Nov (EST).
    expect(meetingCost(us, utc('2020-10-31T13:00'), 60)).toBe(0);
    expect(meetingCost(us, utc('2020-11-01T13:00'), 60)).toBe(60);
  });

  it('counts minute by minute across a change: the night hour repeated in New York costs twice', () => {
    // 04:00–07:00 UTC on 1 Nov: 00:00–01:59 EDT, then 01:00–01:59 EST again; all night.
    expect(meetingCost({ ...us, allowNight: true }, utc('2020-11-01T04:00'), 180)).toBe(1800);
    // NZ skips 02:00–03:00: 12:00–15:00 UTC on 26 Sep is 00:00–02:00 NZST then 03:00–04:00 NZDT.
    expect(meetingCost({ ...nz, allowNight: true }, utc('2020-09-26T12:00'), 180)).toBe(1800);
  });

  it('agrees with a wall-clock oracle around both changes, and slot sums equal meeting costs', () => {
    const around = [utc('2020-09-26T00:00'), utc('2020-10-31T12:00')];
    fc.assert(
      fc.property(
        fc.constantFrom(...around),
        fc.integer({ min: 0, max: 4 * 24 * 4 - 1 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(nz, us),
        (base, slot, slots, d) => {
          const start = base + slot * SLOT_MINUTES * 60_000;
          const minutes = slots * SLOT_MINUTES;
          let oracle = 0;
          for (let i = 0; i < minutes; i++) {
            const local = DateTime.fromMillis(start + i * 60_000, { zone: d.timeZone });
            oracle += minuteCost(DEFAULT_BANDS, true, local.hour * 60 + local.minute);
          }
          const night = { ...d, allowNight: true };
          expect(meetingCost(night, start, minutes)).toBe(oracle);
          const grid = slotCosts(night, start, slots);
          expect(grid.reduce((a, b) => a + b, 0)).toBe(oracle);
        },
      ),
      { numRuns: 200 },
    );
  });
});
