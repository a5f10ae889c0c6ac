/**
 * Sign-in that resists guessing: per-account and per-address throttling
 * with 429 and Retry-After (the same answer whether or not the account
 * exists), locks an administrator can lift, the trusted-proxy setting, the
 * session limits, "sign out everywhere", the new-password policy, and the
 * security events in the change log.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFailure, signInKeys } from '../../src/server/auth/throttle-store.js';
import { accountPolicy } from '../../src/server/auth/throttle.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Client, type Harness } from '../helpers/harness.js';

type Events = { events: Array<{ action: string; entityType: string; entityId: string }> };

const signIn = (client: Client, email: string, password: string, headers: Record<string, string> = {}) =>
  client.request('POST', '/api/auth/sign-in', { email, password }, headers);

describe.each(engines)('sign-in throttling and sessions on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    // Behind a proxy at 127.0.0.1 (inject's address): X-Forwarded-For names the client.
    h = await startHarness(engine, { config: { trustedProxy: '127.0.0.1' } });
  });
  afterAll(async () => {
    await h?.close();
  });
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('slows repeated wrong passwords for one account with 429 and Retry-After, the correct one included', async () => {
    const client = await h.anonymous();
    const answers = [];
    for (let i = 0; i < 50; i++) {
      // A new address for each try: the account's own count must stop it.
      answers.push(await signIn(client, 'committee@gavel.demo', `wrong-${i}`, from(`203.0.113.${i + 1}`)));
    }
    const throttled = answers.filter((r) => r.statusCode === 429);
    // Only attempts whose delay had run out reach the password check, and the
    // lock comes at the lockAfter-th of those: however slow the machine, no
    // more than that many are answered 401.
    expect(answers.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(accountPolicy.lockAfter);
    expect(throttled.length).toBeGreaterThanOrEqual(50 - accountPolicy.lockAfter);
    expect(answers.slice(0, accountPolicy.free).every((r) => r.statusCode === 401)).toBe(true);
    expect(Number(throttled[0]!.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled[0]!.json<ErrorBody>().code).toBe('too_many_attempts');
    const right = await signIn(client, 'committee@gavel.demo', DEMO_PASSWORD, from('198.51.100.7'));
    expect(right.statusCode).toBe(429);
  });

  it('answers an unknown account exactly as a known one', async () => {
    const client = await h.anonymous();
    const known = [];
    const unknown = [];
    // Each in a burst, so the attempt after the free ones comes within the first delay.
    for (let i = 0; i <= accountPolicy.free; i++) {
      known.push(await signIn(client, 'focal.moit@gavel.demo', 'nope', from(`192.0.2.${i + 1}`)));
    }
    for (let i = 0; i <= accountPolicy.free; i++) {
      unknown.push(await signIn(client, 'no.one@gavel.demo', 'nope', from(`192.0.2.${i + 101}`)));
    }
    expect(known.map((r) => r.statusCode)).toEqual(unknown.map((r) => r.statusCode));
    expect(known.at(-1)!.statusCode).toBe(429);
    expect(known.at(-1)!.json()).toEqual(unknown.at(-1)!.json());
    expect(known.at(-1)!.headers['retry-after']).toBe(unknown.at(-1)!.headers['retry-after']);
  });

  it('slows one client address trying many e-mails, and leaves other addresses alone', async () => {
    const client = await h.anonymous();
    const statuses = [];
    for (let i = 0; i < 30; i++) statuses.push((await signIn(client, `guess${i}@example.org`, 'x', from('203.0.113.200'))).statusCode);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const elsewhere = await signIn(await h.anonymous(), 'secretariat@gavel.demo', DEMO_PASSWORD, from('203.0.113.201'));
    expect(elsewhere.statusCode).toBe(200);
  });

  it('records the lock, shows it to administrators, and lets them lift it', async () => {
    // Ten failures spread over time (the delays waited out) lock the account.
    const keys = signInKeys('press@gavel.demo', '192.0.2.250');
    let t = Date.now() - 10 * 60_000;
    for (let i = 0; i < accountPolicy.lockAfter; i++) {
      await recordFailure(
        h.database.db,
        { userId: null, requestId: null },
        keys,
        { entityType: 'user', entityId: 'press@gavel.demo', changes: {} },
        new Date(t),
      );
      t += 61_000;
    }
    const locked = await signIn(await h.anonymous(), 'press@gavel.demo', DEMO_PASSWORD, from('192.0.2.251'));
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);

    const admin = await h.signIn('admin@gavel.demo');
    const locks = (await admin.get('/api/auth/locks')).json<{ locks: Array<{ key: string }> }>().locks;
    expect(locks.map((l) => l.key)).toContain('account:press@gavel.demo');
    expect((await (await h.signIn('secretariat@gavel.demo')).get('/api/auth/locks')).statusCode).toBe(403);

    expect((await admin.post('/api/auth/locks/unlock', { key: 'account:press@gavel.demo' })).statusCode).toBe(200);
    expect((await admin.post('/api/auth/locks/unlock', { key: 'account:press@gavel.demo' })).statusCode).toBe(404);
    expect((await signIn(await h.anonymous(), 'press@gavel.demo', DEMO_PASSWORD, from('192.0.2.252'))).statusCode).toBe(200);

    const events = (await admin.get('/api/changes?security=true&limit=500')).json<Events>().events;
    const actions = new Set(events.map((e) => e.action));
    for (const action of ['sign_in', 'sign_in_failed', 'lock', 'unlock']) expect(actions).toContain(action);
    expect(
      events.every((e) => ['sign_in', 'sign_in_failed', 'lock', 'unlock', 'permission_refused', 'sign_out_everywhere', 'password_changed'].includes(e.action)),
    ).toBe(true);
  });

  it("records a signed-in user's refused write as a security event", async () => {
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.post('/api/meetings', {})).statusCode).toBe(403);
    const admin = await h.signIn('admin@gavel.demo');
    const events = (await admin.get('/api/changes?action=permission_refused')).json<Events>().events;
    expect(events[0]).toMatchObject({ entityType: 'route', entityId: 'POST /api/meetings' });
  });

  // Starts a second app and database: room for it on a loaded machine.
  it('ignores X-Forwarded-For from an untrusted peer', { timeout: 180_000 }, async () => {
    const direct = await startHarness(engine);
    try {
      const client = await direct.anonymous();
      const statuses = [];
      // Each try claims another address; without a trusted proxy they are all one client.
      for (let i = 0; i < 15; i++) statuses.push((await signIn(client, `spoof${i}@example.org`, 'x', from(`10.9.8.${i}`))).statusCode);
      expect(statuses).toContain(429);
    } finally {
      await direct.close();
    }
  });

  it('signs out everywhere', async () => {
    const phone = await h.signIn('secretariat@gavel.demo');
    const laptop = await h.signIn('secretariat@gavel.demo');
    expect((await phone.post('/api/auth/sign-out-everywhere')).statusCode).toBe(200);
    for (const c of [phone, laptop]) expect((await c.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
  });

  it('changes a password under the policy, ending the other sessions', async () => {
    const me = await h.signIn('liaison.nz@gavel.demo');
    const other = await h.signIn('liaison.nz@gavel.demo');
    for (const weak of ['short1!', 'password1234', 'liaison.nz-is-me']) {
      const res = await me.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: weak });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>()).toMatchObject({ code: 'weak_password', details: [{ path: 'newPassword' }] });
    }
    const wrong = await me.post('/api/auth/password', { currentPassword: 'not-it', newPassword: 'kiwi fern over the harbour' });
    expect(wrong.statusCode).toBe(401);
    const done = await me.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'kiwi fern over the harbour' });
    expect(done.statusCode).toBe(200);
    expect((await me.get('/api/auth/session')).json<{ user: unknown }>().user).not.toBeNull();
    expect((await other.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
    const anon = await h.anonymous();
    expect((await signIn(anon, 'liaison.nz@gavel.demo', 'kiwi fern over the harbour', from('192.0.2.77'))).statusCode).toBe(200);
  });
});

describe.each(engines)('session limits on %s', (engine) => {
  let h: Harness;
  afterAll(async () => {
    await h?.close();
  });

  it('ends a session that sat idle past the configured timeout', { timeout: 180_000 }, async () => {
    h = await startHarness(engine, { config: { session: { ttlMs: 3_600_000, idleMs: 60_000 } } });
    const client = await h.signIn('admin@gavel.demo');
    expect((await client.get('/api/auth/session')).json<{ user: unknown }>().user).not.toBeNull();
    // Age the session's last use beyond the idle limit.
    await h.database.db.execute(sql`update sessions set last_seen_at = now() - interval '2 minutes'`);
    expect((await client.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
  });
});
