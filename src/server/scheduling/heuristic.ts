/**
 * The fast solver: greedy construction in precedence order, then iterated
 * local search (single moves and swaps) on the lexicographic objective (max,
 * total, sum of starts). Seeded and deterministic: same instance and seed,
 * same answer, when it finishes its rounds inside the budget.
 *
 * A move is priced before it is made (heuristic-tables.ts): from the burdens
 * without the meeting, per shared cost row; the hard constraints are checked
 * only for a move that would win.
 */
import type { Compiled } from './compile.js';
import { compareObjective, type SlotSchedule } from './evaluate.js';
import { constructionOrder, mulberry32, startBounds } from './heuristic-order.js';
import { heuristicTables } from './heuristic-tables.js';
import { SLOT_MINUTES } from './model.js';

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
 * The highest burden a meeting's participants would have at index j of
 * `costs` (per row: its highest burden plus the row's cost), rows taken in
 * `rank` order; Infinity as soon as one passes `limit`. Kept out of the
 * search's closures: it runs for most candidates looked at.
 */
function partsMax(top: Float64Array, rank: Int32Array, costs: readonly Float64Array[], j: number, limit: number): number {
  let max = 0;
  for (let o = 0; o < rank.length; o++) {
    const r = rank[o]!;
    const v = top[r]! + costs[r]![j]!;
    if (v > max) {
      if (v > limit) return Infinity;
      max = v;
    }
  }
  return max;
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
  /** For meetings without a chair: nothing is ever taken. */
  const noOccupancy = new Int32Array(horizon);
  const dayMinutes = c.principalIds.map(() => new Float64Array(c.dayLabels.length));
  const delegationCount = c.delegationIds.length;
  const carried = Float64Array.from(c.carried);
  const { position, startsOf, totalCost, rowsOf, totalAtSlot, takesPart, cheapest } = heuristicTables(c);

  const sched = new Int32Array(n).fill(-1);
  const burden = new Float64Array(delegationCount);
  /** Sum of the placed meetings' start slots (the third objective part). */
  let placedSum = 0;

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

  /** Of each placed meeting: its candidate index and summed cost (read in order by the swap loop). */
  const placedJ = new Int32Array(n);
  const placedTotal = new Float64Array(n);
  /**
   * Meetings whose start changed since the last swap pass began: after a kick
   * only swaps that involve one of them are tried (a full pass ends the search).
   */
  const moved = new Uint8Array(n).fill(1);
  const home = new Int32Array(n).fill(-1);
  const move = (i: number, s: number, sign: 1 | -1) => {
    const m = c.meetings[i]!;
    const j = position[i]![s]!;
    placedJ[i] = j;
    placedTotal[i] = totalCost[i]![j]!;
    for (let k = 0; k < m.participants.length; k++) burden[m.participants[k]!]! += sign * m.cost[k]![j]!;
    for (const pi of m.principals) {
      const occ = occupancy[pi]!;
      for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) occ[t]! += sign;
      for (let k = 0; k < m.durationSlots; k++) dayMinutes[pi]![c.dayOfSlot[s + k]!]! += sign * SLOT_MINUTES;
    }
    placedSum += sign * s;
  };
  const place = (i: number, s: number) => {
    sched[i] = s;
    move(i, s, 1);
    if (home[i] !== s) {
      home[i] = s;
      moved[i] = 1;
    }
  };
  const unplace = (i: number) => {
    move(i, sched[i]!, -1);
    sched[i] = -1;
  };
  const objective = () => {
    let max = 0;
    let total = 0;
    for (let d = 0; d < delegationCount; d++) {
      const b = burden[d]!;
      if (b + carried[d]! > max) max = b + carried[d]!;
      total += b;
    }
    return { max, total };
  };
  /** Moves only the meetings whose start differs (burden and occupancy are sums, so order does not matter). */
  const setAll = (target: Int32Array) => {
    for (let i = 0; i < n; i++) {
      if (sched[i] === target[i]) continue;
      if (sched[i]! >= 0) unplace(i);
      place(i, target[i]!);
    }
  };

  /**
   * The best start of unplaced meeting i among `starts` (filtered by `allowed`) against
   * the incumbent (bestMax, bestTotal, bestSum); -1 when none beats it. Each
   * candidate is priced from the burdens without i (maximum over the other
   * delegations, total) plus its own costs, so nothing is placed to look; the
   * hard constraints are checked only for a candidate that would win. The same
   * answer as placing each fitting candidate and comparing (max, total, sum).
   */
  const bestStart = (
    i: number,
    /** The incumbent: meeting i's current candidate index (its objective is worked out here), or -1 for none. */
    current: number,
    bestSum: number,
    sumWithout: number,
    lo: number,
    hi: number,
  ): number => {
    let bestMax = Infinity;
    let bestTotal = Infinity;
    const skip = current >= 0 ? startsOf[i]![current]! : -1;
    const starts = startsOf[i]!;
    const tc = totalCost[i]!;
    const mask = takesPart[i]!;
    let maxOthers = 0;
    let baseTotal = 0;
    for (let d = 0; d < delegationCount; d++) {
      const b = burden[d]!;
      baseTotal += b;
      if (!mask[d] && b + carried[d]! > maxOthers) maxOthers = b + carried[d]!;
    }
    // Per cost row, the highest burden among its participants; rows with the least room first.
    const rows = rowsOf[i]!;
    const { top, rank } = rows;
    for (let r = 0; r < top.length; r++) {
      let t = 0;
      for (const d of rows.members[r]!) if (burden[d]! + carried[d]! > t) t = burden[d]! + carried[d]!;
      top[r] = t;
    }
    // Insertion sort: a handful of rows.
    for (let a = 1; a < rank.length; a++) {
      const r = rank[a]!;
      let b = a - 1;
      while (b >= 0 && top[rank[b]!]! < top[r]!) {
        rank[b + 1] = rank[b]!;
        b--;
      }
      rank[b + 1] = r;
    }
    if (current >= 0) {
      // The objective with i where it is: the others' maximum, each row at i's current cost.
      bestMax = maxOthers;
      for (let r = 0; r < top.length; r++) bestMax = Math.max(bestMax, top[r]! + rows.cost[r]![current]!);
      bestTotal = baseTotal + tc[current]!;
    }
    if (maxOthers > bestMax) return -1;
    // The chair already sitting at the first or last slot: the commonest reason a start does not fit, checked first.
    const busy = c.noOverlap && c.meetings[i]!.principals.length ? occupancy[c.meetings[i]!.principals[0]!]! : null;
    const last = c.meetings[i]!.durationSlots + c.bufferSlots - 1;
    if (maxOthers === bestMax) {
      // The maximum cannot fall: the first start by (total, sum) that keeps it and fits is the best.
      // (Only with an incumbent: without one the maximum is unbounded. The others' burdens and the
      // other starts are common to every candidate, so a candidate beats the incumbent when its own
      // summed cost is lower, or equal with an earlier start.)
      const { sortedStarts, sortedTotal, sortedCost } = rows;
      const own = tc[current]!;
      const occ = busy ?? noOccupancy;
      for (let o = 0; o < sortedStarts.length; o++) {
        const t = sortedTotal[o]!;
        if (t > own) return -1;
        const s = sortedStarts[o]!;
        if (t === own && s >= skip) return -1;
        if (occ[s]! > 0 || occ[s + last]! > 0) continue;
        if (partsMax(top, rank, sortedCost, o, bestMax) !== Infinity && fits(i, s)) return s;
      }
      return -1;
    }
    let best = -1;
    for (let j = 0; j < starts.length; j++) {
      const s = starts[j]!;
      if (s === skip || s < lo || s > hi || (busy !== null && (busy[s]! > 0 || busy[s + last]! > 0))) continue;
      const max = Math.max(maxOthers, partsMax(top, rank, rows.cost, j, bestMax));
      if (max > bestMax) continue;
      const total = baseTotal + tc[j]!;
      const sum = sumWithout + s;
      if (max === bestMax && (total > bestTotal || (total === bestTotal && sum >= bestSum))) continue;
      if (!fits(i, s)) continue;
      best = s;
      bestMax = max;
      bestTotal = total;
      bestSum = sum;
    }
    return best;
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
    for (let i = 0; i < n; i++) if (sched[i]! >= 0) unplace(i);
    const queue = constructionOrder(c, rand, shuffle);
    let ejections = 0;
    while (queue.length) {
      const i = queue.shift()!;
      // Ties on (max, total) go to the earliest start: the start itself is the third part here.
      let best = bestStart(i, -1, Infinity, 0, earliest[i]!, latest[i]!);
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

  /**
   * For each meeting, the position among its participants of the first
   * delegation at the maximum (-1 if it is not one): a swap that does not lower
   * that delegation's burden cannot lower the maximum.
   */
  const scratch = new Float64Array(delegationCount);
  const atMax = new Int32Array(n);
  /** What that delegation pays now in each meeting, and at least (its cheapest start): a bound on what a swap can save it. */
  const atMaxNow = new Float64Array(n);
  const atMaxSaving = new Float64Array(n);
  let markedFirst = -1;
  const markOne = (i: number) => {
    const k = atMax[i]!;
    atMaxNow[i] = k >= 0 ? c.meetings[i]!.cost[k]![placedJ[i]!]! : 0;
    atMaxSaving[i] = k >= 0 ? atMaxNow[i]! - cheapest[i]![k]! : 0;
  };
  /** After `changed` meetings moved (all when omitted): the same delegation first at the maximum needs only theirs redone. */
  const markMax = (max: number, changed?: readonly number[]) => {
    let first = 0;
    while (first < delegationCount && burden[first]! + carried[first]! !== max) first++;
    if (changed && first === markedFirst) {
      for (const i of changed) markOne(i);
      return;
    }
    markedFirst = first;
    for (let i = 0; i < n; i++) {
      atMax[i] = c.meetings[i]!.participants.indexOf(first);
      markOne(i);
    }
  };
  /**
   * Whether swapping a and b lowers (max, total), without making the swap
   * (the sum of starts stays). A falling total needs nobody in the pair to pass
   * the maximum; a total that does not fall needs the maximum itself to fall:
   * nobody in the pair may reach it, and nobody outside may sit at it.
   */
  const swapImproves = (a: number, b: number, ja: number, jaAtB: number, jb: number, jbAtA: number, totalDelta: number, max: number): boolean => {
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
      const inA = takesPart[a]!;
      const inB = takesPart[b]!;
      for (let d = 0; d < delegationCount && ok; d++) if (!inA[d] && !inB[d] && burden[d]! + carried[d]! >= max) ok = false;
    }
    for (const d of A.participants) scratch[d] = 0;
    for (const d of B.participants) scratch[d] = 0;
    return ok;
  };

  /** The objective while a swap pass runs (kept current as swaps are made). */
  let current = { max: 0, total: 0 };
  /** Tries swapping a and b; true when it was made. */
  const trySwap = (a: number, b: number): boolean => {
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
      const ka = atMax[a]!;
      const kb = atMax[b]!;
      if (ka < 0 && kb < 0) return false;
      const gainA = ka >= 0 ? atMaxNow[a]! - c.meetings[a]!.cost[ka]![jaAtB]! : 0;
      if (gainA + atMaxSaving[b]! <= 0) return false;
      if (kb >= 0 && gainA + atMaxNow[b]! - c.meetings[b]!.cost[kb]![position[b]![sa]!]! <= 0) return false;
    }
    const jb = placedJ[b]!;
    const jbAtA = position[b]![sa]!;
    if (!swapImproves(a, b, ja, jaAtB, jb, jbAtA, totalDelta, current.max)) return false;
    unplace(a);
    unplace(b);
    let swapped = false;
    if (fits(a, sb)) {
      place(a, sb);
      if (fits(b, sa)) {
        place(b, sa);
        // The priced swap said better; the placed one confirms it (the same sums, so the same unless costs are fractional).
        if (compareObjective(objective(), 0, current, 0) < 0) swapped = true;
        else unplace(b);
      }
      if (!swapped) unplace(a);
    }
    if (swapped) {
      current = objective();
      markMax(current.max, [a, b]);
    } else {
      place(a, sa);
      place(b, sb);
    }
    return swapped;
  };

  /** Best-improvement single moves, then swaps (those involving a meeting that moved), until none helps. */
  const descend = (): boolean => {
    while (Date.now() < deadline) {
      let improved = false;
      for (let i = 0; i < n; i++) {
        const from = sched[i]!;
        const current = placedJ[i]!;
        const sum = placedSum;
        unplace(i);
        const best = bestStart(i, current, sum, placedSum, 0, c.slotCount);
        place(i, best >= 0 ? best : from);
        if (best >= 0) improved = true;
      }
      // Swaps: two meetings trade start slots (helps where the chair's no-overlap is tight).
      // A swap keeps the sum of starts, so it must lower (max, total).
      current = objective();
      markMax(current.max);
      const dirty = moved.slice();
      moved.fill(0);
      const dirtyList = Int32Array.from(dirty.keys()).filter((i) => dirty[i] === 1);
      for (let a = 0; a < n; a++) {
        if (dirty[a]) {
          for (let b = a + 1; b < n; b++) if (trySwap(a, b)) improved = true;
        } else {
          for (const b of dirtyList) if (b > a && trySwap(a, b)) improved = true;
        }
      }
      if (!improved) return true;
    }
    return false;
  };

  // Iterated local search: kick a few meetings to random feasible starts, descend, keep the best.
  descend();
  let best = sched.slice();
  let bestObj = objective();
  let bestSum = placedSum;
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
    descend();
    const obj = objective();
    const sum = placedSum;
    if (compareObjective(obj, sum, bestObj, bestSum) < 0) {
      best = sched.slice();
      bestObj = obj;
      bestSum = sum;
    } else {
      setAll(best);
    }
  }
  setAll(best);
  // The rounds tried only the swaps their kicks made possible; end with every swap tried.
  moved.fill(1);
  // Converged: the last descent ended at a local optimum, not at the deadline.
  const converged = descend();
  return { schedule: Array.from(sched), converged };
}
