/**
 * RFC 5545 feeds: one meeting, one cluster, one delegation's programme.
 * Events are in UTC; a delegation's feed carries its local times in the
 * description.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../db/client.js';
import { delegations, meetings } from '../db/schema.js';
import { calendarUid } from '../http/public-url.js';
import { visibleTo, type Visibility } from '../meetings/queries.js';

export interface FeedEvent {
  id: number;
  titleEn: string;
  startsAt: Date;
  endsAt: Date;
  hostCityEn: string;
  hostTimeZone: string;
  format: string;
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
  updatedAt: meetings.updatedAt,
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
      summary: e.titleEn,
      description: lines.join('\n'),
      location: e.format === 'virtual' ? `Online (host: ${e.hostCityEn})` : e.hostCityEn,
    });
  }
  return cal.toString();
}

export async function meetingEvents(db: DbOrTx, where: { meetingId?: number; clusterId?: number; partyId?: number }, visibility: Visibility): Promise<FeedEvent[]> {
  const conditions = [visibleTo(visibility)];
  if (where.meetingId !== undefined) conditions.push(eq(meetings.id, where.meetingId));
  if (where.clusterId !== undefined) conditions.push(eq(meetings.clusterId, where.clusterId));
  if (where.partyId !== undefined) {
    const ids = db.select({ id: delegations.meetingId }).from(delegations).where(eq(delegations.partyId, where.partyId));
    conditions.push(inArray(meetings.id, ids));
  }
  return db.select(columns).from(meetings).where(and(...conditions)).orderBy(asc(meetings.startsAt), asc(meetings.id));
}
