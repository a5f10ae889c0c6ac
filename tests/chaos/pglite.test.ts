/**
 * The embedded database in real processes: kill -9 during write bursts loses
 * no acknowledged write; a second process on the same data folder is
 * refused; SIGTERM finishes the request in flight and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/server/db/data-dir-lock.js';
import { killLeftovers, pgliteWithDemo, ready, removePgliteTemplate, Session, startApp, type AppProcess } from '../helpers/processes.js';
import { expectAllPresent, newLedger, until, writers } from './writes.js';

afterAll(() => killLeftovers());

/**
 * One data folder through the file: two rounds of kill -9 during a burst of
 * writes, then the process started after them meets a second process and a
 * SIGTERM. (Each start of PGlite costs seconds of CPU; the tests share them.)
 */
describe('PGlite in real processes', () => {
  let folder: { dataDir: string; dispose: () => void };
  let app: AppProcess;
  beforeAll(async () => {
    folder = await pgliteWithDemo();
  });
  afterAll(() => {
    folder?.dispose();
    removePgliteTemplate();
  });

  const ledger = newLedger();

  it('keeps every acknowledged write across kill -9 in the middle of write bursts', async () => {
    const { dataDir } = folder;
    for (let round = 0; round < 2; round++) {
      const doomed = await startApp({ database: { dataDir } });
      await ready(doomed);
      await expectAllPresent(doomed, ledger.acknowledged);
      const press = await Session.signIn(doomed, 'press@gavel.demo');
      const before = ledger.acknowledged.length;
      const burst = writers(press, ledger, `lite${round}`, 6);
      await until(() => ledger.acknowledged.length >= before + 25, 'a burst of acknowledged writes');
      const { signal } = await doomed.kill('SIGKILL');
      expect(signal).toBe('SIGKILL');
      await burst.stop();
    }
    app = await startApp({ database: { dataDir } });
    await ready(app);
    await expectAllPresent(app, ledger.acknowledged);
    expect(ledger.acknowledged.length).toBeGreaterThanOrEqual(50);
    expect(ledger.unexpected).toEqual([]);
  });

  it('refuses a second process on the same data folder, and the first keeps serving', async () => {
    const second = await startApp({ database: { dataDir: folder.dataDir }, waitReady: false });
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toContain(`is in use by process ${app.pid}`);
    await ready(app);
    expect(app.died()).toBe(false);
  });

  it('backs up the folder while the app runs on it, through that app', async () => {
    const file = join(folder.dataDir, '..', 'backup.ndjson.gz');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/db/backup-cli.ts', 'backup', file], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, GAVEL_DATA_DIR: folder.dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^Backed up \d+ tables, \d+ rows to /);
    const lines = gunzipSync(readFileSync(file)).toString().trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toHaveProperty('end');
    const slugs = new Set(lines.filter((l) => l.startsWith('{"r":{') && l.includes('"slug"')).map((l) => (JSON.parse(l) as { r: { slug?: string } }).r.slug));
    expect(ledger.acknowledged.filter((slug) => !slugs.has(slug))).toEqual([]);
    await ready(app);
  });

  it('on SIGTERM stops accepting, answers the request in flight, exits 0 and leaves the folder whole', async () => {
    const { dataDir } = folder;
    const session = await fetch(`${app.url}/api/auth/session`);
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const body = JSON.stringify({ email: 'secretariat@gavel.demo', password: 'not the password' });
    const { port } = new URL(app.url);
    // A request in flight when the signal comes: its headers are in (the
    // server has said "100 Continue"), its body is not.
    let answered!: (value: { status: number; body: string }) => void;
    const answer = new Promise<{ status: number; body: string }>((resolve) => (answered = resolve));
    const inFlight = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/auth/sign-in',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie, 'x-csrf-token': csrf, expect: '100-continue' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => answered({ status: res.statusCode!, body: text }));
      },
    );
    inFlight.on('error', (err) => answered({ status: 0, body: String(err) }));
    const received = new Promise<void>((resolve) => inFlight.once('continue', () => resolve()));
    inFlight.flushHeaders();
    await received;
    const exit = app.kill('SIGTERM');
    // No new requests once it stops...
    await until(
      async () =>
        await fetch(`${app.url}/api/health`).then(
          (r) => r.status !== 200,
          () => true,
        ),
      'new requests to be turned away',
    );
    // ...but the one in flight is answered in full.
    inFlight.end(body);
    const { status, body: text } = await answer;
    expect(status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ code: 'invalid_credentials' });
    expect((await exit).code).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    // Checkpointed and closed: it opens again, with nothing lost.
    const again = await startApp({ database: { dataDir } });
    await ready(again);
    expect((await again.kill('SIGTERM')).code).toBe(0);
  });
});
