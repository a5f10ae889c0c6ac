import { z } from 'zod';
import { notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { importClippings } from './commands.js';
import { coverageByMeeting, getClipping, listClippings } from './queries.js';
import { clippingDetail, clippingFilters, clippingSummary, clippingsImport, coverageRow, importResult } from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['press: media monitoring'];

export function monitoringRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.post(
    '/api/press/clippings',
    {
      permission: 'press.monitor',
      summary: 'Import news pages (plain text or HTML) as clippings, linked to the meetings and people they mention',
      body: clippingsImport,
      response: { 201: importResult },
      errors: ['payload_too_large'],
    },
    async (request, reply) => {
      const imported = await importClippings(db, actorOf(request), request.body);
      const listed = await listClippings(db, { ids: imported.map((i) => i.id) });
      const byId = new Map(listed.map((c) => [c.id, c]));
      return reply.status(201).send({ clippings: imported.map((i) => ({ ...byId.get(i.id)!, duplicate: i.duplicate })) });
    },
  );

  route.get(
    '/api/press/clippings',
    {
      permission: 'press.monitor',
      summary: 'Clippings, newest first; by meeting or person',
      querystring: clippingFilters,
      response: { 200: z.object({ clippings: z.array(clippingSummary) }) },
    },
    async (request) => ({ clippings: await listClippings(db, request.query) }),
  );

  route.get(
    '/api/press/clippings/:id',
    {
      permission: 'press.monitor',
      summary: 'A clipping with its body and dateline',
      params: idParams,
      response: { 200: clippingDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const clipping = await getClipping(db, request.params.id);
      if (!clipping) throw notFound('Clipping');
      return clipping;
    },
  );

  route.get(
    '/api/press/coverage',
    {
      permission: 'press.monitor',
      summary: 'Media coverage per meeting',
      response: { 200: z.object({ meetings: z.array(coverageRow) }) },
    },
    async () => ({ meetings: await coverageByMeeting(db) }),
  );
}
