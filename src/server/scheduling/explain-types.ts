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

/** One of several independent conflicts, with the relaxations that resolve it. */
export interface ConflictPart {
  conflict: ConflictItem[];
  /**
   * Each alone makes the instance feasible once the other conflicts' rules
   * are set aside (with one conflict: the whole instance); priced by the
   * schedule found.
   */
  relaxations: Relaxation[];
  /** True when every group of this conflict was proven necessary. */
  minimal: boolean;
}

export interface Explanation {
  status: 'feasible' | 'infeasible' | 'unknown';
  /** True when every group of every conflict was proven necessary. */
  minimal: boolean;
  /** The first conflict (conflicts[0]), and its relaxations. */
  conflict: ConflictItem[];
  relaxations: Relaxation[];
  /**
   * Every independent conflict found: each next one among the rules left
   * once the earlier ones' are set aside (at most MAX_CONFLICTS, within the
   * search budget).
   */
  conflicts: ConflictPart[];
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
