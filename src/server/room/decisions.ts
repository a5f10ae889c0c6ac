/**
 * Decisions taken in session: the chair takes a document up for decision at
 * the meeting (acting at it, still open) to adopt, note, issue or defer, on
 * the agenda item under discussion. The step is the documents workflow's own
 * (`transitionDocumentIn`: the same guards, roles, transition row and
 * change-log event, and its refusals: 409 `invalid_transition`, 403
 * `forbidden`, 400 for a guard); in the same transaction the meeting's record
 * of decisions gets its row and its own change-log event.
 */
import { eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { transitionDocumentIn } from '../documents/commands.js';
import { documents } from '../documents/schema.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError } from '../http/errors.js';
import { lockItem, notInProgress } from './commands.js';
import { decisionStatus } from './core/vocabulary.js';
import { meetingDecisions } from './schema.js';
import type { DecisionInput } from './schemas.js';

export async function decideInSession(db: Db, actor: Actor, roles: readonly Role[], itemId: number, input: DecisionInput): Promise<number> {
  return db.transaction(async (tx) => {
    const { item, m, sitting } = await lockItem(tx, itemId);
    if (m.status !== 'in_progress') throw notInProgress(m.status);
    if (sitting?.suspendedAt) throw notInProgress(m.status, 'the sitting is suspended');
    if (item.state !== 'open') {
      throw new AppError('item_not_current', 'Decisions are taken on the item under discussion', [
        { path: 'agendaItem', message: `the item is ${item.state}; open it first` },
      ]);
    }
    const [doc] = await tx
      .select({ id: documents.id, status: documents.status, actingMeetingId: documents.actingMeetingId })
      .from(documents)
      .where(eq(documents.id, input.documentId));
    if (!doc) throw new AppError('invalid_reference', 'No such document', [{ path: 'documentId', message: `no document ${input.documentId}` }]);
    if (doc.actingMeetingId !== item.meetingId) {
      throw new AppError('not_up_for_decision', 'This document is not up for decision at this meeting', [
        { path: 'documentId', message: `the document acts at meeting ${doc.actingMeetingId}` },
      ]);
    }
    const now = new Date();
    await transitionDocumentIn(tx, actor, doc.id, {
      to: decisionStatus[input.action],
      roles,
      now,
      reason: input.reason,
      comment: input.comment,
      deferToMeetingId: input.deferToMeetingId,
    });
    const [row] = await tx
      .insert(meetingDecisions)
      .values({
        meetingId: item.meetingId,
        agendaItemId: itemId,
        documentId: doc.id,
        action: input.action,
        fromStatus: doc.status,
        toStatus: decisionStatus[input.action],
        deferredToMeetingId: input.action === 'defer' ? (input.deferToMeetingId ?? null) : null,
        reason: input.reason ?? null,
        decidedAt: now,
        decidedBy: actor.userId,
      })
      .returning({ id: meetingDecisions.id });
    await recordChange(tx, actor, {
      entityType: 'meeting_decision',
      entityId: row!.id,
      action: 'create',
      changes: { meetingId: item.meetingId, agendaItemId: itemId, documentId: doc.id, action: input.action, at: now },
    });
    return item.meetingId;
  });
}
