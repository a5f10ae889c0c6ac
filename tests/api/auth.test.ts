import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Harness } from '../helpers/harness.js';

describe.each(engines)('sign-in on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs in with an HTTP-only SameSite cookie and signs out', async () => {
    const client = await h.anonymous();
    const res = await client.post('/api/auth/sign-in', { email: 'Secretariat@gavel.demo', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = (res.cookies as Array<{ name: string; httpOnly?: boolean; sameSite?: string }>).find((c) => c.name === 'gavel_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json<{ user: { roles: string[] } }>().user.roles).toContain('secretariat');
  });

  it('stores Argon2 hashes, never passwords', async () => {
    const rows = await h.database.db.query.users.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const u of rows) {
      expect(u.passwordHash?.startsWith('$argon2id$')).toBe(true);
      expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
    }
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const client = await h.anonymous();
    const wrong = await client.post('/api/auth/sign-in', { email: 'secretariat@gavel.demo', password: 'nope' });
    const unknown = await client.post('/api/auth/sign-in', { email: 'nobody@gavel.demo', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('needs the CSRF token even to sign in', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'secretariat@gavel.demo', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });

  it('ends the session on sign-out', async () => {
    const client = await h.signIn('admin@gavel.demo');
    expect((await client.get('/api/auth/session')).json<{ user: unknown }>().user).not.toBeNull();
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).json<{ user: unknown }>().user).toBeNull();
  });

  it('serves the OpenAPI document', async () => {
    const res = await h.app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/meetings', '/api/meetings/{id}', '/api/search']));
  });
});
