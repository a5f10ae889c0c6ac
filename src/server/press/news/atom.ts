/**
 * The portal's Atom feed (RFC 4287), one per language. Links come from the
 * configured public URL and ids are tag: URIs (RFC 4151) minted from it, so
 * a reader sees the same feed and the same entries whichever host name or
 * proxy served them; an entry's id is its article's id, so a new slug does
 * not make it a new entry. RFC 4287 wants an author on the feed or on every
 * entry: the feed's author is the press centre.
 */
import { Feed } from 'feed';
import { absoluteUrl, tagUri } from '../../http/public-url.js';
import type { listArticles } from './queries.js';
import { portalWords, type PortalLanguage } from './portal-words.js';
import { bodyText } from './sanitize.js';

type Article = Awaited<ReturnType<typeof listArticles>>[number];

/** When the public could first read it. */
const publishedOf = (a: Article) => a.publishAt ?? a.publishedAt ?? a.createdAt;
/** The last change the public can see: an edit after publication, or publication itself. */
const updatedOf = (a: Article) => new Date(Math.max(publishedOf(a).getTime(), a.updatedAt.getTime()));

export function atomFeed(publicUrl: string, lang: PortalLanguage, items: Article[]): string {
  const link = (path: string) => absoluteUrl(publicUrl, path);
  const updated = items.reduce((latest, a) => Math.max(latest, updatedOf(a).getTime()), 0);
  const feed = new Feed({
    title: portalWords[lang].feedTitle,
    id: tagUri(publicUrl, `portal/news/${lang}`),
    link: link('/portal'),
    language: lang,
    updated: new Date(updated),
    feedLinks: { atom: link(`/api/portal/atom.xml?lang=${lang}`) },
    author: { name: portalWords[lang].feedAuthor, link: link('/portal') },
    copyright: '',
  });
  for (const a of items) {
    feed.addItem({
      title: lang === 'vi' ? a.titleVi : a.titleEn,
      id: tagUri(publicUrl, `article/${a.id}/${lang}`),
      link: link(`/portal/articles/${a.slug}`),
      description: lang === 'vi' ? a.leadVi : a.leadEn,
      content: bodyText(lang === 'vi' ? a.bodyVi : a.bodyEn),
      date: updatedOf(a),
      published: publishedOf(a),
      // RFC 4287 4.2.2: a category needs a term; the meeting's portal page (scheme + term) names it, the title labels it.
      category: a.meetings.map((m) => ({ term: String(m.id), scheme: link('/portal/meetings/'), name: lang === 'vi' ? m.nameVi : m.nameEn })),
      ...(a.leadPhoto ? { image: { url: link(a.leadPhoto.url), type: a.leadPhoto.type } } : {}),
    });
  }
  return feed.atom1();
}
