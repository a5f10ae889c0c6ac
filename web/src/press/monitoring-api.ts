/**
 * Media monitoring's calls beyond import: a clipping to read and correct,
 * the watched sources, the daily press review and its distribution list.
 * Shapes are the server's zod schemas, after JSON (`Answer`).
 */
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as monitoring from '../../../src/server/press/monitoring/schemas';
import type * as review from '../../../src/server/press/monitoring/review-schemas';
import { api, query } from '../api/client';
import type { Answer } from '../api/wire';

export type ClippingSummary = Answer<typeof monitoring.clippingSummary>;
export type ClippingDetail = Answer<typeof monitoring.clippingDetail>;
export type ImportResult = Answer<typeof monitoring.importResult>;
export type MonitorSource = Answer<typeof monitoring.monitorSource>;
export type SourceCreate = z.input<typeof monitoring.sourceCreate>;
export type SourceUpdate = z.input<typeof monitoring.sourceUpdate>;
export type Review = Answer<typeof review.reviewView>;
export type ReviewSave = z.input<typeof review.reviewSave>;
export type ReviewItemInput = ReviewSave['items'][number];
export type ReviewSent = Answer<typeof review.reviewSent>;
export type Recipient = Answer<typeof review.recipientView>;
export type RecipientCreate = z.input<typeof review.recipientCreate>;
export type Correction = z.input<typeof monitoring.clippingCorrection>;

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
      api.upload<ImportResult>('/press/clippings/upload', file, signal).then((r) => r.clippings),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press'] }),
  });
}

const sourcesKey = ['press', 'sources'] as const;
export const useSources = () =>
  useQuery({ queryKey: sourcesKey, queryFn: () => api.get<{ sources: MonitorSource[] }>('/press/sources').then((r) => r.sources) });

export function useAddSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SourceCreate) => api.post<MonitorSource>('/press/sources', input),
    onSuccess: () => client.invalidateQueries({ queryKey: sourcesKey }),
  });
}

export function useUpdateSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: number } & SourceUpdate) => api.patch<MonitorSource>(`/press/sources/${id}`, change),
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

export function useSaveReview(day: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewSave) => api.put<Review>(`/press/reviews/${day}`, input),
    onSuccess: (review) => client.setQueryData(reviewKey(day), review),
  });
}

export function useSendReview(day: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReviewSent>(`/press/reviews/${day}/send`),
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
    mutationFn: (input: RecipientCreate) => api.post<Recipient>('/press/review-recipients', input),
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
