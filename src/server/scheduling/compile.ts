/**
 * Turns a validated instance into index form for the solvers: a 15-minute
 * grid over the cluster window, each delegation's cost per slot, and for each
 * meeting its candidate starts (inside window, allowed range, fixed start, and
 * out of every participant's forbidden band) with each participant's cost.
 */
import { DateTime } from 'luxon';
import { slotCosts } from './comfort.js';
import { DEFAULT_DAILY_CAP, DEFAULT_PRINCIPAL_BUFFER, NIGHT_COST, SLOT_MINUTES, SLOT_MS, type SchedulingInstance } from './model.js';
import { windowBounds } from './validate.js';

export interface CompiledMeeting {
  id: string;
  durationSlots: number;
  /** Indices into Compiled.delegationIds. */
  participants: number[];
  principals: number[];
  /** Candidate start slots, ascending. */
  starts: number[];
  /**
   * cost[k][j]: cost for participant k at candidate start j. Participants
   * that share a comfort row (same zone and bands) share one array: read only.
   */
  cost: Float64Array[];
  /** Whether the start range was empty because of forbidden bands alone. */
  forbiddenOnly: boolean;
}

export interface CompiledPrecedence {
  before: number;
  after: number;
  /** Minimum (start(after) - start(before)) in slots. */
  minGapSlots: number;
}

export interface Compiled {
  gridStartMs: number;
  slotCount: number;
  hostTimeZone: string;
  delegationIds: string[];
  carried: number[];
  /** Host-local day index of each slot; dayLabels[day] = YYYY-MM-DD. */
  dayOfSlot: Int32Array;
  dayLabels: string[];
  meetings: CompiledMeeting[];
  precedences: CompiledPrecedence[];
  principalIds: string[];
  principalCaps: number[];
  /** Slots a principal's meeting occupies beyond its end (buffer). */
  bufferSlots: number;
  /** False when the no-overlap group is relaxed. */
  noOverlap: boolean;
}

export const slotToMs = (c: Pick<Compiled, 'gridStartMs'>, slot: number) => c.gridStartMs + slot * SLOT_MS;

export interface CompileOptions {
  /** Drop these hard-constraint groups (for explanations). */
  relax?: Set<string>;
}

export function compile(instance: SchedulingInstance, options: CompileOptions = {}): Compiled {
  const relax = options.relax ?? new Set<string>();
  const { startMs, endMs } = windowBounds(instance);
  const slotCount = Math.round((endMs - startMs) / SLOT_MS);
  const delegationIds = instance.delegations.map((d) => d.id);
  const delegationIndex = new Map(delegationIds.map((id, i) => [id, i]));
  // Delegations joining from the same zone with the same bands share one cost row.
  // Prefix sums make a meeting's cost at any start O(1): finite cost, and count of forbidden slots.
  const rows = new Map<string, number>();
  const prefixes: { cost: Float64Array; forbidden: Int32Array }[] = [];
  const rowOf = instance.delegations.map((d) => {
    const key = `${d.timeZone}|${d.allowNight ?? false}|${JSON.stringify(d.bands ?? null)}`;
    if (!rows.has(key)) {
      const row = slotCosts(d, startMs, slotCount);
      const cost = new Float64Array(slotCount + 1);
      const forbidden = new Int32Array(slotCount + 1);
      for (let k = 0; k < slotCount; k++) {
        const finite = Number.isFinite(row[k]!);
        cost[k + 1] = cost[k]! + (finite ? row[k]! : 0);
        forbidden[k + 1] = forbidden[k]! + (finite ? 0 : 1);
      }
      rows.set(key, prefixes.length);
      prefixes.push({ cost, forbidden });
    }
    return rows.get(key)!;
  });

  const dayOfSlot = new Int32Array(slotCount);
  const dayLabels: string[] = [];
  // Host-local days from host midnights (a day may be 23 or 25 hours long).
  let day = DateTime.fromMillis(startMs, { zone: instance.hostTimeZone }).startOf('day');
  let next = day.plus({ days: 1 }).toMillis();
  dayLabels.push(day.toISODate()!);
  for (let s = 0; s < slotCount; s++) {
    while (startMs + s * SLOT_MS >= next) {
      day = day.plus({ days: 1 });
      next = day.plus({ days: 1 }).toMillis();
      dayLabels.push(day.toISODate()!);
    }
    dayOfSlot[s] = dayLabels.length - 1;
  }

  const principalIds = [...new Set(instance.meetings.flatMap((m) => m.principals ?? []))].sort();
  const principalIndex = new Map(principalIds.map((p, i) => [p, i]));
  const principalCaps = principalIds.map((p) => instance.principalCaps?.[p] ?? instance.principalDailyCapMinutes ?? DEFAULT_DAILY_CAP);

  const meetings: CompiledMeeting[] = instance.meetings.map((m) => {
    const durationSlots = m.durationMinutes / SLOT_MINUTES;
    const participants = m.participants.map((p) => delegationIndex.get(p)!);
    let lo = 0;
    let hi = slotCount - durationSlots;
    if (!relax.has(`allowed:${m.id}`)) {
      if (m.allowedFrom !== undefined) lo = Math.max(lo, Math.ceil((m.allowedFrom - startMs) / SLOT_MS));
      if (m.allowedTo !== undefined) hi = Math.min(hi, Math.floor((m.allowedTo - startMs) / SLOT_MS) - durationSlots);
    }
    if (m.fixedStart !== undefined && !relax.has(`fixed:${m.id}`)) {
      const fixed = Math.round((m.fixedStart - startMs) / SLOT_MS);
      lo = Math.max(lo, fixed);
      hi = Math.min(hi, fixed);
    }
    // Work per comfort row, not per participant: a meeting of 27 delegations spans a handful of zones.
    const meetingRows = [...new Set(participants.map((d) => rowOf[d]!))];
    const checkForbidden = !relax.has(`forbidden:${m.id}`) && !m.held;
    const starts: number[] = [];
    for (let s = lo; s <= hi; s++) {
      if (checkForbidden && meetingRows.some((r) => prefixes[r]!.forbidden[s + durationSlots]! - prefixes[r]!.forbidden[s]! > 0)) continue;
      starts.push(s);
    }
    const costOfRow = new Map(
      meetingRows.map((r) => {
        const p = prefixes[r]!;
        const out = new Float64Array(starts.length);
        starts.forEach((s, j) => {
          const forbidden = p.forbidden[s + durationSlots]! - p.forbidden[s]!;
          // A held meeting's forbidden minutes were sat at night: priced as night time.
          if (m.held) out[j] = p.cost[s + durationSlots]! - p.cost[s]! + forbidden * SLOT_MINUTES * NIGHT_COST;
          // A relaxed forbidden band still has to be priced: count it as night time.
          else out[j] = forbidden > 0 ? NIGHT_COST * m.durationMinutes : p.cost[s + durationSlots]! - p.cost[s]!;
        });
        return [r, out] as const;
      }),
    );
    return {
      id: m.id,
      durationSlots,
      participants,
      principals: (m.principals ?? []).map((p) => principalIndex.get(p)!),
      starts,
      cost: participants.map((d) => costOfRow.get(rowOf[d]!)!),
      forbiddenOnly: hi >= lo && starts.length === 0,
    };
  });
  const meetingIndex = new Map(meetings.map((m, i) => [m.id, i]));
  const precedences = (instance.precedences ?? [])
    .filter((p) => !relax.has(`precedence:${p.before}>${p.after}`))
    .map((p) => {
      const before = meetingIndex.get(p.before)!;
      return {
        before,
        after: meetingIndex.get(p.after)!,
        minGapSlots: meetings[before]!.durationSlots + Math.ceil((p.bufferMinutes ?? 0) / SLOT_MINUTES),
      };
    });
  return {
    gridStartMs: startMs,
    slotCount,
    hostTimeZone: instance.hostTimeZone,
    delegationIds,
    carried: delegationIds.map((id) => instance.carriedBurden?.[id] ?? 0),
    dayOfSlot,
    dayLabels,
    meetings,
    precedences,
    principalIds,
    principalCaps: principalCaps.map((cap, i) => (relax.has(`cap:${principalIds[i]}`) ? Infinity : cap)),
    noOverlap: !relax.has('overlap'),
    bufferSlots: Math.ceil((instance.principalBufferMinutes ?? DEFAULT_PRINCIPAL_BUFFER) / SLOT_MINUTES),
  };
}
