/**
 * A document's structured text (read, written, imported from DOCX, removed)
 * and its Akoma Ntoso file, for signed-in readers and on the public portal.
 * Reads follow the document's confidentiality like its other forms: a
 * document the asker may not see is a 404.
 */
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { can } from '../auth/permissions.js';
import { viewerOf } from '../auth/policies/index.js';
import { attachmentDisposition, requireKind } from '../files/kinds.js';
import { readUpload } from '../files/upload.js';
import { AppError, notFound } from '../http/errors.js';
import { routes } from '../http/route.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { AKN_MEDIA_TYPE } from './akn.js';
import { aknExport } from './akn-export.js';
import { importDocx, importWarning } from './docx-structure.js';
import { checkZip } from './files.js';
import { mayEditText } from './metadata.js';
import { visibleDocument } from './queries.js';
import { documentTexts, languageParam, storedText, structuredText, type TextLanguage } from './text-structure.js';
import { readTexts, removeText, saveText } from './texts.js';
import type { Viewer } from './visibility.js';

const langParams = idParams.extend({ lang: languageParam });
const aknQuery = z.object({ lang: languageParam.default('en') });
const importedText = storedText.extend({
  warnings: z.array(importWarning).describe('what the import could not tell from the file: no_headings, no_numbered_paragraphs, heading_kept_as_paragraph'),
});
const aknFile = z.string().describe('Akoma Ntoso 3.0 XML (application/akn+xml)');
/** A DOCX to import: 5 MB is far beyond any outcome document's text. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function documentTextRoutes(app: App, { database }: Deps): void {
  const route = routes(app, ['documents']);
  const { db } = database;

  const visible = async (viewer: Viewer, id: number) => {
    const doc = await visibleDocument(db, viewer, id);
    if (!doc) throw notFound('Document');
    return doc;
  };
  const textIn = async (id: number, language: TextLanguage) => (await readTexts(db, id)).find((t) => t.language === language)!;

  route.get(
    '/api/documents/:id/texts',
    {
      permission: 'public',
      summary: "A document's structured text in each language it has one (preamble, numbered paragraphs, annexes)",
      params: idParams,
      response: { 200: documentTexts },
      errors: ['not_found'],
    },
    async (request) => {
      const viewer = viewerOf(request);
      const doc = await visible(viewer, request.params.id);
      const editable = !!viewer && can(viewer, 'documents.write') && mayEditText(doc.status, viewer.roles) === null;
      return { texts: await readTexts(db, doc.id), editable };
    },
  );

  route.put(
    '/api/documents/:id/texts/:lang',
    {
      permission: 'documents.write',
      summary: "Set a document's structured text in one language (replacing it whole)",
      params: langParams,
      body: structuredText,
      response: { 200: storedText },
      errors: ['not_found', 'forbidden'],
    },
    async (request) => {
      const { id, lang } = request.params;
      const viewer = viewerOf(request)!;
      await visible(viewer, id);
      await saveText(db, actorOf(request), viewer.roles, id, lang, request.body);
      return textIn(id, lang);
    },
  );

  route.delete(
    '/api/documents/:id/texts/:lang',
    {
      permission: 'documents.write',
      summary: "Remove a document's structured text in one language",
      params: langParams,
      response: { 204: z.null() },
      errors: ['not_found', 'forbidden'],
    },
    async (request, reply) => {
      const { id, lang } = request.params;
      const viewer = viewerOf(request)!;
      await visible(viewer, id);
      if (!(await removeText(db, actorOf(request), viewer.roles, id, lang))) throw notFound('Text');
      return reply.status(204).send(null);
    },
  );

  const akn =
    (publicOnly: boolean) =>
    async (request: { params: { id: number }; query: { lang: TextLanguage } }, reply: import('fastify').FastifyReply, viewer: Viewer) => {
      const file = await aknExport(db, publicOnly ? null : viewer, request.params.id, request.query.lang);
      if (!file) throw notFound('Document');
      return reply
        .type(`${AKN_MEDIA_TYPE}; charset=utf-8`)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.xml);
    };

  route.get(
    '/api/documents/:id/akn',
    {
      permission: 'public',
      summary: 'An adopted, noted or issued document as Akoma Ntoso 3.0 in one language (404 when it has no structured text in it)',
      params: idParams,
      querystring: aknQuery,
      response: { 200: aknFile },
      errors: ['not_found', 'conflict'],
    },
    async (request, reply) => akn(false)(request, reply, viewerOf(request)),
  );

  // The portal's copy: the public's view whoever asks, so a signed-in official's link never leaks a restricted text.
  routes(app, ['portal']).get(
    '/api/portal/documents/:id/akn',
    {
      permission: 'public',
      summary: 'A public outcome document as Akoma Ntoso 3.0 in one language',
      params: idParams,
      querystring: aknQuery,
      response: { 200: aknFile },
      errors: ['not_found', 'conflict'],
    },
    async (request, reply) => akn(true)(request, reply, null),
  );

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });
    routes(scope as unknown as App, ['documents']).post(
      '/api/documents/:id/texts/:lang/import',
      {
        permission: 'documents.write',
        summary: 'Import a document\'s structured text in one language from a DOCX (multipart field "file"), by its headings and numbering',
        description:
          'A "Preamble" heading opens the preamble, "Annex …" an annex; numbered paragraphs are the operative part. A file without headings becomes one body section, with the warning no_headings.',
        params: langParams,
        consumes: ['multipart/form-data'],
        response: { 200: importedText },
        errors: ['not_found', 'forbidden', 'validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
      },
      async (request) => {
        const { id, lang } = request.params;
        const viewer = viewerOf(request)!;
        const doc = await visible(viewer, id);
        const why = mayEditText(doc.status, viewer.roles);
        if (why) throw new AppError('forbidden', why, [{ path: 'text', message: why }]);
        const upload = await readUpload(request, MAX_IMPORT_BYTES);
        await requireKind(upload.bytes, ['docx']);
        const zip = checkZip(upload.bytes);
        if (!zip.ok) throw new AppError('unsupported_media_type', `The file was refused: ${zip.reason}`, [{ path: 'file', message: zip.reason }]);
        const imported = await importDocx(upload.bytes);
        await saveText(db, actorOf(request), viewer.roles, id, lang, imported.text, { importedFrom: upload.fileName ?? 'file.docx' });
        return { ...(await textIn(id, lang)), warnings: imported.warnings };
      },
    );
  });
}
