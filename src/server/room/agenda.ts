/**
 * The agenda as the chair's secretariat keeps it: items added at the end,
 * renamed, given a time per speech, put in a new order, deleted. An item
 * under discussion (open or suspended) or with decisions recorded on it is
 * not deleted (409 `agenda_item_in_use`): the record of decisions names it.
 */
import { and, asc, count, eq, max } from 'drizzle-orm';
import { given, updateCommand } from '../changelog/command.js';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { agendaItems } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { lockItem, lockMeeting } from './commands.js';
import { meetingDecisions, speakers } from './schema.js';
import type { AgendaItemCreate, ItemPatch } from './schemas.js';

export async function addAgendaItem(db: Db, actor: Actor, meetingId: number, input: AgendaItemCreate): Promise<number> {
  return db.transaction(async (tx) => {
    await lockMeeting(tx, meetingId);
    const [last] = await tx
      .select({ position: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const [row] = await tx
      .insert(agendaItems)
      .values({ meetingId, position: (last?.position ?? 0) + 1, ...input })
      .returning({ id: agendaItems.id, position: agendaItems.position });
    await recordChange(tx, actor, {
      entityType: 'agenda_item',
      entityId: row!.id,
      action: 'create',
      changes: { meetingId, position: row!.position, ...input },
    });
    return row!.id;
  });
}

/** Renames an item and/or sets its time per speech (those waiting get it too; whoever speaks keeps the one announced). */
export async function editAgendaItem(db: Db, actor: Actor, itemId: number, patch: ItemPatch): Promise<number> {
  const { before: item } = await updateCommand<typeof agendaItems.$inferSelect>(db, actor, {
    entityType: 'agenda_item',
    name: 'Agenda item',
    lock: async (tx) => [(await lockItem(tx, itemId)).item],
    entityId: () => itemId,
    prepare: async () => ({ set: given(patch) }),
    write: async (tx, _item, set) => {
      await tx.update(agendaItems).set(set).where(eq(agendaItems.id, itemId));
      if (set.speakingSeconds !== undefined) {
        await tx
          .update(speakers)
          .set({ timeLimitSeconds: set.speakingSeconds })
          .where(and(eq(speakers.agendaItemId, itemId), eq(speakers.state, 'waiting')));
      }
    },
  });
  return item.meetingId;
}

/** The whole agenda in a new order: every item of the meeting, each once. */
export async function reorderAgenda(db: Db, actor: Actor, meetingId: number, order: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    await lockMeeting(tx, meetingId);
    const items = await tx
      .select({ id: agendaItems.id, position: agendaItems.position })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position));
    const problem = checkOrder(
      items.map((i) => i.id),
      order,
    );
    if (problem) throw new AppError('validation_failed', 'The order must name every item of the agenda once', [{ path: 'itemIds', message: problem }]);
    const now = new Date();
    for (const [i, id] of order.entries()) {
      const from = items.find((x) => x.id === id)!.position;
      if (from === i + 1) continue;
      await tx
        .update(agendaItems)
        .set({ position: i + 1 })
        .where(eq(agendaItems.id, id));
      await recordChange(tx, actor, { entityType: 'agenda_item', entityId: id, action: 'update', changes: { position: { from, to: i + 1 }, at: now } });
    }
  });
}

export async function deleteAgendaItem(db: Db, actor: Actor, itemId: number): Promise<number> {
  return db.transaction(async (tx) => {
    const { item } = await lockItem(tx, itemId);
    if (item.state === 'open' || item.state === 'suspended') {
      throw new AppError('agenda_item_in_use', 'The item is under discussion', [{ path: 'agendaItem', message: `the item is ${item.state}; close it first` }]);
    }
    const [decided] = await tx.select({ n: count() }).from(meetingDecisions).where(eq(meetingDecisions.agendaItemId, itemId));
    if (decided && decided.n > 0) {
      throw new AppError('agenda_item_in_use', 'Decisions are recorded on this item', [
        { path: 'agendaItem', message: `${decided.n} decision(s) recorded on it` },
      ]);
    }
    await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
    // The items after it move up, so the agenda stays numbered 1, 2, 3…
    const rest = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, item.meetingId))
      .orderBy(asc(agendaItems.position), asc(agendaItems.id));
    for (const [i, r] of rest.entries())
      await tx
        .update(agendaItems)
        .set({ position: i + 1 })
        .where(eq(agendaItems.id, r.id));
    await recordChange(tx, actor, {
      entityType: 'agenda_item',
      entityId: itemId,
      action: 'delete',
      changes: { meetingId: item.meetingId, titleEn: item.titleEn, titleVi: item.titleVi, position: item.position },
    });
    // A deleted item is never announced (live/visibility.ts): its meeting is, so the rooms showing it refresh.
    await recordChange(tx, actor, { entityType: 'meeting', entityId: item.meetingId, action: 'update', changes: { agendaItemDeleted: itemId } });
    return item.meetingId;
  });
}

function checkOrder(ids: readonly number[], order: readonly number[]): string | null {
  const seen = new Set<number>();
  for (const id of order) {
    if (!ids.includes(id)) return `item ${id} is not on this agenda`;
    if (seen.has(id)) return `item ${id} is named twice`;
    seen.add(id);
  }
  const missing = ids.filter((id) => !seen.has(id));
  return missing.length ? `missing: ${missing.join(', ')}` : null;
}
