/**
 * What the heuristic reads to price a move without making it, computed once
 * per instance: each meeting's candidates by slot, their summed costs (also by
 * slot, meetings side by side, for the swap loop), its participants grouped by
 * shared cost row, and its candidates sorted by summed cost.
 */
import type { Compiled } from './compile.js';

/** Costs in the smallest typed array that holds them exactly (`costArray`). */
export type CostArray = Float64Array | Int32Array | Int16Array;

export interface MeetingRows {
  /** One cost array per distinct row among the participants (compile shares them by zone and bands). */
  cost: CostArray[];
  /** The delegations on each row: row r's are members[membersFrom[r] … membersFrom[r + 1] − 1]. */
  members: Int32Array;
  membersFrom: Int32Array;
  /** Scratch: the highest burden on each row, and the rows by least room. */
  top: Float64Array;
  rank: Int32Array;
  /** Candidates sorted by (summed cost, start), with each row's cost in that order. */
  sortedStarts: Int32Array;
  sortedTotal: Float64Array;
  sortedCost: CostArray[];
  /** Where each candidate (by index) stands in that order. */
  sortedIndex: Int32Array;
}

/** Candidate indices by (summed cost, start); integer sums (the usual case) sort as plain numbers. */
function byTotal(t: Float64Array): Int32Array {
  const m = t.length;
  let integral = true;
  let top = 0;
  for (let j = 0; j < m && integral; j++) {
    integral = Number.isInteger(t[j]!);
    if (t[j]! > top) top = t[j]!;
  }
  if (integral && (top + 1) * m < 2 ** 52) {
    // Starts ascend with the index, so (total, index) orders as (total, start).
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = t[j]! * m + j;
    keys.sort();
    const order = new Int32Array(m);
    for (let o = 0; o < m; o++) order[o] = keys[o]! % m;
    return order;
  }
  return Int32Array.from(t.keys()).sort((x, y) => t[x]! - t[y]! || x - y);
}

/**
 * The cost arrays' type: 16-bit integers when every cost is one (the default
 * bands: a 180-minute night meeting costs 1,800), else 32-bit, else doubles.
 * Pricing reads these tables for every meeting in every pass; a quarter of the
 * size keeps more of them in cache.
 */
function costArray(c: Compiled): (values: ArrayLike<number>) => CostArray {
  let integral = true;
  let most = 0;
  for (const m of c.meetings) {
    for (const row of m.cost) {
      for (let j = 0; j < row.length && integral; j++) {
        integral = Number.isInteger(row[j]!);
        most = Math.max(most, Math.abs(row[j]!));
      }
    }
  }
  if (integral && most < 2 ** 15) return (v) => Int16Array.from(v);
  if (integral && most < 2 ** 31) return (v) => Int32Array.from(v);
  return (v) => Float64Array.from(v);
}

export function heuristicTables(c: Compiled) {
  const compact = costArray(c);
  const n = c.meetings.length;
  const delegationCount = c.delegationIds.length;
  // Small types where they are exact: these tables are read all the time, and a smaller one stays in cache.
  const positionType = c.slotCount < 2 ** 15 ? Int16Array : Int32Array;
  const position = c.meetings.map((m) => {
    const pos = new positionType(c.slotCount).fill(-1);
    for (let j = 0; j < m.starts.length; j++) pos[m.starts[j]!] = j;
    return pos;
  });
  // For evaluating a move without making it: each candidate's summed cost, and who takes part.
  const startsOf = c.meetings.map((m) => Int32Array.from(m.starts));
  const totalCost = c.meetings.map((m) => {
    const t = new Float64Array(m.starts.length);
    for (const row of m.cost) for (let j = 0; j < t.length; j++) t[j]! += row[j]!;
    return t;
  });
  /**
   * Participants that share a cost row (same zone and bands; compile shares the
   * array) move together: the worst of them decides, so a candidate is priced
   * per row, not per participant. Each meeting's candidates are also kept
   * sorted by (summed cost, start), with their row costs in that order: a
   * meeting that cannot lower the maximum reads only the starts cheaper than
   * its own, in order.
   */
  const rowsOf: MeetingRows[] = c.meetings.map((m, i) => {
    const rows = new Map<Float64Array, number[]>();
    m.participants.forEach((d, k) => rows.set(m.cost[k]!, [...(rows.get(m.cost[k]!) ?? []), d]));
    const shared = [...rows.keys()];
    const cost = shared.map(compact);
    const t = totalCost[i]!;
    const starts = startsOf[i]!;
    const order = byTotal(t);
    const sortedStarts = new Int32Array(order.length);
    const sortedTotal = new Float64Array(order.length);
    const sortedCost = shared.map(() => new Float64Array(order.length));
    const sortedIndex = new Int32Array(order.length);
    for (let o = 0; o < order.length; o++) {
      const j = order[o]!;
      sortedIndex[j] = o;
      sortedStarts[o] = starts[j]!;
      sortedTotal[o] = t[j]!;
      for (let r = 0; r < cost.length; r++) sortedCost[r]![o] = cost[r]![j]!;
    }
    return {
      cost,
      members: Int32Array.from([...rows.values()].flat()),
      membersFrom: Int32Array.from([0, ...[...rows.values()].map((_, r, all) => all.slice(0, r + 1).reduce((n, ds) => n + ds.length, 0))]),
      top: new Float64Array(rows.size),
      rank: Int32Array.from(rows.keys(), (_, r) => r),
      sortedStarts,
      sortedTotal,
      sortedCost: sortedCost.map(compact),
      sortedIndex,
    };
  });
  /**
   * Summed cost by slot, meetings side by side (NaN where a meeting may not
   * start): for one meeting a's start, the swap loop reads every other
   * meeting's cost there in order.
   */
  const exactIn32 = totalCost.every((t) => t.every((x) => Number.isInteger(x) && Math.abs(x) < 2 ** 24));
  const totalAtSlot = new (exactIn32 ? Float32Array : Float64Array)(c.slotCount * n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const starts = c.meetings[i]!.starts;
    const t = totalCost[i]!;
    for (let j = 0; j < starts.length; j++) totalAtSlot[starts[j]! * n + i] = t[j]!;
  }
  const takesPart = c.meetings.map((m) => {
    const mask = new Uint8Array(delegationCount);
    for (const d of m.participants) mask[d] = 1;
    return mask;
  });

  /** For each meeting and participant, its cheapest candidate: a bound on what a swap can save it. */
  const cheapest = c.meetings.map((m) =>
    m.cost.map((row) => {
      let min = Infinity;
      for (let j = 0; j < row.length; j++) if (row[j]! < min) min = row[j]!;
      return min;
    }),
  );
  return { position, startsOf, totalCost, rowsOf, totalAtSlot, takesPart, cheapest };
}
