/**
 * Reads an article out of the plain text of a scraped news page. Each line
 * gets features (length, sentence punctuation, furniture, teaser, doubled
 * headline, repeated elsewhere on the page); the body is the stretch of lines
 * with the most prose, never crossing a heading such as "Related" or "Đọc
 * nhiều" (maximum-sum run). Headline, dateline and byline are looked for
 * around that stretch.
 */
import { parseDateline, type DatelineOptions, type PublishedAt } from './dateline.js';
import {
  isDoubledHeadline,
  isEndingHeading,
  isFurniture,
  isSlugOrJunk,
  isTeaser,
  looksLikeName,
  personFromByline,
  reportersInLead,
  withoutPlaceholders,
} from './boilerplate.js';

export interface ExtractedArticle {
  headline: string | null;
  publishedAt: PublishedAt | null;
  author: string | null;
  paragraphs: string[];
}

type Kind = 'prose' | 'short' | 'noise' | 'wall';

interface Line {
  text: string;
  kind: Kind;
  words: number;
}

const SENTENCE_END = /[.!?:;"”»)…。！？」』]$/;
/** Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Of those, the scripts that end a sentence with a space rather than a mark (Chinese and Japanese end it with 。). */
const NO_SENTENCE_MARK = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** About two characters a word in those scripts. */
const CHARS_PER_WORD = 2;

function classify(text: string, counts: Map<string, number>): Line {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const words = text.split(/\s+/).filter(Boolean).length + Math.floor(unspaced / CHARS_PER_WORD);
  if (isEndingHeading(text)) return { text, kind: 'wall', words };
  const repeated = (counts.get(text) ?? 0) > 1;
  if (repeated || isFurniture(text) || isTeaser(text) || isDoubledHeadline(text) || isSlugOrJunk(text)) {
    return { text, kind: 'noise', words };
  }
  // Thai and its neighbours end sentences with a space, not a mark; a Chinese line without 。 is a site's links ("人民日报社概况 | 关于人民网 | …").
  const withoutMarks = text.match(NO_SENTENCE_MARK)?.length ?? 0;
  if (words >= 12 && (SENTENCE_END.test(text) || withoutMarks >= 12 * CHARS_PER_WORD)) return { text, kind: 'prose', words };
  return { text, kind: 'short', words };
}

function score(line: Line): number {
  switch (line.kind) {
    case 'prose':
      return line.words;
    case 'short':
      return -2;
    case 'noise':
      return -Math.max(4, Math.min(line.words, 15));
    case 'wall':
      return Number.NEGATIVE_INFINITY;
  }
}

/** The run of lines with the greatest total score (Kadane), as [start, end]. */
function bestRun(lines: Line[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  lines.forEach((line, i) => {
    const s = score(line);
    if (sum <= 0 || s === Number.NEGATIVE_INFINITY) {
      sum = 0;
      start = i;
    }
    if (s === Number.NEGATIVE_INFINITY) {
      start = i + 1;
      return;
    }
    sum += s;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  });
  return best;
}

function cleanParagraph(text: string): string {
  // A lead often starts with the dateline dash whose outlet name was an image: " - Ngày 22/9, …".
  return text.replace(/^[-–—]\s+/, '').trim();
}

function headlineLike(line: Line): boolean {
  return line.kind === 'short' && line.words >= 4 && line.words <= 40 && !/[.!?]$/.test(line.text) && !looksLikeName(line.text);
}

/** A line naming a person, maybe with "By" before and the outlet after a slash ("Minh Anh/VOV.VN"). */
function isByline(text: string): boolean {
  const person = personFromByline(text);
  return person !== null && looksLikeName(person);
}

/** After this many prose lines, a byline on its own line closes the article: what follows is the site's. */
const PROSE_BEFORE_BYLINE = 2;

export function extractFromText(raw: string, defaultZone: string, options: DatelineOptions = {}): ExtractedArticle {
  const dateline = (text: string) => parseDateline(text, defaultZone, options);
  const texts = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => withoutPlaceholders(l.replace(/[\s\u00a0\u200b]+/g, ' ')))
    .filter((l) => l.length > 0);
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lines = texts.map((t) => classify(t, counts));
  // A byline after the article's prose ends it: related teasers printed after it without a heading are not body.
  let prose = 0;
  const bylineAt = new Set<number>();
  lines.forEach((line, i) => {
    if (line.kind === 'prose') prose++;
    else if (line.kind === 'short' && prose >= PROSE_BEFORE_BYLINE && isByline(line.text)) {
      line.kind = 'wall';
      bylineAt.add(i);
    }
  });

  const run = bestRun(lines);
  if (!run) return { headline: null, publishedAt: null, author: null, paragraphs: [] };
  const end = run[1];
  let start = run[0];
  // A run may open on a short line (a kicker); the body starts at its first prose line.
  while (start < end && lines[start]!.kind !== 'prose') start++;

  const paragraphs = lines
    .slice(start, end + 1)
    .filter((l) => l.kind === 'prose' || (l.kind === 'short' && !looksLikeName(l.text) && !dateline(l.text)))
    .map((l) => cleanParagraph(l.text));

  // Header: the lines before the body, nearest first.
  const header = lines.slice(0, start);
  let publishedAt: PublishedAt | null = null;
  for (const line of header) {
    publishedAt = dateline(line.text);
    if (publishedAt) break;
  }
  const headlineLine = [...header].reverse().find((l) => headlineLike(l) && !dateline(l.text));
  const headline = headlineLine?.text ?? null;

  // Byline: a name just after the body (before any ending heading), else one in the header.
  let author: string | null = null;
  for (let i = end + 1; i < lines.length && i <= end + 12; i++) {
    const line = lines[i]!;
    if (bylineAt.has(i) || (line.kind !== 'wall' && isByline(line.text))) {
      author = personFromByline(line.text);
      break;
    }
    if (line.kind === 'wall' || line.kind === 'prose') break;
  }
  // In the header, a byline stands between the headline and the body: above the headline are the site's name and sections.
  const afterHeadline = headlineLine ? header.slice(header.indexOf(headlineLine) + 1) : header;
  const bylineInHeader = afterHeadline.find((l) => l.kind === 'short' && isByline(l.text));
  author ??= bylineInHeader ? personFromByline(bylineInHeader.text) : null;
  author ??= reportersInLead(paragraphs[0]);

  return { headline, publishedAt, author, paragraphs };
}
