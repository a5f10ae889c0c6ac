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
import { isEndingHeading, isFurniture, isTeaser, personFromByline, reportersInLead, withoutPlaceholders } from './boilerplate.js';
import { parseDateline, type PublishedAt } from './dateline.js';
import { SITE_PROFILES, type SiteProfile } from './profiles.js';
import { declaredUrl, endsBody, profileFor, readWithProfile } from './site-profile.js';
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
    ambiguous: false,
  };
}

/** Elements that start a line of their own; anything else is inline text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'button']);

/** The element's text as lines, one per block (div, p, li, …), so that the plain-text rules can judge them. */
export function blockText(root: Element | null | undefined): string {
  if (!root) return '';
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes as unknown as Node[]) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** The page as a document: a fragment without its <html> (a scrape of the article alone) is wrapped in one, else linkedom has no body. */
function pageDocument(html: string) {
  const parsed = parseHTML(html).document;
  if (parsed.documentElement?.localName === 'html') return parsed;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** Lines of the page that read as prose (the lead printed apart from the body), just before the body's first line. */
function leadBefore(pageLines: string[], firstBodyLine: string | undefined): string[] {
  if (!firstBodyLine) return [];
  const at = pageLines.indexOf(firstBodyLine);
  const lead: string[] = [];
  for (let i = at - 1; i >= 0 && lead.length < 2; i--) {
    const line = pageLines[i]!;
    if (!isLeadLike(line)) break;
    lead.unshift(line);
  }
  return lead;
}

const isLeadLike = (line: string) => line.split(' ').length >= 12 && /[.!?”"]$/.test(line) && !isTeaser(line) && !isFurniture(line);

/** Body lines from a profile's containers: the same line rules as any page, cut at an ending heading or the site's sign-off. */
function profileBody(roots: Element[], profile: SiteProfile, byline: string | null): string[] {
  const lines: string[] = [];
  for (const root of roots) {
    for (const raw of blockText(root).split('\n')) {
      const line = withoutPlaceholders(raw);
      if (!line) continue;
      if (isEndingHeading(line) || endsBody(profile, line)) return lines;
      if (isFurniture(line) || line === byline) continue;
      lines.push(line);
    }
  }
  return lines;
}

export interface ExtractedHtml extends ExtractedArticle {
  lang: string | null;
  /** The site profile that read the page, if one matched its address. */
  profile: string | null;
}

/**
 * A site's profile (by the page's address, else its canonical link) reads
 * the fields it knows; each field it does not find is the generic
 * extractor's: metadata, Readability, then the plain-text line rules.
 */
export function extractFromHtml(html: string, defaultZone: string, url?: string, profiles: readonly SiteProfile[] = SITE_PROFILES): ExtractedHtml {
  const document = pageDocument(html);
  const profile = profileFor(url, profiles) ?? profileFor(declaredUrl(document as unknown as ParentNode), profiles);
  const zone = profile?.zone ?? defaultZone;
  const dateOptions = { order: profile?.dateOrder };
  const declaredLang = document.documentElement?.getAttribute('lang') ?? null;
  const metaPublished = metaDate(document as unknown as Document);
  const metaDated = metaPublished ? fromIsoLike(metaPublished, zone) : null;

  // The profile first: Readability rearranges the document it reads.
  const fromProfile = profile ? readWithProfile(document as unknown as ParentNode, profile) : null;
  const profileDate = fromProfile?.dateText ? parseDateline(fromProfile.dateText, zone, dateOptions) : null;
  const profileParagraphs = fromProfile ? profileBody(fromProfile.bodyRoots, profile!, fromProfile.byline) : [];
  const profileBodyFound = profileParagraphs.some(isLeadLike);
  const headline = fromProfile?.headline ?? null;
  // The profile found the byline's place, or recognized the layout and it has none: that is the answer, a name or nothing.
  const layoutKnown = Boolean(headline) && profileBodyFound;
  const profileAuthor = fromProfile?.byline != null || layoutKnown ? { author: personFromByline(fromProfile?.byline) } : null;
  const dated = metaDated ?? profileDate;
  if (headline && dated && profileAuthor && profileBodyFound) {
    return {
      headline,
      publishedAt: dated,
      author: profileAuthor.author ?? reportersInLead(profileParagraphs[0]),
      paragraphs: profileParagraphs,
      lang: declaredLang,
      profile: profile!.site,
    };
  }

  // The generic extractor, for the fields the profile did not find (or every field, on unknown sites).
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || null;
  const fullText = blockText(document.body as unknown as Element);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { document: contentDoc } = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`);
  const fromContent = extractFromText(blockText(contentDoc.body as unknown as Element), zone, dateOptions);
  const fromPage = extractFromText(fullText, zone, dateOptions);

  const publishedAt = dated ?? (article?.publishedTime ? fromIsoLike(article.publishedTime, zone) : null) ?? fromPage.publishedAt;
  let paragraphs = profileParagraphs;
  if (!profileBodyFound) {
    const body = fromContent.paragraphs.length > 0 ? fromContent.paragraphs : fromPage.paragraphs;
    paragraphs = [...leadBefore(fullText.split('\n'), body[0]), ...body];
  }
  return {
    headline: headline ?? h1 ?? ogTitle ?? (article?.title?.trim() || fromPage.headline),
    publishedAt,
    author: (profileAuthor ? profileAuthor.author : (personFromByline(article?.byline) ?? fromPage.author)) ?? reportersInLead(paragraphs[0]),
    paragraphs,
    lang: article?.lang ?? declaredLang,
    profile: profile?.site ?? null,
  };
}
