/** The search answer: results grouped by kind, with each kind's count. */
import { z } from 'zod';
import { SEARCH_COUNT_CAP, searchKinds } from './provider.js';

export const searchResult = z.object({
  type: z.enum(searchKinds),
  id: z.union([z.number(), z.string()]).describe('meeting, document, person, body, task, clipping: a number; party: its code; article: its slug'),
  titleEn: z.string(),
  titleVi: z.string(),
  subtitleEn: z.string().describe('what tells it apart, in words (host city, body, outlet, reference code and meeting); may be empty'),
  subtitleVi: z.string(),
  date: z
    .string()
    .nullable()
    .describe(
      "YYYY-MM-DD: a meeting's first day in its host's zone, a task's due date, an article's or a clipping's publication in the chairmanship's zone (Asia/Ho_Chi_Minh); otherwise null",
    ),
  timeZone: z.string().nullable().describe("a partner's time zone (IANA); otherwise null"),
  snippet: z.string().nullable().describe('documents: original text around the hits, HTML-escaped, hits in <mark>…</mark>; otherwise null'),
});

const group = z.object({
  type: z.enum(searchKinds),
  count: z.number().describe(`all matches of this kind the asker may see, up to ${SEARCH_COUNT_CAP}; at most \`limit\` are listed`),
  capped: z
    .literal(true)
    .optional()
    .describe(
      `there are more than \`count\` (${SEARCH_COUNT_CAP}) matches: not all counted, and those listed are the best of about ${SEARCH_COUNT_CAP} ranked`,
    ),
});

export const searchAnswer = z.object({
  results: z.array(searchResult).describe('grouped by kind, in the order of `groups`'),
  groups: z.array(group).describe('the kinds with at least one match'),
});
export type SearchAnswer = z.infer<typeof searchAnswer>;
export type SearchResult = z.infer<typeof searchResult>;
