/** Writing articles and briefings, each in one transaction with its change-log event. */
import { eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../http/errors.js';
import { articleMeetings, articlePeople, articles, briefings } from '../schema.js';
import { sanitizeBody } from './sanitize.js';
import type { ArticleInput, BriefingInput } from './schemas.js';
import { editable, step, type ArticleAction, type ArticleStatus } from './workflow.js';

async function setTags(tx: DbOrTx, articleId: number, input: Pick<ArticleInput, 'meetingIds' | 'personIds'>) {
  await tx.delete(articleMeetings).where(eq(articleMeetings.articleId, articleId));
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
  if (input.meetingIds.length) await tx.insert(articleMeetings).values([...new Set(input.meetingIds)].map((meetingId) => ({ articleId, meetingId })));
  if (input.personIds.length) await tx.insert(articlePeople).values([...new Set(input.personIds)].map((personId) => ({ articleId, personId })));
}

const clean = (input: ArticleInput) => ({
  slug: input.slug,
  category: input.category,
  titleEn: input.titleEn,
  titleVi: input.titleVi,
  leadEn: input.leadEn,
  leadVi: input.leadVi,
  bodyEn: sanitizeBody(input.bodyEn),
  bodyVi: sanitizeBody(input.bodyVi),
  publishAt: input.publishAt ?? null,
});

export async function createArticle(db: Db, actor: Actor, input: ArticleInput): Promise<number> {
  return db.transaction(async (tx) => createArticleIn(tx, actor, input));
}

export async function createArticleIn(tx: DbOrTx, actor: Actor, input: ArticleInput): Promise<number> {
  const [row] = await tx
    .insert(articles)
    .values({ ...clean(input), createdBy: actor.userId })
    .returning({ id: articles.id });
  if (!row) throw new Error('insert returned nothing');
  await setTags(tx, row.id, input);
  await recordChange(tx, actor, { entityType: 'article', entityId: row.id, action: 'create', changes: { slug: input.slug, titleEn: input.titleEn } });
  return row.id;
}

export async function updateArticle(db: Db, actor: Actor, id: number, input: ArticleInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
    if (!before) throw notFound('Article');
    if (!editable(before.status as ArticleStatus)) throw new AppError('invalid_transition', 'Only drafts can be edited; return or withdraw the article first');
    await tx.update(articles).set({ ...clean(input), updatedAt: new Date() }).where(eq(articles.id, id));
    await setTags(tx, id, input);
    await recordChange(tx, actor, { entityType: 'article', entityId: id, action: 'update', changes: { titleEn: input.titleEn } });
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

export async function createBriefing(db: DbOrTx, actor: Actor, input: BriefingInput): Promise<number> {
  const run = async (tx: DbOrTx) => {
    const [row] = await tx
      .insert(briefings)
      .values({ ...input, meetingId: input.meetingId ?? null, speakerPersonId: input.speakerPersonId ?? null })
      .returning({ id: briefings.id });
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'briefing', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  };
  return 'transaction' in db ? (db as Db).transaction(run) : run(db);
}
