/** The secretariat's review of delegates' nominations, filtered by meeting, delegation and status; the quotas below. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMeetings, useParties } from '../api/queries';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { useDecide, useNominations, type Nomination, type NominationStatus } from './api';
import { day, NominationHistory, NomineePhoto, RoleBadge, StatusBadge } from './parts';
import { QuotasEditor } from './QuotasEditor';
import './delegates.css';
import { Options } from '../layout/Options';

const STATUSES: NominationStatus[] = ['pending', 'approved', 'rejected', 'withdrawn', 'replaced'];

function Decision({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation('delegates');
  const decide = useDecide();
  const [reason, setReason] = useState('');
  if (nomination.status !== 'pending') return nomination.decidedAt ? <small className="muted">{day(nomination.decidedAt)}</small> : null;
  return (
    <div className="review-actions">
      <button
        type="button"
        className="button button-primary button-small"
        disabled={decide.isPending}
        onClick={() => decide.mutate({ id: nomination.id, decision: 'approve' })}
      >
        {t('review.approve')}
      </button>
      <input aria-label={t('review.reason')} placeholder={t('review.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        className="button button-small"
        disabled={decide.isPending || reason.trim() === ''}
        onClick={() => decide.mutate({ id: nomination.id, decision: 'reject', reason })}
      >
        {t('review.reject')}
      </button>
      {decide.isError && <ErrorState error={decide.error} />}
    </div>
  );
}

function Filters() {
  const { t } = useTranslation('delegates');
  const [params, setParams] = useSearchParams();
  const meetings = useMeetings({});
  const parties = useParties();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="filters">
      <label className="field field-wide">
        {t('review.meeting')}
        <select value={params.get('meeting') ?? ''} onChange={(e) => set('meeting', e.target.value)} data-testid="filter-meeting">
          <Options items={meetings.data} blank={t('review.allMeetings')} field="title" />
        </select>
      </label>
      <label className="field">
        {t('review.delegation')}
        <select value={params.get('party') ?? ''} onChange={(e) => set('party', e.target.value)} data-testid="filter-party">
          <Options items={parties.data} blank={t('review.allDelegations')} field="name" />
        </select>
      </label>
      <label className="field">
        {t('review.status')}
        <select value={params.get('status') ?? ''} onChange={(e) => set('status', e.target.value)} data-testid="filter-status">
          <option value="">{t('review.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Nominations() {
  const { t } = useTranslation('delegates');
  const [params] = useSearchParams();
  const number = (key: string) => (params.get(key) ? Number(params.get(key)) : null);
  const nominations = useNominations({
    meetingId: number('meeting'),
    partyId: number('party'),
    status: (params.get('status') as NominationStatus | null) ?? null,
  });
  if (nominations.isPending) return <Loading />;
  if (nominations.isError) return <ErrorState error={nominations.error} onRetry={() => void nominations.refetch()} />;
  return (
    <>
      <p className="muted" data-testid="nomination-count">
        {t('review.count', { count: nominations.data.length })}
      </p>
      <div className="card stack-table-card">
        <table className="table stack-table" data-testid="nominations-table">
          <thead>
            <tr>
              <th>{t('review.nominee')}</th>
              <th>{t('review.delegation')}</th>
              <th>{t('review.scope')}</th>
              <th>{t('review.status')}</th>
              <th>{t('review.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {nominations.data.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('review.none')}
                </td>
              </tr>
            )}
            {nominations.data.map((n) => (
              <tr key={n.id} data-testid={`review-${n.id}`}>
                <td>
                  <div className="nominee-cell">
                    <NomineePhoto nomination={n} />
                    <div>
                      <strong>{n.fullName}</strong>
                      <br />
                      {n.position}
                      <br />
                      <small className="muted">{n.email}</small>
                    </div>
                  </div>
                </td>
                <td data-label={t('review.delegation')}>
                  <Link to={`/delegation?party=${n.partyId}`}>
                    <Picked of={n} field="partyName" />
                  </Link>
                  <br />
                  <RoleBadge role={n.role} />
                </td>
                <td data-label={t('review.scope')}>
                  <Picked of={n} field="scopeTitle" />
                  {n.clusterId !== null && <small className="muted"> · {t('nomination.meetings', { count: n.meetings.length })}</small>}
                </td>
                <td data-label={t('review.status')}>
                  <StatusBadge status={n.status} />
                  <NominationHistory nomination={n} />
                </td>
                <td data-label={t('review.decision')}>
                  <Decision nomination={n} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function DelegatesReviewPage() {
  const { t } = useTranslation('delegates');
  // Staff only: the route's gate (App.tsx) refuses anyone else.
  return (
    <section className="delegates-review">
      <div className="page-heading">
        <div>
          <h1>{t('review.title')}</h1>
          <p className="hint">{t('review.intro')}</p>
        </div>
        <Link className="button" to="/delegation">
          {t('review.delegationPage')}
        </Link>
      </div>
      <Filters />
      <Nominations />
      <QuotasEditor />
    </section>
  );
}
