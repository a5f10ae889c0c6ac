import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { queryTokens } from '../../search/normalize.js';
import { matchesAll } from '../../search/sql.js';
import type { DbOrTx } from '../../db/client.js';
import { meetings, people } from '../../db/schema.js';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';
import { clippingMeetings, clippingPeople, clippings } from '../schema.js';
import type { ClippingSummary, CorrectableField } from './schemas.js';

const EXCERPT = 240;

async function linksOf(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return { meetingLinks: [], personLinks: [] };
  const meetingLinks = await db
    .select({
      clippingId: clippingMeetings.clippingId,
      id: meetings.id,
      name: meetings.titleEn,
      nameEn: meetings.titleEn,
      nameVi: meetings.titleVi,
      alias: clippingMeetings.alias,
      mentions: clippingMeetings.mentions,
    })
    .from(clippingMeetings)
    .innerJoin(meetings, eq(clippingMeetings.meetingId, meetings.id))
    .where(inArray(clippingMeetings.clippingId, ids))
    .orderBy(desc(clippingMeetings.mentions), meetings.startsAt);
  const personLinks = await db
    .select({
      clippingId: clippingPeople.clippingId,
      id: people.id,
      name: people.fullName,
      // A person has one name (people.full_name), written the same in both languages.
      nameVi: people.fullName,
      alias: clippingPeople.alias,
      mentions: clippingPeople.mentions,
    })
    .from(clippingPeople)
    .innerJoin(people, eq(clippingPeople.personId, people.id))
    .where(inArray(clippingPeople.clippingId, ids))
    .orderBy(desc(clippingPeople.mentions));
  return { meetingLinks, personLinks };
}

type Row = typeof clippings.$inferSelect;

async function summaries(db: DbOrTx, rows: Row[]): Promise<Array<ClippingSummary & { row: Row }>> {
  const { meetingLinks, personLinks } = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  const strip = <T extends { clippingId: number }>({ clippingId: _c, ...rest }: T) => rest;
  return rows.map((r) => ({
    row: r,
    id: r.id,
    source: r.source,
    headline: r.headline,
    title: r.title,
    publishedAt: r.publishedAt,
    publishedZone: r.publishedZone,
    publishedZoneStated: r.publishedZoneStated,
    publishedPrecision: (r.publishedPrecision as 'minute' | 'day' | null) ?? null,
    publishedAmbiguous: r.publishedAmbiguous,
    sourceUrl: r.sourceUrl,
    outlet: outletOf(r),
    storyId: r.storyId ?? r.id,
    correctedFields: r.correctedFields as CorrectableField[],
    author: r.author,
    language: r.language,
    excerpt: r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT).replace(/\s+\S*$/, '')}…` : r.body,
    meetings: meetingLinks.filter((l) => l.clippingId === r.id).map(strip),
    people: personLinks.filter((l) => l.clippingId === r.id).map(strip),
  }));
}

/** The outlet a clipping comes from: the host of its address (without www.), else what it was imported as. */
export function outletOf(r: { sourceUrl: string | null; source: string }): string {
  const address = r.sourceUrl ?? (/^https?:\/\//i.test(r.source) ? r.source : null);
  if (address) {
    try {
      return new URL(address).hostname.replace(/^www\./, '');
    } catch {
      // not an address after all
    }
  }
  return r.source;
}

export interface ClippingListFilters {
  meetingId?: number;
  personId?: number;
  ids?: number[];
  /** Words each found at a word's start in headline, author, outlet or body, without regard to marks or case. */
  q?: string;
  /** Published on this day in the chair's zone (imported on it, when the date is unknown). */
  day?: string;
}

export async function listClippings(db: DbOrTx, filters: ClippingListFilters): Promise<ClippingSummary[]> {
  const tokens = filters.q ? queryTokens(filters.q) : [];
  const conditions = [
    tokens.length ? matchesAll(clippings.searchText, tokens) : undefined,
    filters.day ? sql`(coalesce(${clippings.publishedAt}, ${clippings.importedAt}) at time zone ${CHAIR_ZONE})::date = ${filters.day}::date` : undefined,
    filters.meetingId
      ? inArray(clippings.id, db.select({ id: clippingMeetings.clippingId }).from(clippingMeetings).where(eq(clippingMeetings.meetingId, filters.meetingId)))
      : undefined,
    filters.personId
      ? inArray(clippings.id, db.select({ id: clippingPeople.clippingId }).from(clippingPeople).where(eq(clippingPeople.personId, filters.personId)))
      : undefined,
    filters.ids ? inArray(clippings.id, filters.ids.length ? filters.ids : [-1]) : undefined,
  ];
  const rows = await db
    .select()
    .from(clippings)
    .where(and(...conditions))
    .orderBy(sql`${clippings.publishedAt} desc nulls last`, desc(clippings.id))
    .limit(500);
  return (await summaries(db, rows)).map(({ row: _row, ...s }) => s);
}

export async function getClipping(db: DbOrTx, id: number) {
  const rows = await db.select().from(clippings).where(eq(clippings.id, id));
  const [s] = await summaries(db, rows);
  if (!s) return null;
  const { row, ...summary } = s;
  // The same story from other outlets (syndication).
  const storyId = row.storyId ?? row.id;
  const others = await db
    .select()
    .from(clippings)
    .where(and(ne(clippings.id, row.id), or(eq(clippings.id, storyId), eq(clippings.storyId, storyId))))
    .orderBy(sql`${clippings.publishedAt} asc nulls last`, clippings.id);
  const syndicated = others.map((o) => ({ id: o.id, outlet: outletOf(o), title: o.title, publishedAt: o.publishedAt, sourceUrl: o.sourceUrl }));
  return { ...summary, format: row.format, datelineText: row.datelineText, body: row.body, importedAt: row.importedAt, syndicated };
}

/** Per meeting: how many clippings, mentions, languages, first and last publication. */
export async function coverageByMeeting(db: DbOrTx) {
  const rows = await db
    .select({
      meetingId: meetings.id,
      slug: meetings.slug,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
      clippings: sql<number>`count(*)::int`,
      mentions: sql<number>`sum(${clippingMeetings.mentions})::int`,
      languages: sql<string[]>`array_agg(distinct ${clippings.language})`,
      firstPublishedAt: sql<string | null>`min(${clippings.publishedAt})`,
      lastPublishedAt: sql<string | null>`max(${clippings.publishedAt})`,
    })
    .from(clippingMeetings)
    .innerJoin(meetings, eq(clippingMeetings.meetingId, meetings.id))
    .innerJoin(clippings, eq(clippingMeetings.clippingId, clippings.id))
    .groupBy(meetings.id)
    .orderBy(desc(sql`count(*)`), meetings.startsAt);
  const toDate = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ ...r, firstPublishedAt: toDate(r.firstPublishedAt), lastPublishedAt: toDate(r.lastPublishedAt) }));
}
