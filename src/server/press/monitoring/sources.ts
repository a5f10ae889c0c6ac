/**
 * The sources media monitoring watches: listed, added, edited and
 * deactivated by the press desk, each write in the change log. A source's
 * address is unique (409 when another source has it). Editing the address
 * forgets the validators of the old one and makes the source due now.
 */
import { count, desc, eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../http/errors.js';
import { clippings, monitorSources } from '../schema.js';
import type { MonitorSource, SourceCreate, SourceUpdate } from './schemas.js';

const duplicateUrl = () => new AppError('conflict', 'another source has this address', [{ path: 'url', message: 'already watched' }]);

export async function listSources(db: Db, ids?: number[]): Promise<MonitorSource[]> {
  const counts = db
    .select({ sourceId: clippings.monitorSourceId, n: count().as('n') })
    .from(clippings)
    .groupBy(clippings.monitorSourceId)
    .as('counts');
  const rows = await db
    .select({ source: monitorSources, clippings: counts.n })
    .from(monitorSources)
    .leftJoin(counts, eq(counts.sourceId, monitorSources.id))
    .orderBy(desc(monitorSources.active), monitorSources.name);
  return rows
    .filter((r) => !ids || ids.includes(r.source.id))
    .map(({ source: s, clippings: n }) => ({
      id: s.id,
      kind: s.kind as MonitorSource['kind'],
      url: s.url,
      name: s.name,
      intervalMinutes: s.intervalMinutes,
      active: s.active,
      lastFetchedAt: s.lastFetchedAt,
      lastStatus: s.lastStatus as MonitorSource['lastStatus'],
      lastError: s.lastError,
      failures: s.failures,
      nextDueAt: s.nextDueAt,
      clippings: Number(n ?? 0),
    }));
}

export async function getSource(db: Db, id: number): Promise<MonitorSource> {
  const [source] = await listSources(db, [id]);
  if (!source) throw notFound('Source');
  return source;
}

export async function createSource(db: Db, actor: Actor, input: SourceCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: monitorSources.id }).from(monitorSources).where(eq(monitorSources.url, input.url));
    if (taken) throw duplicateUrl();
    const [row] = await tx
      .insert(monitorSources)
      .values({ ...input, createdBy: actor.userId })
      .returning({ id: monitorSources.id });
    await recordChange(tx, actor, { entityType: 'monitor_source', entityId: row!.id, action: 'create', changes: { ...input } });
    return row!.id;
  });
}

export async function updateSource(db: Db, actor: Actor, id: number, input: SourceUpdate): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(monitorSources).where(eq(monitorSources.id, id)).for('update');
    if (!current) throw notFound('Source');
    if (input.url !== undefined && input.url !== current.url) {
      const [taken] = await tx.select({ id: monitorSources.id }).from(monitorSources).where(eq(monitorSources.url, input.url));
      if (taken) throw duplicateUrl();
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['url', 'name', 'intervalMinutes', 'active'] as const) {
      if (input[key] !== undefined && input[key] !== current[key]) changes[key] = { from: current[key], to: input[key] };
    }
    if (!Object.keys(changes).length) return;
    const moved = 'url' in changes;
    const reactivated = changes.active?.to === true;
    await tx
      .update(monitorSources)
      .set({
        ...input,
        ...(moved ? { etag: null, lastModified: null, failures: 0, lastStatus: null, lastError: null } : {}),
        ...(moved || reactivated ? { nextDueAt: new Date() } : {}),
      })
      .where(eq(monitorSources.id, id));
    await recordChange(tx, actor, { entityType: 'monitor_source', entityId: id, action: 'update', changes });
  });
}
