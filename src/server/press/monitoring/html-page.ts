/**
 * Reads an article out of an HTML page: Readability (over linkedom, no
 * browser) finds the main content; the date comes from the page's metadata
 * (article:published_time, <time datetime>, JSON-LD datePublished) or else
 * from a dateline in the text. The body's blocks are then cleaned with the
 * same line features as plain-text pages.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DateTime } from 'luxon';
import { parseDateline, type PublishedAt } from './dateline.js';
import { extractFromText, type ExtractedArticle } from './text-page.js';

function metaDate(document: Document): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
  ];
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value) return value;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match) return match[1]!;
  }
  return document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

/** A machine-readable date; without an offset it is local to the default zone. */
function fromIsoLike(value: string, defaultZone: string): PublishedAt | null {
  const hasZone = /(z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  const parsed = DateTime.fromISO(value.trim(), { zone: hasZone ? undefined : defaultZone, setZone: true });
  if (!parsed.isValid) return parseDateline(value, defaultZone);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  return {
    instant: parsed.toUTC().toISO({ suppressMilliseconds: true })!,
    zone: hasZone ? parsed.toFormat('ZZ') : defaultZone,
    zoneStated: hasZone,
    precision: dateOnly ? 'day' : 'minute',
    text: value.trim(),
  };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td';

/** Block elements' text, one per line, so that the plain-text rules can judge them. */
function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  if (blocks.length === 0) return root.textContent ?? '';
  return blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n');
}

/** The page as a document: a fragment without its <html> (a scrape of the article alone) is wrapped in one, else linkedom has no body. */
function pageDocument(html: string) {
  const parsed = parseHTML(html).document;
  if (parsed.documentElement?.localName === 'html') return parsed;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

export function extractFromHtml(html: string, defaultZone: string): ExtractedArticle & { lang: string | null } {
  const document = pageDocument(html);
  const declaredLang = document.documentElement?.getAttribute('lang') ?? null;
  const metaPublished = metaDate(document as unknown as Document);
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || null;
  const fullText = blockText(document.body as unknown as Element);

  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { document: contentDoc } = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`);
  const fromContent = extractFromText(blockText(contentDoc.body as unknown as Element), defaultZone);
  const fromPage = extractFromText(fullText, defaultZone);

  const publishedAt =
    (metaPublished ? fromIsoLike(metaPublished, defaultZone) : null) ??
    (article?.publishedTime ? fromIsoLike(article.publishedTime, defaultZone) : null) ??
    fromPage.publishedAt;
  const paragraphs = fromContent.paragraphs.length > 0 ? fromContent.paragraphs : fromPage.paragraphs;
  return {
    headline: h1 ?? ogTitle ?? (article?.title?.trim() || fromPage.headline),
    publishedAt,
    author: article?.byline?.replace(/^(by|bài|theo)[:\s]+/i, '').trim() || fromPage.author,
    paragraphs,
    lang: article?.lang ?? declaredLang,
  };
}
