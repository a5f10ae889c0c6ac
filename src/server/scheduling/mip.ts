/**
 * The exact solver: a 0-1 model in CPLEX LP format solved by HiGHS
 * (WebAssembly), lexicographically in two solves: (1) minimise the maximum
 * burden M, (2) fix M and minimise the total, then (3) the sum of start
 * slots, so that the answer is deterministic.
 *
 * x{m}_{j} = 1 when meeting m starts at its j-th candidate slot.
 */
import { createRequire } from 'node:module';
import type { Highs } from 'highs';
import type { Compiled } from './compile.js';
import type { SlotSchedule } from './evaluate.js';
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

export interface ExactOutcome {
  schedule: SlotSchedule | null;
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
}

function read(c: Compiled, columns: Record<string, { Primal?: number }>): SlotSchedule {
  return c.meetings.map((m, i) => {
    const j = m.starts.findIndex((_, jj) => (columns[x(i, jj)]?.Primal ?? 0) > 0.5);
    return m.starts[j]!;
  });
}

/** Solves lexicographically within `timeBudgetMs` (shared by the phases). */
export async function solveExact(c: Compiled, timeBudgetMs: number, feasibilityOnly = false): Promise<ExactOutcome> {
  if (c.meetings.some((m) => m.starts.length === 0)) return { schedule: null, status: 'infeasible' };
  const highs = await loadHighs();
  const deadline = Date.now() + timeBudgetMs;
  const base = rows(c);
  const run = (objective: string, extra: string[]) => {
    const left = Math.max(0.05, (deadline - Date.now()) / 1000);
    // Objectives are integers: an absolute gap below 1 proves optimality.
    return highs.solve(model(objective, [...base, ...extra], c), {
      time_limit: left,
      mip_rel_gap: 0,
      mip_abs_gap: 0.99,
      output_flag: false,
      log_to_console: false,
    });
  };
  const first = run(feasibilityOnly ? '0 M' : 'M', []);
  if (first.Status === 'Infeasible') return { schedule: null, status: 'infeasible' };
  if (first.Status !== 'Optimal' && first.Status !== 'Time limit reached') return { schedule: null, status: 'unknown' };
  const hasSolution = Object.values(first.Columns).some((col) => 'Primal' in col);
  if (!hasSolution) return { schedule: null, status: 'unknown' };
  const schedule = read(c, first.Columns as Record<string, { Primal?: number }>);
  if (first.Status !== 'Optimal') return { schedule, status: 'feasible' };
  if (feasibilityOnly) return { schedule, status: 'optimal' };

  const maxStar = Math.round(first.ObjectiveValue);
  // Phases (2) and (3) in one solve: total burden weighted above any possible
  // sum of start slots, so the total decides and the starts only break ties.
  const weight = c.meetings.reduce((sum, m) => sum + (m.starts[m.starts.length - 1] ?? 0), 0) + 1;
  const combined: Term[] = c.meetings.flatMap((m, i) =>
    m.starts.map((s, j): Term => [weight * m.participants.reduce((sum, _d, k) => sum + m.cost[k]![j]!, 0) + s, x(i, j)]),
  );
  const second = run(`${expr(combined)} + 0 M`, [` fixM: M <= ${maxStar}`]);
  if (second.Status !== 'Optimal') return { schedule, status: 'feasible' };
  return { schedule: read(c, second.Columns as Record<string, { Primal?: number }>), status: 'optimal' };
}
