/** The language of a page the server writes (the portal's pages, the web UI's shell). */
export type PageLanguage = 'vi' | 'en';

/**
 * The page's language as the app would choose it: `?lang=` when given (a
 * link to one language), else the first of Vietnamese and English the
 * browser prefers (Accept-Language, by weight), English for a browser that
 * prefers neither (the app's fallback), and Vietnamese, the chair's
 * language, for a client that sends none (most crawlers).
 */
export function pageLanguage(query: PageLanguage | undefined, acceptLanguage: string | undefined): PageLanguage {
  if (query) return query;
  if (!acceptLanguage?.trim()) return 'vi';
  const preferred = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.q > 0 && (l.lang === 'vi' || l.lang === 'en'))
    .sort((a, b) => b.q - a.q || a.index - b.index)[0];
  return preferred?.lang === 'vi' ? 'vi' : 'en';
}
