/**
 * The fast solver: greedy construction in precedence order, then local search
 * (single moves and swaps) on the lexicographic objective (max, total, sum of
 * starts). Seeded and deterministic: same instance and seed, same answer.
 */
import type { Compiled } from './compile.js';
import { compareObjective, type SlotSchedule } from './evaluate.js';
import { SLOT_MINUTES } from './model.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HeuristicOptions {
  seed?: number;
  timeBudgetMs?: number;
  maxRestarts?: number;
  /** Kick-and-descend rounds after the first descent (default 1000). */
  iterations?: number;
}

export interface HeuristicOutcome {
  schedule: SlotSchedule | null;
  /** Whether the search stopped at a local optimum (not because of the time budget). */
  converged: boolean;
}

/** Earliest/latest start slot per meeting implied by candidates and precedences. */
function startBounds(c: Compiled): { earliest: number[]; latest: number[] } {
  const earliest = c.meetings.map((m) => m.starts[0] ?? Infinity);
  const latest = c.meetings.map((m) => m.starts[m.starts.length - 1] ?? -Infinity);
  for (let round = 0; round < c.meetings.length; round++) {
    let changed = false;
    for (const p of c.precedences) {
      if (earliest[p.after]! < earliest[p.before]! + p.minGapSlots) {
        earliest[p.after] = earliest[p.before]! + p.minGapSlots;
        changed = true;
      }
      if (latest[p.before]! > latest[p.after]! - p.minGapSlots) {
        latest[p.before] = latest[p.after]! - p.minGapSlots;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { earliest, latest };
}

/** Precedence-respecting order; among ready meetings, the most constrained first, ties shuffled by `rand`. */
function constructionOrder(c: Compiled, rand: () => number, shuffle: boolean): number[] {
  const indegree = c.meetings.map(() => 0);
  for (const p of c.precedences) indegree[p.after]!++;
  const key = c.meetings.map((m, i) => ({ i, k: m.starts.length + (shuffle ? rand() * 50 : i * 1e-6) }));
  const order: number[] = [];
  const done = new Set<number>();
  while (order.length < c.meetings.length) {
    const ready = key.filter(({ i }) => !done.has(i) && indegree[i] === 0).sort((a, b) => a.k - b.k);
    const next = ready[0];
    if (!next) break;
    order.push(next.i);
    done.add(next.i);
    for (const p of c.precedences) if (p.before === next.i) indegree[p.after]!--;
  }
  return order;
}

export function solveHeuristic(c: Compiled, options: HeuristicOptions = {}): HeuristicOutcome {
  const deadline = Date.now() + (options.timeBudgetMs ?? 2000);
  const rand = mulberry32(options.seed ?? 1);
  const n = c.meetings.length;
  if (c.meetings.some((m) => m.starts.length === 0)) return { schedule: null, converged: true };
  const { earliest, latest } = startBounds(c);
  const preds = c.meetings.map((_, i) => c.precedences.filter((p) => p.after === i || p.before === i));
  const horizon = c.slotCount + c.bufferSlots + 1;
  // Per principal: how many placed meetings (with buffer) cover each slot, and minutes per host day.
  const occupancy = c.principalIds.map(() => new Int32Array(horizon));
  const dayMinutes = c.principalIds.map(() => new Float64Array(c.dayLabels.length));
  const position = c.meetings.map((m) => {
    const pos = new Int32Array(c.slotCount).fill(-1);
    m.starts.forEach((s, j) => (pos[s] = j));
    return pos;
  });
  const isCandidate = (i: number, s: number) => position[i]![s]! >= 0;

  const sched: number[] = new Array<number>(n).fill(-1);
  const burden = c.delegationIds.map(() => 0);

  const fits = (i: number, s: number): boolean => {
    const m = c.meetings[i]!;
    for (const p of preds[i]!) {
      const other = p.before === i ? p.after : p.before;
      if (sched[other]! < 0) continue;
      const sb = p.before === i ? s : sched[p.before]!;
      const sa = p.after === i ? s : sched[p.after]!;
      if (sa - sb < p.minGapSlots) return false;
    }
    for (const pi of m.principals) {
      if (c.noOverlap) {
        const occ = occupancy[pi]!;
        for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) if (occ[t]! > 0) return false;
      }
      const cap = c.principalCaps[pi]!;
      const minutes = dayMinutes[pi]!;
      let day = c.dayOfSlot[s]!;
      let mine = 0;
      for (let k = 0; k <= m.durationSlots; k++) {
        const d = k < m.durationSlots ? c.dayOfSlot[s + k]! : -1;
        if (d !== day) {
          if (minutes[day]! + mine > cap) return false;
          day = d;
          mine = 0;
        }
        mine += SLOT_MINUTES;
      }
    }
    return true;
  };

  const move = (i: number, s: number, sign: 1 | -1) => {
    const m = c.meetings[i]!;
    const j = position[i]![s]!;
    for (let k = 0; k < m.participants.length; k++) burden[m.participants[k]!]! += sign * m.cost[k]![j]!;
    for (const pi of m.principals) {
      const occ = occupancy[pi]!;
      for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) occ[t]! += sign;
      for (let k = 0; k < m.durationSlots; k++) dayMinutes[pi]![c.dayOfSlot[s + k]!]! += sign * SLOT_MINUTES;
    }
  };
  const place = (i: number, s: number) => {
    sched[i] = s;
    move(i, s, 1);
  };
  const unplace = (i: number) => {
    move(i, sched[i]!, -1);
    sched[i] = -1;
  };
  const objective = () => {
    let max = 0;
    let total = 0;
    for (let d = 0; d < burden.length; d++) {
      const b = burden[d]!;
      if (b + c.carried[d]! > max) max = b + c.carried[d]!;
      total += b;
    }
    return { max, total };
  };
  const sumStarts = () => sched.reduce((a, b) => a + b, 0);
  const reset = () => {
    for (let i = 0; i < n; i++) if (sched[i]! >= 0) unplace(i);
  };
  const setAll = (target: readonly number[]) => {
    reset();
    target.forEach((s, i) => place(i, s));
  };

  /** Placed meetings that share a principal with meeting i and would overlap it (with buffer) at s. */
  const clashes = (i: number, s: number, sameDay: boolean): number[] => {
    const m = c.meetings[i]!;
    const days = new Set<number>();
    if (sameDay) for (let k = 0; k < m.durationSlots; k++) days.add(c.dayOfSlot[s + k]!);
    const out: number[] = [];
    for (let j = 0; j < n; j++) {
      const sj = sched[j]!;
      if (j === i || sj < 0) continue;
      const o = c.meetings[j]!;
      if (!o.principals.some((p) => m.principals.includes(p))) continue;
      const overlaps = !(sj >= s + m.durationSlots + c.bufferSlots || s >= sj + o.durationSlots + c.bufferSlots);
      if (overlaps || (sameDay && (days.has(c.dayOfSlot[sj]!) || days.has(c.dayOfSlot[sj + o.durationSlots - 1]!)))) out.push(j);
    }
    return out;
  };

  /**
   * Greedy in order; a meeting that fits nowhere takes the start where it
   * displaces the fewest meetings, which go back in the queue (bounded).
   */
  const construct = (shuffle: boolean): boolean => {
    reset();
    const queue = constructionOrder(c, rand, shuffle);
    let ejections = 0;
    while (queue.length) {
      const i = queue.shift()!;
      let best = -1;
      let bestObj = { max: Infinity, total: Infinity };
      for (const s of c.meetings[i]!.starts) {
        if (s < earliest[i]! || s > latest[i]! || !fits(i, s)) continue;
        place(i, s);
        const obj = objective();
        unplace(i);
        if (compareObjective(obj, s, bestObj, best) < 0) {
          best = s;
          bestObj = obj;
        }
      }
      if (best < 0) {
        let fewest: number[] | null = null;
        for (const sameDay of [false, true]) {
          for (const s of c.meetings[i]!.starts) {
            if (s < earliest[i]! || s > latest[i]!) continue;
            const out = clashes(i, s, sameDay);
            if (fewest && out.length >= fewest.length) continue;
            const saved = out.map((j) => sched[j]!);
            out.forEach(unplace);
            if (fits(i, s)) {
              fewest = out;
              best = s;
            }
            out.forEach((j, k) => place(j, saved[k]!));
          }
          if (best >= 0) break;
        }
        if (best < 0 || !fewest || (ejections += fewest.length) > 20 * n) return false;
        fewest.forEach((j) => {
          unplace(j);
          queue.push(j);
        });
      }
      place(i, best);
    }
    return true;
  };

  let ok = construct(false);
  for (let attempt = 0; !ok && attempt < (options.maxRestarts ?? 200) && Date.now() < deadline; attempt++) ok = construct(true);
  if (!ok) return { schedule: null, converged: false };

  /** Best-improvement single moves, then swaps, until none helps. */
  const descend = (): boolean => {
    while (Date.now() < deadline) {
      let improved = false;
      for (let i = 0; i < n; i++) {
        const from = sched[i]!;
        const baseSum = sumStarts();
        let bestObj = objective();
        let bestSum = baseSum;
        let best = from;
        unplace(i);
        for (const s of c.meetings[i]!.starts) {
          if (s === from || !fits(i, s)) continue;
          place(i, s);
          const obj = objective();
          unplace(i);
          const sum = baseSum - from + s;
          if (compareObjective(obj, sum, bestObj, bestSum) < 0) {
            best = s;
            bestObj = obj;
            bestSum = sum;
          }
        }
        place(i, best);
        if (best !== from) improved = true;
      }
      // Swaps: two meetings trade start slots (helps where the chair's no-overlap is tight).
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b < n; b++) {
          const sa = sched[a]!;
          const sb = sched[b]!;
          if (sa === sb || !isCandidate(a, sb) || !isCandidate(b, sa)) continue;
          const before = objective();
          unplace(a);
          unplace(b);
          let swapped = false;
          if (fits(a, sb)) {
            place(a, sb);
            if (fits(b, sa)) {
              place(b, sa);
              if (compareObjective(objective(), 0, before, 0) < 0) swapped = true;
              else unplace(b);
            }
            if (!swapped) unplace(a);
          }
          if (swapped) improved = true;
          else {
            place(a, sa);
            place(b, sb);
          }
        }
      }
      if (!improved) return true;
    }
    return false;
  };

  // Iterated local search: kick a few meetings to random feasible starts, descend, keep the best.
  let converged = descend();
  let best = [...sched];
  let bestObj = objective();
  let bestSum = sumStarts();
  const iterations = options.iterations ?? 1000;
  for (let it = 0; it < iterations && Date.now() < deadline; it++) {
    const kicks = 1 + Math.floor(rand() * Math.min(3, n));
    for (let k = 0; k < kicks; k++) {
      const i = Math.floor(rand() * n);
      const from = sched[i]!;
      unplace(i);
      const choices = c.meetings[i]!.starts.filter((s) => s !== from && fits(i, s));
      place(i, choices.length ? choices[Math.floor(rand() * choices.length)]! : from);
    }
    converged = descend();
    const obj = objective();
    const sum = sumStarts();
    if (compareObjective(obj, sum, bestObj, bestSum) < 0) {
      best = [...sched];
      bestObj = obj;
      bestSum = sum;
    } else {
      setAll(best);
    }
  }
  setAll(best);
  return { schedule: [...sched], converged };
}
