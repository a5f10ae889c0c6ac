/** The press hub: press centers open for accreditation, and the officers' tools. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { canMonitor, isPressOfficer, usePressEvents } from './api';
import { formatInZone } from './format';

export function PressHomePage() {
  const { t, i18n } = useTranslation('press');
  const user = useUser();
  const events = usePressEvents();

  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p className="press-tools">
        <Link className="button" to="/portal">
          {t('home.portal')}
        </Link>
        {canMonitor(user?.roles) && (
          <Link className="button" to="/press/articles">
            {t('home.articles')}
          </Link>
        )}
        {canMonitor(user?.roles) && (
          <Link className="button" to="/press/briefings">
            {t('home.briefings')}
          </Link>
        )}
      </p>
      {(isPressOfficer(user?.roles) || canMonitor(user?.roles)) && (
        <p className="press-tools">
          {isPressOfficer(user?.roles) && (
            <Link className="button" to="/press/review">
              {t('home.review')}
            </Link>
          )}
          {canMonitor(user?.roles) && (
            <Link className="button" to="/press/monitoring">
              {t('home.monitoring')}
            </Link>
          )}
          <Link className="button button-ghost" to="/verify">
            {t('home.verify')}
          </Link>
        </p>
      )}
      <h2>{t('home.centers')}</h2>
      {events.isPending && <Loading />}
      {events.isError && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
      {events.data?.map((event) => (
        <article className="card" key={event.id} data-testid={`press-event-${event.slug}`}>
          <h3>
            <Picked of={event} field="title" />
          </h3>
          <p className="muted">
            <Picked of={event} field="venue" /> · {t('home.opens', { when: formatInZone(event.opensAt, event.timeZone, i18n.resolvedLanguage) })}
          </p>
          <p>
            {t('home.places', { held: event.placesHeld, capacity: event.capacity })}
            {event.waitlisted > 0 && ` · ${t('home.waitlisted', { count: event.waitlisted })}`}
          </p>
          {event.applicationsOpen && (
            <Link className="button button-primary" to={`/press/apply/${event.id}`}>
              {event.placesHeld < event.capacity ? t('home.apply') : t('home.applyWaitlist')}
            </Link>
          )}
        </article>
      ))}
    </section>
  );
}
