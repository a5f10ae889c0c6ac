/**
 * How a meeting's instants look from where a delegation joins. Pure: instants
 * and IANA zones in, wall-clock strings and flags out.
 */
import { DateTime, IANAZone } from 'luxon';

export const isValidTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** Local hours considered reasonable for a meeting. */
export const WORKING_HOURS = { fromMinute: 8 * 60, toMinute: 20 * 60 } as const;

export interface LocalTimes {
  localStart: string;
  localEnd: string;
  /** UTC offset at the meeting's start, e.g. '+13:00'. */
  utcOffset: string;
  /** Local start date minus the host's local start date, in days. */
  startDayOffset: number;
  endDayOffset: number;
  outsideHours: boolean;
}

const wallClock = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mm");
const minuteOfDay = (dt: DateTime) => dt.hour * 60 + dt.minute;
const dayNumber = (dt: DateTime) => Math.round(DateTime.utc(dt.year, dt.month, dt.day).toMillis() / 86_400_000);

/**
 * Outside hours when the meeting starts or ends, in local time, outside
 * 08:00–20:00, or when a meeting shorter than a day runs through local
 * midnight. A multi-day meeting is read as daily sittings from its start time
 * to its end time, so only those two times of day are judged.
 */
export function isOutsideHours(start: DateTime, end: DateTime): boolean {
  const { fromMinute, toMinute } = WORKING_HOURS;
  const s = minuteOfDay(start);
  const e = minuteOfDay(end);
  const endsNextDay = dayNumber(end) > dayNumber(start);
  if (s < fromMinute || s > toMinute) return true;
  if (endsNextDay && end.diff(start, 'hours').hours < 24) return true;
  return e > toMinute || e < fromMinute;
}

export function localTimes(startsAt: Date, endsAt: Date, hostZone: string, zone: string): LocalTimes {
  const hostStart = DateTime.fromJSDate(startsAt, { zone: hostZone });
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  return {
    localStart: wallClock(start),
    localEnd: wallClock(end),
    utcOffset: start.toFormat('ZZ'),
    startDayOffset: dayNumber(start) - dayNumber(hostStart),
    endDayOffset: dayNumber(end) - dayNumber(hostStart),
    outsideHours: isOutsideHours(start, end),
  };
}

export const hostWallClock = (instant: Date, hostZone: string) => wallClock(DateTime.fromJSDate(instant, { zone: hostZone }));

/** Host-local wall-clock 'YYYY-MM-DDTHH:mm' to an instant, DST-aware. */
export function instantFromWallClock(local: string, zone: string): Date {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`Invalid local time ${local} in ${zone}: ${dt.invalidExplanation ?? ''}`);
  return dt.toJSDate();
}
