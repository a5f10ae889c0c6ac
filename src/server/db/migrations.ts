/**
 * The reviewed SQL migrations in /drizzle, and whether a database has them all.
 * Drizzle's migrator applies, in order, every migration newer than the newest
 * one recorded in drizzle.__drizzle_migrations; the same rule says what is pending.
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import type { DbOrTx } from './types.js';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

let known: MigrationMeta[] | null = null;
/** The migrations this version of Gavel ships, oldest first. */
export function shippedMigrations(): MigrationMeta[] {
  known ??= readMigrationFiles({ migrationsFolder });
  return known;
}

/** The created_at of the newest migration applied, or null when none is (or the table does not exist). */
export async function newestApplied(db: DbOrTx): Promise<number | null> {
  const result = await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!rowsOf<{ present: boolean }>(result)[0]?.present) return null;
  const newest = rowsOf<{ at: string | null }>(await db.execute(sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`))[0]?.at;
  return newest == null ? null : Number(newest);
}

/** How many shipped migrations the database has not applied yet. */
export async function pendingMigrations(db: DbOrTx): Promise<number> {
  const newest = await newestApplied(db);
  return shippedMigrations().filter((m) => newest === null || m.folderMillis > newest).length;
}

/** Rows of db.execute, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
