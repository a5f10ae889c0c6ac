/**
 * The heuristic's working schedule: where each meeting starts (or -1), and
 * the sums a move changes — each delegation's burden, each principal's
 * occupied slots and minutes per host day, the sum of starts — kept in step
 * by `place` and `unplace`, so a move is checked (`fits`) and priced without
 * recomputing anything.
 */
import type { Compiled } from './compile.js';
import { heuristicTables } from './heuristic-tables.js';
import { SLOT_MINUTES } from './model.js';

export type HeuristicTables = ReturnType<typeof heuristicTables>;

export interface Objective {
  max: number;
  total: number;
}

export class Placement {
  readonly n: number;
  readonly delegationCount: number;
  readonly tables: HeuristicTables;
  /** Start slot of each meeting, -1 while unplaced. */
  readonly sched: Int32Array;
  readonly burden: Float64Array;
  readonly carried: Float64Array;
  /** Sum of the placed meetings' start slots (the third objective part). */
  placedSum = 0;
  /** Of each placed meeting: its candidate index and summed cost. */
  readonly placedJ: Int32Array;
  readonly placedTotal: Float64Array;
  /**
   * Of each placed meeting, each of its cost rows at its candidate (meeting
   * i's rows from rowFrom[i]): pricing reads these for every meeting in every
   * pass, and close together they stay in cache where the tables do not.
   */
  readonly placedRowCost: Float64Array;
  readonly rowFrom: Int32Array;
  /**
   * Meetings whose start changed since the last swap pass began: after a kick
   * only swaps that involve one of them are tried (a full pass ends the search).
   */
  readonly moved: Uint8Array;
  private readonly home: Int32Array;
  /** How many times a meeting was placed somewhere new: equal counts, the same schedule. */
  changes = 0;
  /** Per meeting, `changes` when it was last found to have no better start (-1: never). */
  readonly settledAt: Float64Array;
  /** Per principal: how many placed meetings (with buffer) cover each slot, and minutes per host day. */
  readonly occupancy: Int32Array[];
  /** For meetings without a chair: nothing is ever taken. */
  readonly noOccupancy: Int32Array;
  private readonly dayMinutes: Float64Array[];
  /** Per meeting, the precedences it takes part in. */
  private readonly preds: Compiled['precedences'][];

  constructor(
    readonly c: Compiled,
    tables: HeuristicTables = heuristicTables(c),
  ) {
    const n = c.meetings.length;
    this.n = n;
    this.delegationCount = c.delegationIds.length;
    this.tables = tables;
    this.sched = new Int32Array(n).fill(-1);
    this.burden = new Float64Array(this.delegationCount);
    this.carried = Float64Array.from(c.carried);
    this.placedJ = new Int32Array(n);
    this.placedTotal = new Float64Array(n);
    this.rowFrom = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.rowFrom[i + 1] = this.rowFrom[i]! + tables.rowsOf[i]!.cost.length;
    this.placedRowCost = new Float64Array(this.rowFrom[n]!);
    this.moved = new Uint8Array(n).fill(1);
    this.home = new Int32Array(n).fill(-1);
    this.settledAt = new Float64Array(n).fill(-1);
    const horizon = c.slotCount + c.bufferSlots + 1;
    this.occupancy = c.principalIds.map(() => new Int32Array(horizon));
    this.noOccupancy = new Int32Array(horizon);
    this.dayMinutes = c.principalIds.map(() => new Float64Array(c.dayLabels.length));
    this.preds = c.meetings.map((_, i) => c.precedences.filter((p) => p.after === i || p.before === i));
  }

  /** Whether meeting i may start at s against the placed meetings: precedences, the chair's no-overlap and daily cap. */
  fits(i: number, s: number): boolean {
    const c = this.c;
    const sched = this.sched;
    const m = c.meetings[i]!;
    for (const p of this.preds[i]!) {
      const other = p.before === i ? p.after : p.before;
      if (sched[other]! < 0) continue;
      const sb = p.before === i ? s : sched[p.before]!;
      const sa = p.after === i ? s : sched[p.after]!;
      if (sa - sb < p.minGapSlots) return false;
    }
    for (const pi of m.principals) {
      if (c.noOverlap) {
        const occ = this.occupancy[pi]!;
        for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) if (occ[t]! > 0) return false;
      }
      const cap = c.principalCaps[pi]!;
      const minutes = this.dayMinutes[pi]!;
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
  }

  private add(i: number, s: number, sign: 1 | -1): void {
    const m = this.c.meetings[i]!;
    const j = this.tables.position[i]![s]!;
    this.placedJ[i] = j;
    this.placedTotal[i] = this.tables.totalCost[i]![j]!;
    const rows = this.tables.rowsOf[i]!;
    for (let r = 0; r < rows.cost.length; r++) this.placedRowCost[this.rowFrom[i]! + r] = rows.cost[r]![j]!;
    for (let k = 0; k < m.participants.length; k++) this.burden[m.participants[k]!]! += sign * m.cost[k]![j]!;
    this.addCalendar(i, s, sign);
    this.placedSum += sign * s;
  }

  /** Meeting i at s in (or out of) its principals' calendars: occupied slots and minutes per host day. */
  private addCalendar(i: number, s: number, sign: 1 | -1): void {
    const c = this.c;
    const m = c.meetings[i]!;
    for (const pi of m.principals) {
      const occ = this.occupancy[pi]!;
      for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) occ[t]! += sign;
      for (let k = 0; k < m.durationSlots; k++) this.dayMinutes[pi]![c.dayOfSlot[s + k]!]! += sign * SLOT_MINUTES;
    }
  }

  /**
   * Takes placed meeting i out of its principals' calendars only (its burdens
   * and start stay): `fits` then answers for i's other starts as if it were
   * unplaced. Pricing does this instead of unplacing, for the calendars are
   * all `fits` reads. Undone by `reenterCalendar`, before anything else moves.
   */
  liftCalendar(i: number): void {
    this.addCalendar(i, this.sched[i]!, -1);
  }

  reenterCalendar(i: number): void {
    this.addCalendar(i, this.sched[i]!, 1);
  }

  place(i: number, s: number): void {
    this.sched[i] = s;
    this.add(i, s, 1);
    if (this.home[i] !== s) {
      this.home[i] = s;
      this.moved[i] = 1;
      this.changes++;
    }
  }

  unplace(i: number): void {
    this.add(i, this.sched[i]!, -1);
    this.sched[i] = -1;
  }

  /** The highest burden (carried burden included) and the total. */
  objective(): Objective {
    let max = 0;
    let total = 0;
    for (let d = 0; d < this.delegationCount; d++) {
      const b = this.burden[d]!;
      if (b + this.carried[d]! > max) max = b + this.carried[d]!;
      total += b;
    }
    return { max, total };
  }

  /** Moves only the meetings whose start differs (burden and occupancy are sums, so order does not matter). */
  setAll(target: Int32Array): void {
    for (let i = 0; i < this.n; i++) {
      if (this.sched[i] === target[i]) continue;
      if (this.sched[i]! >= 0) this.unplace(i);
      this.place(i, target[i]!);
    }
  }

  /** Placed meetings that share a principal with meeting i and would overlap it (with buffer) at s; with `sameDay`, also those on its host days. */
  clashes(i: number, s: number, sameDay: boolean): number[] {
    const c = this.c;
    const m = c.meetings[i]!;
    const days = new Set<number>();
    if (sameDay) for (let k = 0; k < m.durationSlots; k++) days.add(c.dayOfSlot[s + k]!);
    const out: number[] = [];
    for (let j = 0; j < this.n; j++) {
      const sj = this.sched[j]!;
      if (j === i || sj < 0) continue;
      const o = c.meetings[j]!;
      if (!o.principals.some((p) => m.principals.includes(p))) continue;
      const overlaps = !(sj >= s + m.durationSlots + c.bufferSlots || s >= sj + o.durationSlots + c.bufferSlots);
      if (overlaps || (sameDay && (days.has(c.dayOfSlot[sj]!) || days.has(c.dayOfSlot[sj + o.durationSlots - 1]!)))) out.push(j);
    }
    return out;
  }
}
