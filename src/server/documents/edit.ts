/**
 * Changing a document's registry facts, in one transaction with its change-log
 * event. The reference code stays what it was: a document whose type or
 * meeting changes keeps its code, and the counters never go back.
 */
import { asc, eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { checkDocuments, checkParties, meetingCode, refreshSearchText } from './commands.js';
import { checkEdit } from './metadata.js';
import { documentProposers, documentRelations, documents } from './schema.js';
import type { DocumentPatch } from './schemas.js';
import type { Confidentiality, DocumentStatus } from './vocabulary.js';

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

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const comparable = (v: unknown) => (v instanceof Date ? v.getTime() : v);

/** Applies the change; answers whether anything changed. */
export async function editDocument(db: Db, actor: Actor, roles: readonly Role[], id: number, patch: DocumentPatch): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [doc] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
    if (!doc) throw notFound('Document');
    const check = checkEdit(
      { id, status: doc.status as DocumentStatus, confidentiality: doc.confidentiality as Confidentiality, embargoUntil: doc.embargoUntil },
      patch,
      roles,
    );
    if (!check.ok) {
      const code = check.problem === 'forbidden' ? 'forbidden' : check.problem === 'fixed' ? 'conflict' : 'validation_failed';
      throw new AppError(code, check.message, [{ path: check.path, message: check.message }]);
    }
    if (patch.actingMeetingId !== undefined) await meetingCode(tx, patch.actingMeetingId);
    if (patch.proposerPartyIds) await checkParties(tx, patch.proposerPartyIds, 'proposerPartyIds');
    if (patch.relatedDocumentIds) await checkDocuments(tx, patch.relatedDocumentIds, 'relatedDocumentIds');

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: Partial<typeof documents.$inferInsert> = {};
    for (const field of scalarFields) {
      const to = patch[field];
      if (to === undefined || comparable(to) === comparable(doc[field])) continue;
      changes[field] = { from: doc[field], to };
      Object.assign(set, { [field]: to });
    }

    if (patch.proposerPartyIds) {
      const rows = await tx
        .select({ id: documentProposers.partyId })
        .from(documentProposers)
        .where(eq(documentProposers.documentId, id))
        .orderBy(asc(documentProposers.partyId));
      const before = rows.map((r) => r.id);
      const after = [...new Set(patch.proposerPartyIds)].sort((a, b) => a - b);
      if (!sameList(before, after)) {
        changes.proposerPartyIds = { from: before, to: after };
        await tx.delete(documentProposers).where(eq(documentProposers.documentId, id));
        if (after.length) await tx.insert(documentProposers).values(after.map((partyId) => ({ documentId: id, partyId })));
      }
    }
    if (patch.relatedDocumentIds) {
      const rows = await tx
        .select({ id: documentRelations.relatedId })
        .from(documentRelations)
        .where(eq(documentRelations.documentId, id))
        .orderBy(asc(documentRelations.relatedId));
      const before = rows.map((r) => r.id);
      const after = [...new Set(patch.relatedDocumentIds)].sort((a, b) => a - b);
      if (!sameList(before, after)) {
        changes.relatedDocumentIds = { from: before, to: after };
        await tx.delete(documentRelations).where(eq(documentRelations.documentId, id));
        if (after.length) await tx.insert(documentRelations).values(after.map((relatedId) => ({ documentId: id, relatedId })));
      }
    }

    if (!Object.keys(changes).length) return false;
    await tx.update(documents).set({ ...set, updatedAt: new Date() }).where(eq(documents.id, id));
    await refreshSearchText(tx, id);
    await recordChange(tx, actor, {
      entityType: 'document',
      entityId: id,
      action: 'update',
      changes: { referenceCode: doc.referenceCode, ...changes },
    });
    return true;
  });
}
