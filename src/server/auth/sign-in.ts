/**
 * What every way of signing in ends with: a new session (the old one
 * dropped), the change-log event, the cookies, and the session's answer with
 * the profile's language (the web switches to it).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordChange } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import type { users } from '../db/schema.js';
import { actorOf } from '../http/types.js';
import { cookieOptions } from './hook.js';
import { createSession, CSRF_COOKIE, deleteSession, SESSION_COOKIE, type SessionLimits } from './sessions.js';
import { identityOf, userView, type SessionView } from './user-identity.js';

type UserRow = typeof users.$inferSelect;

export const viewOfUser = (
  user: Pick<UserRow, 'id' | 'email' | 'displayName' | 'displayNameVi' | 'jobTitleEn' | 'jobTitleVi' | 'roles' | 'language' | 'languageChosen'>,
): z.infer<typeof userView> => ({
  ...identityOf(user),
  language: user.language === 'en' ? 'en' : 'vi',
  uiLanguage: user.languageChosen ? (user.language === 'en' ? 'en' : 'vi') : null,
});

export async function startSession(
  db: Db,
  settings: { session: SessionLimits; secureCookies: boolean },
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserRow,
  changes: Record<string, unknown>,
): Promise<SessionView> {
  if (request.session) await deleteSession(db, request.session.tokenHash);
  const { token, csrfToken } = await db.transaction(async (tx) => {
    const created = await createSession(tx, user.id, settings.session);
    await recordChange(
      tx,
      { ...actorOf(request), userId: user.id },
      {
        entityType: 'user',
        entityId: user.id,
        action: 'sign_in',
        changes: { address: request.ip, ...changes },
      },
    );
    return created;
  });
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(settings.secureCookies), maxAge: settings.session.ttlMs / 1000 });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
  return { user: viewOfUser(user), csrfToken };
}
