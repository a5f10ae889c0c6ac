/**
 * Reads a stored cluster into a scheduling instance (meeting ids as keys,
 * party codes as delegation ids), and reads the fairness ledger.
 */
import { and, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { delegations, meetingClusters, meetings, parties } from '../db/schema.js';
import type { MeetingStatus } from '../domain/vocabulary.js';
import { addTallies, bandTallies, emptyTallies, type BandTallies } from './ledger-bands.js';
import { fixedBy, isHistory, scheduled, type FixedBy } from './history.js';
import type { SchedulingInstance } from './model.js';
import { emptyRules, instanceWithRules, type ApplyOptions, type RulesContext } from './rules.js';
import { scheduleClusterRules, scheduleLedger, type StoredClusterRules } from './schema.js';

export interface ClusterMeetingInfo {
  id: number;
  titleEn: string;
  titleVi: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  status: MeetingStatus;
  fixed: boolean;
  /** Why it cannot move: its status (held, in progress, cancelled) or the cluster's rules. */
  fixedBy: FixedBy;
  /** False for a cancelled meeting: it takes no time, the solvers do not see it. */
  scheduled: boolean;
  /** The chair, as the principal key of the instance ('person:<id>'), or null. */
  chair: string | null;
  participants: string[];
}

export interface ClusterParty {
  id: number;
  code: string;
  nameEn: string;
  nameVi: string;
  /** The zone it joins the cluster from (the rules may override its delegation's). */
  timeZone: string;
  /** The zone of its delegation row in the cluster. */
  delegationTimeZone: string;
  /** One of the party's delegation rows in the cluster (for its feed). */
  delegationId: number;
}

export interface LoadedCluster {
  cluster: typeof meetingClusters.$inferSelect;
  meetings: ClusterMeetingInfo[];
  parties: ClusterParty[];
  rules: StoredClusterRules;
  /** What the rules are checked against. */
  context: RulesContext;
  instance: SchedulingInstance;
}

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

export interface LoadOptions extends Omit<ApplyOptions, 'carriedBurden'> {
  useLedger?: boolean;
  /** Check these rules instead of the stored ones (the rules editor, before saving). */
  rules?: StoredClusterRules;
}

export async function loadCluster(db: DbOrTx, clusterId: number, options: LoadOptions = {}): Promise<LoadedCluster | null> {
  const [cluster] = await db.select().from(meetingClusters).where(eq(meetingClusters.id, clusterId));
  if (!cluster) return null;
  const [stored] = await db.select().from(scheduleClusterRules).where(eq(scheduleClusterRules.clusterId, clusterId));
  const rules = options.rules ?? stored?.rules ?? emptyRules();
  const meetingRows = await db
    .select({
      id: meetings.id,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      status: meetings.status,
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
        .orderBy(asc(parties.code), asc(delegations.id))
    : [];
  const codes = [...new Set(delegationRows.map((d) => d.code))];
  const partyRows = codes.length
    ? await db
        .select({ id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi })
        .from(parties)
        .where(inArray(parties.code, codes))
        .orderBy(asc(parties.code))
    : [];
  const fixed = new Set(rules.fixedMeetingIds);
  const byMeeting = (id: number) => delegationRows.filter((d) => d.meetingId === id);
  const chairOf = (m: (typeof meetingRows)[number]) => (m.chairPersonId === null ? null : `person:${m.chairPersonId}`);
  const instance = instanceWithRules(
    {
      hostTimeZone: cluster.hostTimeZone,
      startsOn: cluster.startsOn,
      endsOn: cluster.endsOn,
      meetings: meetingRows
        .filter((m) => scheduled(m.status))
        .map((m) => ({
          key: String(m.id),
          startsAt: m.startsAt.getTime(),
          endsAt: m.endsAt.getTime(),
          chair: chairOf(m),
          ...(isHistory(m.status) ? { held: true } : {}),
          delegations: byMeeting(m.id).map((d) => ({ party: d.code, timeZone: d.timeZone })),
        })),
      precedences: [],
    },
    rules,
    {
      ...(options.defaultComfort ? { defaultComfort: true } : {}),
      ...(options.pins ? { pins: options.pins } : {}),
      ...(options.useLedger ? { carriedBurden: await carriedBurden(db, cluster) } : {}),
    },
  );
  const zoneOf = new Map(instance.delegations.map((d) => [d.id, d.timeZone]));
  const clusterMeetings = meetingRows.map((m) => ({
    id: m.id,
    titleEn: m.titleEn,
    titleVi: m.titleVi,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    durationMinutes: Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60_000),
    status: m.status,
    fixed: fixedBy(m.status, fixed.has(m.id)) !== null,
    fixedBy: fixedBy(m.status, fixed.has(m.id)),
    scheduled: scheduled(m.status),
    chair: chairOf(m),
    participants: byMeeting(m.id).map((d) => d.code),
  }));
  return {
    cluster,
    meetings: clusterMeetings,
    parties: partyRows.map((p) => {
      const first = delegationRows.find((d) => d.code === p.code)!;
      return { ...p, timeZone: zoneOf.get(p.code) ?? first.timeZone, delegationTimeZone: first.timeZone, delegationId: first.id };
    }),
    rules,
    context: {
      hostTimeZone: cluster.hostTimeZone,
      startsOn: cluster.startsOn,
      endsOn: cluster.endsOn,
      meetings: clusterMeetings.map((m) => ({ id: m.id, title: m.titleEn, startsAt: m.startsAt.getTime(), endsAt: m.endsAt.getTime(), chair: m.chair })),
      parties: codes,
    },
    instance,
  };
}

export interface LedgerRow {
  partyCode: string;
  nameEn: string;
  nameVi: string;
  total: number;
  /** Night, early and late sessions and minutes over the year's accepted clusters, in the delegation's own time. */
  bands: BandTallies;
  clusters: { clusterId: number; titleEn: string; titleVi: string; burden: number; bands: BandTallies }[];
}

/**
 * Each accepted cluster's tallies per party code, from its meetings' current
 * times (an accepted cluster's meetings stay at the accepted times; a move
 * keeps its ledger in step).
 */
async function clusterTallies(db: DbOrTx, clusterIds: number[]): Promise<Map<number, Record<string, BandTallies>>> {
  const out = new Map<number, Record<string, BandTallies>>();
  for (const id of clusterIds) {
    const loaded = await loadCluster(db, id);
    if (!loaded) continue;
    const starts = Object.fromEntries(loaded.meetings.filter((m) => m.scheduled).map((m) => [String(m.id), m.startsAt.getTime()]));
    out.set(id, bandTallies(loaded.instance, starts));
  }
  return out;
}

/** The ledger of a year; `partyIds` limits it to those parties' rows (null: every party). */
export async function readLedger(db: DbOrTx, year: number, partyIds: number[] | null = null): Promise<LedgerRow[]> {
  if (partyIds !== null && partyIds.length === 0) return [];
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
    .where(and(eq(scheduleLedger.year, year), partyIds === null ? undefined : inArray(scheduleLedger.partyId, partyIds)))
    .orderBy(asc(meetingClusters.startsOn), asc(parties.code));
  const tallies = await clusterTallies(db, [...new Set(rows.map((r) => r.clusterId))]);
  const byParty = new Map<string, LedgerRow>();
  for (const r of rows) {
    const row = byParty.get(r.code) ?? { partyCode: r.code, nameEn: r.nameEn, nameVi: r.nameVi, total: 0, bands: emptyTallies(), clusters: [] };
    const bands = addTallies(emptyTallies(), tallies.get(r.clusterId)?.[r.code] ?? emptyTallies());
    row.total += r.burden;
    addTallies(row.bands, bands);
    row.clusters.push({ clusterId: r.clusterId, titleEn: r.titleEn, titleVi: r.titleVi, burden: r.burden, bands });
    byParty.set(r.code, row);
  }
  return [...byParty.values()].sort((a, b) => b.total - a.total || a.partyCode.localeCompare(b.partyCode));
}
