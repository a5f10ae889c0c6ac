/**
 * Opens the database: embedded PGlite (persisted in a data folder, or in
 * memory for tests) when no URL is given, a PostgreSQL server otherwise.
 * Both give a Drizzle database over the same schema; callers never know which.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { startCheckpoints } from './pglite-checkpoints.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  migrate(): Promise<void>;
  /** LISTEN on a channel; notifications arrive only after the sender commits. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * In memory, optionally started from a `dumpDataDir()` tarball (the tests'
 * template database) instead of an empty cluster.
 */
export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true; loadDataDir?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    return {
      db: db as unknown as Db,
      engine: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      listen: async (channel, onNotify) => {
        const { unlisten } = await client.listen(channel, (payload) => onNotify(payload));
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  // The contrib extensions the migrations create (documents search: trigram
  // matching of misspelled titles, titles folded by unaccent); a PostgreSQL
  // server has them as packages.
  const options: PGliteOptions = { extensions: { pg_trgm, unaccent } };
  let client: PGlite;
  if ('dataDir' in target) {
    mkdirSync(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir, options);
  } else {
    client = await PGlite.create(target.loadDataDir ? { ...options, loadDataDir: target.loadDataDir } : options);
  }
  const db = drizzlePglite(client, { schema });
  const stopCheckpoints = startCheckpoints(client);
  return {
    db: db as unknown as Db,
    engine: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    listen: (channel, onNotify) => client.listen(channel, onNotify),
    close: async () => {
      stopCheckpoints();
      await client.close();
    },
  };
}
