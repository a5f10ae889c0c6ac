/**
 * Writing the committee's data. Each command runs in one transaction with its
 * change-log event and checks what the schema cannot: references, sub-task
 * cycles, and that a focal point touches only its own bodies' tasks.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { can, type Principal } from '../auth/permissions.js';
import { diff, recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { meetings, parties, people } from '../db/schema.js';
import { AppError, notFound, type ErrorDetail } from '../http/errors.js';
import { cycleIfParent } from './core/cycles.js';
import { todayIn } from './core/dates.js';
import type { NotificationKind } from './core/vocabulary.js';
import { bodiesOfUser } from './queries.js';
import {
  bodies,
  committeeSessions,
  deliverableMeetings,
  deliverableOwners,
  deliverables,
  milestones,
  notifications,
  progressUpdates,
  sessionDecisions,
  taskComments,
  tasks,
  userBodies,
} from './schema.js';
import type { DecisionCreate, DeliverableCreate, MilestoneCreate, ProgressCreate, SessionCreate, TaskCreate, TaskPatch } from './schemas.js';

type Table = typeof bodies | typeof meetings | typeof people | typeof parties | typeof deliverables | typeof tasks;

/** Collects every unknown reference so the answer names each field at once. */
async function checkRefs(tx: DbOrTx, prefix: string, refs: Array<[string, Table, number | null | undefined, string]>) {
  const problems: ErrorDetail[] = [];
  for (const [field, table, id, what] of refs) {
    if (id === null || id === undefined) continue;
    const found = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
    if (!found.length) problems.push({ path: `${prefix}${field}`, message: `no ${what} ${id}` });
  }
  if (problems.length) {
    throw new AppError('invalid_reference', `Unknown ${problems.map((p) => p.path).join(', ')}`, problems);
  }
}

function bothDue(prefix: string, input: { dueOn?: string | null; beforeMeetingId?: number | null }) {
  if (input.dueOn && input.beforeMeetingId) {
    throw new AppError('validation_failed', 'Give a day or a meeting, not both', [
      { path: `${prefix}beforeMeetingId`, message: 'either dueOn or beforeMeetingId' },
    ]);
  }
}

async function insertMilestones(tx: DbOrTx, deliverableId: number, list: MilestoneCreate[]) {
  for (const [i, m] of list.entries()) {
    bothDue(`milestones.${i}.`, m);
    await checkRefs(tx, `milestones.${i}.`, [['beforeMeetingId', meetings, m.beforeMeetingId, 'meeting']]);
  }
  if (!list.length) return;
  await tx.insert(milestones).values(
    list.map((m) => ({
      deliverableId,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      dueOn: m.dueOn ?? null,
      beforeMeetingId: m.beforeMeetingId ?? null,
      metOn: m.metOn ?? null,
    })),
  );
}

export async function createDeliverable(db: Db, actor: Actor, input: DeliverableCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await checkRefs(tx, '', [
      ['proposerPartyId', parties, input.proposerPartyId, 'party'],
      ['parentId', deliverables, input.parentId, 'deliverable'],
    ]);
    for (const [i, b] of input.ownerBodyIds.entries()) await checkRefs(tx, '', [[`ownerBodyIds.${i}`, bodies, b, 'body']]);
    for (const [i, m] of input.meetingIds.entries()) await checkRefs(tx, '', [[`meetingIds.${i}`, meetings, m, 'meeting']]);
    const [row] = await tx
      .insert(deliverables)
      .values({
        titleEn: input.titleEn,
        titleVi: input.titleVi,
        year: input.year,
        proposerPartyId: input.proposerPartyId ?? null,
        parentId: input.parentId ?? null,
        weight: input.weight ?? null,
        startedOn: input.startedOn,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await insertMilestones(tx, row.id, input.milestones);
    const owners = [...new Set(input.ownerBodyIds)];
    if (owners.length) await tx.insert(deliverableOwners).values(owners.map((bodyId) => ({ deliverableId: row.id, bodyId })));
    const linked = [...new Set(input.meetingIds)];
    if (linked.length) await tx.insert(deliverableMeetings).values(linked.map((meetingId) => ({ deliverableId: row.id, meetingId })));
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function addMilestone(db: Db, actor: Actor, deliverableId: number, input: MilestoneCreate): Promise<void> {
  await db.transaction(async (tx) => {
    const [d] = await tx.select({ id: deliverables.id }).from(deliverables).where(eq(deliverables.id, deliverableId));
    if (!d) throw notFound('Deliverable');
    bothDue('', input);
    await checkRefs(tx, '', [['beforeMeetingId', meetings, input.beforeMeetingId, 'meeting']]);
    await insertMilestones(tx, deliverableId, [input]);
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: deliverableId, action: 'update', changes: { milestone: input } });
  });
}

export async function addProgress(db: Db, actor: Actor, deliverableId: number, input: ProgressCreate): Promise<void> {
  await db.transaction(async (tx) => {
    const [d] = await tx.select({ id: deliverables.id }).from(deliverables).where(eq(deliverables.id, deliverableId));
    if (!d) throw notFound('Deliverable');
    await tx.insert(progressUpdates).values({
      deliverableId,
      percent: input.percent,
      note: input.note ?? null,
      recordedOn: input.recordedOn ?? todayIn(),
      recordedBy: actor.userId,
    });
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: deliverableId, action: 'update', changes: { progress: input } });
  });
}

export async function createSession(db: Db, actor: Actor, input: SessionCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await checkRefs(tx, '', [
      ['meetingId', meetings, input.meetingId, 'meeting'],
      ['chairPersonId', people, input.chairPersonId, 'person'],
      ...input.attendeePersonIds.map((p, i): [string, Table, number, string] => [`attendeePersonIds.${i}`, people, p, 'person']),
    ]);
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
        minutes: input.minutes ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'committee_session', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

async function notify(tx: DbOrTx, kind: NotificationKind, taskId: number, bodyId: number, except: number | null) {
  const members = await tx.select({ userId: userBodies.userId }).from(userBodies).where(eq(userBodies.bodyId, bodyId));
  const to = members.map((m) => m.userId).filter((u) => u !== except);
  if (to.length) await tx.insert(notifications).values(to.map((userId) => ({ userId, kind, taskId })));
}

async function checkTask(tx: DbOrTx, prefix: string, input: Partial<TaskCreate>, taskId: number | null) {
  bothDue(prefix, input);
  await checkRefs(tx, prefix, [
    ['bodyId', bodies, input.bodyId, 'body'],
    ['responsiblePersonId', people, input.responsiblePersonId, 'person'],
    ['beforeMeetingId', meetings, input.beforeMeetingId, 'meeting'],
    ['parentId', tasks, input.parentId, 'task'],
  ]);
  if (taskId !== null && input.parentId !== undefined) {
    const all = await tx.select({ id: tasks.id, parentId: tasks.parentId }).from(tasks);
    const cycle = cycleIfParent(new Map(all.map((t) => [t.id, t.parentId])), taskId, input.parentId);
    if (cycle) {
      const named = cycle.map((id) => `#${id}`).join(' → ');
      throw new AppError('sub_task_cycle', `Sub-tasks would form a cycle: ${named}`, [
        { path: `${prefix}parentId`, message: `cycle ${named}` },
      ]);
    }
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
async function checkTaskAccess(tx: DbOrTx, principal: Principal, bodyIds: number[]) {
  if (can(principal, 'committee.manage')) return;
  const mine = await bodiesOfUser(tx, principal.userId);
  if (!bodyIds.every((b) => mine.includes(b))) throw new AppError('forbidden', "This task belongs to another body");
}

export async function updateTask(db: Db, actor: Actor, principal: Principal, id: number, patch: TaskPatch): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
    if (!before) throw notFound('Task');
    await checkTaskAccess(tx, principal, [before.bodyId, ...(patch.bodyId ? [patch.bodyId] : [])]);
    await checkTask(tx, '', patch, id);
    // Setting one kind of due clears the other.
    const due = patch.dueOn ? { beforeMeetingId: null } : patch.beforeMeetingId ? { dueOn: null } : {};
    const set = Object.fromEntries(Object.entries({ ...patch, ...due }).filter(([, v]) => v !== undefined));
    await tx.update(tasks).set({ ...set, updatedAt: new Date() }).where(eq(tasks.id, id));
    const changes = diff(before, set);
    if (patch.bodyId && patch.bodyId !== before.bodyId) await notify(tx, 'assigned', id, patch.bodyId, actor.userId);
    await notify(tx, 'changed', id, before.bodyId, actor.userId);
    await recordChange(tx, actor, { entityType: 'task', entityId: id, action: 'update', changes });
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

/** One overdue notice per user, task and day; returns how many were new. */
export async function announceOverdue(db: Db, overdue: Array<{ id: number; bodyId: number }>, day: string): Promise<number> {
  if (!overdue.length) return 0;
  return db.transaction(async (tx) => {
    const links = await tx
      .select({ userId: userBodies.userId, bodyId: userBodies.bodyId })
      .from(userBodies)
      .where(inArray(userBodies.bodyId, [...new Set(overdue.map((t) => t.bodyId))]));
    const rows = overdue.flatMap((t) => links.filter((l) => l.bodyId === t.bodyId).map((l) => ({ userId: l.userId, taskId: t.id, kind: 'overdue', day })));
    if (!rows.length) return 0;
    const inserted = await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
    return inserted.length;
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
