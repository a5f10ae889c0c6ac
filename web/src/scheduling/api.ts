/** Scheduling API types and React Query hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FeedToken, PartyFeeds } from '../../../src/server/scheduling/feed-tokens';
import type { z } from 'zod';
import type {
  clusterRules,
  clusterView,
  comfortBand,
  conflictItem,
  explanation,
  ledgerResponse,
  moveResponse,
  objective,
  optimizeJob,
  optimizeResponse,
  relaxation,
  slotsResponse,
} from '../../../src/server/scheduling/schemas';
import type { clusterCreate, clusterPatch, clusterWriteResponse } from '../../../src/server/scheduling/cluster-schemas';
import { api } from '../api/client';

// The server's shapes, imported as types (erased from the bundle).
export type { DelegationBreakdown, MeetingShare } from '../../../src/server/scheduling/breakdown';

export type Objective = z.output<typeof objective>;
export type ClusterView = z.output<typeof clusterView>;
export type ClusterMeeting = ClusterView['meetings'][number];
export type ClusterParty = ClusterView['parties'][number];
/** The rules as the editor sends them. */
export type ClusterRules = z.input<typeof clusterRules>;
export type ComfortBand = z.output<typeof comfortBand>;
export type ConflictItem = z.output<typeof conflictItem>;
export type Explanation = z.output<typeof explanation>;
export type Relaxation = z.output<typeof relaxation>;
export type OptimizeAnswer = z.output<typeof optimizeResponse>;
export type OptimizeJob = z.output<typeof optimizeJob>['job'];
export type SlotAnswer = z.output<typeof slotsResponse>;
/** A ranked start with its place in the ranking. */
export type RankedAt = SlotAnswer['ranked'][number] & { rank: number };
export type LedgerAnswer = z.output<typeof ledgerResponse>;
export type MoveAnswer = z.output<typeof moveResponse>;

export type SolverChoice = 'auto' | 'exact' | 'heuristic';
export type LedgerRow = LedgerAnswer['delegations'][number];
/** A cluster as the create and edit forms send it. */
export type ClusterCreateBody = z.input<typeof clusterCreate>;
export type ClusterPatchBody = z.input<typeof clusterPatch>;
export type ClusterWriteAnswer = z.output<typeof clusterWriteResponse>;

/** Make a cluster (no id) or edit one: each a change-logged write. */
export function useSaveCluster(clusterId: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ClusterCreateBody | ClusterPatchBody) =>
      clusterId === null ? api.post<ClusterWriteAnswer>('/schedule/clusters', body) : api.patch<ClusterWriteAnswer>(`/schedule/clusters/${clusterId}`, body),
    onSuccess: async (view) => {
      client.setQueryData(['schedule-cluster', String(view.id)], view);
      await client.invalidateQueries({ predicate: (q) => ['clusters', 'meetings', 'meeting', 'schedule-slots'].includes(String(q.queryKey[0])) });
    },
  });
}

export function useClusterSchedule(id: string | undefined) {
  return useQuery({
    queryKey: ['schedule-cluster', id],
    queryFn: () => api.get<ClusterView>(`/schedule/clusters/${id}`),
    enabled: id !== undefined,
  });
}

export interface RunOptions {
  solver: SolverChoice;
  useLedger: boolean;
  /** Every delegation on the default bands (the model as written). */
  defaultComfort: boolean;
  /** Meeting id → ISO start, held there for this run. */
  pins: Record<string, string>;
}

/** While a run goes on, how often its progress is read. */
const POLL_MS = 400;

/**
 * An optimizer run followed until it ends: started, polled for its stage,
 * time and best value so far, stoppable. `onFinished` is told once per run
 * (done, stopped or failed).
 */
export function useOptimizeRun(clusterId: number, onFinished: (job: OptimizeJob) => void) {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (options: RunOptions) =>
      api.post<{ job: OptimizeJob }>('/schedule/optimize/jobs', {
        clusterId,
        solver: options.solver,
        useLedger: options.useLedger,
        defaultComfort: options.defaultComfort,
        ...(Object.keys(options.pins).length ? { pins: options.pins } : {}),
        timeBudgetMs: 30_000,
      }),
    onSuccess: ({ job }) => {
      client.setQueryData(['optimize-job', job.id], { job });
      setJobId(job.id);
    },
  });
  const poll = useQuery({
    queryKey: ['optimize-job', jobId],
    queryFn: () => api.get<{ job: OptimizeJob }>(`/schedule/optimize/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data?.job.state === 'running' ? POLL_MS : false),
  });
  const stop = useMutation({
    mutationFn: (id: string) => api.post<{ job: OptimizeJob }>(`/schedule/optimize/jobs/${id}/stop`),
    onSuccess: (data) => client.setQueryData(['optimize-job', data.job.id], data),
  });
  const job = jobId === null ? null : (poll.data?.job ?? null);
  const reported = useRef<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (!job || job.state === 'running' || reported.current === job.id) return;
    reported.current = job.id;
    finished.current(job);
  }, [job]);
  return {
    run: (options: RunOptions) => start.mutate(options),
    stop: () => job && stop.mutate(job.id),
    job,
    running: start.isPending || job?.state === 'running',
    stopping: stop.isPending,
    error: start.error ?? poll.error ?? stop.error,
  };
}

export function useAccept(clusterId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (starts: Record<string, string>) => api.post<{ moved: number }>('/schedule/accept', { clusterId, starts }),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

/** One meeting to a picked start: a change-logged write. */
export function useMove(clusterId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (move: { meetingId: number; startsAt: string }) => api.post<MoveAnswer>(`/schedule/clusters/${clusterId}/move`, move),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

export function useSaveRules(clusterId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: ClusterRules) => api.put<ClusterView>(`/schedule/clusters/${clusterId}/rules`, rules),
    onSuccess: async (view) => {
      client.setQueryData(['schedule-cluster', String(clusterId)], view);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'schedule-slots' });
    },
  });
}

export function useSlots(clusterId: number, meetingId: number | null, defaultComfort = false) {
  return useQuery({
    queryKey: ['schedule-slots', clusterId, meetingId, defaultComfort],
    queryFn: () => api.post<SlotAnswer>('/schedule/slots', { clusterId, meetingId, limit: 500, defaultComfort }),
    enabled: meetingId !== null,
  });
}

export function useLedger(year: number) {
  return useQuery({ queryKey: ['schedule-ledger', year], queryFn: () => api.get<LedgerAnswer>(`/schedule/ledger?year=${year}`) });
}

// The feed shapes are the server's, imported as types.
export type { FeedToken, PartyFeeds };

export function useFeeds(enabled: boolean) {
  return useQuery({ queryKey: ['calendar-feeds'], queryFn: () => api.get<{ parties: PartyFeeds[] }>('/calendar-feeds'), enabled });
}

export function useCreateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ delegationId, label }: { delegationId: number; label: string }) =>
      api.post<{ id: number; token: string; url: string; subscribeUrl: string }>(`/delegations/${delegationId}/calendar-tokens`, label ? { label } : {}),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['calendar-feeds'] });
    },
  });
}

export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => api.delete(`/calendar-tokens/${tokenId}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['calendar-feeds'] });
    },
  });
}
