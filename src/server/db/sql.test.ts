import { sql } from 'drizzle-orm';
import { PgDialect, integer, pgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { qualified } from './sql.js';

const parents = pgTable('parents', { id: integer('id').primaryKey() });
const children = pgTable('children', { id: integer('id').primaryKey(), parentId: integer('parent_id') });

describe('qualified', () => {
  // A query builder without a connection: toSQL only renders.
  const db = drizzle.mock();

  it('names the outer table in a single-table select, where a bare column would bind to the inner table', () => {
    const bare = db
      .select({ n: sql<number>`(select count(*) from ${children} c where c.parent_id = ${parents.id})` })
      .from(parents)
      .toSQL().sql;
    expect(bare).toContain('c.parent_id = "id"');
    const named = db
      .select({ n: sql<number>`(select count(*) from ${children} c where c.parent_id = ${qualified(parents.id)})` })
      .from(parents)
      .toSQL().sql;
    expect(named).toContain('c.parent_id = "parents"."id"');
    expect(new PgDialect().sqlToQuery(qualified(children.parentId)).sql).toBe('"children"."parent_id"');
  });
});
