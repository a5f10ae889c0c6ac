/**
 * Share previews for article pages. Link previews (chat apps, social sites)
 * do not run the single-page app, so the server answers /portal/articles/:slug
 * with the app's index.html carrying the article's title and og: tags.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Deps } from '../../http/types.js';
import { getArticle } from './queries.js';

/** dist/web from both src/server/press/news and dist/server/press/news. */
const webRoot = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function withShareMeta(html: string, meta: { title: string; description: string; url: string; lang: string }): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}">`,
    `<meta property="og:locale" content="${meta.lang === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    `<meta name="twitter:card" content="summary">`,
  ].join('\n    ');
  return html.replace(/<title>[^<]*<\/title>/, tags);
}

export function shareMetaRoutes(app: App, { database }: Deps): void {
  app.get('/portal/articles/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const index = await readFile(join(webRoot, 'index.html'), 'utf8').catch(() => null);
    if (!index) return reply.callNotFound();
    const article = await getArticle(database.db, { slug }, new Date());
    if (!article) return reply.type('text/html').send(index);
    const lang = /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'vi';
    const html = withShareMeta(index, {
      title: `${lang === 'vi' ? article.titleVi : article.titleEn} · Gavel`,
      description: lang === 'vi' ? article.leadVi : article.leadEn,
      url: `${request.protocol}://${request.host}/portal/articles/${article.slug}`,
      lang,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
