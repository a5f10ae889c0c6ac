/** The public portal's home: latest news, most read, press briefings in the visitor's time zone. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { formatInZone } from './format';
import { setPageMeta } from './meta';
import { shownAt, usePortalHome, type ArticleSummary } from './portal-api';

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const { i18n } = useTranslation('press');
  const when = shownAt(article);
  return (
    <article className="card portal-card" data-testid="portal-article">
      <h3>
        <Link to={`/portal/articles/${article.slug}`}>{pick(article, 'title')}</Link>
      </h3>
      {when && <p className="muted">{formatInZone(when, undefined, i18n.resolvedLanguage)}</p>}
      <p>{pick(article, 'lead')}</p>
      <p className="badges">
        {article.meetings.map((m) => (
          <Link key={m.id} className="badge badge-type-meeting" to={`/meetings/${m.id}`}>
            {pick(m, 'name')}
          </Link>
        ))}
      </p>
    </article>
  );
}

export function PortalHomePage() {
  const { t, i18n } = useTranslation('press');
  const home = usePortalHome();

  useEffect(() => {
    setPageMeta({ title: `${t('portal.title')} · Gavel`, description: t('portal.description') });
  }, [t, i18n.resolvedLanguage]);

  if (home.isPending) return <Loading />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  return (
    <section className="portal">
      <h1>{t('portal.title')}</h1>
      <p className="muted">
        {t('portal.description')} ·{' '}
        <a href={`/api/portal/atom.xml?lang=${i18n.resolvedLanguage === 'en' ? 'en' : 'vi'}`}>{t('portal.feed')}</a>
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
          <ul className="plain portal-briefings">
            {home.data.briefings.map((b) => (
              <li key={b.id} className="card" data-testid="portal-briefing">
                <strong>{formatInZone(b.startsAt, undefined, i18n.resolvedLanguage)}</strong>
                <div>{pick(b, 'topic')}</div>
                <small className="muted">
                  {pick(b, 'place')} · {b.speakers.join(', ')}
                </small>
              </li>
            ))}
          </ul>
          <p className="muted">{t('portal.yourZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</p>
          <h2>{t('portal.mostRead')}</h2>
          <ol className="portal-most-read">
            {home.data.mostRead.map((a) => (
              <li key={a.id}>
                <Link to={`/portal/articles/${a.slug}`}>{pick(a, 'title')}</Link>
              </li>
            ))}
          </ol>
          <p>
            <Link to="/">{t('portal.calendar')}</Link>
          </p>
        </aside>
      </div>
    </section>
  );
}
