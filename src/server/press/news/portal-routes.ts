/**
 * The public portal's API: no sign-in; only what is published and due. Its
 * answers are the same whoever asks, so they come from the read cache
 * (emptied on every commit) with an ETag, Last-Modified and a public
 * Cache-Control (http/cached-answer.ts); keys carry the minute, as a
 * scheduled article becomes public without a commit.
 */
import { imageExtension, inlineDisposition } from '../../files/kinds.js';
import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { notFound } from '../../http/errors.js';
import { idParam, rawText } from '../../http/primitives.js';
import { idParams, type App, type Deps } from '../../http/types.js';
import { atomFeed } from './atom.js';
import { portalHome, portalMeeting } from './portal-meetings.js';
import { countView, getArticle, listArticles, listBriefings, photoFile, relatedArticles } from './queries.js';
import { articleList, articlePage, briefingList, homeView, portalMeetingView } from './schemas.js';
import { routes } from '../../http/route.js';
import { minuteBucket, sendCachedAnswer } from '../../http/cached-answer.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Serialized through the response schema, as Fastify would: only the fields it names. */
const through =
  <S extends z.ZodTypeAny>(schema: S) =>
  (value: z.input<S>) =>
    JSON.stringify(schema.parse(value));
const orNull =
  <S extends z.ZodTypeAny>(schema: S) =>
  (value: z.input<S> | null) =>
    value === null ? 'null' : JSON.stringify(schema.parse(value));

const tags = ['portal'];

export function portalRoutes(app: App, { database, config, readCache }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.get(
    '/api/portal/home',
    {
      permission: 'public',
      summary: 'Latest articles, the most read, the press briefings and the latest meetings with public outcome documents',
      response: { 200: homeView },
    },
    async (request, reply) => {
      const answer = await readCache.answer(`portal:home:${minuteBucket()}`, () => portalHome(db, new Date()), through(homeView));
      return sendCachedAnswer(request, reply, answer, { type: JSON_TYPE });
    },
  );

  route.get(
    '/api/portal/articles',
    {
      permission: 'public',
      summary: 'Published articles, newest first; by meeting',
      querystring: z.object({ meetingId: idParam().optional() }),
      response: { 200: articleList },
    },
    async (request, reply) => {
      const { meetingId } = request.query;
      const answer = await readCache.answer(
        `portal:articles:${meetingId ?? ''}:${minuteBucket()}`,
        async () => ({ articles: await listArticles(db, { now: new Date(), meetingId }) }),
        through(articleList),
      );
      return sendCachedAnswer(request, reply, answer, { type: JSON_TYPE });
    },
  );

  route.get(
    '/api/portal/articles/:slug',
    {
      permission: 'public',
      summary: 'A published article with related articles (counts a view)',
      params: z.object({ slug: rawText(200) }),
      response: { 200: articlePage },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const { slug } = request.params;
      const answer = await readCache.answer(
        `portal:article:${slug}:${minuteBucket()}`,
        async () => {
          const now = new Date();
          const article = await getArticle(db, { slug }, now);
          return article && { ...article, related: await relatedArticles(db, article.id, now) };
        },
        orNull(articlePage),
      );
      if (answer.body === 'null') throw notFound('Article');
      // Every reading counts, also one answered from the cache (or by a 304);
      // the count itself (no commit, no change-log event) leaves the cache alone.
      await countView(db, { slug });
      return sendCachedAnswer(request, reply, answer, { type: JSON_TYPE });
    },
  );

  route.get(
    '/api/portal/briefings',
    {
      permission: 'public',
      summary: 'Press briefings',
      response: { 200: briefingList },
    },
    async (request, reply) => {
      const answer = await readCache.answer(
        `portal:briefings:${minuteBucket()}`,
        async () => ({ briefings: await listBriefings(db, new Date()) }),
        through(briefingList),
      );
      return sendCachedAnswer(request, reply, answer, { type: JSON_TYPE });
    },
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
    async (request, reply) => {
      const { id } = request.params;
      const answer = await readCache.answer(`portal:meeting:${id}:${minuteBucket()}`, () => portalMeeting(db, id, new Date()), orNull(portalMeetingView));
      if (answer.body === 'null') throw notFound('Meeting');
      return sendCachedAnswer(request, reply, answer, { type: JSON_TYPE });
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
      const { lang } = request.query;
      const answer = await readCache.answer(
        `portal:atom:${lang}:${minuteBucket()}`,
        () => listArticles(db, { now: new Date(), limit: 30 }),
        (items) => atomFeed(config.publicUrl, lang, items),
      );
      return sendCachedAnswer(request, reply, answer, { type: 'application/atom+xml; charset=utf-8' });
    },
  );
}
