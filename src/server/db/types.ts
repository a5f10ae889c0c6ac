/**
 * The database layer's types, apart from `client.ts` so that the engines'
 * files (pglite.ts, postgres.ts) and the helpers they use can name them
 * without importing the file that imports them: no cycle, type-only included.
 * Everything here is re-exported by `client.ts`, which the modules import.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { DataDirLock } from './data-dir-lock.js';
import type { ListenHandlers } from './listener.js';
import type * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
export type Engine = 'pglite' | 'postgres';
export type { ListenHandlers } from './listener.js';

export interface Database {
  db: Db;
  engine: Engine;
  /**
   * Brings the schema up to date (on PostgreSQL under the start-up lock);
   * `folder`, to migrate only as far as another set of migrations (a restore).
   */
  migrate(folder?: string): Promise<void>;
  /**
   * Start-up: the migrations, then `then` (the demo load), with no other
   * process doing the same meanwhile — on PostgreSQL under an advisory lock,
   * all of it on the connection holding the lock (`db` given to `then`); on
   * PGlite the data folder's lock already makes this process the only one.
   */
  startUp<T>(then: (db: Db) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel; notifications arrive only after the sender commits.
   * Resolves once listening. On PostgreSQL the connection can be lost: then
   * `lost` is called, and `restored` once it listens again (notifications in
   * between are gone).
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  /** Called after each transaction of this process ends, committed or not (before its caller goes on). */
  onTransactionEnd(callback: () => void): () => void;
  close(): Promise<void>;
}

/**
 * In memory, optionally started from a `dumpDataDir()` tarball (the tests'
 * template database) instead of an empty cluster.
 */
export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true; loadDataDir?: Blob };

/** Where the database layer reports what it survived (pino's signature). */
export interface DatabaseLog {
  warn(details: object, message: string): void;
  error?(details: object, message: string): void;
}

export interface OpenOptions {
  log?: DatabaseLog;
  /** PostgreSQL: connections in the pool. */
  maxConnections?: number;
  /** PostgreSQL: how the connections name themselves (pg_stat_activity); the LISTEN one adds `-listen`. */
  applicationName?: string;
  /** PGlite in a data folder: answer `npm run backup` from other processes (backup-server.ts). */
  serveBackups?: boolean;
  /**
   * PGlite: its shared buffers ('32MB'); PostgreSQL's 128MB when unset.
   * Setting them up is most of the time it takes to open a small database in
   * memory, and a test opens one per file: the test databases ask for less.
   */
  sharedBuffers?: string;
}

/** The embedded engine's database (pglite.ts), with its client and its data folder's lock. */
export interface PgliteDatabase extends Database {
  engine: 'pglite';
  client: PGlite;
  /** The data folder's lock (none in memory). */
  lock: DataDirLock | null;
}
