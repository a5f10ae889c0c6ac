import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpoints } from '../../src/server/db/pglite-checkpoints.js';

const checkpointLsn = async (db: PGlite) => (await db.query<{ lsn: string }>('select checkpoint_lsn::text as lsn from pg_control_checkpoint()')).rows[0]!.lsn;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('checkpoints of the embedded database (PGlite has no checkpointer)', () => {
  let db: PGlite;
  let stop = () => {};
  afterEach(async () => {
    stop();
    await db?.close();
  });

  it('checkpoints once enough log has been written, and not while nothing is', async () => {
    db = await PGlite.create();
    await db.exec('create table t (body text)');
    stop = startCheckpoints(db, { everyMs: 20, maxWalBytes: 2 ** 20, timeoutMs: 60_000 });
    await sleep(100);
    const idle = await checkpointLsn(db);
    await sleep(200);
    expect(await checkpointLsn(db)).toBe(idle);

    await db.exec(`insert into t select repeat(md5(g::text), 40) from generate_series(1, 2000) g`);
    const deadline = Date.now() + 5_000;
    while ((await checkpointLsn(db)) === idle && Date.now() < deadline) await sleep(20);
    const after = await checkpointLsn(db);
    expect(after).not.toBe(idle);
    await sleep(200);
    expect(await checkpointLsn(db)).toBe(after);
  });

  it('checkpoints a little writing once the timeout has passed', async () => {
    db = await PGlite.create();
    let clock = 0;
    stop = startCheckpoints(db, { everyMs: 20, maxWalBytes: 2 ** 30, timeoutMs: 1_000 }, () => clock);
    await sleep(60);
    const before = await checkpointLsn(db);
    await db.exec('create table small (n int); insert into small values (1)');
    await sleep(100);
    expect(await checkpointLsn(db)).toBe(before);
    clock = 1_000;
    const deadline = Date.now() + 5_000;
    while ((await checkpointLsn(db)) === before && Date.now() < deadline) await sleep(20);
    expect(await checkpointLsn(db)).not.toBe(before);
  });
});
