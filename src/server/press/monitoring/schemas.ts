import { z } from 'zod';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';
import { monitorFetchStatuses, monitorSourceKinds } from '../../domain/vocabulary.js';
import { day, id, idParam, int, rawText, text, timeZone, trimmedText } from '../../http/primitives.js';
import { checkUrl, FetchProblem, MAX_PAGE_BYTES } from './fetch.js';
import { notTextProblem, storableText } from './page-text.js';

/** A pasted or uploaded page, or a fetched one: at most 10 MB (MAX_PAGE_BYTES), the body limit of the import routes. */
export const MAX_PAGE_CHARS = MAX_PAGE_BYTES;
/** The import routes' body limit: one page at the limit, with room for JSON escaping and the other fields. */
export const IMPORT_BODY_LIMIT = 2 * MAX_PAGE_BYTES + 64 * 1024;

/**
 * A page's text as scraped: a binary file sent by mistake is refused (400
 * naming the page), a stray NUL or broken surrogate in a text page is cleaned.
 */
const pageContent = z
  .string()
  .min(1)
  .max(MAX_PAGE_CHARS, { abort: true })
  .superRefine((content, ctx) => {
    const problem = notTextProblem(content);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: content });
  })
  .transform(storableText)
  .refine((content) => content.trim().length > 0, { message: 'the page is empty' })
  .describe('the page as text or HTML, at most 10,485,760 characters (the request at most 20 MiB); binary files are refused, stray NUL characters removed');

export const pageImport = z.object({
  /** The page's URL or file name. */
  source: text(2000),
  content: pageContent,
  contentType: z.enum(['text/plain', 'text/html']).optional(),
  /** Zone for printed dates without one; defaults to the chair's (CHAIR_ZONE). */
  defaultZone: timeZone().optional(),
});

export const clippingsImport = z
  .object({ pages: z.array(pageImport).min(1).max(50) })
  .describe('pages of at most 10,485,760 characters each; the whole request at most 20 MiB (413 beyond)');
export type ClippingsImport = z.infer<typeof clippingsImport>;

/** The fields of a clipping a press officer may correct; each corrected field is kept through re-imports. */
export const correctableFields = ['headline', 'publishedAt', 'author', 'body', 'meetings', 'people'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** A linked meeting (its English and Vietnamese title) or person; alias '' and mentions 0 when linked by hand. */
const link = z.object({ id: z.number().int(), name: z.string(), nameVi: z.string(), alias: z.string(), mentions: z.number().int() });
/** A recognised meeting: `name` is the English title (kept for older clients), with both languages beside it. */
const meetingLink = link.extend({ nameEn: z.string() });

export const clippingSummary = z.object({
  id: z.number().int(),
  source: z.string(),
  headline: z.string().nullable(),
  title: z.string(),
  publishedAt: z.date().nullable(),
  publishedZone: z.string().nullable(),
  publishedZoneStated: z.boolean(),
  /** 'day': the page prints a date without a time (shown without one). */
  publishedPrecision: z.enum(['minute', 'day']).nullable(),
  /** The printed date could be read two ways (day and month). */
  publishedAmbiguous: z.boolean(),
  sourceUrl: z.string().nullable(),
  outlet: z.string(),
  /** The clipping's story: the same story from other outlets has the same storyId. */
  storyId: z.number().int(),
  correctedFields: z.array(z.enum(correctableFields)),
  author: z.string().nullable(),
  language: z.string(),
  excerpt: z.string(),
  meetings: z.array(meetingLink),
  people: z.array(link),
});
export type ClippingSummary = z.infer<typeof clippingSummary>;

export const clippingDetail = clippingSummary.extend({
  format: z.string(),
  datelineText: z.string().nullable(),
  body: z.string(),
  importedAt: z.date(),
  /** The same story as published by other outlets. */
  syndicated: z.array(
    z.object({ id: z.number().int(), outlet: z.string(), title: z.string(), publishedAt: z.date().nullable(), sourceUrl: z.string().nullable() }),
  ),
});

export const importResult = z.object({
  clippings: z.array(clippingSummary.extend({ duplicate: z.boolean() })),
});

export const clippingFilters = z.object({
  meetingId: idParam().optional(),
  personId: idParam().optional(),
  q: trimmedText(200).optional().describe('words found without regard to diacritics or case, in headline, author, outlet or body'),
  day: day().optional().describe('published on this day (Viet Nam time)'),
});

export const coverageRow = z.object({
  meetingId: z.number().int(),
  slug: z.string().nullable(),
  titleEn: z.string(),
  titleVi: z.string(),
  startsAt: z.date(),
  clippings: z.number().int(),
  mentions: z.number().int(),
  languages: z.array(z.string()),
  firstPublishedAt: z.date().nullable(),
  lastPublishedAt: z.date().nullable(),
});

/** An http(s) address without credentials, checked as the fetcher will (400 naming the field otherwise). */
export const webUrl = () =>
  text(2000).superRefine((value, ctx) => {
    try {
      checkUrl(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof FetchProblem ? err.message : 'not a URL', input: value });
    }
  });

export const fetchRequest = z.object({
  url: webUrl(),
  /** Fetch an address imported before again: its clipping is re-read, the fields a press officer corrected kept. */
  refresh: z.boolean().default(false),
});

export const monitorSource = z.object({
  id: z.number().int(),
  kind: z.enum(monitorSourceKinds),
  url: z.string(),
  name: z.string(),
  intervalMinutes: z.number().int(),
  active: z.boolean(),
  lastFetchedAt: z.date().nullable(),
  lastStatus: z.enum(monitorFetchStatuses).nullable(),
  lastError: z.string().nullable(),
  failures: z.number().int(),
  nextDueAt: z.date(),
  clippings: z.number().int(),
});
export type MonitorSource = z.infer<typeof monitorSource>;

/** Every 5 minutes at the most often, once a week at the least. */
const interval = () => int(5, 7 * 24 * 60).describe('minutes between polls (5 to 10,080)');

export const sourceCreate = z.object({
  kind: z.enum(monitorSourceKinds),
  url: webUrl(),
  name: text(200),
  intervalMinutes: interval().default(60),
});
export type SourceCreate = z.infer<typeof sourceCreate>;

export const sourceUpdate = z
  .object({ url: webUrl(), name: text(200), intervalMinutes: interval(), active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type SourceUpdate = z.infer<typeof sourceUpdate>;

export const clippingCorrection = z
  .object({
    headline: text(500),
    /** The publication date as printed: a day, with a time when the page gives one, in a zone; null: the page gives none. */
    published: z
      .object({
        day: day(),
        time: rawText(5)
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a time as HH:MM' })
          .nullable()
          .default(null),
        zone: timeZone().default(CHAIR_ZONE),
      })
      .nullable(),
    author: trimmedText(300).nullable(),
    body: rawText(MAX_PAGE_CHARS).refine((b) => b.trim().length > 0, { message: 'the body is empty' }),
    meetingIds: z.array(id()).max(50),
    personIds: z.array(id()).max(100),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type ClippingCorrection = z.infer<typeof clippingCorrection>;
