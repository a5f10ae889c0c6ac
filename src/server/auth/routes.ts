import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { recordChange } from '../changelog/record.js';
import { users } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { email, rawText } from '../http/primitives.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { csrfTokenFor } from './hook.js';
import { startSession, viewOfUser } from './sign-in.js';
import { sessionView } from './user-identity.js';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.js';
import { clearAccount, listLocks, recordFailure, signInKeys, throttleWait, unlock } from './throttle-store.js';
import { routes } from '../http/route.js';

let dummy: Promise<string> | undefined;
/** A real hash to verify against when the e-mail is unknown, so timing does not tell. */
const dummyHash = () => (dummy ??= hashPassword('no such user'));

const ok = z.object({ ok: z.literal(true) });
const tags = ['auth'];

/** 429 with Retry-After; the same answer whether or not the account exists. */
function tooMany(reply: FastifyReply, waitMs: number): AppError {
  reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
  return new AppError('too_many_attempts', 'Too many failed sign-ins; wait before trying again');
}

export function authRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.get(
    '/api/auth/session',
    {
      permission: 'public',
      summary: 'Who is signed in, and the CSRF token to send',
      response: { 200: sessionView },
    },
    async (request, reply) => {
      const user = request.session?.user ?? null;
      return {
        user: user && viewOfUser(user),
        csrfToken: csrfTokenFor(request, reply, config.secureCookies),
      };
    },
  );

  route.post(
    '/api/auth/sign-in',
    {
      permission: 'public',
      summary: 'Sign in with e-mail and password (throttled per account and per client address: 429 with Retry-After)',
      body: z.object({
        email: email(),
        password: rawText(1024).min(1),
      }),
      response: { 200: sessionView },
      errors: ['invalid_credentials', 'account_deactivated', 'too_many_attempts'],
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const keys = signInKeys(email, request.ip);
      const wait = await throttleWait(db, keys);
      if (wait > 0) throw tooMany(reply, wait);

      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      // Verify against something even for unknown users so timing does not tell.
      const verified = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !user.passwordHash || !verified) {
        await recordFailure(db, actorOf(request), keys, {
          entityType: 'user',
          entityId: user?.id ?? email,
          changes: { address: request.ip },
        });
        throw new AppError('invalid_credentials', 'Wrong e-mail or password');
      }
      if (user.deactivatedAt) {
        await db.transaction((tx) =>
          recordChange(tx, actorOf(request), {
            entityType: 'user',
            entityId: user.id,
            action: 'sign_in_failed',
            changes: { address: request.ip, reason: 'deactivated' },
          }),
        );
        throw new AppError('account_deactivated', 'This account has been deactivated');
      }
      const session = await startSession(db, config, request, reply, user, {});
      await clearAccount(db, email);
      return session;
    },
  );

  route.post(
    '/api/auth/sign-out',
    {
      permission: 'public',
      summary: 'Sign out',
      response: { 200: ok },
    },
    async (request, reply) => {
      if (request.session) await deleteSession(db, request.session.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  route.post(
    '/api/auth/sign-out-everywhere',
    {
      permission: 'session.signedIn',
      summary: "End every one of the user's sessions, on every device",
      response: { 200: ok },
    },
    async (request, reply) => {
      const userId = request.session!.user.id;
      await db.transaction(async (tx) => {
        await deleteUserSessions(tx, userId);
        await recordChange(tx, actorOf(request), { entityType: 'user', entityId: userId, action: 'sign_out_everywhere', changes: {} });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  route.post(
    '/api/auth/password',
    {
      permission: 'session.signedIn',
      summary: "Change one's own password (other sessions end)",
      body: z.object({
        currentPassword: rawText(1024).min(1),
        newPassword: rawText(PASSWORD_MAX_LENGTH).min(1),
      }),
      response: { 200: ok },
      errors: ['invalid_credentials', 'weak_password', 'too_many_attempts'],
    },
    async (request, reply) => {
      const me = request.session!.user;
      const keys = signInKeys(me.email, request.ip);
      const wait = await throttleWait(db, keys);
      if (wait > 0) throw tooMany(reply, wait);
      const [user] = await db.select().from(users).where(eq(users.id, me.id)).limit(1);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        await recordFailure(db, actorOf(request), keys, { entityType: 'user', entityId: me.id, changes: { address: request.ip } });
        throw new AppError('invalid_credentials', 'The current password is wrong', [{ path: 'currentPassword', message: 'wrong password' }]);
      }
      const problem = passwordProblem(request.body.newPassword, user);
      if (problem) {
        throw new AppError('weak_password', `The new password is not accepted: ${problem}`, [{ path: 'newPassword', message: problem }]);
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, me.id));
        await deleteUserSessions(tx, me.id, request.session!.tokenHash);
        await recordChange(tx, actorOf(request), { entityType: 'user', entityId: me.id, action: 'password_changed', changes: {} });
      });
      return { ok: true as const };
    },
  );

  const lockView = z.object({ key: z.string(), lockedUntil: z.string() });
  route.get(
    '/api/auth/locks',
    {
      permission: 'security.manage',
      summary: 'Accounts and client addresses locked by sign-in throttling now',
      response: { 200: z.object({ locks: z.array(lockView) }) },
    },
    async () => ({
      locks: (await listLocks(db)).map((l) => ({ key: l.key, lockedUntil: l.lockedUntil.toISOString() })),
    }),
  );

  route.post(
    '/api/auth/locks/unlock',
    {
      permission: 'security.manage',
      summary: 'Lift a sign-in lock early (recorded in the change log)',
      body: z.object({ key: rawText(400).regex(/^(account|client):/, 'account:<e-mail> or client:<address>') }),
      response: { 200: ok },
      errors: ['not_found'],
    },
    async (request) => {
      if (!(await unlock(db, actorOf(request), request.body.key))) throw new AppError('not_found', 'No such lock');
      return { ok: true as const };
    },
  );
}
