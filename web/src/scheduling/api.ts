/** Scheduling API types and React Query hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DelegationBreakdown } from '../../../src/server/scheduling/breakdown';
import { api } from '../api/client';

export interface Objective {
  max: number;
  total: number;
}

// The server's shapes, imported as types (erased from the bundle).
export type { DelegationBreakdown, MeetingShare } from '../../../src/server/scheduling/breakdown';

export interface ClusterMeeting {
  id: number;
  titleEn: string;
  titleVi: string;
  startsAt: string;
  endsAt: string;
  fixed: boolean;
  participants: string[];
}

export interface ClusterParty {
  id: number;
  code: string;
  nameEn: string;
  nameVi: string;
  timeZone: string;
  delegationId: number;
}

export interface ClusterView {
  id: number;
  titleEn: string;
  titleVi: string;
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
  meetings: ClusterMeeting[];
  parties: ClusterParty[];
  nightAllowedParties: string[];
  current: { objective: Objective | null; breakdown: DelegationBreakdown[] };
}

export interface ConflictGroup {
  kind: 'window' | 'allowed' | 'fixed' | 'forbidden' | 'precedence' | 'overlap' | 'cap';
  meeting?: string;
  participants?: number;
  before?: string;
  after?: string;
  bufferMinutes?: number;
  principal?: string;
  minutes?: number;
}

export interface OptimizeAnswer {
  result: {
    status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
    solver: 'exact' | 'heuristic';
    starts: Record<string, string>;
    burden: Record<string, number>;
    objective: Objective | null;
    provenOptimal: boolean;
    gap: number | null;
    timeMs: number;
  };
  conflict?: ConflictGroup[];
  breakdown: DelegationBreakdown[];
}

export interface SlotAnswer {
  gridStart: string;
  slotMinutes: number;
  slotCount: number;
  candidateCount: number;
  ranked: { start: string; worst: number; total: number; costs: Record<string, number> }[];
  bands: { delegation: string; timeZone: string; band: number[] }[];
}

export interface LedgerAnswer {
  year: number;
  delegations: { partyCode: string; nameEn: string; nameVi: string; total: number; clusters: { clusterId: number; titleEn: string; titleVi: string; burden: number }[] }[];
}

export type SolverChoice = 'auto' | 'exact' | 'heuristic';

export function useClusterSchedule(id: string | undefined) {
  return useQuery({
    queryKey: ['schedule-cluster', id],
    queryFn: () => api.get<ClusterView>(`/schedule/clusters/${id}`),
    enabled: id !== undefined,
  });
}

export function useOptimize(clusterId: number) {
  return useMutation({
    mutationFn: (options: { solver: SolverChoice; useLedger: boolean }) =>
      api.post<OptimizeAnswer>('/schedule/optimize', { clusterId, solver: options.solver, useLedger: options.useLedger, timeBudgetMs: 30_000 }),
  });
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

export function useSlots(clusterId: number, meetingId: number | null) {
  return useQuery({
    queryKey: ['schedule-slots', clusterId, meetingId],
    queryFn: () => api.post<SlotAnswer>('/schedule/slots', { clusterId, meetingId, limit: 500 }),
    enabled: meetingId !== null,
  });
}

export function useLedger(year: number) {
  return useQuery({ queryKey: ['schedule-ledger', year], queryFn: () => api.get<LedgerAnswer>(`/schedule/ledger?year=${year}`) });
}

export function useCreateFeed() {
  return useMutation({
    mutationFn: (delegationId: number) => api.post<{ id: number; token: string; url: string }>(`/delegations/${delegationId}/calendar-tokens`),
  });
}
