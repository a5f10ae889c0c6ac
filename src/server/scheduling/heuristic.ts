/**
 * The fast solver: greedy construction in precedence order
 * (heuristic-construct.ts), then iterated local search — best single moves
 * (heuristic-price.ts) and swaps (heuristic-swap.ts) until neither helps,
 * random kicks between descents — on the lexicographic objective (max, total,
 * sum of starts). Seeded and deterministic: same instance and seed, same
 * answer, when it finishes its rounds inside the budget.
 *
 * The working schedule and its sums are a Placement (heuristic-state.ts); a
 * move is priced before it is made, and the hard constraints are checked only
 * for a move that would win.
 */
import type { Compiled } from './compile.js';
import { compareObjective, type SlotSchedule } from './evaluate.js';
import { construct } from './heuristic-construct.js';
import { constructionOrder, mulberry32, startBounds } from './heuristic-order.js';
import { bestStart } from './heuristic-price.js';
import { Placement } from './heuristic-state.js';
import { Swaps } from './heuristic-swap.js';

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

/**
 * Each meeting in turn to its best start, if that beats where it is; true
 * when one moved. A meeting found settled is not priced again while nothing
 * has moved since (the same schedule gives the same answer).
 */
export function improveSingles(p: Placement): boolean {
  let improved = false;
  for (let i = 0; i < p.n; i++) {
    if (p.settledAt[i] === p.changes) continue;
    // Priced where it stands.
    const best = bestStart(p, i, p.placedJ[i]!, p.placedSum, p.placedSum - p.sched[i]!, 0, p.c.slotCount);
    if (best >= 0) {
      p.unplace(i);
      p.place(i, best);
      improved = true;
    } else p.settledAt[i] = p.changes;
  }
  return improved;
}

/** Best single moves, then swaps (those involving a meeting that moved), until none helps; false when the deadline came first. */
export function descend(p: Placement, swaps: Swaps, deadline: number): boolean {
  while (Date.now() < deadline) {
    const moved = improveSingles(p);
    const swapped = swaps.pass();
    if (!moved && !swapped) return true;
  }
  return false;
}

/** Moves one to three random meetings to random starts where they fit (a meeting with none stays). */
export function kick(p: Placement, rand: () => number): void {
  const kicks = 1 + Math.floor(rand() * Math.min(3, p.n));
  for (let k = 0; k < kicks; k++) {
    const i = Math.floor(rand() * p.n);
    const from = p.sched[i]!;
    p.unplace(i);
    const choices = p.c.meetings[i]!.starts.filter((s) => s !== from && p.fits(i, s));
    p.place(i, choices.length ? choices[Math.floor(rand() * choices.length)]! : from);
  }
}

export function solveHeuristic(c: Compiled, options: HeuristicOptions = {}): HeuristicOutcome {
  const deadline = Date.now() + (options.timeBudgetMs ?? 2000);
  const rand = mulberry32(options.seed ?? 1);
  if (c.meetings.some((m) => m.starts.length === 0)) return { schedule: null, converged: true };
  const { earliest, latest } = startBounds(c);
  const p = new Placement(c);

  let ok = construct(p, constructionOrder(c, rand, false), earliest, latest);
  for (let attempt = 0; !ok && attempt < (options.maxRestarts ?? 200) && Date.now() < deadline; attempt++) {
    ok = construct(p, constructionOrder(c, rand, true), earliest, latest);
  }
  if (!ok) return { schedule: null, converged: false };

  // Iterated local search: kick a few meetings to random feasible starts, descend, keep the best.
  const swaps = new Swaps(p);
  descend(p, swaps, deadline);
  let best = p.sched.slice();
  let bestObj = p.objective();
  let bestSum = p.placedSum;
  const iterations = options.iterations ?? 1000;
  for (let it = 0; it < iterations && Date.now() < deadline; it++) {
    kick(p, rand);
    descend(p, swaps, deadline);
    const obj = p.objective();
    const sum = p.placedSum;
    if (compareObjective(obj, sum, bestObj, bestSum) < 0) {
      best = p.sched.slice();
      bestObj = obj;
      bestSum = sum;
    } else {
      p.setAll(best);
    }
  }
  p.setAll(best);
  // The rounds tried only the swaps their kicks made possible; end with every swap tried.
  p.moved.fill(1);
  // Converged: the last descent ended at a local optimum, not at the deadline.
  const converged = descend(p, swaps, deadline);
  return { schedule: Array.from(p.sched), converged };
}
