/** Request and response schemas of the meeting room API. */
import { z } from 'zod';
import { headLevels, meetingFormats, meetingStatuses } from '../domain/vocabulary.js';
import { documentStatuses, documentTypes, outcomeActions } from '../documents/vocabulary.js';
import { id, int, optionalText, text } from '../http/primitives.js';
import { itemActions, speakerActions } from './core/steps.js';
import { decisionActions, itemStates, speakerKinds, speakerStates } from './core/vocabulary.js';

export const sittingAction = z.object({ action: z.enum(['start', 'suspend', 'resume', 'close']) });
export type SittingAction = z.infer<typeof sittingAction>['action'];

export const itemAction = z.object({ action: z.enum(itemActions) });

export const itemPatch = z
  .object({
    speakingSeconds: int(15, 3600).optional().describe('time limit of each speech, in seconds'),
    titleEn: text(500).optional(),
    titleVi: text(500).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change', path: ['titleEn'] });
export type ItemPatch = z.infer<typeof itemPatch>;

export const agendaOrder = z.object({ itemIds: z.array(id()).min(1).max(500).describe('every item of the meeting, once, in the new order') });

export const agendaItemCreate = z.object({ titleEn: text(500), titleVi: text(500) });
export type AgendaItemCreate = z.infer<typeof agendaItemCreate>;

export const floorRequest = z.object({
  delegationId: id().optional().describe('staff: the delegation to add; a liaison: its own (the default)'),
  kind: z.enum(speakerKinds).default('speech'),
});
export type FloorRequest = z.infer<typeof floorRequest>;

export const chairSpeakerAction = z.object({ action: z.enum(speakerActions.filter((a) => a !== 'withdraw') as ['give_floor', 'done']) });

export const reorder = z.object({ speakerIds: z.array(id()).max(500) });

const party = z.object({ id: z.number(), code: z.string(), nameEn: z.string(), nameVi: z.string() });

export const roomDelegation = z.object({ id: z.number(), party, headLevel: z.enum(headLevels), timeZone: z.string() });

export const roomSpeaker = z.object({
  id: z.number(),
  agendaItemId: z.number(),
  delegation: roomDelegation,
  kind: z.enum(speakerKinds),
  state: z.enum(speakerStates),
  place: z.number().nullable().describe('1-based place among those waiting'),
  chairPosition: z.number().nullable(),
  timeLimitSeconds: z.number(),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type RoomSpeaker = z.infer<typeof roomSpeaker>;

export const roomItem = z.object({
  id: z.number(),
  position: z.number(),
  titleEn: z.string(),
  titleVi: z.string(),
  state: z.enum(itemStates),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  listClosed: z.boolean(),
  speakingSeconds: z.number(),
  /** Waiting speakers in order, then the one speaking, then those done or withdrawn. */
  speakers: z.array(roomSpeaker),
});
export type RoomItem = z.infer<typeof roomItem>;

export const roomView = z.object({
  serverTime: z.string().describe('for clients to correct their clock before counting down'),
  meeting: z.object({
    id: z.number(),
    titleEn: z.string(),
    titleVi: z.string(),
    status: z.enum(meetingStatuses),
    format: z.enum(meetingFormats),
    isPublic: z.boolean(),
    hostTimeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    startedAt: z.string().nullable(),
    suspendedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  }),
  currentItemId: z.number().nullable(),
  items: z.array(roomItem),
  delegations: z.array(roomDelegation),
  /** The asker's own delegation at this meeting, if it has one. */
  ownDelegationId: z.number().nullable(),
});
export type RoomView = z.infer<typeof roomView>;

export const decisionInput = z.object({
  documentId: id(),
  action: z.enum(decisionActions),
  /** Required by the workflow when the action differs from the document's intended one. */
  reason: optionalText(2000),
  comment: optionalText(2000),
  /** Required by the workflow to defer. */
  deferToMeetingId: id().nullable().optional(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

const titled = { titleEn: z.string(), titleVi: z.string() };

export const recordedDecision = z.object({
  id: z.number(),
  action: z.enum(decisionActions),
  decidedAt: z.string(),
  reason: z.string().nullable(),
  agendaItem: z.object({ id: z.number(), position: z.number(), ...titled }),
  document: z.object({ id: z.number(), referenceCode: z.string(), type: z.enum(documentTypes), ...titled }),
  deferredTo: z.object({ id: z.number(), ...titled }).nullable(),
});
export type RecordedDecision = z.infer<typeof recordedDecision>;

export const pendingDocument = z.object({
  id: z.number(),
  referenceCode: z.string(),
  type: z.enum(documentTypes),
  ...titled,
  status: z.enum(documentStatuses),
  intendedAction: z.enum(outcomeActions),
  /** The decisions the asker's roles may take on it now (the workflow's own table). */
  allowed: z.array(z.enum(decisionActions)),
});
export type PendingDocument = z.infer<typeof pendingDocument>;

export const decisionsView = z.object({
  meeting: z.object({ id: z.number(), hostTimeZone: z.string(), ...titled }),
  /** The record of decisions, in the order they were taken. */
  decisions: z.array(recordedDecision),
  /** Documents acting at this meeting still open, the asker may see. */
  pending: z.array(pendingDocument),
});
export type DecisionsView = z.infer<typeof decisionsView>;

/** The portal's live page: what the public may know of a public meeting while it sits. */
export const portalLiveView = z.object({
  serverTime: z.string(),
  meeting: z.object({
    id: z.number(),
    ...titled,
    status: z.enum(meetingStatuses),
    hostTimeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    startedAt: z.string().nullable(),
    suspendedAt: z.string().nullable(),
  }),
  items: z.array(z.object({ id: z.number(), position: z.number(), ...titled, state: z.enum(itemStates) })),
  currentItemId: z.number().nullable(),
  speaking: z
    .object({
      delegation: z.object({ code: z.string(), nameEn: z.string(), nameVi: z.string() }),
      kind: z.enum(speakerKinds),
      startedAt: z.string().nullable(),
      timeLimitSeconds: z.number(),
    })
    .nullable(),
  decisions: z.array(recordedDecision),
});
export type PortalLiveView = z.infer<typeof portalLiveView>;
