/** Requests and answers of the daily press review ("điểm báo") and its distribution list. */
import { z } from 'zod';
import { day, email, id, text, trimmedText } from '../../http/primitives.js';

export const reviewDayParams = z.object({ day: day() });

export const reviewItemInput = z.object({
  clippingId: id(),
  /** The meeting the item is grouped under; else its topic; neither: "other news". */
  meetingId: id().nullable().default(null),
  topic: trimmedText(200).nullable().default(null),
  summaryVi: trimmedText(2000).default(''),
  summaryEn: trimmedText(2000).default(''),
});

/** The review as the press officer arranged it: the items in their order. */
export const reviewSave = z.object({
  introVi: trimmedText(4000).default(''),
  introEn: trimmedText(4000).default(''),
  items: z.array(reviewItemInput).max(200),
});
export type ReviewSave = z.infer<typeof reviewSave>;

export const reviewItemView = z.object({
  clippingId: z.number().int(),
  position: z.number().int(),
  meetingId: z.number().int().nullable(),
  meetingTitleEn: z.string().nullable(),
  meetingTitleVi: z.string().nullable(),
  topic: z.string().nullable(),
  summaryVi: z.string(),
  summaryEn: z.string(),
  title: z.string(),
  outlet: z.string(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.date().nullable(),
  publishedPrecision: z.enum(['minute', 'day']).nullable(),
  publishedAmbiguous: z.boolean(),
  language: z.string(),
});
export type ReviewItemView = z.infer<typeof reviewItemView>;

export const reviewView = z.object({
  /** Null while the day's review has not been saved yet. */
  id: z.number().int().nullable(),
  day: z.string(),
  introVi: z.string(),
  introEn: z.string(),
  sentAt: z.date().nullable(),
  items: z.array(reviewItemView),
});
export type ReviewView = z.infer<typeof reviewView>;

export const reviewExportQuery = z.object({
  format: z.enum(['docx', 'pdf']).default('pdf'),
  lang: z.enum(['vi', 'en']).default('vi'),
});

export const recipientCreate = z.object({
  address: email(),
  name: text(200),
  language: z.enum(['vi', 'en']).default('vi'),
});
export const recipientView = recipientCreate.extend({ id: z.number().int() });
export type RecipientView = z.infer<typeof recipientView>;

export const reviewSent = z.object({ recipients: z.number().int(), sentAt: z.date() });
