/** An applicant's own page (the link in their receipt): status, waitlist, badge. */
import { countryName } from '../i18n/countries';
import { currentLanguage } from '../i18n/index';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { ApplicationActions, ApplicationStatus } from './ApplicationActions';
import { useApplication } from './api';

export function ApplicationPage() {
  const { t } = useTranslation('press');
  const id = Number(useParams().id);
  const key = useSearchParams()[0].get('key');
  const application = useApplication(id, key);

  if (application.isPending) return <Loading />;
  if (application.isError) return <PageError error={application.error} />;
  const a = application.data;
  const keyQuery = key ? `?key=${encodeURIComponent(key)}` : '';
  return (
    <section className="card form-card" data-testid="application">
      <h1>{t('application.title')}</h1>
      <p className="muted">
        <Picked of={a} field="eventTitle" />
      </p>
      <div className="application-head">
        {a.hasPhoto && (
          <img className="applicant-photo" src={`/api/press/applications/${a.id}/photo${keyQuery}`} alt={t('application.photoAlt', { name: a.fullName })} />
        )}
        <div>
          <p className="applicant-name">{a.fullName}</p>
          <p>
            {a.outlet} · {countryName(a.nationality, currentLanguage())}
          </p>
          <ApplicationStatus application={a} testId="application-status" />
          {a.reason && <p>{t('application.reason', { reason: a.reason })}</p>}
        </div>
      </div>
      {key && <p className="muted">{t('application.keepLink')}</p>}
      <ApplicationActions application={a} accessKey={key} badgeTestId="badge-link" />
    </section>
  );
}
