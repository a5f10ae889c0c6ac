/**
 * The links that set a password: an invitation's and a password reset's. The
 * token is 32 random bytes in the URL; the database keeps its SHA-256, the
 * expiry, and when it was used. A link works once, before it expires, for an
 * active account.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { newToken, tokenHash } from '../auth/sessions.js';
import type { DbOrTx } from '../db/client.js';
import { users } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { passwordLinks, type LinkPurpose } from './schema.js';

export async function createLink(tx: DbOrTx, userId: number, purpose: LinkPurpose, ttlMs: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await tx.insert(passwordLinks).values({ userId, purpose, tokenHash: tokenHash(token), expiresAt });
  return { token, expiresAt };
}

export const linkUrl = (publicUrl: string, token: string) => `${publicUrl}/set-password?token=${token}`;

/** The link and its account, or the refusal that explains why it does not work (locked when `forUpdate`). */
export async function findUsableLink(tx: DbOrTx, token: string, forUpdate = false) {
  const query = tx
    .select({ link: passwordLinks, user: users })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(eq(passwordLinks.tokenHash, tokenHash(token)));
  const [row] = forUpdate ? await query.for('update') : await query;
  const refuse = (code: 'link_invalid' | 'link_used' | 'link_expired', message: string) => new AppError(code, message, [{ path: 'token', message }]);
  if (!row || row.user.deactivatedAt) throw refuse('link_invalid', 'No such link');
  if (row.link.usedAt) throw refuse('link_used', 'This link has been used already');
  if (row.link.expiresAt.getTime() <= Date.now()) throw refuse('link_expired', 'This link has expired');
  return row;
}

/** Every unused link of the account stops working (a password was set, the account deactivated). */
export async function spendLinks(tx: DbOrTx, userId: number): Promise<void> {
  await tx
    .update(passwordLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt)));
}
