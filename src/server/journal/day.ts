/**
 * The journal's day: a civil date in the chairmanship's zone and the instants
 * it runs between. Pure: dates and zones in, instants and dates out.
 */
import { DateTime } from 'luxon';
import { CHAIR_ZONE } from '../domain/chairmanship.js';

/**
 * The chairmanship's zone: the day a journal is for runs from midnight to
 * midnight here, whatever the zone each meeting is hosted in.
 */
export const JOURNAL_ZONE = CHAIR_ZONE;

export interface JournalDayBounds {
  date: string;
  start: Date;
  end: Date;
  previousDate: string;
  nextDate: string;
}

const iso = (dt: DateTime) => dt.toFormat('yyyy-MM-dd');

/** The day `date` (YYYY-MM-DD) in `zone`: its start and end instants (a DST day is 23 or 25 hours), and its neighbours. */
export function dayBounds(date: string, zone: string): JournalDayBounds {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  if (!start.isValid) throw new Error(`Invalid day ${date} in ${zone}`);
  const next = start.plus({ days: 1 });
  return { date: iso(start), start: start.toJSDate(), end: next.toJSDate(), previousDate: iso(start.minus({ days: 1 })), nextDate: iso(next) };
}

/** The days (in `zone`) that the span [start, end) touches, in order. */
export function daysOf(start: Date, end: Date, zone: string): string[] {
  const last = DateTime.fromJSDate(new Date(Math.max(start.getTime(), end.getTime() - 1)), { zone }).startOf('day');
  const days: string[] = [];
  for (let d = DateTime.fromJSDate(start, { zone }).startOf('day'); d <= last; d = d.plus({ days: 1 })) days.push(iso(d));
  return days;
}
