/**
 * The portal's pages as HTML for readers without JavaScript, link previews
 * and search engines: the main content of the portal home, a public
 * meeting's page and an article's page, written into the app's root element
 * (portal-pages.ts). The web app replaces it when it starts (main.tsx
 * renders into the root), so this is the same content in plain semantic
 * HTML, not the app's components: those need the browser (React Query,
 * i18next's lazy bundles, the visitor's zone). Times are the host's (or the
 * briefing's) with their UTC offset, as the server cannot know the reader's
 * zone. Every text is escaped; an article's body is sanitized again.
 *
 * Pure functions over what the portal's queries return: they only ever see
 * what the public may read.
 */
import { DateTime } from 'luxon';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';
import type { portalMeeting } from './portal-meetings.js';
import type { getArticle, listArticles, listBriefings } from './queries.js';
import { portalWords, type PortalLanguage as Lang } from './portal-words.js';
import { sanitizeBody } from './sanitize.js';

export type { PortalLanguage as Lang } from './portal-words.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One of a bilingual pair, in the reader's language (the other when it is empty). */
function pick<T extends object>(item: T, field: string, lang: Lang): string {
  const record = item as Record<string, unknown>;
  const own = record[`${field}${lang === 'vi' ? 'Vi' : 'En'}`];
  const other = record[`${field}${lang === 'vi' ? 'En' : 'Vi'}`];
  return typeof own === 'string' && own !== '' ? own : typeof other === 'string' ? other : '';
}

const locale = (lang: Lang) => (lang === 'vi' ? 'vi' : 'en-GB');

/** "9 September 2020, 09:00 (UTC+07:00)" in the given zone. */
function dateTime(at: Date, zone: string, lang: Lang): string {
  const t = DateTime.fromJSDate(at, { zone }).setLocale(locale(lang));
  return `${t.toLocaleString(DateTime.DATETIME_MED)} (UTC${t.toFormat('ZZ')})`;
}

function date(at: Date, zone: string, lang: Lang): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(locale(lang)).toLocaleString(DateTime.DATE_FULL);
}

/** A <time> element: the instant with its offset for machines, the words for people. */
const time = (at: Date, zone: string, text: string) =>
  `<time datetime="${escapeHtml(DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? at.toISOString())}">${escapeHtml(text)}</time>`;

const articlePath = (slug: string) => `/portal/articles/${encodeURIComponent(slug)}`;
const meetingPath = (id: number) => `/portal/meetings/${id}`;
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

type ArticleSummary = Awaited<ReturnType<typeof listArticles>>[number];
type Briefing = Awaited<ReturnType<typeof listBriefings>>[number];
type Article = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
type Photo = Article['photos'][number];

const shownAt = (a: { publishAt: Date | null; publishedAt: Date | null }) => a.publishAt ?? a.publishedAt;

function articleCard(a: ArticleSummary, lang: Lang): string {
  const when = shownAt(a);
  const meetings = a.meetings.map((m) => link(meetingPath(m.id), pick(m, 'name', lang))).join(' · ');
  return [
    '<article class="card portal-card">',
    `<h3>${link(articlePath(a.slug), pick(a, 'title', lang))}</h3>`,
    when ? `<p class="muted small">${time(when, CHAIR_ZONE, date(when, CHAIR_ZONE, lang))}</p>` : '',
    `<p>${escapeHtml(pick(a, 'lead', lang))}</p>`,
    meetings ? `<p class="badges">${meetings}</p>` : '',
    '</article>',
  ].join('');
}

function briefingItem(b: Briefing, lang: Lang, withLinks: boolean): string {
  const links = withLinks
    ? [
        b.meetingId ? link(meetingPath(b.meetingId), pick(b, 'meetingTitle', lang)) : '',
        b.article ? link(articlePath(b.article.slug), pick(b.article, 'title', lang)) : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  return [
    '<li class="card">',
    `<strong>${time(b.startsAt, b.timeZone, dateTime(b.startsAt, b.timeZone, lang))}</strong>`,
    `<div>${escapeHtml(pick(b, 'topic', lang))}</div>`,
    `<small class="muted">${escapeHtml([pick(b, 'place', lang), b.speakers.join(', ')].filter(Boolean).join(' · '))}</small>`,
    links ? `<p class="small">${links}</p>` : '',
    '</li>',
  ].join('');
}

export interface PortalHome {
  latest: ArticleSummary[];
  mostRead: ArticleSummary[];
  briefings: Briefing[];
  outcomeMeetings: Array<{ id: number; titleEn: string; titleVi: string; startsAt: Date; count: number }>;
}

export function homeHtml(home: PortalHome, lang: Lang): string {
  const t = portalWords[lang];
  return [
    '<main class="portal-static"><section class="portal">',
    `<h1>${escapeHtml(t.portal)}</h1>`,
    `<p class="muted">${escapeHtml(t.description)} · ${link(`/api/portal/atom.xml?lang=${lang}`, t.feed)}</p>`,
    `<section><h2>${escapeHtml(t.latest)}</h2>`,
    home.latest.length ? home.latest.map((a) => articleCard(a, lang)).join('') : `<p class="muted">${escapeHtml(t.none)}</p>`,
    '</section>',
    home.briefings.length
      ? `<section><h2>${escapeHtml(t.briefings)}</h2><ul class="plain">${home.briefings.map((b) => briefingItem(b, lang, true)).join('')}</ul></section>`
      : '',
    home.outcomeMeetings.length
      ? `<section><h2>${escapeHtml(t.documents)}</h2><ul class="plain">${home.outcomeMeetings
          .map(
            (m) =>
              `<li>${link(meetingPath(m.id), pick(m, 'title', lang))} <span class="muted small">${time(m.startsAt, CHAIR_ZONE, date(m.startsAt, CHAIR_ZONE, lang))} · ${escapeHtml(t.documentCount(m.count))}</span></li>`,
          )
          .join('')}</ul></section>`
      : '',
    home.mostRead.length
      ? `<section><h2>${escapeHtml(t.mostRead)}</h2><ol>${home.mostRead.map((a) => `<li>${link(articlePath(a.slug), pick(a, 'title', lang))}</li>`).join('')}</ol></section>`
      : '',
    '</section></main>',
  ].join('');
}

type MeetingPage = NonNullable<Awaited<ReturnType<typeof portalMeeting>>>;

export function meetingHtml(page: MeetingPage, lang: Lang): string {
  const t = portalWords[lang];
  const m = page.meeting;
  const start = DateTime.fromJSDate(m.startsAt, { zone: m.hostTimeZone }).setLocale(locale(lang));
  const end = DateTime.fromJSDate(m.endsAt, { zone: m.hostTimeZone }).setLocale(locale(lang));
  const sameDay = start.hasSame(end, 'day');
  const range = sameDay
    ? `${start.toLocaleString(DateTime.DATE_FULL)}, ${start.toLocaleString(DateTime.TIME_SIMPLE)}–${end.toLocaleString(DateTime.TIME_SIMPLE)}`
    : `${start.toLocaleString(DateTime.DATE_FULL)} – ${end.toLocaleString(DateTime.DATE_FULL)}`;
  const status = t.status[m.status];
  const documents = page.outcomes.groups.flatMap((g) => g.documents);
  return [
    '<main class="portal-static"><article class="portal portal-meeting">',
    `<p class="breadcrumb">${link('/portal', `← ${t.portal}`)}</p>`,
    `<p class="eyebrow">${escapeHtml(t.meeting)}</p>`,
    `<h1>${escapeHtml(pick(m, 'title', lang))}</h1>`,
    status ? `<p><strong>${escapeHtml(status)}</strong></p>` : '',
    '<dl class="portal-when">',
    `<dt>${escapeHtml(t.when)}</dt><dd>${time(m.startsAt, m.hostTimeZone, `${range} (UTC${start.toFormat('ZZ')})`)}</dd>`,
    `<dt>${escapeHtml(t.where)}</dt><dd>${escapeHtml(pick(m, 'hostCity', lang))} · ${escapeHtml(t.format[m.format] ?? m.format)}</dd>`,
    '</dl>',
    `<p>${link(`${meetingPath(m.id)}/live`, t.follow)}</p>`,
    `<section><h2>${escapeHtml(t.outcomes(page.outcomes.total))}</h2>`,
    documents.length
      ? `<ul class="plain">${documents.map((d) => `<li>${link(`/documents/${d.id}`, pick(d, 'title', lang))} <span class="muted small">${escapeHtml(d.referenceCode)}</span></li>`).join('')}</ul>`
      : `<p class="muted">${escapeHtml(t.noOutcomes)}</p>`,
    `<p>${link(`/documents?meeting=${m.id}`, t.inRegistry)}</p></section>`,
    page.briefings.length
      ? `<section><h2>${escapeHtml(t.briefings)}</h2><ul class="plain">${page.briefings.map((b) => briefingItem(b, lang, false)).join('')}</ul></section>`
      : '',
    `<section><h2>${escapeHtml(t.meetingNews)}</h2>`,
    page.articles.length ? page.articles.map((a) => articleCard(a, lang)).join('') : `<p class="muted">${escapeHtml(t.none)}</p>`,
    '</section></article></main>',
  ].join('');
}

function figure(photo: Photo, lang: Lang, eager: boolean): string {
  const caption = pick(photo, 'caption', lang);
  return [
    '<figure class="portal-figure">',
    `<img src="${escapeHtml(photo.url)}" alt="${escapeHtml(caption)}" width="${photo.width}" height="${photo.height}" loading="${eager ? 'eager' : 'lazy'}" decoding="async">`,
    `<figcaption>${escapeHtml(caption)} <span class="photo-credit">${escapeHtml(portalWords[lang].photoCredit(photo.credit))}</span></figcaption>`,
    '</figure>',
  ].join('');
}

export function articleHtml(article: Article & { related: ArticleSummary[] }, lang: Lang): string {
  const t = portalWords[lang];
  const when = shownAt(article);
  // Stored sanitized; sanitized again here, so the page never carries more than the editor may write.
  const body = sanitizeBody(pick(article, 'body', lang), new Set(article.photos.map((p) => p.id)));
  const inBody = new Set(article.photos.filter((p) => body.includes(`src="${p.url}"`)).map((p) => p.id));
  const lead = article.leadPhoto && !inBody.has(article.leadPhoto.id) ? article.leadPhoto : null;
  const gallery = article.photos.filter((p) => p.id !== lead?.id && !inBody.has(p.id));
  const tags = [
    ...article.meetings.map((m) => link(meetingPath(m.id), pick(m, 'name', lang))),
    ...article.people.map((p) => link(`/people/${p.id}`, pick(p, 'name', lang))),
    ...article.documents.map((d) => link(`/documents/${d.id}`, pick(d, 'name', lang))),
  ];
  return [
    '<main class="portal-static"><article class="portal-article">',
    `<p class="breadcrumb">${link('/portal', `← ${t.portal}`)}</p>`,
    `<h1>${escapeHtml(pick(article, 'title', lang))}</h1>`,
    when ? `<p class="muted">${time(when, CHAIR_ZONE, dateTime(when, CHAIR_ZONE, lang))}</p>` : '',
    `<p class="portal-lead">${escapeHtml(pick(article, 'lead', lang))}</p>`,
    lead ? figure(lead, lang, true) : '',
    `<div class="portal-body">${body}</div>`,
    gallery.length ? `<section class="portal-gallery">${gallery.map((p) => figure(p, lang, false)).join('')}</section>` : '',
    tags.length ? `<section class="portal-tags" aria-label="${escapeHtml(t.tags)}"><p class="badges">${tags.join(' · ')}</p></section>` : '',
    article.related.length ? `<section><h2>${escapeHtml(t.related)}</h2>${article.related.map((a) => articleCard(a, lang)).join('')}</section>` : '',
    '</article></main>',
  ].join('');
}

/** The page with `content` as the root element's children (the app replaces them when it starts). */
export function inRoot(html: string, content: string): string {
  return html.replace(/<div id="root"><\/div>/, () => `<div id="root">${content}</div>`);
}
