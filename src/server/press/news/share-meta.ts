/**
 * Share previews for article pages. Link previews (chat apps, social sites)
 * do not run the single-page app, so the server answers /portal/articles/:slug
 * with the app's index.html carrying the article's title and og: tags.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rawText } from '../../http/primitives.js';
import type { App, Deps } from '../../http/types.js';
import { getArticle } from './queries.js';
import { routes } from '../../http/route.js';

/** dist/web from both src/server/press/news and dist/server/press/news. */
const webRoot = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ShareMeta {
  title: string;
  description: string;
  url: string;
  lang: string;
  /** The lead photo, by absolute URL: previews show it large. */
  image?: { url: string; width: number; height: number; alt: string } | null;
}

export function withShareMeta(html: string, meta: ShareMeta): string {
  const image = meta.image
    ? [
        `<meta property="og:image" content="${escapeHtml(meta.image.url)}">`,
        `<meta property="og:image:width" content="${meta.image.width}">`,
        `<meta property="og:image:height" content="${meta.image.height}">`,
        `<meta property="og:image:alt" content="${escapeHtml(meta.image.alt)}">`,
      ]
    : [];
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}">`,
    `<meta property="og:locale" content="${meta.lang === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    ...image,
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">`,
  ].join('\n    ');
  return html.replace(/<title>[^<]*<\/title>/, tags);
}

export function shareMetaRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, 'portal');
  route.get('/portal/articles/:slug', {
      permission: 'public',
      summary: "An article's page with its share preview (Open Graph and Twitter card) for link previews",
      hide: true,
      params: z.object({ slug: rawText(200) }),
      errors: ['not_found'],
    }, async (request, reply) => {
    const { slug } = request.params;
    const index = await readFile(join(webRoot, 'index.html'), 'utf8').catch(() => null);
    if (!index) return reply.callNotFound();
    const article = await getArticle(database.db, { slug }, new Date());
    if (!article) return reply.type('text/html').send(index);
    const lang = /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'vi';
    const base = config.publicUrl;
    const lead = article.leadPhoto;
    const html = withShareMeta(index, {
      title: `${lang === 'vi' ? article.titleVi : article.titleEn} · Gavel`,
      description: lang === 'vi' ? article.leadVi : article.leadEn,
      url: `${base}/portal/articles/${article.slug}`,
      lang,
      image: lead && { url: `${base}${lead.url}`, width: lead.width, height: lead.height, alt: lang === 'vi' ? lead.captionVi : lead.captionEn },
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
