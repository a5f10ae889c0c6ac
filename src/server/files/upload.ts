/**
 * Reading multipart/form-data: the one file of an upload, or a form's text
 * fields with at most one file. A file is streamed and given up as soon as it
 * passes its limit (→ 413). A body that is not well-formed multipart — no
 * boundary or an empty one, a boundary the body does not use, a body cut off
 * before its closing boundary, a malformed part header — is answered 400
 * `invalid_multipart` naming the problem, never a 500.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';

export interface Upload {
  fileName: string | undefined;
  bytes: Uint8Array;
}

/** The limits of one multipart request, and which field carries the file. */
export interface FormLimits {
  /** The file's field name, as answers name it: `file`, `photo`. */
  fileField: string;
  maxBytes: number;
  /** What to say when the file is too large; by default "Files are limited to N MB". */
  tooLarge?: string;
  /** Text fields allowed besides the file. */
  maxFields?: number;
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const malformed = (problem: string) => new AppError('invalid_multipart', `Malformed multipart/form-data: ${problem}`, [{ path: 'body', message: problem }]);

/**
 * What went wrong while reading a multipart body, as the error to answer.
 * @fastify/multipart's own errors carry a code; busboy's carry only a message.
 */
export function multipartFailure(err: unknown, limits: FormLimits): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown })?.code;
  const message = err instanceof Error ? err.message : String(err);
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large', limits.tooLarge ?? `Files are limited to ${mb(limits.maxBytes)}`, [
        { path: limits.fileField, message: `larger than ${mb(limits.maxBytes)}` },
      ]);
    case 'FST_FILES_LIMIT':
      return new AppError('payload_too_large', 'Send one file only', [{ path: limits.fileField, message: 'more than one file' }]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('payload_too_large', 'The form has too many fields', [{ path: 'body', message: 'too many fields' }]);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'Send the form as multipart/form-data', [{ path: 'body', message: 'not multipart/form-data' }]);
    case 'FST_PROTO_VIOLATION':
      return malformed('a field is named after an object prototype property');
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return malformed('a field declared as JSON is not valid JSON');
    case 'FST_MP_PREMATURE_CLOSE':
      return malformed('the request ended before the form did');
  }
  if (/boundary (not found|required)/i.test(message)) return malformed('the Content-Type header names no boundary');
  if (/needle cannot be an empty/i.test(message)) return malformed('the boundary in the Content-Type header is empty');
  if (/needle cannot have a length bigger/i.test(message)) return malformed('the boundary is longer than 70 characters');
  if (/unexpected end of (multipart data|form|file)|terminated early/i.test(message)) {
    return malformed('the body ends before its closing boundary (cut off, or not the boundary the Content-Type header names)');
  }
  if (/header/i.test(message)) return malformed('a part header is malformed');
  if (/unsupported content-type|missing content-type/i.test(message)) {
    return new AppError('unsupported_media_type', 'Send the form as multipart/form-data', [{ path: 'body', message: 'not multipart/form-data' }]);
  }
  return malformed(`the body could not be read (${message.slice(0, 200)})`);
}

/** Awaits a step of reading a multipart body, answering its failure as `multipartFailure` does. */
async function reading<T>(step: () => Promise<T>, limits: FormLimits): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw multipartFailure(err, limits);
  }
}

/**
 * The one file of a multipart request (field `file`). The route's scope must
 * have @fastify/multipart registered.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('validation_failed', 'Send the file as multipart/form-data', [{ path: 'file', message: 'missing' }]);
  }
  const limits: FormLimits = { fileField: 'file', maxBytes };
  const part = await reading(() => request.file({ limits: { fileSize: maxBytes, files: 1 } }), limits);
  if (!part) throw new AppError('validation_failed', 'No file in the request', [{ path: 'file', message: 'missing' }]);
  const bytes = await reading(() => part.toBuffer(), limits);
  return { fileName: part.filename, bytes: new Uint8Array(bytes) };
}

/**
 * A form's text fields and its file, if one was chosen (a browser sends an
 * empty file part when none was). Files under other names are read and
 * dropped. The route's scope must have @fastify/multipart registered.
 */
export async function readForm(request: FastifyRequest, limits: FormLimits): Promise<{ fields: Record<string, string>; file: Buffer | null }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the form as multipart/form-data', [{ path: 'body', message: 'not multipart/form-data' }]);
  }
  const fields: Record<string, string> = {};
  let file: Buffer | null = null;
  const parts = request.parts({ limits: { fileSize: limits.maxBytes, files: 1, fields: limits.maxFields ?? 20 } })[Symbol.asyncIterator]();
  for (;;) {
    const next = await reading(() => parts.next(), limits);
    if (next.done) break;
    const part = next.value;
    if (part.type === 'file') {
      const bytes = await reading(() => part.toBuffer(), limits);
      if (part.fieldname === limits.fileField && bytes.length > 0) file = bytes;
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, file };
}
