/**
 * Which changes make a new revision of a meeting's calendar event. A
 * subscribed calendar (Outlook, Google, Thunderbird) replaces an event it
 * holds only when the event's SEQUENCE grows (RFC 5545 §3.8.7.4), so every
 * change a calendar shows — times, title, place, format, status — bumps
 * `meetings.revision`, in the same transaction as the change.
 */
import { sql } from 'drizzle-orm';
import { meetings } from '../db/schema.js';

export const calendarFields = ['titleEn', 'titleVi', 'startsAt', 'endsAt', 'hostCityEn', 'hostCityVi', 'hostTimeZone', 'format', 'status'] as const;
type CalendarField = (typeof calendarFields)[number];

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** True when `patch` changes a field that calendars show. */
export function changesCalendarEvent(before: Pick<typeof meetings.$inferSelect, CalendarField>, patch: Partial<Record<CalendarField, unknown>>): boolean {
  return calendarFields.some((f) => patch[f] !== undefined && !same(before[f], patch[f]));
}

/** The `set` value for the next revision, computed by the database on the locked row. */
export const nextRevision = () => sql`${meetings.revision} + 1`;
