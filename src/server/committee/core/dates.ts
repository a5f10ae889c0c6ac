/**
 * Calendar dates as the committee writes them. A date here is a civil day
 * (`YYYY-MM-DD`), never an instant: a milestone is due on a day in Hanoi.
 */
import { DateTime } from 'luxon';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';

export type CivilDate = string;

const ymd = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Vietnamese order: day/month/year, with or without leading zeros. */
const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function fromParts(year: number, month: number, day: number): CivilDate | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return d.isValid ? d.toISODate() : null;
}

/**
 * Accepts `YYYY-MM-DD`, `DD/MM/YYYY` (as written in Vietnamese) and an ISO
 * datetime (its date as written, in its own offset). Anything else — or a
 * day that does not exist, such as 31/02/2020 — gives null.
 */
export function normalizeDate(input: string): CivilDate | null {
  const s = input.trim();
  let m = ymd.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = dmy.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const d = DateTime.fromISO(s, { setZone: true });
    return d.isValid ? d.toISODate() : null;
  }
  return null;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date where the committee sits. */
export function todayIn(zone = CHAIR_ZONE, now: Date = new Date()): CivilDate {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** The first instant after a civil day where the committee sits: "as of" a day means before this. */
export function endOfDay(date: CivilDate, zone = CHAIR_ZONE): Date {
  return DateTime.fromISO(addDays(date, 1), { zone }).toJSDate();
}

export interface MeetingStart {
  startsAt: Date;
  hostTimeZone: string;
}

/**
 * "Before meeting X" means by the eve of its first day, host-local. The date
 * is derived each time it is read, so it follows the meeting when it moves.
 */
export function dueBeforeMeeting(meeting: MeetingStart): CivilDate {
  const firstDay = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.hostTimeZone }).toISODate()!;
  return addDays(firstDay, -1);
}

/** A due date fixed on a day, or tied to a meeting. */
export interface DueRule {
  dueOn: CivilDate | null;
  beforeMeetingId: number | null;
}

export function resolveDue(rule: DueRule, meetings: ReadonlyMap<number, MeetingStart>): CivilDate | null {
  if (rule.beforeMeetingId !== null) {
    const meeting = meetings.get(rule.beforeMeetingId);
    return meeting ? dueBeforeMeeting(meeting) : rule.dueOn;
  }
  return rule.dueOn;
}

export const asOfRules = ['asked', 'today', 'meeting_opened'] as const;
export type AsOfRule = (typeof asOfRules)[number];

export interface MeetingSpan extends MeetingStart {
  endsAt: Date;
}

/**
 * The day a meeting's readiness is shown for when nobody asks for one: today
 * while the meeting is ahead or under way; once it is over (today after its
 * last day, host-local), the day it opened — readiness as it stood on the
 * eve, when everything due "before the meeting" had to be ready. Showing a
 * finished meeting as of today would call everything unfinished "late" for
 * ever after.
 */
export function defaultAsOf(today: CivilDate, meeting: MeetingSpan): { day: CivilDate; rule: Exclude<AsOfRule, 'asked'> } {
  const local = (d: Date) => DateTime.fromJSDate(d, { zone: meeting.hostTimeZone }).toISODate()!;
  if (today > local(meeting.endsAt)) return { day: local(meeting.startsAt), rule: 'meeting_opened' };
  return { day: today, rule: 'today' };
}
