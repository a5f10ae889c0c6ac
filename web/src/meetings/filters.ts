/** Calendar filters live in the URL query: ?year=2020&series=AMM&level=&format=&cluster=. */
import type { MeetingFilters } from '../api/queries';

export const filterNames = ['year', 'series', 'level', 'format', 'cluster'] as const;
export type FilterName = (typeof filterNames)[number];

/** The chairmanship years the calendar offers; '' means all. */
export const filterYears = ['2020', '2021'] as const;

export function readFilters(params: URLSearchParams): MeetingFilters {
  const filters: MeetingFilters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value !== null && value !== '') filters[name] = value;
  }
  return filters;
}

/** A copy of the query with one parameter set, or removed when empty ('view' is the calendar view, 'zone' whose clock it shows). */
export function withFilter(params: URLSearchParams, name: FilterName | 'view' | 'zone', value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

export function hasFilters(filters: MeetingFilters): boolean {
  return Object.keys(filters).length > 0;
}

/** Briefings belong to no series, level, format or cluster: the calendar shows them only when none of those is chosen. */
export function showsBriefings(filters: MeetingFilters): boolean {
  return !filters.series && !filters.level && !filters.format && !filters.cluster;
}
