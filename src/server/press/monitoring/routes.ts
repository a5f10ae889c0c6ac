import { z } from 'zod';
import { AppError, notFound } from '../../http/errors.js';
import { scheduleSweep } from '../../http/sweep.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { EmptyPageError, importClippings } from './commands.js';
import { correctClipping } from './corrections.js';
import { FetchProblem, MAX_PAGE_BYTES } from './fetch.js';
import { readUpload } from '../../files/upload.js';
import { uploadedPage } from './upload.js';
import { reviewRoutes } from './review-routes.js';
import { coverageByMeeting, getClipping, listClippings } from './queries.js';
import {
  clippingCorrection,
  clippingDetail,
  clippingFilters,
  clippingSummary,
  clippingsImport,
  coverageRow,
  fetchRequest,
  IMPORT_BODY_LIMIT,
  importResult,
  monitorSource,
  sourceCreate,
  sourceUpdate,
} from './schemas.js';
import { createSource, getSource, listSources, updateSource } from './sources.js';
import { createMonitor, importFromUrl, pollDueSources, pollNow } from './watch.js';
import { routes } from '../../http/route.js';

const tags = ['press: media monitoring'];

export function monitoringRoutes(app: App, deps: Deps): void {
  const { database, config } = deps;
  reviewRoutes(app, deps);
  const route = routes(app, tags);
  const { db } = database;
  const { sweepMinutes, ...fetchOptions } = config.monitor;
  const monitor = createMonitor(fetchOptions);
  scheduleSweep(app, 'media monitoring poll', sweepMinutes, () => pollDueSources(db, monitor));

  route.post(
    '/api/press/clippings',
    {
      permission: 'press.monitor',
      summary: 'Import news pages (plain text or HTML) as clippings, linked to the meetings and people they mention',
      description:
        'Each page at most 10,485,760 characters (a saved page of 10 MB), the request at most 20 MiB (413 beyond). ' +
        'A binary file, an empty page or one in which no text is found is refused with 400 naming `pages.N.content`.',
      body: clippingsImport,
      bodyLimit: IMPORT_BODY_LIMIT,
      response: { 201: importResult },
      errors: ['payload_too_large'],
    },
    async (request, reply) => {
      let imported;
      try {
        imported = await importClippings(db, actorOf(request), request.body);
      } catch (err) {
        if (err instanceof EmptyPageError) throw new AppError('validation_failed', err.message, [{ path: `pages.${err.index}.content`, message: err.message }]);
        throw err;
      }
      const listed = await listClippings(db, { ids: imported.map((i) => i.id) });
      const byId = new Map(listed.map((c) => [c.id, c]));
      return reply.status(201).send({ clippings: imported.map((i) => ({ ...byId.get(i.id)!, duplicate: i.duplicate })) });
    },
  );

  route.post(
    '/api/press/clippings/upload',
    {
      permission: 'press.monitor',
      summary: 'Import a saved page uploaded as multipart/form-data field "file": HTML, plain text or PDF, at most 10 MB',
      description: 'Larger: 413. A file that is neither text nor a PDF with text: 415. A page in which no text is found: 400 naming `file`.',
      consumes: ['multipart/form-data'],
      response: { 201: importResult },
      errors: ['validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
    },
    async (request, reply) => {
      const upload = await readUpload(request, MAX_PAGE_BYTES);
      const page = await uploadedPage(upload.fileName, upload.bytes);
      let imported;
      try {
        imported = await importClippings(db, actorOf(request), { pages: [{ source: upload.fileName ?? 'upload', ...page }] });
      } catch (err) {
        if (err instanceof EmptyPageError) throw new AppError('validation_failed', err.message, [{ path: 'file', message: err.message }]);
        throw err;
      }
      const [listed] = await listClippings(db, { ids: [imported[0]!.id] });
      return reply.status(201).send({ clippings: [{ ...listed!, duplicate: imported[0]!.duplicate }] });
    },
  );

  route.post(
    '/api/press/clippings/fetch',
    {
      permission: 'press.monitor',
      summary: 'Import a news page by its address: fetched now (robots.txt respected) and imported like a pasted page',
      description:
        'http and https only; private-network addresses are refused; redirects are followed within the same host only; ' +
        'the page at most 10 MB and 20 seconds. A page that cannot be fetched or is not a text page is refused with 422 `fetch_failed`, ' +
        'the reason in `details`. A page already imported from this address is answered as a duplicate.',
      body: fetchRequest,
      response: { 201: importResult },
      errors: ['fetch_failed'],
    },
    async (request, reply) => {
      const { url, refresh } = request.body;
      let imported;
      try {
        imported = await importFromUrl(db, monitor, actorOf(request), url, refresh);
      } catch (err) {
        if (err instanceof FetchProblem)
          throw new AppError('fetch_failed', `the page could not be imported: ${err.message}`, [{ path: 'url', message: err.message }]);
        throw err;
      }
      const [listed] = await listClippings(db, { ids: [imported.id] });
      return reply.status(201).send({ clippings: [{ ...listed!, duplicate: imported.duplicate }] });
    },
  );

  route.get(
    '/api/press/sources',
    {
      permission: 'press.monitor',
      summary: 'The feeds and pages media monitoring watches, with how their last poll went',
      response: { 200: z.object({ sources: z.array(monitorSource) }) },
    },
    async () => ({ sources: await listSources(db) }),
  );

  route.post(
    '/api/press/sources',
    {
      permission: 'press.monitor',
      summary: 'Watch a feed (RSS or Atom: its items are imported) or a page (imported whenever it changes)',
      body: sourceCreate,
      response: { 201: monitorSource },
      errors: ['conflict'],
    },
    async (request, reply) => {
      const id = await createSource(db, actorOf(request), request.body);
      return reply.status(201).send(await getSource(db, id));
    },
  );

  route.patch(
    '/api/press/sources/:id',
    {
      permission: 'press.monitor',
      summary: 'Edit a watched source: its address, name or interval; `active: false` stops watching it',
      params: idParams,
      body: sourceUpdate,
      response: { 200: monitorSource },
      errors: ['not_found', 'conflict'],
    },
    async (request) => {
      await updateSource(db, actorOf(request), request.params.id, request.body);
      return getSource(db, request.params.id);
    },
  );

  route.post(
    '/api/press/sources/:id/poll',
    {
      permission: 'press.monitor',
      summary: 'Poll a watched source now (paused ones too), as the sweep would: new items imported, the outcome recorded on the source',
      description: 'A fetch failure is not an error of this request: it is recorded on the source (lastStatus, lastError, failures) with a retry at back-off.',
      params: idParams,
      response: { 200: monitorSource },
      errors: ['not_found', 'conflict'],
    },
    async (request) => {
      await getSource(db, request.params.id);
      const outcome = await pollNow(db, monitor, request.params.id);
      if (!outcome) throw new AppError('conflict', 'the source is being polled already', [{ path: 'id', message: 'being polled' }]);
      return getSource(db, request.params.id);
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

  route.patch(
    '/api/press/clippings/:id',
    {
      permission: 'press.monitor',
      summary: 'Correct a clipping: headline, publication date (a day, with a time when the page gives one), author, body, linked meetings and people',
      description:
        'Each corrected field is kept as corrected: a re-import of the same address (a watched page that changed, `refresh` by URL) ' +
        'refreshes only the fields nobody corrected. Unknown meetings or people: 400 `invalid_reference`.',
      params: idParams,
      body: clippingCorrection,
      response: { 200: clippingDetail },
      errors: ['not_found', 'invalid_reference'],
    },
    async (request) => {
      await correctClipping(db, actorOf(request), request.params.id, request.body);
      return (await getClipping(db, request.params.id))!;
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
