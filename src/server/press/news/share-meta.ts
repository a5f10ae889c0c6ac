/**
 * Share previews and structured data for the portal's pages. Link previews
 * (chat apps, social sites) and search engines do not run the single-page
 * app, so the server answers the portal's pages (portal-pages.ts) with the
 * app's index.html carrying the page's title, description, og: tags and
 * schema.org JSON-LD.
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ShareMeta {
  title: string;
  description: string;
  url: string;
  lang: string;
  /** The lead photo, by absolute URL: previews show it large. */
  image?: { url: string; width: number; height: number; alt: string } | null;
  /** og:type; an article by default. */
  type?: 'article' | 'website';
  /** schema.org data, as a JSON-LD data block (not a script: the CSP allows it). */
  jsonLd?: object;
}

/** JSON that cannot end its <script> element or open a comment: <, >, & and the line separators escaped. */
export function jsonLdBlock(data: object): string {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${json}</script>`;
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
    `<meta property="og:type" content="${meta.type ?? 'article'}">`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}">`,
    `<meta property="og:locale" content="${meta.lang === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    ...image,
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">`,
    `<link rel="canonical" href="${escapeHtml(meta.url)}">`,
    ...(meta.jsonLd ? [jsonLdBlock(meta.jsonLd)] : []),
  ].join('\n    ');
  return html.replace(/<html lang="[^"]*"/, `<html lang="${meta.lang === 'en' ? 'en' : 'vi'}"`).replace(/<title>[^<]*<\/title>/, () => tags);
}
