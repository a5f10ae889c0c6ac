/** The public portal's API: no sign-in; only what is published and due. */
import { Feed } from 'feed';
import { z } from 'zod';
import { notFound } from '../../http/errors.js';
import { errorResponse, type App, type Deps } from '../../http/types.js';
import { countView, getArticle, listArticles, listBriefings, relatedArticles } from './queries.js';
import { bodyText } from './sanitize.js';
import { articleSummary, articleView, briefingView } from './schemas.js';

const tags = ['portal'];

export function portalRoutes(app: App, { database }: Deps): void {
  const { db } = database;

  app.get(
    '/api/portal/home',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Latest articles, the most read and the press briefings',
        response: { 200: z.object({ latest: z.array(articleSummary), mostRead: z.array(articleSummary), briefings: z.array(briefingView) }) },
      },
    },
    async () => {
      const now = new Date();
      return {
        latest: await listArticles(db, { now, limit: 12 }),
        mostRead: await listArticles(db, { now, limit: 5, orderByViews: true }),
        briefings: await listBriefings(db),
      };
    },
  );

  app.get(
    '/api/portal/articles',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Published articles, newest first; by meeting',
        querystring: z.object({ meetingId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ articles: z.array(articleSummary) }), 400: errorResponse },
      },
    },
    async (request) => ({ articles: await listArticles(db, { now: new Date(), meetingId: request.query.meetingId }) }),
  );

  app.get(
    '/api/portal/articles/:slug',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'A published article with related articles (counts a view)',
        params: z.object({ slug: z.string().max(200) }),
        response: { 200: articleView.extend({ related: z.array(articleSummary) }), 404: errorResponse },
      },
    },
    async (request) => {
      const now = new Date();
      const article = await getArticle(db, { slug: request.params.slug }, now);
      if (!article) throw notFound('Article');
      await countView(db, article.id);
      return { ...article, related: await relatedArticles(db, article.id, now) };
    },
  );

  app.get(
    '/api/portal/briefings',
    { config: { permission: 'public' }, schema: { tags, summary: 'Press briefings', response: { 200: z.object({ briefings: z.array(briefingView) }) } } },
    async () => ({ briefings: await listBriefings(db) }),
  );

  app.get(
    '/api/portal/atom.xml',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Atom feed of published articles', querystring: z.object({ lang: z.enum(['vi', 'en']).default('vi') }) },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const base = `${request.protocol}://${request.host}`;
      const items = await listArticles(db, { now: new Date(), limit: 30 });
      const feed = new Feed({
        title: lang === 'vi' ? 'Gavel — Tin tức năm Chủ tịch ASEAN' : 'Gavel — News of the ASEAN chairmanship',
        id: `${base}/portal`,
        link: `${base}/portal`,
        language: lang,
        updated: items[0]?.publishAt ?? items[0]?.publishedAt ?? new Date(0),
        feedLinks: { atom: `${base}/api/portal/atom.xml?lang=${lang}` },
        copyright: '',
      });
      for (const a of items) {
        feed.addItem({
          title: lang === 'vi' ? a.titleVi : a.titleEn,
          id: `${base}/portal/articles/${a.slug}`,
          link: `${base}/portal/articles/${a.slug}`,
          description: lang === 'vi' ? a.leadVi : a.leadEn,
          content: bodyText(lang === 'vi' ? a.bodyVi : a.bodyEn),
          date: a.publishAt ?? a.publishedAt ?? new Date(0),
          category: a.meetings.map((m) => ({ name: lang === 'vi' ? m.nameVi : m.nameEn })),
        });
      }
      return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
    },
  );
}
