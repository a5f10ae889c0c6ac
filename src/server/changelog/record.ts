import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { changeEvents } from '../db/schema.js';
import type { ChangeAction, ChangeEntityType } from './vocabulary.js';

export interface Actor {
  userId: number | null;
  requestId: string | null;
}

/** The channel on which committed changes are announced, e.g. to drop cached reads. */
export const CHANGE_CHANNEL = 'gavel_changes';

export const systemActor: Actor = { userId: null, requestId: null };

export interface ChangeEvent {
  entityType: ChangeEntityType;
  entityId: string | number;
  action: ChangeAction;
  /** For updates: { field: { from, to } }; for creates/deletes: the record. */
  changes: Record<string, unknown>;
}

/**
 * What a notification on CHANGE_CHANNEL says: the change-log event's id, its
 * entity and action, and its transaction's xmin (see change_events.tx_xmin).
 * An entity id too long for a notification (sign-in throttle keys) is left
 * out: those events are not for live streams anyway.
 */
export interface ChangeNotice {
  id: number;
  xmin: string;
  entityType: string;
  entityId: string | null;
  action: string;
}

const MAX_NOTICE_ENTITY_ID = 200;

export function encodeNotice(n: ChangeNotice): string {
  const entityId = n.entityId !== null && n.entityId.length <= MAX_NOTICE_ENTITY_ID ? n.entityId : null;
  return JSON.stringify({ id: n.id, x: n.xmin, t: n.entityType.slice(0, 100), e: entityId, a: n.action.slice(0, 40) });
}

/** A notice, or null for a payload that is not one (another version's, or hand-sent). */
export function decodeNotice(payload: string): ChangeNotice | null {
  try {
    const v = JSON.parse(payload) as Record<string, unknown>;
    if (!Number.isSafeInteger(v.id) || typeof v.x !== 'string' || !/^\d{1,20}$/.test(v.x) || typeof v.t !== 'string' || typeof v.a !== 'string') return null;
    if (v.e !== null && typeof v.e !== 'string') return null;
    return { id: v.id as number, xmin: v.x, entityType: v.t, entityId: v.e, action: v.a };
  } catch {
    return null;
  }
}

/** Call inside the same transaction as the write it describes. */
export async function recordChange(tx: DbOrTx, actor: Actor, event: ChangeEvent): Promise<void> {
  await recordChanges(tx, actor, [event]);
}

const EVENTS_PER_STATEMENT = 1000;

/**
 * Several events of one write (a story's clippings moved together), in one
 * insert and one notification statement: a write that touches many rows does
 * not pay two round trips a row. Same transaction as the write.
 */
export async function recordChanges(tx: DbOrTx, actor: Actor, events: readonly ChangeEvent[]): Promise<void> {
  // Chunks keep a statement's parameters far below the protocol's 65,535.
  for (let from = 0; from < events.length; from += EVENTS_PER_STATEMENT) {
    const chunk = events.slice(from, from + EVENTS_PER_STATEMENT);
    const rows = await tx
      .insert(changeEvents)
      .values(
        chunk.map((event) => ({
          actorUserId: actor.userId,
          requestId: actor.requestId,
          entityType: event.entityType,
          entityId: String(event.entityId),
          action: event.action,
          changes: event.changes,
        })),
      )
      .returning({ id: changeEvents.id, xmin: changeEvents.txXmin });
    // Ids are drawn in the order of the rows inserted; the answer's order is not promised.
    rows.sort((a, b) => a.id - b.id);
    const notices = chunk.map(
      (event, i) =>
        sql`${encodeNotice({ id: rows[i]!.id, xmin: rows[i]!.xmin, entityType: event.entityType, entityId: String(event.entityId), action: event.action })}`,
    );
    // Delivered by Postgres when (and only if) the transaction commits, in commit order (unnest keeps the array's).
    await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, notice) from unnest(array[${sql.join(notices, sql`, `)}]::text[]) as notice`);
  }
}

/** The changed fields of an update, as { field: { from, to } }. */
export function diff<T extends Record<string, unknown>>(before: T, patch: Partial<T>): Record<string, unknown> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = before[key];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) out[key] = { from, to };
  }
  return out;
}
