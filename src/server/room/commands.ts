/**
 * The chair's steps in the room: the sitting (start, suspend, resume, close),
 * the agenda items (open, suspend, resume, close, close or reopen the list,
 * the time limit), the lists of speakers (ask for the floor, give it, done,
 * withdraw, the chair's order). Each in one transaction with its change-log
 * event and the instant it happened; the meeting or item row is locked
 * first, so two steps on the same list are taken one after the other.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, Tx } from '../db/client.js';
import { agendaItems, delegations, meetings } from '../db/schema.js';
import { meetingSittings, speakers } from './schema.js';
import type { MeetingStatus } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { checkStatusMove } from '../meetings/commands.js';
import { nextRevision } from '../meetings/revision.js';
import { mayAskFloorFor, namesAnyDelegation, type Viewer } from '../auth/policies/index.js';
import { checkReorder } from './core/queue.js';
import { allowedItemActions, allowedSpeakerActions, nextItemState, nextSpeakerState, type ItemAction, type SpeakerAction } from './core/steps.js';
import type { ItemState, SpeakerState } from './core/vocabulary.js';
import type { FloorRequest, SittingAction } from './schemas.js';

export const notInProgress = (status: string, detail = `the meeting is ${status}`) =>
  new AppError('meeting_not_in_progress', 'The meeting is not in progress', [{ path: 'meeting', message: detail }]);

export async function lockMeeting(tx: Tx, meetingId: number) {
  const [row] = await tx
    .select({ m: meetings, sitting: meetingSittings })
    .from(meetings)
    .leftJoin(meetingSittings, eq(meetingSittings.meetingId, meetings.id))
    .where(eq(meetings.id, meetingId))
    .for('update', { of: meetings });
  if (!row) throw notFound('Meeting');
  return row;
}

export async function lockItem(tx: Tx, itemId: number) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).for('update');
  if (!item) throw notFound('Agenda item');
  const meeting = await lockMeeting(tx, item.meetingId);
  return { item, ...meeting };
}

/** Ends whoever has the floor on these items, as done, at `now`. */
async function endSpeaking(tx: Tx, actor: Actor, itemIds: number[], now: Date) {
  if (!itemIds.length) return;
  const ended = await tx
    .update(speakers)
    .set({ state: 'done', endedAt: now })
    .where(and(inArray(speakers.agendaItemId, itemIds), eq(speakers.state, 'speaking')))
    .returning({ id: speakers.id });
  for (const s of ended)
    await recordChange(tx, actor, { entityType: 'speaker', entityId: s.id, action: 'update', changes: { state: { from: 'speaking', to: 'done' }, at: now } });
}

/** Closes the open or suspended items of a meeting (but `except`), ending their speakers. */
async function closeOpenItems(tx: Tx, actor: Actor, meetingId: number, now: Date, except?: number) {
  const open = await tx
    .select({ id: agendaItems.id, state: agendaItems.state })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), inArray(agendaItems.state, ['open', 'suspended']), except ? ne(agendaItems.id, except) : undefined));
  await endSpeaking(
    tx,
    actor,
    open.map((i) => i.id),
    now,
  );
  for (const i of open) {
    await tx.update(agendaItems).set({ state: 'closed', closedAt: now }).where(eq(agendaItems.id, i.id));
    await recordChange(tx, actor, {
      entityType: 'agenda_item',
      entityId: i.id,
      action: 'update',
      changes: { state: { from: i.state, to: 'closed' }, at: now },
    });
  }
}

export async function sittingStep(db: Db, actor: Actor, meetingId: number, action: SittingAction): Promise<void> {
  await db.transaction(async (tx) => {
    const { m, sitting } = await lockMeeting(tx, meetingId);
    const status = m.status as MeetingStatus;
    const now = new Date();
    const setStatus = async (to: MeetingStatus) => {
      checkStatusMove(status, to);
      // A status is on subscribed calendars (STATUS): a new revision for them.
      await tx
        .update(meetings)
        .set({ status: to, updatedAt: now, ...(to !== status ? { revision: nextRevision() } : {}) })
        .where(eq(meetings.id, meetingId));
      await recordChange(tx, actor, { entityType: 'meeting', entityId: meetingId, action: 'update', changes: { status: { from: status, to }, at: now } });
    };
    const record = (changes: Record<string, unknown>) =>
      recordChange(tx, actor, { entityType: 'meeting_sitting', entityId: meetingId, action: 'update', changes: { ...changes, at: now } });
    if (action === 'start') {
      if (status === 'in_progress')
        throw new AppError('invalid_transition', 'The meeting is already in progress', [{ path: 'action', message: 'allowed: suspend, resume, close' }]);
      await setStatus('in_progress');
      await tx
        .insert(meetingSittings)
        .values({ meetingId, startedAt: now })
        .onConflictDoUpdate({ target: meetingSittings.meetingId, set: { startedAt: now, suspendedAt: null, closedAt: null } });
      await record({ startedAt: now });
      return;
    }
    if (status !== 'in_progress') throw notInProgress(status);
    if (action === 'suspend' || action === 'resume') {
      const suspended = sitting?.suspendedAt != null;
      if (suspended === (action === 'suspend')) {
        throw new AppError('invalid_transition', suspended ? 'The sitting is already suspended' : 'The sitting is not suspended', [
          { path: 'action', message: `allowed: ${suspended ? 'resume' : 'suspend'}, close` },
        ]);
      }
      await tx
        .update(meetingSittings)
        .set({ suspendedAt: action === 'suspend' ? now : null })
        .where(eq(meetingSittings.meetingId, meetingId));
      await record({ suspended: { from: suspended, to: action === 'suspend' } });
      return;
    }
    await closeOpenItems(tx, actor, meetingId, now);
    await setStatus('held');
    await tx
      .insert(meetingSittings)
      .values({ meetingId, startedAt: now, closedAt: now })
      .onConflictDoUpdate({ target: meetingSittings.meetingId, set: { suspendedAt: null, closedAt: now } });
    await record({ closedAt: now });
  });
}

export async function itemStep(db: Db, actor: Actor, itemId: number, action: ItemAction): Promise<number> {
  return db.transaction(async (tx) => {
    const { item, m } = await lockItem(tx, itemId);
    const listClosed = item.listClosedAt !== null;
    const from = item.state as ItemState;
    const to = nextItemState(from, action, listClosed);
    if (to === null) {
      const allowed = allowedItemActions(from, listClosed);
      throw new AppError('invalid_transition', `An item that is ${from} cannot be given '${action}'`, [
        { path: 'action', message: allowed.length ? `allowed: ${allowed.join(', ')}` : 'none' },
      ]);
    }
    const now = new Date();
    if (action === 'close_list' || action === 'reopen_list') {
      await tx
        .update(agendaItems)
        .set({ listClosedAt: action === 'close_list' ? now : null })
        .where(eq(agendaItems.id, itemId));
      await recordChange(tx, actor, {
        entityType: 'agenda_item',
        entityId: itemId,
        action: 'update',
        changes: { listClosed: { from: listClosed, to: !listClosed }, at: now },
      });
      return item.meetingId;
    }
    if (m.status !== 'in_progress') throw notInProgress(m.status);
    // One item at a time: opening the next closes the one before.
    if (action === 'open') await closeOpenItems(tx, actor, item.meetingId, now, itemId);
    if (action === 'close' || action === 'suspend') await endSpeaking(tx, actor, [itemId], now);
    const stamps = action === 'open' ? { openedAt: now, closedAt: null } : action === 'close' ? { closedAt: now } : {};
    await tx
      .update(agendaItems)
      .set({ state: to, ...stamps })
      .where(eq(agendaItems.id, itemId));
    await recordChange(tx, actor, { entityType: 'agenda_item', entityId: itemId, action: 'update', changes: { state: { from, to }, at: now } });
    return item.meetingId;
  });
}

export async function requestFloor(db: Db, actor: Actor, viewer: Viewer | null, itemId: number, input: FloorRequest): Promise<number> {
  return db.transaction(async (tx) => {
    const { item, m } = await lockItem(tx, itemId);
    if (m.status !== 'in_progress') throw notInProgress(m.status);
    if (item.state === 'closed') throw new AppError('list_closed', 'This agenda item is closed', [{ path: 'agendaItem', message: 'the item is closed' }]);
    // Points of order and rights of reply may still be raised once the list of speeches is closed.
    if (item.listClosedAt && input.kind === 'speech') {
      throw new AppError('list_closed', 'The list of speakers is closed', [{ path: 'kind', message: `closed at ${item.listClosedAt.toISOString()}` }]);
    }
    let delegation;
    if (input.delegationId !== undefined) {
      [delegation] = await tx
        .select()
        .from(delegations)
        .where(and(eq(delegations.id, input.delegationId), eq(delegations.meetingId, item.meetingId)));
      if (!delegation)
        throw new AppError('invalid_reference', 'No such delegation at this meeting', [
          { path: 'delegationId', message: `no delegation ${input.delegationId} at meeting ${item.meetingId}` },
        ]);
      if (!mayAskFloorFor(viewer, delegation.partyId)) {
        throw new AppError('not_own_delegation', 'You may ask for the floor for your own delegation only', [
          { path: 'delegationId', message: 'another delegation' },
        ]);
      }
    } else {
      if (namesAnyDelegation(viewer))
        throw new AppError('validation_failed', 'Name the delegation', [{ path: 'delegationId', message: 'required for the secretariat' }]);
      const partyId = viewer?.partyId ?? null;
      if (partyId !== null)
        [delegation] = await tx
          .select()
          .from(delegations)
          .where(and(eq(delegations.meetingId, item.meetingId), eq(delegations.partyId, partyId)));
      if (!delegation)
        throw new AppError('not_own_delegation', 'Your party has no delegation at this meeting', [
          { path: 'delegationId', message: 'no delegation of yours at this meeting' },
        ]);
    }
    const [already] = await tx
      .select({ id: speakers.id, state: speakers.state })
      .from(speakers)
      .where(
        and(
          eq(speakers.agendaItemId, itemId),
          eq(speakers.delegationId, delegation.id),
          eq(speakers.kind, input.kind),
          inArray(speakers.state, ['waiting', 'speaking']),
        ),
      );
    if (already) {
      throw new AppError('already_on_list', 'This delegation is already on the list for this item', [
        { path: 'delegationId', message: `speaker ${already.id} is ${already.state}` },
      ]);
    }
    const now = new Date();
    const [row] = await tx
      .insert(speakers)
      .values({
        agendaItemId: itemId,
        meetingId: item.meetingId,
        delegationId: delegation.id,
        kind: input.kind,
        timeLimitSeconds: item.speakingSeconds,
        requestedAt: now,
        requestedBy: actor.userId,
      })
      .returning({ id: speakers.id });
    await recordChange(tx, actor, {
      entityType: 'speaker',
      entityId: row!.id,
      action: 'create',
      changes: { agendaItemId: itemId, delegationId: delegation.id, kind: input.kind, at: now },
    });
    return row!.id;
  });
}

async function lockSpeaker(tx: Tx, speakerId: number) {
  const [s] = await tx.select({ itemId: speakers.agendaItemId }).from(speakers).where(eq(speakers.id, speakerId));
  if (!s) throw notFound('Speaker');
  const locked = await lockItem(tx, s.itemId);
  const [speaker] = await tx.select().from(speakers).where(eq(speakers.id, speakerId));
  if (!speaker) throw notFound('Speaker');
  return { ...locked, speaker };
}

export async function speakerStep(db: Db, actor: Actor, viewer: Viewer | null, speakerId: number, action: SpeakerAction): Promise<number> {
  return db.transaction(async (tx) => {
    const { item, m, sitting, speaker } = await lockSpeaker(tx, speakerId);
    if (action === 'withdraw') {
      const [own] = await tx.select({ partyId: delegations.partyId }).from(delegations).where(eq(delegations.id, speaker.delegationId));
      if (!own || !mayAskFloorFor(viewer, own.partyId))
        throw new AppError('not_own_delegation', 'You may withdraw your own delegation only', [{ path: 'speaker', message: 'another delegation' }]);
    }
    const from = speaker.state as SpeakerState;
    const to = nextSpeakerState(from, action);
    if (to === null) {
      const allowed = allowedSpeakerActions(from);
      throw new AppError('invalid_transition', `A speaker who is ${from} cannot be given '${action}'`, [
        { path: 'action', message: allowed.length ? `allowed: ${allowed.join(', ')}` : 'none' },
      ]);
    }
    if (action === 'give_floor') {
      if (m.status !== 'in_progress') throw notInProgress(m.status);
      if (sitting?.suspendedAt) throw notInProgress(m.status, 'the sitting is suspended');
      if (item.state !== 'open')
        throw new AppError('invalid_transition', 'The agenda item is not open', [{ path: 'agendaItem', message: `the item is ${item.state}` }]);
    }
    const now = new Date();
    if (action === 'give_floor') await endSpeaking(tx, actor, [item.id], now);
    const stamps = action === 'give_floor' ? { startedAt: now } : { endedAt: now };
    await tx
      .update(speakers)
      .set({ state: to, ...stamps })
      .where(eq(speakers.id, speakerId));
    await recordChange(tx, actor, { entityType: 'speaker', entityId: speakerId, action: 'update', changes: { state: { from, to }, at: now } });
    return item.meetingId;
  });
}

export async function reorderSpeakers(db: Db, actor: Actor, itemId: number, order: number[]): Promise<number> {
  return db.transaction(async (tx) => {
    const { item } = await lockItem(tx, itemId);
    const waiting = await tx
      .select({ id: speakers.id })
      .from(speakers)
      .where(and(eq(speakers.agendaItemId, itemId), eq(speakers.state, 'waiting'), eq(speakers.kind, 'speech')));
    const problem = checkReorder(
      waiting.map((w) => w.id),
      order,
    );
    if (problem) throw new AppError('validation_failed', 'The order must name every waiting speech once', [{ path: 'speakerIds', message: problem }]);
    for (const [i, id] of order.entries())
      await tx
        .update(speakers)
        .set({ chairPosition: i + 1 })
        .where(eq(speakers.id, id));
    await recordChange(tx, actor, { entityType: 'agenda_item', entityId: itemId, action: 'update', changes: { speakerOrder: order, at: new Date() } });
    return item.meetingId;
  });
}
