/**
 * Writing sessions, decisions, tasks and comments. Each command runs in one
 * transaction with its change-log event and checks what the schema cannot:
 * references, sub-task cycles, and that a focal point touches only its own
 * bodies' tasks. Deliverables are written in `deliverable-commands.ts`.
 */
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import { mayWorkOnTasks, needsBodyLinks } from '../auth/policies/index.js';
import { given, updateCommand } from '../changelog/command.js';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { meetings, people } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { closedAtAfter } from './core/tasks.js';
import type { NotificationKind } from './core/vocabulary.js';
import { bodiesOfUser } from './queries.js';
import { checkReferences, eachRef } from '../db/references.js';
import { bothDue, checkNoCycle, dueClears } from './refs.js';
import { refuseInactiveBodies } from './body-commands.js';
import { mailTaskAssigned } from './mail.js';
import { bodies, committeeSessions, notifications, sessionDecisions, taskComments, tasks, userBodies } from './schema.js';
import type { DecisionCreate, SessionCreate, SessionPatch, TaskCreate, TaskPatch } from './schemas.js';

async function checkSessionRefs(tx: DbOrTx, input: Partial<SessionCreate>) {
  await checkReferences(tx, [
    ['meetingId', meetings, input.meetingId, 'meeting'],
    ['chairPersonId', people, input.chairPersonId, 'person'],
    ...eachRef('attendeePersonIds', people, input.attendeePersonIds ?? [], 'person'),
  ]);
}

export async function createSession(db: Db, actor: Actor, input: SessionCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await checkSessionRefs(tx, input);
    const [clash] = await tx.select({ id: committeeSessions.id }).from(committeeSessions).where(eq(committeeSessions.number, input.number));
    if (clash) throw new AppError('conflict', `Session ${input.number} exists`, [{ path: 'number', message: 'already recorded' }]);
    const [row] = await tx
      .insert(committeeSessions)
      .values({
        number: input.number,
        heldOn: input.heldOn,
        meetingId: input.meetingId ?? null,
        chairPersonId: input.chairPersonId ?? null,
        attendeePersonIds: input.attendeePersonIds,
        agenda: input.agenda ?? [],
        report: input.report ?? null,
        reportEn: input.reportEn ?? null,
        minutes: input.minutes ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'committee_session', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

/** Minutes, attendees and the rest of a session's record; attendees are replaced as a whole. */
export async function updateSession(db: Db, actor: Actor, number: number, patch: SessionPatch): Promise<void> {
  await updateCommand(db, actor, {
    entityType: 'committee_session',
    name: 'Session',
    lock: (tx) => tx.select().from(committeeSessions).where(eq(committeeSessions.number, number)).for('update'),
    entityId: (s) => s.id,
    prepare: async (tx) => {
      await checkSessionRefs(tx, patch);
      const set = given(patch);
      if (set.attendeePersonIds) set.attendeePersonIds = [...new Set(set.attendeePersonIds)];
      return { set };
    },
    write: async (tx, before, set) => {
      await tx.update(committeeSessions).set(set).where(eq(committeeSessions.id, before.id));
    },
  });
}

export async function notify(tx: DbOrTx, kind: NotificationKind, taskId: number, bodyId: number, except: number | null) {
  const members = await tx.select({ userId: userBodies.userId }).from(userBodies).where(eq(userBodies.bodyId, bodyId));
  const to = members.map((m) => m.userId).filter((u) => u !== except);
  if (to.length) await tx.insert(notifications).values(to.map((userId) => ({ userId, kind, taskId })));
  if (to.length && kind === 'assigned') await mailTaskAssigned(tx, taskId, bodyId, to);
}

async function checkTask(tx: DbOrTx, prefix: string, input: Partial<TaskCreate>, taskId: number | null) {
  bothDue(prefix, input);
  await checkReferences(
    tx,
    [
      ['bodyId', bodies, input.bodyId, 'body'],
      ['responsiblePersonId', people, input.responsiblePersonId, 'person'],
      ['beforeMeetingId', meetings, input.beforeMeetingId, 'meeting'],
      ['parentId', tasks, input.parentId, 'task'],
    ],
    prefix,
  );
  // A deactivated body keeps the tasks it has; it is given no new one (nor one moved to it: updateTask).
  if (taskId === null) await refuseInactiveBodies(tx, [[`${prefix}bodyId`, input.bodyId]]);
  if (taskId !== null) {
    await checkNoCycle(
      tx,
      tasks,
      taskId,
      input.parentId,
      (named) => new AppError('sub_task_cycle', `Sub-tasks would form a cycle: ${named}`, [{ path: `${prefix}parentId`, message: `cycle ${named}` }]),
    );
  }
}

async function insertTask(tx: DbOrTx, actor: Actor, input: TaskCreate, decisionId: number | null, prefix = ''): Promise<number> {
  await checkTask(tx, prefix, input, null);
  const [row] = await tx
    .insert(tasks)
    .values({
      titleEn: input.titleEn,
      titleVi: input.titleVi,
      bodyId: input.bodyId,
      responsiblePersonId: input.responsiblePersonId ?? null,
      dueOn: input.dueOn ?? null,
      beforeMeetingId: input.beforeMeetingId ?? null,
      priority: input.priority,
      parentId: input.parentId ?? null,
      decisionId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await notify(tx, 'assigned', row.id, row.bodyId, actor.userId);
  await recordChange(tx, actor, { entityType: 'task', entityId: row.id, action: 'create', changes: { ...input, decisionId } });
  return row.id;
}

export async function createTask(db: Db, actor: Actor, input: TaskCreate): Promise<number> {
  return db.transaction((tx) => insertTask(tx, actor, input, null));
}

/** A decision and the tasks it creates, in one step. */
export async function recordDecision(db: Db, actor: Actor, sessionNumber: number, input: DecisionCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ id: committeeSessions.id }).from(committeeSessions).where(eq(committeeSessions.number, sessionNumber));
    if (!s) throw notFound('Session');
    const [d] = await tx.insert(sessionDecisions).values({ sessionId: s.id, textEn: input.textEn, textVi: input.textVi }).returning();
    if (!d) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'session_decision', entityId: d.id, action: 'create', changes: { sessionNumber, textEn: input.textEn } });
    for (const [i, t] of input.tasks.entries()) await insertTask(tx, actor, t, d.id, `tasks.${i}.`);
    return d.id;
  });
}

/** Staff may change any task; anyone else only a task of a body they belong to, and only within their bodies. */
export async function checkTaskAccess(tx: DbOrTx, principal: Principal, bodyIds: number[]) {
  const mine = needsBodyLinks(principal) ? await bodiesOfUser(tx, principal.userId) : [];
  if (!mayWorkOnTasks(principal, bodyIds, mine)) throw new AppError('forbidden', 'This task belongs to another body');
}

export async function updateTask(db: Db, actor: Actor, principal: Principal, id: number, patch: TaskPatch): Promise<void> {
  const now = new Date();
  await updateCommand(db, actor, {
    entityType: 'task',
    name: 'Task',
    lock: (tx) => tx.select().from(tasks).where(eq(tasks.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx, before) => {
      await checkTaskAccess(tx, principal, [before.bodyId, ...(patch.bodyId ? [patch.bodyId] : [])]);
      await checkTask(tx, '', patch, id);
      if (patch.bodyId !== undefined && patch.bodyId !== before.bodyId) await refuseInactiveBodies(tx, [['bodyId', patch.bodyId]]);
      const closing = patch.status ? { closedAt: closedAtAfter({ status: before.status, closedAt: before.closedAt }, patch.status, now) } : {};
      return { set: given({ ...patch, ...dueClears(patch), ...closing }) };
    },
    write: async (tx, before, set) => {
      await tx
        .update(tasks)
        .set({ ...set, updatedAt: now })
        .where(eq(tasks.id, id));
      if (patch.bodyId && patch.bodyId !== before.bodyId) await notify(tx, 'assigned', id, patch.bodyId, actor.userId);
      await notify(tx, 'changed', id, before.bodyId, actor.userId);
    },
  });
}

export async function addComment(db: Db, actor: Actor, principal: Principal, taskId: number, body: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [task] = await tx.select().from(tasks).where(eq(tasks.id, taskId));
    if (!task) throw notFound('Task');
    await checkTaskAccess(tx, principal, [task.bodyId]);
    const [row] = await tx.insert(taskComments).values({ taskId, authorUserId: actor.userId, body }).returning();
    await notify(tx, 'changed', taskId, task.bodyId, actor.userId);
    await recordChange(tx, actor, { entityType: 'task_comment', entityId: row!.id, action: 'create', changes: { taskId, body } });
  });
}

export async function markRead(db: Db, userId: number, id: number): Promise<void> {
  const done = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (!done.length) throw notFound('Notification');
}
