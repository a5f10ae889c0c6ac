/**
 * The exact solver's constraint rows, in CPLEX LP text: one start per
 * meeting, each delegation's burden under M, precedences, the principals'
 * no-overlap as clique rows, their daily caps, and symmetry breaking between
 * identical meetings. Pure: no HiGHS here, so the model's shape is tested on
 * its own (mip-rows.test.ts).
 *
 * x{m}_{j} = 1 when meeting m starts at its j-th candidate slot.
 */
import type { Compiled } from './compile.js';
import type { SlotSchedule } from './evaluate.js';
import { SLOT_MINUTES } from './model.js';

export const x = (m: number, j: number) => `x${m}_${j}`;

export type Term = [coefficient: number, variable: string];

export function expr(terms: Term[]): string {
  const parts = terms.filter(([c]) => c !== 0).map(([c, v]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return lines.join('\n  ') || '0 M';
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The largest g such that every burden, and so the maximum and the total, is
 * a multiple of g for every schedule: the gcd of all costs and carried
 * burdens (15 with the default bands: costs are per minute over 15-minute
 * slots). A bound b on either part then rounds up to ⌈b / g⌉·g, and HiGHS may
 * stop once its gap is below g. 1 when a value is not an integer.
 */
export function granularity(c: Compiled): number {
  let g = 0;
  const add = (v: number) => {
    if (g === 1) return;
    g = Number.isInteger(v) ? gcd(g, Math.abs(v)) : 1;
  };
  c.carried.forEach(add);
  for (const m of c.meetings) for (const row of new Set(m.cost)) for (const v of row) add(v);
  return g || 1;
}

/** Rounds a lower bound up to the next value a part can take. */
export const roundUp = (bound: number, g: number) => Math.ceil(bound / g - 1e-9) * g;

export interface CliqueRow {
  principal: number;
  slot: number;
  /** [meeting, candidate index] pairs whose meeting-plus-buffer covers the slot. */
  starts: [number, number][];
}

/**
 * No-overlap for one principal as clique rows: for a slot t, at most one of
 * the starts whose meeting plus buffer covers t. A row is kept only where it
 * is not contained in another: where some start begins (else the row is
 * inside the previous slot's) and some covering start ends before the next
 * slot where one begins (else it is inside that slot's row). The kept rows are
 * the maximal cliques of the interval graph, so nothing is lost.
 */
export function overlapCliques(c: Compiled, principal: number): CliqueRow[] {
  const mine = c.meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.principals.includes(principal));
  if (!c.noOverlap || mine.length < 2) return [];
  const n = c.slotCount + 1;
  const begins = new Uint8Array(n);
  const lastCovered = new Uint8Array(n);
  for (const { m } of mine) {
    for (const s of m.starts) {
      begins[s] = 1;
      lastCovered[Math.min(n - 1, s + m.durationSlots + c.bufferSlots - 1)] = 1;
    }
  }
  const out: CliqueRow[] = [];
  let t = 0;
  while (t < n) {
    if (!begins[t]) {
      t++;
      continue;
    }
    let next = t + 1;
    while (next < n && !begins[next]) next++;
    let ends = false;
    for (let u = t; u < next && !ends; u++) ends = lastCovered[u] === 1;
    if (ends) {
      const starts: [number, number][] = [];
      const meetings = new Set<number>();
      for (const { m, i } of mine) {
        const span = m.durationSlots + c.bufferSlots;
        m.starts.forEach((s, j) => {
          if (s <= t && t < s + span) {
            starts.push([i, j]);
            meetings.add(i);
          }
        });
      }
      if (meetings.size > 1) out.push({ principal, slot: t, starts });
    }
    t = next;
  }
  return out;
}

/**
 * Groups of interchangeable meetings: same duration, participants,
 * principals, candidate starts and costs, fixed nowhere and in no
 * precedence. Swapping two of them changes no constraint and no objective
 * part (not even the sum of starts), so their starts may be ordered.
 */
export function identicalGroups(c: Compiled): number[][] {
  const inPrecedence = new Set(c.precedences.flatMap((p) => [p.before, p.after]));
  const groups = new Map<string, number[]>();
  c.meetings.forEach((m, i) => {
    if (m.starts.length < 2 || inPrecedence.has(i)) return;
    const order = m.participants.map((d, k) => ({ d, k })).sort((a, b) => a.d - b.d);
    const key = JSON.stringify([
      m.durationSlots,
      order.map(({ d }) => d),
      [...m.principals].sort((a, b) => a - b),
      m.starts,
      order.map(({ k }) => Array.from(m.cost[k]!)),
    ]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The smallest start gap between two meetings of a group: they cannot overlap when they share a principal. */
function orderGap(c: Compiled, a: number): number {
  const m = c.meetings[a]!;
  return c.noOverlap && m.principals.length > 0 ? m.durationSlots + c.bufferSlots : 0;
}

/** `schedule` with each group's starts sorted into index order: the same objective, and the form the symmetry rows accept. */
export function canonical(c: Compiled, schedule: SlotSchedule, groups = identicalGroups(c)): SlotSchedule {
  const out = schedule.slice();
  for (const group of groups) {
    const starts = group.map((i) => schedule[i]!).sort((a, b) => a - b);
    group.forEach((i, k) => (out[i] = starts[k]!));
  }
  return out;
}

export interface ModelRows {
  rows: string[];
  /** Counts by kind, for tests and the benchmark. */
  counts: { one: number; burden: number; precedence: number; overlap: number; cap: number; symmetry: number };
}

/** The constraint rows shared by all stages. */
export function modelRows(c: Compiled): ModelRows {
  const out: string[] = [];
  const counts = { one: 0, burden: 0, precedence: 0, overlap: 0, cap: 0, symmetry: 0 };
  const push = (kind: keyof typeof counts, row: string) => {
    out.push(row);
    counts[kind]++;
  };
  c.meetings.forEach((m, i) => push('one', ` one${i}: ${expr(m.starts.map((_, j) => [1, x(i, j)]))} = 1`));
  c.delegationIds.forEach((_, d) => {
    const terms: Term[] = [];
    c.meetings.forEach((m, i) => {
      const k = m.participants.indexOf(d);
      if (k >= 0) m.starts.forEach((_, j) => terms.push([m.cost[k]![j]!, x(i, j)]));
    });
    push('burden', ` burden${d}: ${expr([...terms, [-1, 'M']])} <= ${-c.carried[d]!}`);
  });
  const startOf = (i: number, sign: number): Term[] => c.meetings[i]!.starts.map((s, j): Term => [sign * s, x(i, j)]);
  c.precedences.forEach((p, k) => {
    push('precedence', ` prec${k}: ${expr([...startOf(p.after, 1), ...startOf(p.before, -1)])} >= ${p.minGapSlots}`);
  });
  for (const group of identicalGroups(c)) {
    for (let k = 1; k < group.length; k++) {
      const [a, b] = [group[k - 1]!, group[k]!];
      push('symmetry', ` sym${a}_${b}: ${expr([...startOf(b, 1), ...startOf(a, -1)])} >= ${orderGap(c, a)}`);
    }
  }
  c.principalIds.forEach((_, pi) => {
    for (const row of overlapCliques(c, pi)) {
      push('overlap', ` ovl${pi}_${row.slot}: ${expr(row.starts.map(([i, j]): Term => [1, x(i, j)]))} <= 1`);
    }
    const mine = c.meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.principals.includes(pi));
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
    // A day the principal cannot fill past the cap needs no row.
    for (const [day, terms] of perDay) {
      const most = new Map<string, number>();
      for (const [v, name] of terms) {
        const meeting = name.slice(0, name.indexOf('_'));
        most.set(meeting, Math.max(most.get(meeting) ?? 0, v));
      }
      if ([...most.values()].reduce((a, b) => a + b, 0) > cap) push('cap', ` cap${pi}_${day}: ${expr(terms)} <= ${cap}`);
    }
  });
  return { rows: out, counts };
}

/** The whole LP: objective, rows, M ≥ 0 and the binaries. */
export function lpText(objective: string, constraints: string[], c: Compiled): string {
  const binaries = c.meetings.flatMap((m, i) => m.starts.map((_, j) => x(i, j)));
  const bin: string[] = [];
  for (let i = 0; i < binaries.length; i += 20) bin.push(' ' + binaries.slice(i, i + 20).join(' '));
  return ['Minimize', ` obj: ${objective}`, 'Subject To', ...constraints, 'Bounds', ' M >= 0', 'Binary', ...bin, 'End'].join('\n');
}
