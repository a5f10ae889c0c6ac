/** Request and response schemas of the directory's reference data: partners' status history and applications, chairmanships. */
import { z } from 'zod';
import { applicationStepKinds, partnerStatuses } from '../domain/vocabulary.js';
import { day, id, optionalText, text, year } from '../http/primitives.js';

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
