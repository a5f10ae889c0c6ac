/**
 * The secretariat's quotas: members besides the head of delegation per quota
 * level, and a delegation's own quota at one meeting. Each write in one
 * transaction with its change-log event.
 */
import { and, eq } from 'drizzle-orm';
import { diff, recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { delegations } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { delegateQuotaOverrides, delegateQuotas } from './schema.js';
import type { QuotaLevel } from './seats.js';

export async function setLevelQuotaIn(tx: DbOrTx, actor: Actor, level: QuotaLevel, members: number): Promise<void> {
  const [before] = await tx.select().from(delegateQuotas).where(eq(delegateQuotas.level, level)).for('update');
  await tx
    .insert(delegateQuotas)
    .values({ level, members, updatedBy: actor.userId })
    .onConflictDoUpdate({ target: delegateQuotas.level, set: { members, updatedAt: new Date(), updatedBy: actor.userId } });
  await recordChange(tx, actor, {
    entityType: 'delegate_quota',
    entityId: level,
    action: before ? 'update' : 'create',
    changes: before ? diff({ members: before.members }, { members }) : { level, members },
  });
}

export const setLevelQuota = (db: Db, actor: Actor, level: QuotaLevel, members: number) => db.transaction((tx) => setLevelQuotaIn(tx, actor, level, members));

export interface QuotaOverride {
  partyId: number;
  meetingId: number;
  members: number;
}

export async function setQuotaOverrideIn(tx: DbOrTx, actor: Actor, input: QuotaOverride): Promise<void> {
  const [delegation] = await tx
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.partyId, input.partyId), eq(delegations.meetingId, input.meetingId)));
  if (!delegation) {
    throw new AppError('invalid_reference', 'This party sends no delegation to this meeting', [
      { path: 'meetingId', message: 'the party takes no part in this meeting' },
    ]);
  }
  const key = and(eq(delegateQuotaOverrides.partyId, input.partyId), eq(delegateQuotaOverrides.meetingId, input.meetingId));
  const [before] = await tx.select().from(delegateQuotaOverrides).where(key).for('update');
  await tx
    .insert(delegateQuotaOverrides)
    .values({ ...input, updatedBy: actor.userId })
    .onConflictDoUpdate({
      target: [delegateQuotaOverrides.partyId, delegateQuotaOverrides.meetingId],
      set: { members: input.members, updatedAt: new Date(), updatedBy: actor.userId },
    });
  await recordChange(tx, actor, {
    entityType: 'delegate_quota_override',
    entityId: `${input.partyId}:${input.meetingId}`,
    action: before ? 'update' : 'create',
    changes: before ? diff({ members: before.members }, { members: input.members }) : { ...input },
  });
}

export const setQuotaOverride = (db: Db, actor: Actor, input: QuotaOverride) => db.transaction((tx) => setQuotaOverrideIn(tx, actor, input));

export async function removeQuotaOverride(db: Db, actor: Actor, partyId: number, meetingId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(delegateQuotaOverrides)
      .where(and(eq(delegateQuotaOverrides.partyId, partyId), eq(delegateQuotaOverrides.meetingId, meetingId)))
      .returning();
    if (!removed) throw notFound('Quota override');
    await recordChange(tx, actor, {
      entityType: 'delegate_quota_override',
      entityId: `${partyId}:${meetingId}`,
      action: 'delete',
      changes: { partyId, meetingId, members: removed.members },
    });
  });
}
