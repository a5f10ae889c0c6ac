import { z } from 'zod';
import { idParam, text, timeZone } from '../../http/primitives.js';
import { notTextProblem, storableText } from './page-text.js';

/**
 * A page's text as scraped: a binary file sent by mistake is refused (400
 * naming the page), a stray NUL or broken surrogate in a text page is cleaned.
 */
const pageContent = z
  .string()
  .min(1)
  .max(2_000_000, { abort: true })
  .superRefine((content, ctx) => {
    const problem = notTextProblem(content);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: content });
  })
  .transform(storableText)
  .describe('the page as text or HTML; binary files are refused, stray NUL characters removed');

export const pageImport = z.object({
  /** The page's URL or file name. */
  source: text(2000),
  content: pageContent,
  contentType: z.enum(['text/plain', 'text/html']).optional(),
  /** Zone for printed dates without one; defaults to Asia/Ho_Chi_Minh. */
  defaultZone: timeZone().optional(),
});

export const clippingsImport = z.object({ pages: z.array(pageImport).min(1).max(50) });
export type ClippingsImport = z.infer<typeof clippingsImport>;

const link = z.object({ id: z.number().int(), name: z.string(), alias: z.string(), mentions: z.number().int() });

export const clippingSummary = z.object({
  id: z.number().int(),
  source: z.string(),
  headline: z.string().nullable(),
  title: z.string(),
  publishedAt: z.date().nullable(),
  publishedZone: z.string().nullable(),
  publishedZoneStated: z.boolean(),
  author: z.string().nullable(),
  language: z.string(),
  excerpt: z.string(),
  meetings: z.array(link),
  people: z.array(link),
});
export type ClippingSummary = z.infer<typeof clippingSummary>;

export const clippingDetail = clippingSummary.extend({
  format: z.string(),
  datelineText: z.string().nullable(),
  body: z.string(),
  importedAt: z.date(),
});

export const importResult = z.object({
  clippings: z.array(clippingSummary.extend({ duplicate: z.boolean() })),
});

export const clippingFilters = z.object({
  meetingId: idParam().optional(),
  personId: idParam().optional(),
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
