/**
 * Reads a stored cluster into a scheduling instance (meeting ids as keys,
 * party codes as delegation ids), and reads the fairness ledger.
 */
import { and, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { delegations, meetingClusters, meetings, parties } from '../db/schema.js';
import { instanceFromCluster } from './cluster-instance.js';
import type { SchedulingInstance } from './model.js';
import { scheduleClusterRules, scheduleLedger, type StoredClusterRules } from './schema.js';

export interface ClusterMeetingInfo {
  id: number;
  titleEn: string;
  titleVi: string;
  startsAt: Date;
  endsAt: Date;
  fixed: boolean;
  participants: string[];
}

export interface LoadedCluster {
  cluster: typeof meetingClusters.$inferSelect;
  meetings: ClusterMeetingInfo[];
  /** With one of the party's delegation rows in the cluster (for its feed). */
  parties: { id: number; code: string; nameEn: string; nameVi: string; timeZone: string; delegationId: number }[];
  rules: StoredClusterRules;
  instance: SchedulingInstance;
}

export const emptyRules = (): StoredClusterRules => ({ fixedMeetingIds: [], precedences: [], nightAllowedParties: [] });

/** Carried burden per party code: ledger rows of clusters of the same year that start earlier. */
export async function carriedBurden(db: DbOrTx, cluster: typeof meetingClusters.$inferSelect): Promise<Record<string, number>> {
  const year = Number(cluster.startsOn.slice(0, 4));
  const rows = await db
    .select({ code: parties.code, burden: sql<number>`sum(${scheduleLedger.burden})::int` })
    .from(scheduleLedger)
    .innerJoin(parties, eq(parties.id, scheduleLedger.partyId))
    .innerJoin(meetingClusters, eq(meetingClusters.id, scheduleLedger.clusterId))
    .where(and(eq(scheduleLedger.year, year), ne(scheduleLedger.clusterId, cluster.id), lt(meetingClusters.startsOn, cluster.startsOn)))
    .groupBy(parties.code);
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.burden)]));
}

export async function loadCluster(db: DbOrTx, clusterId: number, options: { useLedger?: boolean } = {}): Promise<LoadedCluster | null> {
  const [cluster] = await db.select().from(meetingClusters).where(eq(meetingClusters.id, clusterId));
  if (!cluster) return null;
  const [stored] = await db.select().from(scheduleClusterRules).where(eq(scheduleClusterRules.clusterId, clusterId));
  const rules = stored?.rules ?? emptyRules();
  const meetingRows = await db
    .select({
      id: meetings.id,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      chairPersonId: meetings.chairPersonId,
    })
    .from(meetings)
    .where(eq(meetings.clusterId, clusterId))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const ids = meetingRows.map((m) => m.id);
  const delegationRows = ids.length
    ? await db
        .select({ id: delegations.id, meetingId: delegations.meetingId, code: parties.code, timeZone: delegations.timeZone })
        .from(delegations)
        .innerJoin(parties, eq(parties.id, delegations.partyId))
        .where(inArray(delegations.meetingId, ids))
        .orderBy(asc(parties.code))
    : [];
  const codes = [...new Set(delegationRows.map((d) => d.code))];
  const partyRows = codes.length
    ? await db
        .select({ id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi, timeZone: parties.timeZone })
        .from(parties)
        .where(inArray(parties.code, codes))
        .orderBy(asc(parties.code))
    : [];
  const fixed = new Set(rules.fixedMeetingIds);
  const byMeeting = (id: number) => delegationRows.filter((d) => d.meetingId === id);
  const base = instanceFromCluster({
    hostTimeZone: cluster.hostTimeZone,
    startsOn: cluster.startsOn,
    endsOn: cluster.endsOn,
    meetings: meetingRows.map((m) => ({
      key: String(m.id),
      startsAt: m.startsAt.getTime(),
      endsAt: m.endsAt.getTime(),
      chair: m.chairPersonId === null ? null : `person:${m.chairPersonId}`,
      delegations: byMeeting(m.id).map((d) => ({ party: d.code, timeZone: d.timeZone })),
      fixed: fixed.has(m.id),
    })),
    precedences: rules.precedences
      .filter((p) => ids.includes(p.beforeMeetingId) && ids.includes(p.afterMeetingId))
      .map((p) => ({ before: String(p.beforeMeetingId), after: String(p.afterMeetingId), bufferMinutes: p.bufferMinutes })),
    ...(options.useLedger ? { carriedBurden: await carriedBurden(db, cluster) } : {}),
  });
  const night = new Set(rules.nightAllowedParties);
  const instance: SchedulingInstance = {
    ...base,
    delegations: base.delegations.map((d) => (night.has(d.id) ? { ...d, allowNight: true } : d)),
    ...(rules.principalBufferMinutes !== undefined ? { principalBufferMinutes: rules.principalBufferMinutes } : {}),
    ...(rules.principalDailyCapMinutes !== undefined ? { principalDailyCapMinutes: rules.principalDailyCapMinutes } : {}),
  };
  return {
    cluster,
    meetings: meetingRows.map((m) => ({
      id: m.id,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      fixed: fixed.has(m.id),
      participants: byMeeting(m.id).map((d) => d.code),
    })),
    parties: partyRows.map((p) => ({ ...p, delegationId: delegationRows.find((d) => d.code === p.code)!.id })),
    rules,
    instance,
  };
}

export interface LedgerRow {
  partyCode: string;
  nameEn: string;
  nameVi: string;
  total: number;
  clusters: { clusterId: number; titleEn: string; titleVi: string; burden: number }[];
}

export async function readLedger(db: DbOrTx, year: number): Promise<LedgerRow[]> {
  const rows = await db
    .select({
      code: parties.code,
      nameEn: parties.nameEn,
      nameVi: parties.nameVi,
      clusterId: meetingClusters.id,
      titleEn: meetingClusters.titleEn,
      titleVi: meetingClusters.titleVi,
      burden: scheduleLedger.burden,
    })
    .from(scheduleLedger)
    .innerJoin(parties, eq(parties.id, scheduleLedger.partyId))
    .innerJoin(meetingClusters, eq(meetingClusters.id, scheduleLedger.clusterId))
    .where(eq(scheduleLedger.year, year))
    .orderBy(asc(meetingClusters.startsOn), asc(parties.code));
  const byParty = new Map<string, LedgerRow>();
  for (const r of rows) {
    const row = byParty.get(r.code) ?? { partyCode: r.code, nameEn: r.nameEn, nameVi: r.nameVi, total: 0, clusters: [] };
    row.total += r.burden;
    row.clusters.push({ clusterId: r.clusterId, titleEn: r.titleEn, titleVi: r.titleVi, burden: r.burden });
    byParty.set(r.code, row);
  }
  return [...byParty.values()].sort((a, b) => b.total - a.total || a.partyCode.localeCompare(b.partyCode));
}
