/**
 * One page of the registry in a TanStack table. Sorting and paging are done
 * by the server: the table only shows the page and reports what was clicked.
 */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { SortableHead } from '../layout/SortableHead';
import type { DocumentPage, DocumentSummary } from './api';
import { ResultTitle, SimilarBadge, Snippet, StatusBadge } from './parts';
import { pageSizes, sortableColumns } from './registryView';
import { ScrollRegion } from '../layout/ScrollRegion';

const column = createColumnHelper<DocumentSummary>();

export function RegistryTable(props: {
  page: DocumentPage;
  pageIndex: number;
  pageSize: number;
  sorting: SortingState;
  loading: boolean;
  onSortingChange: (sorting: SortingState) => void;
  onPageChange: (pageIndex: number) => void;
  onPageSizeChange: (size: number) => void;
}) {
  const { t } = useTranslation('documents');
  const lang = currentLanguage();
  const columns = useMemo(
    () => [
      column.accessor('referenceCode', {
        id: 'reference',
        header: () => t('registry.reference'),
        cell: (c) => <span className="nowrap">{c.getValue()}</span>,
      }),
      column.accessor((d) => pick(d, 'title', lang), {
        id: 'title',
        header: () => t('registry.docTitle'),
        cell: ({ row: { original: d } }) => (
          <>
            <Link to={`/documents/${d.id}`} data-testid="document-link">
              <ResultTitle document={d} />
            </Link>
            {d.match === 'similar' && <SimilarBadge />}
            {d.snippet && <Snippet text={d.snippet} />}
          </>
        ),
      }),
      column.accessor((d) => pick(d.meeting, 'title', lang), { id: 'meeting', header: () => t('registry.meeting') }),
      column.accessor('proposers', { header: () => t('registry.proposers'), enableSorting: false, cell: (c) => c.getValue().join(', ') }),
      column.accessor('status', { id: 'status', header: () => t('registry.status'), cell: (c) => <StatusBadge status={c.getValue()} /> }),
    ],
    [t, lang],
  );
  const pageCount = Math.max(1, Math.ceil(props.page.total / props.pageSize));
  const table = useReactTable({
    data: props.page.documents,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (d) => String(d.id),
    manualSorting: true,
    manualPagination: true,
    pageCount,
    enableSortingRemoval: true,
    sortDescFirst: false,
    state: { sorting: props.sorting, pagination: { pageIndex: props.pageIndex, pageSize: props.pageSize } },
    onSortingChange: (updater) => props.onSortingChange(typeof updater === 'function' ? updater(props.sorting) : updater),
    onPaginationChange: (updater) => {
      const current = { pageIndex: props.pageIndex, pageSize: props.pageSize };
      const next = typeof updater === 'function' ? updater(current) : updater;
      if (next.pageSize !== current.pageSize) props.onPageSizeChange(next.pageSize);
      else props.onPageChange(next.pageIndex);
    },
  });
  const first = props.pageIndex * props.pageSize + 1;
  const last = Math.min(props.page.total, first + props.page.documents.length - 1);

  return (
    <>
      <ScrollRegion label={t('registry.title')}>
        <table className="table registry" aria-busy={props.loading} data-testid="registry-table">
          <SortableHead table={table} sortable={(c) => sortableColumns.includes(c.id) && c.getCanSort()} />
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id} data-testid="document-row">
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className={c.column.id === 'meeting' ? 'muted' : undefined}>
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav className="pager" aria-label={t('registry.pages')}>
        <p className="muted" data-testid="page-range">
          {t('registry.range', { first, last, total: props.page.total })}
        </p>
        <div className="pager-buttons">
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => table.firstPage()}
            disabled={!table.getCanPreviousPage()}
            aria-label={t('registry.firstPage')}
          >
            «
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
            data-testid="page-previous"
          >
            ‹ {t('registry.previous')}
          </button>
          <span className="pager-where" data-testid="page-number">
            {t('registry.page', { page: props.pageIndex + 1, pages: pageCount })}
          </span>
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
            data-testid="page-next"
          >
            {t('registry.next')} ›
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => table.lastPage()}
            disabled={!table.getCanNextPage()}
            aria-label={t('registry.lastPage')}
          >
            »
          </button>
          <label className="pager-size">
            {t('registry.pageSize')}{' '}
            <select value={props.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))} data-testid="page-size">
              {pageSizes.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
      </nav>
    </>
  );
}
