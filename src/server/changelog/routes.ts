import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { changeEvents, users } from '../db/schema.js';
import { intParam, rawText } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { type App, type Deps } from '../http/types.js';
import { securityActions } from './vocabulary.js';

export function changelogRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const route = routes(app, 'changelog');
  route.get(
    '/api/changes',
    {
      permission: 'changelog.read',
      summary: 'The change log: who changed what, newest first',
      querystring: z.object({
        entityType: rawText(40).optional(),
        entityId: rawText(400).optional(),
        action: rawText(40).optional(),
        /** Only security events: sign-ins and failures, locks, refusals, role changes. */
        security: z.enum(['true', 'false']).optional(),
        limit: intParam(1, 500).default(100),
      }),
      response: {
        200: z.object({
          events: z.array(
            z.object({
              id: z.number(),
              occurredAt: z.string(),
              actor: z.string().nullable(),
              entityType: z.string(),
              entityId: z.string(),
              action: z.string(),
              changes: z.unknown(),
              requestId: z.string().nullable(),
            }),
          ),
        }),
      },
    },
    async (request) => {
      const { entityType, entityId, action, security, limit } = request.query;
      const where: SQL[] = [];
      if (entityType) where.push(eq(changeEvents.entityType, entityType));
      if (entityId) where.push(eq(changeEvents.entityId, entityId));
      if (action) where.push(eq(changeEvents.action, action));
      if (security === 'true') where.push(inArray(changeEvents.action, [...securityActions]));
      const rows = await db
        .select({ event: changeEvents, actor: users.displayName })
        .from(changeEvents)
        .leftJoin(users, eq(users.id, changeEvents.actorUserId))
        .where(and(...where))
        .orderBy(desc(changeEvents.id))
        .limit(limit);
      return {
        events: rows.map(({ event, actor }) => ({
          ...event,
          occurredAt: event.occurredAt.toISOString(),
          actor,
        })),
      };
    },
  );
}
