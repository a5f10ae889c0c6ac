/**
 * Media monitoring's calls beyond import: a clipping to read and correct,
 * the watched sources, the daily press review and its distribution list.
 * Shapes come from the server's zod schemas, dates as the JSON strings they travel as.
 */
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { clippingDetail, clippingSummary, monitorSource } from '../../../src/server/press/monitoring/schemas';
import type { recipientView, reviewView } from '../../../src/server/press/monitoring/review-schemas';
import { api, query } from '../api/client';

/** A server answer as JSON carries it: instants as ISO strings. */
type Wire<T> = T extends Date ? string : T extends Array<infer U> ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export type ClippingSummary = Wire<z.infer<typeof clippingSummary>>;
export type ClippingDetail = Wire<z.infer<typeof clippingDetail>>;
export type MonitorSource = Wire<z.infer<typeof monitorSource>>;
export type Review = Wire<z.infer<typeof reviewView>>;
export type ReviewItem = Review['items'][number];
export type Recipient = z.infer<typeof recipientView>;

export interface Correction {
  headline?: string;
  published?: { day: string; time: string | null; zone?: string } | null;
  author?: string | null;
  body?: string;
  meetingIds?: number[];
  personIds?: number[];
}

export const useClipping = (id: number) => useQuery({ queryKey: ['press', 'clipping', id], queryFn: () => api.get<ClippingDetail>(`/press/clippings/${id}`) });

export const useClippingList = (filters: { meetingId?: number | null; q?: string; day?: string }) =>
  useQuery({
    queryKey: ['press', 'clippings', filters],
    queryFn: () => api.get<{ clippings: ClippingSummary[] }>(`/press/clippings${query(filters)}`).then((r) => r.clippings),
  });

export function useCorrectClipping(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (correction: Correction) => api.patch<ClippingDetail>(`/press/clippings/${id}`, correction),
    onSuccess: (detail) => {
      client.setQueryData(['press', 'clipping', id], detail);
      void client.invalidateQueries({ queryKey: ['press', 'clippings'] });
    },
  });
}

export function useUploadPage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, signal }: { file: File; signal?: AbortSignal }) =>
      api.upload<{ clippings: (ClippingSummary & { duplicate: boolean })[] }>('/press/clippings/upload', file, signal).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

const sourcesKey = ['press', 'sources'] as const;
export const useSources = () =>
  useQuery({ queryKey: sourcesKey, queryFn: () => api.get<{ sources: MonitorSource[] }>('/press/sources').then((r) => r.sources) });

export function useAddSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: MonitorSource['kind']; url: string; name: string; intervalMinutes: number }) =>
      api.post<MonitorSource>('/press/sources', input),
    onSuccess: () => client.invalidateQueries({ queryKey: sourcesKey }),
  });
}

export function useUpdateSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: number; active?: boolean; intervalMinutes?: number; name?: string }) =>
      api.patch<MonitorSource>(`/press/sources/${id}`, change),
    onSuccess: () => client.invalidateQueries({ queryKey: sourcesKey }),
  });
}

export function usePollSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<MonitorSource>(`/press/sources/${id}/poll`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

const reviewKey = (day: string) => ['press', 'review', day] as const;
export const useReview = (day: string) => useQuery({ queryKey: reviewKey(day), queryFn: () => api.get<Review>(`/press/reviews/${day}`) });

export interface ReviewItemInput {
  clippingId: number;
  meetingId: number | null;
  topic: string | null;
  summaryVi: string;
  summaryEn: string;
}

export function useSaveReview(day: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { introVi: string; introEn: string; items: ReviewItemInput[] }) => api.put<Review>(`/press/reviews/${day}`, input),
    onSuccess: (review) => client.setQueryData(reviewKey(day), review),
  });
}

export function useSendReview(day: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ recipients: number; sentAt: string }>(`/press/reviews/${day}/send`),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewKey(day) }),
  });
}

export const reviewExportUrl = (day: string, format: 'docx' | 'pdf', lang: 'vi' | 'en') => `/api/press/reviews/${day}/export${query({ format, lang })}`;

const recipientsKey = ['press', 'review-recipients'] as const;
export const useRecipients = () =>
  useQuery({ queryKey: recipientsKey, queryFn: () => api.get<{ recipients: Recipient[] }>('/press/review-recipients').then((r) => r.recipients) });

export function useAddRecipient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Recipient, 'id'>) => api.post<Recipient>('/press/review-recipients', input),
    onSuccess: () => client.invalidateQueries({ queryKey: recipientsKey }),
  });
}

export function useRemoveRecipient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/press/review-recipients/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: recipientsKey }),
  });
}
