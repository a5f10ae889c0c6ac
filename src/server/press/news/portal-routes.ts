/** The public portal's API: no sign-in; only what is published and due. */
import { imageExtension, inlineDisposition } from '../../files/kinds.js';
import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { outcomeList as outcomeListSchema } from '../../documents/schemas.js';
import { notFound } from '../../http/errors.js';
import { idParam, rawText } from '../../http/primitives.js';
import { idParams, type App, type Deps } from '../../http/types.js';
import { atomFeed } from './atom.js';
import { meetingsWithOutcomes, portalMeeting } from './portal-meetings.js';
import { countView, getArticle, listArticles, listBriefings, photoFile, relatedArticles } from './queries.js';
import { articleSummary, articleView, briefingView } from './schemas.js';
import { routes } from '../../http/route.js';

const outcomeMeeting = z.object({ id: z.number().int(), titleEn: z.string(), titleVi: z.string(), startsAt: z.date(), count: z.number().int() });

const portalMeetingView = z.object({
  meeting: z.object({
    id: z.number().int(),
    titleEn: z.string(),
    titleVi: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    hostTimeZone: z.string(),
    hostCityEn: z.string(),
    hostCityVi: z.string(),
    format: z.string(),
  }),
  outcomes: outcomeListSchema.pick({ total: true, groups: true }),
  articles: z.array(articleSummary),
  briefings: z.array(briefingView),
});

const tags = ['portal'];

export function portalRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.get(
    '/api/portal/home',
    {
      permission: 'public',
      summary: 'Latest articles, the most read, the press briefings and the latest meetings with public outcome documents',
      response: { 200: z.object({
            latest: z.array(articleSummary),
            mostRead: z.array(articleSummary),
            briefings: z.array(briefingView),
            outcomeMeetings: z.array(outcomeMeeting),
          }) },
    },
    async () => {
      const now = new Date();
      return {
        latest: await listArticles(db, { now, limit: 12 }),
        mostRead: await listArticles(db, { now, limit: 5, orderByViews: true }),
        briefings: await listBriefings(db, now),
        outcomeMeetings: await meetingsWithOutcomes(db, 6),
      };
    },
  );

  route.get(
    '/api/portal/articles',
    {
      permission: 'public',
      summary: 'Published articles, newest first; by meeting',
      querystring: z.object({ meetingId: idParam().optional() }),
      response: { 200: z.object({ articles: z.array(articleSummary) }) },
    },
    async (request) => ({ articles: await listArticles(db, { now: new Date(), meetingId: request.query.meetingId }) }),
  );

  route.get(
    '/api/portal/articles/:slug',
    {
      permission: 'public',
      summary: 'A published article with related articles (counts a view)',
      params: z.object({ slug: rawText(200) }),
      response: { 200: articleView.extend({ related: z.array(articleSummary) }) },
      errors: ['not_found'],
    },
    async (request) => {
      const now = new Date();
      const article = await getArticle(db, { slug: request.params.slug }, now);
      if (!article) throw notFound('Article');
      await countView(db, article.id);
      return { ...article, related: await relatedArticles(db, article.id, now) };
    },
  );

  route.get(
    '/api/portal/briefings',
    {
      permission: 'public',
      summary: 'Press briefings',
      response: { 200: z.object({ briefings: z.array(briefingView) }) },
    },
    async () => ({ briefings: await listBriefings(db, new Date()) }),
  );

  route.get(
    '/api/portal/meetings/:id',
    {
      permission: 'public',
      summary: 'A public meeting: what it adopted, noted and issued (only documents the public may see, whoever asks), its news and briefings',
      params: idParams,
      response: { 200: portalMeetingView },
      errors: ['not_found'],
    },
    async (request) => {
      const page = await portalMeeting(db, request.params.id, new Date());
      if (!page) throw notFound('Meeting');
      return page;
    },
  );

  route.get(
    '/api/portal/photos/:id',
    {
      permission: 'public',
      summary: "An article's photo: public once its article is; before that only for the news desk",
      params: idParams,
      errors: ['not_found'],
    },
    async (request, reply) => {
      const photo = await photoFile(db, request.params.id);
      const open = photo?.isPublic(new Date()) ?? false;
      if (!photo || (!open && !can(request.principal, 'press.write'))) throw notFound('Photo');
      return reply
        .type(photo.type)
        .header('content-disposition', inlineDisposition(`photo-${request.params.id}.${imageExtension(photo.type)}`))
        .header('cache-control', open ? 'public, max-age=300' : 'private, no-store')
        .send(photo.bytes);
    },
  );

  route.get(
    '/api/portal/atom.xml',
    {
      permission: 'public',
      summary: 'Atom feed of published articles',
      querystring: z.object({ lang: z.enum(['vi', 'en']).default('vi') }),
    },
    async (request, reply) => {
      const items = await listArticles(db, { now: new Date(), limit: 30 });
      return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(config.publicUrl, request.query.lang, items));
    },
  );
}
