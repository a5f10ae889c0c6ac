/**
 * Taking a backup of, and restoring one into, the database a configuration
 * names: a PostgreSQL server (while the app runs: the snapshot is
 * consistent), or a PGlite data folder (asked of the app when it runs, see
 * backup-server.ts; opened directly when it does not).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { BackupUnusable, dumpDatabase, loadRows, parseHeader, type BackupHeader, type BackupSummary } from './backup.js';
import { requestBackup } from './backup-server.js';
import { openDatabase, type Database, type DatabaseTarget } from './client.js';
import { DataDirInUse, lockDataDir } from './data-dir-lock.js';
import { migrationsFolder, newestApplied, rowsOf, shippedMigrations } from './migrations.js';

export { BackupUnusable };

function hasCluster(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/** Writes a backup of target through emit (awaited). */
export async function takeBackup(target: DatabaseTarget, emit: (line: string) => Promise<void>): Promise<BackupSummary> {
  if ('memory' in target) throw new Error('An in-memory database cannot be backed up from outside its process.');
  if ('dataDir' in target && !hasCluster(target.dataDir)) throw new Error(`There is no database in ${target.dataDir}.`);
  let database: Database;
  try {
    database = await openDatabase(target, { maxConnections: 2, applicationName: 'gavel-backup' });
  } catch (err) {
    if (!(err instanceof DataDirInUse)) throw err;
    if (!err.holder.control) {
      throw new Error(`${err.message} That process does not take backups for others (an older Gavel?): stop it to back up its folder.`, { cause: err });
    }
    return relayBackup(err.holder.control, emit);
  }
  try {
    return await dumpDatabase(database.db, database.engine, emit);
  } finally {
    await database.close();
  }
}

async function relayBackup(control: string, emit: (line: string) => Promise<void>): Promise<BackupSummary> {
  let last = '';
  for await (const line of requestBackup(control)) {
    await emit(line);
    last = line;
  }
  const end = (JSON.parse(last || '{}') as { end?: BackupSummary }).end;
  if (!end) throw new Error('The running app stopped sending the backup before its end; nothing usable was written.');
  return end;
}

/** The backup's migrations must be the first ones this version ships, in order. */
function checkMigrations(header: BackupHeader): number {
  const shipped = shippedMigrations();
  const n = header.migrations.length;
  if (n > shipped.length) {
    throw new BackupUnusable(`The backup has ${n} migrations applied; this version of Gavel ships ${shipped.length}: restore it with a newer Gavel.`);
  }
  header.migrations.forEach((m, i) => {
    if (shipped[i]!.hash !== m.hash || shipped[i]!.folderMillis !== m.createdAt) {
      throw new BackupUnusable(`The backup's migration ${i + 1} is not this version's (a different or modified Gavel): it cannot be restored here.`);
    }
  });
  return n;
}

/** A migrations folder holding only the first n shipped migrations. */
function firstMigrations(n: number): string {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  const dir = mkdtempSync(join(tmpdir(), 'gavel-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, n);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

export interface RestoreOptions {
  /** Replace a database that already holds data (PGlite: its folder is moved aside, not deleted). */
  replace?: boolean;
}

export interface RestoreResult extends BackupSummary {
  /** PGlite: where the folder that was replaced now is. */
  movedAside?: string;
  takenAt: string;
}

/**
 * Restores a backup into target: the schema as it was when the backup was
 * taken (its migrations), its rows, then this version's later migrations.
 * Refused while an app uses the database, and into a database holding data
 * unless `replace`.
 */
export async function restoreBackup(target: DatabaseTarget, lines: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreResult> {
  if ('memory' in target) throw new Error('An in-memory database cannot be restored from outside its process.');
  const iterator = lines[Symbol.asyncIterator]();
  const header = parseHeader((await iterator.next()).value as string | undefined);
  const level = checkMigrations(header);
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };

  let movedAside: string | undefined;
  if ('dataDir' in target && hasCluster(target.dataDir)) {
    lockDataDir(target.dataDir).release(); // throws DataDirInUse while an app runs on it
    if (!options.replace) throw new Error(`${target.dataDir} holds a database: restore with --replace to replace it (the folder is kept, renamed).`);
    movedAside = `${target.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target.dataDir, movedAside);
  }
  const database = await openDatabase(target, { maxConnections: 2, applicationName: 'gavel-restore' });
  const folder = firstMigrations(level);
  try {
    if (database.engine === 'postgres') await clearPostgres(database, options);
    await database.migrate(folder);
    const summary = await loadRows(database.db, rest);
    await database.migrate();
    return { ...summary, movedAside, takenAt: header.takenAt };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await database.close();
  }
}

/** Refuses while app processes are connected; empties the database (with `replace`). */
async function clearPostgres(database: Database, options: RestoreOptions): Promise<void> {
  const { db } = database;
  const others = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name in ('gavel', 'gavel-listen')`),
  )[0]!.n;
  if (others > 0) throw new Error(`Gavel processes are connected to this database (${others} connections): stop them before restoring.`);
  const tables = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from pg_tables where schemaname = 'public'`))[0]!.n;
  if ((await newestApplied(db)) === null && tables === 0) return;
  if (!options.replace) throw new Error('This database holds data: restore with --replace to replace it (take a backup of it first).');
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema public cascade`);
  await db.execute(sql`create schema public`);
  await db.execute(sql`grant usage on schema public to public`);
}
