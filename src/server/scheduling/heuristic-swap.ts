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
  /** 0, 1, …, n − 1. */
  private readonly everyone: Int32Array;

  constructor(private readonly p: Placement) {
    this.scratch = new Float64Array(p.delegationCount);
    this.atMax = new Int32Array(p.n);
    this.atMaxNow = new Float64Array(p.n);
    this.atMaxSaving = new Float64Array(p.n);
    this.everyone = Int32Array.from({ length: p.n }, (_, i) => i);
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
    const { burden, carried, delegationCount } = this.p;
    const scratch = this.scratch;
    // By cost row (its delegations change alike): one read per row, not per participant.
    const A = this.p.tables.rowsOf[a]!;
    const B = this.p.tables.rowsOf[b]!;
    for (let r = 0; r < A.cost.length; r++) {
      const delta = A.cost[r]![jaAtB]! - A.cost[r]![ja]!;
      for (let k = A.membersFrom[r]!; k < A.membersFrom[r + 1]!; k++) scratch[A.members[k]!]! += delta;
    }
    for (let r = 0; r < B.cost.length; r++) {
      const delta = B.cost[r]![jbAtA]! - B.cost[r]![jb]!;
      for (let k = B.membersFrom[r]!; k < B.membersFrom[r + 1]!; k++) scratch[B.members[k]!]! += delta;
    }
    const strict = totalDelta >= 0;
    // Strictly below the maximum when the total does not fall; at most at it otherwise.
    let ok = true;
    for (let k = 0; k < A.members.length && ok; k++) {
      const d = A.members[k]!;
      const v = burden[d]! + scratch[d]! + carried[d]!;
      if (v > max || (strict && v === max)) ok = false;
    }
    for (let k = 0; k < B.members.length && ok; k++) {
      const d = B.members[k]!;
      const v = burden[d]! + scratch[d]! + carried[d]!;
      if (v > max || (strict && v === max)) ok = false;
    }
    if (ok && strict) {
      const inA = this.p.tables.takesPart[a]!;
      const inB = this.p.tables.takesPart[b]!;
      for (let d = 0; d < delegationCount && ok; d++) if (!inA[d] && !inB[d] && burden[d]! + carried[d]! >= max) ok = false;
    }
    for (let k = 0; k < A.members.length; k++) scratch[A.members[k]!] = 0;
    for (let k = 0; k < B.members.length; k++) scratch[B.members[k]!] = 0;
    return ok;
  }

  /** Tries swapping a and b (after `begin`); true when it was made. The search's own step, for one pair. */
  trySwap(a: number, b: number): boolean {
    return this.tryAgainst(a, Int32Array.of(b), 0);
  }

  /**
   * The rest of `tryAgainst`, for a pair that passed its first checks: a may
   * start at b's slot (candidate `jaAtB`), b at a's (summed cost `bAtA`), and
   * the swap changes the total by `totalDelta`.
   */
  private priced(a: number, b: number, jaAtB: number, bAtA: number, totalDelta: number): boolean {
    const p = this.p;
    const { sched, placedJ, c } = p;
    const { position } = p.tables;
    const sa = sched[a]!;
    const sb = sched[b]!;
    const ja = placedJ[a]!;
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

  /**
   * Tries a against each b in `others` from index `from` on; true when a swap
   * was made. The loop of the search: most pairs fail on the first reads (a
   * slot the other may not take, or no gain on the total and neither meeting
   * at the maximum), so those are read here with a's side hoisted.
   */
  private tryAgainst(a: number, others: Int32Array, from: number): boolean {
    const p = this.p;
    const { n, sched, placedJ, placedTotal } = p;
    const { totalAtSlot } = p.tables;
    const posA = p.tables.position[a]!;
    const totalA = p.tables.totalCost[a]!;
    const atMax = this.atMax;
    let improved = false;
    let sa = sched[a]!;
    let row = sa * n;
    let ownA = totalA[placedJ[a]!]!;
    // The most a can save on the total, at its cheapest start.
    const cheapestA = p.tables.rowsOf[a]!.sortedTotal[0]!;
    let floorA = cheapestA - ownA;
    for (let k = from; k < others.length; k++) {
      const b = others[k]!;
      const bAtA = totalAtSlot[row + b]!;
      // NaN when b may not start at sa.
      if (bAtA !== bAtA) continue;
      // Neither at the maximum: only a lower total would do, and even a's cheapest start would not give one.
      if (atMax[b]! < 0 && atMax[a]! < 0 && bAtA - placedTotal[b]! + floorA >= 0) continue;
      const sb = sched[b]!;
      if (sb === sa) continue;
      const jaAtB = posA[sb]!;
      if (jaAtB < 0) continue;
      const totalDelta = totalA[jaAtB]! - ownA + bAtA - placedTotal[b]!;
      if (totalDelta >= 0 && atMax[a]! < 0 && atMax[b]! < 0) continue;
      if (this.priced(a, b, jaAtB, bAtA, totalDelta)) {
        improved = true;
        // a has moved: its side is read again.
        sa = sched[a]!;
        row = sa * n;
        ownA = totalA[placedJ[a]!]!;
        floorA = cheapestA - ownA;
      }
    }
    return improved;
  }

  /** One pass: every pair that involves a meeting moved since the last pass; true when a swap was made. */
  pass(): boolean {
    const { n, moved } = this.p;
    this.begin();
    const dirty = moved.slice();
    moved.fill(0);
    const everyone = this.everyone;
    const dirtyList = everyone.filter((i) => dirty[i] === 1);
    let improved = false;
    let next = 0;
    for (let a = 0; a < n; a++) {
      if (dirty[a]) {
        if (this.tryAgainst(a, everyone, a + 1)) improved = true;
      } else {
        // The moved meetings after a, in order.
        while (next < dirtyList.length && dirtyList[next]! <= a) next++;
        if (this.tryAgainst(a, dirtyList, next)) improved = true;
      }
    }
    return improved;
  }
}
