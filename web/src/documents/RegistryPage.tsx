/**
 * The document registry: search and filters, one page of documents sorted
 * and cut by the server, and documents per summit. The whole view is in the
 * URL, so a link reproduces it.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useParties } from '../api/queries';
import { useUser } from '../auth/session';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { WhenNear } from '../layout/WhenNear';
import { documentStatuses, documentTypes, pillars, useDocuments } from './api';
import { MeetingPicker } from './pickers';
import { readView, writeView } from './registryView';
import { RegistryTable } from './RegistryTable';
import { SimilarHint } from './parts';

// echarts is large: load it with the chart only, when the chart (below the list) comes near the screen.
const SummitChart = lazy(() => import('./SummitChart').then((m) => ({ default: m.SummitChart })));

const years = [2019, 2020, 2021, 2022];

export function RegistryPage() {
  const { t } = useTranslation('documents');
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const { filters } = view;
  const documents = useDocuments(filters);
  const parties = useParties();
  const user = useUser();
  const canRegister = !!user?.roles.some((r) => ['admin', 'secretariat', 'ministry_focal_point'].includes(r));
  const change = (c: Parameters<typeof writeView>[1]) => setParams(writeView(params, c, currentLanguage()), { replace: !c.page });
  const set = (name: string, value: string) => change({ filter: [name, value] });
  const filtered = ['q', 'type', 'status', 'pillar', 'year', 'meeting', 'proposer'].some((n) => params.get(n));

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
            key={filters.q ?? ''}
            type="search"
            defaultValue={filters.q ?? ''}
            placeholder={t('registry.searchPlaceholder')}
            data-testid="document-search"
            onKeyDown={(e) => e.key === 'Enter' && set('q', e.currentTarget.value.trim())}
            onBlur={(e) => e.currentTarget.value.trim() !== (filters.q ?? '') && set('q', e.currentTarget.value.trim())}
          />
        </label>
        <Select
          label={t('registry.status')}
          value={filters.status}
          all={t('registry.allStatuses')}
          onChange={(v) => set('status', v)}
          options={documentStatuses.map((s) => [s, t(`status.${s}`)])}
          testId="filter-status"
        />
        <Select
          label={t('document.type')}
          value={filters.type}
          all={t('registry.allTypes')}
          onChange={(v) => set('type', v)}
          options={documentTypes.map((s) => [s, t(`type.${s}`)])}
          testId="filter-type"
        />
        <Select
          label={t('document.pillar')}
          value={filters.pillar}
          all={t('registry.allPillars')}
          onChange={(v) => set('pillar', v)}
          options={pillars.map((s) => [s, t(`pillar.${s}`)])}
        />
        <Select
          label={t('registry.year')}
          value={filters.year}
          all={t('registry.allYears')}
          onChange={(v) => set('year', v)}
          options={years.map((y) => [String(y), String(y)])}
        />
        <Select
          label={t('registry.proposers')}
          value={filters.proposer}
          all={t('registry.allProposers')}
          onChange={(v) => set('proposer', v)}
          options={(parties.data ?? []).map((p) => [p.code, `${pick(p, 'name')} (${p.code})`])}
          className="field-proposer"
        />
        <MeetingPicker
          label={t('registry.meeting')}
          value={filters.meeting ?? ''}
          blank={t('registry.allMeetings')}
          onChange={(v) => set('meeting', v)}
          testId="filter-meeting"
        />
        {filtered && (
          <button type="button" className="button button-ghost filters-clear" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('registry.clear')}
          </button>
        )}
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
          <SimilarHint page={documents.data} onSearch={(q) => set('q', q)} />
          {documents.data.total === 0 ? (
            <p data-testid="no-documents">{t('registry.none')}</p>
          ) : (
            <RegistryTable
              page={documents.data}
              pageIndex={view.pageIndex}
              pageSize={view.pageSize}
              sorting={view.sorting}
              loading={documents.isPlaceholderData}
              onSortingChange={(sorting) => change({ sorting })}
              onPageChange={(page) => change({ page })}
              onPageSizeChange={(size) => change({ size })}
            />
          )}
        </section>
      )}
      {/* Placed once the list is there, so that it starts below it. */}
      {documents.data && (
        <WhenNear>
          <Suspense fallback={null}>
            <SummitChart />
          </Suspense>
        </WhenNear>
      )}
    </section>
  );
}

function Select(props: {
  label: string;
  value: string | undefined;
  all: string;
  options: string[][];
  onChange: (v: string) => void;
  testId?: string;
  className?: string;
}) {
  return (
    <label className={`field ${props.className ?? ''}`}>
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
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
