/**
 * The one error catalogue: stable codes, one table from code to HTTP status,
 * and one handler that turns everything else into a 500 with a request id.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isConnectionLoss } from '../db/connection-loss.js';

/** Seconds a client is asked to wait before retrying a request the database could not serve. */
export const RETRY_AFTER_SECONDS = 2;

export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_multipart: 400,
  invalid_time_zone: 400,
  end_before_start: 400,
  invalid_reference: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  too_many_attempts: 429,
  too_many_streams: 429,
  not_acceptable: 406,
  weak_password: 400,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  duplicate_edition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  database_unavailable: 503,
  sub_task_cycle: 400,
  duplicate_application: 409,
  applications_closed: 409,
  invalid_transition: 409,
  quota_exceeded: 409,
  head_of_delegation_taken: 409,
  meeting_not_in_progress: 409,
  list_closed: 409,
  not_own_delegation: 409,
  already_on_list: 409,
  item_not_current: 409,
  not_up_for_decision: 409,
  agenda_item_in_use: 409,
  account_deactivated: 403,
  email_taken: 409,
  last_admin: 409,
  missing_scope: 400,
  link_invalid: 400,
  link_expired: 410,
  link_used: 410,
  oidc_not_configured: 404,
  oidc_state_invalid: 400,
  oidc_provider_error: 400,
  oidc_failed: 400,
  oidc_unavailable: 502,
  oidc_email_unverified: 403,
  oidc_no_account: 403,
  body_inactive: 409,
  application_closed: 409,
  fetch_failed: 422,
  too_many_solves: 429,
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

/**
 * PostgreSQL's data exceptions that mean "this value cannot be stored or
 * compared": a NUL or a character the encoding lacks, a number or a date out
 * of its type's range, text that is not a number or a date, text too long for
 * its column. The request's schema should have refused the value, naming the
 * field; this is the safety net for a schema that missed one, so that it is
 * still the client's 400 and not a 500.
 */
const unstorableValue: Record<string, string> = {
  '22P05': 'a character that cannot be stored (NUL or an unpaired surrogate)',
  '22021': 'a character that cannot be stored (NUL or an invalid byte sequence)',
  '22003': 'a number out of range',
  '22008': 'a date or time out of range',
  '22007': 'a malformed date or time',
  '22P02': 'a value of the wrong type',
  '22001': 'a text too long',
};

/** Codes answered by routes that did not declare them: `METHOD url code`. */
export const undeclaredErrors = new Set<string>();

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every code this route may answer, common ones included (set by `routes`). */
    errorCodes?: readonly ErrorCode[];
  }
}

/** Called by the error handler with the code about to be sent. */
export function noteErrorCode(request: FastifyRequest, code: string): void {
  const declared = request.routeOptions.config?.errorCodes;
  if (!declared || declared.includes(code as ErrorCode) || code === 'internal' || code === 'bad_request') return;
  const entry = `${request.method} ${request.routeOptions.url} ${code}`;
  if (!undeclaredErrors.has(entry)) request.log.warn({ route: request.routeOptions.url, code }, 'error code not declared by its route');
  undeclaredErrors.add(entry);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody) => {
      noteErrorCode(request, body.code);
      return reply.status(status).send(body);
    };

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
    if (isConnectionLoss(err)) {
      // A restart, a failover or a cut connection: the pool reconnects, the
      // request can be retried. Whether a write caught by the cut committed
      // is unknown to the server too; its change log tells.
      request.log.warn({ err, requestId: request.id }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return send(503, {
        error: 'The database is unavailable for a moment; try again shortly',
        code: 'database_unavailable',
        requestId: String(request.id),
      });
    }
    const pg = pgErrorCode(err);
    if (pg === '23505') {
      return send(409, { error: 'This would duplicate an existing record', code: 'conflict' });
    }
    if (pg === '23503') {
      return send(400, { error: 'A referenced record does not exist', code: 'invalid_reference' });
    }
    if (pg && unstorableValue[pg]) {
      // A gap in a schema: logged so that it is closed there, where the field can be named.
      request.log.warn({ err, requestId: request.id, route: request.routeOptions.url }, 'value refused by the database, not by the schema');
      const problem = unstorableValue[pg];
      return send(400, { error: `The request holds ${problem}`, code: 'validation_failed', details: [{ path: 'request', message: problem }] });
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
