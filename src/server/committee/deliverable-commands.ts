/**
 * Writing deliverables: the deliverable with its owners and meetings, its
 * milestones (a day, or "before meeting X") and its progress updates. One
 * transaction each, with the change-log event.
 */
import { and, eq } from 'drizzle-orm';
import { diff, recordChange, type Actor } from '../changelog/record.js';
import { given, updateCommand } from '../changelog/command.js';
import type { Db, DbOrTx } from '../db/client.js';
import { meetings, parties } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { todayIn } from './core/dates.js';
import { checkReferences, eachRef } from '../db/references.js';
import { bothDue, checkNoCycle, dueClears } from './refs.js';
import { bodies, deliverableMeetings, deliverableOwners, deliverables, milestones, progressUpdates } from './schema.js';
import type { DeliverableCreate, DeliverablePatch, MilestoneCreate, MilestonePatch, ProgressCreate } from './schemas.js';

async function insertMilestones(tx: DbOrTx, deliverableId: number, list: MilestoneCreate[]) {
  for (const [i, m] of list.entries()) {
    bothDue(`milestones.${i}.`, m);
    await checkReferences(tx, [['beforeMeetingId', meetings, m.beforeMeetingId, 'meeting']], `milestones.${i}.`);
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

/** Replaces the owners and linked meetings when the input names them. */
async function setLinks(tx: DbOrTx, deliverableId: number, input: { ownerBodyIds?: number[]; meetingIds?: number[] }) {
  if (input.ownerBodyIds) {
    await tx.delete(deliverableOwners).where(eq(deliverableOwners.deliverableId, deliverableId));
    const owners = [...new Set(input.ownerBodyIds)];
    if (owners.length) await tx.insert(deliverableOwners).values(owners.map((bodyId) => ({ deliverableId, bodyId })));
  }
  if (input.meetingIds) {
    await tx.delete(deliverableMeetings).where(eq(deliverableMeetings.deliverableId, deliverableId));
    const linked = [...new Set(input.meetingIds)];
    if (linked.length) await tx.insert(deliverableMeetings).values(linked.map((meetingId) => ({ deliverableId, meetingId })));
  }
}

async function checkDeliverableRefs(tx: DbOrTx, input: Partial<DeliverableCreate>) {
  await checkReferences(tx, [
    ['proposerPartyId', parties, input.proposerPartyId, 'party'],
    ['parentId', deliverables, input.parentId, 'deliverable'],
    ...eachRef('ownerBodyIds', bodies, input.ownerBodyIds ?? [], 'body'),
    ...eachRef('meetingIds', meetings, input.meetingIds ?? [], 'meeting'),
  ]);
}

export async function createDeliverable(db: Db, actor: Actor, input: DeliverableCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await checkDeliverableRefs(tx, input);
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
    await setLinks(tx, row.id, input);
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function updateDeliverable(db: Db, actor: Actor, id: number, patch: DeliverablePatch): Promise<void> {
  const { ownerBodyIds, meetingIds, ...columns } = patch;
  await updateCommand(db, actor, {
    entityType: 'deliverable',
    name: 'Deliverable',
    lock: (tx) => tx.select().from(deliverables).where(eq(deliverables.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx) => {
      await checkDeliverableRefs(tx, patch);
      await checkNoCycle(
        tx,
        deliverables,
        id,
        patch.parentId,
        (named) => new AppError('validation_failed', `Sub-deliverables would form a cycle: ${named}`, [{ path: 'parentId', message: `cycle ${named}` }]),
      );
      return { set: given(columns), also: { ...(ownerBodyIds ? { ownerBodyIds } : {}), ...(meetingIds ? { meetingIds } : {}) } };
    },
    write: async (tx, _before, set) => {
      if (Object.keys(set).length) await tx.update(deliverables).set(set).where(eq(deliverables.id, id));
      await setLinks(tx, id, { ownerBodyIds, meetingIds });
    },
  });
}

async function lockDeliverable(tx: DbOrTx, id: number) {
  const [d] = await tx.select({ id: deliverables.id }).from(deliverables).where(eq(deliverables.id, id)).for('update');
  if (!d) throw notFound('Deliverable');
}

export async function addMilestone(db: Db, actor: Actor, deliverableId: number, input: MilestoneCreate): Promise<void> {
  await db.transaction(async (tx) => {
    await lockDeliverable(tx, deliverableId);
    // Named as the request names them: `beforeMeetingId`, not `milestones.0.beforeMeetingId`.
    bothDue('', input);
    await checkReferences(tx, [['beforeMeetingId', meetings, input.beforeMeetingId, 'meeting']]);
    await insertMilestones(tx, deliverableId, [input]);
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: deliverableId, action: 'update', changes: { milestone: input } });
  });
}

export async function updateMilestone(db: Db, actor: Actor, deliverableId: number, milestoneId: number, patch: MilestonePatch): Promise<void> {
  await db.transaction(async (tx) => {
    await lockDeliverable(tx, deliverableId);
    const [before] = await tx
      .select()
      .from(milestones)
      .where(and(eq(milestones.id, milestoneId), eq(milestones.deliverableId, deliverableId)));
    if (!before) throw notFound('Milestone');
    bothDue('', patch);
    await checkReferences(tx, [['beforeMeetingId', meetings, patch.beforeMeetingId, 'meeting']]);
    const set = given({ ...patch, ...dueClears(patch) });
    await tx.update(milestones).set(set).where(eq(milestones.id, milestoneId));
    await recordChange(tx, actor, {
      entityType: 'deliverable',
      entityId: deliverableId,
      action: 'update',
      changes: { milestone: { id: milestoneId, ...diff(before, set) } },
    });
  });
}

export async function deleteMilestone(db: Db, actor: Actor, deliverableId: number, milestoneId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockDeliverable(tx, deliverableId);
    const [gone] = await tx
      .delete(milestones)
      .where(and(eq(milestones.id, milestoneId), eq(milestones.deliverableId, deliverableId)))
      .returning();
    if (!gone) throw notFound('Milestone');
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: deliverableId, action: 'update', changes: { milestoneRemoved: gone } });
  });
}

export async function addProgress(db: Db, actor: Actor, deliverableId: number, input: ProgressCreate): Promise<void> {
  await db.transaction(async (tx) => {
    await lockDeliverable(tx, deliverableId);
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

export async function deleteProgress(db: Db, actor: Actor, deliverableId: number, progressId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockDeliverable(tx, deliverableId);
    const [gone] = await tx
      .delete(progressUpdates)
      .where(and(eq(progressUpdates.id, progressId), eq(progressUpdates.deliverableId, deliverableId)))
      .returning({ percent: progressUpdates.percent, recordedOn: progressUpdates.recordedOn, note: progressUpdates.note });
    if (!gone) throw notFound('Progress update');
    await recordChange(tx, actor, { entityType: 'deliverable', entityId: deliverableId, action: 'update', changes: { progressRemoved: gone } });
  });
}
