/**
 * The heuristic's seeded randomness and its construction order: which
 * meeting to place next, and the earliest and latest start each may take
 * given the precedences.
 */
import type { Compiled } from './compile.js';

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

/** Earliest/latest start slot per meeting implied by candidates and precedences. */
export function startBounds(c: Compiled): { earliest: number[]; latest: number[] } {
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
export function constructionOrder(c: Compiled, rand: () => number, shuffle: boolean): number[] {
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
