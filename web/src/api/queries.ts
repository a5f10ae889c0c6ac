/**
 * React Query hooks, one per API read. Keys start with the resource name.
 * The reads a first visit starts before its page renders (preload.ts) are
 * also exported as query options, so the hook and the preload share key and function.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Briefing } from '../press/portal-api';
import { api, query } from './client';
import type { Chairmanships, Cluster, MeetingDetail, MeetingSummary, Party, PartyDetail, PersonDetail, PersonSummary, SearchAnswer, Series } from './types';

export interface MeetingFilters {
  year?: string;
  series?: string;
  level?: string;
  format?: string;
  cluster?: string;
}

export const seriesQuery = queryOptions({
  queryKey: ['series'],
  queryFn: () => api.get<{ series: Series[] }>('/series'),
  staleTime: 5 * 60_000,
});

export function useSeries() {
  return useQuery({ ...seriesQuery, select: (data) => data.series });
}

export const clustersQuery = queryOptions({
  queryKey: ['clusters'],
  queryFn: () => api.get<{ clusters: Cluster[] }>('/clusters'),
  staleTime: 5 * 60_000,
});

export function useClusters() {
  return useQuery({ ...clustersQuery, select: (data) => data.clusters });
}

export const meetingsQuery = (filters: MeetingFilters) =>
  queryOptions({
    queryKey: ['meetings', filters],
    queryFn: () => api.get<{ meetings: MeetingSummary[] }>(`/meetings${query({ ...filters })}`),
  });

export function useMeetings(filters: MeetingFilters) {
  return useQuery({
    ...meetingsQuery(filters),
    select: (data) => data.meetings,
    // Keep the calendar showing the old events while a new filter loads.
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: ['meeting', id],
    queryFn: () => api.get<MeetingDetail>(`/meetings/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export const partiesQuery = queryOptions({
  queryKey: ['parties'],
  queryFn: () => api.get<{ parties: Party[] }>('/parties'),
});

export function useParties() {
  return useQuery({ ...partiesQuery, select: (data) => data.parties });
}

export function useParty(code: string | undefined) {
  return useQuery({
    queryKey: ['party', code],
    queryFn: () => api.get<PartyDetail>(`/parties/${encodeURIComponent(code ?? '')}`),
    enabled: code !== undefined,
  });
}

export function usePeople() {
  return useQuery({
    queryKey: ['people'],
    queryFn: () => api.get<{ people: PersonSummary[] }>('/people'),
    select: (data) => data.people,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: () => api.get<PersonDetail>(`/people/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export const chairmanshipsQuery = queryOptions({
  queryKey: ['chairmanships'],
  queryFn: () => api.get<Chairmanships>('/chairmanships'),
  staleTime: 10 * 60_000,
});

export function useChairmanships() {
  return useQuery(chairmanshipsQuery);
}

export function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: () => api.get<SearchAnswer>(`/search${query({ q })}`),
    enabled: q.trim() !== '',
  });
}

/** A press briefing as the portal lists it (one declaration, in the portal's calls). */
export type { Briefing } from '../press/portal-api';

/** Press briefings (the press module's public list), shown on the calendar beside meetings. */
export const briefingsQuery = queryOptions({
  queryKey: ['briefings'],
  queryFn: () => api.get<{ briefings: Briefing[] }>('/portal/briefings'),
  staleTime: 60_000,
});

export function useBriefings(enabled: boolean) {
  return useQuery({ ...briefingsQuery, select: (data) => data.briefings, enabled });
}
