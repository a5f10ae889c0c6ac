/**
 * Sign-in through the OpenID Connect provider. The web's button asks for the
 * provider's address (`/start`: a fresh state, nonce and PKCE verifier kept
 * in `oidc_logins`, the state also in a cookie); the provider sends the
 * browser back to the web's `/sign-in/oidc`, which posts what it was given
 * to `/callback`: the state must match the cookie and an unused attempt, the
 * code is exchanged and the ID token checked (nonce, issuer, audience), and
 * the verified e-mail names the account (link.ts).
 */
import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../../changelog/record.js';
import { users } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { absoluteUrl } from '../../http/public-url.js';
import { rawText } from '../../http/primitives.js';
import { routes } from '../../http/route.js';
import { actorOf, type App, type Deps } from '../../http/types.js';
import { cookieOptions } from '../hook.js';
import { oidcLogins } from '../schema.js';
import { sameToken } from '../sessions.js';
import { startSession } from '../sign-in.js';
import { sessionView } from '../user-identity.js';
import { claimedEmail, linkRefusal } from './link.js';
import { provider, type Checks } from './provider.js';
import * as oidc from 'openid-client';

export const OIDC_COOKIE = 'gavel_oidc';
/** The web page the provider sends the browser back to. */
export const CALLBACK_PATH = '/sign-in/oidc';
const ATTEMPT_MS = 10 * 60_000;
const hashOf = (state: string) => createHash('sha256').update(state).digest('hex');

const refusalMessages = {
  oidc_email_unverified: 'The identity provider did not confirm this e-mail address',
  oidc_no_account: 'No Gavel account has this e-mail address; ask the secretariat for an invitation',
  account_deactivated: 'This account has been deactivated',
} as const;

/** A path of Gavel's own, never another site's. */
const returnPath = rawText(400).regex(/^\/(?![/\\])[^\s]*$/, 'a path on this site, starting with one /');

export function oidcRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, 'auth');
  const { db } = database;
  const settings = config.oidc;
  const idp = settings && provider(settings, absoluteUrl(config.publicUrl, CALLBACK_PATH));
  const cookie = { ...cookieOptions(config.secureCookies), path: '/api/auth/oidc' };

  const configured = () => {
    if (!idp || !settings) throw new AppError('oidc_not_configured', 'Sign-in through an identity provider is not configured');
    return idp;
  };

  route.get(
    '/api/auth/oidc',
    {
      permission: 'public',
      summary: 'Whether sign-in through an identity provider is offered, and its name',
      response: { 200: z.object({ provider: z.object({ name: z.string() }).nullable() }) },
    },
    async () => ({ provider: settings ? { name: settings.name } : null }),
  );

  route.post(
    '/api/auth/oidc/start',
    {
      permission: 'public',
      summary: "Begin a sign-in through the identity provider: the provider's address to send the browser to",
      body: z.object({ returnTo: returnPath.optional() }),
      response: { 200: z.object({ url: z.string() }) },
      errors: ['oidc_not_configured', 'oidc_unavailable'],
    },
    async (request, reply) => {
      const checks: Checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = await configured().authorizationUrl(checks);
      await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, new Date()));
      await db.insert(oidcLogins).values({
        stateHash: hashOf(checks.state),
        nonce: checks.nonce,
        codeVerifier: checks.codeVerifier,
        returnTo: request.body.returnTo ?? '/',
        expiresAt: new Date(Date.now() + ATTEMPT_MS),
      });
      reply.setCookie(OIDC_COOKIE, checks.state, { ...cookie, maxAge: ATTEMPT_MS / 1000 });
      return { url };
    },
  );

  route.post(
    '/api/auth/oidc/callback',
    {
      permission: 'public',
      summary: "Finish a sign-in through the identity provider with the query string it sent the browser back with (the web's /sign-in/oidc posts it)",
      body: z.object({ search: rawText(8000) }),
      response: { 200: sessionView.extend({ returnTo: z.string() }) },
      errors: [
        'oidc_not_configured',
        'oidc_state_invalid',
        'oidc_provider_error',
        'oidc_failed',
        'oidc_unavailable',
        'oidc_email_unverified',
        'oidc_no_account',
        'account_deactivated',
      ],
    },
    async (request, reply) => {
      const idp = configured();
      const params = new URLSearchParams(request.body.search.replace(/^\?/, ''));
      const state = params.get('state') ?? undefined;
      const expected = request.cookies[OIDC_COOKIE];
      reply.clearCookie(OIDC_COOKIE, { path: cookie.path });
      const stateRefused = (why: string) =>
        new AppError('oidc_state_invalid', `This sign-in cannot be finished: ${why}; start again`, [{ path: 'state', message: why }]);
      if (!state) throw stateRefused('no state');
      if (!sameToken(state, expected)) throw stateRefused('not the state this browser started with');
      // Used once: whoever deletes the row finishes the sign-in; a replay finds nothing.
      const [login] = await db
        .delete(oidcLogins)
        .where(eq(oidcLogins.stateHash, hashOf(state)))
        .returning();
      if (!login) throw stateRefused('already used or unknown');
      if (login.expiresAt.getTime() < Date.now()) throw stateRefused('expired');
      const error = params.get('error');
      if (error) {
        throw new AppError(
          'oidc_provider_error',
          `The identity provider refused: ${error.slice(0, 100)}${params.get('error_description') ? ` (${params.get('error_description')!.slice(0, 300)})` : ''}`,
        );
      }
      if (!params.get('code')) {
        throw new AppError('oidc_failed', 'The identity provider sent no authorization code', [{ path: 'code', message: 'required' }]);
      }

      const claims = await idp.exchange(params, { state, nonce: login.nonce, codeVerifier: login.codeVerifier });
      const email = claimedEmail(claims);
      const [user] = email
        ? await db
            .select()
            .from(users)
            .where(eq(sql`lower(${users.email})`, email))
            .limit(1)
        : [];
      const refusal = linkRefusal(claims, user ?? null);
      if (refusal || !user) {
        await db.transaction((tx) =>
          recordChange(tx, actorOf(request), {
            entityType: 'user',
            entityId: user?.id ?? email ?? String(claims.sub),
            action: 'sign_in_failed',
            changes: { address: request.ip, method: 'oidc', reason: refusal },
          }),
        );
        throw new AppError(refusal ?? 'oidc_no_account', refusalMessages[refusal ?? 'oidc_no_account']);
      }
      const session = await startSession(db, config, request, reply, user, { method: 'oidc', subject: String(claims.sub) });
      return { ...session, returnTo: login.returnTo };
    },
  );
}
