/**
 * The one error catalogue: stable codes, one table from code to HTTP status,
 * and one handler that turns everything else into a 500 with a request id.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_time_zone: 400,
  end_before_start: 400,
  invalid_reference: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  too_many_attempts: 429,
  weak_password: 400,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  duplicate_edition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  sub_task_cycle: 400,
  duplicate_application: 409,
  applications_closed: 409,
  invalid_transition: 409,
  quota_exceeded: 409,
  head_of_delegation_taken: 409,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  code: ErrorCode | 'bad_request';
  details?: ErrorDetail[];
  requestId?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

/** Postgres error codes travel on the error or, through Drizzle, on its cause. */
function pgErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);

    if (err instanceof AppError) {
      return send(err.status, { error: err.message, code: err.code, details: err.details });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { path: path || where, message: v.message ?? 'invalid' };
      });
      const fields = details.map((d) => d.path).join(', ');
      return send(400, { error: `Invalid ${where}: ${fields}`, code: 'validation_failed', details });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err.statusCode === 400 && err instanceof SyntaxError)) {
      return send(400, {
        error: 'Malformed JSON body',
        code: 'invalid_json',
        details: [{ path: 'body', message: err.message }],
      });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(413, { error: 'Request body is too large', code: 'payload_too_large' });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(415, { error: 'Unsupported content type', code: 'unsupported_media_type' });
    }
    const pg = pgErrorCode(err);
    if (pg === '23505') {
      return send(409, { error: 'This would duplicate an existing record', code: 'conflict' });
    }
    if (pg === '23503') {
      return send(400, { error: 'A referenced record does not exist', code: 'invalid_reference' });
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return send(err.statusCode, { error: err.message, code: 'bad_request' });
    }
    request.log.error({ err, requestId: request.id }, 'unexpected error');
    return send(500, {
      error: 'Internal error; quote the request id when reporting it',
      code: 'internal',
      requestId: String(request.id),
    });
  });
}
