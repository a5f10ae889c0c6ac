/**
 * The one route helper. A route says who may call it, what it takes, what it
 * answers and which refusals it can give; the helper fills in the rest: the
 * module's tag, an error response in the OpenAPI document for every status
 * those refusals use (each listing its codes), and the refusals every route
 * can give (a malformed request, no session, a role that may not, a database
 * that is away for a moment).
 *
 *   const route = routes(app, 'meetings');
 *   route.patch('/api/meetings/:id', {
 *     permission: 'meetings.write',
 *     summary: 'Change a meeting',
 *     params: idParams,
 *     body: meetingPatch,
 *     response: { 200: meetingDetail },
 *     errors: ['not_found', 'end_before_start'],
 *   }, async (request) => …);
 *
 * A route that answers a code it did not declare still answers it; the code
 * is logged and kept in `undeclaredErrors`, which the API tests check is
 * empty, so the OpenAPI document cannot drift from what routes do.
 */
import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../auth/permissions.js';
import { errorStatus, type ErrorCode } from './errors.js';
import type { SwaggerTransform } from '@fastify/swagger';
import type { App } from './types.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media types of an answer sent as bytes (RouteSpec.produces). */
    produces?: readonly string[];
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route declares besides its schemas. */
export interface RouteSpec {
  /** 'public' or the permission a caller needs; decided from the matched route (auth/hook.ts). */
  permission: Permission | 'public';
  summary: string;
  description?: string;
  /** The refusals this route's own logic can give, beyond those every route can give. */
  errors?: readonly ErrorCode[];
  /** Left out of the OpenAPI document (pages for people, not API). */
  hide?: boolean;
  /** For uploads: the content types the body may have. */
  consumes?: string[];
  /** A larger or smaller body limit than the server's. */
  bodyLimit?: number;
  /**
   * For an answer sent as bytes (a file, a feed, a stream) rather than
   * through a response schema: its media types, for the OpenAPI document
   * only (`withAnswersSentAsIs`).
   */
  produces?: string[];
}

/** The schemas of a route, as Fastify takes them, typed by the zod type provider. */
export interface RouteSchemas extends FastifySchema {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  headers?: z.ZodType;
  /** Success responses by status; error responses are added from `errors`. */
  response?: Record<number, z.ZodType>;
}

export type RouteHandler<S extends RouteSchemas> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  S,
  ZodTypeProvider,
  FastifyBaseLogger
>;

type Add = <S extends RouteSchemas>(url: string, spec: RouteSpec & S, handler: RouteHandler<S>) => void;

export interface Routes {
  get: Add;
  post: Add;
  put: Add;
  patch: Add;
  delete: Add;
}

export const errorBody = z.object({
  error: z.string(),
  code: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
});

/**
 * The refusals any route can give, by what it declares: a request schema can
 * be failed; a body can be malformed or too large; a route that is not public
 * needs a session and a role; a write needs its CSRF header; the database can
 * be away for a moment.
 */
export function commonErrors(method: Method, spec: RouteSpec & RouteSchemas): ErrorCode[] {
  const codes: ErrorCode[] = ['database_unavailable'];
  if (spec.params || spec.querystring || spec.body || spec.headers) codes.push('validation_failed');
  // Any write can be sent a body, declared or not: malformed, too large, of a type not taken.
  if (spec.body || method !== 'GET') codes.push('invalid_json', 'payload_too_large', 'unsupported_media_type');
  if (spec.consumes?.includes('multipart/form-data')) codes.push('invalid_multipart', 'payload_too_large');
  if (spec.permission !== 'public') codes.push('unauthenticated', 'forbidden');
  if (method !== 'GET') codes.push('csrf_failed');
  return codes;
}

/** Error responses by status, each described by the codes it can carry. */
export function errorResponses(codes: readonly ErrorCode[]): Record<number, z.ZodType> {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of codes) {
    const status = errorStatus[code];
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const responses: Record<number, z.ZodType> = {};
  for (const [status, set] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = errorBody.describe(`Refused: ${[...set].sort().join(', ')}`);
  }
  return responses;
}

/**
 * The operation's id in the OpenAPI document, from its method and path:
 * `GET /api/documents/:id/texts` is `getDocumentsByIdTexts`. Unique as the
 * method and path are; stable as long as the route is.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((part) => (part.startsWith(':') ? ['by', part.slice(1)] : part.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return method.toLowerCase() + words.map(cap).join('');
}

/**
 * For the OpenAPI document: a route that sends its answer as bytes (a file,
 * a feed, an event stream) declares no 2xx response schema, as one would be
 * used to serialize it; the document still says what a success is — the
 * media types the route declares in `produces`, else any bytes.
 */
export function withAnswersSentAsIs(transform: SwaggerTransform): SwaggerTransform {
  return (input) => {
    const out = transform(input);
    const response = (out.schema?.response ?? {}) as Record<string, unknown>;
    if (Object.keys(response).some((status) => status.startsWith('2'))) return out;
    const types = input.route.config?.produces ?? ['application/octet-stream'];
    const content = Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
    return { ...out, schema: { ...out.schema, response: { 200: { description: 'The answer, sent as it is', content }, ...response } } };
  };
}

/** The route helper for one module: its routes carry `tag` (or tags) in the OpenAPI document. */
export function routes(app: App, tag: string | string[]): Routes {
  const tags = Array.isArray(tag) ? tag : [tag];
  const add =
    (method: Method): Add =>
    (url, spec, handler) => {
      const { permission, summary, description, errors = [], hide, consumes, bodyLimit, produces, response, ...schemas } = spec;
      const codes = [...new Set([...commonErrors(method, spec), ...errors])];
      app.route({
        method,
        url,
        config: { permission, errorCodes: codes, ...(produces ? { produces } : {}) },
        ...(bodyLimit ? { bodyLimit } : {}),
        schema: {
          tags,
          operationId: operationIdOf(method, url),
          summary,
          ...(description ? { description } : {}),
          ...(hide ? { hide } : {}),
          ...(consumes ? { consumes } : {}),
          ...schemas,
          // A route's own answer for a status (readiness's 503) wins over the error body.
          response: { ...errorResponses(codes), ...response },
        },
        handler: handler as RouteHandlerMethod,
      });
    };
  return { get: add('GET'), post: add('POST'), put: add('PUT'), patch: add('PATCH'), delete: add('DELETE') };
}

type AddSharing<D extends RouteSchemas> = <S extends RouteSchemas>(url: string, spec: RouteSpec & S, handler: RouteHandler<D & S>) => void;

export interface RoutesSharing<D extends RouteSchemas> {
  get: AddSharing<D>;
  post: AddSharing<D>;
  put: AddSharing<D>;
  patch: AddSharing<D>;
  delete: AddSharing<D>;
}

/**
 * Routes that declare some of their schemas alike (the same params and the
 * same answer, say): each states only the rest, and may still state its own
 * in place of a shared one.
 *
 *   const onRoom = sharing(route, { params: idParams, response: { 200: roomView } });
 *   onRoom.post('/api/agenda-items/:id/steps', { permission: 'room.chair', summary: '…', body: itemAction }, …);
 */
export function sharing<D extends RouteSchemas>(route: Routes, shared: D): RoutesSharing<D> {
  const wrap =
    (add: Add): AddSharing<D> =>
    (url, spec, handler) =>
      add(url, { ...shared, ...spec }, handler as RouteHandler<RouteSchemas>);
  return { get: wrap(route.get), post: wrap(route.post), put: wrap(route.put), patch: wrap(route.patch), delete: wrap(route.delete) };
}
