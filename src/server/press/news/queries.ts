import { and, desc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { meetings, people } from '../../db/schema.js';
import { articleMeetings, articlePeople, articles, briefings } from '../schema.js';
import type { ArticleStatus } from './workflow.js';

type Row = typeof articles.$inferSelect;

/** What the public sees at `now`: published, and the scheduled time (if any) has come. */
export const publicAt = (now: Date) =>
  and(eq(articles.status, 'published'), or(isNull(articles.publishAt), lte(articles.publishAt, now)));

async function withTags(db: DbOrTx, rows: Row[]) {
  const ids = rows.map((r) => r.id);
  const meetingTags = ids.length
    ? await db
        .select({ articleId: articleMeetings.articleId, id: meetings.id, nameEn: meetings.titleEn, nameVi: meetings.titleVi })
        .from(articleMeetings)
        .innerJoin(meetings, eq(articleMeetings.meetingId, meetings.id))
        .where(inArray(articleMeetings.articleId, ids))
    : [];
  const personTags = ids.length
    ? await db
        .select({ articleId: articlePeople.articleId, id: people.id, nameEn: people.fullName, nameVi: people.fullName })
        .from(articlePeople)
        .innerJoin(people, eq(articlePeople.personId, people.id))
        .where(inArray(articlePeople.articleId, ids))
    : [];
  const strip = ({ articleId: _a, ...tag }: { articleId: number; id: number; nameEn: string; nameVi: string }) => tag;
  return rows.map((r) => ({
    ...r,
    status: r.status as ArticleStatus,
    meetings: meetingTags.filter((t) => t.articleId === r.id).map(strip),
    people: personTags.filter((t) => t.articleId === r.id).map(strip),
  }));
}

const newestFirst = [sql`coalesce(${articles.publishAt}, ${articles.publishedAt}) desc nulls last`, desc(articles.id)];

export async function listArticles(db: DbOrTx, options: { now?: Date; meetingId?: number; limit?: number; orderByViews?: boolean }) {
  const rows = await db
    .select()
    .from(articles)
    .where(
      and(
        options.now ? publicAt(options.now) : undefined,
        options.meetingId
          ? inArray(articles.id, db.select({ id: articleMeetings.articleId }).from(articleMeetings).where(eq(articleMeetings.meetingId, options.meetingId)))
          : undefined,
      ),
    )
    .orderBy(...(options.orderByViews ? [desc(articles.views), ...newestFirst] : newestFirst))
    .limit(options.limit ?? 100);
  return withTags(db, rows);
}

export async function getArticle(db: DbOrTx, by: { id?: number; slug?: string }, now?: Date) {
  const rows = await db
    .select()
    .from(articles)
    .where(and(by.id ? eq(articles.id, by.id) : eq(articles.slug, by.slug ?? ''), now ? publicAt(now) : undefined));
  const [article] = await withTags(db, rows);
  return article ?? null;
}

/** Public articles sharing a meeting or person tag with the given one, newest first. */
export async function relatedArticles(db: DbOrTx, articleId: number, now: Date, limit = 4) {
  const sharedMeeting = db
    .select({ id: articleMeetings.articleId })
    .from(articleMeetings)
    .where(inArray(articleMeetings.meetingId, db.select({ id: articleMeetings.meetingId }).from(articleMeetings).where(eq(articleMeetings.articleId, articleId))));
  const sharedPerson = db
    .select({ id: articlePeople.articleId })
    .from(articlePeople)
    .where(inArray(articlePeople.personId, db.select({ id: articlePeople.personId }).from(articlePeople).where(eq(articlePeople.articleId, articleId))));
  const rows = await db
    .select()
    .from(articles)
    .where(and(publicAt(now), ne(articles.id, articleId), or(inArray(articles.id, sharedMeeting), inArray(articles.id, sharedPerson))))
    .orderBy(...newestFirst)
    .limit(limit);
  return withTags(db, rows);
}

export async function countView(db: DbOrTx, id: number) {
  await db.update(articles).set({ views: sql`${articles.views} + 1` }).where(eq(articles.id, id));
}

export async function listBriefings(db: DbOrTx) {
  return db
    .select({
      id: briefings.id,
      meetingId: briefings.meetingId,
      startsAt: briefings.startsAt,
      timeZone: briefings.timeZone,
      placeEn: briefings.placeEn,
      placeVi: briefings.placeVi,
      topicEn: briefings.topicEn,
      topicVi: briefings.topicVi,
      speakers: briefings.speakers,
      speakerPersonId: briefings.speakerPersonId,
      meetingTitleEn: meetings.titleEn,
      meetingTitleVi: meetings.titleVi,
    })
    .from(briefings)
    .leftJoin(meetings, eq(briefings.meetingId, meetings.id))
    .orderBy(briefings.startsAt);
}
