/**
 * What the journal of a day holds, for one reader: the day's meetings the
 * reader may see (meetings/visibility, the calendar's own rule) with their
 * times in the host's and the reader's zone, the documents acting at each
 * that the reader may see (documents/visibility, the registry's own
 * predicate), and the decisions of the previous day read from the
 * documents' transition history.
 */
import { and, asc, desc, eq, gt, gte, inArray, lt, ne } from 'drizzle-orm';
import { meetingScope, type Viewer } from '../auth/policies/index.js';
import type { DbOrTx } from '../db/client.js';
import { meetings, users } from '../db/schema.js';
import { documents, documentTransitions } from '../documents/schema.js';
import { visibleTo as documentVisibleTo } from '../documents/visibility.js';
import { localTimes } from '../meetings/local-times.js';
import { visibleTo as meetingVisibleTo } from '../meetings/visibility.js';
import { dayBounds, daysOf, JOURNAL_ZONE } from './day.js';
import type { JournalDay, JournalDecision, JournalMeeting } from './schemas.js';

const decisionStatuses = ['adopted', 'noted', 'issued', 'deferred'] as const;
type Decision = (typeof decisionStatuses)[number];

const documentColumns = {
  id: documents.id,
  referenceCode: documents.referenceCode,
  titleEn: documents.titleEn,
  titleVi: documents.titleVi,
  type: documents.type,
  status: documents.status,
  intendedAction: documents.intendedAction,
};

const meetingColumns = {
  id: meetings.id,
  titleEn: meetings.titleEn,
  titleVi: meetings.titleVi,
  hostCityEn: meetings.hostCityEn,
  hostCityVi: meetings.hostCityVi,
  hostTimeZone: meetings.hostTimeZone,
  format: meetings.format,
  status: meetings.status,
  isPublic: meetings.isPublic,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  revision: meetings.revision,
  updatedAt: meetings.updatedAt,
};

export type MeetingRow = Awaited<ReturnType<typeof dayMeetings>>[number];

/** The meetings the viewer may see that run during [start, end). */
export function dayMeetings(db: DbOrTx, viewer: Viewer | null, start: Date, end: Date) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .where(and(lt(meetings.startsAt, end), gt(meetings.endsAt, start), meetingVisibleTo(meetingScope(viewer))))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** The zone a reader's times are shown in: the one asked for, else the profile's, else the chairmanship's. */
export async function readerZone(db: DbOrTx, viewer: Viewer | null, asked: string | undefined): Promise<string> {
  if (asked) return asked;
  if (!viewer) return JOURNAL_ZONE;
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, viewer.userId));
  return user?.timeZone ?? JOURNAL_ZONE;
}

const times = (m: MeetingRow, zone: string) => {
  const t = localTimes(m.startsAt, m.endsAt, m.hostTimeZone, zone);
  return { zone, start: t.localStart, end: t.localEnd, utcOffset: t.utcOffset, dayOffset: t.startDayOffset };
};

async function documentsAt(db: DbOrTx, viewer: Viewer | null, meetingIds: number[]) {
  if (!meetingIds.length) return new Map<number, JournalMeeting['documents']>();
  const rows = await db
    .select({ ...documentColumns, meetingId: documents.actingMeetingId })
    .from(documents)
    .where(and(inArray(documents.actingMeetingId, meetingIds), ne(documents.status, 'withdrawn'), documentVisibleTo(viewer)))
    .orderBy(asc(documents.referencePrefix), asc(documents.referenceNumber), asc(documents.id));
  const by = new Map<number, JournalMeeting['documents']>();
  for (const { meetingId, ...d } of rows) by.set(meetingId, [...(by.get(meetingId) ?? []), d]);
  return by;
}

/** Documents adopted, noted, issued or deferred during [start, end), those the viewer may see. */
async function decisionsBetween(db: DbOrTx, viewer: Viewer | null, start: Date, end: Date): Promise<JournalDecision[]> {
  const rows = await db
    .select({ ...documentColumns, decision: documentTransitions.toStatus, decidedAt: documentTransitions.occurredAt, meetingId: documentTransitions.meetingId })
    .from(documentTransitions)
    .innerJoin(documents, eq(documents.id, documentTransitions.documentId))
    .where(
      and(
        inArray(documentTransitions.toStatus, [...decisionStatuses]),
        gte(documentTransitions.occurredAt, start),
        lt(documentTransitions.occurredAt, end),
        documentVisibleTo(viewer),
      ),
    )
    .orderBy(asc(documentTransitions.occurredAt), asc(documents.referencePrefix), asc(documents.referenceNumber), asc(documents.id));
  const meetingIds = [...new Set(rows.flatMap((r) => (r.meetingId === null ? [] : [r.meetingId])))];
  const seen = meetingIds.length
    ? await db
        .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi })
        .from(meetings)
        .where(and(inArray(meetings.id, meetingIds), meetingVisibleTo(meetingScope(viewer))))
    : [];
  const meetingOf = new Map(seen.map((m) => [m.id, m]));
  return rows.map(({ meetingId, decidedAt, decision, ...d }) => ({
    ...d,
    decision: decision as Decision,
    decidedAt: decidedAt.toISOString(),
    meeting: (meetingId !== null && meetingOf.get(meetingId)) || null,
  }));
}

export interface JournalRequest {
  date: string;
  readerZone: string;
}

/** The journal of one day for one reader, with the rows a calendar needs. */
export async function journalOf(db: DbOrTx, viewer: Viewer | null, request: JournalRequest): Promise<{ day: JournalDay; rows: MeetingRow[] }> {
  const bounds = dayBounds(request.date, JOURNAL_ZONE);
  const previous = dayBounds(bounds.previousDate, JOURNAL_ZONE);
  const rows = await dayMeetings(db, viewer, bounds.start, bounds.end);
  const docs = await documentsAt(
    db,
    viewer,
    rows.map((m) => m.id),
  );
  const day: JournalDay = {
    date: bounds.date,
    previousDate: bounds.previousDate,
    nextDate: bounds.nextDate,
    zone: JOURNAL_ZONE,
    readerZone: request.readerZone,
    meetings: rows.map((m) => ({
      id: m.id,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      hostCityEn: m.hostCityEn,
      hostCityVi: m.hostCityVi,
      format: m.format,
      status: m.status,
      isPublic: m.isPublic,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      host: times(m, m.hostTimeZone),
      reader: times(m, request.readerZone),
      documents: docs.get(m.id) ?? [],
    })),
    decisions: await decisionsBetween(db, viewer, previous.start, previous.end),
  };
  return { day, rows };
}

/** How many of the latest meetings the feed looks through for its days. */
const FEED_MEETINGS = 200;

/** The latest days up to `until` (inclusive) on which a meeting the viewer may see runs, newest first. */
export async function daysWithMeetings(db: DbOrTx, viewer: Viewer | null, until: string, limit: number): Promise<string[]> {
  const end = dayBounds(until, JOURNAL_ZONE).end;
  const rows = await db
    .select({ startsAt: meetings.startsAt, endsAt: meetings.endsAt })
    .from(meetings)
    .where(and(lt(meetings.startsAt, end), meetingVisibleTo(meetingScope(viewer))))
    .orderBy(desc(meetings.startsAt))
    .limit(FEED_MEETINGS);
  const days = new Set<string>();
  for (const r of rows) for (const day of daysOf(r.startsAt, r.endsAt < end ? r.endsAt : end, JOURNAL_ZONE)) days.add(day);
  return [...days].sort().reverse().slice(0, limit);
}
