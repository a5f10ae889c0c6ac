/**
 * What a first visit needs, asked for as soon as the app's code runs:
 * while the language and the page's own code are still on their way, the
 * page's data is too, so the page renders once, with its data, instead of
 * rendering, then asking, then rendering again. Each read is the query the
 * page's hook makes (same key and function): the page finds it in the cache.
 *
 * Only the most visited pages are listed (the calendar is the home page, the
 * registry the most used list); every other page asks when it renders, as before.
 */
import type { QueryClient } from '@tanstack/react-query';
import { briefingsQuery, chairmanshipsQuery, clustersQuery, meetingsQuery, partiesQuery, seriesQuery } from './api/queries';
import { sessionQuery } from './auth/session';
import { documentsQuery } from './documents/api';
import { readView } from './documents/registryView';
import { readFilters, showsBriefings } from './meetings/filters';

type Read = Parameters<QueryClient['prefetchQuery']>[0];

interface Preload {
  /** The page's chunk (the same import as its route's, so it is fetched once). */
  code: () => Promise<unknown>;
  /** The reads its first render makes, from the address's query. */
  data: (params: URLSearchParams) => Read[];
}

const preloads: Record<string, Preload> = {
  '/': {
    code: () => import('./meetings/CalendarPage'),
    data: (params) => {
      const filters = readFilters(params);
      return [meetingsQuery(filters), ...(showsBriefings(filters) ? [briefingsQuery] : []), partiesQuery, seriesQuery, clustersQuery] as Read[];
    },
  },
  '/documents': {
    code: () => import('./documents/RegistryPage'),
    // The meeting filter lists every meeting.
    data: (params) => [documentsQuery(readView(params).filters), partiesQuery, meetingsQuery({})] as Read[],
  },
};

/** Starts the reads every page makes (who is reading, the footer's chairmanships) and those of the page at `location`. */
export function preload(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  const page = preloads[location.pathname];
  if (page) void page.code().catch(() => undefined); // the route's own import reports a failure
  const reads: Read[] = [sessionQuery as Read, chairmanshipsQuery as Read, ...(page?.data(new URLSearchParams(location.search)) ?? [])];
  for (const read of reads) void client.prefetchQuery(read);
}
