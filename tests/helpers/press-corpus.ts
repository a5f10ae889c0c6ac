/**
 * The press corpus (tests/fixtures/press-corpus): news pages in the layouts
 * of seventeen outlets (two of them Chinese), each with the fields a reader takes from it, and the
 * demo's meetings and people to link them to. `scoreCorpus` runs the
 * extractor and linker over every page and counts, per site and per field,
 * the pages it got right, and the precision and recall of the links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { MeetingNames, PersonNames } from '../../src/server/press/monitoring/aliases.js';
import { linkClipping, parsePage, type ParsedClipping } from '../../src/server/press/monitoring/clipping.js';
import { blockText } from '../../src/server/press/monitoring/html-page.js';
import type { SiteProfile } from '../../src/server/press/monitoring/profiles.js';
import { parseHTML } from 'linkedom';

export interface ExpectedPage {
  site: string;
  url: string;
  classes: string[];
  headline: string;
  published: { text: string; instant: string; precision: 'minute' | 'day'; ambiguous: boolean } | null;
  author: string | null;
  bodyStart: string;
  bodyEnd: string;
  language: string;
  meetings: string[];
  people: string[];
}

export interface CorpusPage {
  name: string;
  html: string;
  expected: ExpectedPage;
}

const root = new URL('../fixtures/press-corpus/', import.meta.url);

export function loadCorpus(): CorpusPage[] {
  const pagesDir = new URL('pages/', root);
  return readdirSync(pagesDir)
    .sort()
    .flatMap((site) =>
      readdirSync(new URL(`${site}/`, pagesDir))
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => ({
          name: `${site}/${f.replace(/\.html$/, '')}`,
          html: readFileSync(new URL(`${site}/${f}`, pagesDir), 'utf8'),
          expected: JSON.parse(readFileSync(new URL(`${site}/${f.replace(/\.html$/, '.json')}`, pagesDir), 'utf8')) as ExpectedPage,
        })),
    );
}

type Keyed<T> = T & { key: string };

export function loadNames(): { meetings: Keyed<MeetingNames>[]; people: Keyed<PersonNames>[] } {
  const raw = JSON.parse(readFileSync(new URL('meetings.json', root), 'utf8')) as {
    meetings: (Omit<MeetingNames, 'startsAt' | 'endsAt'> & { key: string; startsAt: string; endsAt: string })[];
    people: Keyed<PersonNames>[];
  };
  return {
    meetings: raw.meetings.map((m) => ({ ...m, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) })),
    people: raw.people,
  };
}

export const FIELDS = ['headline', 'published', 'author', 'bodyStart', 'bodyEnd', 'language', 'meetings'] as const;
export type Field = (typeof FIELDS)[number];

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Which fields of one page the extractor got right; the reason for each miss. */
export function judgePage(parsed: ParsedClipping, meetingKeys: string[], expected: ExpectedPage): Record<Field, string | null> {
  const miss = (ok: boolean, got: unknown) => (ok ? null : `got ${JSON.stringify(got)}`);
  const p = expected.published;
  const got = parsed.publishedAt;
  const publishedOk =
    p === null ? got === null : got !== null && got.instant === p.instant && got.precision === p.precision && Boolean(got.ambiguous) === p.ambiguous;
  const first = norm(parsed.paragraphs[0]);
  const last = norm(parsed.paragraphs.at(-1));
  return {
    headline: miss(norm(parsed.headline) === norm(expected.headline), parsed.headline),
    published: miss(publishedOk, got && { instant: got.instant, precision: got.precision, ambiguous: got.ambiguous, text: got.text }),
    author: miss(norm(parsed.author) === norm(expected.author), parsed.author),
    bodyStart: miss(first.startsWith(norm(expected.bodyStart)), first.slice(0, 80)),
    bodyEnd: miss(last.endsWith(norm(expected.bodyEnd)), last.slice(-80)),
    language: miss(parsed.language === expected.language, parsed.language),
    meetings: miss(sameSet(meetingKeys, expected.meetings), meetingKeys),
  };
}

export interface CorpusScore {
  pages: number;
  perField: Record<Field, { right: number; total: number }>;
  perSite: Map<string, Record<Field, { right: number; total: number }>>;
  /** By the page's language (vi, en, zh). */
  perLanguage: Map<string, Record<Field, { right: number; total: number }>>;
  links: { meetings: { truePositives: number; found: number; expected: number }; people: { truePositives: number; found: number; expected: number } };
  misses: { page: string; field: Field; reason: string }[];
}

const emptyCounts = () => Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, { right: number; total: number }>;

export interface ScoreOptions {
  /** Site profiles to use (default: all); [] scores the generic extractor alone. */
  profiles?: readonly SiteProfile[];
  /** The importer's zone for printed times without one (default Asia/Ho_Chi_Minh), or per page. */
  defaultZone?: string | ((page: CorpusPage) => string);
  /** Score the pages as a press officer pastes them: the page's text by blocks, no markup, no address. */
  asText?: boolean;
}

export function scoreCorpus(pages: CorpusPage[] = loadCorpus(), names = loadNames(), options: ScoreOptions = {}): CorpusScore {
  const zoneOf = (page: CorpusPage) => (typeof options.defaultZone === 'function' ? options.defaultZone(page) : (options.defaultZone ?? 'Asia/Ho_Chi_Minh'));
  const meetingKey = new Map(names.meetings.map((m) => [m.id, m.key]));
  const personKey = new Map(names.people.map((p) => [p.id, p.key]));
  const score: CorpusScore = {
    pages: pages.length,
    perField: emptyCounts(),
    perSite: new Map(),
    perLanguage: new Map(),
    links: { meetings: { truePositives: 0, found: 0, expected: 0 }, people: { truePositives: 0, found: 0, expected: 0 } },
    misses: [],
  };
  for (const page of pages) {
    const defaultZone = zoneOf(page);
    const parsed = options.asText
      ? parsePage({ content: pastedText(page.html), contentType: 'text/plain', defaultZone })
      : parsePage({ content: page.html, contentType: 'text/html', defaultZone, url: page.expected.url, profiles: options.profiles });
    const links = linkClipping(parsed, names.meetings, names.people);
    const meetings = links.meetings.map((m) => meetingKey.get(m.id)!);
    const people = links.people.map((p) => personKey.get(p.id)!);
    const verdict = judgePage(parsed, meetings, page.expected);
    const site = score.perSite.get(page.expected.site) ?? emptyCounts();
    score.perSite.set(page.expected.site, site);
    const language = score.perLanguage.get(page.expected.language) ?? emptyCounts();
    score.perLanguage.set(page.expected.language, language);
    for (const field of FIELDS) {
      const ok = verdict[field] === null;
      for (const counts of [score.perField[field], site[field], language[field]]) {
        counts.total++;
        if (ok) counts.right++;
      }
      if (!ok) score.misses.push({ page: page.name, field, reason: verdict[field]! });
    }
    const tally = (t: { truePositives: number; found: number; expected: number }, found: string[], expected: string[]) => {
      t.found += found.length;
      t.expected += expected.length;
      t.truePositives += found.filter((k) => expected.includes(k)).length;
    };
    tally(score.links.meetings, meetings, page.expected.meetings);
    tally(score.links.people, people, page.expected.people);
  }
  return score;
}

/** The page as a browser's "select all, copy" gives it: its text by blocks. */
export function pastedText(html: string): string {
  return blockText(parseHTML(html).document.body as unknown as Element);
}

export const ratio = (right: number, total: number) => (total === 0 ? 1 : right / total);
