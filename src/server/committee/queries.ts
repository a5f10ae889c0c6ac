/** Reading the committee's data, with status and due days derived on the way out. */
import { asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { meetings, parties, people, users } from '../db/schema.js';
import { chairDayOf } from '../domain/chairmanship.js';
import { resolveDue, type CivilDate, type MeetingStart } from './core/dates.js';
import { rollUpAll } from './core/rollup.js';
import { deliverableStatus } from './core/status.js';
import { carriedOver, isOverdue, statusAsOf, type TaskPriority } from './core/tasks.js';

import {
  bodies,
  bodyMembers,
  committeeSessions,
  deliverableMeetings,
  deliverableOwners,
  deliverables,
  milestones,
  progressUpdates,
  sessionDecisions,
  tasks,
  userBodies,
} from './schema.js';
import type { TaskView } from './schemas.js';

export async function meetingStarts(db: DbOrTx, ids: readonly number[]): Promise<Map<number, MeetingStart>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt, hostTimeZone: meetings.hostTimeZone })
    .from(meetings)
    .where(inArray(meetings.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function listBodies(db: DbOrTx) {
  const rows = await db.select().from(bodies).orderBy(asc(bodies.id));
  const members = await db
    .select({ bodyId: bodyMembers.bodyId, personId: people.id, fullName: people.fullName, position: bodyMembers.position })
    .from(bodyMembers)
    .innerJoin(people, eq(people.id, bodyMembers.personId))
    .orderBy(asc(bodyMembers.id));
  return rows.map((b) => ({
    ...b,
    kind: b.kind,
    members: members.filter((m) => m.bodyId === b.id).map(({ personId, fullName, position }) => ({ personId, fullName, position: position })),
  }));
}

export async function bodiesOfUser(db: DbOrTx, userId: number): Promise<number[]> {
  const rows = await db.select({ bodyId: userBodies.bodyId }).from(userBodies).where(eq(userBodies.userId, userId));
  return rows.map((r) => r.bodyId);
}

/** Tasks as they stood at the end of `today`: closed only if closed by then (the day in the committee's zone). */
export async function listTasks(db: DbOrTx, where: SQL | undefined, today: CivilDate): Promise<TaskView[]> {
  const rows = await db
    .select({
      task: tasks,
      bodyNameEn: bodies.nameEn,
      bodyNameVi: bodies.nameVi,
      personName: people.fullName,
      sessionNumber: committeeSessions.number,
    })
    .from(tasks)
    .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
    .leftJoin(people, eq(people.id, tasks.responsiblePersonId))
    .leftJoin(sessionDecisions, eq(sessionDecisions.id, tasks.decisionId))
    .leftJoin(committeeSessions, eq(committeeSessions.id, sessionDecisions.sessionId))
    .where(where)
    .orderBy(asc(tasks.id));
  const starts = await meetingStarts(
    db,
    rows.flatMap((r) => (r.task.beforeMeetingId ? [r.task.beforeMeetingId] : [])),
  );
  return rows.map(({ task: t, ...r }) => {
    const due = resolveDue(t, starts);
    const closedOn = t.closedAt ? chairDayOf(t.closedAt) : null;
    const status = statusAsOf({ status: t.status, closedOn }, today);
    return {
      id: t.id,
      titleEn: t.titleEn,
      titleVi: t.titleVi,
      body: { id: t.bodyId, nameEn: r.bodyNameEn, nameVi: r.bodyNameVi },
      responsible: t.responsiblePersonId && r.personName ? { id: t.responsiblePersonId, fullName: r.personName } : null,
      due,
      beforeMeetingId: t.beforeMeetingId,
      status,
      priority: t.priority as TaskPriority,
      overdue: isOverdue({ status, due }, today),
      closedOn: status === t.status ? closedOn : null,
      decisionId: t.decisionId,
      sessionNumber: r.sessionNumber,
      parentId: t.parentId,
    };
  });
}

export async function getTask(db: DbOrTx, id: number, today: CivilDate): Promise<TaskView | undefined> {
  return (await listTasks(db, eq(tasks.id, id), today))[0];
}

export async function listDeliverables(db: DbOrTx, today: CivilDate, where?: SQL) {
  const rows = await db.select().from(deliverables).where(where).orderBy(asc(deliverables.id));
  // Roll-up needs the whole family, so progress is computed over every deliverable.
  const all = where ? await db.select().from(deliverables) : rows;
  const latest = new Map<number, number>();
  const updates = await db.select().from(progressUpdates).orderBy(asc(progressUpdates.recordedOn), asc(progressUpdates.id));
  // As of a day: only what had been recorded, and met, by then.
  for (const u of updates) if (u.recordedOn <= today) latest.set(u.deliverableId, u.percent);
  const progress = rollUpAll(all.map((d) => ({ id: d.id, parentId: d.parentId, weight: d.weight, progress: latest.get(d.id) ?? 0 })));
  const ms = await db.select().from(milestones).orderBy(asc(milestones.id));
  const starts = await meetingStarts(
    db,
    ms.flatMap((m) => (m.beforeMeetingId ? [m.beforeMeetingId] : [])),
  );
  const owners = await db
    .select({ deliverableId: deliverableOwners.deliverableId, id: bodies.id, nameEn: bodies.nameEn, nameVi: bodies.nameVi })
    .from(deliverableOwners)
    .innerJoin(bodies, eq(bodies.id, deliverableOwners.bodyId));
  // A parent's milestones include its children's.
  const familyOf = (id: number): number[] => [id, ...all.filter((d) => d.parentId === id).flatMap((d) => familyOf(d.id))];
  return rows.map((d) => {
    const family = new Set(familyOf(d.id));
    const mine = ms
      .filter((m) => family.has(m.deliverableId))
      .map((m) => ({ dueOn: resolveDue(m, starts), metOn: m.metOn && m.metOn <= today ? m.metOn : null }));
    const p = Math.round((progress.get(d.id) ?? 0) * 10) / 10;
    const nextDue = mine.flatMap((m) => (m.dueOn && !m.metOn ? [m.dueOn] : [])).sort()[0] ?? null;
    return {
      id: d.id,
      slug: d.slug,
      titleEn: d.titleEn,
      titleVi: d.titleVi,
      year: d.year,
      parentId: d.parentId,
      weight: d.weight,
      startedOn: d.startedOn,
      progress: p,
      status: deliverableStatus({ progress: p, startedOn: d.startedOn, milestones: mine, today }),
      nextDue,
      owners: owners.filter((o) => o.deliverableId === d.id).map(({ id, nameEn, nameVi }) => ({ id, nameEn, nameVi })),
    };
  });
}

export async function getDeliverableDetail(db: DbOrTx, id: number, today: CivilDate) {
  const [summary] = await listDeliverables(db, today, eq(deliverables.id, id));
  if (!summary) return undefined;
  const [row] = await db.select().from(deliverables).where(eq(deliverables.id, id));
  const ms = await db
    .select({ m: milestones, titleEn: meetings.titleEn, titleVi: meetings.titleVi })
    .from(milestones)
    .leftJoin(meetings, eq(meetings.id, milestones.beforeMeetingId))
    .where(eq(milestones.deliverableId, id))
    .orderBy(asc(milestones.id));
  const starts = await meetingStarts(
    db,
    ms.flatMap((r) => (r.m.beforeMeetingId ? [r.m.beforeMeetingId] : [])),
  );
  const updates = await db
    .select({ id: progressUpdates.id, percent: progressUpdates.percent, note: progressUpdates.note, recordedOn: progressUpdates.recordedOn })
    .from(progressUpdates)
    .where(eq(progressUpdates.deliverableId, id))
    .orderBy(asc(progressUpdates.recordedOn), asc(progressUpdates.id));
  const linked = await db
    .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi })
    .from(deliverableMeetings)
    .innerJoin(meetings, eq(meetings.id, deliverableMeetings.meetingId))
    .where(eq(deliverableMeetings.deliverableId, id));
  const proposer = row?.proposerPartyId
    ? ((await db.select({ id: parties.id, nameEn: parties.nameEn, nameVi: parties.nameVi }).from(parties).where(eq(parties.id, row.proposerPartyId)))[0] ??
      null)
    : null;
  const children = await listDeliverables(db, today, eq(deliverables.parentId, id));
  return {
    ...summary,
    proposer,
    milestones: ms.map(({ m, titleEn, titleVi }) => ({
      id: m.id,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      dueOn: resolveDue(m, starts),
      beforeMeeting: m.beforeMeetingId && titleEn && titleVi ? { id: m.beforeMeetingId, titleEn, titleVi } : null,
      metOn: m.metOn,
    })),
    progressUpdates: updates,
    meetings: linked,
    children,
  };
}

export async function getSessionDetail(db: DbOrTx, number: number, today: CivilDate) {
  const [s] = await db.select().from(committeeSessions).where(eq(committeeSessions.number, number));
  if (!s) return undefined;
  const personIds = [...s.attendeePersonIds, ...(s.chairPersonId ? [s.chairPersonId] : [])];
  const persons = personIds.length ? await db.select({ id: people.id, fullName: people.fullName }).from(people).where(inArray(people.id, personIds)) : [];
  const decisions = await db.select().from(sessionDecisions).where(eq(sessionDecisions.sessionId, s.id)).orderBy(asc(sessionDecisions.id));
  const decided = await listTasks(db, inArray(tasks.decisionId, decisions.length ? decisions.map((d) => d.id) : [-1]), today);
  // The draft agenda as it stood on the session's day (or today, for a session still ahead).
  const agendaDay = s.heldOn < today ? s.heldOn : today;
  const earlier = await listTasks(db, isNotNull(tasks.decisionId), agendaDay);
  return {
    id: s.id,
    number: s.number,
    heldOn: s.heldOn,
    meetingId: s.meetingId,
    chair: persons.find((p) => p.id === s.chairPersonId) ?? null,
    attendees: s.attendeePersonIds.flatMap((pid) => persons.filter((p) => p.id === pid)),
    agenda: s.agenda,
    report: s.report,
    reportEn: s.reportEn,
    minutes: s.minutes,
    decisions: decisions.map((d) => ({ id: d.id, textEn: d.textEn, textVi: d.textVi, tasks: decided.filter((t) => t.decisionId === d.id) })),
    carriedOver: carriedOver(
      earlier.flatMap((t) => (t.sessionNumber === null ? [] : [{ ...t, sessionNumber: t.sessionNumber }])),
      s.number,
    ),
  };
}

export async function displayNameOf(db: DbOrTx, userId: number): Promise<string | null> {
  const [u] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, userId));
  return u?.displayName ?? null;
}
