import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { qualified } from '../../db/sql.js';
import { pressApplications, pressEvents } from '../schema.js';
import type { ApplicationStatus } from './places.js';

export async function listPressEvents(db: DbOrTx) {
  return db
    .select({
      id: pressEvents.id,
      slug: pressEvents.slug,
      meetingId: pressEvents.meetingId,
      titleEn: pressEvents.titleEn,
      titleVi: pressEvents.titleVi,
      venueEn: pressEvents.venueEn,
      venueVi: pressEvents.venueVi,
      opensAt: pressEvents.opensAt,
      timeZone: pressEvents.timeZone,
      capacity: pressEvents.capacity,
      applicationsOpen: pressEvents.applicationsOpen,
      placesHeld: sql<number>`(select count(*)::int from ${pressApplications} a where a.event_id = ${qualified(pressEvents.id)} and a.status in ('pending', 'approved'))`,
      waitlisted: sql<number>`(select count(*)::int from ${pressApplications} a where a.event_id = ${qualified(pressEvents.id)} and a.status = 'waitlisted')`,
    })
    .from(pressEvents)
    .orderBy(asc(pressEvents.opensAt));
}

const columns = {
  id: pressApplications.id,
  eventId: pressApplications.eventId,
  eventTitleEn: pressEvents.titleEn,
  eventTitleVi: pressEvents.titleVi,
  fullName: pressApplications.fullName,
  outlet: pressApplications.outlet,
  nationality: pressApplications.nationality,
  email: pressApplications.email,
  idDocumentNumber: pressApplications.idDocumentNumber,
  status: pressApplications.status,
  reason: pressApplications.reason,
  appliedAt: pressApplications.appliedAt,
  decidedAt: pressApplications.decidedAt,
  language: pressApplications.language,
  consentVersion: pressApplications.consentVersion,
  consentedAt: pressApplications.consentedAt,
  hasPhoto: sql<boolean>`${pressApplications.photo} is not null`,
  accessKeyHash: pressApplications.accessKeyHash,
  userId: pressApplications.userId,
  waitlistPosition: sql<
    number | null
  >`case when ${pressApplications.status} = 'waitlisted' then (select count(*)::int from ${pressApplications} w where w.event_id = ${qualified(pressApplications.eventId)} and w.status = 'waitlisted' and w.id <= ${qualified(pressApplications.id)}) end`,
};

type Row = Awaited<ReturnType<typeof selectApplications>>[number];

function selectApplications(db: DbOrTx, where: ReturnType<typeof eq> | undefined) {
  return db
    .select(columns)
    .from(pressApplications)
    .innerJoin(pressEvents, eq(pressApplications.eventId, pressEvents.id))
    .where(where)
    .orderBy(asc(pressApplications.id));
}

const view = ({ accessKeyHash: _k, userId: _u, ...row }: Row) => ({
  ...row,
  status: row.status as ApplicationStatus,
  language: row.language === 'en' ? ('en' as const) : ('vi' as const),
});

/** One application, with what decides who may see it: the key's hash and the applicant's account. */
export async function getApplication(db: DbOrTx, id: number) {
  const [row] = await selectApplications(db, eq(pressApplications.id, id));
  return row ? { ...view(row), accessKeyHash: row.accessKeyHash, userId: row.userId } : null;
}

/** "My applications": those made while signed in to this account, oldest first. */
export async function applicationsOfUser(db: DbOrTx, userId: number) {
  const rows = await selectApplications(db, eq(pressApplications.userId, userId));
  return rows.map(view);
}

export async function listApplications(db: DbOrTx, eventId: number, status?: ApplicationStatus) {
  const rows = await selectApplications(db, and(eq(pressApplications.eventId, eventId), status ? eq(pressApplications.status, status) : undefined));
  return rows.map(view);
}

export async function applicationPhoto(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ photo: pressApplications.photo, photoType: pressApplications.photoType })
    .from(pressApplications)
    .where(eq(pressApplications.id, id));
  return row ?? null;
}
