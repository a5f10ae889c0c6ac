/**
 * One published article: the lead photo, the body (sanitized by the server)
 * with its photos as captioned figures, the other photos after it, tags to
 * meetings, people and documents, and related articles.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { formatInZone } from './format';
import { setPageMeta } from './meta';
import { ArticleCard, ArticleTags, bodyWithFigures, PhotoFigure, photosInBody } from './PortalParts';
import { shownAt, usePortalArticle } from './portal-api';

export function PortalArticlePage() {
  const { t, i18n } = useTranslation('press');
  const slug = useParams().slug ?? '';
  const article = usePortalArticle(slug);
  const data = article.data;
  const lang = currentLanguage();

  const body = useMemo(
    () => (data ? bodyWithFigures(pick(data, 'body', lang), data.photos, lang, (credit) => t('portal.photoCredit', { credit })) : ''),
    [data, lang, t],
  );

  useEffect(() => {
    if (!data) return;
    const lead = data.leadPhoto;
    setPageMeta({
      title: `${pick(data, 'title')} · Gavel`,
      description: pick(data, 'lead'),
      type: 'article',
      image: lead ? { url: new URL(lead.url, window.location.origin).href, width: lead.width, height: lead.height, alt: pick(lead, 'caption') } : null,
    });
  }, [data, i18n.resolvedLanguage]);

  if (article.isPending) return <Loading />;
  if (article.isError || !data) return <PageError error={article.error} />;
  const when = shownAt(data);
  const inBody = new Set(photosInBody(data, body).map((p) => p.id));
  const lead = data.leadPhoto && !inBody.has(data.leadPhoto.id) ? data.leadPhoto : null;
  const gallery = data.photos.filter((p) => p.id !== lead?.id && !inBody.has(p.id));
  return (
    <article className="portal-article">
      <p className="breadcrumb">
        <Link to="/portal">← {t('portal.title')}</Link>
      </p>
      <h1 data-testid="article-title">
        <Picked of={data} field="title" />
      </h1>
      {when && <p className="muted">{formatInZone(when, undefined, i18n.resolvedLanguage)}</p>}
      <p className="portal-lead">
        <Picked of={data} field="lead" />
      </p>
      {lead && <PhotoFigure photo={lead} eager />}
      <div className="portal-body" dangerouslySetInnerHTML={{ __html: body }} />
      {gallery.length > 0 && (
        <section className="portal-gallery" aria-label={t('portal.photos')}>
          {gallery.map((p) => (
            <PhotoFigure key={p.id} photo={p} />
          ))}
        </section>
      )}
      <ArticleTags article={data} />
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
