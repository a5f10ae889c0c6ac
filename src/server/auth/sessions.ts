/**
 * Server-side sessions: the cookie holds a random token, the database its
 * SHA-256, so a leaked database does not leak live sessions.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { sessions, users } from '../db/schema.js';
import { identityColumns, identityOf, type UserIdentity } from './user-identity.js';

export const SESSION_COOKIE = 'gavel_session';
export const CSRF_COOKIE = 'gavel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** How long a session lives, and how long it may sit unused; from the configuration. */
export interface SessionLimits {
  ttlMs: number;
  idleMs: number;
}

/** The last-seen time moves at most this often, so reads do not each write. */
const TOUCH_EVERY_MS = 60_000;

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface SessionUser extends UserIdentity {
  partyId: number | null;
  /** The profile's language (e-mails are written in it). */
  language: 'vi' | 'en';
  /** Whether the user chose that language on their profile (then the web switches to it at sign-in). */
  languageChosen: boolean;
}

export interface LoadedSession {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
}

export async function createSession(db: DbOrTx, userId: number, limits: SessionLimits): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + limits.ttlMs),
  });
  return { token, csrfToken };
}

export async function loadSession(db: Db, token: string, limits: SessionLimits): Promise<LoadedSession | null> {
  const now = Date.now();
  const rows = await db
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      ...identityColumns,
      partyId: users.partyId,
      language: users.language,
      languageChosen: users.languageChosen,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash(token)),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.lastSeenAt, new Date(now - limits.idleMs)),
        // A deactivated account's sessions are deleted as it is deactivated; this is the second lock.
        isNull(users.deactivatedAt),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, row.tokenHash));
  }
  return {
    tokenHash: row.tokenHash,
    csrfToken: row.csrfToken,
    user: {
      ...identityOf(row),
      partyId: row.partyId,
      language: row.language === 'en' ? 'en' : 'vi',
      languageChosen: row.languageChosen,
    },
  };
}

export async function deleteSession(db: Db, hash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hash));
}

/** Ends every session of a user: "sign out everywhere", a password change, a deactivation. */
export async function deleteUserSessions(db: DbOrTx, userId: number, except?: string): Promise<void> {
  await db.delete(sessions).where(except ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, except)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, limits: SessionLimits): Promise<void> {
  const now = Date.now();
  await db.delete(sessions).where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, new Date(now - limits.idleMs))));
}
