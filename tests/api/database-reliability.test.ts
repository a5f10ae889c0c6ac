/**
 * Lost connections, readiness, and a process reading its own writes (issue 12).
 * The storms, kill -9 and several processes are in tests/chaos.
 */
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/client.js';
import { openDatabase } from '../../src/server/db/client.js';
import { meetings } from '../../src/server/db/schema.js';
import type { App } from '../../src/server/http/types.js';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Harness } from '../helpers/harness.js';

type Detail = { id: number; titleEn: string };

/** A signed-in staff member of app, as a function making requests. */
async function staffOf(app: App) {
  const session = await app.inject('/api/auth/session');
  const csrf = session.cookies.find((c) => c.name === 'gavel_csrf')!.value;
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { cookie: `gavel_csrf=${csrf}`, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken },
    payload: { email: 'secretariat@gavel.demo', password: DEMO_PASSWORD },
  });
  const cookie = `gavel_session=${signIn.cookies.find((c) => c.name === 'gavel_session')!.value}`;
  const token = signIn.json<{ csrfToken: string }>().csrfToken;
  return (method: 'PATCH' | 'POST', url: string, payload: object) => app.inject({ method, url, headers: { cookie, 'x-csrf-token': token }, payload });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

const config = () => ({ ...loadConfig({}), logLevel: 'silent' });

describe.each(engines)('the database, lost and found, on %s', (engine) => {
  let h: Harness;
  let meetingId: number;
  beforeAll(async () => {
    h = await startHarness(engine);
    const [first] = await h.database.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.isPublic, true)).limit(1);
    meetingId = first!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is live without asking the database, and ready when it answers with every migration applied', async () => {
    expect((await h.app.inject('/api/health')).json()).toEqual({ status: 'ok', db: engine });
    const ready = await h.app.inject('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'ok', pendingMigrations: 0, listening: true });
  });

  it('is not ready while a migration is pending', async () => {
    const { db } = h.database;
    const { rows } = (await db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at::text as at`,
    )) as unknown as { rows: Array<{ hash: string; at: string }> };
    try {
      const res = await h.app.inject('/api/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', database: 'ok', pendingMigrations: 1 });
    } finally {
      await db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${rows[0]!.hash}, ${rows[0]!.at}::bigint)`);
    }
    expect((await h.app.inject('/api/health/ready')).statusCode).toBe(200);
  });

  it('reads its own writes at once, without waiting for its notification', async () => {
    // The same database, but notifications never arrive: only the end of the
    // writing transaction can empty this app's cache.
    const deaf: Database = { ...h.database, listen: async () => async () => {} };
    const app = await buildApp({ database: deaf, config: config(), serveWeb: false, logger: false });
    try {
      const write = await staffOf(app);
      const read = async () => (await app.inject(`/api/meetings/${meetingId}`)).json<Detail>().titleEn;
      for (let i = 0; i < 5; i++) {
        await read(); // cached
        const title = `Own write ${i}`;
        expect((await write('PATCH', `/api/meetings/${meetingId}`, { titleEn: title })).statusCode).toBe(200);
        expect(await read()).toBe(title);
      }
    } finally {
      await app.close();
    }
  });

  it.runIf(engine === 'postgres')(
    'answers a request whose connection is cut 503 database_unavailable with Retry-After, and the next one succeeds',
    async () => {
      const admin = new pg.Client({ connectionString: h.database.url });
      admin.on('error', () => {});
      await admin.connect();
      try {
        const write = await staffOf(h.app);
        // Hold the meeting's row so the write waits on it, then cut the waiting connection.
        await admin.query('begin');
        await admin.query('select id from meetings where id = $1 for update', [meetingId]);
        const cut = write('PATCH', `/api/meetings/${meetingId}`, { titleEn: 'Cut off' });
        let waiting: number | undefined;
        await until(async () => {
          const { rows } = await admin.query<{ pid: number }>(
            `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
          );
          waiting = rows[0]?.pid;
          return waiting !== undefined;
        }, 'the write to wait for the row');
        await admin.query('select pg_terminate_backend($1)', [waiting]);
        const res = await cut;
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ code: 'database_unavailable' });
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        await admin.query('rollback');

        const again = await write('PATCH', `/api/meetings/${meetingId}`, { titleEn: 'After the cut' });
        expect(again.statusCode).toBe(200);
        expect((await h.app.inject(`/api/meetings/${meetingId}`)).json<Detail>().titleEn).toBe('After the cut');
      } finally {
        await admin.end();
      }
    },
  );

  it.runIf(engine === 'postgres')("serves no stale page after its LISTEN connection is cut: another process's write is seen within a second", async () => {
    const other = await openDatabase({ url: h.database.url! });
    const otherApp = await buildApp({ database: other, config: config(), serveWeb: false, logger: false });
    const admin = new pg.Client({ connectionString: h.database.url });
    admin.on('error', () => {});
    await admin.connect();
    try {
      const write = await staffOf(otherApp);
      const read = async () => (await h.app.inject(`/api/meetings/${meetingId}`)).json<Detail>().titleEn;
      for (let round = 0; round < 5; round++) {
        await read(); // cached in this app
        // Cut every LISTEN connection on this database, then write from the other app at once.
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'gavel-listen'`);
        const title = `Written elsewhere ${round}`;
        expect((await write('PATCH', `/api/meetings/${meetingId}`, { titleEn: title })).statusCode).toBe(200);
        const committed = Date.now();
        await until(async () => (await read()) === title, `round ${round}'s write to be read`, 1_000);
        expect(Date.now() - committed).toBeLessThanOrEqual(1_000);
      }
      // And the cache is back in use once the connection listens again.
      await until(async () => (await h.app.inject('/api/health/ready')).json<{ listening: boolean }>().listening, 'LISTEN to be back');
    } finally {
      await admin.end();
      await otherApp.close();
      await other.close();
    }
  });
});
