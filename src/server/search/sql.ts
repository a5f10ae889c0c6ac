/**
 * The word-start match of a search, in SQL both engines run without
 * extensions: on a folded `search_text` column, or on text folded in the
 * query itself (small tables that keep no search_text).
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
 * A text column folded as search/normalize.ts folds (marks and case dropped;
 * everything but letters and digits a space), for precomposed text, which is
 * what is stored. `translate` works whatever the database's locale.
 */
export function folded(column: AnyColumn | SQL): SQL {
  return sql`regexp_replace(translate(coalesce(${column}, ''), ${FROM}, ${TO}), '[^a-z0-9]+', ' ', 'g')`;
}

/** Every token starts a word in one of the columns, folded in the query. */
export function foldedMatchesAll(columns: ReadonlyArray<AnyColumn | SQL>, tokens: readonly string[]): SQL | undefined {
  const text = sql.join(
    columns.map((c) => folded(c)),
    sql` || ' ' || `,
  );
  return and(...tokens.map((t) => sql`(' ' || ${text}) ~ ${' ' + t}`));
}
