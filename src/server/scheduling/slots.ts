/**
 * The slot finder for one meeting: every candidate start on the grid, ranked
 * by (worst participant cost, total cost, start), by exact enumeration. Also
 * the comfort band of each delegation at each slot, for the planner grid.
 */
import { localMinutesOfDay, minuteCost } from './comfort.js';
import { compile, slotToMs } from './compile.js';
import { DEFAULT_BANDS, SLOT_MINUTES, SLOT_MS, type SchedulingDelegation, type SchedulingMeeting } from './model.js';

export interface SlotQuery {
  hostTimeZone: string;
  window: { from: string; to: string };
  delegations: SchedulingDelegation[];
  meeting: SchedulingMeeting;
  /** How many ranked candidates to return (default 20). */
  limit?: number;
}

export interface RankedSlot {
  start: number;
  worst: number;
  total: number;
  /** Cost per participant delegation id. */
  costs: Record<string, number>;
}

export interface SlotAnswer {
  gridStart: number;
  slotMinutes: number;
  slotCount: number;
  /** Candidates that break no forbidden band, best first. */
  ranked: RankedSlot[];
  candidateCount: number;
  /** Per delegation and slot: the cost per minute of the slot's first minute, null where forbidden. */
  bands: { delegation: string; timeZone: string; cost: (number | null)[] }[];
}

export function findSlots(q: SlotQuery): SlotAnswer {
  const participants = new Set(q.meeting.participants);
  const delegations = q.delegations.filter((d) => participants.has(d.id));
  const c = compile({ hostTimeZone: q.hostTimeZone, window: q.window, delegations, meetings: [q.meeting] });
  const m = c.meetings[0]!;
  const ranked: RankedSlot[] = m.starts.map((s, j) => {
    const costs: Record<string, number> = {};
    let worst = 0;
    let total = 0;
    m.participants.forEach((d, k) => {
      const cost = m.cost[k]![j]!;
      costs[c.delegationIds[d]!] = cost;
      worst = Math.max(worst, cost);
      total += cost;
    });
    return { start: slotToMs(c, s), worst, total, costs };
  });
  ranked.sort((a, b) => a.worst - b.worst || a.total - b.total || a.start - b.start);
  const bands = delegations.map((d) => {
    const minutes = localMinutesOfDay(d.timeZone, c.gridStartMs, c.slotCount * SLOT_MINUTES);
    const cost: (number | null)[] = [];
    for (let s = 0; s < c.slotCount; s++) {
      const perMinute = minuteCost(d.bands ?? DEFAULT_BANDS, d.allowNight ?? false, minutes[s * SLOT_MINUTES]!);
      cost.push(Number.isFinite(perMinute) ? perMinute : null);
    }
    return { delegation: d.id, timeZone: d.timeZone, cost };
  });
  return {
    gridStart: c.gridStartMs,
    slotMinutes: SLOT_MS / 60_000,
    slotCount: c.slotCount,
    ranked: ranked.slice(0, q.limit ?? 20),
    candidateCount: ranked.length,
    bands,
  };
}
