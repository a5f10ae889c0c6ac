/**
 * Writing reference data: a partner's status changes and applications with
 * their steps, chairmanship years with their handovers. One transaction
 * each, with its change-log event; what the schema cannot check (the
 * timeline's order, a closed application, a chair that is not a member) is
 * checked by the pure rules of partner-history.ts or here.
 */
import { and, asc, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import { given, updateCommand } from '../changelog/command.js';
import type { Db, DbOrTx } from '../db/client.js';
import { checkReferences } from '../db/references.js';
import { chairmanships, meetings, parties, partnerStatusHistory } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { applicationState, nextStatusProblem, nextStepProblem, type StatusEntry } from './partner-history.js';
import { partnerApplications, partnerApplicationSteps } from './schema.js';
import type { ApplicationCreate, ChairmanshipCreate, ChairmanshipPatch, StatusCreate, StepCreate } from './schemas.js';

async function partyByCode(tx: DbOrTx, code: string) {
  const [party] = await tx.select().from(parties).where(eq(parties.code, code.toUpperCase())).for('update');
  if (!party) throw notFound('Party');
  if (party.isMember) throw new AppError('conflict', `${party.nameEn} is a member: it holds no partner status`, [{ path: 'code', message: 'a member state' }]);
  return party;
}

/**
 * Appends a status to a party's history, ending the one before on its
 * first day. Returns the new entry's id.
 */
async function appendStatus(
  tx: DbOrTx,
  actor: Actor,
  partyId: number,
  input: StatusCreate,
  fields: { since: string; status: string } = { since: 'since', status: 'status' },
): Promise<number> {
  const history = await tx.select().from(partnerStatusHistory).where(eq(partnerStatusHistory.partyId, partyId)).orderBy(asc(partnerStatusHistory.since));
  const problem = nextStatusProblem(history as StatusEntry[], input);
  if (problem) {
    const path = problem.path === 'since' ? fields.since : fields.status;
    throw new AppError('validation_failed', `${path} ${problem.message}`, [{ path, message: problem.message }]);
  }
  await tx
    .update(partnerStatusHistory)
    .set({ until: input.since })
    .where(and(eq(partnerStatusHistory.partyId, partyId), or(isNull(partnerStatusHistory.until), gt(partnerStatusHistory.until, input.since))));
  const [row] = await tx
    .insert(partnerStatusHistory)
    .values({
      partyId,
      status: input.status,
      since: input.since,
      decidedAtMeetingId: input.decidedAtMeetingId ?? null,
      noteEn: input.noteEn || null,
      noteVi: input.noteVi || null,
    })
    .returning({ id: partnerStatusHistory.id });
  await recordChange(tx, actor, { entityType: 'partner_status', entityId: row!.id, action: 'create', changes: { partyId, ...input } });
  return row!.id;
}

export async function recordStatus(db: Db, actor: Actor, code: string, input: StatusCreate): Promise<void> {
  await db.transaction(async (tx) => {
    const party = await partyByCode(tx, code);
    await checkReferences(tx, [['decidedAtMeetingId', meetings, input.decidedAtMeetingId, 'meeting']]);
    await appendStatus(tx, actor, party.id, input);
  });
}

/** Removes the latest entry (a mistake), opening again the one it ended. */
export async function removeLatestStatus(db: Db, actor: Actor, code: string, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const party = await partyByCode(tx, code);
    const [latest] = await tx
      .select()
      .from(partnerStatusHistory)
      .where(eq(partnerStatusHistory.partyId, party.id))
      .orderBy(desc(partnerStatusHistory.since))
      .limit(1);
    if (!latest || latest.id !== id) {
      const [exists] = await tx
        .select({ id: partnerStatusHistory.id })
        .from(partnerStatusHistory)
        .where(and(eq(partnerStatusHistory.id, id), eq(partnerStatusHistory.partyId, party.id)));
      if (!exists) throw notFound('Status');
      throw new AppError('conflict', 'Only the latest status can be removed', [{ path: 'id', message: 'not the latest status' }]);
    }
    await tx.delete(partnerStatusHistory).where(eq(partnerStatusHistory.id, id));
    await tx
      .update(partnerStatusHistory)
      .set({ until: null })
      .where(and(eq(partnerStatusHistory.partyId, party.id), eq(partnerStatusHistory.until, latest.since)));
    await recordChange(tx, actor, {
      entityType: 'partner_status',
      entityId: id,
      action: 'delete',
      changes: { partyId: party.id, status: latest.status, since: latest.since },
    });
  });
}

export async function createApplication(db: Db, actor: Actor, code: string, input: ApplicationCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const party = await partyByCode(tx, code);
    await checkReferences(tx, [['meetingId', meetings, input.meetingId, 'meeting']]);
    const open = await tx
      .select({ id: partnerApplications.id, steps: partnerApplicationSteps.kind })
      .from(partnerApplications)
      .innerJoin(partnerApplicationSteps, eq(partnerApplicationSteps.applicationId, partnerApplications.id))
      .where(and(eq(partnerApplications.partyId, party.id), eq(partnerApplications.soughtStatus, input.soughtStatus)));
    const ids = [...new Set(open.map((o) => o.id))];
    if (ids.some((appId) => applicationState(open.filter((o) => o.id === appId).map((o) => ({ kind: o.steps, on: '' }))) === 'open')) {
      throw new AppError('conflict', `${party.nameEn} already has an open application for this status`, [
        { path: 'soughtStatus', message: 'an application is open' },
      ]);
    }
    const [app] = await tx
      .insert(partnerApplications)
      .values({ partyId: party.id, soughtStatus: input.soughtStatus })
      .returning({ id: partnerApplications.id });
    await tx.insert(partnerApplicationSteps).values({
      applicationId: app!.id,
      kind: 'submitted',
      takenOn: input.submittedOn,
      meetingId: input.meetingId ?? null,
      noteEn: input.noteEn || null,
      noteVi: input.noteVi || null,
    });
    await recordChange(tx, actor, { entityType: 'partner_application', entityId: app!.id, action: 'create', changes: { partyId: party.id, ...input } });
    return app!.id;
  });
}

/** A step of an application; a granted one also records the status it sought, decided at the step's meeting. */
export async function addStep(db: Db, actor: Actor, code: string, applicationId: number, input: StepCreate): Promise<void> {
  await db.transaction(async (tx) => {
    const party = await partyByCode(tx, code);
    const [app] = await tx
      .select()
      .from(partnerApplications)
      .where(and(eq(partnerApplications.id, applicationId), eq(partnerApplications.partyId, party.id)));
    if (!app) throw notFound('Application');
    await checkReferences(tx, [['meetingId', meetings, input.meetingId, 'meeting']]);
    const steps = await tx.select().from(partnerApplicationSteps).where(eq(partnerApplicationSteps.applicationId, app.id));
    const problem = nextStepProblem(
      steps.map((s) => ({ kind: s.kind, on: s.takenOn })),
      input,
    );
    if (problem) {
      throw new AppError(problem.code === 'closed' ? 'application_closed' : 'validation_failed', `${problem.path} ${problem.message}`, [
        { path: problem.path, message: problem.message },
      ]);
    }
    const [row] = await tx
      .insert(partnerApplicationSteps)
      .values({
        applicationId: app.id,
        kind: input.kind,
        takenOn: input.on,
        meetingId: input.meetingId ?? null,
        noteEn: input.noteEn || null,
        noteVi: input.noteVi || null,
      })
      .returning({ id: partnerApplicationSteps.id });
    await recordChange(tx, actor, {
      entityType: 'partner_application_step',
      entityId: row!.id,
      action: 'create',
      changes: { applicationId: app.id, ...input },
    });
    if (input.kind === 'granted') {
      await appendStatus(
        tx,
        actor,
        party.id,
        { status: app.soughtStatus, since: input.on, decidedAtMeetingId: input.meetingId ?? null, noteEn: input.noteEn, noteVi: input.noteVi },
        { since: 'on', status: 'kind' },
      );
    }
  });
}

async function checkChair(tx: DbOrTx, input: { chairPartyId?: number; handoverMeetingId?: number | null }) {
  await checkReferences(tx, [
    ['chairPartyId', parties, input.chairPartyId, 'party'],
    ['handoverMeetingId', meetings, input.handoverMeetingId, 'meeting'],
  ]);
  if (input.chairPartyId === undefined) return null;
  const [chair] = await tx.select().from(parties).where(eq(parties.id, input.chairPartyId));
  if (!chair!.isMember)
    throw new AppError('validation_failed', `${chair!.nameEn} is not a member: only members chair`, [{ path: 'chairPartyId', message: 'not a member' }]);
  return chair!;
}

const handoverOf = (input: Partial<ChairmanshipCreate>) => ({
  ...(input.handoverOn !== undefined ? { handoverOn: input.handoverOn } : {}),
  ...(input.handoverMeetingId !== undefined ? { handoverMeetingId: input.handoverMeetingId } : {}),
  ...(input.handoverEventEn !== undefined ? { handoverEventEn: input.handoverEventEn || null } : {}),
  ...(input.handoverEventVi !== undefined ? { handoverEventVi: input.handoverEventVi || null } : {}),
});

export async function createChairmanship(db: Db, actor: Actor, input: ChairmanshipCreate): Promise<void> {
  await db.transaction(async (tx) => {
    const chair = (await checkChair(tx, input))!;
    const [clash] = await tx.select({ id: chairmanships.id }).from(chairmanships).where(eq(chairmanships.year, input.year));
    if (clash) throw new AppError('conflict', `The ${input.year} chairmanship is recorded`, [{ path: 'year', message: 'already recorded' }]);
    const [row] = await tx
      .insert(chairmanships)
      .values({
        organizationId: chair.organizationId,
        year: input.year,
        chairPartyId: chair.id,
        themeEn: input.themeEn,
        themeVi: input.themeVi,
        ...handoverOf(input),
      })
      .returning({ id: chairmanships.id });
    await recordChange(tx, actor, { entityType: 'chairmanship', entityId: row!.id, action: 'create', changes: { ...input } });
  });
}

export async function updateChairmanship(db: Db, actor: Actor, year: number, patch: ChairmanshipPatch): Promise<void> {
  await updateCommand(db, actor, {
    entityType: 'chairmanship',
    name: 'Chairmanship',
    lock: (tx) => tx.select().from(chairmanships).where(eq(chairmanships.year, year)).for('update'),
    entityId: (c) => c.id,
    prepare: async (tx) => {
      await checkChair(tx, patch);
      return { set: { ...given({ chairPartyId: patch.chairPartyId, themeEn: patch.themeEn, themeVi: patch.themeVi }), ...handoverOf(patch) } };
    },
    write: async (tx, before, set) => {
      await tx.update(chairmanships).set(set).where(eq(chairmanships.id, before.id));
    },
    skipUnchanged: true,
  });
}
