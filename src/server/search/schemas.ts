/** The search answer: results grouped by kind, with each kind's count. */
import { z } from 'zod';
import { SEARCH_COUNT_CAP, searchKinds } from './provider.js';

export const searchResult = z.object({
  type: z.enum(searchKinds),
  id: z.union([z.number(), z.string()]).describe('meeting, document, person, body, task, clipping: a number; party: its code; article: its slug'),
  titleEn: z.string(),
  titleVi: z.string(),
  subtitleEn: z.string(),
  subtitleVi: z.string(),
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
