/**
 * One search box over everything the asker may see, grouped by kind with
 * counts; diacritics and case ignored. The app hands in one provider per
 * kind (search/provider.ts); each module's provider applies its own
 * visibility rule, so a kind the asker may not read counts 0.
 */
import { z } from 'zod';
import { viewerOf } from '../auth/policies/index.js';
import { intParam, text } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { type App, type Deps } from '../http/types.js';
import { queryTokens } from './normalize.js';
import type { DbOrTx } from '../db/client.js';
import { SEARCH_COUNT_CAP, searchKinds, type SearchProvider, type SearchQuery } from './provider.js';
import { searchAnswer, type SearchAnswer } from './schemas.js';

/**
 * Every kind's hits and count (up to SEARCH_COUNT_CAP), grouped in the order shown. One query per
 * kind (its page with the total beside each row), one after another: on the
 * embedded database there is one connection, and on PostgreSQL a search
 * holding eight of the pool's connections would starve other requests.
 */
export async function searchEverything(db: DbOrTx, providers: readonly SearchProvider[], query: SearchQuery): Promise<SearchAnswer> {
  const ordered = [...providers].sort((a, b) => searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind));
  const answer: SearchAnswer = { results: [], groups: [] };
  for (const provider of ordered) {
    const { total, hits } = await provider.search(db, query);
    if (total === 0) continue;
    // Past the cap a count is only "more than"; said so rather than as a number.
    answer.groups.push(total > SEARCH_COUNT_CAP ? { type: provider.kind, count: SEARCH_COUNT_CAP, capped: true } : { type: provider.kind, count: total });
    answer.results.push(...hits);
  }
  return answer;
}

export function searchRoutes(providers: readonly SearchProvider[]) {
  return (app: App, { database }: Deps): void => {
    const route = routes(app, 'search');
    const { db } = database;
    route.get(
      '/api/search',
      {
        permission: 'public',
        summary:
          'Search meetings, documents, articles, people, partners, and for those who may read them bodies, tasks and clippings; Vietnamese diacritics and case are ignored',
        querystring: z.object({ q: text(200), limit: intParam(1, 50).default(25).describe('at most this many results of each kind') }),
        response: { 200: searchAnswer },
      },
      async (request) => {
        const { q, limit } = request.query;
        const tokens = queryTokens(q);
        if (tokens.length === 0) return { results: [], groups: [] };
        return searchEverything(db, providers, { q, tokens, viewer: viewerOf(request), limit, now: new Date() });
      },
    );
  };
}
