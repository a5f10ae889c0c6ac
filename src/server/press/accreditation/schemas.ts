import { z } from 'zod';
import { email, id, instant, int, rawText, text, timeZone, trimmedText } from '../../http/primitives.js';

/** The form fields of an application (the photo travels beside them as a file). */
export const applicationFields = z.object({
  fullName: text(200),
  outlet: text(200),
  nationality: trimmedText(10)
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code (ISO 3166-1)'),
  idDocumentNumber: trimmedText(40)
    .min(4)
    .regex(/^[A-Za-z0-9 -]+$/, 'letters, digits, spaces and dashes only'),
  email: email(),
  /** The language the form was shown in: the consent's and the applicant's e-mails'. */
  language: z.enum(['vi', 'en']).default('vi'),
  /**
   * The applicant ticked the consent (consent.ts). The form always sends it
   * with the version it showed; when sent it must be 'true'. An API client
   * that predates consent may leave both out: the application then records
   * no consent (docs/privacy.md).
   */
  consent: z.literal('true', { error: 'consent to the processing of your data is required' }).optional(),
  /** The consent's version the form showed; with `consent`, it must be the current one. */
  consentVersion: trimmedText(40).optional(),
});
export type ApplicationFields = z.infer<typeof applicationFields>;

export const consentView = z.object({ version: z.string(), vi: z.string(), en: z.string() });

export const applicationStatus = z.enum(['pending', 'approved', 'waitlisted', 'rejected', 'cancelled', 'revoked']);

export const pressEvent = z.object({
  id: z.number().int(),
  slug: z.string(),
  meetingId: z.number().int().nullable(),
  titleEn: z.string(),
  titleVi: z.string(),
  venueEn: z.string(),
  venueVi: z.string(),
  opensAt: z.date(),
  timeZone: z.string(),
  capacity: z.number().int(),
  applicationsOpen: z.boolean(),
  placesHeld: z.number().int(),
  waitlisted: z.number().int(),
});

export const pressEventCreate = z.object({
  slug: trimmedText(60).regex(/^[a-z0-9-]{2,60}$/),
  meetingId: id().nullable().optional(),
  titleEn: text(300),
  titleVi: text(300),
  venueEn: text(300),
  venueVi: text(300),
  opensAt: instant(),
  timeZone: timeZone(),
  capacity: int(1, 100_000),
});
export type PressEventCreate = z.infer<typeof pressEventCreate>;

export const applicationView = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  eventTitleEn: z.string(),
  eventTitleVi: z.string(),
  fullName: z.string(),
  outlet: z.string(),
  nationality: z.string(),
  email: z.string(),
  status: applicationStatus,
  reason: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
  appliedAt: z.date(),
  decidedAt: z.date().nullable(),
  language: z.enum(['vi', 'en']),
  /** The consent given (its text is kept with the application; the personal-data export shows it). */
  consentVersion: z.string().nullable(),
  consentedAt: z.date().nullable(),
  /** False once the photo was removed at the end of its retention period. */
  hasPhoto: z.boolean(),
});

/** What an officer sees in addition: the ID document (null once purged, privacy/retention.ts). */
export const applicationReview = applicationView.extend({ idDocumentNumber: z.string().nullable() });

export const applicationReceipt = applicationView.extend({
  /** Shown once: the key of the applicant's status and badge link. */
  accessKey: z.string(),
});

export const decision = z
  .object({
    decision: z.enum(['approve', 'reject', 'revoke']),
    reason: trimmedText(1000).optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason && d.reason.length > 0), { path: ['reason'], message: 'a reason is required' });

export const accessQuery = z.object({ key: rawText(200).optional() });
