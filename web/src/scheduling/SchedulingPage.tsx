/** Scheduling home: the clusters to schedule (and a new one), and the fairness ledger of a year in points and in people's hours. */
import { formatDate } from '../i18n/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClusters } from '../api/queries';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { useLedger } from './api';
import { YearPicker } from './YearPicker';
import { EChart } from '../charts/EChart';
import { LedgerBands } from './LedgerBands';
import { StaffOnly } from './StaffOnly';
import './scheduling.css';

export function SchedulingPage() {
  return (
    <StaffOnly>
      <SchedulingHome />
    </StaffOnly>
  );
}

function SchedulingHome() {
  const { t } = useTranslation('scheduling');
  const clusters = useClusters();
  const [year, setYear] = useState(2020);
  const years = [...new Set([2020, ...(clusters.data ?? []).map((c) => Number(c.startsOn.slice(0, 4)))])].sort();
  return (
    <article>
      <header className="page-heading">
        <h1>{t('home.title')}</h1>
      </header>
      <p>
        <Link className="button" to="/schedule/feeds" data-testid="feeds-link">
          {t('home.feeds')}
        </Link>{' '}
        <Link className="button button-primary" to="/clusters/new" data-testid="new-cluster">
          {t('home.newCluster')}
        </Link>
      </p>
      <section className="card">
        <h2>{t('home.clusters')}</h2>
        {clusters.isPending && <Loading />}
        {clusters.isError && <ErrorState error={clusters.error} />}
        <ul className="plain" data-testid="schedule-clusters">
          {clusters.data?.map((c) => (
            <li key={c.id}>
              <Link to={`/clusters/${c.id}/schedule`}>
                <Picked of={c} field="title" />
              </Link>{' '}
              <span className="muted small">
                {formatDate(c.startsOn)} – {formatDate(c.endsOn)}
              </span>{' '}
              <Link className="small" to={`/clusters/${c.id}/edit`} data-testid={`edit-cluster-${c.id}`}>
                {t('home.edit')}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <div className="section-heading">
          <h2>{t('ledger.heading')}</h2>
          <YearPicker years={years} value={year} onChange={setYear} testId="ledger-year" />
        </div>
        <p className="hint">{t('ledger.hint')}</p>
        <LedgerChart year={year} />
        <LedgerBands year={year} />
      </section>
    </article>
  );
}

function LedgerChart({ year }: { year: number }) {
  const { t, i18n } = useTranslation('scheduling');
  const ledger = useLedger(year);
  if (ledger.isPending) return <Loading />;
  if (ledger.isError) return <ErrorState error={ledger.error} />;
  const rows = ledger.data.delegations;
  if (rows.length === 0)
    return (
      <p className="muted" data-testid="ledger-empty">
        {t('ledger.empty')}
      </p>
    );
  const clusters = [...new Map(rows.flatMap((r) => r.clusters).map((c) => [c.clusterId, c])).values()];
  const lang = i18n.resolvedLanguage === 'vi' ? 'vi' : 'en';
  const nameOf = (c: (typeof clusters)[number]) => (lang === 'vi' ? c.titleVi : c.titleEn);
  // The clusters' names are long: they are listed under the chart as text that wraps
  // (ECharts' own legend cut them at a phone's width), each beside its bars' colour.
  const colourOf = (i: number) => LEDGER_COLOURS[i % LEDGER_COLOURS.length]!;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 60, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.partyCode), axisLabel: { rotate: 60 } },
    yAxis: { type: 'value', name: t('ledger.axis') },
    series: clusters.map((c, i) => ({
      name: nameOf(c),
      type: 'bar',
      stack: 'burden',
      itemStyle: { color: colourOf(i) },
      data: rows.map((r) => r.clusters.find((x) => x.clusterId === c.clusterId)?.burden ?? 0),
    })),
  };
  return (
    <div data-testid="ledger-chart">
      <EChart option={option} height={360} />
      <ul className="chart-legend small" aria-label={t('ledger.legend')} data-testid="ledger-legend">
        {clusters.map((c, i) => (
          <li key={c.clusterId}>
            <span className="chart-swatch" style={{ background: colourOf(i) }} aria-hidden="true" /> {nameOf(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** ECharts' own first colours, set on the bars so that the legend under the chart shows the same. */
const LEDGER_COLOURS = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];
