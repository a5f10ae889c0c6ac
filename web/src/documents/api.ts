/** Types and queries of the documents API. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/client';
import type { StoredText, StructuredText, TextLanguage } from '../../../src/server/documents/text-structure';
import type { ImportWarning } from '../../../src/server/documents/docx-structure';

// The server's vocabulary, imported as it is: one list for both sides.
export { confidentialities, documentStatuses, documentTypes, outcomeActions, pillars } from '../../../src/server/documents/vocabulary';
export type { MetadataField } from '../../../src/server/documents/metadata';

// The shapes the server answers with, from its zod schemas: one definition for both sides.
import type { z } from 'zod';
import type { DocumentDetail, DocumentListView, DocumentPatchInput, DocumentSummary, OutcomeList, transitionBody } from '../../../src/server/documents/schemas';
export type { DocumentDetail, DocumentSummary, OutcomeList };
export type { StructuredText, TextLanguage };
export type MeetingRef = DocumentSummary['meeting'];
export type PartyRef = DocumentDetail['proposerParties'][number];
export type Version = DocumentDetail['versions'][number];
export type Step = DocumentDetail['timeline'][number];
export type Edit = DocumentDetail['edits'][number];
export type DeliverableRef = DocumentDetail['relatedDeliverables'][number];

export interface DocumentFilters {
  q?: string;
  type?: string;
  status?: string;
  pillar?: string;
  year?: string;
  meeting?: string;
  proposer?: string;
  sort?: string;
  dir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}
/** A page of results; `suggestion` is "did you mean": the query spelled as in the most similar title. */
export type DocumentPage = DocumentListView;

export const documentsQuery = (f: DocumentFilters) =>
  queryOptions({ queryKey: ['documents', f], queryFn: () => api.get<DocumentPage>(`/documents${query({ ...f })}`) });

/** One page of the registry; the previous page stays on screen while the next loads. */
export const useDocuments = (f: DocumentFilters) => useQuery({ ...documentsQuery(f), placeholderData: keepPreviousData });

export const useDocument = (id: string | undefined) =>
  useQuery({ queryKey: ['document', id], queryFn: () => api.get<DocumentDetail>(`/documents/${id}`), enabled: !!id });

export const useOutcomes = (meetingId: string | undefined) =>
  useQuery({ queryKey: ['outcomes', meetingId], queryFn: () => api.get<OutcomeList>(`/meetings/${meetingId}/outcomes`), enabled: !!meetingId });

export const useSummits = () =>
  useQuery({
    queryKey: ['documents-summits'],
    queryFn: () => api.get<{ summits: Array<{ meeting: MeetingRef; count: number; record: boolean }> }>('/documents/summits'),
  });

export const useDiff = (id: number, from: number | null, to: number | null) =>
  useQuery({
    queryKey: ['document-diff', id, from, to],
    queryFn: () => api.get<{ parts: Array<{ value: string; added: boolean; removed: boolean }> }>(`/documents/${id}/diff${query({ from, to })}`),
    enabled: from !== null && to !== null && from !== to,
  });

/** A status change as the server takes it (instants as ISO strings). */
export type TransitionInput = z.input<typeof transitionBody>;

function useDocumentMutation<T>(id: number, fn: (input: T) => Promise<DocumentDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (detail) => {
      client.setQueryData(['document', String(id)], detail);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'documents' || q.queryKey[0] === 'outcomes' });
    },
  });
}

/** A change of registry facts: only the fields given change; `expectedUpdatedAt` guards against overwriting someone else's. */
export type DocumentEdit = Omit<DocumentPatchInput, 'referenceCode' | 'status'>;

/** The committee's deliverables, to choose those a document serves (committee readers only). */
export const useDeliverableOptions = (enabled: boolean) =>
  useQuery({
    queryKey: ['deliverables', 'options'],
    queryFn: () => api.get<{ deliverables: Array<DeliverableRef & { year: number; parentId: number | null }> }>('/deliverables'),
    select: (data) => data.deliverables,
    enabled,
    staleTime: 60_000,
  });

export const useEditDocument = (id: number) => useDocumentMutation(id, (input: DocumentEdit) => api.patch<DocumentDetail>(`/documents/${id}`, input));

export const useTransition = (id: number) =>
  useDocumentMutation(id, (input: TransitionInput) => api.post<DocumentDetail>(`/documents/${id}/transitions`, input));

/** Multipart upload; the JSON client does not do forms, so this sends the CSRF header itself. */
export const useUpload = (id: number) => useDocumentMutation(id, (file: File) => api.upload<DocumentDetail>(`/documents/${id}/versions`, file));

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Splits the server's marked text (HTML-escaped, hits in <mark>…</mark>: a
 * snippet or a title) into plain strings, entities decoded, to be rendered as
 * React text, never as HTML: whatever a document holds stays text.
 */
export function markedParts(marked: string): Array<{ text: string; hit: boolean }> {
  const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e]!);
  return marked
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((s) => (s.startsWith('<mark>') ? { text: decode(s.slice(6, -7)), hit: true } : { text: decode(s), hit: false }));
}

// Structured texts (preamble, numbered paragraphs, annexes) per language, and their DOCX import.

export const useDocumentTexts = (id: number) =>
  useQuery({ queryKey: ['document-texts', id], queryFn: () => api.get<{ texts: StoredText[]; editable: boolean }>(`/documents/${id}/texts`) });

function useTextMutation<I, O>(id: number, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['document-texts', id] }) });
}

export const useSaveText = (id: number, language: TextLanguage) =>
  useTextMutation(id, (text: StructuredText) => api.put<StoredText>(`/documents/${id}/texts/${language}`, text));

export const useImportText = (id: number, language: TextLanguage) =>
  useTextMutation(id, ({ file, signal }: { file: File; signal?: AbortSignal }) =>
    api.upload<StoredText & { warnings: ImportWarning[] }>(`/documents/${id}/texts/${language}/import`, file, signal),
  );
