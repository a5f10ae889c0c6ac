/**
 * Writing documents: registration with its reference code, workflow steps,
 * lapsing silence procedures and new versions. Each runs in one transaction
 * with its change-log event.
 */
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { meetings, parties } from '../db/schema.js';
import { checkDeliverables, linkDeliverables } from '../documents-committee/deliverables.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { searchTextOf } from '../search/normalize.js';
import { documentBlobs, documentCounters, documentProposers, documentRelations, documents, documentTransitions, documentVersions } from './schema.js';
import type { DocumentCreateParsed, TransitionBody } from './schemas.js';
import { typeCodes, type DocumentType } from './vocabulary.js';
import { transition } from './workflow.js';

export async function meetingCode(tx: DbOrTx, meetingId: number): Promise<string> {
  const [m] = await tx.select({ slug: meetings.slug }).from(meetings).where(eq(meetings.id, meetingId));
  if (!m) throw new AppError('invalid_reference', 'Unknown meeting', [{ path: 'actingMeetingId', message: `no meeting ${meetingId}` }]);
  return (m.slug ?? `M${meetingId}`).toUpperCase();
}

/** The next reference code for a meeting and type; the counter only grows, so codes are never reused. */
export async function nextReferenceCode(tx: DbOrTx, meetingId: number, type: DocumentType): Promise<string> {
  const code = await meetingCode(tx, meetingId);
  const [row] = await tx
    .insert(documentCounters)
    .values({ meetingId, type, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.meetingId, documentCounters.type],
      set: { lastNumber: sql`${documentCounters.lastNumber} + 1` },
    })
    .returning({ n: documentCounters.lastNumber });
  return `${code}/${typeCodes[type]}/${row!.n}`;
}

export async function refreshSearchText(tx: DbOrTx, documentId: number): Promise<void> {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) return;
  const [latest] = await tx
    .select({ text: documentBlobs.text })
    .from(documentVersions)
    .innerJoin(documentBlobs, eq(documentBlobs.sha256, documentVersions.sha256))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.number))
    .limit(1);
  const searchText = searchTextOf([doc.referenceCode, doc.titleEn, doc.titleVi, doc.leadBodyEn, doc.leadBodyVi, latest?.text]);
  await tx.update(documents).set({ searchText }).where(eq(documents.id, documentId));
}

export async function checkParties(tx: DbOrTx, ids: number[], path: string) {
  if (!ids.length) return;
  const found = await tx.select({ id: parties.id }).from(parties).where(inArray(parties.id, ids));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new AppError('invalid_reference', `Unknown ${path}`, [{ path, message: `no party ${missing.join(', ')}` }]);
}

export async function checkDocuments(tx: DbOrTx, ids: number[], path: string): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, unique));
  const missing = unique.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new AppError('invalid_reference', `Unknown ${path}`, [{ path, message: `no document ${missing.join(', ')}` }]);
  return unique;
}

export async function createDocumentIn(tx: DbOrTx, actor: Actor, input: DocumentCreateParsed): Promise<number> {
  await checkParties(tx, input.proposerPartyIds, 'proposerPartyIds');
  const referenceCode = await nextReferenceCode(tx, input.actingMeetingId, input.type);
  const { proposerPartyIds, relatedDocumentIds, relatedDeliverableIds, ...fields } = input;
  const [row] = await tx.insert(documents).values({ ...fields, referenceCode, status: 'draft' }).returning({ id: documents.id });
  const id = row!.id;
  if (proposerPartyIds.length) {
    await tx.insert(documentProposers).values([...new Set(proposerPartyIds)].map((partyId) => ({ documentId: id, partyId })));
  }
  const related = await checkDocuments(tx, relatedDocumentIds, 'relatedDocumentIds');
  if (related.length) await tx.insert(documentRelations).values(related.map((relatedId) => ({ documentId: id, relatedId })));
  const served = await checkDeliverables(tx, relatedDeliverableIds, 'relatedDeliverableIds');
  await linkDeliverables(tx, served.map((deliverableId) => ({ documentId: id, deliverableId })));
  await tx.insert(documentTransitions).values({
    documentId: id,
    fromStatus: null,
    toStatus: 'draft',
    actorUserId: actor.userId,
    meetingId: input.actingMeetingId,
  });
  await refreshSearchText(tx, id);
  await recordChange(tx, actor, { entityType: 'document', entityId: id, action: 'create', changes: { referenceCode, ...input } });
  return id;
}

export async function createDocument(db: Db, actor: Actor, input: DocumentCreateParsed): Promise<number> {
  return db.transaction((tx) => createDocumentIn(tx, actor, input));
}

export interface TransitionInput extends TransitionBody {
  roles: readonly Role[] | 'system';
  now?: Date;
}

export async function transitionDocumentIn(tx: DbOrTx, actor: Actor, id: number, input: TransitionInput): Promise<void> {
  const [doc] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
  if (!doc) throw notFound('Document');
  const now = input.now ?? new Date();
  const outcome = transition(
    {
      status: doc.status,
      intendedAction: doc.intendedAction,
      actingMeetingId: doc.actingMeetingId,
      silenceDeadline: doc.silenceDeadline,
    },
    { ...input, actor: input.roles, now },
  );
  if (!outcome.ok) {
    if (outcome.problem === 'guard') throw new AppError('validation_failed', outcome.message, [{ path: outcome.path, message: outcome.message }]);
    if (outcome.problem === 'forbidden') throw new AppError('forbidden', outcome.message, outcome.allowed.map((s) => ({ path: 'to', message: s })));
    throw new AppError('invalid_transition', outcome.message, outcome.allowed.map((s) => ({ path: 'to', message: s })));
  }
  if (input.objectorPartyId) await checkParties(tx, [input.objectorPartyId], 'objectorPartyId');
  if (input.deferToMeetingId) await meetingCode(tx, input.deferToMeetingId);
  const { patch } = outcome;
  await tx
    .update(documents)
    .set({ ...patch, silenceStartedAt: patch.status === 'under_silence' ? now : null, updatedAt: now })
    .where(eq(documents.id, id));
  await tx.insert(documentTransitions).values({
    documentId: id,
    fromStatus: doc.status,
    toStatus: patch.status,
    actorUserId: actor.userId,
    meetingId: patch.actingMeetingId,
    objectorPartyId: input.objectorPartyId ?? null,
    comment: input.comment ?? input.reason ?? null,
    occurredAt: now,
  });
  await recordChange(tx, actor, {
    entityType: 'document',
    entityId: id,
    action: 'update',
    changes: {
      status: { from: doc.status, to: patch.status },
      meetingId: patch.actingMeetingId,
      comment: input.comment ?? null,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.objectorPartyId ? { objectorPartyId: input.objectorPartyId } : {}),
      ...(patch.silenceDeadline ? { silenceDeadline: patch.silenceDeadline } : {}),
    },
  });
}

export async function transitionDocument(db: Db, actor: Actor, id: number, input: TransitionInput): Promise<void> {
  await db.transaction((tx) => transitionDocumentIn(tx, actor, id, input));
}

/**
 * Silence procedures past their deadline with no objection become agreed.
 * Called lazily before reads and by an endpoint; safe to call concurrently.
 */
export async function lapseSilences(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: documents.id, deadline: documents.silenceDeadline })
    .from(documents)
    .where(and(eq(documents.status, 'under_silence'), lte(documents.silenceDeadline, now)));
  let lapsed = 0;
  for (const { id, deadline } of due) {
    await db.transaction(async (tx) => {
      const [doc] = await tx.select({ status: documents.status }).from(documents).where(eq(documents.id, id)).for('update');
      if (doc?.status !== 'under_silence') return;
      await transitionDocumentIn(tx, { userId: null, requestId: null }, id, {
        to: 'agreed_ad_referendum',
        roles: 'system',
        // Agreed at the deadline, whenever it is noticed.
        now: deadline ?? now,
        comment: 'Silence procedure ended with no objection',
      });
      lapsed++;
    });
  }
  return lapsed;
}
