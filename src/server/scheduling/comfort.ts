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

/** Local minute of day of each minute of [startMs, startMs + count minutes). */
export function localMinutesOfDay(zoneName: string, startMs: number, count: number): number[] {
  const zone = IANAZone.create(zoneName);
  const out: number[] = [];
  const first = offsetMinutes(zone, startMs);
  const last = offsetMinutes(zone, startMs + (count - 1) * 60_000);
  for (let i = 0; i < count; i++) {
    const ms = startMs + i * 60_000;
    const offset = first === last ? first : offsetMinutes(zone, ms);
    const local = Math.floor(ms / 60_000) + offset;
    out.push(((local % 1440) + 1440) % 1440);
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
  return localMinutesOfDay(d.timeZone, startMs, durationMinutes).reduce(
    (sum, m) => sum + minuteCost(bands, d.allowNight ?? false, m),
    0,
  );
}

/** Host-local wall clock of an instant, e.g. '2020-09-12T09:00'. */
export const hostWallClock = (ms: number, zone: string): string =>
  DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
