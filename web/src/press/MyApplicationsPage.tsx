/**
 * "My applications": the accreditation applications made while signed in to
 * this account, with status, waitlist position, badge and withdrawal; no key
 * needed (the server knows the account).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { ApplicationActions, ApplicationStatus } from './ApplicationActions';
import { useMyApplications, type Application } from './api';

function Row({ application: a }: { application: Application }) {
  return (
    <li className="card" data-testid={`my-application-${a.id}`}>
      <h2>
        <Link to={`/press/applications/${a.id}`}>
          <Picked of={a} field="eventTitle" />
        </Link>
      </h2>
      <p>
        {a.fullName} · {a.outlet}
      </p>
      <ApplicationStatus application={a} testId="my-application-status" />
      <ApplicationActions application={a} accessKey={null} badgeTestId="my-badge-link" />
    </li>
  );
}

export function MyApplicationsPage() {
  const { t } = useTranslation('press');
  const { t: tc } = useTranslation();
  const user = useUser();
  const applications = useMyApplications(user !== null);

  return (
    <section className="form-card">
      <h1>{t('mine.title')}</h1>
      <p className="muted">{t('mine.intro')}</p>
      {!user ? (
        <Link className="button button-primary" to="/sign-in" state={{ from: { pathname: '/press/mine' } }}>
          {tc('auth.signIn')}
        </Link>
      ) : applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <ErrorState error={applications.error} />
      ) : applications.data.length === 0 ? (
        <p className="state state-notice">
          {t('mine.empty')} <Link to="/press">{t('mine.apply')}</Link>
        </p>
      ) : (
        <ul className="my-applications" data-testid="my-applications">
          {applications.data.map((a) => (
            <Row key={a.id} application={a} />
          ))}
        </ul>
      )}
    </section>
  );
}
