/**
 * The exact solver: a 0-1 model in CPLEX LP format solved by HiGHS
 * (WebAssembly), lexicographically in two solves: (1) minimise the maximum
 * burden M, (2) fix M and minimise the total, then (3) the sum of start
 * slots, so that the answer is deterministic. Each stage keeps its best
 * incumbent and reports HiGHS's dual bound, so a timeout says what it proved.
 *
 * x{m}_{j} = 1 when meeting m starts at its j-th candidate slot.
 */
import { createRequire } from 'node:module';
import type { Highs } from 'highs';
import type { Compiled } from './compile.js';
import { burdens, compareObjective, objectiveOf, violations, type SlotSchedule } from './evaluate.js';
import { canonical, granularity, identicalGroups, lpText, modelRows, roundUp, x } from './mip-rows.js';

let highsPromise: Promise<Highs> | undefined;
// The package's types describe an ES default export on a CommonJS package, which
// TypeScript's NodeNext cannot call; require() gets the loader function itself.
const highsLoader = createRequire(import.meta.url)('highs') as () => Promise<Highs>;
export const loadHighs = (): Promise<Highs> => (highsPromise ??= highsLoader());

/** What one lexicographic stage proved. `bound` is HiGHS's dual bound on the stage's objective. */
export interface StageOutcome {
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
  /** The stage's objective at its best incumbent; null when it found none. */
  value: number | null;
  bound: number | null;
  /** Whether HiGHS accepted the warm start it was given (false when none was given). */
  warmStart: boolean;
  /** The stage's own time, model building included. */
  timeMs: number;
}

export interface ExactOutcome {
  schedule: SlotSchedule | null;
  /** 'optimal' only when both stages proved optimality; 'feasible' whenever there is a schedule otherwise. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
  /** Stage 1: the maximum burden. */
  max: StageOutcome;
  /** Stage 2 (run only when stage 1 is proven): the total with the maximum fixed; value and bound are totals. */
  total: StageOutcome | null;
}

export interface ExactOptions {
  /** Schedules to offer HiGHS as incumbents (e.g. the heuristic's): the best fitting one is used in each stage. */
  hints?: SlotSchedule[];
  /** For tests: a cap on each stage's own time limit (ms), inside the shared budget. */
  stageLimitMs?: { first?: number; second?: number; third?: number };
  feasibilityOnly?: boolean;
}

/**
 * Stage 3 (the earliest starts among the optimal schedules) is a tie-break:
 * both parts are proven before it starts. On the 100-meeting bench instance it
 * did not finish within a 400 s budget (2026-12-05, a loaded machine), so it
 * took whatever was left of any budget; the cap leaves the rest unused. A stage 3 that stops keeps the best
 * schedule it found, never a worse one than stage 2's.
 */
const TIE_BREAK_MS = 5_000;

const highsStatus = { optimal: 7, infeasible: 8, timeLimit: 13 } as const;

interface StageRun {
  modelStatus: number;
  columns: Float64Array | null;
  objective: number | null;
  bound: number | null;
  warmStart: boolean;
}

type Model = ReturnType<Highs['createModel']>;

/**
 * The model, read from LP text once and re-aimed for each stage (its
 * objective, M's upper bound, one more row): reading the text is seconds on
 * the large instances, and the stages share every row.
 */
interface StageModel {
  model: Model;
  names: string[];
  /** x{i}_{j} → column index. */
  column: Map<string, number>;
  /** The binaries' column indices (every column but M). */
  binaries: Int32Array;
  /** M's column index. */
  m: number;
}

function openModel(highs: Highs, lp: string): StageModel {
  const model = highs.createModel({ format: 'lp', data: lp });
  // Presolve off: on these models it removed almost nothing and took most of the time (41 of 55 s on the
  // 100-meeting bench instance, where the root LP alone proves the maximum; AMM-53 and the 20-meeting
  // instance solve faster without).
  model.options.set({ presolve: 'off', output_flag: false, log_to_console: false });
  const n = model.getDimensions().numCols;
  const names = Array.from({ length: n }, (_, j) => model.getColName(j));
  const m = names.indexOf('M');
  const binaries = Int32Array.from(names.keys()).filter((j) => j !== m);
  return { model, names, column: new Map(names.map((name, j) => [name, j])), binaries, m };
}

/**
 * The LP relaxation's optimum (a bound on the MIP's), or null when HiGHS did
 * not solve it within the time limit. The binaries are integral again after.
 */
function relaxationBound(sm: StageModel, timeLimitS: () => number): number | null {
  const { model, binaries } = sm;
  model.clearIntegrality();
  try {
    model.options.set({ time_limit: timeLimitS() });
    model.run();
    return model.getModelStatus() === highsStatus.optimal ? model.getObjectiveValue() : null;
  } finally {
    model.changeColsIntegrality({ kind: 'set', indices: binaries }, new Int32Array(binaries.length).fill(1));
  }
}

/** One HiGHS run of the model as it is aimed now, optionally from an incumbent (column name → value, the rest 0). */
function runStage(sm: StageModel, timeLimitS: () => number, start: Map<string, number> | null, absGap = 0.99): StageRun {
  const { model, names } = sm;
  // The objective takes values `absGap` + 0.01 apart: a smaller gap proves optimality.
  model.options.set({ mip_rel_gap: 0, mip_abs_gap: absGap });
  let warmStart = false;
  if (start) {
    try {
      model.setSolution({ colValue: names.map((name) => start.get(name) ?? 0) });
      warmStart = true;
    } catch {
      warmStart = false;
    }
  }
  model.options.set({ time_limit: timeLimitS() });
  model.run();
  const modelStatus = model.getModelStatus();
  const hasPrimal = Number(model.info.get('primal_solution_status')) === 2;
  const bound = dualBound(model);
  return {
    modelStatus,
    columns: hasPrimal ? model.getSolution().colValue : null,
    objective: hasPrimal ? model.getObjectiveValue() : null,
    // HiGHS stops at a gap below `absGap`, so its own bound, not the incumbent, is what is proven.
    bound: bound ?? (modelStatus === highsStatus.optimal && hasPrimal && absGap < 1 ? model.getObjectiveValue() : null),
    warmStart,
  };
}

/** `cost(i, j)` of each x{i}_{j} by column (0 on M). */
function byColumn(c: Compiled, sm: StageModel, cost: (i: number, j: number) => number): Float64Array {
  const out = new Float64Array(sm.names.length);
  c.meetings.forEach((m, i) => m.starts.forEach((_, j) => (out[sm.column.get(x(i, j))!] = cost(i, j))));
  return out;
}

/** HiGHS's dual bound after a MIP run, or null when it has none. */
function dualBound(model: Model): number | null {
  try {
    const b = Number(model.info.get('mip_dual_bound'));
    return Number.isFinite(b) ? b : null;
  } catch {
    return null;
  }
}

/** Aims the model at a new objective: `costs` by column (from `byColumn`, nothing on M). */
function setObjective(sm: StageModel, costs: Float64Array): void {
  sm.model.changeColsCost({ kind: 'range', from: 0, to: costs.length - 1 }, costs);
}

function read(c: Compiled, names: string[], columns: Float64Array): SlotSchedule {
  const value = new Map(names.map((name, j) => [name, columns[j]!]));
  return c.meetings.map((m, i) => {
    const j = m.starts.findIndex((_, jj) => (value.get(x(i, jj)) ?? 0) > 0.5);
    return m.starts[j]!;
  });
}

/** The incumbent for `schedule` (identical meetings' starts put in order, as the symmetry rows ask): its x columns and M at its maximum burden. */
function startOf(c: Compiled, schedule: SlotSchedule, groups: number[][]): Map<string, number> {
  const start = new Map<string, number>();
  const ordered = canonical(c, schedule, groups);
  c.meetings.forEach((m, i) => start.set(x(i, m.starts.indexOf(ordered[i]!)), 1));
  start.set('M', objectiveOf(c, burdens(c, schedule)).max);
  return start;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The best of `schedules` (feasible ones only) by (max, total, sum of starts), keeping those with max ≤ `maxCap`. */
export function bestOf(c: Compiled, schedules: SlotSchedule[], maxCap = Infinity): SlotSchedule | null {
  let best: SlotSchedule | null = null;
  for (const s of schedules) {
    if (violations(c, s).length) continue;
    const obj = objectiveOf(c, burdens(c, s));
    if (obj.max > maxCap) continue;
    if (!best || compareObjective(obj, sum(s), objectiveOf(c, burdens(c, best)), sum(best)) < 0) best = s;
  }
  return best;
}

/** The outcome without a schedule: stage 1 ended `status` (infeasible, or nothing found), the total never tried. */
const noSchedule = (status: StageOutcome['status'], startedAt: number): ExactOutcome => ({
  schedule: null,
  status,
  max: { status, value: null, bound: null, warmStart: false, timeMs: Date.now() - startedAt },
  total: null,
});

const stageStatus = (run: StageRun): StageOutcome['status'] =>
  run.modelStatus === highsStatus.optimal ? 'optimal' : run.modelStatus === highsStatus.infeasible ? 'infeasible' : run.columns ? 'feasible' : 'unknown';

/**
 * Solves lexicographically within `timeBudgetMs` (shared by the stages). Each
 * stage keeps its best incumbent: stage 2 starts from stage 1's schedule, and a
 * stage-2 timeout returns whichever of the two is better, never worse than
 * stage 1's.
 */
export async function solveExact(c: Compiled, timeBudgetMs: number, options: ExactOptions = {}): Promise<ExactOutcome> {
  const startedAt = Date.now();
  if (c.meetings.some((m) => m.starts.length === 0)) return noSchedule('infeasible', startedAt);
  const highs = await loadHighs();
  const deadline = Date.now() + timeBudgetMs;
  const base = modelRows(c).rows;
  const groups = identicalGroups(c);
  // Every burden is a multiple of g (15 with the default bands): bounds round up to one, and a gap below g proves.
  const g = granularity(c);
  const seconds = (cap?: number) => {
    const stageEnd = Math.min(deadline, Date.now() + (cap ?? Infinity));
    return () => Math.max(0.01, (stageEnd - Date.now()) / 1000);
  };
  const hint1 = bestOf(c, options.hints ?? []);
  const sm = openModel(highs, lpText(options.feasibilityOnly ? '0 M' : 'M', base, c));
  try {
    return solveStages(c, sm, options, hint1, groups, g, seconds, startedAt);
  } finally {
    sm.model.dispose();
  }
}

/** The stages of `solveExact` on the model read once. */
function solveStages(
  c: Compiled,
  sm: StageModel,
  options: ExactOptions,
  hint1: SlotSchedule | null,
  groups: number[][],
  g: number,
  seconds: (cap?: number) => () => number,
  startedAt: number,
): ExactOutcome {
  const t1 = Date.now();
  // Stage 1. With an incumbent, the LP relaxation first: where its bound already meets the incumbent's
  // maximum (the 100-meeting bench instance), the maximum is proven without a MIP run.
  const limit1 = seconds(options.stageLimitMs?.first);
  const hintMax = hint1 ? objectiveOf(c, burdens(c, hint1)).max : null;
  const relaxed = hintMax !== null && !options.feasibilityOnly ? relaxationBound(sm, limit1) : null;
  if (hintMax !== null && relaxed !== null && roundUp(relaxed - 1e-6, g) >= hintMax) {
    const max: StageOutcome = { status: 'optimal', value: hintMax, bound: hintMax, warmStart: true, timeMs: Date.now() - t1 };
    return secondStage(c, sm, options, hint1!, max, groups, g, seconds);
  }
  const first = runStage(sm, limit1, hint1 && !options.feasibilityOnly ? startOf(c, hint1, groups) : null, g - 0.01);
  const firstStatus = stageStatus(first);
  if (firstStatus === 'infeasible' || firstStatus === 'unknown') return noSchedule(firstStatus, startedAt);
  // HiGHS's incumbent, or the hint when it did no better (it should have kept it; be sure).
  const schedule1 = bestOf(c, [read(c, sm.names, first.columns!), ...(hint1 ? [hint1] : [])])!;
  const maxValue = objectiveOf(c, burdens(c, schedule1)).max;
  const maxBound = first.bound === null ? null : Math.min(maxValue, roundUp(first.bound - 1e-6, g));
  const max: StageOutcome = {
    status: options.feasibilityOnly ? firstStatus : maxBound === maxValue ? 'optimal' : 'feasible',
    value: maxValue,
    bound: options.feasibilityOnly ? null : maxBound,
    warmStart: first.warmStart,
    timeMs: Date.now() - t1,
  };
  if (options.feasibilityOnly || max.status !== 'optimal') {
    return { schedule: schedule1, status: options.feasibilityOnly && max.status === 'optimal' ? 'optimal' : 'feasible', max, total: null };
  }
  return secondStage(c, sm, options, schedule1, max, groups, g, seconds);
}

/** Stages 2 and 3, once the maximum (`max.value`, reached by `schedule1`) is proven. */
function secondStage(
  c: Compiled,
  sm: StageModel,
  options: ExactOptions,
  schedule1: SlotSchedule,
  max: StageOutcome,
  groups: number[][],
  g: number,
  seconds: (cap?: number) => () => number,
): ExactOutcome {
  const hints = options.hints ?? [];
  const maxValue = max.value!;
  // Stage 2: the total, with the maximum held at the proven one.
  const totalOf = (i: number, j: number) => c.meetings[i]!.participants.reduce((acc, _d, k) => acc + c.meetings[i]!.cost[k]![j]!, 0);
  const totals = byColumn(c, sm, totalOf);
  setObjective(sm, totals);
  sm.model.changeColBounds(sm.m, 0, maxValue);
  const hint2 = bestOf(c, [schedule1, ...hints], maxValue)!;
  const t2 = Date.now();
  const second = runStage(sm, seconds(options.stageLimitMs?.second), startOf(c, hint2, groups), g - 0.01);
  const found = second.columns ? read(c, sm.names, second.columns) : null;
  const schedule2 = bestOf(c, [...(found ? [found] : []), hint2])!;
  const totalValue = objectiveOf(c, burdens(c, schedule2)).total;
  const totalBound = second.bound === null ? null : Math.min(totalValue, roundUp(second.bound - 1e-6, g));
  const provenTotal = totalBound === totalValue;
  const total: StageOutcome = {
    status: provenTotal ? 'optimal' : 'feasible',
    value: totalValue,
    bound: totalBound,
    warmStart: second.warmStart,
    timeMs: Date.now() - t2,
  };
  const left = seconds();
  if (!provenTotal || left() < 0.05) return { schedule: schedule2, status: provenTotal ? 'optimal' : 'feasible', max, total };

  // Stage 3, with both parts proven: the earliest starts among the optimal schedules (a tie-break for
  // deterministic answers; when it runs out of time it keeps the best it found, the parts stay proven).
  setObjective(
    sm,
    byColumn(c, sm, (i, j) => c.meetings[i]!.starts[j]!),
  );
  // The total held at the proven one.
  const fixT = Int32Array.from(totals.keys()).filter((col) => totals[col] !== 0);
  sm.model.addRow(-Infinity, totalValue, { indices: fixT, values: Float64Array.from(fixT, (col) => totals[col]!) });
  const third = runStage(sm, seconds(Math.min(options.stageLimitMs?.third ?? Infinity, TIE_BREAK_MS)), startOf(c, schedule2, groups));
  const schedule = bestOf(c, [...(third.columns ? [read(c, sm.names, third.columns)] : []), schedule2])!;
  return { schedule, status: 'optimal', max, total };
}
