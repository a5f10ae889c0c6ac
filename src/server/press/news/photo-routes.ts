/**
 * An article's photos on the news desk (press officers only): upload as
 * multipart (captions, credit and the `photo` file, read and checked by the
 * module's shared photo form and checks in ../badges/),
 * caption and lead changes, order, removal. The public reads them through
 * /api/portal/photos/:id once the article is published.
 */
import { z } from 'zod';
import { AppError, notFound } from '../../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../../http/types.js';
import { parseFields, readPhotoForm } from '../badges/form.js';
import { checkPhoto } from '../badges/photo.js';
import { addPhoto, deletePhoto, reorderPhotos, updatePhoto } from './photos.js';
import { listPhotos } from './queries.js';
import { photoFields, photoOrder, photoParams, photoPatch, photoView } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['press: news and briefings'];
const photoList = z.object({ photos: z.array(photoView) });

export function photoRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const photosOf = async (articleId: number) => ({ photos: (await listPhotos(db, [articleId])).map(({ articleId: _a, ...p }) => p) });

  // Multipart is registered for the whole press module (press/routes.ts).
  app.post(
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
      const parsed = parseFields(photoFields, fields);
      if (!photo) throw new AppError('validation_failed', 'A photo is required', [{ path: 'photo', message: 'required' }]);
      const checked = await checkPhoto(photo);
      const id = await addPhoto(db, actorOf(request), request.params.id, parsed, { ...checked, bytes: photo });
      const created = (await photosOf(request.params.id)).photos.find((p) => p.id === id)!;
      return reply.status(201).send(created);
    },
  );

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
