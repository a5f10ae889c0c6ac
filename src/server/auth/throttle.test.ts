import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountPolicy, afterFailure, clientPolicy, delayAfter, waitFor, type ThrottleState } from './throttle.js';

const at = (ms: number) => new Date(Date.UTC(2020, 10, 12) + ms);

/** Failures sent as fast as the throttle allows; returns the waits it imposed. */
function hammer(count: number, policy = accountPolicy) {
  let state: ThrottleState | undefined;
  let now = 0;
  const waits: number[] = [];
  let locks = 0;
  for (let i = 0; i < count; i++) {
    const wait = waitFor(state, policy, at(now));
    waits.push(wait);
    now += wait;
    const next = afterFailure(state, policy, at(now));
    state = next.state;
    if (next.locks) locks++;
  }
  return { waits, locks, state: state!, now };
}

describe('sign-in throttle', () => {
  it('lets the first failures through, then makes each attempt wait longer', () => {
    const { waits } = hammer(accountPolicy.lockAfter - 1);
    expect(waits.slice(0, accountPolicy.free)).toEqual(new Array(accountPolicy.free).fill(0));
    const delays = waits.slice(accountPolicy.free);
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
  });

  it('locks the key after enough failures, for the lock period', () => {
    const { locks, state, now } = hammer(accountPolicy.lockAfter);
    expect(locks).toBe(1);
    expect(waitFor(state, accountPolicy, at(now))).toBe(accountPolicy.lockMs);
    expect(waitFor(state, accountPolicy, at(now + accountPolicy.lockMs))).toBe(0);
  });

  it('50 failures in a row are slowed to at least the lock period', () => {
    const { waits } = hammer(50);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(accountPolicy.lockMs);
  });

  it('forgets failures older than the window', () => {
    const { state, now } = hammer(accountPolicy.free + 2);
    const later = now + accountPolicy.windowMs + 1;
    expect(waitFor(state, accountPolicy, at(later))).toBe(0);
    expect(afterFailure(state, accountPolicy, at(later)).state.failures).toBe(1);
  });

  it('never waits more than the lock period or the longest delay, never less than zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom(accountPolicy, clientPolicy), (n, policy) => {
        const { waits } = hammer(n, policy);
        for (const w of waits) {
          expect(w).toBeGreaterThanOrEqual(0);
          expect(w).toBeLessThanOrEqual(Math.max(policy.lockMs, policy.maxDelayMs));
        }
        expect(delayAfter(n, policy)).toBeLessThanOrEqual(policy.maxDelayMs);
      }),
    );
  });
});
