/**
 * Clippings in the one search box: for the press desk only (permission
 * press.monitor), newest first; headline, author, outlet and body folded, so
 * that "hoi nghi cap cao" finds "Hội nghị Cấp cao".
 */
import { desc } from 'drizzle-orm';
import { can } from '../../auth/permissions.js';
import { chairDayOf } from '../../domain/chairmanship.js';
import type { SearchProvider } from '../../search/provider.js';
import { matchesAll, pageWithTotal, totalOfMatches } from '../../search/sql.js';
import { clippings } from '../schema.js';

export const clippingSearch: SearchProvider = {
  kind: 'clipping',
  async search(db, { tokens, viewer, limit }) {
    if (!can(viewer, 'press.monitor')) return { total: 0, hits: [] };
    const where = matchesAll(clippings.searchText, tokens);
    const { total, rows } = pageWithTotal(
      await db
        .select({ id: clippings.id, title: clippings.title, source: clippings.source, publishedAt: clippings.publishedAt, total: totalOfMatches() })
        .from(clippings)
        .where(where)
        .orderBy(desc(clippings.importedAt), desc(clippings.id))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((c) => {
        return {
          type: 'clipping',
          id: c.id,
          titleEn: c.title,
          titleVi: c.title,
          subtitleEn: c.source,
          subtitleVi: c.source,
          date: c.publishedAt ? chairDayOf(c.publishedAt) : null,
          timeZone: null,
          snippet: null,
        };
      }),
    };
  },
};
