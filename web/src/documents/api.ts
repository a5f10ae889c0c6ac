/** Types and queries of the documents API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/client';

// The server's vocabulary, imported as it is: one list for both sides.
export { documentStatuses, documentTypes, pillars } from '../../../src/server/documents/vocabulary';

export interface MeetingRef {
  id: number;
  titleEn: string;
  titleVi: string;
  startsAt: string;
}
export interface PartyRef {
  id: number;
  code: string;
  nameEn: string;
  nameVi: string;
}
export interface DocumentSummary {
  id: number;
  referenceCode: string;
  titleEn: string;
  titleVi: string;
  type: string;
  pillar: string;
  status: string;
  intendedAction: string;
  finalAction: string | null;
  confidentiality: string;
  meeting: MeetingRef;
  proposers: string[];
  /** HTML-escaped text with hits in <mark>; parsed by markedParts, never rendered as HTML. */
  snippet: string | null;
  /** 'similar': found by its title resembling a misspelled query. */
  match: 'text' | 'similar' | null;
  highlight: { titleEn: string; titleVi: string } | null;
}
export interface DocumentList {
  total: number;
  documents: DocumentSummary[];
  /** "Did you mean": the query spelled as in the most similar title. */
  suggestion: string | null;
}
export interface Version {
  id: number;
  number: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  textExtractable: boolean;
  uploadedBy: string | null;
  uploadedAt: string;
}
export interface Step {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  actor: string | null;
  meeting: MeetingRef | null;
  objector: PartyRef | null;
  comment: string | null;
  occurredAt: string;
}
export interface DocumentDetail extends DocumentSummary {
  leadBodyEn: string | null;
  leadBodyVi: string | null;
  finalActionReason: string | null;
  embargoUntil: string | null;
  proposerParties: PartyRef[];
  related: Array<{ id: number; referenceCode: string; titleEn: string; titleVi: string }>;
  versions: Version[];
  timeline: Step[];
  silence: { deadline: string; byDelegation: Array<{ party: PartyRef; timeZone: string; localDeadline: string }> } | null;
  allowedTransitions: string[];
}
export interface OutcomeList {
  meeting: MeetingRef;
  total: number;
  groups: Array<{ action: string; type: string; count: number; documents: Array<{ id: number; referenceCode: string; titleEn: string; titleVi: string }> }>;
}
export interface DocumentFilters {
  q?: string;
  type?: string;
  status?: string;
  pillar?: string;
  year?: string;
  meeting?: string;
}

export const useDocuments = (f: DocumentFilters) =>
  useQuery({
    queryKey: ['documents', f],
    queryFn: () => api.get<DocumentList>(`/documents${query({ ...f, limit: 200 })}`),
  });

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

export interface TransitionInput {
  to: string;
  comment?: string | null;
  reason?: string | null;
  silenceDeadline?: string | null;
  objectorPartyId?: number | null;
  deferToMeetingId?: number | null;
}

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
