/**
 * Writing documents: registration with its reference code, workflow steps,
 * lapsing silence procedures and new versions. Each runs in one transaction
 * with its change-log event.
 */
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { checkReferences, listRef } from '../db/references.js';
import { meetings, parties } from '../db/schema.js';
import { checkDeliverables, linkDeliverables } from '../documents-committee/deliverables.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { searchTextOf } from '../search/normalize.js';
import { mailSilence } from './mail.js';
import { documentBlobs, documentCounters, documentProposers, documentRelations, documents, documentTransitions, documentVersions } from './schema.js';
import type { DocumentCreateParsed, TransitionBody } from './schemas.js';
import { formatCode, needsNewCode, parseCode, seriesFor, type CodeSeries } from './numbering.js';
import { typeCodes, type DocumentType } from './vocabulary.js';
import { transition } from './workflow.js';

export async function meetingCode(tx: DbOrTx, meetingId: number): Promise<string> {
  const [m] = await tx.select({ slug: meetings.slug }).from(meetings).where(eq(meetings.id, meetingId));
  if (!m) throw new AppError('invalid_reference', 'Unknown meeting', [{ path: 'actingMeetingId', message: `no meeting ${meetingId}` }]);
  return (m.slug ?? `M${meetingId}`).toUpperCase();
}

/** The next reference code for a meeting, type and series (numbering.ts); the counter only grows, so codes are never reused. */
export async function nextReferenceCode(tx: DbOrTx, meetingId: number, type: DocumentType, series: CodeSeries): Promise<string> {
  const code = await meetingCode(tx, meetingId);
  const [row] = await tx
    .insert(documentCounters)
    .values({ meetingId, type, series, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.meetingId, documentCounters.type, documentCounters.series],
      set: { lastNumber: sql`${documentCounters.lastNumber} + 1` },
    })
    .returning({ n: documentCounters.lastNumber });
  return formatCode(code, typeCodes[type], series, row!.n);
}

/**
 * After a write that may have opened the document to a wider audience
 * (a confidentiality edit, an outcome, a deferral): when its code's series
 * no longer covers everyone who may now see it, the next code of the right
 * series. Answers the change for the caller's change-log event, or null.
 */
export async function renumberIfWidened(tx: DbOrTx, id: number): Promise<{ from: string; to: string } | null> {
  const [doc] = await tx
    .select({
      referenceCode: documents.referenceCode,
      confidentiality: documents.confidentiality,
      status: documents.status,
      actingMeetingId: documents.actingMeetingId,
      type: documents.type,
    })
    .from(documents)
    .where(eq(documents.id, id));
  if (!doc) return null;
  const series = seriesFor({ confidentiality: doc.confidentiality, status: doc.status });
  if (!needsNewCode(parseCode(doc.referenceCode), { series, meetingCode: await meetingCode(tx, doc.actingMeetingId) })) return null;
  const to = await nextReferenceCode(tx, doc.actingMeetingId, doc.type as DocumentType, series);
  await tx.update(documents).set({ referenceCode: to }).where(eq(documents.id, id));
  await refreshSearchText(tx, id);
  return { from: doc.referenceCode, to };
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
  await checkReferences(tx, listRef(path, parties, ids, 'party'));
}

/** The distinct documents named, each checked. */
export async function checkDocuments(tx: DbOrTx, ids: number[], path: string): Promise<number[]> {
  await checkReferences(tx, listRef(path, documents, ids, 'document'));
  return [...new Set(ids)];
}

export async function createDocumentIn(tx: DbOrTx, actor: Actor, input: DocumentCreateParsed): Promise<number> {
  await checkParties(tx, input.proposerPartyIds, 'proposerPartyIds');
  const referenceCode = await nextReferenceCode(tx, input.actingMeetingId, input.type, seriesFor({ confidentiality: input.confidentiality, status: 'draft' }));
  const { proposerPartyIds, relatedDocumentIds, relatedDeliverableIds, ...fields } = input;
  const [row] = await tx
    .insert(documents)
    .values({ ...fields, referenceCode, status: 'draft' })
    .returning({ id: documents.id });
  const id = row!.id;
  if (proposerPartyIds.length) {
    await tx.insert(documentProposers).values([...new Set(proposerPartyIds)].map((partyId) => ({ documentId: id, partyId })));
  }
  const related = await checkDocuments(tx, relatedDocumentIds, 'relatedDocumentIds');
  if (related.length) await tx.insert(documentRelations).values(related.map((relatedId) => ({ documentId: id, relatedId })));
  const served = await checkDeliverables(tx, relatedDeliverableIds, 'relatedDeliverableIds');
  await linkDeliverables(
    tx,
    served.map((deliverableId) => ({ documentId: id, deliverableId })),
  );
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
    if (outcome.problem === 'forbidden')
      throw new AppError(
        'forbidden',
        outcome.message,
        outcome.allowed.map((s) => ({ path: 'to', message: s })),
      );
    throw new AppError(
      'invalid_transition',
      outcome.message,
      outcome.allowed.map((s) => ({ path: 'to', message: s })),
    );
  }
  await checkReferences(tx, [['objectorPartyId', parties, input.objectorPartyId, 'party']]);
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
  const renumbered = await renumberIfWidened(tx, id);
  if (patch.status === 'under_silence' && patch.silenceDeadline) {
    await mailSilence(tx, id, patch.silenceDeadline, { template: 'silence_opened' });
  } else if (doc.status === 'under_silence' && patch.status === 'under_negotiation' && doc.silenceDeadline && input.objectorPartyId) {
    await mailSilence(tx, id, doc.silenceDeadline, {
      template: 'silence_broken',
      objectorPartyId: input.objectorPartyId,
      reason: input.reason ?? input.comment ?? null,
    });
  }
  await recordChange(tx, actor, {
    entityType: 'document',
    entityId: id,
    action: 'update',
    changes: {
      status: { from: doc.status, to: patch.status },
      ...(renumbered ? { referenceCode: renumbered } : {}),
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
