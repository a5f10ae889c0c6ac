import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { notFound } from '../../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../../http/types.js';
import { createArticle, moveArticle, updateArticle } from './commands.js';
import { getArticle, listArticles } from './queries.js';
import { articleAction, articleInput, articleSummary, articleView } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['press: news and briefings'];

export function newsRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const byId = async (id: number, viewer: Parameters<typeof getArticle>[3]) => {
    const article = await getArticle(db, { id }, undefined, viewer);
    if (!article) throw notFound('Article');
    return article;
  };

  app.get(
    '/api/press/articles',
    {
      config: { permission: 'press.write' },
      schema: { tags, summary: 'All articles, in any state', response: { 200: z.object({ articles: z.array(articleSummary) }), ...errors } },
    },
    async (request) => ({ articles: await listArticles(db, { viewer: request.principal }) }),
  );

  app.get(
    '/api/press/articles/:id',
    { config: { permission: 'press.write' }, schema: { tags, summary: 'An article in any state', params: idParams, response: { 200: articleView, ...errors } } },
    async (request) => byId(request.params.id, request.principal),
  );

  app.post(
    '/api/press/articles',
    {
      config: { permission: 'press.write' },
      schema: { tags, summary: 'Write a draft article (body HTML is sanitized)', body: articleInput, response: { 201: articleView, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await byId(await createArticle(db, actorOf(request), request.body), request.principal)),
  );

  app.put(
    '/api/press/articles/:id',
    {
      config: { permission: 'press.write' },
      schema: { tags, summary: 'Change a draft article', params: idParams, body: articleInput, response: { 200: articleView, ...errors } },
    },
    async (request) => {
      await updateArticle(db, actorOf(request), request.params.id, request.body);
      return byId(request.params.id, request.principal);
    },
  );

  app.post(
    '/api/press/articles/:id/action',
    {
      config: { permission: 'press.write' },
      schema: {
        tags,
        summary: 'Submit for review; return, publish or withdraw (press officers only)',
        params: idParams,
        body: articleAction,
        response: { 200: articleView, ...errors },
      },
    },
    async (request) => {
      await moveArticle(db, actorOf(request), request.params.id, request.body.action, can(request.principal, 'press.review'));
      return byId(request.params.id, request.principal);
    },
  );
}
