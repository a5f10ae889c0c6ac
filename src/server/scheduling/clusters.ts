/**
 * Making and editing a cluster of meetings: its titles, host zone and window,
 * its meetings (existing ones attached, planned ones made inside it), their
 * participants. One transaction per write, with a change-log event for the
 * cluster and for every meeting and delegation it touches; the result is
 * checked as the optimizer will see it (fixed and held meetings inside the
 * window, the rules still valid), and refused whole, each problem under the
 * field that caused it.
 */
import { and, eq, inArray, like, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { checkReferences, eachRef, type Reference } from '../db/references.js';
import { delegations, meetingClusters, meetings, meetingSeries, parties, people } from '../db/schema.js';
import type { HeadLevel, MeetingLevel } from '../domain/vocabulary.js';
import { AppError, notFound, type ErrorDetail } from '../http/errors.js';
import { meetingSearchText } from '../meetings/search-text.js';
import { defaultStart, sideOutside, slugOf, windowProblems } from './cluster-checks.js';
import type { ClusterCreate, ClusterNewMeeting, ClusterPatch } from './cluster-schemas.js';
import { loadCluster } from './queries.js';
import { validateRules } from './rules.js';
import { scheduleClusterRules, type StoredClusterRules } from './schema.js';
import { validateInstance, windowBounds } from './validate.js';

export interface ClusterWriteOutcome {
  clusterId: number;
  createdMeetingIds: number[];
}

const refuse = (problems: ErrorDetail[]): never => {
  throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
};

const headLevelFor: Record<MeetingLevel, HeadLevel> = {
  leaders: 'head_of_state_or_government',
  ministerial: 'minister',
  senior_officials: 'senior_official',
  working: 'official',
  national: 'official',
};

const newMeetingRefs = (list: readonly ClusterNewMeeting[]): Reference[] =>
  list.flatMap((m, i) => [
    [`newMeetings.${i}.seriesId`, meetingSeries, m.seriesId, 'series'] as const,
    [`newMeetings.${i}.chairPersonId`, people, m.chairPersonId, 'person'] as const,
    [`newMeetings.${i}.chairPartyId`, parties, m.chairPartyId, 'party'] as const,
    ...eachRef(`newMeetings.${i}.participants`, parties, m.participants, 'party'),
  ]);

/** Attaching: a meeting already in another cluster is refused (409), naming it. */
async function attach(tx: DbOrTx, actor: Actor, clusterId: number, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  const rows = await tx
    .select({ id: meetings.id, titleEn: meetings.titleEn, clusterId: meetings.clusterId })
    .from(meetings)
    .where(inArray(meetings.id, [...ids]));
  const taken = ids.map((id, i) => ({ i, row: rows.find((r) => r.id === id)! })).filter(({ row }) => row.clusterId !== null && row.clusterId !== clusterId);
  if (taken.length) {
    throw new AppError(
      'conflict',
      'A meeting is already in another cluster',
      taken.map(({ i, row }) => ({ path: `meetingIds.${i}`, message: `${row.titleEn} is in cluster ${row.clusterId}` })),
    );
  }
  for (const row of rows.filter((r) => r.clusterId !== clusterId)) {
    await tx.update(meetings).set({ clusterId, updatedAt: new Date() }).where(eq(meetings.id, row.id));
    await recordChange(tx, actor, {
      entityType: 'meeting',
      entityId: row.id,
      action: 'update',
      changes: { clusterId: { from: row.clusterId, to: clusterId } },
    });
  }
}

/** Adds a delegation per party not yet at the meeting, removes those of parties left out. */
async function setParticipants(tx: DbOrTx, actor: Actor, meetingId: number, level: MeetingLevel, partyIds: readonly number[]): Promise<void> {
  const wanted = [...new Set(partyIds)];
  const present = await tx.select({ id: delegations.id, partyId: delegations.partyId }).from(delegations).where(eq(delegations.meetingId, meetingId));
  for (const gone of present.filter((d) => !wanted.includes(d.partyId))) {
    await tx.delete(delegations).where(eq(delegations.id, gone.id));
    await recordChange(tx, actor, { entityType: 'delegation', entityId: gone.id, action: 'delete', changes: { meetingId, partyId: gone.partyId } });
  }
  const toAdd = wanted.filter((p) => !present.some((d) => d.partyId === p));
  if (!toAdd.length) return;
  const zones = await tx.select({ id: parties.id, timeZone: parties.timeZone }).from(parties).where(inArray(parties.id, toAdd));
  for (const partyId of toAdd) {
    const values = { meetingId, partyId, headLevel: headLevelFor[level], timeZone: zones.find((z) => z.id === partyId)!.timeZone };
    const [row] = await tx.insert(delegations).values(values).returning({ id: delegations.id });
    await recordChange(tx, actor, { entityType: 'delegation', entityId: row!.id, action: 'create', changes: values });
  }
}

async function createMeetings(tx: DbOrTx, actor: Actor, cluster: typeof meetingClusters.$inferSelect, list: readonly ClusterNewMeeting[]): Promise<number[]> {
  if (!list.length) return [];
  const bounds = windowBounds({ hostTimeZone: cluster.hostTimeZone, window: { from: cluster.startsOn, to: cluster.endsOn } });
  const [sibling] = await tx.select({ en: meetings.hostCityEn, vi: meetings.hostCityVi }).from(meetings).where(eq(meetings.clusterId, cluster.id)).limit(1);
  const problems: ErrorDetail[] = [];
  list.forEach((m, i) => {
    const start = m.startsAt?.getTime() ?? defaultStart(cluster.startsOn, cluster.hostTimeZone);
    if (m.durationMinutes * 60_000 > bounds.endMs - bounds.startMs)
      problems.push({ path: `newMeetings.${i}.durationMinutes`, message: `${m.titleEn} (${m.durationMinutes} min) is longer than the window` });
    else if (sideOutside(start, start + m.durationMinutes * 60_000, bounds))
      problems.push({ path: `newMeetings.${i}.startsAt`, message: `${m.titleEn} would lie outside the window ${cluster.startsOn} – ${cluster.endsOn}` });
    if (!sibling && (!m.hostCityEn || !m.hostCityVi))
      problems.push({
        path: `newMeetings.${i}.${m.hostCityEn ? 'hostCityVi' : 'hostCityEn'}`,
        message: 'The host city is needed for the first meeting of a cluster',
      });
  });
  if (problems.length) refuse(problems);
  const ids: number[] = [];
  for (const m of list) {
    const [series] = await tx.select().from(meetingSeries).where(eq(meetingSeries.id, m.seriesId));
    const startsAt = m.startsAt ?? new Date(defaultStart(cluster.startsOn, cluster.hostTimeZone));
    const level = m.level ?? (series!.level as MeetingLevel);
    const values = {
      seriesId: m.seriesId,
      edition: null,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      level,
      format: m.format,
      status: 'planned' as const,
      hostCityEn: m.hostCityEn ?? sibling!.en,
      hostCityVi: m.hostCityVi ?? sibling!.vi,
      hostTimeZone: cluster.hostTimeZone,
      startsAt,
      endsAt: new Date(startsAt.getTime() + m.durationMinutes * 60_000),
      clusterId: cluster.id,
      chairPartyId: m.chairPartyId ?? null,
      chairPersonId: m.chairPersonId ?? null,
      isPublic: m.isPublic,
    };
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, searchText: meetingSearchText(values, series!) })
      .returning({ id: meetings.id });
    await recordChange(tx, actor, { entityType: 'meeting', entityId: row!.id, action: 'create', changes: { ...values, via: 'schedule.cluster' } });
    await setParticipants(tx, actor, row!.id, level, m.participants);
    ids.push(row!.id);
  }
  return ids;
}

async function uniqueSlug(tx: DbOrTx, title: string, startsOn: string): Promise<string> {
  const base = `${slugOf(title)}-${startsOn}`;
  const taken = new Set(
    (
      await tx
        .select({ slug: meetingClusters.slug })
        .from(meetingClusters)
        .where(like(meetingClusters.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The cluster as the optimizer will see it: refused whole when a fixed or held meeting leaves the window, or the rules stop holding. */
async function checkResult(tx: DbOrTx, clusterId: number, attached: readonly number[], created: readonly number[]): Promise<void> {
  const loaded = (await loadCluster(tx, clusterId))!;
  if (!loaded.meetings.some((m) => m.scheduled)) refuse([{ path: 'meetingIds', message: 'A cluster needs at least one meeting that is not cancelled' }]);
  const pathOf = (id: number, fallback: string) => {
    if (attached.includes(id)) return `meetingIds.${attached.indexOf(id)}`;
    if (created.includes(id)) return `newMeetings.${created.indexOf(id)}`;
    return fallback;
  };
  const bounds = windowBounds(loaded.instance);
  const problems: ErrorDetail[] = [];
  for (const m of loaded.meetings) {
    if (m.fixedBy === null || m.fixedBy === 'cancelled') continue;
    const side = sideOutside(m.startsAt.getTime(), m.endsAt.getTime(), bounds);
    if (!side) continue;
    const why = m.fixedBy === 'rule' ? 'fixed by the rules' : m.fixedBy === 'held' ? 'held' : 'in progress';
    const at = DateTime.fromJSDate(m.startsAt, { zone: loaded.cluster.hostTimeZone }).toFormat('yyyy-MM-dd HH:mm');
    problems.push({
      path: pathOf(m.id, side === 'before' ? 'startsOn' : 'endsOn'),
      message: `${m.titleEn} is ${why} at ${at}, outside the window ${loaded.instance.window.from} – ${loaded.instance.window.to}`,
    });
  }
  if (problems.length) refuse(problems);
  const ruleProblems = validateRules(loaded.rules, loaded.context);
  if (ruleProblems.length) refuse(ruleProblems.map((p) => ({ path: `rules.${p.path}`, message: p.message })));
  const left = validateInstance(loaded.instance).map((p) => {
    const match = /^meetings\.(\d+)\./.exec(p.path);
    const id = match ? Number(loaded.instance.meetings[Number(match[1])]!.id) : null;
    return { path: id !== null ? pathOf(id, `meetings.${id}`) : p.path, message: p.message };
  });
  if (left.length) refuse(left);
}

export async function createCluster(db: Db, actor: Actor, input: ClusterCreate): Promise<ClusterWriteOutcome> {
  const today = DateTime.now().setZone(input.hostTimeZone).toISODate()!;
  const window = windowProblems(input, today);
  if (window.length) refuse(window);
  if (!input.meetingIds.length && !input.newMeetings.length)
    refuse([{ path: 'meetingIds', message: 'Attach a meeting or make a new one: a cluster is a cluster of meetings' }]);
  return db.transaction(async (tx) => {
    await checkReferences(tx, [...eachRef('meetingIds', meetings, input.meetingIds, 'meeting'), ...newMeetingRefs(input.newMeetings)]);
    const fields = { titleEn: input.titleEn, titleVi: input.titleVi, hostTimeZone: input.hostTimeZone, startsOn: input.startsOn, endsOn: input.endsOn };
    const [cluster] = await tx
      .insert(meetingClusters)
      .values({ ...fields, slug: await uniqueSlug(tx, input.titleEn, input.startsOn) })
      .returning();
    await recordChange(tx, actor, {
      entityType: 'meeting_cluster',
      entityId: cluster!.id,
      action: 'create',
      changes: { ...fields, meetingIds: input.meetingIds },
    });
    await attach(tx, actor, cluster!.id, input.meetingIds);
    const created = await createMeetings(tx, actor, cluster!, input.newMeetings);
    await checkResult(tx, cluster!.id, input.meetingIds, created);
    return { clusterId: cluster!.id, createdMeetingIds: created };
  });
}

/** The rules without the meetings taken out of the cluster. */
function rulesWithout(rules: StoredClusterRules, gone: ReadonlySet<number>): StoredClusterRules {
  const { allowedRanges, ...rest } = rules;
  const ranges = (allowedRanges ?? []).filter((r) => !gone.has(r.meetingId));
  return {
    ...rest,
    fixedMeetingIds: rules.fixedMeetingIds.filter((id) => !gone.has(id)),
    precedences: rules.precedences.filter((p) => !gone.has(p.beforeMeetingId) && !gone.has(p.afterMeetingId)),
    ...(ranges.length ? { allowedRanges: ranges } : {}),
  };
}

export async function updateCluster(db: Db, actor: Actor, clusterId: number, patch: ClusterPatch): Promise<ClusterWriteOutcome> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(meetingClusters).where(eq(meetingClusters.id, clusterId)).for('update');
    if (!before) throw notFound('Cluster');
    const fields = {
      titleEn: patch.titleEn ?? before.titleEn,
      titleVi: patch.titleVi ?? before.titleVi,
      hostTimeZone: patch.hostTimeZone ?? before.hostTimeZone,
      startsOn: patch.startsOn ?? before.startsOn,
      endsOn: patch.endsOn ?? before.endsOn,
    };
    const window = windowProblems(fields, null);
    if (window.length) refuse(window);
    await checkReferences(tx, [
      ...eachRef('meetingIds', meetings, patch.meetingIds, 'meeting'),
      ...eachRef('detachMeetingIds', meetings, patch.detachMeetingIds, 'meeting'),
      ...newMeetingRefs(patch.newMeetings),
      ...patch.participants.flatMap((p, i) => [
        [`participants.${i}.meetingId`, meetings, p.meetingId, 'meeting'] as const,
        ...eachRef(`participants.${i}.partyIds`, parties, p.partyIds, 'party'),
      ]),
    ]);
    const current = await tx
      .select({ id: meetings.id, titleEn: meetings.titleEn, status: meetings.status, level: meetings.level })
      .from(meetings)
      .where(eq(meetings.clusterId, clusterId));
    const notHere = patch.detachMeetingIds.map((id, i) => ({ id, i })).filter(({ id }) => !current.some((m) => m.id === id));
    if (notHere.length) refuse(notHere.map(({ id, i }) => ({ path: `detachMeetingIds.${i}`, message: `Meeting ${id} is not in this cluster` })));

    const changed = Object.fromEntries(
      Object.entries(fields)
        .filter(([k, v]) => before[k as keyof typeof fields] !== v)
        .map(([k, v]) => [k, { from: before[k as keyof typeof fields], to: v }]),
    );
    if (Object.keys(changed).length) {
      await tx.update(meetingClusters).set(fields).where(eq(meetingClusters.id, clusterId));
    }
    await recordChange(tx, actor, {
      entityType: 'meeting_cluster',
      entityId: clusterId,
      action: 'update',
      changes: {
        ...changed,
        ...(patch.meetingIds.length ? { attached: patch.meetingIds } : {}),
        ...(patch.detachMeetingIds.length ? { detached: patch.detachMeetingIds } : {}),
      },
    });

    if (patch.detachMeetingIds.length) {
      const gone = new Set(patch.detachMeetingIds);
      for (const id of gone) {
        await tx
          .update(meetings)
          .set({ clusterId: null, updatedAt: new Date() })
          .where(and(eq(meetings.id, id), eq(meetings.clusterId, clusterId)));
        await recordChange(tx, actor, { entityType: 'meeting', entityId: id, action: 'update', changes: { clusterId: { from: clusterId, to: null } } });
      }
      const [stored] = await tx.select().from(scheduleClusterRules).where(eq(scheduleClusterRules.clusterId, clusterId));
      if (stored) {
        const rules = rulesWithout(stored.rules, gone);
        await tx.update(scheduleClusterRules).set({ rules }).where(eq(scheduleClusterRules.clusterId, clusterId));
        await recordChange(tx, actor, {
          entityType: 'schedule_cluster_rules',
          entityId: clusterId,
          action: 'update',
          changes: { rules: { from: stored.rules, to: rules } },
        });
      }
    }
    await attach(tx, actor, clusterId, patch.meetingIds);
    const [cluster] = await tx.select().from(meetingClusters).where(eq(meetingClusters.id, clusterId));
    const created = await createMeetings(tx, actor, cluster!, patch.newMeetings);

    if (patch.participants.length) {
      const inCluster = await tx
        .select({ id: meetings.id, titleEn: meetings.titleEn, status: meetings.status, level: meetings.level })
        .from(meetings)
        .where(and(eq(meetings.clusterId, clusterId), ne(meetings.status, 'cancelled')));
      const problems: ErrorDetail[] = [];
      patch.participants.forEach((p, i) => {
        const m = inCluster.find((x) => x.id === p.meetingId);
        if (!m)
          problems.push({ path: `participants.${i}.meetingId`, message: `Meeting ${p.meetingId} is not a meeting of this cluster still to be scheduled` });
        else if (m.status === 'held' || m.status === 'in_progress')
          problems.push({ path: `participants.${i}.meetingId`, message: `${m.titleEn} is ${m.status.replace('_', ' ')}: who attended is history` });
      });
      if (problems.length) refuse(problems);
      for (const p of patch.participants)
        await setParticipants(tx, actor, p.meetingId, inCluster.find((m) => m.id === p.meetingId)!.level as MeetingLevel, p.partyIds);
    }
    await checkResult(tx, clusterId, patch.meetingIds, created);
    return { clusterId, createdMeetingIds: created };
  });
}
