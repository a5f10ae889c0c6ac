/**
 * RFC 5545 feeds: one meeting, one cluster, one delegation's programme.
 * Events are in UTC; a delegation's feed carries its local times in the
 * description.
 *
 * What lets a subscribed calendar follow changes: a UID unique to this
 * installation (from the public URL's host), SEQUENCE = the meeting's
 * revision (bumped by every change an event shows), LAST-MODIFIED and
 * DTSTAMP = its last change (without a METHOD, DTSTAMP is when the stored
 * information was last revised, §3.8.7.2), and a cancelled meeting kept in
 * the feed with STATUS:CANCELLED so calendars strike it out rather than
 * guess why it vanished.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../db/client.js';
import { delegations, meetings } from '../db/schema.js';
import type { MeetingStatus } from '../domain/vocabulary.js';
import { calendarUid } from '../http/public-url.js';
import { visibleTo, type Visibility } from '../meetings/visibility.js';

export interface FeedEvent {
  id: number;
  titleEn: string;
  startsAt: Date;
  endsAt: Date;
  hostCityEn: string;
  hostTimeZone: string;
  format: string;
  status: string;
  revision: number;
  updatedAt: Date;
}

const columns = {
  id: meetings.id,
  titleEn: meetings.titleEn,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  hostCityEn: meetings.hostCityEn,
  hostTimeZone: meetings.hostTimeZone,
  format: meetings.format,
  status: meetings.status,
  revision: meetings.revision,
  updatedAt: meetings.updatedAt,
};

/** A planned or postponed meeting may still move; a confirmed, running or held one took place or will. */
const eventStatus: Record<MeetingStatus, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  postponed: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  in_progress: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc d LLL yyyy HH:mm');

export function buildCalendar(publicUrl: string, name: string, events: FeedEvent[], localZone?: { zone: string; label: string }): string {
  const cal = ical({ name, prodId: { company: 'Gavel', product: 'gavel', language: 'EN' } });
  for (const e of events) {
    const lines = [`Host time (${e.hostCityEn}, ${e.hostTimeZone}): ${local(e.startsAt, e.hostTimeZone)}–${local(e.endsAt, e.hostTimeZone).slice(-5)}`];
    if (localZone) lines.push(`${localZone.label} local time (${localZone.zone}): ${local(e.startsAt, localZone.zone)}–${local(e.endsAt, localZone.zone)}`);
    cal.createEvent({
      id: calendarUid(publicUrl, `meeting-${e.id}`),
      start: e.startsAt,
      end: e.endsAt,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      sequence: e.revision,
      status: eventStatus[e.status as MeetingStatus] ?? null,
      summary: e.titleEn,
      description: lines.join('\n'),
      location: e.format === 'virtual' ? `Online (host: ${e.hostCityEn})` : e.hostCityEn,
    });
  }
  // RFC 5545 3.1: every content line ends with CRLF, END:VCALENDAR too (ical-generator leaves it bare).
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

export async function meetingEvents(
  db: DbOrTx,
  where: { meetingId?: number; clusterId?: number; partyId?: number },
  visibility: Visibility,
): Promise<FeedEvent[]> {
  const conditions = [visibleTo(visibility)];
  if (where.meetingId !== undefined) conditions.push(eq(meetings.id, where.meetingId));
  if (where.clusterId !== undefined) conditions.push(eq(meetings.clusterId, where.clusterId));
  if (where.partyId !== undefined) {
    const ids = db.select({ id: delegations.meetingId }).from(delegations).where(eq(delegations.partyId, where.partyId));
    conditions.push(inArray(meetings.id, ids));
  }
  return db
    .select(columns)
    .from(meetings)
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}
