/**
 * Meetings on the public portal, and its home: a public meeting with what it adopted,
 * noted and issued, its news and briefings. Documents are read through the
 * documents module (its outcome list and confidentiality predicate) as the
 * public sees them, whoever asks: the portal never shows a restricted or
 * embargoed document, not even to a signed-in official.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import { outcomeList } from '../../documents/outcomes.js';
import { documents } from '../../documents/schema.js';
import { visibleTo } from '../../documents/visibility.js';
import { textLanguagesOf } from '../../documents/texts.js';
import { outcomeStatuses } from '../../documents/vocabulary.js';
import { listArticles, listBriefings } from './queries.js';

/** A public meeting's facts as the portal shows them (its page and the page's share data), or null when it is internal or absent. */
export async function publicMeeting(db: DbOrTx, id: number) {
  const [meeting] = await db
    .select({
      id: meetings.id,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      hostTimeZone: meetings.hostTimeZone,
      hostCityEn: meetings.hostCityEn,
      hostCityVi: meetings.hostCityVi,
      format: meetings.format,
      status: meetings.status,
    })
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.isPublic, true)));
  return meeting ?? null;
}

/** The portal's page of a public meeting, or null when there is none (or it is internal). */
export async function portalMeeting(db: DbOrTx, id: number, now: Date) {
  const meeting = await publicMeeting(db, id);
  if (!meeting) return null;
  const outcomes = await outcomeList(db, null, id);
  const groups = outcomes?.groups ?? [];
  // Which documents the portal offers as Akoma Ntoso beside their files, and in which languages.
  const languages = await textLanguagesOf(
    db,
    groups.flatMap((g) => g.documents.map((d) => d.id)),
  );
  return {
    meeting,
    outcomes: { total: outcomes?.total ?? 0, groups },
    akn: [...languages].map(([documentId, langs]) => ({ documentId, languages: langs })),
    articles: await listArticles(db, { now, meetingId: id, limit: 20 }),
    briefings: await listBriefings(db, now, { meetingId: id }),
  };
}

/** Public meetings with outcome documents the public may see, the latest first, with how many. */
export async function meetingsWithOutcomes(db: DbOrTx, limit: number) {
  const rows = await db
    .select({
      id: meetings.id,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
      count: sql<number>`count(*)::int`,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
    .where(and(inArray(documents.status, [...outcomeStatuses]), visibleTo(null), eq(meetings.isPublic, true)))
    .groupBy(meetings.id, meetings.titleEn, meetings.titleVi, meetings.startsAt)
    .orderBy(desc(meetings.startsAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** The portal's home: the latest articles, the most read, the briefings and the latest meetings with public outcome documents. */
export async function portalHome(db: DbOrTx, now: Date) {
  return {
    latest: await listArticles(db, { now, limit: 12 }),
    mostRead: await listArticles(db, { now, limit: 5, orderByViews: true }),
    briefings: await listBriefings(db, now),
    outcomeMeetings: await meetingsWithOutcomes(db, 6),
  };
}
