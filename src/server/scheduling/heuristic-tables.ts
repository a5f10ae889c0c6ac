/**
 * What the heuristic reads to price a move without making it, computed once
 * per instance: each meeting's candidates by slot, their summed costs (also by
 * slot, meetings side by side, for the swap loop), its participants grouped by
 * shared cost row, and its candidates sorted by summed cost.
 */
import type { Compiled } from './compile.js';

export interface MeetingRows {
  /** One cost array per distinct row among the participants (compile shares them by zone and bands). */
  cost: Float64Array[];
  /** The delegations on each row. */
  members: number[][];
  /** Scratch: the highest burden on each row, and the rows by least room. */
  top: Float64Array;
  rank: Int32Array;
  /** Candidates sorted by (summed cost, start), with each row's cost in that order. */
  sortedStarts: Int32Array;
  sortedTotal: Float64Array;
  sortedCost: Float64Array[];
}

export function heuristicTables(c: Compiled) {
  const n = c.meetings.length;
  const delegationCount = c.delegationIds.length;
  const position = c.meetings.map((m) => {
    const pos = new Int32Array(c.slotCount).fill(-1);
    m.starts.forEach((s, j) => (pos[s] = j));
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
    const cost = [...rows.keys()];
    const t = totalCost[i]!;
    const starts = startsOf[i]!;
    const order = Int32Array.from(t.keys()).sort((x, y) => t[x]! - t[y]! || starts[x]! - starts[y]!);
    return {
      cost,
      members: [...rows.values()],
      top: new Float64Array(rows.size),
      rank: Int32Array.from(rows.keys(), (_, r) => r),
      sortedStarts: Int32Array.from(order, (j) => starts[j]!),
      sortedTotal: Float64Array.from(order, (j) => t[j]!),
      sortedCost: cost.map((row) => Float64Array.from(order, (j) => row[j]!)),
    };
  });
  /**
   * Summed cost by slot, meetings side by side (NaN where a meeting may not
   * start): for one meeting a's start, the swap loop reads every other
   * meeting's cost there in order.
   */
  const totalAtSlot = new Float64Array(c.slotCount * n).fill(NaN);
  c.meetings.forEach((m, i) => m.starts.forEach((s, j) => (totalAtSlot[s * n + i] = totalCost[i]![j]!)));
  const takesPart = c.meetings.map((m) => {
    const mask = new Uint8Array(delegationCount);
    for (const d of m.participants) mask[d] = 1;
    return mask;
  });

  /** For each meeting and participant, its cheapest candidate: a bound on what a swap can save it. */
  const cheapest = c.meetings.map((m) => m.cost.map((row) => row.reduce((a, b) => Math.min(a, b), Infinity)));
  return { position, startsOf, totalCost, rowsOf, totalAtSlot, takesPart, cheapest };
}
