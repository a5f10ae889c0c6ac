/**
 * Burden, objective and the hard-constraint check of a schedule over a
 * compiled instance. The check is independent of the solvers, so tests can
 * hold every solver to it.
 */
import type { Compiled } from './compile.js';
import { SLOT_MINUTES, type Objective } from './model.js';

/** A schedule in index form: start slot per meeting (same order as Compiled.meetings). */
export type SlotSchedule = number[];

export function burdens(c: Compiled, schedule: SlotSchedule): number[] {
  const out = c.delegationIds.map(() => 0);
  c.meetings.forEach((m, i) => {
    const j = m.starts.indexOf(schedule[i]!);
    m.participants.forEach((d, k) => {
      out[d]! += j >= 0 ? m.cost[k]![j]! : Infinity;
    });
  });
  return out;
}

export function objectiveOf(c: Compiled, burden: number[]): Objective {
  let max = 0;
  let total = 0;
  burden.forEach((b, d) => {
    max = Math.max(max, b + c.carried[d]!);
    total += b;
  });
  return { max, total };
}

/** Lexicographic (max, total, sum of starts); negative when a is better. */
export function compareObjective(a: Objective, aStarts: number, b: Objective, bStarts: number): number {
  return a.max - b.max || a.total - b.total || aStarts - bStarts;
}

export interface Violation {
  kind: 'candidate' | 'precedence' | 'overlap' | 'cap';
  message: string;
  /** Indices (into Compiled.meetings) of the meetings involved. */
  meetings: number[];
}

/** Every hard constraint a schedule breaks (empty when feasible). */
export function violations(c: Compiled, schedule: SlotSchedule): Violation[] {
  const out: Violation[] = [];
  c.meetings.forEach((m, i) => {
    if (!m.starts.includes(schedule[i]!)) {
      out.push({ kind: 'candidate', message: `${m.id} starts outside its window, range, fixed start or comfort bands`, meetings: [i] });
    }
  });
  for (const p of c.precedences) {
    if (schedule[p.after]! - schedule[p.before]! < p.minGapSlots) {
      out.push({ kind: 'precedence', message: `${c.meetings[p.before]!.id} must end before ${c.meetings[p.after]!.id}`, meetings: [p.before, p.after] });
    }
  }
  c.principalIds.forEach((principal, pi) => {
    const mine = c.meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.principals.includes(pi));
    if (c.noOverlap) {
      for (let a = 0; a < mine.length; a++) {
        for (let b = a + 1; b < mine.length; b++) {
          const A = mine[a]!;
          const B = mine[b]!;
          const sa = schedule[A.i]!;
          const sb = schedule[B.i]!;
          const apart = sb >= sa + A.m.durationSlots + c.bufferSlots || sa >= sb + B.m.durationSlots + c.bufferSlots;
          if (!apart) out.push({ kind: 'overlap', message: `${A.m.id} and ${B.m.id} overlap for ${principal}`, meetings: [A.i, B.i] });
        }
      }
    }
    const perDay = new Map<number, { minutes: number; meetings: Set<number> }>();
    for (const { m, i } of mine) {
      for (let k = 0; k < m.durationSlots; k++) {
        const day = c.dayOfSlot[schedule[i]! + k]!;
        const entry = perDay.get(day) ?? { minutes: 0, meetings: new Set<number>() };
        entry.minutes += SLOT_MINUTES;
        entry.meetings.add(i);
        perDay.set(day, entry);
      }
    }
    for (const [day, { minutes, meetings }] of perDay) {
      if (minutes > c.principalCaps[pi]!) {
        out.push({ kind: 'cap', message: `${principal} sits ${minutes} min on ${c.dayLabels[day]}`, meetings: [...meetings] });
      }
    }
  });
  return out;
}
