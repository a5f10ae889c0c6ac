/** Request and response schemas of the meetings API: validation, types and OpenAPI in one. */
import { z } from 'zod';
import { headLevels, meetingFormats, meetingLevels, meetingStatuses, partyKinds } from '../domain/vocabulary.js';
import { id, idParam, instant, int, optionalText, rawText, text, timeZone as zone, yearParam } from '../http/primitives.js';

export const timeZone = zone();

export const meetingFilters = z.object({
  year: yearParam(1967).optional(),
  series: rawText(40).optional().describe('series code, e.g. AMM'),
  level: z.enum(meetingLevels).optional(),
  format: z.enum(meetingFormats).optional(),
  status: z.enum(meetingStatuses).optional(),
  cluster: idParam().optional(),
});
export type MeetingFilters = z.infer<typeof meetingFilters>;

export const meetingCreate = z.object({
  seriesId: id(),
  edition: int(1, 10_000).nullable().optional(),
  titleEn: text(300),
  titleVi: text(300),
  level: z.enum(meetingLevels),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses).default('planned'),
  hostCityEn: text(120),
  hostCityVi: text(120),
  hostTimeZone: timeZone,
  startsAt: instant(),
  endsAt: instant(),
  clusterId: id().nullable().optional(),
  chairPartyId: id().nullable().optional(),
  chairPersonId: id().nullable().optional(),
  isPublic: z.boolean().default(true),
});
export type MeetingCreate = z.infer<typeof meetingCreate>;

export const meetingPatch = meetingCreate
  .partial()
  .extend({ status: z.enum(meetingStatuses).optional(), isPublic: z.boolean().optional() })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });
export type MeetingPatch = z.infer<typeof meetingPatch>;

export const delegationCreate = z.object({
  partyId: id(),
  headName: optionalText(200),
  headPersonId: id().nullable().optional(),
  headLevel: z.enum(headLevels),
  timeZone: timeZone.optional().describe("defaults to the party's time zone"),
  noteEn: optionalText(2000),
  noteVi: optionalText(2000),
});
export type DelegationCreate = z.infer<typeof delegationCreate>;

export const delegationPatch = delegationCreate
  .omit({ partyId: true })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });
export type DelegationPatch = z.infer<typeof delegationPatch>;

const partyRef = z.object({ code: z.string(), nameEn: z.string(), nameVi: z.string() });
const personRef = z.object({ id: z.number(), fullName: z.string() });

export const meetingSummary = z.object({
  id: z.number(),
  seriesCode: z.string(),
  seriesNameEn: z.string(),
  seriesNameVi: z.string(),
  edition: z.number().nullable(),
  partnerCode: z.string().nullable().describe("the series' partner (PMC+1 with Japan: JP), if any"),
  partnerNameEn: z.string().nullable(),
  partnerNameVi: z.string().nullable(),
  titleEn: z.string(),
  titleVi: z.string(),
  level: z.enum(meetingLevels),
  format: z.enum(meetingFormats),
  status: z.enum(meetingStatuses),
  hostCityEn: z.string(),
  hostCityVi: z.string(),
  hostTimeZone: z.string(),
  startsAt: z.string().describe('UTC instant'),
  endsAt: z.string(),
  clusterId: z.number().nullable(),
  isPublic: z.boolean(),
  delegationCount: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const delegationView = z.object({
  id: z.number(),
  party: z.object({ id: z.number(), code: z.string(), nameEn: z.string(), nameVi: z.string(), kind: z.enum(partyKinds) }),
  headName: z.string().nullable(),
  headPerson: personRef.nullable(),
  headLevel: z.enum(headLevels),
  timeZone: z.string(),
  utcOffset: z.string(),
  noteEn: z.string().nullable(),
  noteVi: z.string().nullable(),
  localStart: z.string(),
  localEnd: z.string(),
  startDayOffset: z.number(),
  endDayOffset: z.number(),
  outsideHours: z.boolean(),
});
export type DelegationView = z.infer<typeof delegationView>;

export const meetingDetail = meetingSummary.extend({
  cluster: z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string() }).nullable(),
  chair: z.object({ party: partyRef.nullable(), person: personRef.nullable() }).nullable(),
  coChairs: z.array(z.object({ party: partyRef, person: personRef.nullable() })),
  agenda: z.array(z.object({ id: z.number(), position: z.number(), titleEn: z.string(), titleVi: z.string() })),
  hostLocalStart: z.string(),
  hostLocalEnd: z.string(),
  delegations: z.array(delegationView),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;
