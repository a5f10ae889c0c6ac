import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { pendingMigrations } from '../db/migrations.js';
import { type App, type Deps } from '../http/types.js';
import { routes } from '../http/route.js';

/** How long readiness waits for the database before calling it unreachable. */
const DATABASE_TIMEOUT_MS = 2_000;

const readiness = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
  /** Migrations this version ships that the database lacks (null when it could not be asked). */
  pendingMigrations: z.number().int().nullable(),
  /** False while the LISTEN connection is lost (the read cache is bypassed meanwhile; still ready). */
  listening: z.boolean(),
});

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: App, { database, readCache }: Deps): void {
  const route = routes(app, 'health');
  route.get(
    '/api/health',
    {
      permission: 'public',
      summary: 'Liveness: the process answers (the database is not asked; see /api/health/ready)',
      response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
    },
    async () => ({ status: 'ok' as const, db: database.engine }),
  );

  route.get(
    '/api/health/ready',
    {
      permission: 'public',
      summary: 'Readiness, for load balancers: 503 while the database is unreachable or migrations are pending',
      response: { 200: readiness, 503: readiness },
    },
    async (_request, reply) => {
      let pending: number | null = null;
      try {
        pending = await withTimeout(
          database.db.execute(sql`select 1`).then(() => pendingMigrations(database.db)),
          DATABASE_TIMEOUT_MS,
        );
      } catch {
        // Unreachable, or too slow to count on.
      }
      const ready = pending === 0;
      return reply.status(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'unavailable',
        database: pending === null ? 'unreachable' : 'ok',
        pendingMigrations: pending,
        listening: !readCache.suspended,
      });
    },
  );
}
