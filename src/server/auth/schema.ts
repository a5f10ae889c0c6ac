/**
 * OpenID Connect sign-ins under way (auth/oidc/), and sign-in throttling: one row per account (by the e-mail typed, whether or
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

/**
 * A sign-in through the identity provider between its start and its callback:
 * one row per attempt, found by the SHA-256 of its `state` (the browser keeps
 * the state itself in a cookie), deleted when the callback uses it, so a
 * replayed callback finds nothing.
 */
export const oidcLogins = pgTable('oidc_logins', {
  stateHash: text('state_hash').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** Where the web goes after signing in (a path of Gavel's own). */
  returnTo: text('return_to').notNull(),
  expiresAt: instant('expires_at').notNull(),
});
