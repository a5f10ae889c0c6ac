/**
 * The audit log: the change log filtered by who (the acting account), what
 * (the event's action), when (from inclusive, to exclusive) and which entity
 * (type, id), newest first, a page at a time or every matching row for the
 * CSV export.
 */
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.js';
import { changeEvents, users } from '../db/schema.js';
import { idParam, instant, intParam, rawText } from '../http/primitives.js';

/** Names as the change log writes them: lower-case words with underscores. */
const name = (max: number) => rawText(max).regex(/^[a-z][a-z0-9_]*$/, 'a name such as sign_in or press_application');

const filterFields = z.object({
  userId: idParam().optional(),
  action: name(40).optional(),
  from: instant().optional(),
  to: instant().optional(),
  entityType: name(100).optional(),
  entityId: rawText(400).min(1).optional(),
});
const fromBeforeTo = (f: { from?: Date; to?: Date }) => !f.from || !f.to || f.from < f.to;
const afterFrom = { path: ['to'], message: 'must be after from' };

export const auditFilter = filterFields.refine(fromBeforeTo, afterFrom);
export type AuditFilter = z.infer<typeof auditFilter>;

/** The filter and the page: 1-based, up to 200 events a page. */
export const auditQuery = filterFields
  .extend({ page: intParam(1, 100_000).default(1), pageSize: intParam(1, 200).default(50) })
  .refine(fromBeforeTo, afterFrom);

export const auditEvent = z.object({
  id: z.number(),
  occurredAt: z.string(),
  userId: z.number().nullable(),
  actor: z.string().nullable(),
  actorEmail: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

/** The most rows one export carries; past it, narrow the filter. */
export const EXPORT_LIMIT = 100_000;

function where(f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.userId !== undefined) parts.push(eq(changeEvents.actorUserId, f.userId));
  if (f.action) parts.push(eq(changeEvents.action, f.action));
  if (f.from) parts.push(gte(changeEvents.occurredAt, f.from));
  if (f.to) parts.push(lt(changeEvents.occurredAt, f.to));
  if (f.entityType) parts.push(eq(changeEvents.entityType, f.entityType));
  if (f.entityId) parts.push(eq(changeEvents.entityId, f.entityId));
  return and(...parts);
}

export async function auditEvents(db: DbOrTx, filter: AuditFilter, limit: number, offset = 0): Promise<AuditEvent[]> {
  const rows = await db
    .select({ event: changeEvents, actor: users.displayName, actorEmail: users.email })
    .from(changeEvents)
    .leftJoin(users, eq(users.id, changeEvents.actorUserId))
    .where(where(filter))
    .orderBy(desc(changeEvents.id))
    .limit(limit)
    .offset(offset);
  return rows.map(({ event, actor, actorEmail }) => ({
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    userId: event.actorUserId,
    actor,
    actorEmail,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes,
    requestId: event.requestId,
  }));
}

export async function auditCount(db: DbOrTx, filter: AuditFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(changeEvents).where(where(filter));
  return row?.n ?? 0;
}

/** The actions and entity types that occur, for the page's choices. */
export async function auditVocabulary(db: DbOrTx): Promise<{ actions: string[]; entityTypes: string[] }> {
  const actions = await db.selectDistinct({ v: changeEvents.action }).from(changeEvents).orderBy(changeEvents.action);
  const types = await db.selectDistinct({ v: changeEvents.entityType }).from(changeEvents).orderBy(changeEvents.entityType);
  return { actions: actions.map((r) => r.v), entityTypes: types.map((r) => r.v) };
}
