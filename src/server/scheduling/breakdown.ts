/**
 * Why a delegation got the hours it got: per meeting, its local start and end,
 * its cost and the minutes spent in each band.
 */
import { DateTime } from 'luxon';
import { bandIndexOf, localMinutesOfDay, minuteCost } from './comfort.js';
import { DEFAULT_BANDS, NIGHT_COST, type SchedulingInstance } from './model.js';

export interface MeetingShare {
  meeting: string;
  localStart: string;
  localEnd: string;
  /** Cost of the minutes outside forbidden bands (and, for a held meeting, of those inside at night cost). */
  cost: number;
  /** Minutes in a forbidden band (possible only in a schedule not made by the optimizer). */
  forbiddenMinutes: number;
  /** Minutes per band index of the delegation's bands. */
  minutesByBand: number[];
}

export interface DelegationBreakdown {
  delegation: string;
  timeZone: string;
  burden: number;
  carried: number;
  meetings: MeetingShare[];
}

export function burdenBreakdown(instance: SchedulingInstance, starts: Record<string, number>): DelegationBreakdown[] {
  return instance.delegations.map((d) => {
    const bands = d.bands ?? DEFAULT_BANDS;
    const meetings = instance.meetings
      .filter((m) => m.participants.includes(d.id) && starts[m.id] !== undefined)
      .map((m) => {
        const start = starts[m.id]!;
        const minutes = localMinutesOfDay(d.timeZone, start, m.durationMinutes);
        const minutesByBand = bands.map(() => 0);
        let cost = 0;
        let forbiddenMinutes = 0;
        for (const minute of minutes) {
          const band = bandIndexOf(bands, minute);
          if (band >= 0) minutesByBand[band]!++;
          const c = minuteCost(bands, d.allowNight ?? false, minute);
          if (Number.isFinite(c)) cost += c;
          else {
            forbiddenMinutes++;
            // Sat at night in a meeting that took place: priced as night time, as the optimizer prices it.
            if (m.held) cost += NIGHT_COST;
          }
        }
        const local = (ms: number) => DateTime.fromMillis(ms, { zone: d.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
        return { meeting: m.id, localStart: local(start), localEnd: local(start + m.durationMinutes * 60_000), cost, forbiddenMinutes, minutesByBand };
      });
    return {
      delegation: d.id,
      timeZone: d.timeZone,
      burden: meetings.reduce((sum, m) => sum + m.cost, 0),
      carried: instance.carriedBurden?.[d.id] ?? 0,
      meetings,
    };
  });
}
