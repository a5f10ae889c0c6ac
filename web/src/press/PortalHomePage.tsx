/** The public portal's home: latest news, most read, press briefings in the visitor's time zone. */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { canonicalZone } from '../meetings/zones';
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

interface PublicDocument {
  id: number;
  referenceCode: string;
  titleEn: string;
  titleVi: string;
}

/** The latest adopted documents a visitor may see (the documents API applies confidentiality). */
function AdoptedDocuments() {
  const { t } = useTranslation('press');
  const documents = useQuery({
    queryKey: ['portal', 'documents'],
    queryFn: () => api.get<{ documents: PublicDocument[] }>('/documents?status=adopted&limit=5'),
    select: (data) => data.documents,
  });
  if (!documents.data?.length) return null;
  return (
    <>
      <h2>{t('portal.documents')}</h2>
      <ul className="plain" data-testid="portal-documents">
        {documents.data.map((d) => (
          <li key={d.id}>
            <Link to={`/documents/${d.id}`}>{pick(d, 'title')}</Link> <small className="muted">{d.referenceCode}</small>
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
          <p className="muted">{t('portal.yourZone', { zone: canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone) })}</p>
          <AdoptedDocuments />
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
