/**
 * The article links of a news site's section page ("Thời sự", "Politics"):
 * pure. Links on the same host only, in page order, once each; the section
 * itself, the home page, anchors, files and pages that are not articles
 * (tags, authors, search, pagination) are left out. An article is told by its
 * address as news sites write it: a slug of several words or a long number
 * (/thu-tuong-chu-tri-hoi-nghi-4213071.html, /news/2020/11/12/asean-summit-opens).
 */
import { parseHTML } from 'linkedom';

const NOT_ARTICLE = /\/(tag|tags|topic|author|authors|tac-gia|search|tim-kiem|login|dang-nhap|video|photo|rss|feed)(\/|$)|\/page\/\d+|[?&]page=/i;
const FILE = /\.(jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|css|js|xml|json)$/i;

export function looksLikeArticle(url: URL): boolean {
  const path = url.pathname;
  if (path === '/' || NOT_ARTICLE.test(path + url.search) || FILE.test(path)) return false;
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  const slugWords = last
    .replace(/\.(html?|aspx?|php|vnp|ldo|tpo)$/i, '')
    .split(/[-_]/)
    .filter(Boolean).length;
  return slugWords >= 4 || /\d{5,}/.test(last);
}

export function articleLinks(html: string, pageUrl: string, max = 100): string[] {
  const base = new URL(pageUrl);
  const { document } = parseHTML(html);
  const links: string[] = [];
  const seen = new Set<string>([base.toString()]);
  for (const a of document.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== base.host || url.username || url.password) continue;
    url.hash = '';
    const href = url.toString();
    if (seen.has(href) || !looksLikeArticle(url)) continue;
    seen.add(href);
    links.push(href);
    if (links.length >= max) break;
  }
  return links;
}
