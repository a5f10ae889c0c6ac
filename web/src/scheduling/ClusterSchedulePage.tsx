/**
 * Scheduling a cluster: run the optimizer, compare the proposal with the
 * current times, see each delegation's burden and why, accept or discard;
 * the slot finder for one meeting; calendar feeds per delegation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { canEditMeetings, useUser } from '../auth/session';
import { formatShortDate, formatTime, instantIn } from '../i18n/format';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { useAccept, useClusterSchedule, useOptimize, type ClusterView, type OptimizeAnswer, type SolverChoice } from './api';
import { BurdenTable } from './BurdenTable';
import { ConflictList } from './ConflictList';
import { FeedPanel } from './FeedPanel';
import { SlotFinder } from './SlotFinder';
import './scheduling.css';

export function ClusterSchedulePage() {
  const { id } = useParams();
  const { t } = useTranslation('scheduling');
  const cluster = useClusterSchedule(id);
  if (cluster.isPending) return <Loading />;
  if (cluster.isError) return <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />;
  return <ClusterSchedule cluster={cluster.data} key={cluster.data.id} title={t('title')} />;
}

function ClusterSchedule({ cluster, title }: { cluster: ClusterView; title: string }) {
  const { t } = useTranslation('scheduling');
  const user = useUser();
  const [solver, setSolver] = useState<SolverChoice>('auto');
  const [useLedger, setUseLedger] = useState(false);
  const [proposal, setProposal] = useState<OptimizeAnswer | null>(null);
  const [acceptedCount, setAcceptedCount] = useState<number | null>(null);
  const optimize = useOptimize(cluster.id);
  const accept = useAccept(cluster.id);
  const zone = cluster.hostTimeZone;
  const hostTime = (iso: string) => {
    const dt = instantIn(iso, zone);
    return `${formatShortDate(dt)} ${formatTime(dt)}`;
  };

  const run = () => {
    setAcceptedCount(null);
    optimize.mutate({ solver, useLedger }, { onSuccess: setProposal });
  };
  const doAccept = () => {
    if (!proposal) return;
    accept.mutate(proposal.result.starts, {
      onSuccess: (answer) => {
        setAcceptedCount(answer.moved);
        setProposal(null);
      },
    });
  };
  const result = proposal?.result;
  const feasible = result && result.objective !== null;

  return (
    <article className="schedule-page">
      <p className="breadcrumb">
        <Link to={`/?cluster=${cluster.id}`}>← {pick(cluster, 'title')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{title}</p>
          <h1 data-testid="schedule-title">{pick(cluster, 'title')}</h1>
          <p className="muted">{t('hostZone', { zone, from: cluster.startsOn, to: cluster.endsOn })}</p>
        </div>
      </header>

      <section className="card">
        <h2>{t('optimizer.heading')}</h2>
        <p className="hint">{t('optimizer.hint')}</p>
        <div className="schedule-controls">
          <label className="field">
            {t('optimizer.solver')}
            <select value={solver} onChange={(e) => setSolver(e.target.value as SolverChoice)} data-testid="solver-select">
              <option value="auto">{t('optimizer.auto')}</option>
              <option value="exact">{t('optimizer.exact')}</option>
              <option value="heuristic">{t('optimizer.heuristic')}</option>
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={useLedger} onChange={(e) => setUseLedger(e.target.checked)} /> {t('optimizer.useLedger')}
          </label>
          <button type="button" className="button button-primary" onClick={run} disabled={optimize.isPending} data-testid="run-optimizer">
            {optimize.isPending ? t('optimizer.running') : t('optimizer.run')}
          </button>
        </div>
        {optimize.isError && <ErrorState error={optimize.error} />}
        {acceptedCount !== null && (
          <p className="notice" role="status" data-testid="accepted">
            {t('accepted', { count: acceptedCount })}
          </p>
        )}
        {result && (
          <div className="schedule-summary" data-testid="optimizer-result">
            <p>
              <strong>{t(`status.${result.status}`)}</strong> · {t(`optimizer.${result.solver}`)} ·{' '}
              {t('optimizer.time', { seconds: (result.timeMs / 1000).toFixed(1) })}
              {result.objective && (
                <>
                  {' · '}
                  {t('objective', { max: result.objective.max, total: result.objective.total })}
                  {!result.provenOptimal && result.gap !== null && ` · ${t('gap', { percent: (result.gap * 100).toFixed(1) })}`}
                </>
              )}
            </p>
            {cluster.current.objective && <p className="muted">{t('currentObjective', { max: cluster.current.objective.max, total: cluster.current.objective.total })}</p>}
            {proposal.conflict && <ConflictList conflict={proposal.conflict} cluster={cluster} />}
          </div>
        )}
      </section>

      <section className="card">
        <div className="section-heading">
          <h2>{t('meetings.heading')}</h2>
          {feasible && canEditMeetings(user) && (
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={doAccept} disabled={accept.isPending} data-testid="accept-schedule">
                {t('accept')}
              </button>
              <button type="button" className="button" onClick={() => setProposal(null)} data-testid="discard-schedule">
                {t('discard')}
              </button>
            </div>
          )}
        </div>
        {accept.isError && <ErrorState error={accept.error} />}
        <div className="table-scroll">
          <table className="table" data-testid="schedule-table">
            <thead>
              <tr>
                <th>{t('meetings.meeting')}</th>
                <th>{t('meetings.current')}</th>
                {feasible && <th>{t('meetings.proposed')}</th>}
              </tr>
            </thead>
            <tbody>
              {cluster.meetings.map((m) => {
                const proposed = feasible ? result.starts[String(m.id)] : undefined;
                const moved = proposed !== undefined && Date.parse(proposed) !== Date.parse(m.startsAt);
                return (
                  <tr key={m.id} data-testid={`schedule-row-${m.id}`}>
                    <td>
                      <Link to={`/meetings/${m.id}`}>{pick(m, 'title')}</Link>
                      {m.fixed && <span className="badge schedule-fixed">{t('meetings.fixed')}</span>}
                    </td>
                    <td className="nowrap">{hostTime(m.startsAt)}</td>
                    {feasible && <td className={`nowrap${moved ? ' schedule-moved' : ''}`}>{proposed ? hostTime(proposed) : '—'}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <BurdenTable cluster={cluster} proposal={feasible ? proposal.breakdown : null} />
      <SlotFinder cluster={cluster} />
      {canEditMeetings(user) && <FeedPanel cluster={cluster} />}
    </article>
  );
}
