/** Random scheduling instances for property tests and the benchmark. */
import fc from 'fast-check';
import { mulberry32 } from './heuristic-order.js';
import { slotCosts } from './comfort.js';
import { SLOT_MINUTES } from './model.js';
import { windowBounds } from './validate.js';
import type { SchedulingInstance } from './model.js';

export const ZONES = [
  'Asia/Ho_Chi_Minh',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Europe/Brussels',
  'Europe/Moscow',
  'America/New_York',
  'America/Toronto',
  'Pacific/Auckland',
  'Australia/Sydney',
  'Asia/Karachi',
] as const;

export interface GeneratorSize {
  meetings: number;
  delegations: number;
  days: number;
  /** Host-local first day. */
  from?: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A seeded instance in the shape of a chairmanship cluster: a chair principal
 * in every meeting, delegations spread over the zones, 60–180 minute meetings
 * with 3 to all delegations, an opening that precedes a few others.
 */
export function generateInstance(size: GeneratorSize, seed: number): SchedulingInstance {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const from = size.from ?? '2020-09-21';
  const delegations = Array.from({ length: size.delegations }, (_, i) => ({
    id: `D${String(i + 1).padStart(2, '0')}`,
    // Half in the host's region, the rest anywhere: like ASEAN and its partners.
    timeZone: i < size.delegations / 2 ? pick(ZONES.slice(0, 3)) : pick(ZONES),
    ...(rand() < 0.15 ? { allowNight: true } : {}),
  }));
  const ids = delegations.map((d) => d.id);
  const meetings = Array.from({ length: size.meetings }, (_, i) => {
    const count = Math.max(3, Math.floor(rand() * rand() * size.delegations));
    const participants = [...ids]
      .sort(() => rand() - 0.5)
      .slice(0, count)
      .sort();
    return {
      id: `M${String(i + 1).padStart(3, '0')}`,
      durationMinutes: pick([60, 60, 90, 120, 180]),
      participants,
      // One chair per ~8 meetings a day, so that caps and no-overlap bind but leave room.
      principals: [`chair${1 + (i % Math.max(1, Math.ceil(size.meetings / (size.days * 3))))}`],
    };
  });
  const precedences = meetings.slice(1, Math.min(meetings.length, 4)).map((m) => ({ before: meetings[0]!.id, after: m.id, bufferMinutes: 15 }));
  const instance: SchedulingInstance = {
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    window: { from, to: addDays(from, size.days - 1) },
    delegations,
    meetings,
    precedences,
  };
  // A meeting whose participants' forbidden bands leave too few starts loses
  // its last participants until enough fit, so that instances are solvable.
  const { startMs, endMs } = windowBounds(instance);
  const slotCount = Math.round((endMs - startMs) / (SLOT_MINUTES * 60_000));
  // Per delegation, how many forbidden slots come before each slot: a start is free for it when none lies inside.
  const forbiddenBefore = new Map(
    delegations.map((d) => {
      const row = slotCosts(d, startMs, slotCount);
      const before = new Int32Array(slotCount + 1);
      for (let k = 0; k < slotCount; k++) before[k + 1] = before[k]! + (Number.isFinite(row[k]!) ? 0 : 1);
      return [d.id, before] as const;
    }),
  );
  /** At least 4 feasible starts per day of the window (an hour of freedom a day), so that chairs can fit. */
  const fits = (participants: string[], slots: number) => {
    const rows = participants.map((p) => forbiddenBefore.get(p)!);
    let found = 0;
    for (let s = 0; s + slots <= slotCount; s++) {
      if (rows.every((before) => before[s + slots] === before[s]) && ++found >= 4 * size.days) return true;
    }
    return false;
  };
  for (const m of meetings) {
    while (m.participants.length > 1 && !fits(m.participants, m.durationMinutes / SLOT_MINUTES)) m.participants.pop();
  }
  return instance;
}

/** Small instances for property tests (exact solve in well under a second). */
export const smallInstance = (): fc.Arbitrary<SchedulingInstance> =>
  fc
    .record({
      zones: fc.array(fc.constantFrom(...ZONES), { minLength: 2, maxLength: 5 }),
      meetings: fc.array(
        fc.record({
          duration: fc.constantFrom(60, 90, 120, 180),
          mask: fc.integer({ min: 1, max: 31 }),
          chair: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      precedence: fc.boolean(),
      cap: fc.constantFrom(180, 240, 480),
      from: fc.constantFrom('2020-09-26', '2020-10-31', '2020-09-09'),
      days: fc.integer({ min: 1, max: 2 }),
      night: fc.boolean(),
      fixedSlot: fc.option(fc.integer({ min: 0, max: 83 }), { nil: undefined }),
      allowedHours: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    })
    .map(({ zones, meetings, precedence, cap, from, days, night, fixedSlot, allowedHours }) => {
      const windowStart = windowBounds({ hostTimeZone: 'Asia/Ho_Chi_Minh', window: { from, to: from } }).startMs;
      const delegations = zones.map((timeZone, i) => ({ id: `D${i}`, timeZone, ...(night && i === 0 ? { allowNight: true } : {}) }));
      const ms = meetings.map((m, i) => {
        const participants = delegations.filter((_, k) => (m.mask >> k) & 1).map((d) => d.id);
        return {
          id: `M${i}`,
          durationMinutes: Math.min(m.duration, cap),
          participants: participants.length ? participants : [delegations[0]!.id],
          principals: m.chair ? ['chair'] : [],
          // The opening may be fixed; the last meeting may have to fall in a 12-hour range.
          ...(i === 0 && fixedSlot !== undefined ? { fixedStart: windowStart + fixedSlot * SLOT_MINUTES * 60_000 } : {}),
          ...(i === meetings.length - 1 && i > 0 && allowedHours !== undefined
            ? { allowedFrom: windowStart + allowedHours * 3_600_000, allowedTo: windowStart + (allowedHours + 12) * 3_600_000 }
            : {}),
        };
      });
      return {
        hostTimeZone: 'Asia/Ho_Chi_Minh',
        window: { from, to: addDays(from, days - 1) },
        delegations,
        meetings: ms,
        precedences: precedence && ms.length > 1 ? [{ before: 'M0', after: 'M1', bufferMinutes: 15 }] : [],
        principalDailyCapMinutes: cap,
      } satisfies SchedulingInstance;
    });
