/**
 * The search space of an explanation: an instance cut into constraint groups
 * (each meeting, each comfort row's forbidden hours in each meeting, allowed
 * ranges, fixed starts, precedences, the chair's no-overlap, each cap), and a
 * fast proof that a set of groups cannot hold together: empty start ranges,
 * precedence bounds, the cap's minutes per day and the no-overlap's time
 * budget, all in slot arithmetic. Pure.
 *
 * A comfort row is the delegations whose forbidden slots in the window are
 * the same: US and Canada at UTC−4 are one row, as they block the same hours.
 */
import { IANAZone } from 'luxon';
import { slotCosts } from './comfort.js';
import { compile, type Compiled } from './compile.js';
import { SLOT_MINUTES, type SchedulingInstance } from './model.js';

export type Group =
  | { kind: 'meeting'; meeting: number }
  | { kind: 'hours'; meeting: number; row: number }
  | { kind: 'allowed'; meeting: number }
  | { kind: 'fixed'; meeting: number }
  | { kind: 'precedence'; index: number }
  | { kind: 'overlap' }
  | { kind: 'cap'; principal: number };

export const keyOf = (g: Group): string => {
  switch (g.kind) {
    case 'meeting':
    case 'allowed':
    case 'fixed':
      return `${g.kind}:${g.meeting}`;
    case 'hours':
      return `hours:${g.meeting}:${g.row}`;
    case 'precedence':
      return `precedence:${g.index}`;
    case 'overlap':
      return 'overlap';
    case 'cap':
      return `cap:${g.principal}`;
  }
};

export interface ComfortRow {
  delegations: string[];
  timeZone: string;
  /** UTC offset at the start of the window, in minutes. */
  utcOffsetMinutes: number;
  /** forbidden[k]: forbidden slots before slot k (prefix count). */
  forbidden: Int32Array;
}

export interface SpaceMeeting {
  id: string;
  durationSlots: number;
  /** Rows of its participants that have forbidden slots in the window (none for a held meeting). */
  rows: number[];
  held: boolean;
  /** Start bounds from its allowed range (the whole window when it has none). */
  allowedLo: number;
  allowedHi: number;
  hasAllowed: boolean;
  fixed: number | null;
  principals: number[];
}

/** The groups switched on; a group of a meeting that is off is off too. */
export type Config = ReadonlySet<string>;

export class Space {
  readonly base: Compiled;
  readonly rows: ComfortRow[] = [];
  readonly meetings: SpaceMeeting[];

  constructor(readonly instance: SchedulingInstance) {
    this.base = compile(instance);
    const c = this.base;
    // Zones with the same forbidden slots in the window (New York and Toronto) make one row.
    const forbiddenOf = new Map<string, Int32Array>();
    const rowIndex = new Map<string, number>();
    const rowOf = new Map<string, number>();
    for (const d of instance.delegations) {
      const zoneKey = `${d.timeZone}|${d.allowNight ?? false}|${JSON.stringify(d.bands ?? null)}`;
      let forbidden = forbiddenOf.get(zoneKey);
      if (!forbidden) {
        const costs = slotCosts(d, c.gridStartMs, c.slotCount);
        forbidden = new Int32Array(c.slotCount + 1);
        for (let k = 0; k < c.slotCount; k++) forbidden[k + 1] = forbidden[k]! + (Number.isFinite(costs[k]!) ? 0 : 1);
        forbiddenOf.set(zoneKey, forbidden);
      }
      const key = forbidden.join(',');
      let r = rowIndex.get(key);
      if (r === undefined) {
        r = this.rows.length;
        rowIndex.set(key, r);
        this.rows.push({ delegations: [], timeZone: d.timeZone, utcOffsetMinutes: IANAZone.create(d.timeZone).offset(c.gridStartMs), forbidden });
      }
      this.rows[r]!.delegations.push(d.id);
      rowOf.set(d.id, r);
    }
    this.meetings = instance.meetings.map((m, i) => {
      const durationSlots = c.meetings[i]!.durationSlots;
      const full = c.slotCount - durationSlots;
      const lo = m.allowedFrom === undefined ? 0 : Math.max(0, Math.ceil((m.allowedFrom - c.gridStartMs) / (SLOT_MINUTES * 60_000)));
      const hi = m.allowedTo === undefined ? full : Math.min(full, Math.floor((m.allowedTo - c.gridStartMs) / (SLOT_MINUTES * 60_000)) - durationSlots);
      const rows = m.held ? [] : [...new Set(m.participants.map((p) => rowOf.get(p)!))].filter((r) => this.rows[r]!.forbidden[c.slotCount]! > 0);
      return {
        id: m.id,
        durationSlots,
        rows,
        held: m.held ?? false,
        allowedLo: lo,
        allowedHi: hi,
        hasAllowed: m.allowedFrom !== undefined || m.allowedTo !== undefined,
        fixed: m.fixedStart === undefined ? null : Math.round((m.fixedStart - c.gridStartMs) / (SLOT_MINUTES * 60_000)),
        principals: c.meetings[i]!.principals,
      };
    });
  }

  /** Every group of the instance. A held meeting's start is a fact, not a group: it is always on. */
  groups(): Group[] {
    const out: Group[] = [];
    this.meetings.forEach((m, i) => {
      out.push({ kind: 'meeting', meeting: i });
      for (const row of m.rows) out.push({ kind: 'hours', meeting: i, row });
      if (m.hasAllowed) out.push({ kind: 'allowed', meeting: i });
      if (m.fixed !== null && !m.held) out.push({ kind: 'fixed', meeting: i });
    });
    this.base.precedences.forEach((_, index) => out.push({ kind: 'precedence', index }));
    if (this.base.principalIds.length) out.push({ kind: 'overlap' });
    this.base.principalIds.forEach((_, principal) => out.push({ kind: 'cap', principal }));
    return out;
  }

  /** Start bounds of meeting i from the window, its allowed range and its fixed start. */
  bounds(config: Config, i: number): { lo: number; hi: number } {
    const m = this.meetings[i]!;
    let lo = 0;
    let hi = this.base.slotCount - m.durationSlots;
    if (m.hasAllowed && config.has(`allowed:${i}`)) {
      lo = Math.max(lo, m.allowedLo);
      hi = Math.min(hi, m.allowedHi);
    }
    if (m.fixed !== null && (m.held || config.has(`fixed:${i}`))) {
      lo = Math.max(lo, m.fixed);
      hi = Math.min(hi, m.fixed);
    }
    return { lo, hi };
  }

  activeRows(config: Config, i: number): number[] {
    return this.meetings[i]!.rows.filter((r) => config.has(`hours:${i}:${r}`));
  }

  /** Whether none of `rows` is forbidden in slots [from, to). */
  free(rows: readonly number[], from: number, to: number): boolean {
    return rows.every((r) => this.rows[r]!.forbidden[to]! === this.rows[r]!.forbidden[from]!);
  }

  /** Candidate starts of meeting i under the groups on. */
  starts(config: Config, i: number, rows = this.activeRows(config, i), durationSlots = this.meetings[i]!.durationSlots): number[] {
    const { lo, hi } = this.bounds(config, i);
    const out: number[] = [];
    for (let s = lo; s <= Math.min(hi, this.base.slotCount - durationSlots); s++) if (this.free(rows, s, s + durationSlots)) out.push(s);
    return out;
  }

  active(config: Config): number[] {
    return this.meetings.map((_, i) => i).filter((i) => config.has(`meeting:${i}`));
  }

  /**
   * A proof that the groups on cannot all hold ('infeasible'), or 'unknown'.
   * Sound: each rule only counts what every schedule must satisfy.
   */
  refute(config: Config): 'infeasible' | 'unknown' {
    const active = this.active(config);
    const domains = new Map<number, number[]>();
    for (const i of active) {
      const starts = this.starts(config, i);
      if (!starts.length) return 'infeasible';
      domains.set(i, starts);
    }
    const est = new Map(active.map((i) => [i, domains.get(i)![0]!]));
    const lst = new Map(active.map((i) => [i, domains.get(i)!.at(-1)!]));
    const precedences = this.base.precedences.filter((p, k) => config.has(`precedence:${k}`) && domains.has(p.before) && domains.has(p.after));
    // Precedence bounds to a fixed point; each round moves some bound by at least a slot.
    for (let round = 0, changed = true; changed && round < 10_000; round++) {
      changed = false;
      for (const p of precedences) {
        const needAfter = est.get(p.before)! + p.minGapSlots;
        const needBefore = lst.get(p.after)! - p.minGapSlots;
        for (const [i, lo, hi] of [
          [p.after, needAfter, lst.get(p.after)!],
          [p.before, est.get(p.before)!, needBefore],
        ] as const) {
          if (lo <= est.get(i)! && hi >= lst.get(i)!) continue;
          const d = domains.get(i)!.filter((s) => s >= lo && s <= hi);
          if (!d.length) return 'infeasible';
          domains.set(i, d);
          est.set(i, d[0]!);
          lst.set(i, d.at(-1)!);
          changed = true;
        }
      }
    }
    const c = this.base;
    for (let p = 0; p < c.principalIds.length; p++) {
      const mine = active.filter((i) => this.meetings[i]!.principals.includes(p));
      if (!mine.length) continue;
      if (config.has(`cap:${p}`)) {
        // Minutes the chair must sit against what the cap lets it sit on the days its meetings can reach.
        const need = mine.reduce((s, i) => s + this.meetings[i]!.durationSlots, 0) * SLOT_MINUTES;
        const reach = new Uint8Array(c.slotCount);
        for (const i of mine) reach.fill(1, est.get(i)!, lst.get(i)! + this.meetings[i]!.durationSlots);
        const perDay = new Map<number, number>();
        reach.forEach((on, s) => {
          if (on) perDay.set(c.dayOfSlot[s]!, (perDay.get(c.dayOfSlot[s]!) ?? 0) + SLOT_MINUTES);
        });
        let room = 0;
        for (const minutes of perDay.values()) room += Math.min(minutes, c.principalCaps[p]!);
        if (need > room) return 'infeasible';
      }
      if (config.has('overlap') && mine.length <= 80) {
        // Meetings that must lie inside [a, b) need their lengths and buffers to fit in it.
        const span = (i: number) => this.meetings[i]!.durationSlots + c.bufferSlots;
        for (const a of new Set(mine.map((i) => est.get(i)!))) {
          for (const b of new Set(mine.map((i) => lst.get(i)! + this.meetings[i]!.durationSlots))) {
            if (b <= a) continue;
            const energy = mine.reduce((s, i) => (est.get(i)! >= a && lst.get(i)! + this.meetings[i]!.durationSlots <= b ? s + span(i) : s), 0);
            if (energy > b - a + c.bufferSlots) return 'infeasible';
          }
        }
      }
    }
    return 'unknown';
  }

  /**
   * The groups on, as a compiled instance for the heuristic: costs left out
   * (only feasibility is asked), meetings renumbered. `order[k]` is the
   * meeting index of compiled meeting k.
   */
  compiled(config: Config): { c: Compiled; order: number[] } {
    const order = this.active(config);
    const at = new Map(order.map((i, k) => [i, k]));
    const base = this.base;
    const meetings = order.map((i) => {
      const starts = this.starts(config, i);
      const m = base.meetings[i]!;
      return { ...m, starts, cost: m.participants.map(() => new Float64Array(starts.length)), forbiddenOnly: false };
    });
    const precedences = base.precedences
      .filter((p, k) => config.has(`precedence:${k}`) && at.has(p.before) && at.has(p.after))
      .map((p) => ({ ...p, before: at.get(p.before)!, after: at.get(p.after)! }));
    const principalCaps = base.principalCaps.map((cap, p) => (config.has(`cap:${p}`) ? cap : Infinity));
    return { c: { ...base, meetings, precedences, principalCaps, noOverlap: config.has('overlap') }, order };
  }

  /**
   * The groups on, as an instance (for HiGHS): a meeting's forbidden hours
   * that are off lose those participants, whose cost does not matter to
   * feasibility; groups off are dropped.
   */
  instanceOf(config: Config): { instance: SchedulingInstance; relax: Set<string> } {
    const active = new Set(this.active(config));
    const inst = this.instance;
    const meetings = inst.meetings.flatMap((m, i) => {
      if (!active.has(i)) return [];
      const sm = this.meetings[i]!;
      const off = new Set(sm.rows.filter((r) => !config.has(`hours:${i}:${r}`)).flatMap((r) => this.rows[r]!.delegations));
      const { fixedStart, allowedFrom, allowedTo, ...rest } = m;
      return [
        {
          ...rest,
          participants: m.participants.filter((p) => !off.has(p)),
          ...(fixedStart !== undefined && (sm.held || config.has(`fixed:${i}`)) ? { fixedStart } : {}),
          ...(sm.hasAllowed && config.has(`allowed:${i}`) ? { allowedFrom, allowedTo } : {}),
        },
      ];
    });
    const ids = new Set(meetings.map((m) => m.id));
    const precedences = (inst.precedences ?? []).filter((p, k) => config.has(`precedence:${k}`) && ids.has(p.before) && ids.has(p.after));
    const principalCaps = Object.fromEntries(this.base.principalIds.map((id, p) => [id, config.has(`cap:${p}`) ? this.base.principalCaps[p]! : 100_000]));
    return {
      instance: { ...inst, meetings, precedences, principalCaps },
      relax: config.has('overlap') ? new Set() : new Set(['overlap']),
    };
  }

  /**
   * The instance with `aside` groups set aside, for verifying and pricing
   * changes while another conflict's rules are off: every participant stays
   * (a meeting's forbidden hours set aside are priced as night time), a
   * meeting set aside is left out; the rest as compile's `relax` keys.
   */
  withAside(aside: ReadonlySet<string>): { instance: SchedulingInstance; relax: Set<string> } {
    const inst = this.instance;
    const relax = new Set<string>();
    const out = new Set<string>();
    inst.meetings.forEach((m, i) => {
      if (aside.has(`meeting:${i}`)) out.add(m.id);
      if (this.meetings[i]!.rows.some((r) => aside.has(`hours:${i}:${r}`))) relax.add(`forbidden:${m.id}`);
      if (aside.has(`allowed:${i}`)) relax.add(`allowed:${m.id}`);
      if (aside.has(`fixed:${i}`)) relax.add(`fixed:${m.id}`);
    });
    (inst.precedences ?? []).forEach((p, k) => {
      if (aside.has(`precedence:${k}`)) relax.add(`precedence:${p.before}>${p.after}`);
    });
    this.base.principalIds.forEach((id, p) => {
      if (aside.has(`cap:${p}`)) relax.add(`cap:${id}`);
    });
    if (aside.has('overlap')) relax.add('overlap');
    const meetings = inst.meetings.filter((m) => !out.has(m.id));
    const precedences = (inst.precedences ?? []).filter((p) => !out.has(p.before) && !out.has(p.after));
    return { instance: { ...inst, meetings, precedences }, relax };
  }

  /** Maximal runs of slots in [from, to) where none of `rows` is forbidden. */
  freeRuns(rows: readonly number[], from: number, to: number): { from: number; to: number }[] {
    const out: { from: number; to: number }[] = [];
    let start = -1;
    for (let s = from; s <= to; s++) {
      const ok = s < to && this.free(rows, s, s + 1);
      if (ok && start < 0) start = s;
      if (!ok && start >= 0) {
        out.push({ from: start, to: s });
        start = -1;
      }
    }
    return out;
  }
}
