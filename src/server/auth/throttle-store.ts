/**
 * Sign-in throttling in the database, so every app process on one database
 * counts the same failures. The rule itself is in throttle.ts.
 */
import { and, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import { recordChange, type Actor, type ChangeEvent } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { signInThrottle } from './schema.js';
import { accountPolicy, afterFailure, clientPolicy, waitFor, type ThrottlePolicy } from './throttle.js';

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/** The two keys of a sign-in attempt: the account typed and the client's address. */
export function signInKeys(email: string, address: string): ThrottleKey[] {
  return [
    { key: `account:${email}`, policy: accountPolicy },
    { key: `client:${address}`, policy: clientPolicy },
  ];
}

/** Milliseconds until every key allows another attempt. */
export async function throttleWait(db: Db, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.key,
        keys.map((k) => k.key),
      ),
    );
  let wait = 0;
  for (const { key, policy } of keys) {
    wait = Math.max(
      wait,
      waitFor(
        rows.find((r) => r.key === key),
        policy,
        now,
      ),
    );
  }
  return wait;
}

/**
 * Counts one failed attempt on every key, with the failure itself and any
 * lock it causes in the change log, in one transaction.
 */
export async function recordFailure(db: Db, actor: Actor, keys: ThrottleKey[], failure: Omit<ChangeEvent, 'action'>, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await recordChange(tx, actor, { ...failure, action: 'sign_in_failed' });
    for (const { key, policy } of keys) {
      await tx.insert(signInThrottle).values({ key, failures: 0, lastFailureAt: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for('update');
      const next = afterFailure(row && row.failures > 0 ? row : undefined, policy, now);
      await tx.update(signInThrottle).set(next.state).where(eq(signInThrottle.key, key));
      if (next.locks) {
        await recordChange(tx, actor, {
          entityType: 'sign_in_throttle',
          entityId: key,
          action: 'lock',
          changes: { lockedUntil: next.state.lockedUntil?.toISOString() },
        });
      }
    }
  });
}

/** A successful sign-in forgets the account's failures (not the address's: one good account must not reset it). */
export async function clearAccount(db: Db, email: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, `account:${email}`));
}

export interface LockView {
  key: string;
  lockedUntil: Date;
}

export async function listLocks(db: Db, now = new Date()): Promise<LockView[]> {
  const rows = await db
    .select({ key: signInThrottle.key, lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(and(isNotNull(signInThrottle.lockedUntil), gt(signInThrottle.lockedUntil, now)))
    .orderBy(signInThrottle.key);
  return rows.map((r) => ({ key: r.key, lockedUntil: r.lockedUntil! }));
}

/** An administrator lifts a lock (and the delays) early; false when there was none. */
export async function unlock(db: Db, actor: Actor, key: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(signInThrottle)
      .where(and(eq(signInThrottle.key, key), isNotNull(signInThrottle.lockedUntil), gt(signInThrottle.lockedUntil, now)))
      .returning({ key: signInThrottle.key });
    if (deleted.length === 0) return false;
    await recordChange(tx, actor, { entityType: 'sign_in_throttle', entityId: key, action: 'unlock', changes: {} });
    return true;
  });
}
