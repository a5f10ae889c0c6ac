import { DateTime } from 'luxon';

/**
 * The chairmanship's zone: the chair's capital, where the year is run. A day
 * that belongs to no meeting (an article's publication, a clipping's) is the
 * day it was here.
 */
export const CHAIR_ZONE = 'Asia/Ho_Chi_Minh';

/** The civil day (`YYYY-MM-DD`) an instant falls on in the chair's zone. */
export function chairDayOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: CHAIR_ZONE }).toISODate()!;
}
