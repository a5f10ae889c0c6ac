/**
 * Subscribable calendar feeds: one token per subscription, only its SHA-256
 * stored, revocable. Staff manage every party's feeds; a delegation liaison
 * only its own party's (users.party_id). A feed is keyed by one of the
 * party's delegation rows but serves the party's whole programme, so a
 * party's tokens are listed together whatever row they hang on. Whatever a
 * user may not manage is answered as if it did not exist.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { delegations, parties, users } from '../db/schema.js';
import { partyScope, type Viewer } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import { calendarFeedTokens } from './schema.js';

/** Who is asking: staff see every party; anyone else only the party their account belongs to (policies/delegations). */
export type FeedViewer = Viewer | null;

/** Feed lookups are rare and unguessable; a calendar client polls every few minutes at most. */
const LAST_USED_RESOLUTION = sql`interval '5 minutes'`;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function delegationInScope(db: DbOrTx, viewer: FeedViewer, delegationId: number) {
  const [row] = await db.select({ id: delegations.id, partyId: delegations.partyId }).from(delegations).where(eq(delegations.id, delegationId));
  const scope = partyScope(viewer);
  if (!row || (scope !== null && !scope.includes(row.partyId))) throw notFound('Delegation');
  return row;
}

export interface FeedToken {
  id: number;
  delegationId: number;
  label: string | null;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface PartyFeeds {
  code: string;
  nameEn: string;
  nameVi: string;
  timeZone: string;
  /** The delegation row new tokens hang on (the party's first). */
  delegationId: number;
  tokens: FeedToken[];
}

/** The parties whose feeds the viewer may manage (those with a delegation), with their tokens, newest first. */
export async function listFeeds(db: DbOrTx, viewer: FeedViewer, partyCode?: string): Promise<PartyFeeds[]> {
  const scope = partyScope(viewer);
  if (scope !== null && scope.length === 0) return [];
  const conditions = [...(scope !== null ? [inArray(parties.id, scope)] : []), ...(partyCode !== undefined ? [eq(parties.code, partyCode)] : [])];
  const partyRows = await db
    .select({
      partyId: parties.id,
      code: parties.code,
      nameEn: parties.nameEn,
      nameVi: parties.nameVi,
      timeZone: parties.timeZone,
      delegationId: sql<number>`min(${delegations.id})::int`,
    })
    .from(parties)
    .innerJoin(delegations, eq(delegations.partyId, parties.id))
    .where(conditions.length ? and(...conditions) : undefined)
    .groupBy(parties.id, parties.code, parties.nameEn, parties.nameVi, parties.timeZone)
    .orderBy(asc(parties.code));
  if (partyRows.length === 0) return [];
  const tokenRows = await db
    .select({
      id: calendarFeedTokens.id,
      partyId: delegations.partyId,
      delegationId: calendarFeedTokens.delegationId,
      label: calendarFeedTokens.label,
      createdAt: calendarFeedTokens.createdAt,
      createdBy: users.displayName,
      lastUsedAt: calendarFeedTokens.lastUsedAt,
      revokedAt: calendarFeedTokens.revokedAt,
    })
    .from(calendarFeedTokens)
    .innerJoin(delegations, eq(delegations.id, calendarFeedTokens.delegationId))
    .leftJoin(users, eq(users.id, calendarFeedTokens.createdBy))
    .where(
      inArray(
        delegations.partyId,
        partyRows.map((p) => p.partyId),
      ),
    )
    .orderBy(desc(calendarFeedTokens.createdAt), desc(calendarFeedTokens.id));
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return partyRows.map(({ partyId, delegationId, ...p }) => ({
    ...p,
    delegationId: Number(delegationId),
    tokens: tokenRows
      .filter((t) => t.partyId === partyId)
      .map((t) => ({
        id: t.id,
        delegationId: t.delegationId,
        label: t.label,
        createdAt: t.createdAt.toISOString(),
        createdBy: t.createdBy,
        lastUsedAt: iso(t.lastUsedAt),
        revokedAt: iso(t.revokedAt),
      })),
  }));
}

/** The tokens of the party that a delegation row belongs to. */
export async function listDelegationFeeds(db: DbOrTx, viewer: FeedViewer, delegationId: number): Promise<FeedToken[]> {
  const delegation = await delegationInScope(db, viewer, delegationId);
  const [party] = await db.select({ code: parties.code }).from(parties).where(eq(parties.id, delegation.partyId));
  const [feeds] = await listFeeds(db, viewer, party!.code);
  return feeds?.tokens ?? [];
}

export async function createFeedToken(
  db: Db,
  actor: Actor,
  viewer: FeedViewer,
  delegationId: number,
  label: string | null,
): Promise<{ id: number; token: string }> {
  return db.transaction(async (tx) => {
    await delegationInScope(tx, viewer, delegationId);
    const token = randomBytes(24).toString('base64url');
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ delegationId, tokenHash: hashToken(token), createdBy: actor.userId, label })
      .returning({ id: calendarFeedTokens.id });
    await recordChange(tx, actor, { entityType: 'calendar_feed_token', entityId: row!.id, action: 'create', changes: { delegationId, label } });
    return { id: row!.id, token };
  });
}

export async function revokeFeedToken(db: Db, actor: Actor, viewer: FeedViewer, tokenId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ delegationId: calendarFeedTokens.delegationId })
      .from(calendarFeedTokens)
      .where(and(eq(calendarFeedTokens.id, tokenId), isNull(calendarFeedTokens.revokedAt)));
    if (!existing) throw notFound('Feed token');
    await delegationInScope(tx, viewer, existing.delegationId).catch(() => {
      throw notFound('Feed token');
    });
    await tx.update(calendarFeedTokens).set({ revokedAt: new Date() }).where(eq(calendarFeedTokens.id, tokenId));
    await recordChange(tx, actor, { entityType: 'calendar_feed_token', entityId: tokenId, action: 'delete', changes: { revoked: true } });
  });
}

/**
 * The delegation a live token opens, with its party, or null. Notes when the
 * feed was last fetched: bookkeeping of a read, not a change anyone made, so
 * it is not change-logged.
 */
export async function delegationForToken(db: Db, delegationId: number, token: string) {
  const [row] = await db
    .select({
      tokenId: calendarFeedTokens.id,
      delegationId: delegations.id,
      partyId: delegations.partyId,
      partyCode: parties.code,
      nameEn: parties.nameEn,
      timeZone: delegations.timeZone,
    })
    .from(calendarFeedTokens)
    .innerJoin(delegations, eq(delegations.id, calendarFeedTokens.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(and(eq(calendarFeedTokens.delegationId, delegationId), eq(calendarFeedTokens.tokenHash, hashToken(token)), isNull(calendarFeedTokens.revokedAt)));
  if (!row) return null;
  await db
    .update(calendarFeedTokens)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(calendarFeedTokens.id, row.tokenId),
        or(isNull(calendarFeedTokens.lastUsedAt), lt(calendarFeedTokens.lastUsedAt, sql`now() - ${LAST_USED_RESOLUTION}`)),
      ),
    );
  return row;
}
