/**
 * The record of decisions and the decisions taken from the console; the
 * portal's live page. Types are the server's own schemas; live changes mark
 * ['decisions', id] and ['portal', 'live', id] stale (live/keys.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { DecisionInput, DecisionsView, PortalLiveView } from '../../../src/server/room/schemas';

export type { DecisionAction } from '../../../src/server/room/core/vocabulary';
export type { DecisionInput, DecisionsView, PendingDocument, PortalLiveView, RecordedDecision } from '../../../src/server/room/schemas';

export const decisionsKey = (id: string | number) => ['decisions', String(id)] as const;

export function useDecisions(meetingId: string | number | undefined) {
  return useQuery({
    queryKey: decisionsKey(meetingId ?? ''),
    queryFn: () => api.get<DecisionsView>(`/meetings/${encodeURIComponent(String(meetingId))}/decisions`),
    enabled: meetingId !== undefined,
  });
}

export function useDecide(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, ...body }: DecisionInput & { itemId: number }) => api.post<DecisionsView>(`/agenda-items/${itemId}/decisions`, body),
    onSuccess: (view) => client.setQueryData(decisionsKey(meetingId), view),
  });
}

/** Where the record is downloaded from (the asker's own view of it). */
export const recordUrl = (meetingId: number, format: 'docx' | 'pdf', lang: string) =>
  `/api/meetings/${meetingId}/decisions/${format}?lang=${lang === 'vi' ? 'vi' : 'en'}`;

export function usePortalLive(meetingId: string | undefined) {
  return useQuery({
    queryKey: ['portal', 'live', meetingId ?? ''],
    queryFn: () => api.get<PortalLiveView & { clockOffsetMs?: number }>(`/portal/meetings/${encodeURIComponent(meetingId ?? '')}/live`),
    enabled: meetingId !== undefined,
  });
}
