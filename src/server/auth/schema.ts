/**
 * Sign-in throttling: one row per account (by the e-mail typed, whether or
 * not such a user exists, so a lock tells nothing) and per client address.
 */
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const signInThrottle = pgTable('sign_in_throttle', {
  /** 'account:<e-mail>' or 'client:<address>'. */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: instant('last_failure_at').notNull(),
  lockedUntil: instant('locked_until'),
});
