/** Writing articles, each in one transaction with its change-log event. */
import { eq } from 'drizzle-orm';
import { updateCommand } from '../../changelog/command.js';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { checkReferences, eachRef } from '../../db/references.js';
import { meetings, people } from '../../db/schema.js';
import { documents } from '../../documents/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { articleDocuments, articleMeetings, articlePeople, articlePhotos, articles } from '../schema.js';
import { sanitizeBody } from './sanitize.js';
import type { ArticleInput } from './schemas.js';
import { editable, step, type ArticleAction, type ArticleStatus } from './workflow.js';

type Tags = Pick<ArticleInput, 'meetingIds' | 'personIds' | 'documentIds'>;

/** Every tagged meeting, person and document exists; else a 400 naming each missing one. */
const checkTags = (tx: DbOrTx, input: Tags) =>
  checkReferences(tx, [
    ...eachRef('meetingIds', meetings, input.meetingIds, 'meeting'),
    ...eachRef('personIds', people, input.personIds, 'person'),
    ...eachRef('documentIds', documents, input.documentIds, 'document'),
  ]);

const tagFields = ['meetingIds', 'personIds', 'documentIds'] as const;
const sortedIds = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/** Replaces the article's tags (checked beforehand with `checkTags`). */
async function replaceTags(tx: DbOrTx, articleId: number, input: Tags) {
  const unique = (ids: number[]) => [...new Set(ids)];
  await tx.delete(articleMeetings).where(eq(articleMeetings.articleId, articleId));
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
  await tx.delete(articleDocuments).where(eq(articleDocuments.articleId, articleId));
  if (input.meetingIds.length) await tx.insert(articleMeetings).values(unique(input.meetingIds).map((meetingId) => ({ articleId, meetingId })));
  if (input.personIds.length) await tx.insert(articlePeople).values(unique(input.personIds).map((personId) => ({ articleId, personId })));
  if (input.documentIds.length) await tx.insert(articleDocuments).values(unique(input.documentIds).map((documentId) => ({ articleId, documentId })));
}

/** The article's tags, each list sorted. */
async function tagsOf(tx: DbOrTx, articleId: number): Promise<Tags> {
  const ids = (rows: Array<{ id: number }>) => sortedIds(rows.map((r) => r.id));
  return {
    meetingIds: ids(await tx.select({ id: articleMeetings.meetingId }).from(articleMeetings).where(eq(articleMeetings.articleId, articleId))),
    personIds: ids(await tx.select({ id: articlePeople.personId }).from(articlePeople).where(eq(articlePeople.articleId, articleId))),
    documentIds: ids(await tx.select({ id: articleDocuments.documentId }).from(articleDocuments).where(eq(articleDocuments.articleId, articleId))),
  };
}

/** The tag lists the input changes, as from/to (each sorted, without repeats). */
async function changedTags(tx: DbOrTx, articleId: number, input: Tags): Promise<Record<string, { from: number[]; to: number[] }>> {
  const before = await tagsOf(tx, articleId);
  const changes: Record<string, { from: number[]; to: number[] }> = {};
  for (const field of tagFields) {
    const from = before[field];
    const to = sortedIds(input[field]);
    if (from.length !== to.length || from.some((x, i) => x !== to[i])) changes[field] = { from, to };
  }
  return changes;
}

/** The article's columns from the input; bodies sanitized, keeping only images of `photoIds`. */
const clean = (input: ArticleInput, photoIds: ReadonlySet<number>) => ({
  slug: input.slug,
  category: input.category,
  titleEn: input.titleEn,
  titleVi: input.titleVi,
  leadEn: input.leadEn,
  leadVi: input.leadVi,
  bodyEn: sanitizeBody(input.bodyEn, photoIds),
  bodyVi: sanitizeBody(input.bodyVi, photoIds),
  publishAt: input.publishAt ?? null,
});

export async function photoIdsOf(tx: DbOrTx, articleId: number): Promise<Set<number>> {
  const rows = await tx.select({ id: articlePhotos.id }).from(articlePhotos).where(eq(articlePhotos.articleId, articleId));
  return new Set(rows.map((r) => r.id));
}

/** Locks an article for a change of its content: it must exist and be a draft (or withdrawn). */
export async function lockEditable(tx: DbOrTx, id: number) {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  if (!row) throw notFound('Article');
  if (!editable(row.status as ArticleStatus)) throw new AppError('invalid_transition', 'Only drafts can be edited; return or withdraw the article first');
  return row;
}

export async function createArticle(db: Db, actor: Actor, input: ArticleInput): Promise<number> {
  return db.transaction(async (tx) => createArticleIn(tx, actor, input));
}

/** A new draft (a new article has no photos yet, so its bodies carry no images). */
export async function createArticleIn(tx: DbOrTx, actor: Actor, input: ArticleInput): Promise<number> {
  const [row] = await tx
    .insert(articles)
    .values({ ...clean(input, new Set()), createdBy: actor.userId })
    .returning({ id: articles.id });
  if (!row) throw new Error('insert returned nothing');
  await checkTags(tx, input);
  await replaceTags(tx, row.id, input);
  await recordChange(tx, actor, { entityType: 'article', entityId: row.id, action: 'create', changes: { slug: input.slug, titleEn: input.titleEn } });
  return row.id;
}

/** A draft's content and tags replaced whole; the change log names the columns and the tag lists that changed. */
export async function updateArticle(db: Db, actor: Actor, id: number, input: ArticleInput): Promise<void> {
  await updateCommand<typeof articles.$inferSelect>(db, actor, {
    entityType: 'article',
    name: 'Article',
    lock: async (tx) => [await lockEditable(tx, id)],
    entityId: () => id,
    prepare: async (tx) => {
      await checkTags(tx, input);
      return { set: clean(input, await photoIdsOf(tx, id)), also: await changedTags(tx, id, input) };
    },
    write: async (tx, _before, set) => {
      await tx
        .update(articles)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(articles.id, id));
      await replaceTags(tx, id, input);
    },
  });
}

export async function moveArticle(db: Db, actor: Actor, id: number, action: ArticleAction, isPressOfficer: boolean): Promise<void> {
  await db.transaction(async (tx) => moveArticleIn(tx, actor, id, action, isPressOfficer));
}

export async function moveArticleIn(tx: DbOrTx, actor: Actor, id: number, action: ArticleAction, isPressOfficer: boolean): Promise<void> {
  const [before] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  if (!before) throw notFound('Article');
  const result = step(before.status as ArticleStatus, action, isPressOfficer);
  if (!result.ok) {
    throw result.reason === 'forbidden'
      ? new AppError('forbidden', 'Only press officers review and publish')
      : new AppError('invalid_transition', `An article that is ${before.status} cannot be ${action}ed`);
  }
  const published = result.to === 'published';
  await tx
    .update(articles)
    .set({
      status: result.to,
      ...(published ? { publishedAt: before.publishAt ?? new Date(), reviewedBy: actor.userId } : {}),
      updatedAt: new Date(),
    })
    .where(eq(articles.id, id));
  await recordChange(tx, actor, { entityType: 'article', entityId: id, action: 'update', changes: { status: { from: before.status, to: result.to } } });
}
