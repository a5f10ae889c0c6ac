/** News articles in the one search box: what the public sees now, newest first. */
import { and, desc, sql } from 'drizzle-orm';
import { chairDayOf } from '../../domain/chairmanship.js';
import type { SearchProvider } from '../../search/provider.js';
import { matchesAll, pageWithTotal, totalOfMatches } from '../../search/sql.js';
import { articles } from '../schema.js';
import { publicAt } from './queries.js';

export const articleSearch: SearchProvider = {
  kind: 'article',
  async search(db, { tokens, limit, now }) {
    const where = and(publicAt(now), matchesAll(articles.searchText, tokens));
    const { total, rows } = pageWithTotal(
      await db
        .select({
          slug: articles.slug,
          titleEn: articles.titleEn,
          titleVi: articles.titleVi,
          at: sql<Date | null>`coalesce(${articles.publishAt}, ${articles.publishedAt})`.mapWith(articles.publishedAt),
          total: totalOfMatches(),
        })
        .from(articles)
        .where(where)
        .orderBy(desc(sql`coalesce(${articles.publishAt}, ${articles.publishedAt})`), desc(articles.id))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((a) => {
        const date = a.at ? chairDayOf(a.at) : null;
        return { type: 'article', id: a.slug, titleEn: a.titleEn, titleVi: a.titleVi, subtitleEn: '', subtitleVi: '', date, timeZone: null, snippet: null };
      }),
    };
  },
};
