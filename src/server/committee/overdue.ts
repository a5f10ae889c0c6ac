/**
 * Overdue notices without anyone having to look: a sweep finds every task
 * past its due day and tells its body's focal points, once per overdue event.
 * It runs at start-up, on an interval, and when a digest is read; the unique
 * key (user, task, kind, missed due day) makes every run safe to repeat, in
 * one process or several.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { scheduleSweep } from '../http/sweep.js';
import type { App } from '../http/types.js';
import { todayIn, type CivilDate } from './core/dates.js';
import { mailOverdue } from './mail.js';
import { listTasks } from './queries.js';
import { notifications, tasks, userBodies } from './schema.js';

/**
 * Announces the tasks overdue on `today`; returns how many notices were new.
 * The new notices and their e-mail (one digest per user, listing its newly
 * overdue tasks) are written in one transaction: a notice exists exactly when
 * its e-mail does.
 */
export async function sweepOverdue(db: Db, today: CivilDate = todayIn()): Promise<number> {
  const open = await listTasks(db, inArray(tasks.status, ['open', 'in_progress']), today);
  const overdue = open.filter((t) => t.overdue);
  if (!overdue.length) return 0;
  const links = await db
    .select({ userId: userBodies.userId, bodyId: userBodies.bodyId })
    .from(userBodies)
    .where(inArray(userBodies.bodyId, [...new Set(overdue.map((t) => t.body.id))]));
  // The missed due day names the event: a task given a new day and missing it again is announced again.
  const rows = overdue.flatMap((t) =>
    links.filter((l) => l.bodyId === t.body.id).map((l) => ({ userId: l.userId, taskId: t.id, kind: 'overdue' as const, day: t.due })),
  );
  if (!rows.length) return 0;
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(notifications)
      .values(rows)
      .onConflictDoNothing()
      .returning({ userId: notifications.userId, taskId: notifications.taskId });
    await mailOverdue(tx, inserted, overdue);
    return inserted.length;
  });
}

/** Sweeps when the app is ready, then every `minutes` (0: never) until it closes (http/sweep.ts). */
export function scheduleOverdueSweep(app: App, db: Db, minutes: number): void {
  scheduleSweep(app, 'overdue sweep', minutes, () => sweepOverdue(db));
}
