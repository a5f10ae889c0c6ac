/**
 * The portal's pages as link previews, search engines and readers without
 * JavaScript see them: the web UI's index.html with the page's title,
 * description, Open Graph tags and schema.org JSON-LD (`Event` for a public
 * meeting, `NewsArticle` for a published article), and the page's content as
 * HTML in the root element (portal-html.ts; the app replaces it when it
 * starts), in the reader's language, from the read cache with an ETag; plus
 * /sitemap.xml and /robots.txt. Links are absolute, from the configured
 * public URL. Nothing here names an internal meeting or an article the
 * public may not read yet.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { desc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import { minuteBucket, sendCachedAnswer } from '../../http/cached-answer.js';
import { idParams, rawText } from '../../http/primitives.js';
import { absoluteUrl } from '../../http/public-url.js';
import { routes } from '../../http/route.js';
import type { App, Deps } from '../../http/types.js';
import { articles } from '../../press/schema.js';
import { portalHome, portalMeeting, type publicMeeting } from './portal-meetings.js';
import { getArticle, relatedArticles } from './queries.js';
import { withShareMeta } from './share-meta.js';
import { isPublic, type ArticleStatus } from './workflow.js';
import { pageLanguage } from '../../http/page-language.js';
import { articleHtml, homeHtml, inRoot, meetingHtml, type Lang } from './portal-html.js';

const HTML = 'text/html; charset=utf-8';
const SITE_NAME = 'Gavel';

const pageQuery = z.object({ lang: z.enum(['vi', 'en']).optional().describe('the page language; else Accept-Language') });

/** An instant as the host's wall clock with its offset: 2020-09-09T09:00:00+07:00. */
export function withOffset(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? at.toISOString();
}

const attendanceModes: Record<string, string> = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};
const eventStatuses: Record<string, string> = {
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

type PublicMeeting = NonNullable<Awaited<ReturnType<typeof publicMeeting>>>;

const organization = (publicUrl: string) => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(publicUrl, '/portal') });

/** schema.org Event of a public meeting: both names, local times with offsets, where and how it is held, and whether it is. */
export function meetingEvent(publicUrl: string, m: PublicMeeting) {
  const url = absoluteUrl(publicUrl, `/portal/meetings/${m.id}`);
  const place = {
    '@type': 'Place',
    name: [
      { '@value': m.hostCityEn, '@language': 'en' },
      { '@value': m.hostCityVi, '@language': 'vi' },
    ],
    address: { '@type': 'PostalAddress', addressLocality: m.hostCityEn },
  };
  const online = { '@type': 'VirtualLocation', url: absoluteUrl(publicUrl, `/portal/meetings/${m.id}/live`) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: [
      { '@value': m.titleEn, '@language': 'en' },
      { '@value': m.titleVi, '@language': 'vi' },
    ],
    url,
    startDate: withOffset(m.startsAt, m.hostTimeZone),
    endDate: withOffset(m.endsAt, m.hostTimeZone),
    eventAttendanceMode: attendanceModes[m.format] ?? attendanceModes['in_person'],
    eventStatus: eventStatuses[m.status] ?? 'https://schema.org/EventScheduled',
    location: m.format === 'virtual' ? online : m.format === 'hybrid' ? [place, online] : place,
    organizer: organization(publicUrl),
  };
}

type PublicArticle = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** schema.org NewsArticle of a published article, in the reader's language. */
export function newsArticle(publicUrl: string, a: PublicArticle, lang: Lang) {
  const url = absoluteUrl(publicUrl, `/portal/articles/${a.slug}`);
  const published = a.publishAt ?? a.publishedAt;
  const modified = [published, a.updatedAt].filter((d): d is Date => d instanceof Date).sort((x, y) => y.getTime() - x.getTime())[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: lang === 'vi' ? a.titleVi : a.titleEn,
    alternativeHeadline: lang === 'vi' ? a.titleEn : a.titleVi,
    description: lang === 'vi' ? a.leadVi : a.leadEn,
    inLanguage: lang,
    url,
    mainEntityOfPage: url,
    ...(published ? { datePublished: published.toISOString() } : {}),
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    author: organization(publicUrl),
    publisher: organization(publicUrl),
    ...(a.photos.length ? { image: a.photos.map((p) => absoluteUrl(publicUrl, p.url)) } : {}),
    about: a.meetings.map((m) => ({ '@type': 'Event', name: lang === 'vi' ? m.nameVi : m.nameEn, url: absoluteUrl(publicUrl, `/portal/meetings/${m.id}`) })),
  };
}

const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Public meetings and the articles the public may read now, each with when it last changed. */
async function sitemapEntries(db: DbOrTx, now: Date) {
  const meetingRows = await db
    .select({ id: meetings.id, updatedAt: meetings.updatedAt })
    .from(meetings)
    .where(eq(meetings.isPublic, true))
    .orderBy(desc(meetings.startsAt));
  const articleRows = await db
    .select({ slug: articles.slug, status: articles.status, publishAt: articles.publishAt, updatedAt: articles.updatedAt })
    .from(articles)
    .where(inArray(articles.status, ['published']))
    .orderBy(desc(articles.updatedAt));
  return {
    meetings: meetingRows,
    articles: articleRows.filter((a) => isPublic({ status: a.status as ArticleStatus, publishAt: a.publishAt }, now)),
  };
}

export function sitemapXml(publicUrl: string, entries: Awaited<ReturnType<typeof sitemapEntries>>): string {
  const latest = [...entries.meetings, ...entries.articles].map((e) => e.updatedAt.getTime()).reduce((a, b) => Math.max(a, b), 0);
  const url = (path: string, lastmod?: Date) =>
    `  <url><loc>${xmlEscape(absoluteUrl(publicUrl, path))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/portal', latest ? new Date(latest) : undefined),
    ...entries.articles.map((a) => url(`/portal/articles/${encodeURIComponent(a.slug)}`, a.publishAt && a.publishAt > a.updatedAt ? a.publishAt : a.updatedAt)),
    ...entries.meetings.map((m) => url(`/portal/meetings/${m.id}`, m.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /portal',
    'Allow: /api/portal/atom.xml',
    'Allow: /api/meetings/*/calendar.ics',
    'Disallow: /api/',
    '',
    `Sitemap: ${absoluteUrl(publicUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}

export function portalPageRoutes(app: App, { database, config, readCache, webRoot }: Deps): void {
  const route = routes(app, 'portal');
  const { db } = database;
  // The built web UI's page, read once it exists (tests and development may run without it).
  let shell: string | null = null;
  const loadShell = async () => (shell ??= webRoot ? await readFile(join(webRoot, 'index.html'), 'utf8').catch(() => null) : null);

  /** The page from the cache; a page that names nothing public is the plain app (its own "not found"), answered 404. */
  async function page(
    request: FastifyRequest<{ Querystring: { lang?: Lang } }>,
    reply: FastifyReply,
    key: string,
    render: (html: string, lang: Lang) => Promise<string | null>,
  ) {
    const html = await loadShell();
    if (!html) return reply.callNotFound();
    const lang = pageLanguage(request.query.lang, request.headers['accept-language']);
    const answer = await readCache.answer(
      `page:${key}:${lang}:${minuteBucket()}`,
      () => render(html, lang),
      (body) => body ?? '',
    );
    if (answer.body === '') return reply.code(404).type(HTML).header('cache-control', 'no-cache').send(html);
    return sendCachedAnswer(request, reply, answer, { type: HTML, vary: 'Accept-Language' });
  }

  route.get(
    '/portal',
    { permission: 'public', summary: "The portal's home page with its content and share preview", hide: true, querystring: pageQuery },
    (request, reply) =>
      page(request, reply, 'portal', async (html, lang) =>
        withShareMeta(inRoot(html, homeHtml(await portalHome(db, new Date()), lang)), {
          title: lang === 'vi' ? `Cổng thông tin · ${SITE_NAME}` : `Portal · ${SITE_NAME}`,
          description:
            lang === 'vi'
              ? 'Tin tức, họp báo, lịch các hội nghị công khai và văn kiện được thông qua trong năm Chủ tịch ASEAN.'
              : 'News, press briefings, the public meetings and the documents they adopted during the ASEAN chairmanship year.',
          url: absoluteUrl(config.publicUrl, '/portal'),
          lang,
          type: 'website',
          jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(config.publicUrl, '/portal'), inLanguage: lang },
        }),
      ),
  );

  route.get(
    '/portal/meetings/:id',
    {
      permission: 'public',
      summary: "A public meeting's page with its content, share preview and schema.org Event",
      hide: true,
      params: idParams,
      querystring: pageQuery,
    },
    (request, reply) =>
      page(request, reply, `meeting:${request.params.id}`, async (html, lang) => {
        const content = await portalMeeting(db, request.params.id, new Date());
        if (!content) return null;
        const m = content.meeting;
        const city = lang === 'vi' ? m.hostCityVi : m.hostCityEn;
        const when = DateTime.fromJSDate(m.startsAt, { zone: m.hostTimeZone }).setLocale(lang).toLocaleString(DateTime.DATE_FULL);
        return withShareMeta(inRoot(html, meetingHtml(content, lang)), {
          title: `${lang === 'vi' ? m.titleVi : m.titleEn} · ${SITE_NAME}`,
          description: `${city}, ${when}`,
          url: absoluteUrl(config.publicUrl, `/portal/meetings/${m.id}`),
          lang,
          type: 'website',
          jsonLd: meetingEvent(config.publicUrl, m),
        });
      }),
  );

  route.get(
    '/portal/articles/:slug',
    {
      permission: 'public',
      summary: "An article's page with its content, share preview (Open Graph and Twitter card) and schema.org NewsArticle",
      hide: true,
      params: z.object({ slug: rawText(200) }),
      querystring: pageQuery,
    },
    (request, reply) =>
      page(request, reply, `article:${request.params.slug}`, async (html, lang) => {
        const now = new Date();
        const article = await getArticle(db, { slug: request.params.slug }, now);
        if (!article) return null;
        const lead = article.leadPhoto;
        const content = articleHtml({ ...article, related: await relatedArticles(db, article.id, now) }, lang);
        return withShareMeta(inRoot(html, content), {
          title: `${lang === 'vi' ? article.titleVi : article.titleEn} · ${SITE_NAME}`,
          description: lang === 'vi' ? article.leadVi : article.leadEn,
          url: absoluteUrl(config.publicUrl, `/portal/articles/${article.slug}`),
          lang,
          image: lead && {
            url: absoluteUrl(config.publicUrl, lead.url),
            width: lead.width,
            height: lead.height,
            alt: lang === 'vi' ? lead.captionVi : lead.captionEn,
          },
          jsonLd: newsArticle(config.publicUrl, article, lang),
        });
      }),
  );

  route.get(
    '/sitemap.xml',
    { permission: 'public', summary: 'The portal pages for search engines, with when each last changed', hide: true },
    async (request, reply) => {
      const answer = await readCache.answer(
        `sitemap:${minuteBucket()}`,
        () => sitemapEntries(db, new Date()),
        (entries) => sitemapXml(config.publicUrl, entries),
      );
      return sendCachedAnswer(request, reply, answer, { type: 'application/xml; charset=utf-8' });
    },
  );

  route.get('/robots.txt', { permission: 'public', summary: 'What crawlers may read: the portal and its feeds, not the API', hide: true }, (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(robotsTxt(config.publicUrl)),
  );
}
