/**
 * Use cases behind the routes: build the instance (from the body or a stored
 * cluster), reject bad input naming the field, solve, explain, shape.
 */
import type { DbOrTx } from '../db/client.js';
import { AppError, notFound } from '../http/errors.js';
import { burdenBreakdown } from './breakdown.js';
import { compile } from './compile.js';
import { burdens, objectiveOf, violations } from './evaluate.js';
import type { ScheduleResult, SchedulingInstance } from './model.js';
import { DEFAULT_BANDS, DEFAULT_DAILY_CAP, DEFAULT_PRINCIPAL_BUFFER, SLOT_MS } from './model.js';
import { loadCluster, type LoadedCluster, type LoadOptions } from './queries.js';
import type { OptimizeBody, SlotsBody } from './schemas.js';
import type { SolvePool } from './solve-pool.js';
import { findSlots } from './slots.js';
import { validateInstance, windowBounds } from './validate.js';

const iso = (ms: number) => new Date(ms).toISOString();

function mustBeValid(instance: SchedulingInstance): void {
  const problems = validateInstance(instance);
  if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
}

function instanceFromBody(body: OptimizeBody): SchedulingInstance {
  const missing = (['hostTimeZone', 'window', 'delegations', 'meetings'] as const).filter((f) => body[f] === undefined);
  if (missing.length) {
    throw new AppError(
      'validation_failed',
      `Give a clusterId or ${missing.join(', ')}`,
      missing.map((path) => ({ path, message: 'required without clusterId' })),
    );
  }
  return {
    hostTimeZone: body.hostTimeZone!,
    window: body.window!,
    delegations: body.delegations!,
    meetings: body.meetings!,
    ...(body.precedences ? { precedences: body.precedences } : {}),
    ...(body.principalBufferMinutes !== undefined ? { principalBufferMinutes: body.principalBufferMinutes } : {}),
    ...(body.principalDailyCapMinutes !== undefined ? { principalDailyCapMinutes: body.principalDailyCapMinutes } : {}),
    ...(body.principalCaps ? { principalCaps: body.principalCaps } : {}),
    ...(body.carriedBurden ? { carriedBurden: body.carriedBurden } : {}),
  };
}

function shapeResult(r: ScheduleResult) {
  return { ...r, starts: Object.fromEntries(Object.entries(r.starts).map(([k, v]) => [k, iso(v)])) };
}

/** The cluster as the web shows it, with its rules and its current times evaluated. */
function clusterView(loaded: LoadedCluster) {
  const { cluster, instance } = loaded;
  const current = Object.fromEntries(loaded.meetings.map((m) => [String(m.id), m.startsAt.getTime()]));
  const c = compile(instance);
  const schedule = c.meetings.map((m) => (current[m.id]! - c.gridStartMs) / SLOT_MS);
  const feasible = schedule.every(Number.isInteger) && violations(c, schedule).length === 0;
  return {
    id: cluster.id,
    titleEn: cluster.titleEn,
    titleVi: cluster.titleVi,
    hostTimeZone: cluster.hostTimeZone,
    startsOn: instance.window.from,
    endsOn: instance.window.to,
    meetings: loaded.meetings.map((m) => ({ ...m, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString() })),
    parties: loaded.parties,
    nightAllowedParties: loaded.rules.nightAllowedParties,
    rules: loaded.rules,
    defaults: {
      window: { from: cluster.startsOn, to: cluster.endsOn },
      principalBufferMinutes: DEFAULT_PRINCIPAL_BUFFER,
      principalDailyCapMinutes: DEFAULT_DAILY_CAP,
      bands: [...DEFAULT_BANDS],
    },
    current: {
      objective: feasible ? objectiveOf(c, burdens(c, schedule)) : null,
      breakdown: burdenBreakdown(instance, current),
    },
  };
}

export async function clusterOr404(db: DbOrTx, clusterId: number, options: LoadOptions = {}): Promise<LoadedCluster> {
  const loaded = await loadCluster(db, clusterId, options);
  if (!loaded) throw notFound('Cluster');
  if (loaded.instance.meetings.length === 0) {
    throw new AppError('validation_failed', 'This cluster has no meetings to schedule', [
      { path: 'clusterId', message: 'no meetings (a cancelled one is not scheduled)' },
    ]);
  }
  return loaded;
}

/** Pins name meetings by id; the instance's problems about a pinned meeting's fixed start are about the pin. */
function checkPins(loaded: LoadedCluster, pins: Record<string, number> | undefined): void {
  if (!pins) return;
  const unknown = Object.keys(pins).filter((id) => !loaded.meetings.some((m) => String(m.id) === id));
  if (unknown.length) {
    throw new AppError(
      'validation_failed',
      'A pinned meeting is not in this cluster',
      unknown.map((id) => ({ path: `pins.${id}`, message: `meeting ${id} is not in this cluster` })),
    );
  }
  const kept = loaded.meetings.filter((m) => m.fixedBy !== null && m.fixedBy !== 'rule' && pins[String(m.id)] !== undefined);
  if (kept.length) {
    throw new AppError(
      'validation_failed',
      'A pinned meeting is held, under way or cancelled',
      kept.map((m) => ({ path: `pins.${m.id}`, message: `${m.titleEn} is ${m.status.replace('_', ' ')}: it stays where it is` })),
    );
  }
  const problems = validateInstance(loaded.instance)
    .map((p) => {
      const match = /^meetings\.(\d+)\.fixedStart$/.exec(p.path);
      const id = match ? loaded.instance.meetings[Number(match[1])]!.id : null;
      return id !== null && pins[id] !== undefined ? { path: `pins.${id}`, message: p.message } : null;
    })
    .filter((p) => p !== null);
  if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
}

/**
 * A stored cluster whose window has ended cannot place a meeting still to
 * come: its proposal would be in the past. (Held meetings are fixed: a past
 * cluster of held meetings can still be solved, to read its burden.)
 */
function notInThePast(instance: SchedulingInstance): void {
  const { endMs } = windowBounds(instance);
  const free = instance.meetings.filter((m) => m.fixedStart === undefined);
  if (endMs > Date.now() || free.length === 0) return;
  throw new AppError('validation_failed', `The window ended on ${instance.window.to}: ${free.length} meeting(s) to place would be scheduled in the past`, [
    {
      path: 'window.to',
      message: `the window (${instance.window.from} – ${instance.window.to}, ${instance.hostTimeZone}) is in the past; move it, or fix the meetings where they are`,
    },
  ]);
}

/** The instance an optimizer run solves (a stored cluster's, or the body's), checked; refusals name the field. */
export async function optimizeInput(db: DbOrTx, body: OptimizeBody) {
  const loaded = body.clusterId
    ? await clusterOr404(db, body.clusterId, {
        useLedger: body.useLedger,
        defaultComfort: body.defaultComfort,
        ...(body.pins ? { pins: body.pins } : {}),
      })
    : null;
  if (loaded) checkPins(loaded, body.pins);
  const instance = loaded ? loaded.instance : instanceFromBody(body);
  mustBeValid(instance);
  if (loaded) notInThePast(instance);
  const options = { solver: body.solver, timeBudgetMs: body.timeBudgetMs, ...(body.seed !== undefined ? { seed: body.seed } : {}) };
  return { loaded, instance, options };
}

/** The optimizer's answer: the result, why nothing fits when no schedule came back, each delegation's burden, the cluster. */
export async function optimizeAnswer(pool: SolvePool, input: Awaited<ReturnType<typeof optimizeInput>>, result: ScheduleResult) {
  const { loaded, instance } = input;
  // No schedule, proven or not: say why (a heuristic that found none does not prove there is none).
  const explanation = result.objective === null ? await pool.explain(instance) : undefined;
  return {
    result: shapeResult(result),
    ...(explanation ? { explanation } : {}),
    breakdown: burdenBreakdown(instance, result.starts),
    ...(loaded ? { cluster: clusterView(loaded) } : {}),
  };
}
export type OptimizeAnswer = Awaited<ReturnType<typeof optimizeAnswer>>;

/** Solves in `pool`'s worker thread, so the HTTP event loop stays free meanwhile. */
export async function runOptimize(db: DbOrTx, pool: SolvePool, body: OptimizeBody) {
  const input = await optimizeInput(db, body);
  return optimizeAnswer(pool, input, await pool.optimize(input.instance, input.options));
}

/** The cluster's view; one whose meetings are all cancelled can still be read (and edited). */
export async function clusterSchedule(db: DbOrTx, clusterId: number) {
  const loaded = await loadCluster(db, clusterId);
  if (!loaded) throw notFound('Cluster');
  return clusterView(loaded);
}

export async function runSlots(db: DbOrTx, body: SlotsBody) {
  let query;
  if (body.clusterId) {
    const loaded = await clusterOr404(db, body.clusterId, { defaultComfort: body.defaultComfort });
    const meeting = loaded.instance.meetings.find((m) => m.id === String(body.meetingId));
    if (!meeting) throw new AppError('validation_failed', 'meetingId is not in this cluster', [{ path: 'meetingId', message: 'not in the cluster' }]);
    mustBeValid({ ...loaded.instance, meetings: [meeting], precedences: [] });
    // A fixed (or held) meeting can still be explored in the finder: drop the fixed start, and price its starts as for any meeting.
    const { fixedStart: _fixed, held: _held, ...free } = meeting;
    query = { hostTimeZone: loaded.instance.hostTimeZone, window: loaded.instance.window, delegations: loaded.instance.delegations, meeting: free };
  } else {
    const missing = (['hostTimeZone', 'window', 'delegations', 'meeting'] as const).filter((f) => body[f] === undefined);
    if (missing.length) {
      throw new AppError(
        'validation_failed',
        `Give a clusterId and meetingId, or ${missing.join(', ')}`,
        missing.map((path) => ({ path, message: 'required without clusterId' })),
      );
    }
    query = { hostTimeZone: body.hostTimeZone!, window: body.window!, delegations: body.delegations!, meeting: body.meeting! };
    const problems = validateInstance({ ...query, meetings: [query.meeting] }).map((p) => ({ ...p, path: p.path.replace(/^meetings\.0/, 'meeting') }));
    if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), problems);
  }
  const answer = findSlots({ ...query, limit: body.limit });
  return {
    ...answer,
    gridStart: iso(answer.gridStart),
    ranked: answer.ranked.map((r) => ({ ...r, start: iso(r.start) })),
  };
}
