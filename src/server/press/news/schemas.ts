import { z } from 'zod';
import { outcomeList } from '../../documents/schemas.js';
import { flagParam, id, idParam, instant, rawText, text, timeZone, trimmedText } from '../../http/primitives.js';

const ids = z.array(id()).max(50).default([]);

export const TITLE_MAX = 300;
export const LEAD_MAX = 1000;

export const articleInput = z.object({
  slug: trimmedText(120).regex(/^[a-z0-9-]{3,120}$/, 'lowercase letters, digits and dashes'),
  category: z.enum(['news', 'briefing', 'statement', 'feature']),
  titleEn: text(TITLE_MAX),
  titleVi: text(TITLE_MAX),
  leadEn: text(LEAD_MAX),
  leadVi: text(LEAD_MAX),
  bodyEn: rawText(200_000),
  bodyVi: rawText(200_000),
  publishAt: instant().nullable().optional(),
  meetingIds: ids,
  personIds: ids,
  /** Outcome documents; the portal shows only those the public may see. */
  documentIds: ids,
});
export type ArticleInput = z.infer<typeof articleInput>;

export const articleAction = z.object({ action: z.enum(['submit', 'return', 'publish', 'withdraw']) });

const tag = z.object({ id: z.number().int(), nameEn: z.string(), nameVi: z.string() });
const documentTag = tag.extend({ referenceCode: z.string() });

/** Caption and credit of a photo; the bytes come as the multipart field `photo`. */
export const photoFields = z.object({
  captionEn: text(500),
  captionVi: text(500),
  credit: text(200),
  lead: flagParam()
    .default('false')
    .transform((v) => v === 'true'),
});
export type PhotoFields = z.infer<typeof photoFields>;

export const photoPatch = z
  .object({
    captionEn: text(500).optional(),
    captionVi: text(500).optional(),
    credit: text(200).optional(),
    /** Make this the lead photo (the previous lead stops being it). */
    lead: z.literal(true).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type PhotoPatch = z.infer<typeof photoPatch>;

export const photoOrder = z.object({ photoIds: z.array(id()).min(1).max(100) });

export const photoParams = z.object({ id: idParam(), photoId: idParam() });

export const photoView = z.object({
  id: z.number().int(),
  url: z.string(),
  type: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  captionEn: z.string(),
  captionVi: z.string(),
  credit: z.string(),
  position: z.number().int(),
  isLead: z.boolean(),
});
export type PhotoView = z.infer<typeof photoView>;

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
  documents: z.array(documentTag),
  /** In their order; the lead photo is also `leadPhoto`. */
  photos: z.array(photoView),
  leadPhoto: photoView.nullable(),
  /** The briefing whose remarks the article was made from. */
  briefingId: z.number().int().nullable(),
});

export const articleSummary = articleView.omit({ bodyEn: true, bodyVi: true, photos: true });

export const briefingInput = z.object({
  meetingId: id().nullable().optional(),
  startsAt: instant(),
  timeZone: timeZone(),
  placeEn: text(300),
  placeVi: text(300),
  topicEn: text(500),
  topicVi: text(500),
  speakers: z.array(text(200)).min(1).max(20),
  speakerPersonId: id().nullable().optional(),
});
export type BriefingInput = z.infer<typeof briefingInput>;

export const briefingRemarks = z.object({ remarksEn: text(50_000), remarksVi: text(50_000) });
export type BriefingRemarks = z.infer<typeof briefingRemarks>;

/** The public view: the article only once the public may read it. */
export const briefingView = briefingInput.extend({
  startsAt: z.date(),
  timeZone: z.string(),
  speakers: z.array(z.string()),
  id: z.number().int(),
  meetingId: z.number().int().nullable(),
  speakerPersonId: z.number().int().nullable(),
  meetingTitleEn: z.string().nullable(),
  meetingTitleVi: z.string().nullable(),
  article: z.object({ slug: z.string(), titleEn: z.string(), titleVi: z.string() }).nullable(),
});

/** The press desk's view: the remarks and the article in any state. */
export const briefingDeskView = briefingView.omit({ article: true }).extend({
  remarksEn: z.string().nullable(),
  remarksVi: z.string().nullable(),
  article: z.object({ id: z.number().int(), slug: z.string(), titleEn: z.string(), titleVi: z.string(), status: z.string() }).nullable(),
});

/** The public portal's answers (portal-routes.ts). */
export const outcomeMeeting = z.object({ id: z.number().int(), titleEn: z.string(), titleVi: z.string(), startsAt: z.date(), count: z.number().int() });

export const portalMeetingView = z.object({
  meeting: z.object({
    id: z.number().int(),
    titleEn: z.string(),
    titleVi: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    hostTimeZone: z.string(),
    hostCityEn: z.string(),
    hostCityVi: z.string(),
    format: z.string(),
  }),
  outcomes: outcomeList.pick({ total: true, groups: true }),
  /** The outcome documents offered as Akoma Ntoso (GET /api/portal/documents/:id/akn), in these languages. */
  akn: z.array(z.object({ documentId: z.number().int(), languages: z.array(z.enum(['vi', 'en'])) })),
  articles: z.array(articleSummary),
  briefings: z.array(briefingView),
});

export const homeView = z.object({
  latest: z.array(articleSummary),
  mostRead: z.array(articleSummary),
  briefings: z.array(briefingView),
  outcomeMeetings: z.array(outcomeMeeting),
});
export const articlePage = articleView.extend({ related: z.array(articleSummary) });
export const articleList = z.object({ articles: z.array(articleSummary) });
export const briefingList = z.object({ briefings: z.array(briefingView) });
