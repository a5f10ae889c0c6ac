/**
 * The meeting room's queries and steps. Every step answers with the whole
 * room, which goes straight into the cache; other people's steps arrive
 * through the live stream (live/keys.ts marks ['room', id] stale).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../api/client';
import type { Answer } from '../api/wire';
import type * as schemas from '../../../src/server/room/schemas';
import type { SpeakerKind } from '../../../src/server/room/core/vocabulary';

export type { ItemState, SpeakerKind, SpeakerState } from '../../../src/server/room/core/vocabulary';

/** The whole room, as the server's schema says (roomView). */
export type Room = Answer<typeof schemas.roomView>;
export type RoomItem = Room['items'][number];
export type RoomSpeaker = RoomItem['speakers'][number];
export type RoomDelegation = Room['delegations'][number];

type ItemAction = z.infer<typeof schemas.itemAction>['action'];
type ChairSpeakerAction = z.infer<typeof schemas.chairSpeakerAction>['action'];

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
  | { kind: 'sitting'; action: schemas.SittingAction }
  | { kind: 'item'; itemId: number; action: ItemAction }
  | { kind: 'limit'; itemId: number; speakingSeconds: number }
  | { kind: 'ask'; itemId: number; delegationId?: number; speakerKind: SpeakerKind }
  | { kind: 'speaker'; speakerId: number; action: ChairSpeakerAction }
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
