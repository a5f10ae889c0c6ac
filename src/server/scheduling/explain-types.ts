/** The shapes of an explanation (explain.ts) and its relaxations (explain-relax.ts), as plain data. */

export interface RowInfo {
  /** Delegation ids joining from one zone with the same bands. */
  delegations: string[];
  timeZone: string;
  utcOffsetMinutes: number;
}

/** A free span (ISO instants) and on how many days it recurs at the same UTC time. */
export interface FreeSpan {
  from: string;
  to: string;
  days: number;
}

export type ConflictItem =
  | { kind: 'window'; from: string; to: string; days: number; hostTimeZone: string }
  | { kind: 'hours'; meeting: string; durationMinutes: number; rows: RowInfo[]; free: FreeSpan[]; longestFreeMinutes: number }
  | { kind: 'meeting'; meeting: string; durationMinutes: number }
  | { kind: 'allowed'; meeting: string; from: string; to: string }
  | { kind: 'fixed'; meeting: string; start: string; held: boolean }
  | { kind: 'precedence'; before: string; after: string; bufferMinutes: number }
  | { kind: 'overlap'; bufferMinutes: number }
  | { kind: 'cap'; principal: string; minutes: number; meetingMinutes: number; days: number };

export interface Explanation {
  status: 'feasible' | 'infeasible' | 'unknown';
  /** True when every group of the conflict was proven necessary. */
  minimal: boolean;
  conflict: ConflictItem[];
  /** Each alone makes the whole instance feasible (a schedule was found); priced by that schedule. */
  relaxations: Relaxation[];
  /** Time to find the conflict; timeMs adds the relaxations. */
  searchMs: number;
  timeMs: number;
}

/** What the schedule found for the changed instance costs. */
export interface Price {
  max: number;
  total: number;
}

export type Relaxation =
  | { kind: 'shorten'; meeting: string; fromMinutes: number; toMinutes: number; price: Price }
  | { kind: 'night'; meeting: string; delegations: string[]; timeZone: string; utcOffsetMinutes: number; nightMinutes: number; burden: number; price: Price }
  | { kind: 'widen'; side: 'before' | 'after'; window: { from: string; to: string }; price: Price }
  | { kind: 'cap'; principal: string; fromMinutes: number; toMinutes: number; price: Price }
  | { kind: 'unfix'; meeting: string; price: Price }
  | { kind: 'dropPrecedence'; before: string; after: string; price: Price }
  | { kind: 'dropAllowed'; meeting: string; price: Price };
