/**
 * The meeting room's queries and steps. Every step answers with the whole
 * room, which goes straight into the cache; other people's steps arrive
 * through the live stream (live/keys.ts marks ['room', id] stale).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { HeadLevel, MeetingFormat, MeetingStatus } from '../api/types';

export type ItemState = 'pending' | 'open' | 'suspended' | 'closed';
export type SpeakerKind = 'point_of_order' | 'right_of_reply' | 'speech';
export type SpeakerState = 'waiting' | 'speaking' | 'done' | 'withdrawn';

export interface RoomDelegation {
  id: number;
  party: { id: number; code: string; nameEn: string; nameVi: string };
  headLevel: HeadLevel;
  timeZone: string;
}
export interface RoomSpeaker {
  id: number;
  agendaItemId: number;
  delegation: RoomDelegation;
  kind: SpeakerKind;
  state: SpeakerState;
  place: number | null;
  chairPosition: number | null;
  timeLimitSeconds: number;
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
}
export interface RoomItem {
  id: number;
  position: number;
  titleEn: string;
  titleVi: string;
  state: ItemState;
  openedAt: string | null;
  closedAt: string | null;
  listClosed: boolean;
  speakingSeconds: number;
  speakers: RoomSpeaker[];
}
export interface Room {
  serverTime: string;
  meeting: {
    id: number;
    titleEn: string;
    titleVi: string;
    status: MeetingStatus;
    format: MeetingFormat;
    isPublic: boolean;
    hostTimeZone: string;
    startsAt: string;
    endsAt: string;
    startedAt: string | null;
    suspendedAt: string | null;
    closedAt: string | null;
  };
  currentItemId: number | null;
  items: RoomItem[];
  delegations: RoomDelegation[];
  ownDelegationId: number | null;
}

/** The room with the client's clock offset from the server's, taken when it arrived. */
export type RoomData = Room & { clockOffsetMs: number };

const withOffset = (room: Room): RoomData => ({ ...room, clockOffsetMs: Date.parse(room.serverTime) - Date.now() });

export const roomKey = (id: string | number) => ['room', String(id)] as const;

export function useRoom(id: string | undefined) {
  return useQuery({
    queryKey: roomKey(id ?? ''),
    queryFn: async () => withOffset(await api.get<Room>(`/meetings/${encodeURIComponent(id ?? '')}/room`)),
    enabled: id !== undefined,
  });
}

export type RoomStep =
  | { kind: 'sitting'; action: 'start' | 'suspend' | 'resume' | 'close' }
  | { kind: 'item'; itemId: number; action: 'open' | 'suspend' | 'resume' | 'close' | 'close_list' | 'reopen_list' }
  | { kind: 'limit'; itemId: number; speakingSeconds: number }
  | { kind: 'ask'; itemId: number; delegationId?: number; speakerKind: SpeakerKind }
  | { kind: 'speaker'; speakerId: number; action: 'give_floor' | 'done' }
  | { kind: 'withdraw'; speakerId: number }
  | { kind: 'order'; itemId: number; speakerIds: number[] }
  | { kind: 'addItem'; titleEn: string; titleVi: string }
  | { kind: 'rename'; itemId: number; titleEn: string; titleVi: string }
  | { kind: 'agendaOrder'; itemIds: number[] }
  | { kind: 'deleteItem'; itemId: number };

/** Runs a step of the room (the console shows its refusal). */
export type Run = (step: RoomStep) => void;

function send(meetingId: number, step: RoomStep): Promise<Room> {
  switch (step.kind) {
    case 'sitting':
      return api.post<Room>(`/meetings/${meetingId}/room/sitting`, { action: step.action });
    case 'item':
      return api.post<Room>(`/agenda-items/${step.itemId}/steps`, { action: step.action });
    case 'limit':
      return api.patch<Room>(`/agenda-items/${step.itemId}`, { speakingSeconds: step.speakingSeconds });
    case 'ask':
      return api.post<Room>(`/agenda-items/${step.itemId}/speakers`, {
        kind: step.speakerKind,
        ...(step.delegationId ? { delegationId: step.delegationId } : {}),
      });
    case 'speaker':
      return api.post<Room>(`/speakers/${step.speakerId}/steps`, { action: step.action });
    case 'withdraw':
      return api.post<Room>(`/speakers/${step.speakerId}/withdraw`);
    case 'addItem':
      return api.post<Room>(`/meetings/${meetingId}/agenda-items`, { titleEn: step.titleEn, titleVi: step.titleVi });
    case 'order':
      return api.put<Room>(`/agenda-items/${step.itemId}/speakers/order`, { speakerIds: step.speakerIds });
    case 'rename':
      return api.patch<Room>(`/agenda-items/${step.itemId}`, { titleEn: step.titleEn, titleVi: step.titleVi });
    case 'agendaOrder':
      return api.put<Room>(`/meetings/${meetingId}/agenda-items/order`, { itemIds: step.itemIds });
    case 'deleteItem':
      return api.delete<Room>(`/agenda-items/${step.itemId}`);
  }
}

export function useRoomStep(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: RoomStep) => send(meetingId, step),
    onSuccess: (room) => client.setQueryData(roomKey(meetingId), withOffset(room)),
  });
}
