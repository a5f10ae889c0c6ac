/**
 * The one reference checker: the ids a request names that its schema cannot
 * check (a party, a meeting, a person…) are looked up table by table, and
 * every unknown one is reported at once, each under the field that named it
 * (`chairPersonId`, `meetingIds.1`), as `invalid_reference`.
 */
import { inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError, type ErrorDetail } from '../http/errors.js';
import type { DbOrTx } from './client.js';

/** A table whose rows are named by an integer `id`. */
export type IdTable = PgTable & { id: AnyPgColumn };

/** One field naming a row: absent (null or undefined) is no reference. */
export type Reference = readonly [path: string, table: IdTable, id: number | null | undefined, what: string];

/** Each element of a list of ids, as references named `field.i`. */
export const eachRef = (field: string, table: IdTable, ids: readonly number[], what: string): Reference[] =>
  ids.map((id, i) => [`${field}.${i}`, table, id, what] as const);

/** A list of ids as references named by the list's field: its unknown ids are reported together. */
export const listRef = (field: string, table: IdTable, ids: readonly number[], what: string): Reference[] =>
  [...new Set(ids)].map((id) => [field, table, id, what] as const);

/** The references whose rows do not exist, in the order given. */
export async function unknownReferences(tx: DbOrTx, refs: readonly Reference[], prefix = ''): Promise<ErrorDetail[]> {
  const byTable = new Map<IdTable, Set<number>>();
  for (const [, table, id] of refs) {
    if (id === null || id === undefined) continue;
    byTable.set(table, (byTable.get(table) ?? new Set()).add(id));
  }
  const found = new Map<IdTable, Set<number>>();
  for (const [table, ids] of byTable) {
    const rows = (await tx
      .select({ id: table.id })
      .from(table as PgTable)
      .where(inArray(table.id, [...ids]))) as { id: number }[];
    found.set(table, new Set(rows.map((r) => r.id)));
  }
  // One detail per field, naming every unknown id it holds, in the order given.
  const unknown = new Map<string, { what: string; ids: number[] }>();
  for (const [path, table, id, what] of refs) {
    if (id === null || id === undefined || found.get(table)!.has(id)) continue;
    const entry = unknown.get(path) ?? unknown.set(path, { what, ids: [] }).get(path)!;
    entry.ids.push(id);
  }
  return [...unknown].map(([path, { what, ids }]) => ({ path: `${prefix}${path}`, message: `no ${what} ${ids.join(', ')}` }));
}

/** Refuses the request if any reference names no row. */
export async function checkReferences(tx: DbOrTx, refs: readonly Reference[], prefix = ''): Promise<void> {
  const problems = await unknownReferences(tx, refs, prefix);
  if (problems.length) {
    throw new AppError('invalid_reference', `Unknown ${problems.map((p) => p.path).join(', ')}`, problems);
  }
}
