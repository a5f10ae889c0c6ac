/**
 * The one place where each route's declared permission is checked. Runs on
 * every request before the body is parsed: who is asking, may they, and —
 * for state-changing requests — does the CSRF token match.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback, FastifyPluginOptions, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { recordChange } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { actorOf } from '../http/types.js';
import { can, type Permission, type Principal } from './permissions.js';
import { CSRF_COOKIE, CSRF_HEADER, loadSession, newToken, SESSION_COOKIE, sameToken, type LoadedSession, type SessionLimits } from './sessions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public' or a permission name; every /api route must declare one. */
    permission?: Permission | 'public';
  }
  interface FastifyRequest {
    session: LoadedSession | null;
    principal: Principal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  db: Db;
  secureCookies: boolean;
  session: SessionLimits;
}

export function cookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

/** The CSRF token for this client: the session's when signed in, else a cookie's. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  if (request.session) return request.session.csrfToken;
  const existing = request.cookies[CSRF_COOKIE];
  if (existing) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, cookieOptions(secure));
  return token;
}

/** A signed-in user's refused write goes into the change log, for administrators to see. */
async function recordRefusal(db: Db, request: FastifyRequest, permission: Permission): Promise<void> {
  await db.transaction((tx) =>
    recordChange(tx, actorOf(request), {
      entityType: 'route',
      entityId: `${request.method} ${request.routeOptions.url}`,
      action: 'permission_refused',
      changes: { permission },
    }),
  );
}

/**
 * Registers a third-party plugin (the API docs, the web UI's files) whose
 * routes serve public material: they are declared 'public' as they are
 * registered, so the start-up check below still sees a declaration on every
 * route.
 */
export async function registerPublicPlugin<O extends FastifyPluginOptions>(
  app: FastifyInstance,
  plugin: FastifyPluginCallback<O> | FastifyPluginAsync<O>,
  opts: O,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, permission: route.config?.permission ?? 'public' };
    });
    await scope.register(plugin, opts);
  });
}

export function registerAuthHook(app: FastifyInstance, { db, session }: AuthOptions): void {
  app.decorateRequest('session', null);
  app.decorateRequest('principal', null);

  // Every route declares who may call it, or the app does not start. The
  // check waits for onReady because a plugin's scope (registerPublicPlugin)
  // fills its routes' declarations after this root hook has seen them.
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((r) => !r.config?.permission).map((r) => `${String(r.method)} ${r.url}`);
    if (undeclared.length) throw new Error(`Routes without a declared permission: ${undeclared.join(', ')}`);
    routes.length = 0;
  });

  app.addHook('onRequest', async (request) => {
    // Decided by the route the router matched, never by how the URL was
    // spelled: '/%61pi/changes' matches '/api/changes' and gets its check.
    // No match means the not-found handler answers, which touches no data
    // and does not ask who is asking: an unknown path costs no database read.
    if (!request.routeOptions.url) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await loadSession(db, token, session);
      if (request.session) {
        request.principal = { userId: request.session.user.id, roles: request.session.user.roles };
      }
    }

    const declared = request.routeOptions.config.permission;
    if (!declared) throw new AppError('forbidden', 'This route declares no permission');
    if (declared !== 'public') {
      if (!request.principal) throw new AppError('unauthenticated', 'Sign in first');
      if (!can(request.principal, declared)) {
        if (!SAFE_METHODS.has(request.method)) await recordRefusal(db, request, declared);
        throw new AppError('forbidden', 'Your role does not allow this');
      }
    }
    if (!SAFE_METHODS.has(request.method)) {
      const expected = request.session ? request.session.csrfToken : request.cookies[CSRF_COOKIE];
      const sent = request.headers[CSRF_HEADER];
      if (!sameToken(typeof sent === 'string' ? sent : undefined, expected)) {
        throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header; get one from /api/auth/session`);
      }
    }
  });
}
