/**
 * Pricing a move without making it: the best start of an unplaced meeting
 * against an incumbent, from the burdens without it. The hard constraints are
 * checked only for a candidate that would win.
 */
import type { Placement } from './heuristic-state.js';
import type { CostArray } from './heuristic-tables.js';

/**
 * The highest burden a meeting's participants would have at index j of
 * `costs` (per row: its highest burden plus the row's cost), rows taken in
 * `rank` order; Infinity as soon as one passes `limit`. Runs for most
 * candidates looked at.
 */
export function partsMax(top: Float64Array, rank: Int32Array, costs: readonly CostArray[], j: number, limit: number): number {
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

/**
 * The best start of meeting i between `lo` and `hi` against the incumbent —
 * its candidate index `current` (-1 for none) and the sum of starts `bestSum`
 * — by (max, total, sum of starts); -1 when none beats it. `sumWithout` is the
 * sum of the other meetings' starts. Each candidate is priced from the burdens
 * without i (maximum over the other delegations, total) plus its own costs, so
 * nothing is placed to look. The same answer as placing each fitting
 * candidate and comparing.
 *
 * Meeting i may be placed (at candidate `current`) or not. Placed, it stays
 * where it is: its own share is taken out of the burdens it reads, and it is
 * taken out of its chair's calendar while the candidates are checked (cheaper
 * than unplacing and placing it again: most pricings find nothing better).
 */
export function bestStart(p: Placement, i: number, current: number, bestSum: number, sumWithout: number, lo: number, hi: number): number {
  const placed = p.sched[i]! >= 0;
  if (!placed) return bestStartOf(p, i, current, bestSum, sumWithout, lo, hi, false);
  p.liftCalendar(i);
  const best = bestStartOf(p, i, current, bestSum, sumWithout, lo, hi, true);
  p.reenterCalendar(i);
  return best;
}

/**
 * Meeting i's cost on its cost row r at candidate j: placed (at j), from its
 * placement's copy, the same value close at hand (read for every meeting in
 * every pass, where the tables are often out of cache).
 */
function ownRowCost(p: Placement, i: number, r: number, j: number, placed: boolean): number {
  return placed ? p.placedRowCost[p.rowFrom[i]! + r]! : p.tables.rowsOf[i]!.cost[r]![j]!;
}

/** `bestStart`, with meeting i `placed` (at candidate `current`) but out of its principals' calendars, or unplaced. */
function bestStartOf(p: Placement, i: number, current: number, bestSum: number, sumWithout: number, lo: number, hi: number, placed: boolean): number {
  const { c, burden, carried, delegationCount } = p;
  const { startsOf, totalCost, takesPart, rowsOf } = p.tables;
  let bestMax = Infinity;
  let bestTotal = Infinity;
  const starts = startsOf[i]!;
  // Placed, i is at candidate `current` (its start, summed cost and rank there are read as for an incumbent).
  const skip = current >= 0 ? starts[current]! : -1;
  const tc = totalCost[i]!;
  const mask = takesPart[i]!;
  let maxOthers = 0;
  let baseTotal = 0;
  for (let d = 0; d < delegationCount; d++) {
    const b = burden[d]!;
    baseTotal += b;
    if (!mask[d] && b + carried[d]! > maxOthers) maxOthers = b + carried[d]!;
  }
  // Per cost row, the highest burden among its participants (without i); rows with the least room first.
  const rows = rowsOf[i]!;
  const { top, rank, members, membersFrom } = rows;
  for (let r = 0; r < top.length; r++) {
    let t = 0;
    for (let k = membersFrom[r]!; k < membersFrom[r + 1]!; k++) {
      const d = members[k]!;
      if (burden[d]! + carried[d]! > t) t = burden[d]! + carried[d]!;
    }
    top[r] = placed ? t - ownRowCost(p, i, r, current, placed) : t;
  }
  if (placed) baseTotal -= tc[current]!;
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
    for (let r = 0; r < top.length; r++) bestMax = Math.max(bestMax, top[r]! + ownRowCost(p, i, r, current, placed));
    bestTotal = baseTotal + tc[current]!;
  }
  if (maxOthers > bestMax) return -1;
  // The chair already sitting at the first or last slot: the commonest reason a start does not fit, checked first.
  const meeting = c.meetings[i]!;
  const busy = c.noOverlap && meeting.principals.length ? p.occupancy[meeting.principals[0]!]! : null;
  const last = meeting.durationSlots + c.bufferSlots - 1;
  if (maxOthers === bestMax) {
    // The maximum cannot fall: the first start by (total, sum) that keeps it and fits is the best.
    // (Only with an incumbent: without one the maximum is unbounded. The others' burdens and the
    // other starts are common to every candidate, so a candidate beats the incumbent when its own
    // summed cost is lower, or equal with an earlier start: those sorted before its own.)
    const { sortedStarts, sortedCost } = rows;
    const own = rows.sortedIndex[current]!;
    const occ = busy ?? p.noOccupancy;
    // The row with the least room first, alone (read in order; most candidates fail it), then the chair.
    const first = rank.length ? sortedCost[rank[0]!]! : null;
    const firstTop = rank.length ? top[rank[0]!]! : 0;
    for (let o = 0; o < own; o++) {
      if (first !== null && firstTop + first[o]! > bestMax) continue;
      const s = sortedStarts[o]!;
      if (occ[s]! > 0 || occ[s + last]! > 0) continue;
      if (partsMax(top, rank, sortedCost, o, bestMax) !== Infinity && p.fits(i, s)) return s;
    }
    return -1;
  }
  let best = -1;
  const first = rank.length ? rows.cost[rank[0]!]! : null;
  const firstTop = rank.length ? top[rank[0]!]! : 0;
  for (let j = 0; j < starts.length; j++) {
    // The row with the least room alone first, as above (bestMax only falls).
    if (first !== null && firstTop + first[j]! > bestMax) continue;
    const s = starts[j]!;
    if (s === skip || s < lo || s > hi || (busy !== null && (busy[s]! > 0 || busy[s + last]! > 0))) continue;
    const max = Math.max(maxOthers, partsMax(top, rank, rows.cost, j, bestMax));
    if (max > bestMax) continue;
    const total = baseTotal + tc[j]!;
    const sum = sumWithout + s;
    if (max === bestMax && (total > bestTotal || (total === bestTotal && sum >= bestSum))) continue;
    if (!p.fits(i, s)) continue;
    best = s;
    bestMax = max;
    bestTotal = total;
    bestSum = sum;
  }
  return best;
}
