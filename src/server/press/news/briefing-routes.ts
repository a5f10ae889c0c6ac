/** Press briefings on the news desk: announcing, recording remarks, publishing them as news. */
import { z } from 'zod';
import { meetingScope, viewerOf } from '../../auth/policies/index.js';
import { notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { createBriefing, publishRemarks, recordRemarks } from './briefings.js';
import { deskBriefings, getArticle } from './queries.js';
import { articleView, briefingDeskView, briefingInput, briefingRemarks } from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['press: news and briefings'];

export function briefingRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const byId = async (id: number, request: Parameters<typeof viewerOf>[0]) => {
    const [briefing] = await deskBriefings(db, meetingScope(viewerOf(request)), id);
    if (!briefing) throw notFound('Briefing');
    return briefing;
  };

  route.get(
    '/api/press/briefings',
    {
      permission: 'press.write',
      summary: 'Briefings with their remarks and the article made from them',
      response: { 200: z.object({ briefings: z.array(briefingDeskView) }) },
    },
    async (request) => ({ briefings: await deskBriefings(db, meetingScope(viewerOf(request))) }),
  );

  route.post(
    '/api/press/briefings',
    {
      permission: 'press.review',
      summary: 'Announce a press briefing',
      body: briefingInput,
      response: { 201: briefingDeskView },
      errors: ['invalid_reference', 'conflict'],
    },
    async (request, reply) => reply.status(201).send(await byId(await createBriefing(db, actorOf(request), request.body), request)),
  );

  route.put(
    '/api/press/briefings/:id/remarks',
    {
      permission: 'press.review',
      summary: "Record the speakers' remarks, in both languages (plain text; blank lines split paragraphs)",
      params: idParams,
      body: briefingRemarks,
      response: { 200: briefingDeskView },
      errors: ['not_found'],
    },
    async (request) => {
      await recordRemarks(db, actorOf(request), request.params.id, request.body);
      return byId(request.params.id, request);
    },
  );

  route.post(
    '/api/press/briefings/:id/article',
    {
      permission: 'press.review',
      summary: "Publish the remarks as news: a draft article tagged with the briefing's meeting and speakers, linked to the briefing",
      params: idParams,
      response: { 201: articleView },
      errors: ['not_found', 'conflict'],
    },
    async (request, reply) => {
      const articleId = await publishRemarks(db, actorOf(request), request.params.id);
      return reply.status(201).send((await getArticle(db, { id: articleId }, undefined, request.principal))!);
    },
  );
}
