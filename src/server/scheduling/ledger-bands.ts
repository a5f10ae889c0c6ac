/**
 * The ledger in people's units: per delegation, the sessions and minutes it
 * sat at night, early or late in its own local time. Night is a forbidden
 * band of its bands (00:00–06:00 by default: sat only by a delegation that
 * accepts night sessions, or in a meeting already held there); early and late
 * are the minutes of a costed band before and after local noon (06:00–09:00
 * and 18:00–24:00 by default). A session counts once in each band it touches.
 * Pure.
 */
import { localMinutesOfDay } from './comfort.js';
import { DEFAULT_BANDS, type ComfortBand, type SchedulingInstance } from './model.js';

export const peopleBands = ['night', 'early', 'late'] as const;
export type PeopleBand = (typeof peopleBands)[number];

export interface BandTally {
  sessions: number;
  minutes: number;
}
export type BandTallies = Record<PeopleBand, BandTally>;

const NOON = 12 * 60;

export const emptyTallies = (): BandTallies => ({ night: { sessions: 0, minutes: 0 }, early: { sessions: 0, minutes: 0 }, late: { sessions: 0, minutes: 0 } });

/** Which people's band a local minute of day falls in under `bands` (null: working hours, at no cost). */
export function peopleBandOf(bands: readonly ComfortBand[], minuteOfDay: number): PeopleBand | null {
  const band = bands.find((b) => minuteOfDay >= b.fromMinute && minuteOfDay < b.toMinute);
  if (!band) return null;
  if (band.costPerMinute === null) return 'night';
  if (band.costPerMinute === 0) return null;
  return minuteOfDay < NOON ? 'early' : 'late';
}

/** Adds `b` into `a` (both tallies), returning `a`. */
export function addTallies(a: BandTallies, b: BandTallies): BandTallies {
  for (const band of peopleBands) {
    a[band].sessions += b[band].sessions;
    a[band].minutes += b[band].minutes;
  }
  return a;
}

/** Per delegation id of the instance: its night, early and late sessions and minutes with the meetings at `starts` (meeting id → epoch ms). */
export function bandTallies(instance: SchedulingInstance, starts: Record<string, number>): Record<string, BandTallies> {
  const out: Record<string, BandTallies> = {};
  for (const d of instance.delegations) {
    const bands = d.bands ?? DEFAULT_BANDS;
    const tally = emptyTallies();
    for (const m of instance.meetings) {
      const start = starts[m.id];
      if (start === undefined || !m.participants.includes(d.id)) continue;
      const touched = new Set<PeopleBand>();
      for (const minute of localMinutesOfDay(d.timeZone, start, m.durationMinutes)) {
        const band = peopleBandOf(bands, minute);
        if (band === null) continue;
        tally[band].minutes++;
        touched.add(band);
      }
      for (const band of touched) tally[band].sessions++;
    }
    out[d.id] = tally;
  }
  return out;
}
