/**
 * Reading the record of decisions: what was decided on which item at what
 * time, and the documents still up for decision. Every document passes the
 * documents module's confidentiality predicate for the asker (the portal asks
 * as the public, `null`), so a restricted document is never named, not even
 * by its id; a meeting the asker may not see has no record at all.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { meetingScope } from '../auth/policies/index.js';
import type { DbOrTx } from '../db/client.js';
import { agendaItems, meetings } from '../db/schema.js';
import { documents } from '../documents/schema.js';
import { visibleTo as documentVisibleTo, type Viewer } from '../documents/visibility.js';
import type { DocumentStatus, DocumentType, OutcomeAction } from '../documents/vocabulary.js';
import type { Role } from '../domain/vocabulary.js';
import { openStatuses, nextStatesFor } from '../documents/workflow.js';
import { visibleTo as meetingVisibleTo } from '../meetings/visibility.js';
import { decisionActions, decisionStatus, type DecisionAction } from './core/vocabulary.js';
import { meetingDecisions } from './schema.js';
import type { DecisionsView, PendingDocument, RecordedDecision } from './schemas.js';

const deferredTo = alias(meetings, 'deferred_to');

/** The record of decisions of a meeting, as this viewer may see it, in the order taken. */
export async function recordOfDecisions(db: DbOrTx, viewer: Viewer, meetingId: number): Promise<RecordedDecision[]> {
  const rows = await db
    .select({
      id: meetingDecisions.id,
      action: meetingDecisions.action,
      decidedAt: meetingDecisions.decidedAt,
      reason: meetingDecisions.reason,
      agendaItem: { id: agendaItems.id, position: agendaItems.position, titleEn: agendaItems.titleEn, titleVi: agendaItems.titleVi },
      document: { id: documents.id, referenceCode: documents.referenceCode, type: documents.type, titleEn: documents.titleEn, titleVi: documents.titleVi },
      deferredToId: deferredTo.id,
      deferredToEn: deferredTo.titleEn,
      deferredToVi: deferredTo.titleVi,
    })
    .from(meetingDecisions)
    .innerJoin(agendaItems, eq(agendaItems.id, meetingDecisions.agendaItemId))
    .innerJoin(documents, eq(documents.id, meetingDecisions.documentId))
    .leftJoin(deferredTo, eq(deferredTo.id, meetingDecisions.deferredToMeetingId))
    .where(and(eq(meetingDecisions.meetingId, meetingId), documentVisibleTo(viewer)))
    .orderBy(asc(meetingDecisions.decidedAt), asc(meetingDecisions.id));
  return rows.map(({ deferredToId, deferredToEn, deferredToVi, ...r }) => ({
    ...r,
    action: r.action as DecisionAction,
    decidedAt: r.decidedAt.toISOString(),
    document: { ...r.document, type: r.document.type as DocumentType },
    deferredTo: deferredToId === null ? null : { id: deferredToId, titleEn: deferredToEn!, titleVi: deferredToVi! },
  }));
}

/** The decisions these roles may take on a document in this status: the workflow's own table. */
export function allowedDecisions(status: DocumentStatus, roles: readonly Role[] | undefined): DecisionAction[] {
  if (!roles?.length) return [];
  const next = nextStatesFor(status, roles);
  return decisionActions.filter((a) => next.includes(decisionStatus[a]));
}

async function pendingDocuments(db: DbOrTx, viewer: Viewer, meetingId: number): Promise<PendingDocument[]> {
  const rows = await db
    .select({
      id: documents.id,
      referenceCode: documents.referenceCode,
      type: documents.type,
      titleEn: documents.titleEn,
      titleVi: documents.titleVi,
      status: documents.status,
      intendedAction: documents.intendedAction,
    })
    .from(documents)
    .where(and(eq(documents.actingMeetingId, meetingId), inArray(documents.status, [...openStatuses]), documentVisibleTo(viewer)))
    .orderBy(asc(documents.referenceCode), asc(documents.id));
  return rows.map((r) => ({
    ...r,
    type: r.type as DocumentType,
    status: r.status as DocumentStatus,
    intendedAction: r.intendedAction as OutcomeAction,
    allowed: allowedDecisions(r.status as DocumentStatus, viewer?.roles),
  }));
}

/** The meeting's record and what is still up for decision; null when the viewer may not see the meeting. */
export async function decisionsOf(db: DbOrTx, viewer: Viewer, meetingId: number): Promise<DecisionsView | null> {
  const [meeting] = await db
    .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi, hostTimeZone: meetings.hostTimeZone })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), meetingVisibleTo(meetingScope(viewer))));
  if (!meeting) return null;
  return { meeting, decisions: await recordOfDecisions(db, viewer, meetingId), pending: await pendingDocuments(db, viewer, meetingId) };
}
