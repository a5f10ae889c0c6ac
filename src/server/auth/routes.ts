import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../changelog/record.js';
import { users } from '../db/schema.js';
import { roles } from '../domain/vocabulary.js';
import { AppError } from '../http/errors.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { cookieOptions, csrfTokenFor } from './hook.js';
import { hashPassword, verifyPassword } from './passwords.js';

let dummy: Promise<string> | undefined;
/** A real hash to verify against when the e-mail is unknown, so timing does not tell. */
const dummyHash = () => (dummy ??= hashPassword('no such user'));
import { createSession, CSRF_COOKIE, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions.js';

const userView = z.object({
  id: z.number(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
});

const sessionView = z.object({ user: userView.nullable(), csrfToken: z.string() });

export function authRoutes(app: App, { database, config }: Deps): void {
  const { db } = database;

  app.get(
    '/api/auth/session',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: 'Who is signed in, and the CSRF token to send', response: { 200: sessionView } },
    },
    async (request, reply) => {
      const user = request.session?.user ?? null;
      return {
        user: user && { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles },
        csrfToken: csrfTokenFor(request, reply, config.secureCookies),
      };
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(1024) }),
        response: { 200: sessionView },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      // Verify against something even for unknown users so timing does not tell.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok) throw new AppError('invalid_credentials', 'Wrong e-mail or password');
      if (request.session) await deleteSession(db, request.session.tokenHash);
      const { token, csrfToken } = await db.transaction(async (tx) => {
        const created = await createSession(tx, user.id);
        await recordChange(tx, { ...actorOf(request), userId: user.id }, {
          entityType: 'user',
          entityId: user.id,
          action: 'sign_in',
          changes: {},
        });
        return created;
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config.secureCookies), maxAge: SESSION_TTL_MS / 1000 });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles as z.infer<typeof userView>['roles'] },
        csrfToken,
      };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (request, reply) => {
      if (request.session) await deleteSession(db, request.session.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
}
