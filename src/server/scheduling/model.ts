/**
 * The scheduling model (docs/scheduling.md), as plain data. Instants are
 * epoch milliseconds (UTC); local meaning comes from an IANA zone beside them.
 */

/** A band of local time of day [fromMinute, toMinute) with a cost per minute; null = forbidden. */
export interface ComfortBand {
  fromMinute: number;
  toMinute: number;
  costPerMinute: number | null;
}

export interface SchedulingDelegation {
  /** Stable key, e.g. a party code ('NZ'). */
  id: string;
  timeZone: string;
  /** Defaults to DEFAULT_BANDS. */
  bands?: ComfortBand[];
  /** When true, forbidden bands cost NIGHT_COST per minute instead. */
  allowNight?: boolean;
}

export interface SchedulingMeeting {
  id: string;
  durationMinutes: number;
  /** Delegation ids. */
  participants: string[];
  /** People whose meetings may not overlap (the chair), by key. */
  principals?: string[];
  /** Fixed start (epoch ms): the meeting stays there. */
  fixedStart?: number;
  /**
   * Held or under way: fixed at `fixedStart` as a fact, so a participant's
   * forbidden band there does not rule it out (those minutes are priced as
   * night time).
   */
  held?: boolean;
  /** Allowed range for the whole meeting [from, to) in epoch ms. */
  allowedFrom?: number;
  allowedTo?: number;
  /** The start it has now, for previews. */
  currentStart?: number;
}

export interface Precedence {
  /** Meeting `before` ends at least bufferMinutes before `after` starts. */
  before: string;
  after: string;
  bufferMinutes?: number;
}

export interface SchedulingInstance {
  hostTimeZone: string;
  /** Host-local dates YYYY-MM-DD, inclusive. */
  window: { from: string; to: string };
  delegations: SchedulingDelegation[];
  meetings: SchedulingMeeting[];
  precedences?: Precedence[];
  /** Minimum gap between two meetings sharing a principal. Default 15. */
  principalBufferMinutes?: number;
  /** Meeting minutes per principal per host-local day. Default 480; per principal overrides. */
  principalDailyCapMinutes?: number;
  principalCaps?: Record<string, number>;
  /** Burden carried over from earlier clusters (fairness ledger), per delegation id. */
  carriedBurden?: Record<string, number>;
}

export const SLOT_MINUTES = 15;
export const SLOT_MS = SLOT_MINUTES * 60_000;
export const DEFAULT_PRINCIPAL_BUFFER = 15;
export const DEFAULT_DAILY_CAP = 480;
export const NIGHT_COST = 10;

/** The defaults of the issue: 09–18 free, 07–09 and 18–22 cost 1, 06–07 and 22–24 cost 3, 00–06 forbidden. */
export const DEFAULT_BANDS: readonly ComfortBand[] = [
  { fromMinute: 0, toMinute: 360, costPerMinute: null },
  { fromMinute: 360, toMinute: 420, costPerMinute: 3 },
  { fromMinute: 420, toMinute: 540, costPerMinute: 1 },
  { fromMinute: 540, toMinute: 1080, costPerMinute: 0 },
  { fromMinute: 1080, toMinute: 1320, costPerMinute: 1 },
  { fromMinute: 1320, toMinute: 1440, costPerMinute: 3 },
];

export interface Objective {
  max: number;
  total: number;
}

export type SolverName = 'exact' | 'heuristic';

export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'unknown';

/**
 * What a result proves about one objective part. `bound` is a proven lower
 * bound: for `max`, on the maximum burden of any schedule; for `total`, on the
 * total of any schedule whose maximum is no higher than this one's. `gap` is
 * (value − bound) / value (0 when value is 0). 'optimal' only when proven
 * (value = bound, and for `total` only once `max` is proven too).
 */
export interface PartReport {
  status: SolveStatus;
  value: number | null;
  bound: number | null;
  gap: number | null;
}

export interface ScheduleResult {
  /** 'optimal' only when both parts are proven; 'feasible' for any other schedule. */
  status: SolveStatus;
  /** The solver whose schedule this is (the same as `chosen`). */
  solver: SolverName;
  /** Which solver's schedule was returned; with 'auto', the better of the two that ran. */
  chosen: SolverName;
  /** The solvers that ran (both for 'auto' when the exact model is small enough). */
  ran: SolverName[];
  /** Meeting id → start (epoch ms). Empty when infeasible. */
  starts: Record<string, number>;
  /** Delegation id → burden in this cluster (without carried-over burden). */
  burden: Record<string, number>;
  /** Over delegations, including carried-over burden. */
  objective: Objective | null;
  /** True only when both parts (max, then total) are proven optimal. */
  provenOptimal: boolean;
  /** The larger of the parts' gaps; 0 only when both are proven. */
  gap: number | null;
  parts: { max: PartReport; total: PartReport };
  timeMs: number;
}
