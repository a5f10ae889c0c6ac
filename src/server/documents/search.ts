/**
 * Documents search: full text over everything (titles, reference, lead body,
 * the latest version's text), ranked by the query words found in the titles;
 * and when full text finds nothing, titles by trigram similarity, for a
 * misspelled query ("Hannoi declaraton"). See
 * docs/decisions/documents-storage-and-search.md.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import { foldedWords, queryTokens } from '../search/normalize.js';
import { markWords, prefixEverywhere, wordMatcher } from './highlight.js';
import { documents } from './schema.js';
import { similarHits, suggestQuery } from './similar.js';
import { snippetOf } from './snippet.js';

/**
 * How much a stretch of the titles must resemble each query word, and the
 * query as a whole (pg_trgm's `word_similarity`): a word that is nowhere
 * scores 0–0.25, "hannoi" against "ha noi" 0.4, a word with one wrong letter
 * 0.6 or more. pg_trgm's default, 0.6, is a setting, so it is set for the one
 * query (`SET LOCAL`).
 */
export const TITLE_SIMILARITY = 0.35;

/** At most this many similar titles are listed (see queries.ts similarPage). */
export const SIMILAR_MAX = 100;

const vector = sql`${documents.searchVector}`;

/**
 * All folded words, the last one also as a prefix (search as you type);
 * tokens are [a-z0-9] only, so nothing needs escaping.
 */
export function tsQueryOf(q: string | undefined): string | null {
  const tokens = queryTokens(q ?? '');
  return tokens.length ? tokens.map((t, i) => (i === tokens.length - 1 ? `${t}:*` : t)).join(' & ') : null;
}

/**
 * The text condition, as the conditions it is the union of, each driven by
 * a GIN index (textSearch's `match` is their union). A short last word ("so"
 * in "kinh te so", or "ca" while typing "cap cao") as a prefix matches
 * hundreds of lexemes, and a GIN scan must union all their posting lists
 * (50–70 ms at 100,000 documents); checking the prefix on the other words'
 * candidates instead (`ts_match_vq`) reads each candidate's compressed vector
 * back (45 ms). So a last word under 4 letters matches as a whole word
 * anywhere (many Vietnamese words are that short) or as the start of a word
 * in the titles (search as you type), each arm driven by a GIN index, the
 * title arm on the small title vector (with the other words, if any, checked
 * on the whole text).
 */
export function textArms(q: string | undefined): SQL[] | null {
  const tokens = queryTokens(q ?? '');
  const full = tsQueryOf(q);
  if (!full) return null;
  if (prefixEverywhere(tokens)) return [sql`${vector} @@ to_tsquery('simple', ${full})`];
  const last = tokens[tokens.length - 1]!;
  const others = tokens.slice(0, -1).join(' & ');
  const lastInTitles = sql`${documents.titleVector} @@ to_tsquery('simple', ${`${last}:*`})`;
  return [
    sql`${vector} @@ to_tsquery('simple', ${tokens.join(' & ')})`,
    others ? sql`${vector} @@ to_tsquery('simple', ${others}) and ${lastInTitles}` : lastInTitles,
  ];
}

/** The documents matching any of the arms: the one arm itself, or the ids of each arm's matches. */
function unionOf(arms: SQL[]): SQL {
  if (arms.length === 1) return arms[0]!;
  return sql`${documents.id} in (${sql.join(
    arms.map((arm) => sql`select ${documents.id} from ${documents} where ${arm}`),
    sql` union all `,
  )})`;
}

export interface TextSearch {
  tokens: string[];
  /** Full text: every word somewhere in the document (GIN on search_vector). */
  match: SQL;
  /** The same as conditions whose union it is, each driven by an index: for a bounded read of each (queries.ts boundedPageOf). */
  arms: SQL[];
  /**
   * The rank: how much of the query the titles hold (`ts_rank` of any of the
   * words on title_vector, which is stored in the row). Ranking on the whole
   * text's vector read each match's compressed vector back from TOAST.
   */
  rank: SQL;
  /** Any of the words in the titles: the matches that rank above 0 (GIN on title_vector). */
  inTitles: SQL;
  /**
   * Titles resembling the query: each of its words, and the query as a whole,
   * resembles a stretch of the titles (`%>` at TITLE_SIMILARITY; GIN trigram
   * index on title_folded). Word by word, because the whole query alone took
   * partial matches ("tam nhin ben vung" a title with only "ben vung"); and all
   * as index conditions, because the index's candidates are rechecked one by
   * one (`word_similarity` on each title), and each condition narrows them.
   */
  similar: SQL;
  /** How much the best stretch of the titles resembles the query, 0–1. */
  similarity: SQL;
}

export function textSearch(q: string | undefined): TextSearch | null {
  const tokens = queryTokens(q ?? '');
  const arms = textArms(q);
  if (!arms) return null;
  const match = unionOf(arms);
  const anyWord = tokens.map((t, i) => (i === tokens.length - 1 ? `${t}:*` : t)).join(' | ');
  const folded = tokens.join(' ');
  return {
    tokens,
    match,
    arms,
    rank: sql`ts_rank(${documents.titleVector}, to_tsquery('simple', ${anyWord}))`,
    inTitles: sql`${documents.titleVector} @@ to_tsquery('simple', ${anyWord})`,
    similar: and(...[folded, ...tokens].map((t) => sql`${documents.titleFolded} %> ${t}`))!,
    similarity: sql`word_similarity(${folded}, ${documents.titleFolded})`,
  };
}

export type MatchKind = 'text' | 'similar';

export interface Hits {
  /** Titles with the hits marked, escaped (see highlight.ts). */
  highlight: { titleEn: string; titleVi: string };
  /** From the lead body and the latest version's text; null when the hits are only in the title or reference. */
  snippet: string | null;
}

function markTitle(text: string, tokens: readonly string[], match: MatchKind): string {
  const words = foldedWords(text);
  const isHit = wordMatcher(tokens);
  const hits = match === 'text' ? words.map((w) => isHit(w.word)) : similarHits(words, tokens);
  return markWords(text, words, hits, 0, words.length, 'whole');
}

/** What a result shows of its match; snippets only for full-text matches (a similar one matched on its title). */
export function hitsOf(
  row: { titleEn: string; titleVi: string; leadBodyEn: string | null; leadBodyVi: string | null; text: string | null },
  tokens: readonly string[],
  match: MatchKind,
): Hits {
  const body = [row.leadBodyEn, row.leadBodyVi, row.text].filter(Boolean).join('\n');
  return {
    highlight: { titleEn: markTitle(row.titleEn, tokens, match), titleVi: markTitle(row.titleVi, tokens, match) },
    snippet: match === 'text' ? snippetOf(body, tokens) : null,
  };
}

/** "Did you mean": the query spelled as in the best similar document's titles, if that changes it. */
export function suggestionFrom(best: { titleEn: string; titleVi: string }, tokens: readonly string[]): string | null {
  const titles = [best.titleEn, best.titleVi].map((text) => ({ text, words: foldedWords(text) }));
  return suggestQuery(tokens, titles);
}
