/**
 * Writes that move a cluster's meetings: accepting a whole schedule, and
 * moving one meeting to a start picked in the slot finder. One transaction
 * each, with a change-log event per meeting moved; a cluster that has been
 * accepted keeps its ledger rows in step with its times.
 */
import { eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { meetings } from '../db/schema.js';
import { nextRevision } from '../meetings/revision.js';
import { AppError, notFound } from '../http/errors.js';
import { burdenBreakdown } from './breakdown.js';
import { compile, type Compiled } from './compile.js';
import { burdens, violations, type Violation } from './evaluate.js';
import { SLOT_MINUTES, SLOT_MS } from './model.js';
import type { MeetingStatus } from '../domain/vocabulary.js';
import { keptStatuses } from './history.js';
import { loadCluster, type ClusterMeetingInfo, type LoadedCluster } from './queries.js';
import { scheduleLedger } from './schema.js';

export interface AcceptOutcome {
  moved: number;
  burden: Record<string, number>;
}

/** Applies `starts` (meeting id → instant) to the cluster's meetings, keeping each meeting's duration. */
export async function acceptSchedule(db: Db, actor: Actor, clusterId: number, starts: Record<string, Date>): Promise<AcceptOutcome> {
  return db.transaction(async (tx) => {
    const loaded = await loadCluster(tx, clusterId);
    if (!loaded) throw notFound('Cluster');
    const missing = loaded.meetings.filter((m) => m.scheduled && !starts[String(m.id)]);
    const unknown = Object.keys(starts).filter((id) => !loaded.meetings.some((m) => String(m.id) === id));
    const problems = [
      ...missing.map((m) => ({ path: `starts.${m.id}`, message: `no start for meeting ${m.id}` })),
      ...unknown.map((id) => ({ path: `starts.${id}`, message: `meeting ${id} is not in this cluster` })),
    ];
    if (problems.length) throw new AppError('validation_failed', 'The schedule does not match the cluster', problems);
    const rewritten = loaded.meetings.filter((m) => isKept(m.status) && starts[String(m.id)] && starts[String(m.id)]!.getTime() !== m.startsAt.getTime());
    if (rewritten.length) {
      throw new AppError(
        'conflict',
        'The schedule moves a meeting that is held, under way or cancelled',
        rewritten.map((m) => ({ path: `starts.${m.id}`, message: keptMessage(m) })),
      );
    }

    const c = compile(loaded.instance);
    const schedule = c.meetings.map((m) => (starts[m.id]!.getTime() - c.gridStartMs) / SLOT_MS);
    if (!schedule.every(Number.isInteger)) {
      throw new AppError('validation_failed', 'Starts must lie on the 15-minute grid', [{ path: 'starts', message: 'not on the grid' }]);
    }
    const broken = violations(c, schedule);
    if (broken.length) {
      throw new AppError(
        'conflict',
        'The schedule breaks a hard constraint',
        broken.map((v) => ({ path: 'starts', message: v.message })),
      );
    }

    let moved = 0;
    for (const m of loaded.meetings.filter((x) => x.scheduled)) {
      const startsAt = starts[String(m.id)]!;
      if (startsAt.getTime() === m.startsAt.getTime()) continue;
      const endsAt = new Date(startsAt.getTime() + (m.endsAt.getTime() - m.startsAt.getTime()));
      await tx.update(meetings).set({ startsAt, endsAt, updatedAt: new Date(), revision: nextRevision() }).where(eq(meetings.id, m.id));
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
    await writeLedger(tx, actor, loaded, byCode);
    return { moved, burden: byCode };
  });
}

const isKept = (status: MeetingStatus) => keptStatuses.includes(status);

/** A held, running or cancelled meeting named with its status and where it stays (English, for the API's details). */
function keptMessage(m: ClusterMeetingInfo): string {
  const status = m.status === 'in_progress' ? 'in progress' : m.status;
  return `${m.titleEn} is ${status}: it stays at ${m.startsAt.toISOString()}`;
}

/** Replaces the cluster's ledger rows (one per party) with `byCode`. */
async function writeLedger(tx: DbOrTx, actor: Actor, loaded: LoadedCluster, byCode: Record<string, number>): Promise<void> {
  const clusterId = loaded.cluster.id;
  const year = Number(loaded.cluster.startsOn.slice(0, 4));
  await tx.delete(scheduleLedger).where(eq(scheduleLedger.clusterId, clusterId));
  const partyIds = new Map(loaded.parties.map((p) => [p.code, p.id]));
  const rows = Object.entries(byCode).map(([code, b]) => ({ year, clusterId, partyId: partyIds.get(code)!, burden: b, acceptedBy: actor.userId }));
  if (rows.length) await tx.insert(scheduleLedger).values(rows);
  await recordChange(tx, actor, { entityType: 'schedule_ledger', entityId: clusterId, action: 'update', changes: { year, burden: byCode } });
}

/** What a broken constraint means, in words naming the meetings (English, for the API's details). */
function describe(c: Compiled, loaded: LoadedCluster, v: Violation): string {
  const title = (i: number) => loaded.meetings.find((m) => String(m.id) === c.meetings[i]!.id)?.titleEn ?? c.meetings[i]!.id;
  const [a, b] = v.meetings;
  switch (v.kind) {
    case 'candidate':
      return `${title(a!)} would lie outside its allowed range or in a participant's forbidden hours`;
    case 'precedence':
      return `${title(a!)} must end before ${title(b!)} starts`;
    case 'overlap':
      return `${title(a!)} and ${title(b!)} would overlap for the chair (or leave less than ${c.bufferSlots * SLOT_MINUTES} min between them)`;
    case 'cap':
      return `The chair would sit more than the daily cap (${v.message.replace(/^.* sits /, '')})`;
  }
}

/**
 * Moves one meeting of the cluster to `startsAt` (keeping its length), after
 * checking every hard constraint that involves it against the other meetings'
 * current times. A fixed meeting may be moved: it stays fixed at its new time.
 */
export async function moveMeeting(db: Db, actor: Actor, clusterId: number, meetingId: number, startsAt: Date) {
  return db.transaction(async (tx) => {
    const loaded = await loadCluster(tx, clusterId);
    if (!loaded) throw notFound('Cluster');
    const meeting = loaded.meetings.find((m) => m.id === meetingId);
    if (!meeting)
      throw new AppError('validation_failed', 'The meeting is not in this cluster', [
        { path: 'meetingId', message: `meeting ${meetingId} is not in this cluster` },
      ]);
    if (isKept(meeting.status)) throw new AppError('conflict', 'This meeting cannot be moved', [{ path: 'meetingId', message: keptMessage(meeting) }]);
    const key = String(meetingId);
    // Checked where it goes, not where it is fixed now.
    const instance = { ...loaded.instance, meetings: loaded.instance.meetings.map((m) => (m.id === key ? (({ fixedStart: _fixed, ...rest }) => rest)(m) : m)) };
    const c = compile(instance);
    const target = (startsAt.getTime() - c.gridStartMs) / SLOT_MS;
    const index = c.meetings.findIndex((m) => m.id === key);
    if (!Number.isInteger(target) || target < 0 || target + c.meetings[index]!.durationSlots > c.slotCount) {
      throw new AppError('validation_failed', 'The start must lie on the 15-minute grid inside the cluster window', [
        { path: 'startsAt', message: `not a ${SLOT_MINUTES}-minute start inside ${instance.window.from} – ${instance.window.to} (host time)` },
      ]);
    }
    const now = new Map(loaded.meetings.map((m) => [String(m.id), m.startsAt.getTime()]));
    const schedule = c.meetings.map((m, i) => (i === index ? target : Math.round((now.get(m.id)! - c.gridStartMs) / SLOT_MS)));
    const broken = violations(c, schedule).filter((v) => v.meetings.includes(index));
    if (broken.length) {
      throw new AppError(
        'conflict',
        'This start breaks a scheduling rule',
        broken.map((v) => ({ path: 'startsAt', message: describe(c, loaded, v) })),
      );
    }
    const endsAt = new Date(startsAt.getTime() + meeting.durationMinutes * 60_000);
    if (startsAt.getTime() !== meeting.startsAt.getTime()) {
      await tx.update(meetings).set({ startsAt, endsAt, updatedAt: new Date(), revision: nextRevision() }).where(eq(meetings.id, meetingId));
      await recordChange(tx, actor, {
        entityType: 'meeting',
        entityId: meetingId,
        action: 'update',
        changes: { startsAt: { from: meeting.startsAt, to: startsAt }, endsAt: { from: meeting.endsAt, to: endsAt }, via: 'schedule.move' },
      });
      const [accepted] = await tx.select({ id: scheduleLedger.id }).from(scheduleLedger).where(eq(scheduleLedger.clusterId, clusterId)).limit(1);
      if (accepted) {
        const starts = Object.fromEntries(loaded.meetings.map((m) => [String(m.id), m.id === meetingId ? startsAt.getTime() : m.startsAt.getTime()]));
        await writeLedger(tx, actor, loaded, Object.fromEntries(burdenBreakdown(loaded.instance, starts).map((b) => [b.delegation, b.burden])));
      }
    }
    return { meetingId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
  });
}
