/**
 * Writing nominations: nominating, deciding, withdrawing, substituting. Every
 * command locks the delegation's party row (SELECT … FOR NO KEY UPDATE)
 * inside its transaction, so two nominations racing for a delegation's last
 * seat are decided one after the other on fresh counts; the rule itself is
 * the pure `refusals` (seats.ts), the statuses `nextStatus` (status.ts).
 */
import { and, asc, eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, Tx } from '../../db/client.js';
import { delegations, meetingClusters, meetings, parties } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Photo } from '../badges/photo.js';
import { seatsAt } from './queries.js';
import { delegateNominationMeetings, delegateNominations } from './schema.js';
import { refusals, type DelegateRole, type Refusal } from './seats.js';
import { nextStatus, substituteStatus, type NominationAction, type NominationStatus } from './status.js';

export interface Nominee {
  fullName: string;
  position: string;
  email: string;
  photo: (Photo & { bytes: Buffer }) | null;
}

export type Scope = { meetingId: number } | { clusterId: number };

interface Party {
  id: number;
  nameEn: string;
}

async function lockParty(tx: Tx, partyId: number): Promise<Party> {
  const [party] = await tx.select({ id: parties.id, nameEn: parties.nameEn }).from(parties).where(eq(parties.id, partyId)).for('no key update');
  if (!party) throw new AppError('invalid_reference', 'No such delegation', [{ path: 'partyId', message: 'unknown party' }]);
  return party;
}

/** The meetings a nomination would cover: the meeting, or the cluster's meetings the party takes part in. */
async function coveredMeetings(tx: Tx, party: Party, scope: Scope): Promise<{ id: number; titleEn: string }[]> {
  const attended = (where: ReturnType<typeof eq>) =>
    tx
      .select({ id: meetings.id, titleEn: meetings.titleEn })
      .from(meetings)
      .innerJoin(delegations, and(eq(delegations.meetingId, meetings.id), eq(delegations.partyId, party.id)))
      .where(where)
      .orderBy(asc(meetings.startsAt), asc(meetings.id));
  if ('meetingId' in scope) {
    const [meeting] = await tx.select({ titleEn: meetings.titleEn }).from(meetings).where(eq(meetings.id, scope.meetingId));
    if (!meeting) throw notFound('Meeting');
    const found = await attended(eq(meetings.id, scope.meetingId));
    if (found.length === 0) {
      throw new AppError('invalid_reference', `${party.nameEn} takes no part in ${meeting.titleEn}`, [
        { path: 'meetingId', message: 'the delegation takes no part in this meeting' },
      ]);
    }
    return found;
  }
  const [cluster] = await tx.select({ titleEn: meetingClusters.titleEn }).from(meetingClusters).where(eq(meetingClusters.id, scope.clusterId));
  if (!cluster) throw notFound('Cluster');
  const found = await attended(eq(meetings.clusterId, scope.clusterId));
  if (found.length === 0) {
    throw new AppError('invalid_reference', `${party.nameEn} takes no part in any meeting of ${cluster.titleEn}`, [
      { path: 'clusterId', message: 'the delegation takes no part in this cluster' },
    ]);
  }
  return found;
}

function refused(party: Party, covered: { id: number; titleEn: string }[], found: Refusal[]): AppError {
  const title = (meetingId: number) => covered.find((m) => m.id === meetingId)?.titleEn ?? `meeting ${meetingId}`;
  const first = found[0]!;
  if (first.rule === 'second_head') {
    return new AppError(
      'head_of_delegation_taken',
      `${party.nameEn} already has a head of delegation at ${title(first.meetingId)}`,
      found.map((r) => ({ path: 'role', message: `a head of delegation is already nominated for ${title(r.meetingId)}` })),
    );
  }
  const quotaText = (r: Extract<Refusal, { rule: 'over_quota' }>) =>
    `quota of ${r.quota} member${r.quota === 1 ? '' : 's'} besides the head of delegation reached at ${title(r.meetingId)}`;
  return new AppError(
    'quota_exceeded',
    `${party.nameEn} has reached its quota: ${quotaText(first as Extract<Refusal, { rule: 'over_quota' }>)}`,
    found.map((r) => ({ path: 'role', message: r.rule === 'over_quota' ? quotaText(r) : `head of delegation taken at ${title(r.meetingId)}` })),
  );
}

const photoColumns = (nominee: Nominee) => ({ photo: nominee.photo?.bytes ?? null, photoType: nominee.photo?.type ?? null });

export interface NominationInput {
  partyId: number;
  scope: Scope;
  role: DelegateRole;
  nominee: Nominee;
}

/** Inside a caller's transaction (the demo loader); `nominate` opens its own. */
export async function nominateIn(tx: Tx, actor: Actor, input: NominationInput): Promise<number> {
  const party = await lockParty(tx, input.partyId);
  const covered = await coveredMeetings(tx, party, input.scope);
  const found = refusals(
    await seatsAt(
      tx,
      party.id,
      covered.map((m) => m.id),
    ),
    input.role,
  );
  if (found.length > 0) throw refused(party, covered, found);
  const { fullName, position, email } = input.nominee;
  const [row] = await tx
    .insert(delegateNominations)
    .values({
      partyId: party.id,
      meetingId: 'meetingId' in input.scope ? input.scope.meetingId : null,
      clusterId: 'clusterId' in input.scope ? input.scope.clusterId : null,
      fullName,
      position,
      email,
      role: input.role,
      ...photoColumns(input.nominee),
      status: 'pending',
      nominatedBy: actor.userId,
    })
    .returning({ id: delegateNominations.id });
  if (!row) throw new Error('insert returned nothing');
  await tx.insert(delegateNominationMeetings).values(covered.map((m) => ({ nominationId: row.id, meetingId: m.id })));
  await recordChange(tx, actor, {
    entityType: 'delegate_nomination',
    entityId: row.id,
    action: 'create',
    changes: { partyId: party.id, ...input.scope, meetingIds: covered.map((m) => m.id), role: input.role, fullName, position, email, status: 'pending' },
  });
  return row.id;
}

export const nominate = (db: Db, actor: Actor, input: NominationInput) => db.transaction((tx) => nominateIn(tx, actor, input));

/** The nomination under its party's lock. */
async function lockNomination(tx: Tx, id: number) {
  const [found] = await tx.select({ partyId: delegateNominations.partyId }).from(delegateNominations).where(eq(delegateNominations.id, id));
  if (!found) throw notFound('Nomination');
  const party = await lockParty(tx, found.partyId);
  const [nomination] = await tx.select().from(delegateNominations).where(eq(delegateNominations.id, id));
  return { party, nomination: { ...nomination!, status: nomination!.status, role: nomination!.role } };
}

const PAST: Record<NominationAction, string> = { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn', substitute: 'substituted' };

function transition(status: NominationStatus, action: NominationAction): NominationStatus {
  const to = nextStatus(status, action);
  if (!to) throw new AppError('invalid_transition', `A nomination that is ${status} cannot be ${PAST[action]}`);
  return to;
}

export async function decideNominationIn(tx: Tx, actor: Actor, id: number, decision: 'approve' | 'reject', reason: string | null): Promise<void> {
  const { nomination } = await lockNomination(tx, id);
  const to = transition(nomination.status, decision);
  await tx
    .update(delegateNominations)
    .set({ status: to, reason: decision === 'reject' ? reason : null, decidedAt: new Date(), decidedBy: actor.userId })
    .where(eq(delegateNominations.id, id));
  await recordChange(tx, actor, {
    entityType: 'delegate_nomination',
    entityId: id,
    action: 'update',
    changes: { status: { from: nomination.status, to }, ...(reason ? { reason } : {}) },
  });
}

export const decideNomination = (db: Db, actor: Actor, id: number, decision: 'approve' | 'reject', reason: string | null) =>
  db.transaction((tx) => decideNominationIn(tx, actor, id, decision, reason));

export async function withdrawNomination(db: Db, actor: Actor, id: number, reason: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const { nomination } = await lockNomination(tx, id);
    const to = transition(nomination.status, 'withdraw');
    await tx.update(delegateNominations).set({ status: to, reason }).where(eq(delegateNominations.id, id));
    await recordChange(tx, actor, {
      entityType: 'delegate_nomination',
      entityId: id,
      action: 'update',
      changes: { status: { from: nomination.status, to }, ...(reason ? { reason } : {}) },
    });
  });
}

/**
 * Replaces a nominee: the old nomination becomes `replaced` (its badge then
 * reads "revoked" at the door) and the substitute takes its role and the same
 * meetings, naming whom it replaced and why. It needs no new seat.
 */
export async function substituteIn(tx: Tx, actor: Actor, id: number, nominee: Nominee, reason: string, bySecretariat: boolean): Promise<number> {
  const { nomination: old } = await lockNomination(tx, id);
  const to = transition(old.status, 'substitute');
  const covered = await tx
    .select({ meetingId: delegateNominationMeetings.meetingId })
    .from(delegateNominationMeetings)
    .where(eq(delegateNominationMeetings.nominationId, id));
  await tx.update(delegateNominations).set({ status: to }).where(eq(delegateNominations.id, id));
  const status = substituteStatus(bySecretariat);
  const now = new Date();
  const [row] = await tx
    .insert(delegateNominations)
    .values({
      partyId: old.partyId,
      meetingId: old.meetingId,
      clusterId: old.clusterId,
      fullName: nominee.fullName,
      position: nominee.position,
      email: nominee.email,
      role: old.role,
      ...photoColumns(nominee),
      status,
      replacesId: old.id,
      substitutionReason: reason,
      nominatedAt: now,
      nominatedBy: actor.userId,
      ...(status === 'approved' ? { decidedAt: now, decidedBy: actor.userId } : {}),
    })
    .returning({ id: delegateNominations.id });
  if (!row) throw new Error('insert returned nothing');
  await tx.insert(delegateNominationMeetings).values(covered.map((c) => ({ nominationId: row.id, meetingId: c.meetingId })));
  await recordChange(tx, actor, {
    entityType: 'delegate_nomination',
    entityId: old.id,
    action: 'update',
    changes: { status: { from: old.status, to }, replacedBy: row.id, reason },
  });
  await recordChange(tx, actor, {
    entityType: 'delegate_nomination',
    entityId: row.id,
    action: 'create',
    changes: { replaces: old.id, reason, role: old.role, fullName: nominee.fullName, position: nominee.position, status },
  });
  return row.id;
}

export const substitute = (db: Db, actor: Actor, id: number, nominee: Nominee, reason: string, bySecretariat: boolean) =>
  db.transaction((tx) => substituteIn(tx, actor, id, nominee, reason, bySecretariat));
