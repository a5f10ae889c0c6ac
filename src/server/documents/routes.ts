/** The documents API: registry, workflow, versions, search and outcome lists. */
import multipart from '@fastify/multipart';
import { diffWords } from 'diff';
import { z } from 'zod';
import { viewerOf } from '../auth/policies/index.js';
import { AppError, notFound } from '../http/errors.js';
import { idParam, INT4_MAX, intParam } from '../http/primitives.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { createDocument, lapseSilences, transitionDocument } from './commands.js';
import { editDocument } from './edit.js';
import { outcomeCsv, outcomeDocx, outcomePdf } from './exports.js';
import { readUpload } from '../files/upload.js';
import { MAX_FILE_BYTES } from './files.js';
import { importDocuments } from './import.js';
import { outcomeList, summitCounts } from './outcomes.js';
import { getDocumentDetail } from './detail.js';
import { getVersion, listDocuments, visibleDocument } from './queries.js';
import {
  diffView,
  documentCreate,
  documentDetail,
  documentFilters,
  documentList,
  documentPatch,
  outcomeList as outcomeListSchema,
  summitCounts as summitCountsSchema,
  transitionBody,
} from './schemas.js';
import { addVersion } from './versions.js';
import { isStaff } from './visibility.js';
import { remindSilences } from './mail.js';
import { scheduleSweep } from '../http/sweep.js';
import { routes } from '../http/route.js';
import { documentTextRoutes } from './text-routes.js';

const tags = ['documents'];
const versionParams = z.object({ id: idParam(), number: intParam(1, INT4_MAX) });
const langQuery = z.object({ lang: z.enum(['en', 'vi']).default('en') });

export function documentRoutes(app: App, deps: Deps): void {
  const { database, config } = deps;
  const route = routes(app, tags);
  const { db } = database;
  scheduleSweep(app, 'silence reminders', config.mail.sweepMinutes, () => remindSilences(db, config.mail.silenceReminderMs));

  route.get(
    '/api/documents',
    {
      permission: 'public',
      summary: 'Documents the asker may see, filtered and searched (diacritics and case ignored), ranked',
      querystring: documentFilters,
      response: { 200: documentList },
    },
    async (request) => {
      await lapseSilences(db);
      return listDocuments(db, viewerOf(request), request.query);
    },
  );

  route.get(
    '/api/documents/summits',
    {
      permission: 'public',
      summary: 'Outcome documents per ASEAN Summit, the record marked',
      response: { 200: summitCountsSchema },
    },
    async (request) => summitCounts(db, viewerOf(request)),
  );

  route.get(
    '/api/documents/:id',
    {
      permission: 'public',
      summary: 'A document with its versions and timeline',
      params: idParams,
      response: { 200: documentDetail },
      errors: ['not_found'],
    },
    async (request) => {
      await lapseSilences(db);
      const detail = await getDocumentDetail(db, viewerOf(request), request.params.id);
      if (!detail) throw notFound('Document');
      return detail;
    },
  );

  route.post(
    '/api/documents',
    {
      permission: 'documents.write',
      summary: 'Register a draft document',
      body: documentCreate,
      response: { 201: documentDetail },
      errors: ['invalid_reference', 'conflict'],
    },
    async (request, reply) => {
      const id = await createDocument(db, actorOf(request), request.body);
      return reply.status(201).send((await getDocumentDetail(db, viewerOf(request), id))!);
    },
  );

  route.patch(
    '/api/documents/:id',
    {
      permission: 'documents.write',
      summary: "Change a document's registry facts (only the fields sent); the reference code never changes",
      params: idParams,
      body: documentPatch,
      response: { 200: documentDetail },
      errors: ['not_found', 'invalid_reference', 'conflict'],
    },
    async (request) => {
      const principal = viewerOf(request);
      // Not visible ⇒ absent, before any rule can tell that it exists.
      if (!(await visibleDocument(db, principal, request.params.id))) throw notFound('Document');
      await editDocument(db, actorOf(request), principal!.roles, request.params.id, request.body);
      return (await getDocumentDetail(db, principal, request.params.id))!;
    },
  );

  route.post(
    '/api/documents/:id/transitions',
    {
      permission: 'documents.transition',
      summary: 'Move a document through its workflow; 409 names the states allowed from here',
      params: idParams,
      body: transitionBody,
      response: { 200: documentDetail },
      errors: ['not_found', 'invalid_transition', 'forbidden', 'validation_failed'],
    },
    async (request) => {
      const principal = viewerOf(request);
      await lapseSilences(db);
      if (!(await getDocumentDetail(db, principal, request.params.id))) throw notFound('Document');
      const body = { ...request.body };
      // A delegation objects for itself; only staff record another party's objection.
      if (!isStaff(principal) && body.to === 'under_negotiation' && principal?.partyId) body.objectorPartyId = principal.partyId;
      await transitionDocument(db, actorOf(request), request.params.id, { ...body, roles: principal!.roles });
      return (await getDocumentDetail(db, principal, request.params.id))!;
    },
  );

  route.post(
    '/api/documents/silence/lapse',
    {
      permission: 'documents.write',
      summary: 'End silence procedures whose deadline has passed (also done on every read)',
      response: { 200: z.object({ lapsed: z.number() }) },
    },
    async () => ({ lapsed: await lapseSilences(db) }),
  );

  route.get(
    '/api/documents/:id/versions/:number/file',
    {
      permission: 'public',
      summary: "Download a version's file",
      params: versionParams,
      produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text'],
      errors: ['not_found'],
    },
    async (request, reply) => {
      const v = await getVersion(db, viewerOf(request), request.params.id, request.params.number);
      if (!v) throw notFound('Version');
      return reply
        .type(v.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(v.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${v.sha256}"`)
        .send(Buffer.from(v.bytes));
    },
  );

  route.get(
    '/api/documents/:id/diff',
    {
      permission: 'public',
      summary: "Word diff between two versions' texts",
      params: idParams,
      querystring: z.object({ from: intParam(1, INT4_MAX), to: intParam(1, INT4_MAX) }),
      response: { 200: diffView },
      errors: ['not_found', 'conflict'],
    },
    async (request) => {
      const { from, to } = request.query;
      const [a, b] = await Promise.all([getVersion(db, viewerOf(request), request.params.id, from), getVersion(db, viewerOf(request), request.params.id, to)]);
      if (!a || !b) throw notFound('Version');
      if (a.text === null || b.text === null) {
        throw new AppError('conflict', 'The text of one of these versions is not extractable', [
          { path: a.text === null ? 'from' : 'to', message: 'text not extractable' },
        ]);
      }
      const parts = diffWords(a.text, b.text).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
      return { from, to, parts };
    },
  );

  route.get(
    '/api/meetings/:id/outcomes',
    {
      permission: 'public',
      summary: 'What a meeting adopted, noted and issued, by type',
      params: idParams,
      response: { 200: outcomeListSchema },
      errors: ['not_found'],
    },
    async (request) => {
      const list = await outcomeList(db, viewerOf(request), request.params.id);
      if (!list) throw notFound('Meeting');
      return list;
    },
  );

  route.get(
    '/api/meetings/:id/outcomes/:format',
    {
      permission: 'public',
      summary: 'The outcome list exported as CSV, DOCX or PDF',
      params: idParams.extend({ format: z.enum(['csv', 'docx', 'pdf']) }),
      querystring: langQuery,
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'],
      errors: ['not_found'],
    },
    async (request, reply) => {
      const list = await outcomeList(db, viewerOf(request), request.params.id);
      if (!list) throw notFound('Meeting');
      const { lang } = request.query;
      const name = `outcomes-${request.params.id}-${lang}.${request.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      switch (request.params.format) {
        case 'csv':
          return reply.type('text/csv; charset=utf-8').send(outcomeCsv(list, lang));
        case 'docx':
          return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(await outcomeDocx(list, lang));
        default:
          return reply.type('application/pdf').send(await outcomePdf(list, lang));
      }
    },
  );

  // Multipart only where files are uploaded.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });
    const uploads = routes(scope as unknown as App, tags);

    uploads.post(
      '/api/documents/:id/versions',
      {
        permission: 'documents.write',
        summary: 'Upload a new version (PDF, DOCX or ODT, at most 25 MB) as multipart/form-data field "file"',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: documentDetail },
        errors: ['not_found', 'validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
      },
      async (request, reply) => {
        if (!(await getDocumentDetail(db, viewerOf(request), request.params.id))) throw notFound('Document');
        const upload = await readUpload(request, MAX_FILE_BYTES);
        await addVersion(db, actorOf(request), request.params.id, upload);
        return reply.status(201).send((await getDocumentDetail(db, viewerOf(request), request.params.id))!);
      },
    );

    uploads.post(
      '/api/meetings/:id/documents/import',
      {
        permission: 'documents.write',
        summary: "Import a meeting's document list from CSV or XLSX: every row checked first, all or nothing",
        params: idParams,
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({ imported: z.number(), ids: z.array(z.number()) }),
          422: z.object({ error: z.string(), code: z.string(), rows: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })) }),
        },
        errors: ['not_found', 'validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
      },
      async (request, reply) => {
        const upload = await readUpload(request, 5 * 1024 * 1024);
        const result = await importDocuments(db, actorOf(request), request.params.id, upload);
        if (!result.ok) {
          return reply.status(422).send({ error: 'Nothing was imported; fix these rows', code: 'import_invalid', rows: result.problems });
        }
        return { imported: result.ids.length, ids: result.ids };
      },
    );
  });

  documentTextRoutes(app, deps);
}
