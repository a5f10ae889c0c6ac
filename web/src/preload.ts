/**
 * What a first visit needs, asked for as soon as the app's code runs:
 * while the language is on its way, so are the page's own code (whatever the
 * page: the route is matched here as App matches it) and, for the most
 * visited pages, its data. The page then renders once, with its data,
 * instead of rendering, then asking, then rendering again. Each read is the
 * query the page's hook makes (same key and function): the page finds it in
 * the cache.
 *
 * Data is read ahead only for the calendar (the home page) and the registry
 * (the most used list); every other page asks when it renders, as before.
 */
import type { QueryClient } from '@tanstack/react-query';
import { isValidElement } from 'react';
import { createRoutesFromChildren, matchRoutes } from 'react-router-dom';
import { routes, type LazyPage } from './App';
import { briefingsQuery, chairmanshipsQuery, clustersQuery, meetingsQuery, partiesQuery, seriesQuery } from './api/queries';
import { sessionQuery } from './auth/session';
import { documentsQuery } from './documents/api';
import { readView } from './documents/registryView';
import { readFilters, showsBriefings } from './meetings/filters';

type Read = Parameters<QueryClient['prefetchQuery']>[0];

/** The reads a page's first render makes, from the address's query. */
type Reads = (params: URLSearchParams) => Read[];

const preloads: Record<string, Reads> = {
  '/': (params) => {
    const filters = readFilters(params);
    return [meetingsQuery(filters), ...(showsBriefings(filters) ? [briefingsQuery] : []), partiesQuery, seriesQuery, clustersQuery] as Read[];
  },
  // The meeting filter lists every meeting.
  '/documents': (params) => [documentsQuery(readView(params).filters), partiesQuery, meetingsQuery({})] as Read[],
};

const routeObjects = createRoutesFromChildren(routes.props.children);

/** The lazily loaded page App renders at `pathname`, if any (the innermost route's element). */
function pageAt(pathname: string): LazyPage | null {
  const element = matchRoutes(routeObjects, pathname)?.at(-1)?.route.element;
  if (!isValidElement(element) || typeof element.type !== 'function' || !('preload' in element.type)) return null;
  return element.type as LazyPage;
}

/**
 * Starts the reads every page makes (who is reading, the footer's
 * chairmanships) and those of the page at `location`, and loads that page's
 * code. Resolves when the code is here (at once where no lazily loaded page
 * matches; after a failed load too: the page's own render then tries again
 * and reports it).
 */
export function preload(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): Promise<void> {
  const page = pageAt(location.pathname);
  const code = page
    ? page.preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
  const reads: Read[] = [sessionQuery as Read, chairmanshipsQuery as Read, ...(preloads[location.pathname]?.(new URLSearchParams(location.search)) ?? [])];
  for (const read of reads) void client.prefetchQuery(read);
  return code;
}
