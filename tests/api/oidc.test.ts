/**
 * Sign-in through OpenID Connect against a real provider (oidc-provider on
 * 127.0.0.1, tests/helpers/oidc-provider.ts): the authorization-code flow
 * with PKCE, state and nonce, the account linked by a verified e-mail, and
 * each way a callback can be wrong answering its 4xx.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcLogins } from '../../src/server/auth/schema.js';
import { changeEvents, users } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { newUser } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';

const PUBLIC_URL = 'http://gavel.test';
const REDIRECT = `${PUBLIC_URL}/sign-in/oidc`;

describe.each(engines)('sign-in through OpenID Connect on %s', (engine) => {
  let h: Harness;
  let idp: TestProvider;
  let member: { id: number; email: string };
  // Read by the provider at each sign-in: the addresses are filled in once the accounts exist.
  const accounts = {
    member: { email: '', email_verified: true },
    unverified: { email: 'oidc-unverified@gavel.test', email_verified: false },
    stranger: { email: 'nobody-here@gavel.test', email_verified: true },
    gone: { email: '', email_verified: true },
  };

  /** Start at Gavel, go through the provider as `sub`: the client and the query string the provider sent back. */
  async function signInAs(sub: string): Promise<{ gavel: Client; search: string; state: string }> {
    const gavel = await h.anonymous();
    const start = await gavel.post('/api/auth/oidc/start', { returnTo: '/press/mine' });
    expect(start.statusCode, start.body).toBe(200);
    const url = new URL(start.json<{ url: string }>().url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('nonce')).toBeTruthy();
    idp.loginAs(sub);
    const search = await idp.follow(url.toString(), REDIRECT);
    return { gavel, search, state: url.searchParams.get('state')! };
  }

  beforeAll(async () => {
    idp = await startTestProvider(accounts, REDIRECT);
    h = await startHarness(engine, {
      config: { publicUrl: PUBLIC_URL, oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, name: 'Gov ID' } },
    });
    member = await newUser(h, ['journalist']);
    await h.database.db.update(users).set({ language: 'en' }).where(eq(users.id, member.id));
    const gone = await newUser(h, ['journalist']);
    await h.database.db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, gone.id));
    // The provider spells the address in its own case: the link folds it.
    accounts.member.email = member.email.toUpperCase();
    accounts.gone.email = gone.email;
  });
  afterAll(async () => {
    await h?.close();
    await idp?.close();
  });

  it('names the provider for the sign-in page', async () => {
    const res = await (await h.anonymous()).get('/api/auth/oidc');
    expect(res.json()).toEqual({ provider: { name: 'Gov ID' } });
  });

  it('signs in the existing account with the verified e-mail, in its language, and records how', async () => {
    const { gavel, search } = await signInAs('member');
    const res = await gavel.post('/api/auth/oidc/callback', { search });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ user: { id: number; language: string }; returnTo: string }>();
    expect(body.user.id).toBe(member.id);
    expect(body.user.language).toBe('en');
    expect(body.returnTo).toBe('/press/mine');
    const session = (await gavel.get('/api/auth/session')).json<{ user: { email: string } | null }>();
    expect(session.user?.email).toBe(member.email);
    const signIns = await h.database.db.select().from(changeEvents).where(eq(changeEvents.action, 'sign_in'));
    expect(signIns.some((e) => e.entityId === String(member.id) && (e.changes as { method?: string }).method === 'oidc')).toBe(true);
  });

  it('refuses a replayed callback, even with the state cookie put back', async () => {
    const { gavel, search, state } = await signInAs('member');
    expect((await gavel.post('/api/auth/oidc/callback', { search })).statusCode).toBe(200);
    // The cookie was cleared; an attacker holding it (and the query) still finds the attempt used.
    const again = await (
      await h.anonymous()
    ).request(
      'POST',
      '/api/auth/oidc/callback',
      { search },
      {
        cookie: `gavel_oidc=${state}; gavel_csrf=x`,
        'x-csrf-token': 'x',
      },
    );
    expect(again.statusCode).toBe(400);
    expect(again.json<{ code: string }>().code).toBe('oidc_state_invalid');
  });

  it('refuses a tampered state', async () => {
    const { gavel, search } = await signInAs('member');
    const tampered = search.replace(/state=([^&]+)/, 'state=forged-state-value');
    const res = await gavel.post('/api/auth/oidc/callback', { search: tampered });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'oidc_state_invalid', details: [{ path: 'state' }] });
    expect((await gavel.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { gavel, search, state } = await signInAs('member');
    const stateHash = createHash('sha256').update(state).digest('hex');
    const changed = await h.database.db.update(oidcLogins).set({ nonce: 'another-nonce' }).where(eq(oidcLogins.stateHash, stateHash)).returning();
    expect(changed).toHaveLength(1);
    const res = await gavel.post('/api/auth/oidc/callback', { search });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('oidc_failed');
    expect((await gavel.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
  });

  it('refuses an e-mail the provider did not verify, and one no account has', async () => {
    for (const [sub, code] of [
      ['unverified', 'oidc_email_unverified'],
      ['stranger', 'oidc_no_account'],
      ['gone', 'account_deactivated'],
    ] as const) {
      const { gavel, search } = await signInAs(sub);
      const res = await gavel.post('/api/auth/oidc/callback', { search });
      expect(res.statusCode, `${sub}: ${res.body}`).toBe(403);
      expect(res.json<{ code: string }>().code).toBe(code);
      expect((await gavel.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
    }
    // No account was made for the stranger.
    expect(await h.database.db.select().from(users).where(eq(users.email, 'nobody-here@gavel.test'))).toEqual([]);
  });

  it("answers the provider's refusal and a missing code with their own 400s", async () => {
    const first = await signInAs('member');
    const refused = await first.gavel.post('/api/auth/oidc/callback', { search: `?error=access_denied&state=${first.state}` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ code: string }>().code).toBe('oidc_provider_error');
    const second = await signInAs('member');
    const noCode = await second.gavel.post('/api/auth/oidc/callback', { search: `?state=${second.state}` });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json()).toMatchObject({ code: 'oidc_failed', details: [{ path: 'code' }] });
  });
});
