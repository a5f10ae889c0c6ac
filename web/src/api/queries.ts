/** React Query hooks, one per API read. Keys start with the resource name. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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

export function useSeries() {
  return useQuery({
    queryKey: ['series'],
    queryFn: () => api.get<{ series: Series[] }>('/series'),
    select: (data) => data.series,
    staleTime: 5 * 60_000,
  });
}

export function useClusters() {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: () => api.get<{ clusters: Cluster[] }>('/clusters'),
    select: (data) => data.clusters,
    staleTime: 5 * 60_000,
  });
}

export function useMeetings(filters: MeetingFilters) {
  return useQuery({
    queryKey: ['meetings', filters],
    queryFn: () => api.get<{ meetings: MeetingSummary[] }>(`/meetings${query({ ...filters })}`),
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

export function useParties() {
  return useQuery({
    queryKey: ['parties'],
    queryFn: () => api.get<{ parties: Party[] }>('/parties'),
    select: (data) => data.parties,
  });
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

export function useChairmanships() {
  return useQuery({
    queryKey: ['chairmanships'],
    queryFn: () => api.get<Chairmanships>('/chairmanships'),
    staleTime: 10 * 60_000,
  });
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
export function useBriefings(enabled: boolean) {
  return useQuery({
    queryKey: ['briefings'],
    queryFn: () => api.get<{ briefings: Briefing[] }>('/portal/briefings'),
    select: (data) => data.briefings,
    enabled,
    staleTime: 60_000,
  });
}
