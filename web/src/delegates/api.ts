/** Types and calls of the delegate accreditation API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, fetchSession, query } from '../api/client';
import type * as schemas from '../../../src/server/press/delegates/schemas';
import type { Answer } from '../api/wire';

export type Nomination = Answer<typeof schemas.nominationView>;
export type MeetingSeats = Answer<typeof schemas.meetingSeats>;
export type DelegationOverview = Answer<typeof schemas.delegationOverview>;
export type Quotas = Answer<typeof schemas.quotasView>;
export type NominationStatus = Nomination['status'];
export type DelegateRole = Nomination['role'];
export type QuotaLevel = MeetingSeats['quotaLevel'];
export const quotaLevels = ['leaders', 'ministerial', 'senior_officials', 'other'] as const satisfies readonly QuotaLevel[];

export interface NominationFilters {
  partyId?: number | null;
  meetingId?: number | null;
  status?: NominationStatus | null;
}

const KEY = 'delegates';

export const useDelegation = (partyId: number | null, enabled = true) =>
  useQuery({
    queryKey: [KEY, 'delegation', partyId],
    enabled,
    queryFn: () => api.get<DelegationOverview>(`/delegates/delegation${query({ partyId })}`),
  });

export const useNominations = (filters: NominationFilters) =>
  useQuery({
    queryKey: [KEY, 'nominations', filters],
    queryFn: () => api.get<{ nominations: Nomination[] }>(`/delegates/nominations${query({ ...filters })}`).then((r) => r.nominations),
  });

export const useQuotas = () => useQuery({ queryKey: [KEY, 'quotas'], queryFn: () => api.get<Quotas>('/delegates/quotas') });

/** Nominations and substitutions go as multipart (they may carry a photo), with the CSRF header. */
async function sendForm<T>(path: string, form: FormData): Promise<T> {
  const { csrfToken } = await fetchSession();
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => ({}))) as T;
  if (!response.ok) throw new ApiError(response.status, body as never);
  return body;
}

function useInvalidating<A, T>(run: (args: A) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }) });
}

export const useNominate = () => useInvalidating((form: FormData) => sendForm<Nomination>('/delegates/nominations', form));

export const useSubstitute = () =>
  useInvalidating(({ id, form }: { id: number; form: FormData }) => sendForm<Nomination>(`/delegates/nominations/${id}/substitute`, form));

export const useDecide = () =>
  useInvalidating(({ id, decision, reason }: { id: number; decision: 'approve' | 'reject'; reason?: string }) =>
    api.post<Nomination>(`/delegates/nominations/${id}/decision`, { decision, reason }),
  );

export const useWithdraw = () => useInvalidating((id: number) => api.post<Nomination>(`/delegates/nominations/${id}/withdraw`, {}));

export const useSetLevelQuota = () =>
  useInvalidating(({ level, members }: { level: QuotaLevel; members: number }) => api.put<Quotas>(`/delegates/quotas/${level}`, { members }));

export const useSetOverride = () =>
  useInvalidating((o: { partyId: number; meetingId: number; members: number }) => api.put<Quotas>('/delegates/quota-overrides', o));

export const useRemoveOverride = () =>
  useInvalidating(({ partyId, meetingId }: { partyId: number; meetingId: number }) => api.delete(`/delegates/quota-overrides/${partyId}/${meetingId}`));

export const badgeUrl = (id: number) => `/api/delegates/nominations/${id}/badge.pdf`;
export const photoUrl = (id: number) => `/api/delegates/nominations/${id}/photo`;

export const isSecretariat = (roles: readonly string[] | undefined) => Boolean(roles?.some((r) => r === 'admin' || r === 'secretariat'));
export const isLiaison = (roles: readonly string[] | undefined) => Boolean(roles?.includes('delegation_liaison'));
