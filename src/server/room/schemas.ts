/** Request and response schemas of the meeting room API. */
import { z } from 'zod';
import { headLevels, meetingFormats, meetingStatuses } from '../domain/vocabulary.js';
import { id, int, text } from '../http/primitives.js';
import { itemActions, speakerActions } from './core/steps.js';
import { itemStates, speakerKinds, speakerStates } from './core/vocabulary.js';

export const sittingAction = z.object({ action: z.enum(['start', 'suspend', 'resume', 'close']) });
export type SittingAction = z.infer<typeof sittingAction>['action'];

export const itemAction = z.object({ action: z.enum(itemActions) });

export const itemPatch = z.object({ speakingSeconds: int(15, 3600).describe('time limit of each speech, in seconds') });

export const agendaItemCreate = z.object({ titleEn: text(500), titleVi: text(500) });
export type AgendaItemCreate = z.infer<typeof agendaItemCreate>;

export const floorRequest = z.object({
  delegationId: id().optional().describe("staff: the delegation to add; a liaison: its own (the default)"),
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
