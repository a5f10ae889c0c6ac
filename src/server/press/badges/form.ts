/**
 * Forms that carry a photo (a journalist's application, a delegate's
 * nomination): multipart text fields and at most one `photo` file, the file
 * capped at 5 MB while it streams in, the fields checked by their schema.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { readForm } from '../../files/upload.js';
import { AppError } from '../../http/errors.js';
import { MAX_PHOTO_BYTES } from './photo.js';

export async function readPhotoForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; photo: Buffer | null }> {
  const { fields, file } = await readForm(request, { fileField: 'photo', maxBytes: MAX_PHOTO_BYTES, tooLarge: 'The photo is larger than 5 MB' });
  return { fields, photo: file };
}

/** The form's text fields through their schema: 400 naming each wrong field. */
export function parseFields<S extends z.ZodType>(schema: S, fields: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'Some fields are missing or wrong',
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
    );
  }
  return parsed.data;
}
