import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { meetingScope, type MeetingScope } from '../../auth/policies/index.js';
import { meetings, people } from '../../db/schema.js';
import { visibleMeetingId } from '../../meetings/visibility.js';
import { documents } from '../../documents/schema.js';
import { visibleTo, type Viewer } from '../../documents/visibility.js';
import { articleDocuments, articleMeetings, articlePeople, articlePhotos, articles, briefings } from '../schema.js';
import { photoUrl } from './photo-rules.js';
import type { PhotoView } from './schemas.js';
import { isPublic, type ArticleStatus } from './workflow.js';

type Row = typeof articles.$inferSelect;

/** What the public sees at `now`: published, and the scheduled time (if any) has come. */
export const publicAt = (now: Date) => and(eq(articles.status, 'published'), or(isNull(articles.publishAt), lte(articles.publishAt, now)));

/** An article's photos without their bytes, in order. */
export async function listPhotos(db: DbOrTx, articleIds: number[]): Promise<Array<PhotoView & { articleId: number }>> {
  if (!articleIds.length) return [];
  const rows = await db
    .select({
      id: articlePhotos.id,
      articleId: articlePhotos.articleId,
      type: articlePhotos.type,
      width: articlePhotos.width,
      height: articlePhotos.height,
      captionEn: articlePhotos.captionEn,
      captionVi: articlePhotos.captionVi,
      credit: articlePhotos.credit,
      position: articlePhotos.position,
      isLead: articlePhotos.isLead,
    })
    .from(articlePhotos)
    .where(inArray(articlePhotos.articleId, articleIds))
    .orderBy(asc(articlePhotos.position), asc(articlePhotos.id));
  return rows.map((r) => ({ ...r, url: photoUrl(r.id) }));
}

/**
 * Articles with their tags, photos and source briefing. Document tags go
 * through the documents module's confidentiality predicate for `viewer`
 * (null: the public), so a restricted document is never named on the portal.
 */
async function withTags(db: DbOrTx, rows: Row[], viewer: Viewer) {
  const ids = rows.map((r) => r.id);
  const meetingTags = ids.length
    ? await db
        .select({ articleId: articleMeetings.articleId, id: meetings.id, nameEn: meetings.titleEn, nameVi: meetings.titleVi })
        .from(articleMeetings)
        .innerJoin(meetings, eq(articleMeetings.meetingId, meetings.id))
        // A meeting the reader may not see (the host's internal ones) is not named.
        .where(and(inArray(articleMeetings.articleId, ids), visibleMeetingId(meetingScope(viewer), meetings.id)))
    : [];
  const personTags = ids.length
    ? await db
        .select({ articleId: articlePeople.articleId, id: people.id, nameEn: people.fullName, nameVi: people.fullName })
        .from(articlePeople)
        .innerJoin(people, eq(articlePeople.personId, people.id))
        .where(inArray(articlePeople.articleId, ids))
    : [];
  const documentTags = ids.length
    ? await db
        .select({
          articleId: articleDocuments.articleId,
          id: documents.id,
          nameEn: documents.titleEn,
          nameVi: documents.titleVi,
          referenceCode: documents.referenceCode,
        })
        .from(articleDocuments)
        .innerJoin(documents, eq(articleDocuments.documentId, documents.id))
        .where(and(inArray(articleDocuments.articleId, ids), visibleTo(viewer)))
        .orderBy(asc(documents.referenceCode))
    : [];
  const sources = ids.length
    ? await db
        .select({ id: briefings.id, articleId: briefings.articleId })
        .from(briefings)
        .where(and(isNotNull(briefings.articleId), inArray(briefings.articleId, ids)))
    : [];
  const photos = await listPhotos(db, ids);
  const strip = <T extends { articleId: number }>({ articleId: _a, ...tag }: T) => tag;
  return rows.map((r) => {
    const own = photos.filter((p) => p.articleId === r.id).map(strip);
    return {
      ...r,
      status: r.status as ArticleStatus,
      meetings: meetingTags.filter((t) => t.articleId === r.id).map(strip),
      people: personTags.filter((t) => t.articleId === r.id).map(strip),
      documents: documentTags.filter((t) => t.articleId === r.id).map(strip),
      photos: own,
      leadPhoto: own.find((p) => p.isLead) ?? null,
      briefingId: sources.find((b) => b.articleId === r.id)?.id ?? null,
    };
  });
}

const newestFirst = [sql`coalesce(${articles.publishAt}, ${articles.publishedAt}) desc nulls last`, desc(articles.id)];

/**
 * Articles, newest first. With `now`, only what the public sees then (and
 * document tags as the public sees them); without, every state for `viewer`.
 */
export async function listArticles(db: DbOrTx, options: { now?: Date; viewer?: Viewer; meetingId?: number; limit?: number; orderByViews?: boolean }) {
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
  return withTags(db, rows, options.now ? null : (options.viewer ?? null));
}

/** One article: with `now`, only if the public sees it then; else in any state, document tags as `viewer` sees them. */
export async function getArticle(db: DbOrTx, by: { id?: number; slug?: string }, now?: Date, viewer: Viewer = null) {
  const rows = await db
    .select()
    .from(articles)
    .where(and(by.id ? eq(articles.id, by.id) : eq(articles.slug, by.slug ?? ''), now ? publicAt(now) : undefined));
  const [article] = await withTags(db, rows, now ? null : viewer);
  return article ?? null;
}

/** Public articles sharing a meeting or person tag with the given one, newest first. */
export async function relatedArticles(db: DbOrTx, articleId: number, now: Date, limit = 4) {
  const sharedMeeting = db
    .select({ id: articleMeetings.articleId })
    .from(articleMeetings)
    .where(
      inArray(articleMeetings.meetingId, db.select({ id: articleMeetings.meetingId }).from(articleMeetings).where(eq(articleMeetings.articleId, articleId))),
    );
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
  return withTags(db, rows, null);
}

export async function countView(db: DbOrTx, by: { id: number } | { slug: string }) {
  await db
    .update(articles)
    .set({ views: sql`${articles.views} + 1` })
    .where('id' in by ? eq(articles.id, by.id) : eq(articles.slug, by.slug));
}

/** A photo's bytes with what decides who may see them: its article's state. */
export async function photoFile(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ bytes: articlePhotos.bytes, type: articlePhotos.type, status: articles.status, publishAt: articles.publishAt })
    .from(articlePhotos)
    .innerJoin(articles, eq(articlePhotos.articleId, articles.id))
    .where(eq(articlePhotos.id, id));
  return row
    ? { bytes: row.bytes, type: row.type, isPublic: (now: Date) => isPublic({ status: row.status as ArticleStatus, publishAt: row.publishAt }, now) }
    : null;
}

/** Briefings; the meeting each belongs to is named only when `scope` may see it. */
async function briefingRows(db: DbOrTx, scope: MeetingScope, id?: number) {
  const rows = await db
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
      remarksEn: briefings.remarksEn,
      remarksVi: briefings.remarksVi,
      articleId: articles.id,
      articleSlug: articles.slug,
      articleTitleEn: articles.titleEn,
      articleTitleVi: articles.titleVi,
      articleStatus: articles.status,
      articlePublishAt: articles.publishAt,
    })
    .from(briefings)
    .leftJoin(meetings, and(eq(briefings.meetingId, meetings.id), visibleMeetingId(scope, meetings.id)))
    .leftJoin(articles, eq(briefings.articleId, articles.id))
    .where(id === undefined ? undefined : eq(briefings.id, id))
    .orderBy(briefings.startsAt, briefings.id);
  return rows.map((b) => ({ ...b, meetingId: b.meetingTitleEn === null ? null : b.meetingId }));
}

/** Briefings as the public sees them: no remarks; the article only once it is public. */
export async function listBriefings(db: DbOrTx, now: Date, by: { meetingId?: number } = {}) {
  const rows = await briefingRows(db, meetingScope(null));
  return rows
    .filter((b) => by.meetingId === undefined || b.meetingId === by.meetingId)
    .map(({ remarksEn: _e, remarksVi: _v, articleId, articleSlug, articleTitleEn, articleTitleVi, articleStatus, articlePublishAt, ...b }) => ({
      ...b,
      article:
        articleId && articleStatus && isPublic({ status: articleStatus as ArticleStatus, publishAt: articlePublishAt }, now)
          ? { slug: articleSlug!, titleEn: articleTitleEn!, titleVi: articleTitleVi! }
          : null,
    }));
}

/** Briefings for the press desk: with the remarks and the article in any state. */
export async function deskBriefings(db: DbOrTx, scope: MeetingScope, id?: number) {
  const rows = await briefingRows(db, scope, id);
  return rows.map(({ articleId, articleSlug, articleTitleEn, articleTitleVi, articleStatus, articlePublishAt: _p, ...b }) => ({
    ...b,
    article: articleId ? { id: articleId, slug: articleSlug!, titleEn: articleTitleEn!, titleVi: articleTitleVi!, status: articleStatus! } : null,
  }));
}
