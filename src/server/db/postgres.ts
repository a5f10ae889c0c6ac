/**
 * A PostgreSQL server through node-postgres (docs/decisions/0006-node-postgres.md).
 *
 * Connections are lost: a server restart, a failover, an administrator's
 * pg_terminate_backend, a network cut. What must hold then:
 * - no error of the driver ends the process: every client gets an 'error'
 *   listener for its whole life (node-postgres emits 'error' on a client whose
 *   connection dies, checked out or not, and an unheard 'error' event throws);
 * - the query that was running fails (the error handler answers 503) and the
 *   broken client leaves the pool, which opens new ones as needed;
 * - a client whose connection dies while checked out goes back to the pool
 *   at once, to be discarded: Drizzle's transaction() runs BEGIN outside the
 *   try/finally that releases the client, so a BEGIN on a dead connection
 *   would otherwise hold a pool slot forever, and ten of them a pool that
 *   never answers (drizzle-orm#6241; seen here under pg_terminate_backend);
 * - the LISTEN connection reconnects by itself (listener.ts).
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, DatabaseLog, Db, OpenOptions } from './types.js';
import { migrationsFolder } from './migrations.js';
import { Listener } from './listener.js';
import * as schema from './schema.js';
import { watchTransactions } from './transactions.js';

/** The advisory lock held while a process migrates and loads the demo data. */
const startUpLock = `select pg_advisory_lock(hashtextextended('gavel:start-up', 0))`;
const startUpUnlock = `select pg_advisory_unlock(hashtextextended('gavel:start-up', 0))`;

const quiet: DatabaseLog = { warn: () => {} };

/**
 * A pool whose checked-out clients are released (with their error, so the
 * pool discards them) when their connection dies, whoever holds them; the
 * holder's own release() later does nothing.
 */
class GuardedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) {
    if (callback) return super.connect(callback);
    return super.connect().then(guard);
  }
}

function guard(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const lost = (err: Error) => client.release(err);
  client.release = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('error', lost);
    release(err);
  };
  client.on('error', lost);
  return client;
}

export async function openPostgres(url: string, options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? quiet;
  const pool = new GuardedPool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'gavel',
    // A request waits this long for a connection while the server is unreachable, then gets a 503.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on('connect', (client) => {
    client.on('error', (err) => log.warn({ err }, 'database connection lost'));
  });
  // The pool repeats an idle client's error here; the client's own listener has reported it.
  pool.on('error', () => {});

  const db = drizzle({ client: pool, schema }) as unknown as Db;
  const onTransactionEnd = watchTransactions(db);
  const listener = new Listener(
    { connectionString: url, application_name: `${options.applicationName ?? 'gavel'}-listen` },
    { onError: (err) => log.warn({ err }, 'LISTEN connection lost') },
  );

  const startUp = async <T>(then: (db: Db) => Promise<T>, folder = migrationsFolder): Promise<T> => {
    const client = await pool.connect();
    let released = false;
    try {
      await client.query(startUpLock);
      const locked = drizzle({ client, schema }) as unknown as Db;
      await migrate(locked as never, { migrationsFolder: folder });
      const result = await then(locked);
      await client.query(startUpUnlock);
      return result;
    } catch (err) {
      // The lock goes with the session: end it rather than return a client that may still hold it.
      client.release(err as Error);
      released = true;
      throw err;
    } finally {
      if (!released) client.release();
    }
  };

  return {
    db,
    engine: 'postgres',
    migrate: (folder) => startUp(async () => undefined, folder),
    startUp: (then) => startUp(then),
    listen: (channel, handlers) => listener.listen(channel, handlers),
    onTransactionEnd,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
