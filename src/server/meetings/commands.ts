/**
 * Writing meetings and delegations. Each command runs in one transaction
 * with its change-log event, and checks what the schema cannot: references,
 * end after start, one edition per series.
 */
import { and, eq, ne } from 'drizzle-orm';
import { given, updateCommand } from '../changelog/command.js';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { checkReferences } from '../db/references.js';
import { delegations, meetingClusters, meetings, meetingSeries, parties, people } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import type { MeetingStatus } from '../domain/vocabulary.js';
import type { DelegationCreate, DelegationPatch, MeetingCreate, MeetingPatch } from './schemas.js';
import { changesCalendarEvent, nextRevision } from './revision.js';
import { meetingSearchText } from './search-text.js';
import { allowedNext, mayMove, timesKept } from './status.js';

const checkMeetingRefs = (tx: DbOrTx, refs: { clusterId?: number | null; chairPartyId?: number | null; chairPersonId?: number | null }) =>
  checkReferences(tx, [
    ['clusterId', meetingClusters, refs.clusterId, 'cluster'],
    ['chairPartyId', parties, refs.chairPartyId, 'party'],
    ['chairPersonId', people, refs.chairPersonId, 'person'],
  ]);

async function seriesById(tx: DbOrTx, seriesId: number) {
  const [series] = await tx.select().from(meetingSeries).where(eq(meetingSeries.id, seriesId));
  if (!series) {
    throw new AppError('invalid_reference', 'Unknown seriesId', [{ path: 'seriesId', message: `no series ${seriesId}` }]);
  }
  return series;
}

/** A status change the transition table (status.ts) forbids: 409 naming the allowed ones. */
export function checkStatusMove(from: MeetingStatus, to: MeetingStatus): void {
  if (mayMove(from, to)) return;
  const allowed = allowedNext(from);
  throw new AppError('invalid_transition', `A ${from} meeting cannot become ${to}`, [
    { path: 'status', message: allowed.length ? `from ${from}: ${allowed.join(', ')}` : `${from} is final` },
  ]);
}

/**
 * A held, running or cancelled meeting's times are history: the scheduler
 * never moves them (scheduling/history.ts), and neither does an edit. The
 * same 409 'conflict' as scheduling's accept and move, naming the status.
 */
function checkTimesKept(before: { status: string; startsAt: Date; endsAt: Date; titleEn: string }, patch: MeetingPatch): void {
  const status = before.status as MeetingStatus;
  if (!timesKept(status)) return;
  const moved = (['startsAt', 'endsAt'] as const).filter((f) => patch[f] !== undefined && patch[f].getTime() !== before[f].getTime());
  if (!moved.length) return;
  const words = status === 'in_progress' ? 'in progress' : status;
  throw new AppError(
    'conflict',
    `This meeting is ${words}: its times cannot change`,
    moved.map((path) => ({ path, message: `${before.titleEn} is ${words}: it stays at ${before[path].toISOString()}` })),
  );
}

function checkTimes(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new AppError('end_before_start', 'endsAt must be after startsAt', [{ path: 'endsAt', message: 'must be after startsAt' }]);
  }
}

async function checkEdition(tx: DbOrTx, seriesId: number, edition: number | null | undefined, exceptId?: number) {
  if (edition === null || edition === undefined) return;
  const clash = await tx
    .select({ id: meetings.id, titleEn: meetings.titleEn })
    .from(meetings)
    .where(and(eq(meetings.seriesId, seriesId), eq(meetings.edition, edition), exceptId ? ne(meetings.id, exceptId) : undefined))
    .limit(1);
  if (clash[0]) {
    throw new AppError('duplicate_edition', `This series already has edition ${edition}: ${clash[0].titleEn}`, [
      { path: 'edition', message: `edition ${edition} exists (meeting ${clash[0].id})` },
    ]);
  }
}

export async function createMeeting(db: Db, actor: Actor, input: MeetingCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const series = await seriesById(tx, input.seriesId);
    checkTimes(input.startsAt, input.endsAt);
    await checkEdition(tx, input.seriesId, input.edition);
    await checkMeetingRefs(tx, input);
    const values = { ...input, edition: input.edition ?? null };
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, searchText: meetingSearchText(values, series) })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'meeting', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function updateMeeting(db: Db, actor: Actor, id: number, patch: MeetingPatch): Promise<void> {
  let series!: typeof meetingSeries.$inferSelect;
  await updateCommand(db, actor, {
    entityType: 'meeting',
    name: 'Meeting',
    lock: (tx) => tx.select().from(meetings).where(eq(meetings.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx, before) => {
      const set = given(patch);
      const after = { ...before, ...set };
      if (patch.status) checkStatusMove(before.status as MeetingStatus, patch.status);
      series = await seriesById(tx, after.seriesId);
      checkTimes(after.startsAt, after.endsAt);
      checkTimesKept(before, patch);
      await checkEdition(tx, after.seriesId, after.edition, id);
      await checkMeetingRefs(tx, patch);
      return { set };
    },
    // Besides the fields sent: the search text, the time of the change, and a new revision for calendars when the event moved.
    write: async (tx, before, set) => {
      await tx
        .update(meetings)
        .set({
          ...set,
          searchText: meetingSearchText({ ...before, ...set }, series),
          updatedAt: new Date(),
          ...(changesCalendarEvent(before, patch) ? { revision: nextRevision() } : {}),
        })
        .where(eq(meetings.id, id));
    },
  });
}

export async function deleteMeeting(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(meetings).where(eq(meetings.id, id)).returning();
    if (!row) throw notFound('Meeting');
    await recordChange(tx, actor, {
      entityType: 'meeting',
      entityId: id,
      action: 'delete',
      changes: { titleEn: row.titleEn, startsAt: row.startsAt, seriesId: row.seriesId, edition: row.edition },
    });
  });
}

const checkDelegationRefs = (tx: DbOrTx, input: { headPersonId?: number | null }) =>
  checkReferences(tx, [['headPersonId', people, input.headPersonId, 'person']]);

export async function addDelegation(db: Db, actor: Actor, meetingId: number, input: DelegationCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId));
    if (!meeting) throw notFound('Meeting');
    const [party] = await tx.select().from(parties).where(eq(parties.id, input.partyId));
    if (!party) {
      throw new AppError('invalid_reference', 'Unknown partyId', [{ path: 'partyId', message: `no party ${input.partyId}` }]);
    }
    await checkDelegationRefs(tx, input);
    const [clash] = await tx
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.meetingId, meetingId), eq(delegations.partyId, input.partyId)));
    if (clash) {
      throw new AppError('conflict', `${party.nameEn} already has a delegation at this meeting`, [
        { path: 'partyId', message: `delegation ${clash.id} exists` },
      ]);
    }
    const [row] = await tx
      .insert(delegations)
      .values({ ...input, meetingId, timeZone: input.timeZone ?? party.timeZone })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'delegation', entityId: row.id, action: 'create', changes: { meetingId, ...input } });
    return row.id;
  });
}

export async function updateDelegation(db: Db, actor: Actor, id: number, patch: DelegationPatch): Promise<number> {
  const { before } = await updateCommand<typeof delegations.$inferSelect>(db, actor, {
    entityType: 'delegation',
    name: 'Delegation',
    lock: (tx) => tx.select().from(delegations).where(eq(delegations.id, id)).for('update'),
    entityId: () => id,
    prepare: async (tx) => {
      await checkDelegationRefs(tx, patch);
      return { set: given(patch) };
    },
    write: async (tx, _before, set) => {
      await tx.update(delegations).set(set).where(eq(delegations.id, id));
    },
  });
  return before.meetingId;
}

export async function removeDelegation(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(delegations).where(eq(delegations.id, id)).returning();
    if (!row) throw notFound('Delegation');
    await recordChange(tx, actor, { entityType: 'delegation', entityId: id, action: 'delete', changes: { ...row } });
  });
}
