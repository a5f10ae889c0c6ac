/**
 * Reading delegate accreditation: nominations with the meetings they cover
 * and their substitution history, a delegation's seats per meeting, quotas.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { delegations, meetingClusters, meetings, parties, users } from '../../db/schema.js';
import type { NominationView } from './schemas.js';
import { delegateNominationMeetings, delegateNominations, delegateQuotaOverrides, delegateQuotas } from './schema.js';
import { quotaFor, quotaLevelOf, quotaLevels, seatUse, type QuotaLevel, type Seats } from './seats.js';
import type { NominationStatus } from './status.js';

const HOLDING: NominationStatus[] = ['pending', 'approved'];

export async function quotaLevelsSet(db: DbOrTx): Promise<Partial<Record<QuotaLevel, number>>> {
  const rows = await db.select().from(delegateQuotas);
  return Object.fromEntries(rows.map((r) => [r.level, r.members]));
}

/** A delegation's seats at each of these meetings: its quota there and the nominations holding a seat. */
export async function seatsAt(db: DbOrTx, partyId: number, meetingIds: readonly number[]): Promise<Seats[]> {
  if (meetingIds.length === 0) return [];
  const ids = [...meetingIds];
  // One after the other: this runs inside the nominating transaction.
  const levels = await quotaLevelsSet(db);
  const rows = await db.select({ id: meetings.id, level: meetings.level }).from(meetings).where(inArray(meetings.id, ids));
  const overrides = await db
    .select({ meetingId: delegateQuotaOverrides.meetingId, members: delegateQuotaOverrides.members })
    .from(delegateQuotaOverrides)
    .where(and(eq(delegateQuotaOverrides.partyId, partyId), inArray(delegateQuotaOverrides.meetingId, ids)));
  const held = await db
    .select({ meetingId: delegateNominationMeetings.meetingId, nominationId: delegateNominations.id, role: delegateNominations.role })
    .from(delegateNominationMeetings)
    .innerJoin(delegateNominations, eq(delegateNominations.id, delegateNominationMeetings.nominationId))
    .where(and(eq(delegateNominations.partyId, partyId), inArray(delegateNominations.status, HOLDING), inArray(delegateNominationMeetings.meetingId, ids)))
    .orderBy(asc(delegateNominations.id));
  const override = new Map(overrides.map((o) => [o.meetingId, o.members]));
  return rows.map((m) => ({
    meetingId: m.id,
    quota: quotaFor(levels, m.level, override.get(m.id) ?? null),
    held: held.filter((h) => h.meetingId === m.id).map((h) => ({ nominationId: h.nominationId, role: h.role })),
  }));
}

const nominator = alias(users, 'nominator');

export interface NominationFilter {
  id?: number;
  partyId?: number;
  meetingId?: number;
  status?: NominationStatus;
}

export async function listNominations(db: DbOrTx, filter: NominationFilter): Promise<NominationView[]> {
  const where: SQL[] = [];
  if (filter.id !== undefined) where.push(eq(delegateNominations.id, filter.id));
  if (filter.partyId !== undefined) where.push(eq(delegateNominations.partyId, filter.partyId));
  if (filter.status !== undefined) where.push(eq(delegateNominations.status, filter.status));
  if (filter.meetingId !== undefined) {
    where.push(
      inArray(
        delegateNominations.id,
        db
          .select({ id: delegateNominationMeetings.nominationId })
          .from(delegateNominationMeetings)
          .where(eq(delegateNominationMeetings.meetingId, filter.meetingId)),
      ),
    );
  }
  const rows = await db
    .select({
      id: delegateNominations.id,
      partyId: delegateNominations.partyId,
      partyCode: parties.code,
      partyNameEn: parties.nameEn,
      partyNameVi: parties.nameVi,
      meetingId: delegateNominations.meetingId,
      clusterId: delegateNominations.clusterId,
      scopeTitleEn: sql<string>`coalesce(${meetings.titleEn}, ${meetingClusters.titleEn})`,
      scopeTitleVi: sql<string>`coalesce(${meetings.titleVi}, ${meetingClusters.titleVi})`,
      fullName: delegateNominations.fullName,
      position: delegateNominations.position,
      role: delegateNominations.role,
      email: delegateNominations.email,
      hasPhoto: sql<boolean>`${delegateNominations.photo} is not null`,
      status: delegateNominations.status,
      reason: delegateNominations.reason,
      nominatedAt: delegateNominations.nominatedAt,
      nominatedByName: nominator.displayName,
      decidedAt: delegateNominations.decidedAt,
      replacesId: delegateNominations.replacesId,
      substitutionReason: delegateNominations.substitutionReason,
    })
    .from(delegateNominations)
    .innerJoin(parties, eq(parties.id, delegateNominations.partyId))
    .leftJoin(meetings, eq(meetings.id, delegateNominations.meetingId))
    .leftJoin(meetingClusters, eq(meetingClusters.id, delegateNominations.clusterId))
    .leftJoin(nominator, eq(nominator.id, delegateNominations.nominatedBy))
    .where(and(...where))
    .orderBy(asc(parties.nameEn), asc(delegateNominations.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const replacedIds = rows.map((r) => r.replacesId).filter((r): r is number => r !== null);
  // One after another: a transaction's connection runs one query at a time.
  const covered = await db
    .select({
      nominationId: delegateNominationMeetings.nominationId,
      id: meetings.id,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
    })
    .from(delegateNominationMeetings)
    .innerJoin(meetings, eq(meetings.id, delegateNominationMeetings.meetingId))
    .where(inArray(delegateNominationMeetings.nominationId, ids))
    .orderBy(asc(meetings.startsAt));
  const replaced =
    replacedIds.length === 0
      ? []
      : await db
          .select({ id: delegateNominations.id, fullName: delegateNominations.fullName, position: delegateNominations.position })
          .from(delegateNominations)
          .where(inArray(delegateNominations.id, replacedIds));
  const successors = await db
    .select({
      replacesId: delegateNominations.replacesId,
      id: delegateNominations.id,
      fullName: delegateNominations.fullName,
      position: delegateNominations.position,
      at: delegateNominations.nominatedAt,
      reason: delegateNominations.substitutionReason,
      byName: nominator.displayName,
    })
    .from(delegateNominations)
    .leftJoin(nominator, eq(nominator.id, delegateNominations.nominatedBy))
    .where(and(isNotNull(delegateNominations.replacesId), inArray(delegateNominations.replacesId, ids)));
  return rows.map(({ replacesId, ...r }) => {
    const successor = successors.find((s) => s.replacesId === r.id);
    return {
      ...r,
      role: r.role,
      status: r.status,
      meetings: covered.filter((c) => c.nominationId === r.id).map(({ nominationId: _n, ...m }) => m),
      replaces: replaced.find((p) => p.id === replacesId) ?? null,
      replacedBy: successor
        ? { id: successor.id, fullName: successor.fullName, position: successor.position, at: successor.at, reason: successor.reason, byName: successor.byName }
        : null,
    };
  });
}

export async function getNomination(db: DbOrTx, id: number): Promise<NominationView | null> {
  return (await listNominations(db, { id }))[0] ?? null;
}

export async function nominationPhoto(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ photo: delegateNominations.photo, photoType: delegateNominations.photoType })
    .from(delegateNominations)
    .where(eq(delegateNominations.id, id));
  return row?.photo && row.photoType ? { photo: row.photo, photoType: row.photoType } : null;
}

/** The meetings a party sends a delegation to, in order, with their clusters. */
export async function meetingsOf(db: DbOrTx, partyId: number) {
  return db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      level: meetings.level,
      startsAt: meetings.startsAt,
      hostTimeZone: meetings.hostTimeZone,
      clusterId: meetings.clusterId,
    })
    .from(delegations)
    .innerJoin(meetings, eq(meetings.id, delegations.meetingId))
    .where(eq(delegations.partyId, partyId))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** What a liaison's page shows: the delegation's meetings with seats used and left, its clusters, its nominations. */
export async function delegationOverview(db: DbOrTx, partyId: number) {
  const [party] = await db
    .select({ id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi })
    .from(parties)
    .where(eq(parties.id, partyId));
  if (!party) return null;
  const attended = await meetingsOf(db, partyId);
  const seats = await seatsAt(
    db,
    partyId,
    attended.map((m) => m.id),
  );
  const overrides = await db
    .select({ meetingId: delegateQuotaOverrides.meetingId })
    .from(delegateQuotaOverrides)
    .where(eq(delegateQuotaOverrides.partyId, partyId));
  const nominations = await listNominations(db, { partyId });
  const clusterIds = [...new Set(attended.map((m) => m.clusterId).filter((c): c is number => c !== null))];
  const clusters =
    clusterIds.length === 0
      ? []
      : await db
          .select({ id: meetingClusters.id, titleEn: meetingClusters.titleEn, titleVi: meetingClusters.titleVi })
          .from(meetingClusters)
          .where(inArray(meetingClusters.id, clusterIds))
          .orderBy(asc(meetingClusters.startsOn));
  const names = new Map(nominations.map((n) => [n.id, n.fullName]));
  return {
    party,
    meetings: attended.map((m) => {
      const use = seatUse(seats.find((s) => s.meetingId === m.id)!);
      const level = m.level;
      return {
        ...m,
        level,
        quotaLevel: quotaLevelOf(level),
        quota: use.quota,
        quotaOverridden: overrides.some((o) => o.meetingId === m.id),
        members: use.members,
        left: use.left,
        head: use.headId === null ? null : { id: use.headId, fullName: names.get(use.headId) ?? '' },
      };
    }),
    clusters: clusters.map((c) => ({ ...c, meetingIds: attended.filter((m) => m.clusterId === c.id).map((m) => m.id) })),
    nominations,
  };
}

export async function listQuotas(db: DbOrTx) {
  const levels = await quotaLevelsSet(db);
  const overrides = await db
    .select({
      partyId: delegateQuotaOverrides.partyId,
      partyCode: parties.code,
      partyNameEn: parties.nameEn,
      partyNameVi: parties.nameVi,
      meetingId: delegateQuotaOverrides.meetingId,
      meetingTitleEn: meetings.titleEn,
      meetingTitleVi: meetings.titleVi,
      members: delegateQuotaOverrides.members,
    })
    .from(delegateQuotaOverrides)
    .innerJoin(parties, eq(parties.id, delegateQuotaOverrides.partyId))
    .innerJoin(meetings, eq(meetings.id, delegateQuotaOverrides.meetingId))
    .orderBy(asc(meetings.startsAt), asc(parties.nameEn));
  return { levels: quotaLevels.map((level) => ({ level, members: levels[level] ?? null })), overrides };
}
