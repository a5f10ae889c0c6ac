/**
 * The registry's view (filters, order, page) lives in the URL, so a link
 * reproduces it. These turn the URL's parameters into the API's and back.
 */
import type { DocumentFilters } from './api';

export const filterNames = ['q', 'type', 'status', 'pillar', 'year', 'meeting', 'proposer'] as const;
export const pageSizes = [25, 50, 100] as const;
export const defaultPageSize = 50;

export type Language = 'en' | 'vi';

/** Table columns the server can sort on, and the API's name for each. */
const sortOfColumn: Record<string, (lang: Language) => string> = {
  reference: () => 'reference',
  title: (lang) => (lang === 'vi' ? 'title_vi' : 'title_en'),
  meeting: () => 'meeting',
  status: () => 'status',
};

export interface RegistryView {
  filters: DocumentFilters;
  /** 0-based, as TanStack Table counts; the URL shows it from 1. */
  pageIndex: number;
  pageSize: number;
  sorting: Array<{ id: string; desc: boolean }>;
}

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function readView(params: URLSearchParams): RegistryView {
  const filters: DocumentFilters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const size = positive(params.get('size'), defaultPageSize);
  const pageSize = (pageSizes as readonly number[]).includes(size) ? size : defaultPageSize;
  const pageIndex = positive(params.get('page'), 1) - 1;
  const sort = params.get('sort');
  const desc = params.get('dir') === 'desc';
  const column = Object.keys(sortOfColumn).find((c) => sort && (sort === c || (c === 'title' && sort.startsWith('title_'))));
  return {
    filters: { ...filters, ...(sort ? { sort } : {}), ...(desc ? { dir: 'desc' } : {}), limit: pageSize, offset: pageIndex * pageSize },
    pageIndex,
    pageSize,
    sorting: column ? [{ id: column, desc }] : [],
  };
}

/** The URL after a change: a new filter or order goes back to the first page. */
export function writeView(
  params: URLSearchParams,
  change: { filter?: [string, string]; page?: number; size?: number; sorting?: Array<{ id: string; desc: boolean }> },
  lang: Language,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  if (change.filter) {
    set(change.filter[0], change.filter[1]);
    next.delete('page');
  }
  if (change.sorting) {
    const [first] = change.sorting;
    const sort = first ? sortOfColumn[first.id]?.(lang) : undefined;
    set('sort', sort ?? null);
    set('dir', sort && first?.desc ? 'desc' : null);
    next.delete('page');
  }
  if (change.size !== undefined) {
    set('size', change.size === defaultPageSize ? null : String(change.size));
    next.delete('page');
  }
  if (change.page !== undefined) set('page', change.page > 0 ? String(change.page + 1) : null);
  return next;
}

export const sortableColumns = Object.keys(sortOfColumn);
