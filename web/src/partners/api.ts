/** Writes of reference data about parties and chairmanships (admins; the server checks). Each refreshes what shows them. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ApplicationCreate, ChairmanshipCreate, ChairmanshipPatch, StatusCreate, StepCreate } from '../api/types';

function useReferenceWrite<I, O>(write: (input: I) => Promise<O>, keys: string[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all(keys.map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

export const useRecordStatus = (code: string) =>
  useReferenceWrite((input: StatusCreate) => api.post<{ ok: true }>(`/parties/${code}/statuses`, input), ['party', 'parties']);

export const useRemoveStatus = (code: string) => useReferenceWrite((id: number) => api.delete(`/parties/${code}/statuses/${id}`), ['party', 'parties']);

export const useCreateApplication = (code: string) =>
  useReferenceWrite((input: ApplicationCreate) => api.post<{ id: number }>(`/parties/${code}/applications`, input), ['party']);

export const useAddStep = (code: string) =>
  useReferenceWrite(
    ({ applicationId, ...input }: StepCreate & { applicationId: number }) =>
      api.post<{ ok: true }>(`/parties/${code}/applications/${applicationId}/steps`, input),
    ['party', 'parties'],
  );

export const useCreateChairmanship = () => useReferenceWrite((input: ChairmanshipCreate) => api.post<{ ok: true }>('/chairmanships', input), ['chairmanships']);

export const useUpdateChairmanship = () =>
  useReferenceWrite(({ year, ...patch }: ChairmanshipPatch & { year: number }) => api.patch<{ ok: true }>(`/chairmanships/${year}`, patch), ['chairmanships']);
