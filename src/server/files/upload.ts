/** Reading the one file of a multipart request, up to a limit and no further. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';

export interface Upload {
  fileName: string | undefined;
  bytes: Uint8Array;
}

/**
 * The route's scope must have @fastify/multipart registered. The file is
 * streamed and given up as soon as it passes `maxBytes` (→ 413).
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  let part;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch {
    throw new AppError('validation_failed', 'Send the file as multipart/form-data', [{ path: 'file', message: 'missing' }]);
  }
  if (!part) throw new AppError('validation_failed', 'No file in the request', [{ path: 'file', message: 'missing' }]);
  try {
    return { fileName: part.filename, bytes: new Uint8Array(await part.toBuffer()) };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `Files are limited to ${maxBytes / 1024 / 1024} MB`, [{ path: 'file', message: 'too large' }]);
    }
    throw err;
  }
}
