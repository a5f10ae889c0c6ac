/**
 * Swaps: two placed meetings trade start slots (helps where the chair's
 * no-overlap is tight). A swap keeps the sum of starts, so it must lower
 * (max, total). Each is priced before it is made, and bounded first by what
 * it can save the delegation at the maximum.
 */
import { compareObjective } from './evaluate.js';
import type { Objective, Placement } from './heuristic-state.js';

export class Swaps {
  /** The objective while a pass runs (kept current as swaps are made). */
  current: Objective = { max: 0, total: 0 };
  private readonly scratch: Float64Array;
  /**
   * For each meeting, the position among its participants of the first
   * delegation at the maximum (-1 if it is not one): a swap that does not lower
   * that delegation's burden cannot lower the maximum.
   */
  private readonly atMax: Int32Array;
  /** What that delegation pays now in each meeting, and at least (its cheapest start): a bound on what a swap can save it. */
  private readonly atMaxNow: Float64Array;
  private readonly atMaxSaving: Float64Array;
  private markedFirst = -1;

  constructor(private readonly p: Placement) {
    this.scratch = new Float64Array(p.delegationCount);
    this.atMax = new Int32Array(p.n);
    this.atMaxNow = new Float64Array(p.n);
    this.atMaxSaving = new Float64Array(p.n);
  }

  private markOne(i: number): void {
    const k = this.atMax[i]!;
    this.atMaxNow[i] = k >= 0 ? this.p.c.meetings[i]!.cost[k]![this.p.placedJ[i]!]! : 0;
    this.atMaxSaving[i] = k >= 0 ? this.atMaxNow[i]! - this.p.tables.cheapest[i]![k]! : 0;
  }

  /** Starts a pass at the placement's objective. */
  begin(): void {
    this.current = this.p.objective();
    this.markMax(this.current.max);
  }

  /** After `changed` meetings moved (all when omitted): the same delegation first at the maximum needs only theirs redone. */
  private markMax(max: number, changed?: readonly number[]): void {
    const { burden, carried, delegationCount, n, c } = this.p;
    let first = 0;
    while (first < delegationCount && burden[first]! + carried[first]! !== max) first++;
    if (changed && first === this.markedFirst) {
      for (const i of changed) this.markOne(i);
      return;
    }
    this.markedFirst = first;
    for (let i = 0; i < n; i++) {
      this.atMax[i] = c.meetings[i]!.participants.indexOf(first);
      this.markOne(i);
    }
  }

  /**
   * Whether swapping a and b lowers (max, total), without making the swap
   * (the sum of starts stays). A falling total needs nobody in the pair to pass
   * the maximum; a total that does not fall needs the maximum itself to fall:
   * nobody in the pair may reach it, and nobody outside may sit at it.
   */
  improves(a: number, b: number, ja: number, jaAtB: number, jb: number, jbAtA: number, totalDelta: number, max: number): boolean {
    const { c, burden, carried, delegationCount } = this.p;
    const scratch = this.scratch;
    const A = c.meetings[a]!;
    const B = c.meetings[b]!;
    for (let k = 0; k < A.participants.length; k++) scratch[A.participants[k]!]! += A.cost[k]![jaAtB]! - A.cost[k]![ja]!;
    for (let k = 0; k < B.participants.length; k++) scratch[B.participants[k]!]! += B.cost[k]![jbAtA]! - B.cost[k]![jb]!;
    const strict = totalDelta >= 0;
    // Strictly below the maximum when the total does not fall; at most at it otherwise.
    let ok = true;
    for (let k = 0; k < A.participants.length && ok; k++) {
      const d = A.participants[k]!;
      const v = burden[d]! + scratch[d]! + carried[d]!;
      if (v > max || (strict && v === max)) ok = false;
    }
    for (let k = 0; k < B.participants.length && ok; k++) {
      const d = B.participants[k]!;
      const v = burden[d]! + scratch[d]! + carried[d]!;
      if (v > max || (strict && v === max)) ok = false;
    }
    if (ok && strict) {
      const inA = this.p.tables.takesPart[a]!;
      const inB = this.p.tables.takesPart[b]!;
      for (let d = 0; d < delegationCount && ok; d++) if (!inA[d] && !inB[d] && burden[d]! + carried[d]! >= max) ok = false;
    }
    for (const d of A.participants) scratch[d] = 0;
    for (const d of B.participants) scratch[d] = 0;
    return ok;
  }

  /** Tries swapping a and b (after `begin`); true when it was made. */
  trySwap(a: number, b: number): boolean {
    const p = this.p;
    const { n, sched, placedJ, placedTotal, c } = p;
    const { position, totalCost, totalAtSlot } = p.tables;
    const posA = position[a]!;
    const totalA = totalCost[a]!;
    // a's start changes when a swap is made: read it each time.
    const sa = sched[a]!;
    const sb = sched[b]!;
    if (sa === sb) return false;
    const bAtA = totalAtSlot[sa * n + b]!;
    const jaAtB = posA[sb]!;
    // NaN when b may not start at sa; -1 when a may not start at sb.
    if (!(bAtA === bAtA) || jaAtB < 0) return false;
    const ja = placedJ[a]!;
    const totalDelta = totalA[jaAtB]! - totalA[ja]! + bAtA - placedTotal[b]!;
    if (totalDelta >= 0) {
      // Only a lower maximum would do: the first delegation at the maximum must gain.
      const ka = this.atMax[a]!;
      const kb = this.atMax[b]!;
      if (ka < 0 && kb < 0) return false;
      const gainA = ka >= 0 ? this.atMaxNow[a]! - c.meetings[a]!.cost[ka]![jaAtB]! : 0;
      if (gainA + this.atMaxSaving[b]! <= 0) return false;
      if (kb >= 0 && gainA + this.atMaxNow[b]! - c.meetings[b]!.cost[kb]![position[b]![sa]!]! <= 0) return false;
    }
    const jb = placedJ[b]!;
    const jbAtA = position[b]![sa]!;
    if (!this.improves(a, b, ja, jaAtB, jb, jbAtA, totalDelta, this.current.max)) return false;
    const changes = p.changes;
    p.unplace(a);
    p.unplace(b);
    let swapped = false;
    if (p.fits(a, sb)) {
      p.place(a, sb);
      if (p.fits(b, sa)) {
        p.place(b, sa);
        // The priced swap said better; the placed one confirms it (the same sums, so the same unless costs are fractional).
        if (compareObjective(p.objective(), 0, this.current, 0) < 0) swapped = true;
        else p.unplace(b);
      }
      if (!swapped) p.unplace(a);
    }
    if (swapped) {
      this.current = p.objective();
      this.markMax(this.current.max, [a, b]);
    } else {
      p.place(a, sa);
      p.place(b, sb);
      // The same schedule as before the trial: meetings settled on it stay settled.
      p.changes = changes;
    }
    return swapped;
  }

  /** One pass: every pair that involves a meeting moved since the last pass; true when a swap was made. */
  pass(): boolean {
    const { n, moved } = this.p;
    this.begin();
    const dirty = moved.slice();
    moved.fill(0);
    const dirtyList = Int32Array.from(dirty.keys()).filter((i) => dirty[i] === 1);
    let improved = false;
    for (let a = 0; a < n; a++) {
      if (dirty[a]) {
        for (let b = a + 1; b < n; b++) if (this.trySwap(a, b)) improved = true;
      } else {
        for (const b of dirtyList) if (b > a && this.trySwap(a, b)) improved = true;
      }
    }
    return improved;
  }
}
