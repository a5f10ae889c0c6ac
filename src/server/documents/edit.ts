/**
 * Changing a document's registry facts, in one transaction with its change-log
 * event. The reference code stays what it was: a document whose type or
 * meeting changes keeps its code, and the counters never go back.
 */
import { eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { checkDeliverables, replaceServedDeliverables, servedDeliverableIds } from '../documents-committee/deliverables.js';
import { checkDocuments, checkParties, meetingCode, refreshSearchText, renumberIfWidened } from './commands.js';
import { checkEdit } from './metadata.js';
import { documentProposers, documentRelations, documents } from './schema.js';
import type { DocumentPatch } from './schemas.js';

const scalarFields = [
  'titleEn',
  'titleVi',
  'type',
  'pillar',
  'leadBodyEn',
  'leadBodyVi',
  'actingMeetingId',
  'intendedAction',
  'confidentiality',
  'embargoUntil',
] as const;

type LinkField = 'proposerPartyIds' | 'relatedDocumentIds' | 'relatedDeliverableIds';
interface Link {
  read(): Promise<number[]>;
  replace(ids: number[]): Promise<void>;
}

/** The document's lists (proposers, related documents, deliverables served), each read sorted and replaced whole. */
function linksOf(tx: DbOrTx, documentId: number): Record<LinkField, Link> {
  const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id).sort((a, b) => a - b);
  return {
    proposerPartyIds: {
      read: async () => ids(await tx.select({ id: documentProposers.partyId }).from(documentProposers).where(eq(documentProposers.documentId, documentId))),
      replace: async (list) => {
        await tx.delete(documentProposers).where(eq(documentProposers.documentId, documentId));
        if (list.length) await tx.insert(documentProposers).values(list.map((partyId) => ({ documentId, partyId })));
      },
    },
    relatedDocumentIds: {
      read: async () => ids(await tx.select({ id: documentRelations.relatedId }).from(documentRelations).where(eq(documentRelations.documentId, documentId))),
      replace: async (list) => {
        await tx.delete(documentRelations).where(eq(documentRelations.documentId, documentId));
        if (list.length) await tx.insert(documentRelations).values(list.map((relatedId) => ({ documentId, relatedId })));
      },
    },
    relatedDeliverableIds: {
      read: () => servedDeliverableIds(tx, documentId),
      replace: (list) => replaceServedDeliverables(tx, documentId, list),
    },
  };
}

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const comparable = (v: unknown) => (v instanceof Date ? v.getTime() : v);

/** Applies the change; answers whether anything changed. */
export async function editDocument(db: Db, actor: Actor, roles: readonly Role[], id: number, patch: DocumentPatch): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [doc] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
    if (!doc) throw notFound('Document');
    if (patch.expectedUpdatedAt && patch.expectedUpdatedAt.getTime() !== doc.updatedAt.getTime()) {
      const message = 'the document was changed by someone else after you opened it: reload it and make your changes again';
      throw new AppError('conflict', message, [{ path: 'expectedUpdatedAt', message }]);
    }
    const check = checkEdit({ id, status: doc.status, confidentiality: doc.confidentiality, embargoUntil: doc.embargoUntil }, patch, roles);
    if (!check.ok) {
      const code = check.problem === 'forbidden' ? 'forbidden' : check.problem === 'fixed' ? 'conflict' : 'validation_failed';
      throw new AppError(code, check.message, [{ path: check.path, message: check.message }]);
    }
    if (patch.actingMeetingId !== undefined) await meetingCode(tx, patch.actingMeetingId);
    if (patch.proposerPartyIds) await checkParties(tx, patch.proposerPartyIds, 'proposerPartyIds');
    if (patch.relatedDocumentIds) await checkDocuments(tx, patch.relatedDocumentIds, 'relatedDocumentIds');
    if (patch.relatedDeliverableIds) await checkDeliverables(tx, patch.relatedDeliverableIds, 'relatedDeliverableIds');

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: Partial<typeof documents.$inferInsert> = {};
    for (const field of scalarFields) {
      const to = patch[field];
      if (to === undefined || comparable(to) === comparable(doc[field])) continue;
      changes[field] = { from: doc[field], to };
      Object.assign(set, { [field]: to });
    }

    for (const [field, link] of Object.entries(linksOf(tx, id)) as Array<[LinkField, Link]>) {
      const wanted = patch[field];
      if (!wanted) continue;
      const before = await link.read();
      const after = [...new Set(wanted)].sort((x, y) => x - y);
      if (sameList(before, after)) continue;
      changes[field] = { from: before, to: after };
      await link.replace(after);
    }

    if (!Object.keys(changes).length) return false;
    await tx
      .update(documents)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(documents.id, id));
    await refreshSearchText(tx, id);
    // Opened to a wider audience: a code its new readers may count (numbering.ts).
    const renumbered = await renumberIfWidened(tx, id);
    await recordChange(tx, actor, {
      entityType: 'document',
      entityId: id,
      action: 'update',
      changes: { referenceCode: renumbered ?? doc.referenceCode, ...changes },
    });
    return true;
  });
}
