/** Readiness for one meeting: what is promised before it, who owes what, what is late. */
import { and, asc, eq, inArray, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { documents, documentTransitions } from '../documents/schema.js';
import { visibleTo, type Viewer } from '../documents/visibility.js';
import { endOfDay, type CivilDate } from './core/dates.js';
import { documentsPipeline } from './core/pipeline.js';
import { deliverableStatuses, type DeliverableStatus } from './core/status.js';
import { taskStatuses, type TaskStatus } from './core/tasks.js';
import { listDeliverables, listTasks } from './queries.js';
import { deliverableMeetings, deliverables, milestones, tasks } from './schema.js';

export interface DashboardMeeting {
  id: number;
  slug: string | null;
  titleEn: string;
  titleVi: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The meeting's documents by the workflow state each was in at the end of the
 * day (its last transition by then; those registered later are not counted),
 * counting only those the viewer may know exist. A document deferred here
 * from another meeting counts here for its whole past.
 */
async function pipelineFor(db: DbOrTx, meetingId: number, viewer: Viewer, day: CivilDate) {
  const steps = await db
    .select({ documentId: documentTransitions.documentId, status: documentTransitions.toStatus })
    .from(documentTransitions)
    .innerJoin(documents, eq(documents.id, documentTransitions.documentId))
    .where(and(eq(documents.actingMeetingId, meetingId), lt(documentTransitions.occurredAt, endOfDay(day)), visibleTo(viewer)))
    .orderBy(asc(documentTransitions.occurredAt), asc(documentTransitions.id));
  const statusOf = new Map<number, string>();
  for (const step of steps) statusOf.set(step.documentId, step.status);
  const counts = new Map<string, number>();
  for (const status of statusOf.values()) counts.set(status, (counts.get(status) ?? 0) + 1);
  return documentsPipeline([...counts].map(([status, count]) => ({ status, count })));
}

export async function readinessDashboard(db: DbOrTx, meeting: DashboardMeeting, today: CivilDate, viewer: Viewer) {
  const linked = await db.select({ id: deliverableMeetings.deliverableId }).from(deliverableMeetings).where(eq(deliverableMeetings.meetingId, meeting.id));
  const dueBefore = await db.select({ id: milestones.deliverableId }).from(milestones).where(eq(milestones.beforeMeetingId, meeting.id));
  const ids = [...new Set([...linked, ...dueBefore].map((r) => r.id))];
  const list = ids.length ? await listDeliverables(db, today, or(inArray(deliverables.id, ids), inArray(deliverables.parentId, ids))) : [];
  const byStatus = Object.fromEntries(deliverableStatuses.map((s) => [s, 0])) as Record<DeliverableStatus, number>;
  for (const d of list) byStatus[d.status]++;

  const taskList = await listTasks(db, eq(tasks.beforeMeetingId, meeting.id), today);
  const bodies = new Map<number, { bodyId: number; nameEn: string; nameVi: string; counts: Record<TaskStatus, number>; overdue: number }>();
  for (const t of taskList) {
    const row = bodies.get(t.body.id) ?? {
      bodyId: t.body.id,
      nameEn: t.body.nameEn,
      nameVi: t.body.nameVi,
      counts: Object.fromEntries(taskStatuses.map((s) => [s, 0])) as Record<TaskStatus, number>,
      overdue: 0,
    };
    row.counts[t.status]++;
    if (t.overdue) row.overdue++;
    bodies.set(t.body.id, row);
  }
  return {
    meeting,
    today,
    deliverablesByStatus: byStatus,
    deliverables: list,
    tasksByBody: [...bodies.values()],
    overdueTasks: taskList.filter((t) => t.overdue),
    documentsPipeline: await pipelineFor(db, meeting.id, viewer, today),
  };
}
