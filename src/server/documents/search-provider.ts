/**
 * Documents in the one search box: the registry's own search (full text,
 * confidentiality, snippets; similar titles when nothing matches), so the
 * box and the registry never disagree on what matches; the box ranks and
 * counts at most about SEARCH_COUNT_CAP of them.
 */
import { SEARCH_COUNT_CAP, type SearchProvider } from '../search/provider.js';
import { listDocuments } from './queries.js';

export const documentSearch: SearchProvider = {
  kind: 'document',
  async search(db, { q, viewer, limit }) {
    const { total, documents } = await listDocuments(db, viewer, { q, limit, offset: 0 }, { countUpTo: SEARCH_COUNT_CAP });
    return {
      total,
      hits: documents.map((d) => ({
        type: 'document',
        id: d.id,
        titleEn: d.titleEn,
        titleVi: d.titleVi,
        subtitleEn: `${d.referenceCode} · ${d.meeting.titleEn}`,
        subtitleVi: `${d.referenceCode} · ${d.meeting.titleVi}`,
        date: null,
        timeZone: null,
        snippet: d.snippet,
      })),
    };
  },
};
