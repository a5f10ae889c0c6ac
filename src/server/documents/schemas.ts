/** Request and response schemas of the documents API. */
import { z } from 'zod';
import {
  confidentialities,
  documentStatuses,
  documentTypes,
  outcomeActions,
  pillars,
} from './vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const instantInput = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .describe('ISO 8601 instant with offset');

export const documentCreate = z.object({
  titleEn: text(500),
  titleVi: text(500),
  type: z.enum(documentTypes),
  pillar: z.enum(pillars),
  leadBodyEn: optionalText(200),
  leadBodyVi: optionalText(200),
  actingMeetingId: z.number().int().positive(),
  intendedAction: z.enum(outcomeActions),
  confidentiality: z.enum(confidentialities).default('members'),
  embargoUntil: instantInput.nullable().optional(),
  proposerPartyIds: z.array(z.number().int().positive()).max(40).default([]),
  relatedDocumentIds: z.array(z.number().int().positive()).max(40).default([]),
});
export type DocumentCreate = z.input<typeof documentCreate>;
export type DocumentCreateParsed = z.infer<typeof documentCreate>;

export const transitionBody = z.object({
  to: z.enum(documentStatuses),
  comment: optionalText(2000),
  reason: optionalText(2000),
  objectorPartyId: z.number().int().positive().nullable().optional(),
  silenceDeadline: instantInput.nullable().optional(),
  deferToMeetingId: z.number().int().positive().nullable().optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const documentFilters = z.object({
  q: z.string().max(200).optional().describe('words, diacritics and case ignored'),
  meeting: z.coerce.number().int().positive().optional(),
  type: z.enum(documentTypes).optional(),
  status: z.enum(documentStatuses).optional(),
  pillar: z.enum(pillars).optional(),
  proposer: z.string().max(20).optional().describe('party code'),
  year: z.coerce.number().int().min(1967).max(2200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DocumentFilters = z.infer<typeof documentFilters>;

const partyRef = z.object({ id: z.number(), code: z.string(), nameEn: z.string(), nameVi: z.string() });
const meetingRef = z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string(), startsAt: z.string() });

export const documentSummary = z.object({
  id: z.number(),
  referenceCode: z.string(),
  titleEn: z.string(),
  titleVi: z.string(),
  type: z.enum(documentTypes),
  pillar: z.enum(pillars),
  status: z.enum(documentStatuses),
  intendedAction: z.enum(outcomeActions),
  finalAction: z.enum(outcomeActions).nullable(),
  confidentiality: z.enum(confidentialities),
  meeting: meetingRef,
  proposers: z.array(z.string()).describe('party codes'),
  snippet: z
    .string()
    .nullable()
    .describe('original text around the hits in the lead body or file, HTML-escaped, hits in <mark>…</mark>; null when the hits are only in the title or reference'),
  rank: z.number().nullable().describe("full text: the query words in the titles (ts_rank); similar: the title's word similarity, 0–1"),
  match: z
    .enum(['text', 'similar'])
    .nullable()
    .describe('text: every query word is in the document; similar: its title resembles a (misspelled) query; null without a query'),
  highlight: z
    .object({ titleEn: z.string(), titleVi: z.string() })
    .nullable()
    .describe('the titles HTML-escaped, hits in <mark>…</mark>; null without a query'),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const documentList = z.object({
  total: z.number().describe('all matches the asker may see: full-text matches, or when there are none, similar titles (at most 100)'),
  documents: z.array(documentSummary),
  suggestion: z.string().nullable().describe('"did you mean": the query spelled as in the most similar title, when nothing matched it as typed'),
});

export const versionView = z.object({
  id: z.number(),
  number: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  textExtractable: z.boolean(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const transitionView = z.object({
  id: z.number(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actor: z.string().nullable().describe('display name; null for the clock'),
  meeting: meetingRef.nullable(),
  objector: partyRef.nullable(),
  comment: z.string().nullable(),
  occurredAt: z.string(),
});

export const silenceView = z.object({
  deadline: z.string(),
  byDelegation: z.array(z.object({ party: partyRef, timeZone: z.string(), localDeadline: z.string() })),
});

export const documentDetail = documentSummary.extend({
  leadBodyEn: z.string().nullable(),
  leadBodyVi: z.string().nullable(),
  finalActionReason: z.string().nullable(),
  embargoUntil: z.string().nullable(),
  proposerParties: z.array(partyRef),
  related: z.array(z.object({ id: z.number(), referenceCode: z.string(), titleEn: z.string(), titleVi: z.string() })),
  versions: z.array(versionView),
  timeline: z.array(transitionView),
  silence: silenceView.nullable(),
  allowedTransitions: z.array(z.enum(documentStatuses)).describe('what the asking user may do next'),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const diffView = z.object({
  from: z.number(),
  to: z.number(),
  parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
});

export const outcomeList = z.object({
  meeting: meetingRef,
  total: z.number(),
  groups: z.array(
    z.object({
      action: z.enum(outcomeActions),
      type: z.enum(documentTypes),
      count: z.number(),
      documents: z.array(z.object({ id: z.number(), referenceCode: z.string(), titleEn: z.string(), titleVi: z.string() })),
    }),
  ),
});
export type OutcomeList = z.infer<typeof outcomeList>;

export const summitCounts = z.object({
  summits: z.array(z.object({ meeting: meetingRef, count: z.number(), record: z.boolean().describe('more than every summit before it') })),
});
