/** The daily programme's call (public; the server decides what the reader may see). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { JournalDay } from '../../../src/server/journal/schemas';

export type { JournalDay, JournalDecision, JournalMeeting } from '../../../src/server/journal/schemas';

/** `zone` left out: the server takes a signed-in reader's profile zone. */
export function journalQuery(date: string | undefined, zone: string | undefined): string {
  const params = new URLSearchParams();
  if (date) params.set('date', date);
  if (zone) params.set('zone', zone);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const useJournal = (date: string | undefined, zone: string | undefined) =>
  useQuery({
    queryKey: ['journal', date ?? 'today', zone ?? 'profile'],
    queryFn: () => api.get<JournalDay>(`/journal${journalQuery(date, zone)}`),
    placeholderData: keepPreviousData,
  });
