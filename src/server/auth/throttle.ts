/**
 * Sign-in throttling, the pure rule: after a few free failures each further
 * attempt must wait a growing delay, and enough failures lock the key for a
 * while. Keys are an account (the e-mail typed) and a client address; a
 * request is let through only when both allow it. Failures older than the
 * window are forgotten.
 */
export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  free: number;
  /** Failures that lock the key. */
  lockAfter: number;
  lockMs: number;
  maxDelayMs: number;
  /** A failure older than this no longer counts. */
  windowMs: number;
}

export const accountPolicy: ThrottlePolicy = {
  free: 3,
  lockAfter: 10,
  lockMs: 15 * 60_000,
  maxDelayMs: 60_000,
  windowMs: 15 * 60_000,
};

/** Looser: many people may sign in from behind one address (a ministry's NAT). */
export const clientPolicy: ThrottlePolicy = {
  free: 10,
  lockAfter: 40,
  lockMs: 15 * 60_000,
  maxDelayMs: 60_000,
  windowMs: 15 * 60_000,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** Failures that still count at `now`. */
export function liveFailures(state: ThrottleState | undefined, policy: ThrottlePolicy, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailureAt.getTime() > policy.windowMs ? 0 : state.failures;
}

/** The wait after the n-th failure: none for the free ones, then 1 s, 2 s, 4 s … up to the maximum. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxDelayMs, 1000 * 2 ** (failures - policy.free));
}

/** Milliseconds until this key may try again; 0 when it may now. */
export function waitFor(state: ThrottleState | undefined, policy: ThrottlePolicy, now: Date): number {
  if (!state) return 0;
  const t = now.getTime();
  if (state.lockedUntil && state.lockedUntil.getTime() > t) return state.lockedUntil.getTime() - t;
  const failures = liveFailures(state, policy, now);
  const until = state.lastFailureAt.getTime() + delayAfter(failures, policy);
  return Math.max(0, until - t);
}

/** The state after one more failure at `now`, and whether it locks the key. */
export function afterFailure(state: ThrottleState | undefined, policy: ThrottlePolicy, now: Date): { state: ThrottleState; locks: boolean } {
  const failures = liveFailures(state, policy, now) + 1;
  const stillLocked = state?.lockedUntil && state.lockedUntil.getTime() > now.getTime() ? state.lockedUntil : null;
  const locks = failures >= policy.lockAfter && !stillLocked;
  return {
    state: {
      failures: locks ? 0 : failures,
      lastFailureAt: now,
      lockedUntil: locks ? new Date(now.getTime() + policy.lockMs) : stillLocked,
    },
    locks,
  };
}
