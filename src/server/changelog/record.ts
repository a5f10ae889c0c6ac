import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { changeEvents } from '../db/schema.js';

export interface Actor {
  userId: number | null;
  requestId: string | null;
}

/** The channel on which committed changes are announced, e.g. to drop cached reads. */
export const CHANGE_CHANNEL = 'gavel_changes';

export const systemActor: Actor = { userId: null, requestId: null };

/** Who signed in or failed to, locks, refusals: what an administrator filters the log by. */
export const securityActions = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'sign_out_everywhere',
  'password_changed',
  'lock',
  'unlock',
  'permission_refused',
  'roles_changed',
  'user_invited',
  'user_deactivated',
  'user_reactivated',
  'password_reset_sent',
  'password_set',
] as const;
export type SecurityAction = (typeof securityActions)[number];

export interface ChangeEvent {
  entityType: string;
  entityId: string | number;
  action: 'create' | 'update' | 'delete' | 'seed' | SecurityAction;
  /** For updates: { field: { from, to } }; for creates/deletes: the record. */
  changes: Record<string, unknown>;
}

/** Call inside the same transaction as the write it describes. */
export async function recordChange(tx: DbOrTx, actor: Actor, event: ChangeEvent): Promise<void> {
  await tx.insert(changeEvents).values({
    actorUserId: actor.userId,
    requestId: actor.requestId,
    entityType: event.entityType,
    entityId: String(event.entityId),
    action: event.action,
    changes: event.changes,
  });
  // Delivered by Postgres when (and only if) the transaction commits.
  await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${event.entityType})`);
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
