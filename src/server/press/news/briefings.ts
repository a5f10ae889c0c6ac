/**
 * Press briefings: announcing one, recording what the speakers said, and
 * publishing those remarks as a news draft in one step. Each write is one
 * transaction with its change-log event.
 */
import { eq, like } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { people } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { articles, briefings } from '../schema.js';
import { createArticleIn } from './commands.js';
import { articleFromBriefing } from './remarks.js';
import type { BriefingInput, BriefingRemarks } from './schemas.js';

export async function createBriefing(db: DbOrTx, actor: Actor, input: BriefingInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(briefings)
      .values({ ...input, meetingId: input.meetingId ?? null, speakerPersonId: input.speakerPersonId ?? null })
      .returning({ id: briefings.id });
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'briefing', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function recordRemarks(db: Db, actor: Actor, id: number, remarks: BriefingRemarks): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ remarksEn: briefings.remarksEn, remarksVi: briefings.remarksVi })
      .from(briefings)
      .where(eq(briefings.id, id))
      .for('update');
    if (!before) throw notFound('Briefing');
    await tx.update(briefings).set(remarks).where(eq(briefings.id, id));
    await recordChange(tx, actor, {
      entityType: 'briefing',
      entityId: id,
      action: 'update',
      changes: { remarksEn: { from: before.remarksEn, to: remarks.remarksEn }, remarksVi: { from: before.remarksVi, to: remarks.remarksVi } },
    });
  });
}

/** The first of `slug`, `slug-2`, `slug-3` … that no article has. */
async function freeSlug(tx: DbOrTx, slug: string): Promise<string> {
  const taken = new Set(
    (
      await tx
        .select({ slug: articles.slug })
        .from(articles)
        .where(like(articles.slug, `${slug}%`))
    ).map((r) => r.slug),
  );
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug.slice(0, 120 - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The briefing's remarks as a draft article (see remarks.ts for what goes
 * where), linked back to the briefing. A briefing has one article: asking
 * again is a conflict, as is asking before any remarks were recorded.
 */
export async function publishRemarks(db: Db, actor: Actor, id: number): Promise<number> {
  return db.transaction(async (tx) => {
    const [briefing] = await tx.select().from(briefings).where(eq(briefings.id, id)).for('update');
    if (!briefing) throw notFound('Briefing');
    if (briefing.articleId !== null) {
      throw new AppError('conflict', 'The remarks of this briefing are already an article', [{ path: 'articleId', message: `article ${briefing.articleId}` }]);
    }
    const { remarksEn, remarksVi } = briefing;
    if (!remarksEn?.trim() || !remarksVi?.trim()) {
      throw new AppError('conflict', 'Record the remarks in both languages first', [
        { path: !remarksEn?.trim() ? 'remarksEn' : 'remarksVi', message: 'no remarks recorded' },
      ]);
    }
    const everyone = await tx.select({ id: people.id, fullName: people.fullName }).from(people);
    const input = articleFromBriefing({ ...briefing, remarksEn, remarksVi }, everyone);
    const articleId = await createArticleIn(tx, actor, { ...input, slug: await freeSlug(tx, input.slug) });
    await tx.update(briefings).set({ articleId }).where(eq(briefings.id, id));
    await recordChange(tx, actor, { entityType: 'briefing', entityId: id, action: 'update', changes: { articleId: { from: null, to: articleId } } });
    return articleId;
  });
}
