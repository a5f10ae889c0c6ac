/** One published article with its related articles. The body was sanitized by the server. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { formatInZone } from './format';
import { setPageMeta } from './meta';
import { ArticleCard } from './PortalHomePage';
import { shownAt, usePortalArticle } from './portal-api';

export function PortalArticlePage() {
  const { t, i18n } = useTranslation('press');
  const slug = useParams().slug ?? '';
  const article = usePortalArticle(slug);
  const data = article.data;

  useEffect(() => {
    if (data) setPageMeta({ title: `${pick(data, 'title')} · Gavel`, description: pick(data, 'lead'), type: 'article' });
  }, [data, i18n.resolvedLanguage]);

  if (article.isPending) return <Loading />;
  if (article.isError || !data) return <ErrorState error={article.error} />;
  const when = shownAt(data);
  return (
    <article className="portal-article">
      <p>
        <Link to="/portal">← {t('portal.title')}</Link>
      </p>
      <h1 data-testid="article-title">{pick(data, 'title')}</h1>
      {when && <p className="muted">{formatInZone(when, undefined, i18n.resolvedLanguage)}</p>}
      <p className="portal-lead">{pick(data, 'lead')}</p>
      <div className="portal-body" dangerouslySetInnerHTML={{ __html: pick(data, 'body') }} />
      <p className="badges">
        {data.meetings.map((m) => (
          <Link key={m.id} className="badge badge-type-meeting" to={`/meetings/${m.id}`}>
            {pick(m, 'name')}
          </Link>
        ))}
        {data.people.map((p) => (
          <Link key={p.id} className="badge badge-type-person" to={`/people/${p.id}`}>
            {p.nameEn}
          </Link>
        ))}
      </p>
      {data.related && data.related.length > 0 && (
        <section>
          <h2>{t('portal.related')}</h2>
          {data.related.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </section>
      )}
    </article>
  );
}
