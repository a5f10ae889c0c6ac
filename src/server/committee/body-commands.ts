/**
 * Writing the committee's bodies and their members (reference data, admins
 * only). One transaction each, with its change-log event. A body is never
 * deleted: deactivated, it keeps its tasks and members and takes no new
 * tasks (`activeBodyProblems`, checked where tasks are created or moved).
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import { given, updateCommand } from '../changelog/command.js';
import type { Db, DbOrTx } from '../db/client.js';
import { checkReferences } from '../db/references.js';
import { people } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { foldText } from '../search/normalize.js';
import { cycleIfParent } from './core/cycles.js';
import { bodies, bodyMembers } from './schema.js';
import type { BodyCreate, BodyPatch, MemberCreate } from './schemas.js';

/** Refuses new tasks for deactivated bodies, naming the body and the day it was deactivated. */
export async function refuseInactiveBodies(tx: DbOrTx, refs: ReadonlyArray<readonly [path: string, bodyId: number | null | undefined]>): Promise<void> {
  const ids = refs.flatMap(([, id]) => (id ? [id] : []));
  if (!ids.length) return;
  const inactive = await tx.select({ id: bodies.id, nameEn: bodies.nameEn, deactivatedAt: bodies.deactivatedAt }).from(bodies).where(inArray(bodies.id, ids));
  const details = refs.flatMap(([path, id]) => {
    const body = inactive.find((b) => b.id === id && b.deactivatedAt !== null);
    return body ? [{ path, message: `${body.nameEn} was deactivated on ${body.deactivatedAt!.toISOString().slice(0, 10)} and takes no new tasks` }] : [];
  });
  if (details.length) throw new AppError('body_inactive', details.map((d) => d.message).join('; '), details);
}

const slugOf = (name: string) =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'body';

async function freeSlug(tx: DbOrTx, input: BodyCreate): Promise<string> {
  if (input.slug) {
    const [taken] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, input.slug));
    if (taken) throw new AppError('conflict', `A body is already at ${input.slug}`, [{ path: 'slug', message: 'already taken' }]);
    return input.slug;
  }
  const base = slugOf(input.nameEn);
  const used = new Set(
    (
      await tx
        .select({ slug: bodies.slug })
        .from(bodies)
        .where(like(bodies.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

async function checkParent(tx: DbOrTx, bodyId: number | null, parentId: number | null | undefined) {
  await checkReferences(tx, [['parentId', bodies, parentId, 'body']]);
  if (bodyId === null || parentId === undefined) return;
  const all = await tx.select({ id: bodies.id, parentId: bodies.parentId }).from(bodies);
  const cycle = cycleIfParent(new Map(all.map((r) => [r.id, r.parentId])), bodyId, parentId);
  if (cycle)
    throw new AppError('validation_failed', `Bodies would form a cycle: ${cycle.map((n) => `#${n}`).join(' → ')}`, [
      { path: 'parentId', message: 'would form a cycle' },
    ]);
}

export async function createBody(db: Db, actor: Actor, input: BodyCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await checkParent(tx, null, input.parentId);
    const slug = await freeSlug(tx, input);
    const [row] = await tx
      .insert(bodies)
      .values({ slug, kind: input.kind, nameEn: input.nameEn, nameVi: input.nameVi, parentId: input.parentId ?? null })
      .returning({ id: bodies.id });
    await recordChange(tx, actor, { entityType: 'body', entityId: row!.id, action: 'create', changes: { ...input, slug } });
    return row!.id;
  });
}

/** Rename, move, deactivate (`active: false`) or bring back a body. */
export async function updateBody(db: Db, actor: Actor, id: number, patch: BodyPatch): Promise<void> {
  const { active, ...fields } = patch;
  await updateCommand(db, actor, {
    entityType: 'body',
    name: 'Body',
    lock: (tx) => tx.select().from(bodies).where(eq(bodies.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx, before) => {
      await checkParent(tx, id, patch.parentId);
      const set: Partial<typeof before> = given(fields);
      if (active === false && before.deactivatedAt === null) set.deactivatedAt = new Date();
      if (active === true) set.deactivatedAt = null;
      return { set };
    },
    write: async (tx, _before, set) => {
      await tx.update(bodies).set(set).where(eq(bodies.id, id));
    },
    skipUnchanged: true,
  });
}

async function bodyFor(tx: DbOrTx, bodyId: number) {
  const [body] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, bodyId));
  if (!body) throw notFound('Body');
}

export async function addMember(db: Db, actor: Actor, bodyId: number, input: MemberCreate): Promise<void> {
  await db.transaction(async (tx) => {
    await bodyFor(tx, bodyId);
    await checkReferences(tx, [['personId', people, input.personId, 'person']]);
    const [clash] = await tx
      .select({ id: bodyMembers.id })
      .from(bodyMembers)
      .where(and(eq(bodyMembers.bodyId, bodyId), eq(bodyMembers.personId, input.personId)));
    if (clash) throw new AppError('conflict', 'This person is already a member of the body', [{ path: 'personId', message: 'already a member' }]);
    const [row] = await tx.insert(bodyMembers).values({ bodyId, personId: input.personId, position: input.position }).returning({ id: bodyMembers.id });
    await recordChange(tx, actor, { entityType: 'body_member', entityId: row!.id, action: 'create', changes: { bodyId, ...input } });
  });
}

export async function updateMember(db: Db, actor: Actor, bodyId: number, personId: number, position: MemberCreate['position']): Promise<void> {
  await updateCommand(db, actor, {
    entityType: 'body_member',
    name: 'Member',
    lock: (tx) =>
      tx
        .select()
        .from(bodyMembers)
        .where(and(eq(bodyMembers.bodyId, bodyId), eq(bodyMembers.personId, personId)))
        .for('update'),
    entityId: (m) => m.id,
    prepare: async () => ({ set: { position } }),
    write: async (tx, before, set) => {
      await tx.update(bodyMembers).set(set).where(eq(bodyMembers.id, before.id));
    },
    skipUnchanged: true,
  });
}

export async function removeMember(db: Db, actor: Actor, bodyId: number, personId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(bodyMembers)
      .where(and(eq(bodyMembers.bodyId, bodyId), eq(bodyMembers.personId, personId)))
      .returning();
    if (!gone) throw notFound('Member');
    await recordChange(tx, actor, { entityType: 'body_member', entityId: gone.id, action: 'delete', changes: { bodyId, personId, position: gone.position } });
  });
}
