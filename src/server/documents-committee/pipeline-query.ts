/**
 * The committee's use of the documents: the readiness dashboard's documents
 * pipeline for a meeting, read from the documents' workflow history with the
 * documents module's confidentiality predicate (reused, never rewritten).
 */
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import type { DbOrTx } from '../db/client.js';
import { documents, documentTransitions } from '../documents/schema.js';
import { visibleTo } from '../documents/visibility.js';
import { documentsPipeline, type DocumentsPipeline } from './pipeline.js';

/**
 * The meeting's documents by the workflow state each was in just before
 * `before` (its last transition by then; those registered later are not
 * counted), counting only those the viewer may know exist. A document
 * deferred here from another meeting counts here for its whole past.
 */
export async function documentsPipelineBefore(db: DbOrTx, meetingId: number, viewer: Principal | null, before: Date): Promise<DocumentsPipeline> {
  const steps = await db
    .select({ documentId: documentTransitions.documentId, status: documentTransitions.toStatus })
    .from(documentTransitions)
    .innerJoin(documents, eq(documents.id, documentTransitions.documentId))
    .where(and(eq(documents.actingMeetingId, meetingId), lt(documentTransitions.occurredAt, before), visibleTo(viewer)))
    .orderBy(asc(documentTransitions.occurredAt), asc(documentTransitions.id));
  const statusOf = new Map<number, string>();
  for (const step of steps) statusOf.set(step.documentId, step.status);
  const counts = new Map<string, number>();
  for (const status of statusOf.values()) counts.set(status, (counts.get(status) ?? 0) + 1);
  return documentsPipeline([...counts].map(([status, count]) => ({ status, count })));
}
