import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type App, type Deps } from '../http/types.js';

export function healthRoutes(app: App, { database }: Deps): void {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness, and which database engine serves',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: database.engine };
    },
  );
}
