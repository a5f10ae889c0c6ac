/**
 * Scheduling a cluster: run the optimizer, compare the proposal with the
 * current times, see each delegation's burden and why, accept or discard;
 * the slot finder for one meeting; calendar feeds per delegation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { canEditMeetings, useUser } from '../auth/session';
import { formatDate, formatPercent, formatShortDate, formatTime, instantIn, zoneLabel } from '../i18n/format';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { useAccept, useClusterSchedule, useOptimizeRun, type ClusterView, type OptimizeAnswer, type OptimizeJob, type SolverChoice } from './api';
import { OptimizerProgress, StoppedNote } from './OptimizerProgress';
import { BurdenTable } from './BurdenTable';
import { ExplanationPanel } from './ExplanationPanel';
import { FeedPanel } from './FeedPanel';
import { RulesSummary } from './RulesSummary';
import { SlotFinder } from './SlotFinder';
import { StaffOnly } from './StaffOnly';
import './scheduling.css';
import { ScrollRegion } from '../layout/ScrollRegion';

export function ClusterSchedulePage() {
  return (
    <StaffOnly>
      <ClusterScheduleLoader />
    </StaffOnly>
  );
}

function ClusterScheduleLoader() {
  const { id } = useParams();
  const { t } = useTranslation('scheduling');
  const cluster = useClusterSchedule(id);
  if (cluster.isPending) return <Loading />;
  if (cluster.isError) return <PageError error={cluster.error} onRetry={() => void cluster.refetch()} />;
  return <ClusterSchedule cluster={cluster.data} key={cluster.data.id} title={t('title')} />;
}

function ClusterSchedule({ cluster, title }: { cluster: ClusterView; title: string }) {
  const { t } = useTranslation('scheduling');
  const user = useUser();
  const [solver, setSolver] = useState<SolverChoice>('auto');
  const [useLedger, setUseLedger] = useState(false);
  const [defaultComfort, setDefaultComfort] = useState(false);
  const [pins, setPins] = useState<Record<string, string>>({});
  const [proposal, setProposal] = useState<OptimizeAnswer | null>(null);
  /** Whether the proposal shown was made on the default bands. */
  const [proposalDefault, setProposalDefault] = useState(false);
  const [acceptedCount, setAcceptedCount] = useState<number | null>(null);
  /** The run whose answer is shown, when it was stopped before its end. */
  const [stoppedRun, setStoppedRun] = useState<OptimizeJob | null>(null);
  const [runDefaults, setRunDefaults] = useState(false);
  const optimize = useOptimizeRun(cluster.id, (job) => {
    if (job.state === 'failed') return;
    setStoppedRun(job.state === 'stopped' ? job : null);
    if (job.answer) {
      setProposal(job.answer);
      setProposalDefault(runDefaults);
    }
  });
  const accept = useAccept(cluster.id);
  const zone = cluster.hostTimeZone;
  const hostTime = (iso: string) => {
    const dt = instantIn(iso, zone);
    return `${formatShortDate(dt)} ${formatTime(dt)}`;
  };

  const run = (withPins: Record<string, string> = pins) => {
    setAcceptedCount(null);
    setStoppedRun(null);
    setRunDefaults(defaultComfort);
    optimize.run({ solver, useLedger, defaultComfort, pins: withPins });
  };
  /** Picked in the slot finder while a proposal is shown: hold the meeting there and solve again around it. */
  const pin = (meetingId: number, startIso: string) => {
    const next = { ...pins, [String(meetingId)]: startIso };
    setPins(next);
    run(next);
  };
  const unpin = (meetingId: string) => {
    const { [meetingId]: _gone, ...rest } = pins;
    setPins(rest);
    if (proposal) run(rest);
  };
  const discard = () => {
    setProposal(null);
    setPins({});
  };
  const doAccept = () => {
    if (!proposal) return;
    accept.mutate(proposal.result.starts, {
      onSuccess: (answer) => {
        setAcceptedCount(answer.moved);
        discard();
      },
    });
  };
  const result = proposal?.result;
  const feasible = result && result.objective !== null;
  const titleOf = (id: string) => {
    const m = cluster.meetings.find((x) => String(x.id) === id);
    return m ? pick(m, 'title') : id;
  };

  return (
    <article className="schedule-page">
      <p className="breadcrumb">
        <Link to={`/?cluster=${cluster.id}`}>
          ← <Picked of={cluster} field="title" />
        </Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{title}</p>
          <h1 data-testid="schedule-title" data-page-kind={title}>
            <Picked of={cluster} field="title" />
          </h1>
          <p className="muted">
            {t('hostZone', { zone: zoneLabel(zone, cluster.meetings[0]?.startsAt), from: formatDate(cluster.startsOn), to: formatDate(cluster.endsOn) })}
          </p>
        </div>
      </header>

      {canEditMeetings(user) && (
        <p>
          <Link className="button" to={`/clusters/${cluster.id}/edit`} data-testid="edit-cluster">
            {t('clusterForm.editLink')}
          </Link>
        </p>
      )}
      <RulesSummary cluster={cluster} canEdit={canEditMeetings(user)} />

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
          <label className="checkbox">
            <input type="checkbox" checked={defaultComfort} onChange={(e) => setDefaultComfort(e.target.checked)} data-testid="default-comfort" />{' '}
            {t('optimizer.defaultComfort')}
          </label>
          <button type="button" className="button button-primary" onClick={() => run()} disabled={optimize.running} data-testid="run-optimizer">
            {optimize.running ? t('optimizer.running') : t('optimizer.run')}
          </button>
        </div>
        {defaultComfort && <p className="hint">{t('optimizer.defaultComfortHint')}</p>}
        {Object.keys(pins).length > 0 && (
          <ul className="plain schedule-pins" data-testid="pins">
            {Object.entries(pins).map(([id, iso]) => (
              <li key={id}>
                {t('pins.pinned', { meeting: titleOf(id), time: hostTime(iso) })}
                <button
                  type="button"
                  className="button button-small button-ghost"
                  onClick={() => unpin(id)}
                  disabled={optimize.running}
                  data-testid={`unpin-${id}`}
                >
                  {t('pins.unpin')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {optimize.running && optimize.job && <OptimizerProgress job={optimize.job} onStop={optimize.stop} stopping={optimize.stopping} />}
        {optimize.error && <ErrorState error={optimize.error} />}
        {optimize.job?.state === 'failed' && (
          <p className="error" role="alert" data-testid="optimizer-failed">
            {t('progress.failed')}
          </p>
        )}
        {stoppedRun && !optimize.running && <StoppedNote job={stoppedRun} />}
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
                  {!result.provenOptimal && result.gap !== null && ` · ${t('gap', { percent: formatPercent(result.gap, 1) })}`}
                </>
              )}
            </p>
            {result.objective && <ProofList result={result} />}
            {cluster.current.objective && (
              <p className="muted">{t('currentObjective', { max: cluster.current.objective.max, total: cluster.current.objective.total })}</p>
            )}
            {proposal.explanation && (
              <ExplanationPanel
                explanation={proposal.explanation}
                cluster={cluster}
                pins={pins}
                defaultComfort={proposalDefault}
                canEdit={canEditMeetings(user)}
                onApplied={() => run()}
              />
            )}
          </div>
        )}
      </section>

      <section className="card">
        <div className="section-heading">
          <h2>{t('meetings.heading')}</h2>
          {feasible && canEditMeetings(user) && (
            <div className="form-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={doAccept}
                disabled={accept.isPending || optimize.running}
                data-testid="accept-schedule"
              >
                {t('accept')}
              </button>
              <button type="button" className="button" onClick={discard} data-testid="discard-schedule">
                {t('discard')}
              </button>
            </div>
          )}
        </div>
        {accept.isError && <ErrorState error={accept.error} />}
        <ScrollRegion label={t('meetings.heading')}>
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
                      <Link to={`/meetings/${m.id}`}>
                        <Picked of={m} field="title" />
                      </Link>
                      {m.fixedBy && (
                        <span
                          className={`badge schedule-fixed schedule-fixed-${m.fixedBy}`}
                          title={t(`meetings.fixedWhy.${m.fixedBy}`)}
                          data-testid={`fixed-${m.id}`}
                        >
                          {t(`meetings.fixedBy.${m.fixedBy}`)}
                        </span>
                      )}
                      {pins[String(m.id)] && <span className="badge schedule-pinned">{t('meetings.pinned')}</span>}
                    </td>
                    <td className="nowrap">{hostTime(m.startsAt)}</td>
                    {feasible && (
                      <td className={`nowrap${moved ? ' schedule-moved' : ''}`} data-testid={`proposed-${m.id}`}>
                        {proposed ? hostTime(proposed) : '—'}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <BurdenTable
        cluster={cluster}
        current={proposal?.cluster?.current.breakdown ?? cluster.current.breakdown}
        proposal={feasible ? proposal.breakdown : null}
        defaultComfort={proposal ? proposalDefault : false}
      />
      <SlotFinder
        cluster={cluster}
        defaultComfort={proposal ? proposalDefault : defaultComfort}
        onPin={feasible || proposal?.explanation ? pin : null}
        pins={pins}
      />
      <FeedPanel cluster={cluster} />
    </article>
  );
}

/** Per objective part: proven optimal, or the proven bound and gap; and whose schedule it is. */
function ProofList({ result }: { result: OptimizeAnswer['result'] }) {
  const { t } = useTranslation('scheduling');
  const parts = [
    ['max', result.parts.max],
    ['total', result.parts.total],
  ] as const;
  return (
    <div data-testid="optimizer-proof">
      <ul className="proof-list" aria-label={t('proof.heading')}>
        {parts.map(([key, part]) => (
          <li key={key} data-testid={`proof-${key}`} data-status={part.status}>
            {t(`proof.${key}`, { value: part.value })} ·{' '}
            {part.status === 'optimal'
              ? t('proof.optimal')
              : t('proof.feasible', { bound: part.bound ?? '—', percent: part.gap === null ? '—' : formatPercent(part.gap, 1) })}
          </li>
        ))}
      </ul>
      <p className="muted" data-testid="optimizer-chosen" data-chosen={result.chosen}>
        {t('proof.chosen', { solver: t(`optimizer.${result.chosen}`) })}
        {result.ran.length > 1 && ` · ${t('proof.ranBoth')}`}
      </p>
    </div>
  );
}
