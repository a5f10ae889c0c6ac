/**
 * A closed vocabulary as a CHECK constraint, generated from the vocabulary's
 * list (domain/vocabulary.ts and each module's), so the database refuses what
 * the code would otherwise have to trust. Changing a list changes the schema:
 * `npm run db:generate` writes the migration.
 */
import { sql } from 'drizzle-orm';
import { check, type AnyPgColumn } from 'drizzle-orm/pg-core';

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `<name> CHECK (column IN (…))`; a null passes (NOT NULL says whether it may be null). */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} in (${sql.raw(values.map(literal).join(', '))})`);
}

/** `<name> CHECK (column <@ ARRAY[…])`: every element of a text array from the list. */
export function allOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} <@ array[${sql.raw(values.map(literal).join(', '))}]::text[]`);
}
