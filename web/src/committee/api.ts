/** The committee's queries and writes; every write refreshes the committee's reads. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/client';
import type {
  Attachment,
  Body,
  Dashboard,
  Deliverable,
  DeliverableDetail,
  DecisionInput,
  DeliverableInput,
  DeliverablePatch,
  Digest,
  MilestoneInput,
  MilestonePatch,
  Notification,
  ProgressInput,
  SessionDetail,
  SessionRecordInput,
  SessionSummary,
  Task,
  TaskDetail,
  TaskPatch,
} from './types';

export type { DecisionInput } from './types';

const key = (...parts: unknown[]) => ['committee', ...parts];

export const useBodies = () => useQuery({ queryKey: key('bodies'), queryFn: () => api.get<{ bodies: Body[]; mine: number[] }>('/committee/bodies') });

export const useDashboard = (meeting: string, asOf: string) =>
  useQuery({ queryKey: key('dashboard', meeting, asOf), queryFn: () => api.get<Dashboard>(`/committee/dashboard${query({ meeting, asOf })}`) });

export const useDeliverables = (asOf: string) =>
  useQuery({ queryKey: key('deliverables', asOf), queryFn: () => api.get<{ deliverables: Deliverable[] }>(`/deliverables${query({ asOf })}`) });

export const useDeliverable = (id: string | undefined, asOf: string) =>
  useQuery({ queryKey: key('deliverable', id, asOf), queryFn: () => api.get<DeliverableDetail>(`/deliverables/${id}${query({ asOf })}`), enabled: !!id });

export const useSessions = () => useQuery({ queryKey: key('sessions'), queryFn: () => api.get<{ sessions: SessionSummary[] }>('/committee/sessions') });

export const useSession = (number: string | undefined, asOf: string) =>
  useQuery({
    queryKey: key('session', number, asOf),
    queryFn: () => api.get<SessionDetail>(`/committee/sessions/${number}${query({ asOf })}`),
    enabled: !!number,
  });

export const useTasks = (filters: Record<string, string | undefined>) =>
  useQuery({ queryKey: key('tasks', filters), queryFn: () => api.get<{ tasks: Task[] }>(`/tasks${query(filters)}`) });

export const useNotifications = () => useQuery({ queryKey: key('notifications'), queryFn: () => api.get<{ notifications: Notification[] }>('/notifications') });

export const useDigest = (asOf: string) =>
  useQuery({ queryKey: key('digest', asOf), queryFn: () => api.get<Digest>(`/notifications/digest${query({ asOf })}`) });

function useCommitteeWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: ['committee'] }),
  });
}

export const useUpdateTask = () => useCommitteeWrite(({ id, ...patch }: TaskPatch & { id: number }) => api.patch<Task>(`/tasks/${id}`, patch));

export const useRecordDecision = (number: number) =>
  useCommitteeWrite((input: DecisionInput) => api.post<SessionDetail>(`/committee/sessions/${number}/decisions`, input));

export const useMarkRead = () => useCommitteeWrite((id: number) => api.post<null>(`/notifications/${id}/read`));

export const useAddProgress = (id: number) => useCommitteeWrite((input: ProgressInput) => api.post<DeliverableDetail>(`/deliverables/${id}/progress`, input));

export const useDeleteProgress = (id: number) => useCommitteeWrite((progressId: number) => api.delete(`/deliverables/${id}/progress/${progressId}`));

export const useCreateDeliverable = () => useCommitteeWrite((input: DeliverableInput) => api.post<DeliverableDetail>('/deliverables', input));

export const useUpdateDeliverable = (id: number) => useCommitteeWrite((input: DeliverablePatch) => api.patch<DeliverableDetail>(`/deliverables/${id}`, input));

export const useAddMilestone = (id: number) =>
  useCommitteeWrite((input: MilestoneInput) => api.post<DeliverableDetail>(`/deliverables/${id}/milestones`, input));

export const useUpdateMilestone = (id: number) =>
  useCommitteeWrite(({ milestoneId, ...input }: MilestonePatch & { milestoneId: number }) =>
    api.patch<DeliverableDetail>(`/deliverables/${id}/milestones/${milestoneId}`, input),
  );

export const useDeleteMilestone = (id: number) => useCommitteeWrite((milestoneId: number) => api.delete(`/deliverables/${id}/milestones/${milestoneId}`));

export const useUpdateSession = (number: number) =>
  useCommitteeWrite((input: SessionRecordInput) => api.patch<SessionDetail>(`/committee/sessions/${number}`, input));

export const useUploadAttachment = (taskId: number) => useCommitteeWrite((file: File) => api.upload<Attachment>(`/tasks/${taskId}/attachments`, file));

export const useDeleteAttachment = (taskId: number) => useCommitteeWrite((attachmentId: number) => api.delete(`/tasks/${taskId}/attachments/${attachmentId}`));

export const useTask = (id: string | undefined) => useQuery({ queryKey: key('task', id), queryFn: () => api.get<TaskDetail>(`/tasks/${id}`), enabled: !!id });

export const useAddComment = (id: number) => useCommitteeWrite((body: string) => api.post<{ ok: true }>(`/tasks/${id}/comments`, { body }));

export const useCreateSession = () => useCommitteeWrite((input: { number: number; heldOn: string }) => api.post<SessionDetail>('/committee/sessions', input));

// The committee's bodies and members: reference data, edited by admins.
export const useCreateBody = () =>
  useCommitteeWrite((input: { kind: string; nameEn: string; nameVi: string; parentId?: number | null }) => api.post<Body>('/committee/bodies', input));

export const useUpdateBody = () =>
  useCommitteeWrite(({ id, ...patch }: { id: number; nameEn?: string; nameVi?: string; active?: boolean }) =>
    api.patch<Body>(`/committee/bodies/${id}`, patch),
  );

export const useAddMember = () =>
  useCommitteeWrite(({ bodyId, ...input }: { bodyId: number; personId: number; position: string }) =>
    api.post<Body>(`/committee/bodies/${bodyId}/members`, input),
  );

export const useUpdateMember = () =>
  useCommitteeWrite(({ bodyId, personId, position }: { bodyId: number; personId: number; position: string }) =>
    api.patch<Body>(`/committee/bodies/${bodyId}/members/${personId}`, { position }),
  );

export const useRemoveMember = () =>
  useCommitteeWrite(({ bodyId, personId }: { bodyId: number; personId: number }) => api.delete(`/committee/bodies/${bodyId}/members/${personId}`));
