/**
 * Forms that carry a photo (a journalist's application, a delegate's
 * nomination): multipart text fields and at most one `photo` file, the file
 * capped at 5 MB while it streams in, the fields checked by their schema.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../http/errors.js';
import { MAX_PHOTO_BYTES } from './photo.js';

export async function readPhotoForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; photo: Buffer | null }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the form as multipart/form-data', [{ path: 'body', message: 'not multipart/form-data' }]);
  }
  const fields: Record<string, string> = {};
  let photo: Buffer | null = null;
  for await (const part of request.parts({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 20 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch((err: unknown) => {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('payload_too_large', 'The photo is larger than 5 MB', [{ path: 'photo', message: 'larger than 5 MB' }]);
        }
        throw err;
      });
      // A browser sends an empty file part when no file was chosen.
      if (part.fieldname === 'photo' && bytes.length > 0) photo = bytes;
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, photo };
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
