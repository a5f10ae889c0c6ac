/**
 * Writes: accepting a cluster schedule (meetings moved, ledger replaced, one
 * transaction with change-log events) and calendar feed tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { delegations, meetings, parties } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { compile } from './compile.js';
import { burdens, violations } from './evaluate.js';
import { SLOT_MS } from './model.js';
import { loadCluster } from './queries.js';
import { calendarFeedTokens, scheduleLedger } from './schema.js';

export interface AcceptOutcome {
  moved: number;
  burden: Record<string, number>;
}

/** Applies `starts` (meeting id → instant) to the cluster's meetings, keeping each meeting's duration. */
export async function acceptSchedule(db: Db, actor: Actor, clusterId: number, starts: Record<string, Date>): Promise<AcceptOutcome> {
  return db.transaction(async (tx) => {
    const loaded = await loadCluster(tx, clusterId);
    if (!loaded) throw notFound('Cluster');
    const missing = loaded.meetings.filter((m) => !starts[String(m.id)]);
    const unknown = Object.keys(starts).filter((id) => !loaded.meetings.some((m) => String(m.id) === id));
    const problems = [
      ...missing.map((m) => ({ path: `starts.${m.id}`, message: `no start for meeting ${m.id}` })),
      ...unknown.map((id) => ({ path: `starts.${id}`, message: `meeting ${id} is not in this cluster` })),
    ];
    if (problems.length) throw new AppError('validation_failed', 'The schedule does not match the cluster', problems);

    const c = compile(loaded.instance);
    const schedule = c.meetings.map((m) => (starts[m.id]!.getTime() - c.gridStartMs) / SLOT_MS);
    if (!schedule.every(Number.isInteger)) {
      throw new AppError('validation_failed', 'Starts must lie on the 15-minute grid', [{ path: 'starts', message: 'not on the grid' }]);
    }
    const broken = violations(c, schedule);
    if (broken.length) {
      throw new AppError('conflict', 'The schedule breaks a hard constraint', broken.map((v) => ({ path: 'starts', message: v.message })));
    }

    let moved = 0;
    for (const m of loaded.meetings) {
      const startsAt = starts[String(m.id)]!;
      if (startsAt.getTime() === m.startsAt.getTime()) continue;
      const endsAt = new Date(startsAt.getTime() + (m.endsAt.getTime() - m.startsAt.getTime()));
      await tx.update(meetings).set({ startsAt, endsAt, updatedAt: new Date() }).where(eq(meetings.id, m.id));
      await recordChange(tx, actor, {
        entityType: 'meeting',
        entityId: m.id,
        action: 'update',
        changes: { startsAt: { from: m.startsAt, to: startsAt }, endsAt: { from: m.endsAt, to: endsAt }, via: 'schedule.accept' },
      });
      moved++;
    }

    const burden = burdens(c, schedule);
    const byCode = Object.fromEntries(c.delegationIds.map((code, d) => [code, burden[d]!]));
    const year = Number(loaded.cluster.startsOn.slice(0, 4));
    await tx.delete(scheduleLedger).where(eq(scheduleLedger.clusterId, clusterId));
    const partyIds = new Map(loaded.parties.map((p) => [p.code, p.id]));
    const rows = Object.entries(byCode).map(([code, b]) => ({ year, clusterId, partyId: partyIds.get(code)!, burden: b, acceptedBy: actor.userId }));
    if (rows.length) await tx.insert(scheduleLedger).values(rows);
    await recordChange(tx, actor, { entityType: 'schedule_ledger', entityId: clusterId, action: 'update', changes: { year, burden: byCode } });
    return { moved, burden: byCode };
  });
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createFeedToken(db: Db, actor: Actor, delegationId: number): Promise<{ id: number; token: string }> {
  return db.transaction(async (tx) => {
    const [delegation] = await tx.select({ id: delegations.id }).from(delegations).where(eq(delegations.id, delegationId));
    if (!delegation) throw notFound('Delegation');
    const token = randomBytes(24).toString('base64url');
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ delegationId, tokenHash: hashToken(token), createdBy: actor.userId })
      .returning({ id: calendarFeedTokens.id });
    await recordChange(tx, actor, { entityType: 'calendar_feed_token', entityId: row!.id, action: 'create', changes: { delegationId } });
    return { id: row!.id, token };
  });
}

export async function revokeFeedToken(db: Db, actor: Actor, tokenId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeedTokens.id, tokenId), isNull(calendarFeedTokens.revokedAt)))
      .returning({ id: calendarFeedTokens.id });
    if (!row) throw notFound('Feed token');
    await recordChange(tx, actor, { entityType: 'calendar_feed_token', entityId: tokenId, action: 'delete', changes: { revoked: true } });
  });
}

/** The delegation a live token opens, with its party, or null. */
export async function delegationForToken(db: Db, delegationId: number, token: string) {
  const [row] = await db
    .select({ delegationId: delegations.id, partyId: delegations.partyId, partyCode: parties.code, nameEn: parties.nameEn, timeZone: delegations.timeZone })
    .from(calendarFeedTokens)
    .innerJoin(delegations, eq(delegations.id, calendarFeedTokens.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(calendarFeedTokens.delegationId, delegationId), eq(calendarFeedTokens.tokenHash, hashToken(token)), isNull(calendarFeedTokens.revokedAt)));
  return row ?? null;
}
