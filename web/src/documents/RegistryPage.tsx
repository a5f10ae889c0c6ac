/** The document registry: search and filters, the list, and documents per summit. */
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useUser } from '../auth/session';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { documentStatuses, documentTypes, pillars, useDocuments, type DocumentFilters, type DocumentSummary } from './api';
import { ResultTitle, SimilarBadge, SimilarHint, Snippet, StatusBadge } from './parts';

// echarts is large: load it with the chart only.
const SummitChart = lazy(() => import('./SummitChart').then((m) => ({ default: m.SummitChart })));

const filterNames = ['q', 'type', 'status', 'pillar', 'year', 'meeting'] as const;
const years = [2019, 2020, 2021, 2022];
const column = createColumnHelper<DocumentSummary>();

export function RegistryPage() {
  const { t, i18n } = useTranslation('documents');
  const [params, setParams] = useSearchParams();
  const filters: DocumentFilters = Object.fromEntries(filterNames.map((n) => [n, params.get(n) ?? undefined]).filter(([, v]) => v));
  const documents = useDocuments(filters);
  const user = useUser();
  const canRegister = !!user?.roles.some((r) => ['admin', 'secretariat', 'ministry_focal_point'].includes(r));
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const columns = useMemo(
    () => [
      column.accessor('referenceCode', { header: () => t('registry.reference'), cell: (c) => <span className="nowrap">{c.getValue()}</span> }),
      column.display({
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
      column.display({ id: 'meeting', header: () => t('registry.meeting'), cell: ({ row }) => pick(row.original.meeting, 'title') }),
      column.accessor('proposers', { header: () => t('registry.proposers'), cell: (c) => c.getValue().join(', ') }),
      column.accessor('status', { header: () => t('registry.status'), cell: (c) => <StatusBadge status={c.getValue()} /> }),
    ],
    // Titles are picked in the current language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.resolvedLanguage],
  );
  const table = useReactTable({ data: documents.data?.documents ?? [], columns, getCoreRowModel: getCoreRowModel() });

  return (
    <section>
      <header className="page-heading">
        <div>
          <h1>{t('registry.title')}</h1>
          <p className="muted">{t('registry.lead')}</p>
        </div>
        {canRegister && (
          <Link className="button button-primary" to="/documents/new" data-testid="new-document">
            {t('new.link')}
          </Link>
        )}
      </header>
      <div className="filters">
        <label className="field field-wide">
          <span>{t('registry.search')}</span>
          <input
            type="search"
            // A new query from elsewhere ("did you mean") replaces what was typed.
            key={filters.q ?? ''}
            defaultValue={filters.q ?? ''}
            placeholder={t('registry.searchPlaceholder')}
            data-testid="document-search"
            onKeyDown={(e) => e.key === 'Enter' && set('q', e.currentTarget.value.trim())}
            onBlur={(e) => set('q', e.currentTarget.value.trim())}
          />
        </label>
        <Select label={t('registry.status')} value={filters.status} all={t('registry.allStatuses')} onChange={(v) => set('status', v)}
          options={documentStatuses.map((s) => [s, t(`status.${s}`)])} />
        <Select label={t('document.type')} value={filters.type} all={t('registry.allTypes')} onChange={(v) => set('type', v)}
          options={documentTypes.map((s) => [s, t(`type.${s}`)])} />
        <Select label={t('document.pillar')} value={filters.pillar} all={t('registry.allPillars')} onChange={(v) => set('pillar', v)}
          options={pillars.map((s) => [s, t(`pillar.${s}`)])} />
        <Select label={t('registry.year')} value={filters.year} all={t('registry.allYears')} onChange={(v) => set('year', v)}
          options={years.map((y) => [String(y), String(y)])} />
      </div>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <section className="card">
          <p className="muted" data-testid="document-count">
            {t('registry.count', { count: documents.data.total })}
          </p>
          <SimilarHint list={documents.data} onSearch={(q) => set('q', q)} />
          {documents.data.total === 0 ? (
            <p data-testid="no-documents">{t('registry.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  {table.getHeaderGroups().map((g) => (
                    <tr key={g.id}>
                      {g.headers.map((h) => (
                        <th key={h.id}>{flexRender(h.column.columnDef.header, h.getContext())}</th>
                      ))}
                    </tr>
                  ))}
                </thead>
                <tbody>
                  {table.getRowModel().rows.map((r) => (
                    <tr key={r.id}>
                      {r.getVisibleCells().map((c) => (
                        <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <Suspense fallback={null}>
        <SummitChart />
      </Suspense>
    </section>
  );
}

function Select(props: { label: string; value: string | undefined; all: string; options: string[][]; onChange: (v: string) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.all}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
