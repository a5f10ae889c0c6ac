/** Reading the change log for live streams: what a resuming client missed. */
import { asc, gt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { rowsOf } from '../db/migrations.js';
import { changeEvents } from '../db/schema.js';
import type { ChangeNotice } from '../changelog/record.js';
import type { Cursor } from './cursor.js';

/**
 * The changes committed since the cursor, oldest id first, at most `limit`;
 * `overflow` when there were more (the client must then refetch everything).
 */
export async function changesSince(db: DbOrTx, cursor: Cursor, limit: number): Promise<{ notices: ChangeNotice[]; overflow: boolean }> {
  const since =
    cursor.xmin === null
      ? gt(changeEvents.id, cursor.id)
      : or(gt(changeEvents.id, cursor.id), sql`(${changeEvents.id} < ${cursor.id} and ${changeEvents.txId} >= ${cursor.xmin}::xid8)`);
  const rows = await db
    .select({
      id: changeEvents.id,
      xmin: changeEvents.txXmin,
      entityType: changeEvents.entityType,
      entityId: changeEvents.entityId,
      action: changeEvents.action,
    })
    .from(changeEvents)
    .where(since)
    .orderBy(asc(changeEvents.id))
    .limit(limit + 1);
  return { notices: rows.slice(0, limit), overflow: rows.length > limit };
}

/** Where a stream stands now: the newest change and the oldest transaction still running. */
export async function currentCursor(db: DbOrTx): Promise<{ id: number; xmin: string }> {
  const [row] = rowsOf<{ id: string | number | null; xmin: string }>(
    await db.execute(sql`select (select max(id) from ${changeEvents}) as id, pg_snapshot_xmin(pg_current_snapshot())::text as xmin`),
  );
  return { id: Number(row?.id ?? 0), xmin: String(row?.xmin ?? '0') };
}
