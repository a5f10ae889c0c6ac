/**
 * How a page of the registry is ordered. Every order ends on the document id,
 * so that pages never overlap or skip a row when keys tie.
 */
import { asc, desc, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { meetings } from '../db/schema.js';
import { documents } from './schema.js';
import { documentStatuses } from './vocabulary.js';

export const documentSorts = ['relevance', 'meeting', 'reference', 'title_en', 'title_vi', 'status', 'updated'] as const;
export type DocumentSort = (typeof documentSorts)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * Reference codes in natural order: SUMMIT-37/DECL/2 before SUMMIT-37/DECL/10
 * (the prefix as text, then the trailing number as a number; both stored in
 * the row, see schema.ts).
 */
export const referenceOrder: SQL[] = [sql`${documents.referencePrefix}`, sql`${documents.referenceNumber}`];

/** The workflow's order of states, so that "status" sorts drafts before adoptions. */
const statusOrder = sql`array_position(array[${sql.join(
  documentStatuses.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${documents.status})`;

/**
 * Titles alphabetically with diacritics and case folded first ("Đông Á" with
 * the d's, "Ấn Độ" with the a's), then as written: the same order on every
 * engine, whatever the database's collation (PGlite's puts "Đ" after "z").
 */
const titleOrder = (title: SQLWrapper): SQL[] => [sql`gavel_fold(${title})`, sql`${title}`];

/**
 * Best first, then by meeting date and reference, then id: of the columns
 * given, which may be a subquery's carrying the documents' own.
 */
export function relevanceOrder(c: { rank: SQLWrapper; startsAt: SQLWrapper; referencePrefix: SQLWrapper; referenceNumber: SQLWrapper; id: SQLWrapper }): SQL[] {
  return [desc(c.rank), asc(c.startsAt), asc(c.referencePrefix), asc(c.referenceNumber), asc(c.id)];
}

/**
 * The ORDER BY of a page. `rank` is the text-match rank (or the titles'
 * similarity) when there is a query: "relevance" (the default with a query)
 * sorts on it, best first.
 */
export function orderOf(sort: DocumentSort | undefined, direction: SortDirection | undefined, rank: SQLWrapper | null): SQL[] {
  const by = sort ?? (rank ? 'relevance' : 'meeting');
  const dir = (e: SQL) => ((direction ?? 'asc') === 'desc' ? desc(e) : asc(e));
  const byMeeting = [dir(sql`${meetings.startsAt}`), ...referenceOrder.map(dir)];
  let keys: SQL[];
  switch (by) {
    case 'relevance':
      // Best first whatever the direction; no query means no rank, so meeting order.
      return rank
        ? relevanceOrder({
            rank,
            startsAt: meetings.startsAt,
            referencePrefix: documents.referencePrefix,
            referenceNumber: documents.referenceNumber,
            id: documents.id,
          })
        : [...byMeeting, asc(documents.id)];
    case 'meeting':
      keys = byMeeting;
      break;
    case 'reference':
      keys = referenceOrder.map(dir);
      break;
    case 'title_en':
      keys = titleOrder(documents.titleEn).map(dir);
      break;
    case 'title_vi':
      keys = titleOrder(documents.titleVi).map(dir);
      break;
    case 'status':
      keys = [dir(statusOrder), ...referenceOrder.map((e) => asc(e))];
      break;
    case 'updated':
      keys = [dir(sql`${documents.updatedAt}`)];
      break;
  }
  return [...keys, (direction ?? 'asc') === 'desc' ? desc(documents.id) : asc(documents.id)];
}
