/**
 * An article's photos on the news desk (press officers only): upload as
 * multipart (captions, credit and the `photo` file, read and checked by the
 * module's shared photo form and checks in ../badges/),
 * caption and lead changes, order, removal. The public reads them through
 * /api/portal/photos/:id once the article is published.
 */
import { z } from 'zod';
import { AppError, notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { parseFields, readPhotoForm } from '../badges/form.js';
import { checkPhoto } from '../badges/photo.js';
import { addPhoto, deletePhoto, reorderPhotos, updatePhoto } from './photos.js';
import { listPhotos } from './queries.js';
import { photoFields, photoOrder, photoParams, photoPatch, photoView } from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['press: news and briefings'];
const photoList = z.object({ photos: z.array(photoView) });

export function photoRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const photosOf = async (articleId: number) => ({ photos: (await listPhotos(db, [articleId])).map(({ articleId: _a, ...p }) => p) });

  // Multipart is registered for the whole press module (press/routes.ts).
  route.post(
    '/api/press/articles/:id/photos',
    {
      permission: 'press.review',
      summary: 'Add a photo to a draft article (multipart: captionEn, captionVi, credit, lead=true|false, photo as JPEG/PNG ≤ 5 MB)',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 201: photoView },
      errors: ['not_found', 'invalid_transition', 'validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
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

  route.get(
    '/api/press/articles/:id/photos',
    {
      permission: 'press.write',
      summary: "An article's photos in order",
      params: idParams,
      response: { 200: photoList },
      errors: ['not_found'],
    },
    async (request) => photosOf(request.params.id),
  );

  route.patch(
    '/api/press/articles/:id/photos/:photoId',
    {
      permission: 'press.review',
      summary: "Change a photo's captions or credit, or make it the lead photo",
      params: photoParams,
      body: photoPatch,
      response: { 200: photoView },
      errors: ['not_found', 'invalid_transition'],
    },
    async (request) => {
      await updatePhoto(db, actorOf(request), request.params.id, request.params.photoId, request.body);
      const photo = (await photosOf(request.params.id)).photos.find((p) => p.id === request.params.photoId);
      if (!photo) throw notFound('Photo');
      return photo;
    },
  );

  route.put(
    '/api/press/articles/:id/photos/order',
    {
      permission: 'press.review',
      summary: "Put an article's photos in a new order (every photo once)",
      params: idParams,
      body: photoOrder,
      response: { 200: photoList },
      errors: ['not_found', 'invalid_transition', 'validation_failed'],
    },
    async (request) => {
      await reorderPhotos(db, actorOf(request), request.params.id, request.body.photoIds);
      return photosOf(request.params.id);
    },
  );

  route.delete(
    '/api/press/articles/:id/photos/:photoId',
    {
      permission: 'press.review',
      summary: 'Remove a photo (also from the body); the next photo becomes the lead if this one was',
      params: photoParams,
      response: { 200: photoList },
      errors: ['not_found', 'invalid_transition'],
    },
    async (request) => {
      await deletePhoto(db, actorOf(request), request.params.id, request.params.photoId);
      return photosOf(request.params.id);
    },
  );
}
