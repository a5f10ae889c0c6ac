/**
 * Comfort bands and the cost of time in a delegation's local zone. Costs are
 * per minute; a delegation's cost of a 15-minute grid slot is summed minute by
 * minute with the zone's offset at each minute, so daylight-saving changes are
 * honoured exactly.
 */
import { DateTime, IANAZone } from 'luxon';
import { DEFAULT_BANDS, NIGHT_COST, SLOT_MINUTES, type ComfortBand, type SchedulingDelegation } from './model.js';

export const isValidZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** Cost of one local minute of day; Infinity when forbidden. */
export function minuteCost(bands: readonly ComfortBand[], allowNight: boolean, minuteOfDay: number): number {
  for (const b of bands) {
    if (minuteOfDay >= b.fromMinute && minuteOfDay < b.toMinute) {
      if (b.costPerMinute === null) return allowNight ? NIGHT_COST : Infinity;
      return b.costPerMinute;
    }
  }
  return 0;
}

/** Band index of a local minute of day, for colouring. */
export function bandIndexOf(bands: readonly ComfortBand[], minuteOfDay: number): number {
  return bands.findIndex((b) => minuteOfDay >= b.fromMinute && minuteOfDay < b.toMinute);
}

const offsetMinutes = (zone: IANAZone, ms: number) => zone.offset(ms);

const WEEK_MINUTES = 7 * 1440;

/**
 * Local minute of day of each minute of [startMs, startMs + count minutes).
 * The zone's offset is asked for by bisection (equal offsets at both ends of
 * at most a week mean no change in between: no zone changes twice a week), so
 * a 60-day range costs a few dozen offset look-ups, not 86,400.
 */
export function localMinutesOfDay(zoneName: string, startMs: number, count: number): number[] {
  const zone = IANAZone.create(zoneName);
  const offsets = new Int32Array(count);
  const offsetAt = (minute: number) => offsetMinutes(zone, startMs + minute * 60_000);
  const fill = (lo: number, hi: number, a: number, b: number): void => {
    if (a === b && hi - lo <= WEEK_MINUTES) {
      offsets.fill(a, lo, hi + 1);
      return;
    }
    if (hi - lo <= 1) {
      offsets[lo] = a;
      offsets[hi] = b;
      return;
    }
    const mid = (lo + hi) >> 1;
    fill(lo, mid, a, offsetAt(mid));
    fill(mid + 1, hi, offsetAt(mid + 1), b);
  };
  if (count > 0) fill(0, count - 1, offsetAt(0), offsetAt(count - 1));
  const out: number[] = new Array<number>(count);
  const firstMinute = Math.floor(startMs / 60_000);
  for (let i = 0; i < count; i++) {
    const local = firstMinute + i + offsets[i]!;
    out[i] = ((local % 1440) + 1440) % 1440;
  }
  return out;
}

/** Cost of every 15-minute slot of a grid starting at `gridStartMs`, for one delegation. */
export function slotCosts(d: SchedulingDelegation, gridStartMs: number, slotCount: number): Float64Array {
  const bands = d.bands ?? DEFAULT_BANDS;
  const allowNight = d.allowNight ?? false;
  const minutes = localMinutesOfDay(d.timeZone, gridStartMs, slotCount * SLOT_MINUTES);
  const out = new Float64Array(slotCount);
  for (let s = 0; s < slotCount; s++) {
    let sum = 0;
    for (let i = 0; i < SLOT_MINUTES; i++) sum += minuteCost(bands, allowNight, minutes[s * SLOT_MINUTES + i]!);
    out[s] = sum;
  }
  return out;
}

/** Cost of a meeting of `durationMinutes` from `startMs` for one delegation (minute by minute). */
export function meetingCost(d: SchedulingDelegation, startMs: number, durationMinutes: number): number {
  const bands = d.bands ?? DEFAULT_BANDS;
  return localMinutesOfDay(d.timeZone, startMs, durationMinutes).reduce((sum, m) => sum + minuteCost(bands, d.allowNight ?? false, m), 0);
}

/** Host-local wall clock of an instant, e.g. '2020-09-12T09:00'. */
export const hostWallClock = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
