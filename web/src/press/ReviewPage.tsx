/** The press officer's review of one press center's applications, in order of arrival. */
import { useState } from 'react';
import { countryName } from '../i18n/countries';
import { currentLanguage } from '../i18n/index';
import { useTranslation } from 'react-i18next';
import { fallbackLang, pick } from '../i18n/pick';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { useDecision, useEventApplications, usePressEvents, type Application } from './api';
import { ScrollRegion } from '../layout/ScrollRegion';

function Actions({ application }: { application: Application }) {
  const { t } = useTranslation('press');
  const decide = useDecision();
  const [reason, setReason] = useState('');
  const needsReason = application.status === 'pending' || application.status === 'waitlisted' || application.status === 'approved';
  return (
    <div className="review-actions">
      {application.status === 'pending' && (
        <button
          type="button"
          className="button button-primary button-small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: application.id, decision: 'approve' })}
        >
          {t('review.approve')}
        </button>
      )}
      {needsReason && (
        <>
          <input aria-label={t('review.reason')} placeholder={t('review.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button
            type="button"
            className="button button-small"
            disabled={decide.isPending || reason.trim() === ''}
            onClick={() => decide.mutate({ id: application.id, decision: application.status === 'approved' ? 'revoke' : 'reject', reason })}
          >
            {application.status === 'approved' ? t('review.revoke') : t('review.reject')}
          </button>
        </>
      )}
      {decide.isError && <ErrorState error={decide.error} />}
    </div>
  );
}

export function ReviewPage() {
  const { t } = useTranslation('press');
  const events = usePressEvents();
  const [chosen, setChosen] = useState<number | null>(null);
  const eventId = chosen ?? events.data?.[0]?.id ?? null;
  const applications = useEventApplications(eventId);

  if (events.isPending) return <Loading />;
  if (events.isError) return <PageError error={events.error} />;
  const event = events.data.find((e) => e.id === eventId);
  return (
    <section>
      <h1>{t('review.title')}</h1>
      <label className="field inline-field">
        {t('review.center')}
        <select value={eventId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {events.data.map((e) => (
            <option key={e.id} value={e.id} lang={fallbackLang(e, 'title')}>
              {pick(e, 'title')}
            </option>
          ))}
        </select>
      </label>
      {event && (
        <p>
          {t('home.places', { held: event.placesHeld, capacity: event.capacity })} · {t('home.waitlisted', { count: event.waitlisted })}
        </p>
      )}
      {applications.isPending && <Loading />}
      {applications.isError && <ErrorState error={applications.error} />}
      {applications.data && (
        <ScrollRegion className="card table-scroll" label={t('review.title')}>
          <table className="table" data-testid="applications-table">
            <thead>
              <tr>
                <th>{t('review.photo')}</th>
                <th>{t('apply.fullName')}</th>
                <th>{t('apply.outlet')}</th>
                <th>{t('apply.idDocumentNumber')}</th>
                <th>{t('review.status')}</th>
                <th>{t('review.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.data.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    {t('review.none')}
                  </td>
                </tr>
              )}
              {applications.data.map((a) => (
                <tr key={a.id} data-testid={`application-${a.id}`}>
                  <td>
                    {a.hasPhoto ? (
                      <img className="applicant-thumb" src={`/api/press/applications/${a.id}/photo`} alt="" />
                    ) : (
                      <span className="muted">{t('review.purged')}</span>
                    )}
                  </td>
                  <td>
                    {a.fullName}
                    <br />
                    <small className="muted">
                      {a.email} · {countryName(a.nationality, currentLanguage())}
                    </small>
                  </td>
                  <td>{a.outlet}</td>
                  <td>{a.idDocumentNumber ?? <span className="muted">{t('review.purged')}</span>}</td>
                  <td>
                    <span className={`badge badge-application-${a.status}`}>{t(`status.${a.status}`)}</span>
                    {a.waitlistPosition !== null && <small> #{a.waitlistPosition}</small>}
                    {a.reason && <small className="muted"> — {a.reason}</small>}
                  </td>
                  <td>
                    <Actions application={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
