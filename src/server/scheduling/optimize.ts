/**
 * The cluster optimizer: picks the exact solver (HiGHS) or the heuristic by
 * size and time budget, or the one asked for, and returns one result shape.
 */
import { compile, slotToMs, type Compiled } from './compile.js';
import { burdens, objectiveOf, type SlotSchedule } from './evaluate.js';
import { solveHeuristic } from './heuristic.js';
import type { ScheduleResult, SchedulingInstance, SolverName } from './model.js';
import { solveExact } from './mip.js';

export interface OptimizeOptions {
  solver?: SolverName | 'auto';
  timeBudgetMs?: number;
  seed?: number;
}

/** Above this many 0-1 variables, 'auto' prefers the heuristic. */
export const EXACT_VARIABLE_LIMIT = 20_000;

export const variableCount = (c: Compiled): number => c.meetings.reduce((sum, m) => sum + m.starts.length, 0);

/**
 * A lower bound on the maximum burden: each delegation's carried burden plus
 * the cheapest start of each of its meetings, ignoring interactions.
 */
export function maxLowerBound(c: Compiled): number {
  const own = c.carried.slice();
  for (const m of c.meetings) {
    m.participants.forEach((d, k) => {
      own[d]! += m.cost[k]!.length ? Math.min(...m.cost[k]!) : Infinity;
    });
  }
  return Math.max(0, ...own);
}

export function resultOf(
  c: Compiled,
  solver: SolverName,
  schedule: SlotSchedule | null,
  status: ScheduleResult['status'],
  startedAt: number,
): ScheduleResult {
  const timeMs = Date.now() - startedAt;
  if (!schedule) {
    return { status, solver, starts: {}, burden: {}, objective: null, provenOptimal: false, gap: null, timeMs };
  }
  const burden = burdens(c, schedule);
  const objective = objectiveOf(c, burden);
  const provenOptimal = status === 'optimal';
  const bound = maxLowerBound(c);
  return {
    status,
    solver,
    starts: Object.fromEntries(c.meetings.map((m, i) => [m.id, slotToMs(c, schedule[i]!)])),
    burden: Object.fromEntries(c.delegationIds.map((id, d) => [id, burden[d]!])),
    objective,
    provenOptimal,
    gap: provenOptimal ? 0 : objective.max > 0 ? (objective.max - bound) / objective.max : 0,
    timeMs,
  };
}

export async function optimize(instance: SchedulingInstance, options: OptimizeOptions = {}): Promise<ScheduleResult> {
  const startedAt = Date.now();
  const budget = options.timeBudgetMs ?? 10_000;
  const c = compile(instance);
  const solver: SolverName =
    options.solver && options.solver !== 'auto' ? options.solver : variableCount(c) <= EXACT_VARIABLE_LIMIT ? 'exact' : 'heuristic';
  // The budget is for the whole call: building the model counts.
  const left = Math.max(100, budget - (Date.now() - startedAt));
  if (solver === 'exact') {
    const exact = await solveExact(c, left);
    return resultOf(c, 'exact', exact.schedule, exact.status, startedAt);
  }
  const h = solveHeuristic(c, { seed: options.seed ?? 1, timeBudgetMs: left });
  return resultOf(c, 'heuristic', h.schedule, h.schedule ? 'feasible' : 'unknown', startedAt);
}
