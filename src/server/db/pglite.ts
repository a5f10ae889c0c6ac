/**
 * The embedded database: PGlite in a data folder (one process per folder,
 * data-dir-lock.ts) or in memory (tests).
 */
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Db, OpenOptions, PgliteDatabase } from './types.js';
import { serveBackups } from './backup-server.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { migrationsFolder } from './migrations.js';
import { startCheckpoints } from './pglite-checkpoints.js';
import * as schema from './schema.js';
import { watchTransactions } from './transactions.js';

export type { PgliteDatabase } from './types.js';

export async function openPglite(target: { dataDir: string } | { memory: true; loadDataDir?: Blob }, openOptions: OpenOptions = {}): Promise<PgliteDatabase> {
  // The contrib extensions the migrations create (documents search: trigram
  // matching of misspelled titles, titles folded by unaccent); a PostgreSQL
  // server has them as packages.
  const options: PGliteOptions = { extensions: { pg_trgm, unaccent } };
  if (openOptions.sharedBuffers !== undefined) {
    if (!/^\d+(kB|MB|GB)$/.test(openOptions.sharedBuffers)) throw new Error(`shared buffers: '${openOptions.sharedBuffers}' is not a size such as '32MB'`);
    options.postgresqlconf = `shared_buffers = ${openOptions.sharedBuffers}`;
  }
  let client: PGlite;
  let lock: DataDirLock | null = null;
  if ('dataDir' in target) {
    lock = lockDataDir(target.dataDir);
    try {
      client = await PGlite.create(target.dataDir, options);
    } catch (err) {
      lock.release();
      throw err;
    }
  } else {
    client = await PGlite.create(target.loadDataDir ? { ...options, loadDataDir: target.loadDataDir } : options);
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  const onTransactionEnd = watchTransactions(db);
  const stopCheckpoints = startCheckpoints(client);
  const runMigrations = (folder = migrationsFolder) => migrate(db as never, { migrationsFolder: folder });
  let stopServingBackups = async () => {};
  const database: PgliteDatabase = {
    db,
    engine: 'pglite',
    client,
    lock,
    migrate: (folder) => runMigrations(folder),
    // One process per data folder: nobody else can be migrating.
    startUp: async (then) => {
      await runMigrations();
      return then(db);
    },
    listen: async (channel, handlers) => {
      // In the same process: never lost.
      const unlisten = await client.listen(channel, handlers.notify);
      return unlisten;
    },
    onTransactionEnd,
    close: async () => {
      await stopServingBackups();
      stopCheckpoints();
      if (!client.closed) {
        // Checkpointed now, the next start has no log to replay.
        if (lock) await client.exec('checkpoint');
        await client.close();
      }
      lock?.release();
    },
  };
  if (openOptions.serveBackups && 'dataDir' in target) {
    const log = openOptions.log;
    stopServingBackups = await serveBackups(database, target.dataDir, (err) => (log?.error ?? log?.warn)?.({ err }, 'backup failed'));
  }
  return database;
}
