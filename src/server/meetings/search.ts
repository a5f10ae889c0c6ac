/** Meetings in the one search box: those the asker may see, soonest first. */
import { and, asc } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { meetingScope } from '../auth/policies/index.js';
import { meetings } from '../db/schema.js';
import type { SearchProvider } from '../search/provider.js';
import { matchesAll, pageWithTotal, totalOfMatches } from '../search/sql.js';
import { visibleTo } from './visibility.js';

export const meetingSearch: SearchProvider = {
  kind: 'meeting',
  async search(db, { tokens, viewer, limit }) {
    const where = and(visibleTo(meetingScope(viewer)), matchesAll(meetings.searchText, tokens));
    const { total, rows } = pageWithTotal(
      await db
        .select({
          id: meetings.id,
          titleEn: meetings.titleEn,
          titleVi: meetings.titleVi,
          startsAt: meetings.startsAt,
          hostCityEn: meetings.hostCityEn,
          hostCityVi: meetings.hostCityVi,
          hostTimeZone: meetings.hostTimeZone,
          total: totalOfMatches(),
        })
        .from(meetings)
        .where(where)
        .orderBy(asc(meetings.startsAt), asc(meetings.id))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((m) => {
        return {
          type: 'meeting',
          id: m.id,
          titleEn: m.titleEn,
          titleVi: m.titleVi,
          subtitleEn: m.hostCityEn,
          subtitleVi: m.hostCityVi,
          date: DateTime.fromJSDate(m.startsAt, { zone: m.hostTimeZone }).toISODate(),
          timeZone: null,
          snippet: null,
        };
      }),
    };
  },
};
