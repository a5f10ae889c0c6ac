/** Pieces the portal's pages share: article cards, photos with captions, tags, the visitor's zone. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { viewerZone } from '../i18n/format';
import type { Language } from '../i18n/index';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { canonicalZone } from '../meetings/zones';
import { formatInZone } from './format';
import { portalMeetingPath, shownAt, type Article, type ArticleSummary, type Photo } from './portal-api';

/** The visitor's own zone under its IANA name (browsers may report a legacy alias). */
export const useVisitorZone = () => useMemo(() => canonicalZone(viewerZone()), []);

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const { i18n } = useTranslation('press');
  const when = shownAt(article);
  const lead = article.leadPhoto;
  return (
    <article className={`card portal-card${lead ? ' has-photo' : ''}`} data-testid="portal-article">
      {lead && (
        <Link to={`/portal/articles/${article.slug}`} className="portal-card-photo" tabIndex={-1} aria-hidden="true">
          <img src={lead.url} alt="" width={lead.width} height={lead.height} loading="lazy" decoding="async" data-testid="card-photo" />
        </Link>
      )}
      <div className="portal-card-text">
        <h3>
          <Link to={`/portal/articles/${article.slug}`}>
            <Picked of={article} field="title" />
          </Link>
        </h3>
        {when && <p className="muted small">{formatInZone(when, undefined, i18n.resolvedLanguage)}</p>}
        <p>
          <Picked of={article} field="lead" />
        </p>
        <p className="badges">
          {article.meetings.map((m) => (
            <Link key={m.id} className="badge badge-type-meeting" to={portalMeetingPath(m.id)}>
              <Picked of={m} field="name" />
            </Link>
          ))}
        </p>
      </div>
    </article>
  );
}

/** "Caption (Photo: credit)", the credit in the page's language. */
function Caption({ photo }: { photo: Photo }) {
  const { t } = useTranslation('press');
  return (
    <>
      <Picked of={photo} field="caption" /> <span className="photo-credit">{t('portal.photoCredit', { credit: photo.credit })}</span>
    </>
  );
}

export function PhotoFigure({ photo, eager = false }: { photo: Photo; eager?: boolean }) {
  return (
    <figure className="portal-figure" data-testid="article-photo">
      <img
        src={photo.url}
        alt={pick(photo, 'caption')}
        lang={fallbackLang(photo, 'caption')}
        width={photo.width}
        height={photo.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
      <figcaption>
        <Caption photo={photo} />
      </figcaption>
    </figure>
  );
}

/**
 * The server-sanitized body with each of the article's photos as a figure
 * with its current caption and credit (captions are not stored in the body,
 * so a corrected caption shows everywhere). Only text nodes are added.
 */
export function bodyWithFigures(html: string, photos: Photo[], lang: Language, creditLabel: (credit: string) => string): string {
  if (!photos.length || !html.includes('<img')) return html;
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const root = doc.body.firstElementChild!;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const photo = photos.find((p) => p.url === img.getAttribute('src'));
    if (!photo) continue;
    const caption = pick(photo, 'caption', lang);
    // Only in the other language: said so by `lang` (a DOM string here, so no <Picked> mark).
    const captionLang = fallbackLang(photo, 'caption', lang);
    img.setAttribute('alt', caption);
    if (captionLang) img.setAttribute('lang', captionLang);
    img.setAttribute('width', String(photo.width));
    img.setAttribute('height', String(photo.height));
    img.setAttribute('loading', 'lazy');
    const figure = doc.createElement('figure');
    figure.className = 'portal-figure';
    figure.setAttribute('data-testid', 'article-photo');
    const figcaption = doc.createElement('figcaption');
    const credit = doc.createElement('span');
    credit.className = 'photo-credit';
    credit.textContent = creditLabel(photo.credit);
    const captionText = doc.createElement('span');
    captionText.textContent = caption;
    if (captionLang) captionText.setAttribute('lang', captionLang);
    figcaption.append(captionText, doc.createTextNode(' '), credit);
    // An image alone in its paragraph becomes the paragraph's figure.
    const parent = img.parentElement;
    const alone = parent && parent !== root && parent.tagName === 'P' && parent.textContent?.trim() === '' && parent.children.length === 1;
    (alone ? parent : img).replaceWith(figure);
    figure.append(img, figcaption);
  }
  return root.innerHTML;
}

/** The photos the body shows itself (not repeated around it). */
export const photosInBody = (article: Article, html: string) => article.photos.filter((p) => html.includes(`src="${p.url}"`));

export function ArticleTags({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation('press');
  if (!article.meetings.length && !article.people.length && !article.documents.length) return null;
  return (
    <section className="portal-tags" aria-label={t('portal.tags')}>
      <p className="badges" data-testid="article-tags">
        {article.meetings.map((m) => (
          <Link key={`m${m.id}`} className="badge badge-type-meeting" to={portalMeetingPath(m.id)}>
            <Picked of={m} field="name" />
          </Link>
        ))}
        {article.people.map((p) => (
          <Link key={`p${p.id}`} className="badge badge-type-person" to={`/people/${p.id}`}>
            <Picked of={p} field="name" />
          </Link>
        ))}
        {article.documents.map((d) => (
          <Link key={`d${d.id}`} className="badge badge-type-document" to={`/documents/${d.id}`} title={d.referenceCode}>
            <Picked of={d} field="name" />
          </Link>
        ))}
      </p>
    </section>
  );
}
