import { z } from 'zod';
import { isValidTimeZone } from '../../meetings/local-times.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const articleInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{3,120}$/, 'lowercase letters, digits and dashes'),
  category: z.enum(['news', 'briefing', 'statement', 'feature']),
  titleEn: text(300),
  titleVi: text(300),
  leadEn: text(1000),
  leadVi: text(1000),
  bodyEn: z.string().max(200_000),
  bodyVi: z.string().max(200_000),
  publishAt: z.coerce.date().nullable().optional(),
  meetingIds: z.array(z.number().int().positive()).max(50).default([]),
  personIds: z.array(z.number().int().positive()).max(50).default([]),
});
export type ArticleInput = z.infer<typeof articleInput>;

export const articleAction = z.object({ action: z.enum(['submit', 'return', 'publish', 'withdraw']) });

const tag = z.object({ id: z.number().int(), nameEn: z.string(), nameVi: z.string() });

export const articleView = z.object({
  id: z.number().int(),
  slug: z.string(),
  category: z.string(),
  titleEn: z.string(),
  titleVi: z.string(),
  leadEn: z.string(),
  leadVi: z.string(),
  bodyEn: z.string(),
  bodyVi: z.string(),
  status: z.enum(['draft', 'in_review', 'published', 'withdrawn']),
  publishAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  views: z.number().int(),
  meetings: z.array(tag),
  people: z.array(tag),
});

export const articleSummary = articleView.omit({ bodyEn: true, bodyVi: true });

export const briefingInput = z.object({
  meetingId: z.number().int().positive().nullable().optional(),
  startsAt: z.coerce.date(),
  timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone'),
  placeEn: text(300),
  placeVi: text(300),
  topicEn: text(500),
  topicVi: text(500),
  speakers: z.array(text(200)).min(1).max(20),
  speakerPersonId: z.number().int().positive().nullable().optional(),
});
export type BriefingInput = z.infer<typeof briefingInput>;

export const briefingView = briefingInput.extend({
  id: z.number().int(),
  meetingId: z.number().int().nullable(),
  speakerPersonId: z.number().int().nullable(),
  meetingTitleEn: z.string().nullable(),
  meetingTitleVi: z.string().nullable(),
});
