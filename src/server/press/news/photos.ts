/**
 * An article's photos: upload, caption, order, lead, removal. Like the rest
 * of an article's content they change only while it is a draft (or
 * withdrawn); each change is one transaction with its change-log event.
 */
import { and, eq, max } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Photo } from '../badges/photo.js';
import { articlePhotos, articles } from '../schema.js';
import { lockEditable } from './commands.js';
import { checkOrder, leadAfterRemoval, newPhotoLeads } from './photo-rules.js';
import { sanitizeBody } from './sanitize.js';
import type { PhotoFields, PhotoPatch } from './schemas.js';

const placed = (tx: DbOrTx, articleId: number) =>
  tx
    .select({ id: articlePhotos.id, position: articlePhotos.position, isLead: articlePhotos.isLead })
    .from(articlePhotos)
    .where(eq(articlePhotos.articleId, articleId));

/** Only one lead per article (also a partial unique index): clear the old one first. */
async function makeLead(tx: DbOrTx, articleId: number, photoId: number) {
  await tx
    .update(articlePhotos)
    .set({ isLead: false })
    .where(and(eq(articlePhotos.articleId, articleId), eq(articlePhotos.isLead, true)));
  await tx.update(articlePhotos).set({ isLead: true }).where(eq(articlePhotos.id, photoId));
}

export async function addPhoto(db: Db, actor: Actor, articleId: number, fields: PhotoFields, photo: Photo & { bytes: Buffer }): Promise<number> {
  return db.transaction(async (tx) => {
    await lockEditable(tx, articleId);
    const existing = await placed(tx, articleId);
    const [last] = await tx
      .select({ position: max(articlePhotos.position) })
      .from(articlePhotos)
      .where(eq(articlePhotos.articleId, articleId));
    const [row] = await tx
      .insert(articlePhotos)
      .values({
        articleId,
        bytes: photo.bytes,
        type: photo.type,
        width: photo.width,
        height: photo.height,
        captionEn: fields.captionEn,
        captionVi: fields.captionVi,
        credit: fields.credit,
        position: (last?.position ?? 0) + 1,
        uploadedBy: actor.userId,
      })
      .returning({ id: articlePhotos.id });
    if (!row) throw new Error('insert returned nothing');
    const lead = newPhotoLeads(existing, fields.lead);
    if (lead) await makeLead(tx, articleId, row.id);
    await recordChange(tx, actor, {
      entityType: 'article_photo',
      entityId: row.id,
      action: 'create',
      changes: { articleId, captionEn: fields.captionEn, captionVi: fields.captionVi, credit: fields.credit, lead, bytes: photo.bytes.length },
    });
    return row.id;
  });
}

async function lockPhoto(tx: DbOrTx, articleId: number, photoId: number) {
  await lockEditable(tx, articleId);
  const [photo] = await tx
    .select({
      id: articlePhotos.id,
      captionEn: articlePhotos.captionEn,
      captionVi: articlePhotos.captionVi,
      credit: articlePhotos.credit,
      isLead: articlePhotos.isLead,
    })
    .from(articlePhotos)
    .where(and(eq(articlePhotos.id, photoId), eq(articlePhotos.articleId, articleId)));
  if (!photo) throw notFound('Photo');
  return photo;
}

export async function updatePhoto(db: Db, actor: Actor, articleId: number, photoId: number, patch: PhotoPatch): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockPhoto(tx, articleId, photoId);
    const { lead, ...text } = patch;
    if (Object.values(text).some((v) => v !== undefined)) await tx.update(articlePhotos).set(text).where(eq(articlePhotos.id, photoId));
    if (lead && !before.isLead) await makeLead(tx, articleId, photoId);
    const changes: Record<string, unknown> = {};
    for (const key of ['captionEn', 'captionVi', 'credit'] as const) {
      if (text[key] !== undefined && text[key] !== before[key]) changes[key] = { from: before[key], to: text[key] };
    }
    if (lead && !before.isLead) changes['lead'] = { from: false, to: true };
    await recordChange(tx, actor, { entityType: 'article_photo', entityId: photoId, action: 'update', changes });
  });
}

export async function reorderPhotos(db: Db, actor: Actor, articleId: number, photoIds: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    await lockEditable(tx, articleId);
    const current = (await placed(tx, articleId)).sort((a, b) => a.position - b.position || a.id - b.id).map((p) => p.id);
    const check = checkOrder(current, photoIds);
    if (!check.ok)
      throw new AppError('validation_failed', 'The order must name each photo of the article once', [{ path: 'photoIds', message: check.message }]);
    for (const [i, id] of photoIds.entries())
      await tx
        .update(articlePhotos)
        .set({ position: i + 1 })
        .where(eq(articlePhotos.id, id));
    await recordChange(tx, actor, { entityType: 'article', entityId: articleId, action: 'update', changes: { photoOrder: { from: current, to: photoIds } } });
  });
}

/** Removes a photo, from the bodies too; when it led, the first remaining photo leads. */
export async function deletePhoto(db: Db, actor: Actor, articleId: number, photoId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockPhoto(tx, articleId, photoId);
    const photos = await placed(tx, articleId);
    await tx.delete(articlePhotos).where(eq(articlePhotos.id, photoId));
    const lead = leadAfterRemoval(photos, photoId);
    if (before.isLead && lead !== null) await makeLead(tx, articleId, lead);
    const [article] = await tx.select({ bodyEn: articles.bodyEn, bodyVi: articles.bodyVi }).from(articles).where(eq(articles.id, articleId));
    const remaining = new Set(photos.map((p) => p.id).filter((id) => id !== photoId));
    await tx
      .update(articles)
      .set({ bodyEn: sanitizeBody(article!.bodyEn, remaining), bodyVi: sanitizeBody(article!.bodyVi, remaining), updatedAt: new Date() })
      .where(eq(articles.id, articleId));
    await recordChange(tx, actor, {
      entityType: 'article_photo',
      entityId: photoId,
      action: 'delete',
      changes: { articleId, captionEn: before.captionEn, credit: before.credit, ...(before.isLead ? { lead: { from: photoId, to: lead } } : {}) },
    });
  });
}
