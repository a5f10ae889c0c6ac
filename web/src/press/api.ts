/** Types and calls of the press API used by the press pages: shapes are the server's schemas, after JSON (`Answer`). */
import type { z } from 'zod';
import type * as accreditation from '../../../src/server/press/accreditation/schemas';
import type * as badges from '../../../src/server/press/badges/schemas';
import type * as monitoring from '../../../src/server/press/monitoring/schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, fetchSession, query } from '../api/client';
import type { Answer } from '../api/wire';

export type PressEvent = Answer<typeof accreditation.pressEvent>;
/** What the applicant (and the public status page) sees of an application. */
export type Application = Answer<typeof accreditation.applicationView>;
export type ApplicationStatus = Application['status'];
/** What an officer sees in addition: the ID document (null once removed at the end of its retention period). */
export type ApplicationReview = Answer<typeof accreditation.applicationReview>;
/** The answer to a new application: the key of the applicant's status and badge link, shown once. */
export type ApplicationReceipt = Answer<typeof accreditation.applicationReceipt>;
export type Decision = z.input<typeof accreditation.decision>;
export type VerifyResult = Answer<typeof badges.verifyResult>;
export type Clipping = Answer<typeof monitoring.clippingSummary>;
/** A clipping as an import answers it: `duplicate` when the page was imported before. */
export type ImportedClipping = Answer<typeof monitoring.importResult>['clippings'][number];
export type PageImport = z.input<typeof monitoring.pageImport>;
export type Coverage = Answer<typeof monitoring.coverageRow>;

export const usePressEvents = () =>
  useQuery({ queryKey: ['press', 'events'], queryFn: () => api.get<{ events: PressEvent[] }>('/press/events').then((r) => r.events) });

/** The consent an applicant gives, current version, in both languages (the form shows one and sends its version). */
export type PressConsent = Answer<typeof accreditation.consentView>;
export const usePressConsent = () => useQuery({ queryKey: ['press', 'consent'], queryFn: () => api.get<PressConsent>('/press/consent'), staleTime: Infinity });

/** The application form goes as multipart (it carries the photo), with the CSRF header. */
export async function submitApplication(eventId: number, form: FormData): Promise<ApplicationReceipt> {
  const { csrfToken } = await fetchSession();
  const response = await fetch(`/api/press/events/${eventId}/applications`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => ({}))) as ApplicationReceipt & { error?: string };
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
    queryFn: () => api.get<{ applications: ApplicationReview[] }>(`/press/events/${eventId}/applications`).then((r) => r.applications),
  });

export function useDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: number } & Decision) =>
      api.post<ApplicationReview>(`/press/applications/${id}/decision`, { decision, reason }),
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
    mutationFn: (pages: PageImport[]) => api.post<{ clippings: ImportedClipping[] }>('/press/clippings', { pages }).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

/** Import by URL: the server fetches the page (robots.txt respected) and imports it like an uploaded one. */
export function useImportUrl() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) => api.post<{ clippings: ImportedClipping[] }>('/press/clippings/fetch', { url }).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

export const isPressOfficer = (roles: readonly string[] | undefined) => Boolean(roles?.some((r) => r === 'press_officer' || r === 'admin'));
export const canMonitor = (roles: readonly string[] | undefined) => Boolean(roles?.some((r) => r === 'press_officer' || r === 'admin' || r === 'secretariat'));
