/** Press briefings on the news desk: announcing, recording remarks, publishing them as news. */
import { z } from 'zod';
import { meetingScope, viewerOf } from '../../auth/policies/index.js';
import { notFound } from '../../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../../http/types.js';
import { createBriefing, publishRemarks, recordRemarks } from './briefings.js';
import { deskBriefings, getArticle } from './queries.js';
import { articleView, briefingDeskView, briefingInput, briefingRemarks } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['press: news and briefings'];

export function briefingRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const byId = async (id: number, request: Parameters<typeof viewerOf>[0]) => {
    const [briefing] = await deskBriefings(db, meetingScope(viewerOf(request)), id);
    if (!briefing) throw notFound('Briefing');
    return briefing;
  };

  app.get(
    '/api/press/briefings',
    {
      config: { permission: 'press.write' },
      schema: { tags, summary: 'Briefings with their remarks and the article made from them', response: { 200: z.object({ briefings: z.array(briefingDeskView) }), ...errors } },
    },
    async (request) => ({ briefings: await deskBriefings(db, meetingScope(viewerOf(request))) }),
  );

  app.post(
    '/api/press/briefings',
    {
      config: { permission: 'press.review' },
      schema: { tags, summary: 'Announce a press briefing', body: briefingInput, response: { 201: briefingDeskView, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await byId(await createBriefing(db, actorOf(request), request.body), request)),
  );

  app.put(
    '/api/press/briefings/:id/remarks',
    {
      config: { permission: 'press.review' },
      schema: {
        tags,
        summary: "Record the speakers' remarks, in both languages (plain text; blank lines split paragraphs)",
        params: idParams,
        body: briefingRemarks,
        response: { 200: briefingDeskView, ...errors },
      },
    },
    async (request) => {
      await recordRemarks(db, actorOf(request), request.params.id, request.body);
      return byId(request.params.id, request);
    },
  );

  app.post(
    '/api/press/briefings/:id/article',
    {
      config: { permission: 'press.review' },
      schema: {
        tags,
        summary: "Publish the remarks as news: a draft article tagged with the briefing's meeting and speakers, linked to the briefing",
        params: idParams,
        response: { 201: articleView, ...errors },
      },
    },
    async (request, reply) => {
      const articleId = await publishRemarks(db, actorOf(request), request.params.id);
      return reply.status(201).send((await getArticle(db, { id: articleId }, undefined, request.principal))!);
    },
  );
}
