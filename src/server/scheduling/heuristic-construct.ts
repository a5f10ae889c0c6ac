/**
 * The first schedule: meetings placed greedily in the given order, each at
 * its best start; a meeting that fits nowhere takes the start where it
 * displaces the fewest meetings, which go back in the queue (bounded).
 */
import { bestStart } from './heuristic-price.js';
import type { Placement } from './heuristic-state.js';

/** Places every meeting from scratch in `order`, within [earliest, latest] each; false when the ejections run past their bound. */
export function construct(p: Placement, order: readonly number[], earliest: readonly number[], latest: readonly number[]): boolean {
  const { c, n, sched } = p;
  for (let i = 0; i < n; i++) if (sched[i]! >= 0) p.unplace(i);
  const queue = [...order];
  let ejections = 0;
  while (queue.length) {
    const i = queue.shift()!;
    // Ties on (max, total) go to the earliest start: the start itself is the third part here.
    let best = bestStart(p, i, -1, Infinity, 0, earliest[i]!, latest[i]!);
    if (best < 0) {
      let fewest: number[] | null = null;
      for (const sameDay of [false, true]) {
        for (const s of c.meetings[i]!.starts) {
          if (s < earliest[i]! || s > latest[i]!) continue;
          const out = p.clashes(i, s, sameDay);
          if (fewest && out.length >= fewest.length) continue;
          const saved = out.map((j) => sched[j]!);
          for (const j of out) p.unplace(j);
          if (p.fits(i, s)) {
            fewest = out;
            best = s;
          }
          out.forEach((j, k) => p.place(j, saved[k]!));
        }
        if (best >= 0) break;
      }
      if (best < 0 || !fewest || (ejections += fewest.length) > 20 * n) return false;
      for (const j of fewest) {
        p.unplace(j);
        queue.push(j);
      }
    }
    p.place(i, best);
  }
  return true;
}
