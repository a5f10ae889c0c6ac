/**
 * SQL fragments that stay correct wherever a query puts them.
 */
import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * A column named with its table, always. Drizzle writes a single-table
 * select's columns bare, even inside a `sql` fragment, so in a correlated
 * subquery `${outer.id}` becomes `"id"` and binds to the inner table's own
 * column: `(select count(*) from a where a.event_id = "id")` counts rows
 * whose event_id equals their own id. Outer columns in correlated
 * subqueries go through this.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
