/**
 * The committee's e-mail, through the outbox in the transaction of the change
 * that causes it, to each active account linked to the body, in its own
 * language: "task assigned", and the digest of tasks newly overdue.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { users } from '../db/schema.js';
import { enqueueMail, languageOf } from '../mail/outbox.js';
import type { TaskView } from './schemas.js';
import { bodies, tasks } from './schema.js';

const nameIn = (user: typeof users.$inferSelect, language: 'vi' | 'en') => (language === 'vi' ? (user.displayNameVi ?? user.displayName) : user.displayName);

export async function mailTaskAssigned(tx: DbOrTx, taskId: number, bodyId: number, userIds: number[]): Promise<void> {
  const [task] = await tx.select({ titleEn: tasks.titleEn, titleVi: tasks.titleVi, dueOn: tasks.dueOn }).from(tasks).where(eq(tasks.id, taskId));
  const [body] = await tx.select({ nameEn: bodies.nameEn, nameVi: bodies.nameVi }).from(bodies).where(eq(bodies.id, bodyId));
  if (!task || !body) return;
  const recipients = await tx
    .select()
    .from(users)
    .where(and(inArray(users.id, userIds), isNull(users.deactivatedAt)));
  for (const user of recipients) {
    const language = languageOf(user.language);
    await enqueueMail(
      tx,
      { address: user.email, userId: user.id, language },
      {
        template: 'task_assigned',
        name: nameIn(user, language),
        task: { titleEn: task.titleEn, titleVi: task.titleVi },
        body,
        dueOn: task.dueOn,
        path: `/committee/tasks/${taskId}`,
      },
    );
  }
}

/** One e-mail per user listing the tasks the sweep just announced to them. */
export async function mailOverdue(tx: DbOrTx, notices: Array<{ userId: number; taskId: number | null }>, overdue: TaskView[]): Promise<void> {
  if (!notices.length) return;
  const byTask = new Map(overdue.map((t) => [t.id, t]));
  const recipients = await tx
    .select()
    .from(users)
    .where(and(inArray(users.id, [...new Set(notices.map((n) => n.userId))]), isNull(users.deactivatedAt)));
  for (const user of recipients) {
    const mine = notices.flatMap((n) => (n.userId === user.id && n.taskId !== null && byTask.has(n.taskId) ? [byTask.get(n.taskId)!] : []));
    if (!mine.length) continue;
    const language = languageOf(user.language);
    await enqueueMail(
      tx,
      { address: user.email, userId: user.id, language },
      {
        template: 'overdue_digest',
        name: nameIn(user, language),
        tasks: mine.map((t) => ({
          title: { en: t.titleEn, vi: t.titleVi },
          body: { en: t.body.nameEn, vi: t.body.nameVi },
          dueOn: t.due!,
          path: `/committee/tasks/${t.id}`,
        })),
        path: '/committee',
      },
    );
  }
}
