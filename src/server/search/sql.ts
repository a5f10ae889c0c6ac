/**
 * The word-start match of a search on a folded `search_text` column (a
 * regular expression both engines run; pg_trgm's GIN index answers it where
 * a table has one), the stored column's folding, and one query per kind.
 */
import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { tokenPattern } from './normalize.js';

/** Every token starts a word of the folded column. */
export function matchesAll(column: AnyColumn | SQL, tokens: readonly string[]): SQL | undefined {
  return and(...tokens.map((t) => sql`${column} ~ ${tokenPattern(t)}`));
}

// Vietnamese letters with their marks, both cases, and what foldText makes of them.
const MARKED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const BARE = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
const FROM = MARKED + MARKED.toUpperCase() + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TO = BARE + BARE + 'abcdefghijklmnopqrstuvwxyz';

/**
 * The expression of a stored, generated `search_text` column: the named
 * columns folded as search/normalize.ts folds precomposed text (marks and
 * case dropped, everything but letters and digits a space; `translate` works
 * whatever the database's locale), joined by spaces. Postgres keeps it
 * in the statement that writes the row (so in its transaction), and fills it
 * for existing rows when the column is added. Literal SQL, as DDL takes no
 * parameters; the names are the schema's own, never input.
 */
export function foldedColumns(names: readonly string[]): SQL {
  const text = names.map((n) => `coalesce(${n}, '')`).join(` || ' ' || `);
  return sql.raw(`regexp_replace(translate(${text}, '${FROM}', '${TO}'), '[^a-z0-9]+', ' ', 'g')`);
}

/**
 * Every match's count beside each row of the page (a window over the whole
 * match, computed before LIMIT), so a provider answers in one query.
 */
export const totalOfMatches = () => sql<number>`(count(*) over ())::int`;

/** The hits and their total from rows carrying `total` (an empty page has none: 0). */
export function pageWithTotal<R extends { total: number }>(rows: R[]): { total: number; rows: Array<Omit<R, 'total'>> } {
  return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _, ...r }) => r) };
}
