/**
 * Changing a document's registry facts, in one transaction with its change-log
 * event. The reference code stays what it was: a document whose type or
 * meeting changes keeps its code, and the counters never go back.
 */
import { eq } from 'drizzle-orm';
import { given, updateCommand } from '../changelog/command.js';
import type { Actor } from '../changelog/record.js';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError } from '../http/errors.js';
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

type DocumentRow = typeof documents.$inferSelect;

/** The facts of a patch that only the database can check: the meeting, parties, documents and deliverables it names exist. */
async function checkPatchReferences(tx: Tx, patch: DocumentPatch): Promise<void> {
  if (patch.actingMeetingId !== undefined) await meetingCode(tx, patch.actingMeetingId);
  if (patch.proposerPartyIds) await checkParties(tx, patch.proposerPartyIds, 'proposerPartyIds');
  if (patch.relatedDocumentIds) await checkDocuments(tx, patch.relatedDocumentIds, 'relatedDocumentIds');
  if (patch.relatedDeliverableIds) await checkDeliverables(tx, patch.relatedDeliverableIds, 'relatedDeliverableIds');
}

/** The lists the patch sends that differ from the document's, as from/to (each sorted, without repeats). */
async function changedLinks(links: Record<LinkField, Link>, patch: DocumentPatch): Promise<Record<string, { from: number[]; to: number[] }>> {
  const changes: Record<string, { from: number[]; to: number[] }> = {};
  for (const [field, link] of Object.entries(links) as Array<[LinkField, Link]>) {
    const wanted = patch[field];
    if (!wanted) continue;
    const before = await link.read();
    const after = [...new Set(wanted)].sort((x, y) => x - y);
    if (!sameList(before, after)) changes[field] = { from: before, to: after };
  }
  return changes;
}

/** Applies the change; answers whether anything changed. */
export async function editDocument(db: Db, actor: Actor, roles: readonly Role[], id: number, patch: DocumentPatch): Promise<boolean> {
  // Read in prepare and replaced in write, in the command's one transaction.
  let built: Record<LinkField, Link> | undefined;
  const linksIn = (tx: Tx) => (built ??= linksOf(tx, id));
  const { changed } = await updateCommand<DocumentRow>(db, actor, {
    entityType: 'document',
    name: 'Document',
    lock: (tx) => tx.select().from(documents).where(eq(documents.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx, doc) => {
      if (patch.expectedUpdatedAt && patch.expectedUpdatedAt.getTime() !== doc.updatedAt.getTime()) {
        const message = 'the document was changed by someone else after you opened it: reload it and make your changes again';
        throw new AppError('conflict', message, [{ path: 'expectedUpdatedAt', message }]);
      }
      const check = checkEdit({ id, status: doc.status, confidentiality: doc.confidentiality, embargoUntil: doc.embargoUntil }, patch, roles);
      if (!check.ok) {
        const code = check.problem === 'forbidden' ? 'forbidden' : check.problem === 'fixed' ? 'conflict' : 'validation_failed';
        throw new AppError(code, check.message, [{ path: check.path, message: check.message }]);
      }
      await checkPatchReferences(tx, patch);
      const set: Partial<DocumentRow> = given(Object.fromEntries(scalarFields.map((field) => [field, patch[field]])));
      return { set, also: await changedLinks(linksIn(tx), patch) };
    },
    write: async (tx, doc, set, changes) => {
      const links = linksIn(tx);
      for (const field of Object.keys(links) as LinkField[]) {
        const change = changes[field] as { to: number[] } | undefined;
        if (change) await links[field].replace(change.to);
      }
      await tx
        .update(documents)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(documents.id, id));
      await refreshSearchText(tx, id);
      // Opened to a wider audience: a code its new readers may count (numbering.ts).
      const renumbered = await renumberIfWidened(tx, id);
      return { referenceCode: renumbered ?? doc.referenceCode };
    },
    skipUnchanged: true,
  });
  return changed;
}
