/**
 * One search box over everything a reader may see: each module that owns a
 * kind of thing answers for it with a provider, and applies its own
 * visibility rule (a provider returns only what the asker may see, and counts
 * only that). The search route is given the providers by the app; it imports
 * no module.
 */
import type { DbOrTx } from '../db/client.js';
import type { Viewer } from '../auth/policies/index.js';

/** In the order the results are shown. */
export const searchKinds = ['meeting', 'document', 'article', 'person', 'party', 'body', 'task', 'clipping'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * Counts stop here: a kind with more matches shows "1,000+", so that a
 * common word never makes a provider rank and count tens of thousands of
 * rows (docs/decisions/search-bounded-ranking.md).
 */
export const SEARCH_COUNT_CAP = 1000;

export interface SearchHit {
  type: SearchKind;
  id: number | string;
  titleEn: string;
  titleVi: string;
  /** What tells it apart, in words (a host city, a body, an outlet); dates and zones are given apart, for the reader's locale. */
  subtitleEn: string;
  subtitleVi: string;
  /**
   * Its day (YYYY-MM-DD): a meeting's first day where it is held, a task's due
   * date, an article's or a clipping's publication in the chairmanship's zone
   * (domain/chairmanship.ts); null for the other kinds.
   */
  date: string | null;
  /** A partner's time zone (IANA), shown as city and offset; null for the other kinds. */
  timeZone: string | null;
  /** Original text around the hits, HTML-escaped with hits in <mark>…</mark> (documents); null elsewhere. */
  snippet: string | null;
}

export interface SearchQuery {
  /** The query as typed. */
  q: string;
  /** Its words, folded (search/normalize.ts). Never empty. */
  tokens: string[];
  viewer: Viewer | null;
  /** At most this many hits; `total` counts them all, or up to SEARCH_COUNT_CAP and then any number above it. */
  limit: number;
  now: Date;
}

export interface SearchProvider {
  kind: SearchKind;
  search(db: DbOrTx, query: SearchQuery): Promise<{ total: number; hits: SearchHit[] }>;
}
