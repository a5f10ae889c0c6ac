import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ReadCache } from '../changelog/read-cache.js';
import type { Actor } from '../changelog/record.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface Deps {
  database: Database;
  config: Config;
  readCache: ReadCache;
  /** Where the built web UI is (its index.html is the shell of every page); dist/web by default. */
  webRoot?: string;
}

/** The actor of a request, for the change log. */
export function actorOf(request: { principal: { userId: number } | null; id: string }): Actor {
  return { userId: request.principal?.userId ?? null, requestId: String(request.id) };
}

/** `/:id`: one of the shared primitives (`primitives.ts`). */
export { idParams } from './primitives.js';
