/**
 * Overdue notices without anyone having to look: a sweep finds every task
 * past its due day and tells its body's focal points, once per overdue event.
 * It runs at start-up, on an interval, and when a digest is read; the unique
 * key (user, task, kind, missed due day) makes every run safe to repeat, in
 * one process or several.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { App } from '../http/types.js';
import { todayIn, type CivilDate } from './core/dates.js';
import { listTasks } from './queries.js';
import { notifications, tasks, userBodies } from './schema.js';

/** Announces the tasks overdue on `today`; returns how many notices were new. */
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
  const inserted = await db.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length;
}

/**
 * Sweeps when the app is ready, then every `minutes` (0: never) until it
 * closes. The timer is unref'd: it never keeps the process alive by itself.
 */
export function scheduleOverdueSweep(app: App, db: Db, minutes: number): void {
  if (!Number.isFinite(minutes) || minutes <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = sweepOverdue(db).catch((err: unknown) => app.log.error({ err }, 'overdue sweep failed'));
    return running;
  };
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), minutes * 60_000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    // Let a sweep under way finish before the database closes behind it.
    await running;
  });
}
