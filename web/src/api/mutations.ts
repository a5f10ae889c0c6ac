/**
 * React Query mutations for meetings and delegations (staff only; the server
 * checks). Writes that answer with the meeting put it straight into the cache
 * so the delegations table shows the new local times without a refetch;
 * lists (calendar, partner and person pages) are refetched.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { DelegationCreate, DelegationPatch, MeetingCreate, MeetingDetail } from './types';

/** Everything but single meetings and the session: lists that may now be stale. */
async function refreshLists(client: QueryClient): Promise<void> {
  await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'meeting' && q.queryKey[0] !== 'session' });
}

function storeMeeting(client: QueryClient, meeting: MeetingDetail): void {
  client.setQueryData(['meeting', String(meeting.id)], meeting);
}

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingCreate) => api.post<MeetingDetail>('/meetings', input),
    onSuccess: async (meeting) => {
      storeMeeting(client, meeting);
      await refreshLists(client);
    },
  });
}

export function useDeleteMeeting(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/meetings/${id}`),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['meeting', String(id)] });
      await refreshLists(client);
    },
  });
}

export function useAddDelegation(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DelegationCreate) => api.post<MeetingDetail>(`/meetings/${meetingId}/delegations`, input),
    onSuccess: async (meeting) => {
      storeMeeting(client, meeting);
      await refreshLists(client);
    },
  });
}

export function useUpdateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: DelegationPatch }) => api.patch<MeetingDetail>(`/delegations/${id}`, patch),
    onSuccess: (meeting) => storeMeeting(client, meeting),
  });
}

export function useRemoveDelegation(meetingId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (delegationId: number) => api.delete(`/delegations/${delegationId}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['meeting', String(meetingId)] });
      await refreshLists(client);
    },
  });
}
