/**
 * PostgreSQL in real processes (runs when TEST_DATABASE_URL is set): kill -9
 * during write bursts; two processes through a storm of connection cuts
 * (pg_terminate_backend, on the test's own database only), their LISTEN
 * connections among them; several processes started at once on an empty
 * database. Assertions: no acknowledged write lost, no process death, no 500,
 * no stale read later than a second after a commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, adminUrl, killLeftovers, PostgresDatabases, ready, Session, startApp, type AppProcess } from '../helpers/processes.js';
import { CutProxy } from './proxy.js';
import { expectAllPresent, newLedger, until, writers, type Ledger } from './writes.js';

/** How long after a commit a read may still show what was there before. */
const STALE_AFTER_MS = 1_000;

describe.runIf(adminUrl)('PostgreSQL in real processes', () => {
  let dbs: PostgresDatabases;
  let database: { name: string; url: string };
  let a: AppProcess;
  const ledger: Ledger = newLedger();
  beforeAll(async () => {
    dbs = await PostgresDatabases.open();
    database = await dbs.withDemo();
  });
  afterAll(async () => {
    killLeftovers();
    await dbs?.dispose();
  });

  it('keeps every acknowledged write across kill -9 in the middle of write bursts', async () => {
    for (let round = 0; round < 2; round++) {
      const doomed = await startApp({ database: { url: database.url } });
      await ready(doomed);
      await expectAllPresent(doomed, ledger.acknowledged);
      const press = await Session.signIn(doomed, 'press@gavel.demo');
      const before = ledger.acknowledged.length;
      const burst = writers(press, ledger, `pg${round}`, 8);
      await until(() => ledger.acknowledged.length >= before + 25, 'a burst of acknowledged writes');
      expect((await doomed.kill('SIGKILL')).signal).toBe('SIGKILL');
      await burst.stop();
    }
    a = await startApp({ database: { url: database.url } });
    await ready(a);
    await expectAllPresent(a, ledger.acknowledged);
    expect(ledger.unexpected).toEqual([]);
  });

  it('survives a storm of connection cuts under load: no process dies, nothing is lost, no page is stale a second after a write', async () => {
    // B reaches the database through a proxy standing for the network between them.
    const network = await CutProxy.start({ host: new URL(adminUrl!).hostname, port: Number(new URL(adminUrl!).port || 5432) });
    const b = await startApp({ database: { url: network.urlFor(database.url) } });
    await ready(b);
    const admin = await adminClient();
    const apps = [a, b];
    const staff = await Session.signIn(a, 'secretariat@gavel.demo');
    const stale: string[] = [];
    const lateReads: number[] = [];
    const badReads: string[] = [];
    const meetingId = ((await (await fetch(`${a.url}/api/meetings?year=2020`)).json()) as { meetings: Array<{ id: number }> }).meetings[0]!.id;
    // The load writes through A only: B's own transactions would empty its
    // cache and hide a missed notification. B serves reads. (The load pauses
    // while a round's write is being looked for on B: any other write would
    // announce itself and empty B's cache, hiding a missed announcement.)
    const load = writers(await Session.signIn(a, 'press@gavel.demo'), ledger, 'storm', 6);
    let reading = true;
    const readers = Array.from({ length: 2 }, async () => {
      while (reading) {
        const res = await fetch(`${b.url}/api/meetings?year=2020`).catch(() => null);
        const text = (await res?.text()) ?? '';
        if (res && res.status !== 200 && !(res.status === 503 && text.includes('database_unavailable')))
          badReads.push(`list ${res.status} ${text.slice(0, 200)}`);
      }
    });

    // Cuts: every connection of this database, or only the LISTEN ones, every 200–800 ms.
    let storming = true;
    let cuts = 0;
    const cutter = (async () => {
      while (storming) {
        const only = cuts % 3 === 2 ? `and application_name = 'gavel-listen'` : '';
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() ${only}`, [database.name]);
        cuts++;
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 600));
      }
    })();

    // Meanwhile: write a meeting's title through A, then read it back from A
    // (its own write: at once) and from B (through NOTIFY, or with the cache
    // bypassed while B's LISTEN connection is down) until it shows.
    const readTitle = async (app: AppProcess): Promise<string | null> => {
      const res = await fetch(`${app.url}/api/meetings/${meetingId}`).catch(() => null);
      if (!res) return null;
      const text = await res.text();
      if (res.status === 200) return (JSON.parse(text) as { titleEn: string }).titleEn;
      if (res.status !== 503 || !text.includes('database_unavailable')) badReads.push(`${res.status} ${text.slice(0, 200)}`);
      return null;
    };
    // At least 12 s of storm and 8 rounds written through it (30 s at most).
    const stormStarted = Date.now();
    let round = 0;
    let written = 0;
    let cutOff = 0;
    while (Date.now() - stormStarted < 12_000 || (written < 8 && Date.now() - stormStarted < 30_000)) {
      const title = `Storm round ${round++}`;
      await readTitle(b); // B keeps the current title in its cache, if it can
      await load.pause();
      // Every other round, the LISTEN connections are cut just before the
      // write; every third, the network between B and the database is cut and
      // stays cut through the write and a second after it (B cannot hear of
      // it: it must not answer from what it kept).
      const isolated = round % 3 === 1;
      if (round % 2 === 0)
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'gavel-listen'`, [database.name]);
      if (isolated) {
        network.refusing = true;
        network.cutAll();
      }
      const res = await staff.request('PATCH', `/api/meetings/${meetingId}`, { titleEn: title }).catch(() => null);
      if (res?.status !== 200) {
        const text = await res?.text();
        if (res && !(res.status === 503 && text?.includes('database_unavailable'))) badReads.push(`write ${res.status} ${text?.slice(0, 200)}`);
        network.refusing = false;
        load.resume();
        continue;
      }
      const acknowledged = Date.now();
      written++;
      const own = await readTitle(a);
      if (own !== null && own !== title) stale.push(`A read "${own}" right after writing "${title}"`);
      if (isolated) {
        cutOff++;
        while (Date.now() - acknowledged < STALE_AFTER_MS + 200) {
          const seen = await readTitle(b);
          if (seen !== null && seen !== title && Date.now() - acknowledged > STALE_AFTER_MS) {
            stale.push(`B, cut off, read "${seen}" ${Date.now() - acknowledged} ms after "${title}" was written`);
            break;
          }
        }
        network.refusing = false;
      }
      for (;;) {
        const seen = await readTitle(b);
        const late = Date.now() - acknowledged;
        if (seen === title) {
          lateReads.push(late);
          break;
        }
        // Another round's title cannot show up here: rounds are one after another.
        if (seen !== null && late > STALE_AFTER_MS) {
          stale.push(`B read "${seen}" ${late} ms after "${title}" was written`);
          break;
        }
        if (late > 30_000) throw new Error(`B never answered with "${title}"`);
      }
      load.resume();
    }
    storming = false;
    await cutter;
    reading = false;
    await Promise.all([load.stop(), ...readers]);
    await admin.end();

    for (const app of apps) await ready(app);
    expect(apps.filter((app) => app.died()).map((app) => app.output())).toEqual([]);
    expect(cuts).toBeGreaterThanOrEqual(10);
    expect(written).toBeGreaterThanOrEqual(5);
    expect(cutOff).toBeGreaterThanOrEqual(2);
    expect(stale).toEqual([]);
    expect(badReads).toEqual([]);
    expect(ledger.unexpected).toEqual([]);
    for (const app of apps) await expectAllPresent(app, ledger.acknowledged);
    expect((await b.kill('SIGTERM')).code).toBe(0);
    expect((await a.kill('SIGTERM')).code).toBe(0);
    await network.close();
  });

  it('starts three processes at once on an empty database: all come up, migrated and with the demo data loaded once', async () => {
    const empty = await dbs.empty();
    const apps = await Promise.all(Array.from({ length: 3 }, () => startApp({ database: { url: empty.url }, env: { GAVEL_DEMO: 'true' } })));
    for (const app of apps) await ready(app, 120_000);
    expect(apps.filter((app) => app.died()).map((app) => app.output())).toEqual([]);
    const admin = await adminClient(empty.url);
    try {
      const seeds = await admin.query<{ name: string; n: number }>(`select name, count(*)::int as n from seed_runs group by name`);
      expect(seeds.rows.length).toBeGreaterThan(1);
      expect(seeds.rows.filter((s) => s.n !== 1)).toEqual([]);
      const seeded = await admin.query<{ n: number }>(`select count(*)::int as n from change_events where action = 'seed'`);
      expect(seeded.rows[0]!.n).toBe(seeds.rows.length);
      // The same meetings as one load of the demo data.
      const template = await adminClient(database.url);
      const count = 'select count(*)::int as n from meetings';
      const [here, there] = [await admin.query<{ n: number }>(count), await template.query<{ n: number }>(count)];
      await template.end();
      expect(here.rows[0]!.n).toBe(there.rows[0]!.n);
    } finally {
      await admin.end();
    }
    for (const app of apps) expect((await app.kill('SIGTERM')).code).toBe(0);
  });
});
