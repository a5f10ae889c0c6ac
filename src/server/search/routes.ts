/** One search box over meetings, people and parties; diacritics and case ignored. */
import { and, asc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { meetingScope, viewerOf } from '../auth/policies/index.js';
import { meetings, parties, people } from '../db/schema.js';
import { text } from '../http/primitives.js';
import { type App, type Deps } from '../http/types.js';
import { visibleTo } from '../meetings/queries.js';
import { queryTokens, tokenPattern } from './normalize.js';
import { routes } from '../http/route.js';

const result = z.object({
  type: z.enum(['meeting', 'person', 'party']),
  id: z.union([z.number(), z.string()]),
  titleEn: z.string(),
  titleVi: z.string(),
  subtitleEn: z.string(),
  subtitleVi: z.string(),
});

const LIMIT = 25;

function matchesAll(column: AnyColumn, tokens: string[]): SQL | undefined {
  return and(...tokens.map((t) => sql`${column} ~ ${tokenPattern(t)}`));
}

export function searchRoutes(app: App, { database }: Deps): void {
  const route = routes(app, 'search');
  const { db } = database;
  route.get(
    '/api/search',
    {
      permission: 'public',
      summary: 'Search meetings, people and parties; Vietnamese diacritics and case are ignored',
      querystring: z.object({ q: text(200) }),
      response: { 200: z.object({ results: z.array(result) }) },
    },
    async (request) => {
      const tokens = queryTokens(request.query.q);
      if (tokens.length === 0) return { results: [] };
      const scope = meetingScope(viewerOf(request));
      const [meetingRows, peopleRows, partyRows] = await Promise.all([
        db
          .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi, startsAt: meetings.startsAt, hostCityEn: meetings.hostCityEn, hostCityVi: meetings.hostCityVi })
          .from(meetings)
          .where(and(visibleTo(scope), matchesAll(meetings.searchText, tokens)))
          .orderBy(asc(meetings.startsAt))
          .limit(LIMIT),
        db
          .select({ id: people.id, fullName: people.fullName })
          .from(people)
          .where(matchesAll(people.searchText, tokens))
          .orderBy(asc(people.fullName))
          .limit(LIMIT),
        db
          .select({ code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi, timeZone: parties.timeZone })
          .from(parties)
          .where(matchesAll(parties.searchText, tokens))
          .orderBy(asc(parties.nameEn))
          .limit(LIMIT),
      ]);
      return {
        results: [
          ...meetingRows.map((m) => {
            const date = m.startsAt.toISOString().slice(0, 10);
            return {
              type: 'meeting' as const,
              id: m.id,
              titleEn: m.titleEn,
              titleVi: m.titleVi,
              subtitleEn: `${date} · ${m.hostCityEn}`,
              subtitleVi: `${date} · ${m.hostCityVi}`,
            };
          }),
          ...peopleRows.map((p) => ({ type: 'person' as const, id: p.id, titleEn: p.fullName, titleVi: p.fullName, subtitleEn: '', subtitleVi: '' })),
          ...partyRows.map((p) => ({
            type: 'party' as const,
            id: p.code,
            titleEn: p.nameEn,
            titleVi: p.nameVi,
            subtitleEn: p.timeZone,
            subtitleVi: p.timeZone,
          })),
        ],
      };
    },
  );
}
