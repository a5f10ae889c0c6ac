/** Readiness for the next big meeting: deliverables by status, tasks by body and status, what is late. */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Picked } from '../i18n/InLanguage';
import { formatNumber, formatPercent } from '../i18n/format';
import { pick } from '../i18n/pick';
import { Loading, PageError } from '../layout/QueryState';
import { useDashboard } from './api';
import { DocumentsPipelineChart } from './DocumentsPipelineChart';
import { EChart } from '../charts/EChart';
import { AsOfPicker, CommitteeNav, day, StatusBadge, TasksCard, useAsOf } from './parts';
import { deliverableStatuses, taskStatuses } from './types';
import { TableCard } from '../layout/TableCard';

const statusColours = { done: '#2e8b57', on_track: '#1b5a9b', at_risk: '#d89400', late: '#c0392b' };
const taskColours = { open: '#9aa5b4', in_progress: '#1b5a9b', done: '#2e8b57', cancelled: '#d0d4da' };

export function DashboardPage() {
  const { t, i18n } = useTranslation('committee');
  const [params] = useSearchParams();
  const meeting = params.get('meeting') ?? 'summit-37';
  const [asOf] = useAsOf();
  const dashboard = useDashboard(meeting, asOf);
  const lang = i18n.resolvedLanguage === 'vi' ? 'vi' : 'en';

  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) return <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;

  const pie = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        // No label for an empty slice: they would pile up on one spot.
        minShowLabelAngle: 1,
        data: deliverableStatuses.map((s) => ({ name: t(`status.${s}`), value: d.deliverablesByStatus[s], itemStyle: { color: statusColours[s] } })),
      },
    ],
  };
  const bodies = d.tasksByBody.map((b) => pick(b, 'name', lang));
  const bars = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: bodies, axisLabel: { width: 180, overflow: 'truncate' } },
    series: taskStatuses.map((s) => ({
      name: t(`taskStatus.${s}`),
      type: 'bar',
      stack: 'tasks',
      itemStyle: { color: taskColours[s] },
      data: d.tasksByBody.map((b) => b.counts[s]),
    })),
  };

  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('dashboard.eyebrow')}</p>
          <h1 data-testid="dashboard-title">{t('dashboard.title', { meeting: pick(d.meeting, 'title', lang) })}</h1>
        </div>
      </header>

      <div className={`as-of-banner as-of-${d.asOfRule}`} data-testid="as-of-banner">
        <div>
          <strong data-testid="as-of-day">{t('dashboard.asOf', { day: day(d.today) })}</strong>
          <span className="muted"> — {t(`dashboard.asOfRule.${d.asOfRule}`, { opened: day(d.today) })}</span>
        </div>
        <AsOfPicker shown={d.today} resetLabel={t('dashboard.asOfReset')} label={t('dashboard.pickDay')} />
      </div>

      <div className="committee-figures">
        {deliverableStatuses.map((s) => (
          <div key={s} className={`figure figure-${s}`} data-testid={`figure-${s}`}>
            <strong>{d.deliverablesByStatus[s]}</strong>
            <span>{t(`status.${s}`)}</span>
          </div>
        ))}
        <div className="figure figure-late" data-testid="figure-overdue-tasks">
          <strong>{formatNumber(d.overdueTasks.length)}</strong>
          <span>{t('dashboard.overdueTasks')}</span>
        </div>
      </div>

      <div className="committee-grid">
        <section className="card">
          <h2>{t('dashboard.deliverablesByStatus')}</h2>
          <EChart option={pie} height={280} testId="chart-deliverables" />
        </section>
        <section className="card">
          <h2>{t('dashboard.tasksByBody')}</h2>
          <EChart option={bars} height={Math.max(280, 40 * bodies.length + 60)} testId="chart-tasks" />
        </section>
      </div>

      <section className="card" data-testid="documents-pipeline">
        <h2>{t('dashboard.documentsPipeline')}</h2>
        <DocumentsPipelineChart pipeline={d.documentsPipeline} />
      </section>

      <TasksCard heading={t('dashboard.overdue')} tasks={d.overdueTasks} testId="overdue-tasks" />

      <TableCard heading={t('dashboard.deliverables')}>
        <table className="table" data-testid="dashboard-deliverables">
          <thead>
            <tr>
              <th>{t('deliverable')}</th>
              <th>{t('progress')}</th>
              <th>{t('nextDue')}</th>
              <th>{t('statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {d.deliverables.map((x) => (
              <tr key={x.id}>
                <td>
                  <Link to={`/committee/deliverables/${x.id}`}>
                    <Picked of={x} field="title" />
                  </Link>
                </td>
                <td>{formatPercent(x.progress / 100)}</td>
                <td>{day(x.nextDue)}</td>
                <td>
                  <StatusBadge status={x.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableCard>
    </article>
  );
}
