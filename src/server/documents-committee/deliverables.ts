/**
 * The documents module's use of the committee's deliverables: a document
 * names the deliverables it serves (checked to exist), its detail lists them.
 * The documents module calls these; only this file reads the committee's
 * `deliverables` table for it.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { deliverables } from '../committee/schema.js';
import type { DbOrTx } from '../db/client.js';
import { checkReferences, listRef } from '../db/references.js';
import { documentDeliverables } from './schema.js';

/** The distinct deliverables named, each checked (400 `invalid_reference` naming `path` and the unknown ones). */
export async function checkDeliverables(tx: DbOrTx, ids: number[], path: string): Promise<number[]> {
  await checkReferences(tx, listRef(path, deliverables, ids, 'deliverable'));
  return [...new Set(ids)];
}

/** The deliverables a document serves, by id (ascending). */
export async function servedDeliverableIds(tx: DbOrTx, documentId: number): Promise<number[]> {
  const rows = await tx.select({ id: documentDeliverables.deliverableId }).from(documentDeliverables).where(eq(documentDeliverables.documentId, documentId));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Adds links from new documents to deliverables (ids already checked). */
export async function linkDeliverables(tx: DbOrTx, links: Array<{ documentId: number; deliverableId: number }>): Promise<void> {
  if (links.length) await tx.insert(documentDeliverables).values(links);
}

/** The document serves exactly these deliverables from now on (ids already checked). */
export async function replaceServedDeliverables(tx: DbOrTx, documentId: number, ids: number[]): Promise<void> {
  await tx.delete(documentDeliverables).where(eq(documentDeliverables.documentId, documentId));
  await linkDeliverables(
    tx,
    ids.map((deliverableId) => ({ documentId, deliverableId })),
  );
}

/** The deliverables a document serves, with their titles, by id. */
export async function servedDeliverables(db: DbOrTx, documentId: number) {
  return db
    .select({ id: deliverables.id, titleEn: deliverables.titleEn, titleVi: deliverables.titleVi })
    .from(documentDeliverables)
    .innerJoin(deliverables, eq(deliverables.id, documentDeliverables.deliverableId))
    .where(eq(documentDeliverables.documentId, documentId))
    .orderBy(asc(deliverables.id));
}

/** Deliverable ids by slug, for the demo's documents (which name deliverables by slug). */
export async function deliverableIdsBySlug(tx: DbOrTx, slugs: string[]): Promise<Map<string, number>> {
  if (!slugs.length) return new Map();
  const found = await tx.select({ id: deliverables.id, slug: deliverables.slug }).from(deliverables).where(inArray(deliverables.slug, slugs));
  return new Map(found.map((f) => [f.slug!, f.id]));
}
