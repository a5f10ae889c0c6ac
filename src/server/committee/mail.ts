/**
 * "Task assigned" by e-mail: to each active account linked to the body, in
 * its own language, through the outbox (in the transaction that assigns).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { users } from '../db/schema.js';
import { enqueueMail, languageOf } from '../mail/outbox.js';
import { bodies, tasks } from './schema.js';

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
    await enqueueMail(tx, { address: user.email, userId: user.id, language }, {
      template: 'task_assigned',
      name: language === 'vi' ? (user.displayNameVi ?? user.displayName) : user.displayName,
      task: { titleEn: task.titleEn, titleVi: task.titleVi },
      body,
      dueOn: task.dueOn,
      path: `/committee/tasks/${taskId}`,
    });
  }
}
