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
import { SLOT_MINUTES } from './model.js';

let highsPromise: Promise<Highs> | undefined;
// The package's types describe an ES default export on a CommonJS package, which
// TypeScript's NodeNext cannot call; require() gets the loader function itself.
const highsLoader = createRequire(import.meta.url)('highs') as () => Promise<Highs>;
export const loadHighs = (): Promise<Highs> => (highsPromise ??= highsLoader());

const x = (m: number, j: number) => `x${m}_${j}`;

type Term = [coefficient: number, variable: string];

function expr(terms: Term[]): string {
  const parts = terms.filter(([c]) => c !== 0).map(([c, v]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return lines.join('\n  ') || '0 M';
}

/** The constraint rows shared by all phases. */
function rows(c: Compiled): string[] {
  const out: string[] = [];
  c.meetings.forEach((m, i) => out.push(` one${i}: ${expr(m.starts.map((_, j) => [1, x(i, j)]))} = 1`));
  c.delegationIds.forEach((_, d) => {
    const terms: Term[] = [];
    c.meetings.forEach((m, i) => {
      const k = m.participants.indexOf(d);
      if (k >= 0) m.starts.forEach((_, j) => terms.push([m.cost[k]![j]!, x(i, j)]));
    });
    out.push(` burden${d}: ${expr([...terms, [-1, 'M']])} <= ${-c.carried[d]!}`);
  });
  c.precedences.forEach((p, k) => {
    const terms: Term[] = [
      ...c.meetings[p.after]!.starts.map((s, j): Term => [s, x(p.after, j)]),
      ...c.meetings[p.before]!.starts.map((s, j): Term => [-s, x(p.before, j)]),
    ];
    out.push(` prec${k}: ${expr(terms)} >= ${p.minGapSlots}`);
  });
  c.principalIds.forEach((_, pi) => {
    const mine = c.meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.principals.includes(pi));
    if (c.noOverlap && mine.length > 1) {
      const cover = new Map<number, { terms: Term[]; meetings: Set<number> }>();
      for (const { m, i } of mine) {
        m.starts.forEach((s, j) => {
          for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) {
            const entry = cover.get(t) ?? { terms: [], meetings: new Set<number>() };
            entry.terms.push([1, x(i, j)]);
            entry.meetings.add(i);
            cover.set(t, entry);
          }
        });
      }
      for (const [t, entry] of [...cover].sort((a, b) => a[0] - b[0])) {
        if (entry.meetings.size > 1) out.push(` ovl${pi}_${t}: ${expr(entry.terms)} <= 1`);
      }
    }
    const cap = c.principalCaps[pi]!;
    const totalMinutes = mine.reduce((sum, { m }) => sum + m.durationSlots * SLOT_MINUTES, 0);
    if (!Number.isFinite(cap) || totalMinutes <= cap) return;
    const perDay = new Map<number, Term[]>();
    for (const { m, i } of mine) {
      m.starts.forEach((s, j) => {
        const minutes = new Map<number, number>();
        for (let k = 0; k < m.durationSlots; k++) minutes.set(c.dayOfSlot[s + k]!, (minutes.get(c.dayOfSlot[s + k]!) ?? 0) + SLOT_MINUTES);
        for (const [day, v] of minutes) perDay.set(day, [...(perDay.get(day) ?? []), [v, x(i, j)]]);
      });
    }
    for (const [day, terms] of perDay) out.push(` cap${pi}_${day}: ${expr(terms)} <= ${cap}`);
  });
  return out;
}

function model(objective: string, constraints: string[], c: Compiled): string {
  const binaries = c.meetings.flatMap((m, i) => m.starts.map((_, j) => x(i, j)));
  const bin: string[] = [];
  for (let i = 0; i < binaries.length; i += 20) bin.push(' ' + binaries.slice(i, i + 20).join(' '));
  return ['Minimize', ` obj: ${objective}`, 'Subject To', ...constraints, 'Bounds', ' M >= 0', 'Binary', ...bin, 'End'].join('\n');
}

/** What one lexicographic stage proved. `bound` is HiGHS's dual bound on the stage's objective. */
export interface StageOutcome {
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
  /** The stage's objective at its best incumbent; null when it found none. */
  value: number | null;
  bound: number | null;
  /** Whether HiGHS accepted the warm start it was given (false when none was given). */
  warmStart: boolean;
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
  stageLimitMs?: { first?: number; second?: number };
  feasibilityOnly?: boolean;
}

const highsStatus = { optimal: 7, infeasible: 8, timeLimit: 13 } as const;

interface StageRun {
  modelStatus: number;
  columns: Float64Array | null;
  objective: number | null;
  bound: number | null;
  warmStart: boolean;
}

/** One HiGHS run on LP text, optionally from an incumbent (column name → value, the rest 0). */
function runStage(highs: Highs, lp: string, timeLimitS: number, start: Map<string, number> | null): StageRun & { names: string[] } {
  const model = highs.createModel({ format: 'lp', data: lp });
  try {
    // Objectives are integers: an absolute gap below 1 proves optimality.
    model.options.set({ time_limit: timeLimitS, mip_rel_gap: 0, mip_abs_gap: 0.99, output_flag: false, log_to_console: false });
    const n = model.getDimensions().numCols;
    const names = Array.from({ length: n }, (_, j) => model.getColName(j));
    let warmStart = false;
    if (start) {
      try {
        model.setSolution({ colValue: names.map((name) => start.get(name) ?? 0) });
        warmStart = true;
      } catch {
        warmStart = false;
      }
    }
    model.run();
    const modelStatus = model.getModelStatus();
    const hasPrimal = Number(model.info.get('primal_solution_status')) === 2;
    let bound: number | null = null;
    try {
      const b = Number(model.info.get('mip_dual_bound'));
      bound = Number.isFinite(b) ? b : null;
    } catch {
      bound = null;
    }
    return {
      modelStatus,
      columns: hasPrimal ? model.getSolution().colValue : null,
      objective: hasPrimal ? model.getObjectiveValue() : null,
      bound: modelStatus === highsStatus.optimal && hasPrimal ? model.getObjectiveValue() : bound,
      warmStart,
      names,
    };
  } finally {
    model.dispose();
  }
}

function read(c: Compiled, names: string[], columns: Float64Array): SlotSchedule {
  const value = new Map(names.map((name, j) => [name, columns[j]!]));
  return c.meetings.map((m, i) => {
    const j = m.starts.findIndex((_, jj) => (value.get(x(i, jj)) ?? 0) > 0.5);
    return m.starts[j]!;
  });
}

/** The incumbent for `schedule`: its x columns and M at its maximum burden. */
function startOf(c: Compiled, schedule: SlotSchedule): Map<string, number> {
  const start = new Map<string, number>();
  c.meetings.forEach((m, i) => start.set(x(i, m.starts.indexOf(schedule[i]!)), 1));
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

const stageStatus = (run: StageRun): StageOutcome['status'] =>
  run.modelStatus === highsStatus.optimal ? 'optimal' : run.modelStatus === highsStatus.infeasible ? 'infeasible' : run.columns ? 'feasible' : 'unknown';

/**
 * Solves lexicographically within `timeBudgetMs` (shared by the stages). Each
 * stage keeps its best incumbent: stage 2 starts from stage 1's schedule, and a
 * stage-2 timeout returns whichever of the two is better, never worse than
 * stage 1's.
 */
export async function solveExact(c: Compiled, timeBudgetMs: number, options: ExactOptions = {}): Promise<ExactOutcome> {
  const none = (status: StageOutcome['status']): ExactOutcome => ({
    schedule: null,
    status,
    max: { status, value: null, bound: null, warmStart: false },
    total: null,
  });
  if (c.meetings.some((m) => m.starts.length === 0)) return none('infeasible');
  const highs = await loadHighs();
  const deadline = Date.now() + timeBudgetMs;
  const base = rows(c);
  const seconds = (cap?: number) => Math.max(0.01, Math.min(deadline - Date.now(), cap ?? Infinity) / 1000);
  const hints = options.hints ?? [];

  const hint1 = bestOf(c, hints);
  const first = runStage(
    highs,
    model(options.feasibilityOnly ? '0 M' : 'M', base, c),
    seconds(options.stageLimitMs?.first),
    hint1 && !options.feasibilityOnly ? startOf(c, hint1) : null,
  );
  const firstStatus = stageStatus(first);
  if (firstStatus === 'infeasible' || firstStatus === 'unknown') return none(firstStatus);
  // HiGHS's incumbent, or the hint when it did no better (it should have kept it; be sure).
  const schedule1 = bestOf(c, [read(c, first.names, first.columns!), ...(hint1 ? [hint1] : [])])!;
  const maxValue = objectiveOf(c, burdens(c, schedule1)).max;
  const max: StageOutcome = {
    status: options.feasibilityOnly ? firstStatus : firstStatus === 'optimal' && maxValue <= Math.round(first.objective ?? Infinity) ? 'optimal' : 'feasible',
    value: maxValue,
    bound: options.feasibilityOnly ? null : first.bound === null ? null : Math.min(maxValue, Math.ceil(first.bound - 1e-6)),
    warmStart: first.warmStart,
  };
  if (options.feasibilityOnly || max.status !== 'optimal') {
    return { schedule: schedule1, status: options.feasibilityOnly && max.status === 'optimal' ? 'optimal' : 'feasible', max, total: null };
  }

  // Stages (2) and (3) in one solve: total burden weighted above any possible
  // sum of start slots, so the total decides and the starts only break ties.
  const weight = c.meetings.reduce((s, m) => s + (m.starts[m.starts.length - 1] ?? 0), 0) + 1;
  const combined: Term[] = c.meetings.flatMap((m, i) =>
    m.starts.map((s, j): Term => [weight * m.participants.reduce((acc, _d, k) => acc + m.cost[k]![j]!, 0) + s, x(i, j)]),
  );
  const hint2 = bestOf(c, [schedule1, ...hints], maxValue)!;
  const second = runStage(highs, model(`${expr(combined)} + 0 M`, [...base, ` fixM: M <= ${maxValue}`], c), seconds(options.stageLimitMs?.second), startOf(c, hint2));
  const secondStatus = stageStatus(second);
  const found = second.columns ? read(c, second.names, second.columns) : null;
  const schedule = bestOf(c, [...(found ? [found] : []), hint2])!;
  const totalValue = objectiveOf(c, burdens(c, schedule)).total;
  // A bound L on weight·total + Σ starts, with Σ starts < weight, bounds the total by ceil((L − weight + 1) / weight).
  const totalBound = second.bound === null ? null : Math.min(totalValue, Math.ceil((second.bound - weight + 1) / weight - 1e-9));
  const provenTotal = secondStatus === 'optimal' && found !== null && schedule === found;
  const total: StageOutcome = {
    status: provenTotal ? 'optimal' : 'feasible',
    value: totalValue,
    bound: provenTotal ? totalValue : totalBound,
    warmStart: second.warmStart,
  };
  return { schedule, status: provenTotal ? 'optimal' : 'feasible', max, total };
}
