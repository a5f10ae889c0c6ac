/** Request and response schemas of the documents API. */
import { z } from 'zod';
import { confidentialities, documentStatuses, documentTypes, outcomeActions, pillars } from './vocabulary.js';
import { metadataFields } from './metadata.js';
import { documentSorts } from './ordering.js';
import { id, idParam, instant, intParam, optionalText, rawText, text, yearParam } from '../http/primitives.js';

const instantInput = instant();
const ids = z.array(id()).max(40);

export const documentCreate = z.object({
  titleEn: text(500),
  titleVi: text(500),
  type: z.enum(documentTypes),
  pillar: z.enum(pillars),
  leadBodyEn: optionalText(200),
  leadBodyVi: optionalText(200),
  actingMeetingId: id(),
  intendedAction: z.enum(outcomeActions),
  confidentiality: z.enum(confidentialities).default('members'),
  embargoUntil: instantInput.nullable().optional(),
  proposerPartyIds: ids.default([]),
  relatedDocumentIds: ids.default([]),
  relatedDeliverableIds: ids.default([]).describe("the committee's deliverables it serves"),
});
export type DocumentCreate = z.input<typeof documentCreate>;
export type DocumentCreateParsed = z.infer<typeof documentCreate>;

/**
 * A change of a document's registry facts: only the fields sent change. Lists
 * (proposers, related documents) are replaced whole. The reference code and
 * the status are named so that sending them is refused with a reason.
 */
export const documentPatch = z.strictObject({
  titleEn: text(500).optional(),
  titleVi: text(500).optional(),
  type: z.enum(documentTypes).optional(),
  pillar: z.enum(pillars).optional(),
  leadBodyEn: optionalText(200).transform((s) => (s === undefined ? undefined : s || null)),
  leadBodyVi: optionalText(200).transform((s) => (s === undefined ? undefined : s || null)),
  actingMeetingId: id().optional(),
  intendedAction: z.enum(outcomeActions).optional(),
  confidentiality: z.enum(confidentialities).optional(),
  embargoUntil: instantInput.nullable().optional(),
  proposerPartyIds: ids.optional(),
  relatedDocumentIds: ids.optional(),
  relatedDeliverableIds: ids.optional(),
  expectedUpdatedAt: instantInput
    .optional()
    .describe("the document's `updatedAt` when the editor read it: if it has changed since, nothing is saved and the answer is 409"),
  referenceCode: z.never({ error: 'the reference code never changes' }).optional().describe('refused: the reference code never changes'),
  status: z
    .never({ error: 'the status changes through POST /api/documents/{id}/transitions' })
    .optional()
    .describe('refused: the status changes through the transitions endpoint'),
});
export type DocumentPatch = z.infer<typeof documentPatch>;
/** What a client sends (instants as ISO strings). */
export type DocumentPatchInput = z.input<typeof documentPatch>;

export const transitionBody = z.object({
  to: z.enum(documentStatuses),
  comment: optionalText(2000),
  reason: optionalText(2000),
  objectorPartyId: id().nullable().optional(),
  silenceDeadline: instantInput.nullable().optional(),
  deferToMeetingId: id().nullable().optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const documentFilters = z.object({
  q: rawText(200).optional().describe('words, diacritics and case ignored'),
  meeting: idParam().optional(),
  type: z.enum(documentTypes).optional(),
  status: z.enum(documentStatuses).optional(),
  pillar: z.enum(pillars).optional(),
  proposer: rawText(20).optional().describe('party code'),
  year: yearParam(1967).optional(),
  sort: z.enum(documentSorts).optional().describe('default: relevance with a query, else meeting date then reference'),
  dir: z.enum(['asc', 'desc']).optional().describe('asc when not given'),
  limit: intParam(1, 500).default(100).describe('page size'),
  offset: intParam(0, 1_000_000).default(0).describe('rows skipped; the answer says the total'),
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
    .describe(
      'original text around the hits in the lead body or file, HTML-escaped, hits in <mark>…</mark>; null when the hits are only in the title or reference',
    ),
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

export type DocumentListView = z.infer<typeof documentList>;

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

export const editView = z.object({
  id: z.number(),
  actor: z.string().nullable().describe('display name; null for the system'),
  fields: z.array(z.enum(metadataFields)).describe('the registry facts changed'),
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
  relatedDeliverables: z
    .array(z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string() }))
    .describe("the committee's deliverables it serves; empty for those who may not read the committee's work"),
  versions: z.array(versionView),
  timeline: z.array(transitionView),
  edits: z.array(editView).describe("changes to the registry facts, oldest first; empty for readers outside the chair's officials"),
  updatedAt: z.string().describe('send back as `expectedUpdatedAt` when editing'),
  silence: silenceView.nullable(),
  allowedTransitions: z.array(z.enum(documentStatuses)).describe('what the asking user may do next'),
  editableFields: z.array(z.enum(metadataFields)).describe('the registry facts the asking user may change now (PATCH)'),
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
