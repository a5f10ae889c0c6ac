/** Request and response schemas of the directory's reference data: series, clusters, parties and people, partners' status history and applications, chairmanships. */
import { z } from 'zod';
import { applicationStepKinds, meetingLevels, partnerStatuses, partyKinds } from '../domain/vocabulary.js';
import { day, id, optionalText, text, year } from '../http/primitives.js';
import { meetingSummary } from '../meetings/schemas.js';

const notes = { noteEn: optionalText(1000), noteVi: optionalText(1000) };

export const statusCreate = z.object({
  status: z.enum(partnerStatuses),
  since: day(),
  /** The meeting that decided it (the 54th AMM for the United Kingdom). */
  decidedAtMeetingId: id().nullable().optional(),
  ...notes,
});
export type StatusCreate = z.infer<typeof statusCreate>;

export const applicationCreate = z.object({
  soughtStatus: z.enum(partnerStatuses),
  submittedOn: day(),
  meetingId: id().nullable().optional(),
  ...notes,
});
export type ApplicationCreate = z.infer<typeof applicationCreate>;

export const stepCreate = z.object({
  kind: z.enum(applicationStepKinds),
  on: day(),
  meetingId: id().nullable().optional(),
  ...notes,
});
export type StepCreate = z.infer<typeof stepCreate>;

const handover = {
  /** The day this year's chair received the chair from the year before's. */
  handoverOn: day().nullable().optional(),
  /** The meeting at whose close it was handed over. */
  handoverMeetingId: id().nullable().optional(),
  handoverEventEn: optionalText(500),
  handoverEventVi: optionalText(500),
};

export const chairmanshipCreate = z.object({
  year: year(),
  chairPartyId: id(),
  themeEn: text(300),
  themeVi: text(300),
  ...handover,
});
export type ChairmanshipCreate = z.infer<typeof chairmanshipCreate>;

export const chairmanshipPatch = z
  .object({ chairPartyId: id().optional(), themeEn: text(300).optional(), themeVi: text(300).optional(), ...handover })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type ChairmanshipPatch = z.infer<typeof chairmanshipPatch>;

const meetingRef = z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string() });
export const partyRef = z.object({ code: z.string(), nameEn: z.string(), nameVi: z.string() });

export const statusView = z.object({
  id: z.number(),
  status: z.enum(partnerStatuses),
  since: z.string(),
  until: z.string().nullable(),
  noteEn: z.string().nullable(),
  noteVi: z.string().nullable(),
  decidedAt: meetingRef.nullable(),
});
export type StatusView = z.infer<typeof statusView>;

export const applicationView = z.object({
  id: z.number(),
  soughtStatus: z.enum(partnerStatuses),
  /** Derived from the steps: open until granted, declined or withdrawn. */
  state: z.enum(['open', 'granted', 'declined', 'withdrawn']),
  steps: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(applicationStepKinds),
      on: z.string(),
      noteEn: z.string().nullable(),
      noteVi: z.string().nullable(),
      meeting: meetingRef.nullable(),
    }),
  ),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const chairmanshipView = z.object({
  year: z.number(),
  chair: partyRef,
  themeEn: z.string(),
  themeVi: z.string(),
  /** How the chair came to this year's chair: from the year before's recorded chair, on a day, at a meeting. */
  handover: z
    .object({
      from: partyRef.nullable(),
      on: z.string().nullable(),
      meeting: meetingRef.nullable(),
      eventEn: z.string().nullable(),
      eventVi: z.string().nullable(),
    })
    .nullable(),
});
export type ChairmanshipView = z.infer<typeof chairmanshipView>;

export const rotationView = z.object({
  year: z.number(),
  chair: partyRef,
  /** recorded: a chairmanship says so; swap: the other half of a recorded exception; rule: the alphabet. */
  basis: z.enum(['recorded', 'swap', 'rule']),
  /** Who the plain alphabetical order gives the year (differs from chair for an exception or a swap). */
  ruleChair: partyRef,
  swappedWith: z.number().optional(),
});
export type RotationView = z.infer<typeof rotationView>;

export const chairmanshipsView = z.object({ chairmanships: z.array(chairmanshipView), rotation: z.array(rotationView) });
export type ChairmanshipsView = z.infer<typeof chairmanshipsView>;

export const seriesView = z.object({ id: z.number(), code: z.string(), nameEn: z.string(), nameVi: z.string(), level: z.enum(meetingLevels) });

export const clusterSummary = z.object({
  id: z.number(),
  titleEn: z.string(),
  titleVi: z.string(),
  hostTimeZone: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
});

export const partyView = z.object({
  id: z.number(),
  code: z.string(),
  nameEn: z.string(),
  nameVi: z.string(),
  kind: z.enum(partyKinds),
  timeZone: z.string(),
  /** The status of the latest entry of its history begun by today (partner-history.ts). */
  currentStatus: z.enum(partnerStatuses).nullable(),
});

export const partyDetail = partyView.extend({ statuses: z.array(statusView), applications: z.array(applicationView), meetings: z.array(meetingSummary) });

const currentRole = z.object({ titleEn: z.string(), titleVi: z.string() });
export const personSummary = z.object({ id: z.number(), fullName: z.string(), party: partyRef.nullable(), currentRoles: z.array(currentRole) });

const roleView = currentRole.extend({ from: z.string(), to: z.string().nullable() });
export const personDetail = z.object({
  id: z.number(),
  fullName: z.string(),
  party: partyRef.nullable(),
  roles: z.array(roleView),
  chaired: z.array(meetingSummary),
});
