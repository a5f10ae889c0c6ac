/** Types and calls of the press API used by the press pages. */
import type { z } from 'zod';
import type { consentView } from '../../../src/server/press/accreditation/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, fetchSession, query } from '../api/client';

export type ApplicationStatus = 'pending' | 'approved' | 'waitlisted' | 'rejected' | 'cancelled' | 'revoked';

export interface PressEvent {
  id: number;
  slug: string;
  titleEn: string;
  titleVi: string;
  venueEn: string;
  venueVi: string;
  opensAt: string;
  timeZone: string;
  capacity: number;
  applicationsOpen: boolean;
  placesHeld: number;
  waitlisted: number;
}

export interface Application {
  id: number;
  eventId: number;
  eventTitleEn: string;
  eventTitleVi: string;
  fullName: string;
  outlet: string;
  nationality: string;
  email: string;
  /** Null once removed at the end of its retention period. */
  idDocumentNumber?: string | null;
  status: ApplicationStatus;
  reason: string | null;
  waitlistPosition: number | null;
  appliedAt: string;
  decidedAt: string | null;
  /** False once the photo was removed at the end of its retention period. */
  hasPhoto: boolean;
  accessKey?: string;
}

export interface VerifyResult {
  status: 'valid' | 'revoked' | 'forged';
  kind?: 'journalist' | 'delegate';
  fullName?: string;
  outlet?: string;
  nationality?: string;
  position?: string;
  role?: 'head' | 'member';
  delegationEn?: string;
  delegationVi?: string;
  eventTitleEn?: string;
  eventTitleVi?: string;
}

export interface Link {
  id: number;
  name: string;
  alias: string;
  mentions: number;
}

/** A recognised meeting, titled in both languages. */
export interface MeetingLink extends Link {
  nameEn: string;
  nameVi: string;
}

export interface Clipping {
  id: number;
  source: string;
  headline: string | null;
  title: string;
  publishedAt: string | null;
  publishedZone: string | null;
  publishedZoneStated: boolean;
  author: string | null;
  language: string;
  excerpt: string;
  meetings: MeetingLink[];
  people: Link[];
  duplicate?: boolean;
}

export interface Coverage {
  meetingId: number;
  slug: string | null;
  titleEn: string;
  titleVi: string;
  startsAt: string;
  clippings: number;
  mentions: number;
  languages: string[];
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

export const usePressEvents = () =>
  useQuery({ queryKey: ['press', 'events'], queryFn: () => api.get<{ events: PressEvent[] }>('/press/events').then((r) => r.events) });

/** The consent an applicant gives, current version, in both languages (the form shows one and sends its version). */
export type PressConsent = z.infer<typeof consentView>;
export const usePressConsent = () => useQuery({ queryKey: ['press', 'consent'], queryFn: () => api.get<PressConsent>('/press/consent'), staleTime: Infinity });

/** The application form goes as multipart (it carries the photo), with the CSRF header. */
export async function submitApplication(eventId: number, form: FormData): Promise<Application> {
  const { csrfToken } = await fetchSession();
  const response = await fetch(`/api/press/events/${eventId}/applications`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => ({}))) as Application & { error?: string };
  if (!response.ok) throw new ApiError(response.status, body as never);
  return body;
}

export const useApplication = (id: number, key: string | null) =>
  useQuery({
    queryKey: ['press', 'application', id, key],
    queryFn: () => api.get<Application>(`/press/applications/${id}${query({ key })}`),
  });

export const useMyApplications = (signedIn: boolean) =>
  useQuery({
    queryKey: ['press', 'mine'],
    enabled: signedIn,
    queryFn: () => api.get<{ applications: Application[] }>('/press/my-applications').then((r) => r.applications),
  });

export const useEventApplications = (eventId: number | null) =>
  useQuery({
    queryKey: ['press', 'applications', eventId],
    enabled: eventId !== null,
    queryFn: () => api.get<{ applications: Application[] }>(`/press/events/${eventId}/applications`).then((r) => r.applications),
  });

export function useDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: number; decision: 'approve' | 'reject' | 'revoke'; reason?: string }) =>
      api.post<Application>(`/press/applications/${id}/decision`, { decision, reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

export function useCancel(id: number, key: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Application>(`/press/applications/${id}/cancel${query({ key })}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

export const verifyToken = (token: string) => api.get<VerifyResult>(`/press/verify${query({ token })}`);

export const useCoverage = () =>
  useQuery({ queryKey: ['press', 'coverage'], queryFn: () => api.get<{ meetings: Coverage[] }>('/press/coverage').then((r) => r.meetings) });

export const useClippings = (meetingId: number | null) =>
  useQuery({
    queryKey: ['press', 'clippings', meetingId],
    queryFn: () => api.get<{ clippings: Clipping[] }>(`/press/clippings${query({ meetingId })}`).then((r) => r.clippings),
  });

export function useImportClippings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pages: { source: string; content: string; contentType?: string }[]) =>
      api.post<{ clippings: Clipping[] }>('/press/clippings', { pages }).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

/** Import by URL: the server fetches the page (robots.txt respected) and imports it like an uploaded one. */
export function useImportUrl() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) => api.post<{ clippings: Clipping[] }>('/press/clippings/fetch', { url }).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

export const isPressOfficer = (roles: readonly string[] | undefined) => Boolean(roles?.some((r) => r === 'press_officer' || r === 'admin'));
export const canMonitor = (roles: readonly string[] | undefined) => Boolean(roles?.some((r) => r === 'press_officer' || r === 'admin' || r === 'secretariat'));
