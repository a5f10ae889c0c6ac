import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import type { App } from '../../src/server/http/types.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Harness } from '../helpers/harness.js';

type List = { meetings: Array<{ id: number; titleEn: string; seriesCode: string; edition: number | null }> };

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setImmediate(r));
  }
}

describe.each(engines)('the calendar read cache on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves a change on the very next read', async () => {
    const staff = await h.signIn('secretariat@gavel.demo');
    const list = async () => (await h.app.inject('/api/meetings?year=2020&series=ARF')).json<List>();
    const before = await list();
    expect(await list()).toEqual(before);
    const arf = before.meetings[0]!;
    expect((await staff.patch(`/api/meetings/${arf.id}`, { titleEn: 'ARF renamed' })).statusCode).toBe(200);
    const after = await eventually(list, (l) => l.meetings[0]?.titleEn === 'ARF renamed');
    expect(after.meetings[0]!.titleEn).toBe('ARF renamed');
  });

  it('serves a changed meeting page, and hides an internal one, on the next read', async () => {
    const staff = await h.signIn('secretariat@gavel.demo');
    const { meetings } = (await h.app.inject('/api/meetings?year=2020&series=AMM')).json<List>();
    const amm = meetings.find((m) => m.edition === 53)!;
    const detail = async () => h.app.inject(`/api/meetings/${amm.id}`);
    expect((await detail()).json<{ titleEn: string }>().titleEn).not.toBe('AMM page renamed');
    expect((await staff.patch(`/api/meetings/${amm.id}`, { titleEn: 'AMM page renamed' })).statusCode).toBe(200);
    const renamed = await eventually(detail, (r) => r.json<{ titleEn: string }>().titleEn === 'AMM page renamed');
    expect(renamed.json<{ titleEn: string }>().titleEn).toBe('AMM page renamed');
    expect((await staff.patch(`/api/meetings/${amm.id}`, { isPublic: false })).statusCode).toBe(200);
    const hidden = await eventually(detail, (r) => r.statusCode === 404);
    expect(hidden.statusCode).toBe(404);
    // Staff still see it: the cache keeps the two audiences apart.
    expect((await staff.get(`/api/meetings/${amm.id}`)).statusCode).toBe(200);
    expect((await staff.patch(`/api/meetings/${amm.id}`, { isPublic: true })).statusCode).toBe(200);
  });

  it('is left alone by a read-only transaction (a search), and emptied by any other', async () => {
    let ended = 0;
    const stop = h.database.onTransactionEnd(() => ended++);
    try {
      await h.database.db.transaction(async (tx) => tx.execute(sql`select 1`), { accessMode: 'read only' });
      expect(ended).toBe(0);
      // The registry's search, with the box's bound: its planner settings live in a read-only transaction.
      const anonymous = await h.anonymous();
      expect((await anonymous.get('/api/search?q=tuyen%20bo')).statusCode).toBe(200);
      expect((await anonymous.get('/api/search?q=hannoi%20declaraton')).statusCode).toBe(200);
      expect(ended).toBe(0);
      await h.database.db.transaction(async (tx) => tx.execute(sql`select 1`));
      expect(ended).toBe(1);
    } finally {
      stop();
    }
  });

  it.runIf(engine === 'postgres')('drops cached reads when another process writes', async () => {
    // A second app on the same database stands for another replica.
    const url = h.database.url;
    expect(url).toBeTruthy();
    const other = await openDatabase({ url: url! });
    const otherApp: App = await buildApp({ database: other, config: { ...loadConfig({}), logLevel: 'silent' }, serveWeb: false, logger: false });
    try {
      const list = async () => (await h.app.inject('/api/meetings?year=2020&series=AMM')).json<List>();
      const amm = (await list()).meetings.find((m) => m.edition === 53)!;
      const session = await otherApp.inject('/api/auth/session');
      const csrfCookie = session.cookies.find((c) => c.name === 'gavel_csrf')!;
      const signIn = await otherApp.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { cookie: `gavel_csrf=${csrfCookie.value}`, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken },
        payload: { email: 'secretariat@gavel.demo', password: 'gavel-demo-2020' },
      });
      const sessionCookie = signIn.cookies.find((c) => c.name === 'gavel_session')!;
      const patched = await otherApp.inject({
        method: 'PATCH',
        url: `/api/meetings/${amm.id}`,
        headers: { cookie: `gavel_session=${sessionCookie.value}`, 'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken },
        payload: { titleEn: 'AMM renamed elsewhere' },
      });
      expect(patched.statusCode).toBe(200);
      const seen = await eventually(list, (l) => l.meetings.some((m) => m.titleEn === 'AMM renamed elsewhere'));
      expect(seen.meetings.find((m) => m.id === amm.id)!.titleEn).toBe('AMM renamed elsewhere');
    } finally {
      await otherApp.close();
      await other.close();
    }
  });
});
