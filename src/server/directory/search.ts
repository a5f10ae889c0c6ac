/** People and parties in the one search box: public reference data. */
import { asc } from 'drizzle-orm';
import { parties, people } from '../db/schema.js';
import type { SearchProvider } from '../search/provider.js';
import { matchesAll, pageWithTotal, totalOfMatches } from '../search/sql.js';

export const personSearch: SearchProvider = {
  kind: 'person',
  async search(db, { tokens, limit }) {
    const where = matchesAll(people.searchText, tokens);
    const { total, rows } = pageWithTotal(
      await db
        .select({ id: people.id, fullName: people.fullName, total: totalOfMatches() })
        .from(people)
        .where(where)
        .orderBy(asc(people.fullName), asc(people.id))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((p) => ({
        type: 'person',
        id: p.id,
        titleEn: p.fullName,
        titleVi: p.fullName,
        subtitleEn: '',
        subtitleVi: '',
        date: null,
        timeZone: null,
        snippet: null,
      })),
    };
  },
};

export const partySearch: SearchProvider = {
  kind: 'party',
  async search(db, { tokens, limit }) {
    const where = matchesAll(parties.searchText, tokens);
    const { total, rows } = pageWithTotal(
      await db
        .select({ code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi, timeZone: parties.timeZone, total: totalOfMatches() })
        .from(parties)
        .where(where)
        .orderBy(asc(parties.nameEn))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((p) => ({
        type: 'party',
        id: p.code,
        titleEn: p.nameEn,
        titleVi: p.nameVi,
        subtitleEn: '',
        subtitleVi: '',
        date: null,
        timeZone: p.timeZone,
        snippet: null,
      })),
    };
  },
};
