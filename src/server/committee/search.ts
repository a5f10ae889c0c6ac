/** The committee's bodies and tasks in the one search box: for those who may read the committee (permission committee.read). */
import { asc, eq } from 'drizzle-orm';
import { can } from '../auth/permissions.js';
import type { SearchProvider } from '../search/provider.js';
import { matchesAll, pageWithTotal, totalOfMatches } from '../search/sql.js';
import { bodies, tasks } from './schema.js';

export const bodySearch: SearchProvider = {
  kind: 'body',
  async search(db, { tokens, viewer, limit }) {
    if (!can(viewer, 'committee.read')) return { total: 0, hits: [] };
    const where = matchesAll(bodies.searchText, tokens);
    const { total, rows } = pageWithTotal(
      await db
        .select({ id: bodies.id, nameEn: bodies.nameEn, nameVi: bodies.nameVi, total: totalOfMatches() })
        .from(bodies)
        .where(where)
        .orderBy(asc(bodies.nameEn))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((b) => ({
        type: 'body',
        id: b.id,
        titleEn: b.nameEn,
        titleVi: b.nameVi,
        subtitleEn: '',
        subtitleVi: '',
        date: null,
        timeZone: null,
        snippet: null,
      })),
    };
  },
};

export const taskSearch: SearchProvider = {
  kind: 'task',
  async search(db, { tokens, viewer, limit }) {
    if (!can(viewer, 'committee.read')) return { total: 0, hits: [] };
    const where = matchesAll(tasks.searchText, tokens);
    const { total, rows } = pageWithTotal(
      await db
        .select({
          id: tasks.id,
          titleEn: tasks.titleEn,
          titleVi: tasks.titleVi,
          dueOn: tasks.dueOn,
          bodyEn: bodies.nameEn,
          bodyVi: bodies.nameVi,
          total: totalOfMatches(),
        })
        .from(tasks)
        .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
        .where(where)
        .orderBy(asc(tasks.dueOn), asc(tasks.id))
        .limit(limit),
    );
    return {
      total,
      hits: rows.map((t) => ({
        type: 'task',
        id: t.id,
        titleEn: t.titleEn,
        titleVi: t.titleVi,
        subtitleEn: t.bodyEn,
        subtitleVi: t.bodyVi,
        date: t.dueOn,
        timeZone: null,
        snippet: null,
      })),
    };
  },
};
