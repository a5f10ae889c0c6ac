/** Reading meetings: the calendar list and one meeting with its delegations. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { qualified } from '../db/sql.js';
import { agendaItems, delegations, meetingClusters, meetingCoChairs, meetings, meetingSeries, parties, people } from '../db/schema.js';
import type { MeetingFormat, MeetingLevel, MeetingStatus } from '../domain/vocabulary.js';
import { hostWallClock, localTimes } from './local-times.js';
import type { DelegationView, MeetingDetail, MeetingFilters, MeetingSummary } from './schemas.js';
import { visibleTo, type Visibility } from './visibility.js';

// The routes that list meetings take the predicate from here with the list (directory/routes.ts).
export { visibleTo, visibleMeetingId, type Visibility } from './visibility.js';

const delegationCount = sql<number>`(select count(*) from ${delegations} d where d.meeting_id = ${qualified(meetings.id)})::int`;

const summaryColumns = {
  id: meetings.id,
  seriesCode: meetingSeries.code,
  seriesNameEn: meetingSeries.nameEn,
  seriesNameVi: meetingSeries.nameVi,
  edition: meetings.edition,
  partnerCode: parties.code,
  partnerNameEn: parties.nameEn,
  partnerNameVi: parties.nameVi,
  titleEn: meetings.titleEn,
  titleVi: meetings.titleVi,
  level: meetings.level,
  format: meetings.format,
  status: meetings.status,
  hostCityEn: meetings.hostCityEn,
  hostCityVi: meetings.hostCityVi,
  hostTimeZone: meetings.hostTimeZone,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  clusterId: meetings.clusterId,
  isPublic: meetings.isPublic,
  delegationCount,
};

interface SummaryRow {
  id: number;
  seriesCode: string;
  seriesNameEn: string;
  seriesNameVi: string;
  edition: number | null;
  partnerCode: string | null;
  partnerNameEn: string | null;
  partnerNameVi: string | null;
  titleEn: string;
  titleVi: string;
  // Checked by the database (CHECK constraints from the vocabularies).
  level: MeetingLevel;
  format: MeetingFormat;
  status: MeetingStatus;
  hostCityEn: string;
  hostCityVi: string;
  hostTimeZone: string;
  startsAt: Date;
  endsAt: Date;
  clusterId: number | null;
  isPublic: boolean;
  delegationCount: number;
}

function toSummary(r: SummaryRow): MeetingSummary {
  return {
    ...r,
    level: r.level,
    format: r.format,
    status: r.status,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    delegationCount: Number(r.delegationCount),
  };
}

export async function listMeetings(db: DbOrTx, filters: MeetingFilters & { ids?: number[] }, visibility: Visibility): Promise<MeetingSummary[]> {
  const conditions: Array<SQL | undefined> = [visibleTo(visibility)];
  if (filters.year !== undefined) {
    conditions.push(sql`extract(year from ${meetings.startsAt} at time zone ${meetings.hostTimeZone}) = ${filters.year}`);
  }
  if (filters.series) conditions.push(eq(meetingSeries.code, filters.series.toUpperCase()));
  if (filters.level) conditions.push(eq(meetings.level, filters.level));
  if (filters.format) conditions.push(eq(meetings.format, filters.format));
  if (filters.status) conditions.push(eq(meetings.status, filters.status));
  if (filters.cluster) conditions.push(eq(meetings.clusterId, filters.cluster));
  if (filters.ids) {
    if (filters.ids.length === 0) return [];
    conditions.push(inArray(meetings.id, filters.ids));
  }
  const rows = await db
    .select(summaryColumns)
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    // The series' partner (PMC+1 with Japan): the calendar's short names.
    .leftJoin(parties, eq(parties.id, meetingSeries.partnerPartyId))
    .where(and(...conditions))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return rows.map(toSummary);
}

export async function getMeetingDetail(db: DbOrTx, id: number, visibility: Visibility): Promise<MeetingDetail | null> {
  const [summary] = await listMeetings(db, { ids: [id] }, visibility);
  if (!summary) return null;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) return null;

  const [cluster] = meeting.clusterId
    ? await db
        .select({ id: meetingClusters.id, titleEn: meetingClusters.titleEn, titleVi: meetingClusters.titleVi })
        .from(meetingClusters)
        .where(eq(meetingClusters.id, meeting.clusterId))
    : [];

  const partyRef = { code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi };
  const [chairParty] = meeting.chairPartyId ? await db.select(partyRef).from(parties).where(eq(parties.id, meeting.chairPartyId)) : [];
  const [chairPerson] = meeting.chairPersonId
    ? await db.select({ id: people.id, fullName: people.fullName }).from(people).where(eq(people.id, meeting.chairPersonId))
    : [];

  const coChairRows = await db
    .select({ ...partyRef, personId: people.id, personName: people.fullName })
    .from(meetingCoChairs)
    .innerJoin(parties, eq(parties.id, meetingCoChairs.partyId))
    .leftJoin(people, eq(people.id, meetingCoChairs.personId))
    .where(eq(meetingCoChairs.meetingId, id))
    .orderBy(asc(meetingCoChairs.id));

  const agenda = await db
    .select({ id: agendaItems.id, position: agendaItems.position, titleEn: agendaItems.titleEn, titleVi: agendaItems.titleVi })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position));

  const delegationRows = await db
    .select({
      id: delegations.id,
      partyId: parties.id,
      code: parties.code,
      nameEn: parties.nameEn,
      nameVi: parties.nameVi,
      kind: parties.kind,
      headName: delegations.headName,
      headPersonId: people.id,
      headPersonName: people.fullName,
      headLevel: delegations.headLevel,
      timeZone: delegations.timeZone,
      noteEn: delegations.noteEn,
      noteVi: delegations.noteVi,
    })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .leftJoin(people, eq(people.id, delegations.headPersonId))
    .where(eq(delegations.meetingId, id))
    .orderBy(asc(parties.nameEn));

  const delegationViews: DelegationView[] = delegationRows.map((d) => ({
    id: d.id,
    party: { id: d.partyId, code: d.code, nameEn: d.nameEn, nameVi: d.nameVi, kind: d.kind },
    headName: d.headName ?? d.headPersonName ?? null,
    headPerson: d.headPersonId !== null && d.headPersonName !== null ? { id: d.headPersonId, fullName: d.headPersonName } : null,
    headLevel: d.headLevel,
    timeZone: d.timeZone,
    noteEn: d.noteEn,
    noteVi: d.noteVi,
    ...localTimes(meeting.startsAt, meeting.endsAt, meeting.hostTimeZone, d.timeZone),
  }));

  return {
    ...summary,
    cluster: cluster ?? null,
    chair: chairParty || chairPerson ? { party: chairParty ?? null, person: chairPerson ?? null } : null,
    coChairs: coChairRows.map((c) => ({
      party: { code: c.code, nameEn: c.nameEn, nameVi: c.nameVi },
      person: c.personId !== null && c.personName !== null ? { id: c.personId, fullName: c.personName } : null,
    })),
    agenda,
    hostLocalStart: hostWallClock(meeting.startsAt, meeting.hostTimeZone),
    hostLocalEnd: hostWallClock(meeting.endsAt, meeting.hostTimeZone),
    delegations: delegationViews,
  };
}
