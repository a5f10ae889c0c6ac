/**
 * Backups and restores (issue 12): a snapshot taken while the app writes,
 * restored into an empty database, equals the data at the moment it was
 * taken — every table's rows, uploaded files included, and the sequences.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/server/db/backup.js';
import { openDatabase, type DatabaseTarget, type DbOrTx } from '../../src/server/db/client.js';
import { rowsOf } from '../../src/server/db/migrations.js';
import { restoreBackup } from '../../src/server/db/restore.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { pressConsent } from '../helpers/factories.js';

/** Every table's rows, as one comparable value. */
async function fingerprint(db: DbOrTx): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const tables = rowsOf<{ name: string }>(await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`));
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number; digest: string | null }>(
      await db.execute(sql.raw(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from public."${name}" t`)),
    );
    out[name] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

/** Each sequence's next value. Sequences stand outside snapshots: a backup may hold them further on than its rows (gaps, as with pg_dump). */
async function nextValues(db: DbOrTx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const sequences = rowsOf<{ name: string }>(await db.execute(sql`select sequencename as name from pg_sequences where schemaname = 'public' order by 1`));
  for (const { name } of sequences) {
    const [row] = rowsOf<{ next: string }>(
      await db.execute(sql.raw(`select (last_value + case when is_called then 1 else 0 end)::text as next from public."${name}"`)),
    );
    out[name] = Number(row!.next);
  }
  return out;
}

async function* linesOf(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

/** An empty database of the engine, and how to drop it. */
async function emptyTarget(engine: string, sourceUrl: string | undefined): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const parent = mkdtempSync(join(tmpdir(), 'gavel-restore-'));
    return { target: { dataDir: join(parent, 'data') }, drop: async () => rmSync(parent, { recursive: true, force: true }) };
  }
  const admin = new pg.Client({ connectionString: sourceUrl });
  admin.on('error', () => {});
  await admin.connect();
  const name = `gavel_restore_${randomBytes(5).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(sourceUrl!);
  url.pathname = `/${name}`;
  return {
    target: { url: url.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

describe.each(engines)('backups on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let anon: Client;
  beforeAll(async () => {
    h = await startHarness(engine, { demoFiles: true });
    press = await h.signIn('press@gavel.demo');
    anon = await h.anonymous();
  });
  afterAll(async () => {
    await h?.close();
  });

  const apply = async (eventId: number, n: number) => {
    const body = multipartBody(
      {
        fullName: `Reporter ${n}`,
        outlet: 'Báo Thời Đại',
        nationality: 'VN',
        idDocumentNumber: `B${n}${randomBytes(3).toString('hex')}`,
        email: 'r@example.org',
        ...pressConsent,
      },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(40 + n, 50) },
    );
    const res = await anon.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
    expect(res.statusCode).toBe(201);
  };

  it('restores a snapshot taken while the app writes: the data as it was, files included', { timeout: 240_000 }, async () => {
    const events = (await anon.get('/api/press/events')).json<{ events: Array<{ id: number }> }>().events;
    const eventId = events[0]!.id;
    await apply(eventId, 1); // a photo (bytea) before the snapshot
    const before = await fingerprint(h.database.db);
    const nextBefore = await nextValues(h.database.db);
    expect(Number(before['document_blobs']!.split(':')[0])).toBeGreaterThan(0);

    // A write that starts while the backup is being read: on PostgreSQL it
    // commits before the backup ends; on PGlite (one connection) it waits.
    const lines: string[] = [];
    let during: Promise<void> | undefined;
    await dumpDatabase(h.database.db, h.database.engine, async (line) => {
      lines.push(line);
      if (lines.length === 200) {
        during = apply(eventId, 2);
        if (engine === 'postgres') await during;
      }
    });
    await during;
    // And more after it.
    expect(
      (
        await press.post('/api/press/events', {
          slug: 'after-backup',
          titleEn: 'After',
          titleVi: 'Sau',
          venueEn: 'Hanoi',
          venueVi: 'Hà Nội',
          opensAt: '2020-11-09T08:00:00+07:00',
          timeZone: 'Asia/Ho_Chi_Minh',
          capacity: 3,
        })
      ).statusCode,
    ).toBe(201);
    expect(await fingerprint(h.database.db)).not.toEqual(before);

    const { target, drop } = await emptyTarget(engine, h.database.url);
    try {
      const result = await restoreBackup(target, linesOf(lines));
      expect(result.rows).toBe(lines.filter((l) => l.startsWith('{"r":')).length);
      const restored = await openDatabase(target);
      try {
        expect(await fingerprint(restored.db)).toEqual(before);
        // The sequences go on from at least where they were: new rows take new ids.
        const nextAfter = await nextValues(restored.db);
        expect(Object.keys(nextAfter)).toEqual(Object.keys(nextBefore));
        for (const [name, next] of Object.entries(nextBefore)) expect(nextAfter[name], name).toBeGreaterThanOrEqual(next);
        const [created] = rowsOf<{ id: number }>(
          await restored.db.execute(
            sql`insert into press_events (slug, title_en, title_vi, venue_en, venue_vi, opens_at, time_zone, capacity) values ('new', 'N', 'N', 'V', 'V', now(), 'UTC', 1) returning id`,
          ),
        );
        expect(created!.id).toBeGreaterThanOrEqual(nextBefore['press_events_id_seq']!);
      } finally {
        await restored.close();
      }
    } finally {
      await drop();
    }
  });

  // Three restores of the whole demo data set: over a minute on a loaded two-core machine.
  it('refuses a backup that was cut short, a database that holds data unless told to replace it, and one an app uses', { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    await dumpDatabase(h.database.db, h.database.engine, async (line) => void lines.push(line));
    if (engine === 'postgres') {
      // Not into a database an app is connected to.
      await expect(restoreBackup({ url: h.database.url! }, linesOf(lines), { replace: true })).rejects.toThrow(/Gavel processes are connected/);
    }
    const { target, drop } = await emptyTarget(engine, h.database.url);
    try {
      await expect(restoreBackup(target, linesOf(lines.slice(0, -1)))).rejects.toThrow(/cut short/);
      // The failed restore left the schema but no rows; a whole one goes in only when replacing.
      await expect(restoreBackup(target, linesOf(lines))).rejects.toThrow(/--replace/);
      const result = await restoreBackup(target, linesOf(lines), { replace: true });
      expect(result.rows).toBeGreaterThan(0);
    } finally {
      await drop();
    }
  });

  it('refuses something that is not a backup', async () => {
    const { target, drop } = await emptyTarget(engine, h.database.url);
    try {
      await expect(restoreBackup(target, linesOf(['{"hello":1}']))).rejects.toThrow(/not a Gavel backup/);
    } finally {
      await drop();
    }
  });
});
