/**
 * Opens the database: embedded PGlite (persisted in a data folder, or in
 * memory for tests) when no URL is given, a PostgreSQL server otherwise.
 * Both give a Drizzle database over the same schema; callers never know which.
 */
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { DatabaseTarget, OpenOptions, Database } from './types.js';

export type * from './types.js';
export { migrationsFolder } from './migrations.js';

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  return 'url' in target ? openPostgres(target.url, options) : openPglite(target, options);
}
