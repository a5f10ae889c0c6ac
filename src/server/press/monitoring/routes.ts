import { z } from 'zod';
import { notFound } from '../../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../../http/types.js';
import { importClippings } from './commands.js';
import { coverageByMeeting, getClipping, listClippings } from './queries.js';
import { clippingDetail, clippingFilters, clippingSummary, clippingsImport, coverageRow, importResult } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse };
const tags = ['press: media monitoring'];

export function monitoringRoutes(app: App, { database }: Deps): void {
  const { db } = database;

  app.post(
    '/api/press/clippings',
    {
      config: { permission: 'press.monitor' },
      schema: {
        tags,
        summary: 'Import news pages (plain text or HTML) as clippings, linked to the meetings and people they mention',
        body: clippingsImport,
        response: { 201: importResult, ...errors },
      },
    },
    async (request, reply) => {
      const imported = await importClippings(db, actorOf(request), request.body);
      const listed = await listClippings(db, { ids: imported.map((i) => i.id) });
      const byId = new Map(listed.map((c) => [c.id, c]));
      return reply.status(201).send({ clippings: imported.map((i) => ({ ...byId.get(i.id)!, duplicate: i.duplicate })) });
    },
  );

  app.get(
    '/api/press/clippings',
    {
      config: { permission: 'press.monitor' },
      schema: { tags, summary: 'Clippings, newest first; by meeting or person', querystring: clippingFilters, response: { 200: z.object({ clippings: z.array(clippingSummary) }), ...errors } },
    },
    async (request) => ({ clippings: await listClippings(db, request.query) }),
  );

  app.get(
    '/api/press/clippings/:id',
    {
      config: { permission: 'press.monitor' },
      schema: { tags, summary: 'A clipping with its body and dateline', params: idParams, response: { 200: clippingDetail, ...errors } },
    },
    async (request) => {
      const clipping = await getClipping(db, request.params.id);
      if (!clipping) throw notFound('Clipping');
      return clipping;
    },
  );

  app.get(
    '/api/press/coverage',
    {
      config: { permission: 'press.monitor' },
      schema: { tags, summary: 'Media coverage per meeting', response: { 200: z.object({ meetings: z.array(coverageRow) }), ...errors } },
    },
    async () => ({ meetings: await coverageByMeeting(db) }),
  );
}
