import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { createArticle, moveArticle, updateArticle } from './commands.js';
import { getArticle, listArticles } from './queries.js';
import { articleAction, articleInput, articleSummary, articleView } from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['press: news and briefings'];

export function newsRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const byId = async (id: number, viewer: Parameters<typeof getArticle>[3]) => {
    const article = await getArticle(db, { id }, undefined, viewer);
    if (!article) throw notFound('Article');
    return article;
  };

  route.get(
    '/api/press/articles',
    {
      permission: 'press.write',
      summary: 'All articles, in any state',
      response: { 200: z.object({ articles: z.array(articleSummary) }) },
    },
    async (request) => ({ articles: await listArticles(db, { viewer: request.principal }) }),
  );

  route.get(
    '/api/press/articles/:id',
    {
      permission: 'press.write',
      summary: 'An article in any state',
      params: idParams,
      response: { 200: articleView },
      errors: ['not_found'],
    },
    async (request) => byId(request.params.id, request.principal),
  );

  route.post(
    '/api/press/articles',
    {
      permission: 'press.write',
      summary: 'Write a draft article (body HTML is sanitized)',
      body: articleInput,
      response: { 201: articleView },
      errors: ['invalid_reference', 'conflict'],
    },
    async (request, reply) => reply.status(201).send(await byId(await createArticle(db, actorOf(request), request.body), request.principal)),
  );

  route.put(
    '/api/press/articles/:id',
    {
      permission: 'press.write',
      summary: 'Change a draft article',
      params: idParams,
      body: articleInput,
      response: { 200: articleView },
      errors: ['not_found', 'invalid_transition', 'invalid_reference', 'conflict'],
    },
    async (request) => {
      await updateArticle(db, actorOf(request), request.params.id, request.body);
      return byId(request.params.id, request.principal);
    },
  );

  route.post(
    '/api/press/articles/:id/action',
    {
      permission: 'press.write',
      summary: 'Submit for review; return, publish or withdraw (press officers only)',
      params: idParams,
      body: articleAction,
      response: { 200: articleView },
      errors: ['not_found', 'invalid_transition', 'forbidden'],
    },
    async (request) => {
      await moveArticle(db, actorOf(request), request.params.id, request.body.action, can(request.principal, 'press.review'));
      return byId(request.params.id, request.principal);
    },
  );
}
