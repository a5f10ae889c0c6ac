/** Readiness for one meeting: what is promised before it, who owes what, what is late. */
import { eq, inArray, or } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import type { DbOrTx } from '../db/client.js';
import { documentsPipelineBefore } from '../documents-committee/pipeline-query.js';
import { endOfDay, type CivilDate } from './core/dates.js';
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

export async function readinessDashboard(db: DbOrTx, meeting: DashboardMeeting, today: CivilDate, viewer: Principal | null) {
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
    documentsPipeline: await documentsPipelineBefore(db, meeting.id, viewer, endOfDay(today)),
  };
}
