/**
 * A news page turned into a clipping: the pure step of media monitoring.
 * Plain text and HTML go through their extractors; the language is detected
 * from the body; meetings and people are found by their generated aliases.
 */
import type { PublishedAt } from './dateline.js';
import { extractFromHtml } from './html-page.js';
import { detectLanguage } from './language.js';
import { foldText } from '../../search/normalize.js';
import { findChineseMentions, mergeMentions } from './aliases-zh.js';
import { findMentions, meetingAliases, personAliases, seriesAliases, withinWindow, type MeetingNames, type PersonNames } from './aliases.js';
import type { SiteProfile } from './profiles.js';
import { extractFromText } from './text-page.js';

export interface PageInput {
  content: string;
  /** 'text/html' or 'text/plain'; sniffed from the content when absent. */
  contentType?: string;
  /** Zone for printed dates without one, e.g. the outlet's. */
  defaultZone: string;
  /** Where the page was fetched from, if known: picks the site's profile (else the page's canonical address does). */
  url?: string;
  /** Site profiles to read known sites with (default: all); none measures the generic extractor alone. */
  profiles?: readonly SiteProfile[];
}

export interface ParsedClipping {
  /** The headline printed on the page; null when the scrape has none. */
  headline: string | null;
  /** What to show: the headline, else the lead's first sentence. */
  title: string;
  publishedAt: PublishedAt | null;
  author: string | null;
  paragraphs: string[];
  language: string;
  format: 'html' | 'text';
}

export function looksLikeHtml(content: string, contentType?: string): boolean {
  if (contentType) return /html/i.test(contentType);
  return /<(html|body|article|p|div|h1)[\s>]/i.test(content.slice(0, 5000));
}

function firstSentence(paragraphs: string[]): string {
  const lead = (paragraphs[0] ?? '').replace(/^\([^)]{1,40}\)\s*[-–—]\s*/, '');
  const sentence = /^(.{20,200}?[.!?])(\s|$)/.exec(lead)?.[1] ?? lead.slice(0, 160);
  return sentence.trim();
}

export function parsePage(input: PageInput): ParsedClipping {
  const html = looksLikeHtml(input.content, input.contentType);
  const extracted = html ? extractFromHtml(input.content, input.defaultZone, input.url, input.profiles) : extractFromText(input.content, input.defaultZone);
  const body = extracted.paragraphs.join('\n');
  const detected = detectLanguage(`${extracted.headline ?? ''} ${body}`);
  const declared = 'lang' in extracted && typeof extracted.lang === 'string' ? extracted.lang.slice(0, 2).toLowerCase() : null;
  const language = detected === 'und' && declared ? declared : detected;
  // Vietnamese writes the day first, always: on a Vietnamese page "03/04/2021" is not ambiguous.
  const publishedAt = extracted.publishedAt && language === 'vi' ? { ...extracted.publishedAt, ambiguous: false } : extracted.publishedAt;
  return {
    headline: extracted.headline,
    title: extracted.headline ?? firstSentence(extracted.paragraphs),
    publishedAt,
    author: extracted.author,
    paragraphs: extracted.paragraphs,
    language,
    format: html ? 'html' : 'text',
  };
}

export interface ClippingLinks {
  meetings: { id: number; alias: string; count: number }[];
  people: { id: number; alias: string; count: number }[];
}

/** A meeting's names: with an edition, its own; without, its titles and its series' names (which need the date too). */
const linkingAliases = (m: MeetingNames) => (m.edition === null ? [...meetingAliases(m), ...seriesAliases(m)] : meetingAliases(m));
/** An alias shared by two series names neither ("PMC+1" is every partner's). */
const seriesOf = (m: MeetingNames) => m.seriesCode;

/**
 * Meetings with an edition are found by their names; a meeting without one
 * ("SOM, 18 May 2020") by its titles, or by its series' name on a page dated
 * within a few days of it. Pages with an unknown date link only by name.
 */
export function linkClipping(
  clipping: Pick<ParsedClipping, 'headline' | 'paragraphs' | 'publishedAt'>,
  meetings: readonly MeetingNames[],
  people: readonly PersonNames[],
): ClippingLinks {
  const text = [clipping.headline ?? '', ...clipping.paragraphs].join('\n');
  const published = clipping.publishedAt ? new Date(clipping.publishedAt.instant) : null;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const found = findMentions(text, meetings, linkingAliases, seriesOf).filter(({ id, alias }) => {
    const meeting = byId.get(id)!;
    if (meeting.edition !== null) return true;
    const byTitle = alias === foldText(meeting.titleEn) || alias === foldText(meeting.titleVi);
    return byTitle || (published !== null && withinWindow(meeting, published));
  });
  const chinese = findChineseMentions(text, meetings, people);
  return {
    meetings: mergeMentions(found, chinese.meetings),
    people: mergeMentions(findMentions(text, people, personAliases), chinese.people),
  };
}
