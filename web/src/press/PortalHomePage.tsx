/**
 * The public portal's home: latest news with their lead photos, press
 * briefings in the visitor's time zone, the latest meetings' outcome
 * documents (as the public sees them, whoever is signed in), most read.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { zoneLabel } from '../i18n/format';
import { formatInZone } from './format';
import { setPageMeta } from './meta';
import { ArticleCard, useVisitorZone } from './PortalParts';
import { portalMeetingPath, usePortalHome, type Briefing, type OutcomeMeeting } from './portal-api';

function BriefingItem({ briefing: b }: { briefing: Briefing }) {
  const { t, i18n } = useTranslation('press');
  return (
    <li className="card" data-testid="portal-briefing">
      <strong>{formatInZone(b.startsAt, undefined, i18n.resolvedLanguage)}</strong>
      <div>
        <Picked of={b} field="topic" />
      </div>
      <small className="muted">
        <Picked of={b} field="place" /> · {b.speakers.join(', ')}
      </small>
      {(b.meetingId || b.article) && (
        <p className="portal-briefing-links small">
          {b.meetingId && (
            <Link to={portalMeetingPath(b.meetingId)}>
              <Picked of={b} field="meetingTitle" />
            </Link>
          )}
          {b.article && (
            <Link to={`/portal/articles/${b.article.slug}`} data-testid="briefing-article">
              {t('portal.briefingArticle')}
            </Link>
          )}
        </p>
      )}
    </li>
  );
}

/** The latest meetings with outcome documents the public may see, each to its portal page. */
function OutcomeDocuments({ meetings }: { meetings: OutcomeMeeting[] }) {
  const { t, i18n } = useTranslation('press');
  if (!meetings.length) return null;
  return (
    <>
      <h2>{t('portal.documents')}</h2>
      <ul className="plain portal-outcomes" data-testid="portal-documents">
        {meetings.map((m) => (
          <li key={m.id}>
            <Link to={portalMeetingPath(m.id)}>
              <Picked of={m} field="title" />
            </Link>
            <div className="muted small">
              {new Intl.DateTimeFormat(i18n.resolvedLanguage === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium' }).format(new Date(m.startsAt))} ·{' '}
              {t('portal.documentCount', { count: m.count })}
            </div>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/documents">{t('portal.allDocuments')}</Link>
      </p>
    </>
  );
}

export function PortalHomePage() {
  const { t, i18n } = useTranslation('press');
  const home = usePortalHome();
  const zone = useVisitorZone();

  useEffect(() => {
    setPageMeta({ title: `${t('portal.title')} · Gavel`, description: t('portal.description') });
  }, [t, i18n.resolvedLanguage]);

  if (home.isPending) return <Loading />;
  if (home.isError) return <PageError error={home.error} onRetry={() => void home.refetch()} />;
  return (
    <section className="portal">
      <h1>{t('portal.title')}</h1>
      <p className="muted">
        {t('portal.description')} · <a href={`/api/portal/atom.xml?lang=${i18n.resolvedLanguage === 'en' ? 'en' : 'vi'}`}>{t('portal.feed')}</a>
      </p>
      <div className="portal-grid">
        <div>
          <h2>{t('portal.latest')}</h2>
          {home.data.latest.length === 0 && <p className="muted">{t('portal.none')}</p>}
          {home.data.latest.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
        <aside>
          <h2>{t('portal.briefings')}</h2>
          <p className="muted small" data-testid="portal-zone">
            {t('portal.yourZone', { zone: zoneLabel(zone) })}
          </p>
          <ul className="plain portal-briefings">
            {home.data.briefings.map((b) => (
              <BriefingItem key={b.id} briefing={b} />
            ))}
          </ul>
          <p>
            <Link to="/">{t('portal.calendar')}</Link> ·{' '}
            <Link to="/journal" data-testid="portal-journal">
              {t('portal.journal')}
            </Link>
          </p>
          <OutcomeDocuments meetings={home.data.outcomeMeetings} />
          <h2>{t('portal.mostRead')}</h2>
          <ol className="portal-most-read">
            {home.data.mostRead.map((a) => (
              <li key={a.id}>
                <Link to={`/portal/articles/${a.slug}`}>
                  <Picked of={a} field="title" />
                </Link>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </section>
  );
}
