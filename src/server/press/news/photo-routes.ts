/**
 * An article's photos on the news desk (press officers only): upload as
 * multipart (captions, credit and the `photo` file, checked by ../images.ts),
 * caption and lead changes, order, removal. The public reads them through
 * /api/portal/photos/:id once the article is published.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../../http/types.js';
import { checkPhoto, MAX_PHOTO_BYTES } from '../images.js';
import { addPhoto, deletePhoto, reorderPhotos, updatePhoto } from './photos.js';
import { listPhotos } from './queries.js';
import { photoFields, photoOrder, photoParams, photoPatch, photoView } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['press: news and briefings'];
const photoList = z.object({ photos: z.array(photoView) });

/** Text fields and the one `photo` file, read up to 5 MB and no further. */
async function readPhotoForm(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the photo as multipart/form-data', [{ path: 'photo', message: 'missing' }]);
  }
  const fields: Record<string, string> = {};
  let photo: Buffer | null = null;
  for await (const part of request.parts({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 10 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch((err: unknown) => {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('payload_too_large', 'The photo is larger than 5 MB', [{ path: 'photo', message: 'larger than 5 MB' }]);
        }
        throw err;
      });
      if (part.fieldname === 'photo') photo = bytes;
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, photo };
}

export function photoRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const photosOf = async (articleId: number) => ({ photos: (await listPhotos(db, [articleId])).map(({ articleId: _a, ...p }) => p) });

  // Multipart only where photos are uploaded, unless the press module's accreditation already registered it for all of it.
  app.register(async (scope) => {
    if (!scope.hasContentTypeParser('multipart/form-data')) await scope.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 10 } });
    (scope as unknown as App).post(
      '/api/press/articles/:id/photos',
      {
        config: { permission: 'press.review' },
        schema: {
          tags,
          summary: 'Add a photo to a draft article (multipart: captionEn, captionVi, credit, lead=true|false, photo as JPEG/PNG ≤ 5 MB)',
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: photoView, ...errors, 413: errorResponse, 415: errorResponse },
        },
      },
      async (request, reply) => {
        const { fields, photo } = await readPhotoForm(request);
        const parsed = photoFields.safeParse(fields);
        if (!parsed.success) {
          throw new AppError(
            'validation_failed',
            'Some fields are missing or wrong',
            parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          );
        }
        if (!photo) throw new AppError('validation_failed', 'A photo is required', [{ path: 'photo', message: 'required' }]);
        const checked = await checkPhoto(photo);
        const id = await addPhoto(db, actorOf(request), request.params.id, parsed.data, { ...checked, bytes: photo });
        const created = (await photosOf(request.params.id)).photos.find((p) => p.id === id)!;
        return reply.status(201).send(created);
      },
    );
  });

  app.get(
    '/api/press/articles/:id/photos',
    {
      config: { permission: 'press.write' },
      schema: { tags, summary: "An article's photos in order", params: idParams, response: { 200: photoList, ...errors } },
    },
    async (request) => photosOf(request.params.id),
  );

  app.patch(
    '/api/press/articles/:id/photos/:photoId',
    {
      config: { permission: 'press.review' },
      schema: { tags, summary: "Change a photo's captions or credit, or make it the lead photo", params: photoParams, body: photoPatch, response: { 200: photoView, ...errors } },
    },
    async (request) => {
      await updatePhoto(db, actorOf(request), request.params.id, request.params.photoId, request.body);
      const photo = (await photosOf(request.params.id)).photos.find((p) => p.id === request.params.photoId);
      if (!photo) throw notFound('Photo');
      return photo;
    },
  );

  app.put(
    '/api/press/articles/:id/photos/order',
    {
      config: { permission: 'press.review' },
      schema: { tags, summary: "Put an article's photos in a new order (every photo once)", params: idParams, body: photoOrder, response: { 200: photoList, ...errors } },
    },
    async (request) => {
      await reorderPhotos(db, actorOf(request), request.params.id, request.body.photoIds);
      return photosOf(request.params.id);
    },
  );

  app.delete(
    '/api/press/articles/:id/photos/:photoId',
    {
      config: { permission: 'press.review' },
      schema: { tags, summary: 'Remove a photo (also from the body); the next photo becomes the lead if this one was', params: photoParams, response: { 200: photoList, ...errors } },
    },
    async (request) => {
      await deletePhoto(db, actorOf(request), request.params.id, request.params.photoId);
      return photosOf(request.params.id);
    },
  );
}
