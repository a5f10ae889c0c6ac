/** Reference data: series, clusters, parties with their status history, people, chairmanships. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { meetingScope, viewerOf } from '../auth/policies/index.js';
import { chairmanships, delegations, meetingClusters, meetings, meetingSeries, partnerStatusHistory, parties, people, personRoles } from '../db/schema.js';
import { type PartnerStatus, type PartyKind, type MeetingLevel } from '../domain/vocabulary.js';
import { notFound } from '../http/errors.js';
import { rawText } from '../http/primitives.js';
import { idParams, type App, type Deps } from '../http/types.js';
import { listMeetings, visibleTo } from '../meetings/queries.js';
import { chairRotation, ruleAnchor } from './rotation.js';
import { routes } from '../http/route.js';
import { editRoutes } from './edit-routes.js';
import { currentStatus, type StatusEntry } from './partner-history.js';
import { listApplications } from './queries.js';
import { chairmanshipsView, clusterSummary, partyDetail, partyRef, partyView, personDetail, personSummary, seriesView } from './schemas.js';

const tags = ['directory'];
const today = () => new Date().toISOString().slice(0, 10);

export function directoryRoutes(app: App, deps: Deps): void {
  const route = routes(app, tags);
  const { db } = deps.database;
  editRoutes(app, deps);
  const visibility = (request: Parameters<typeof viewerOf>[0]) => meetingScope(viewerOf(request));

  route.get(
    '/api/series',
    {
      permission: 'public',
      summary: 'Meeting series',
      response: { 200: z.object({ series: z.array(seriesView) }) },
    },
    async () => {
      const rows = await db
        .select({ id: meetingSeries.id, code: meetingSeries.code, nameEn: meetingSeries.nameEn, nameVi: meetingSeries.nameVi, level: meetingSeries.level })
        .from(meetingSeries)
        .orderBy(asc(meetingSeries.code));
      return { series: rows.map((r) => ({ ...r, level: r.level as MeetingLevel })) };
    },
  );

  route.get(
    '/api/clusters',
    {
      permission: 'public',
      summary: 'Clusters of related meetings',
      response: { 200: z.object({ clusters: z.array(clusterSummary) }) },
    },
    async () => {
      const rows = await db
        .select({
          id: meetingClusters.id,
          titleEn: meetingClusters.titleEn,
          titleVi: meetingClusters.titleVi,
          hostTimeZone: meetingClusters.hostTimeZone,
          startsOn: meetingClusters.startsOn,
          endsOn: meetingClusters.endsOn,
        })
        .from(meetingClusters)
        .orderBy(asc(meetingClusters.startsOn));
      return { clusters: rows };
    },
  );

  const currentStatuses = async (partyIds: number[]) => {
    if (partyIds.length === 0) return new Map<number, PartnerStatus>();
    const rows = await db
      .select({
        partyId: partnerStatusHistory.partyId,
        status: partnerStatusHistory.status,
        since: partnerStatusHistory.since,
        until: partnerStatusHistory.until,
      })
      .from(partnerStatusHistory)
      .where(inArray(partnerStatusHistory.partyId, partyIds));
    const out = new Map<number, PartnerStatus>();
    for (const id of partyIds) {
      const status = currentStatus(rows.filter((r) => r.partyId === id) as StatusEntry[], today());
      if (status) out.set(id, status);
    }
    return out;
  };

  route.get(
    '/api/parties',
    {
      permission: 'public',
      summary: 'Members, partners and other participants',
      response: { 200: z.object({ parties: z.array(partyView) }) },
    },
    async () => {
      const rows = await db.select().from(parties).orderBy(asc(parties.nameEn));
      const statuses = await currentStatuses(rows.map((r) => r.id));
      return {
        parties: rows.map((r) => ({
          id: r.id,
          code: r.code,
          nameEn: r.nameEn,
          nameVi: r.nameVi,
          kind: r.kind as PartyKind,
          timeZone: r.timeZone,
          currentStatus: statuses.get(r.id) ?? null,
        })),
      };
    },
  );

  route.get(
    '/api/parties/:code',
    {
      permission: 'public',
      summary: 'A party, its partner-status history, its applications with their steps and its meetings',
      params: z.object({ code: rawText(20).min(1) }),
      response: { 200: partyDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const [party] = await db.select().from(parties).where(eq(parties.code, request.params.code.toUpperCase()));
      if (!party) throw notFound('Party');
      const history = await db
        .select({
          id: partnerStatusHistory.id,
          status: partnerStatusHistory.status,
          since: partnerStatusHistory.since,
          until: partnerStatusHistory.until,
          noteEn: partnerStatusHistory.noteEn,
          noteVi: partnerStatusHistory.noteVi,
          meetingId: meetings.id,
          meetingTitleEn: meetings.titleEn,
          meetingTitleVi: meetings.titleVi,
        })
        .from(partnerStatusHistory)
        // A decision taken at a meeting the asker may not see names no meeting.
        .leftJoin(meetings, and(eq(meetings.id, partnerStatusHistory.decidedAtMeetingId), visibleTo(visibility(request))))
        .where(eq(partnerStatusHistory.partyId, party.id))
        .orderBy(asc(partnerStatusHistory.since));
      const meetingIds = await db.select({ id: delegations.meetingId }).from(delegations).where(eq(delegations.partyId, party.id));
      const statuses = await currentStatuses([party.id]);
      return {
        id: party.id,
        code: party.code,
        nameEn: party.nameEn,
        nameVi: party.nameVi,
        kind: party.kind as PartyKind,
        timeZone: party.timeZone,
        currentStatus: statuses.get(party.id) ?? null,
        statuses: history.map((h) => ({
          id: h.id,
          status: h.status as PartnerStatus,
          since: h.since,
          until: h.until,
          noteEn: h.noteEn,
          noteVi: h.noteVi,
          decidedAt:
            h.meetingId !== null && h.meetingTitleEn !== null && h.meetingTitleVi !== null
              ? { id: h.meetingId, titleEn: h.meetingTitleEn, titleVi: h.meetingTitleVi }
              : null,
        })),
        applications: await listApplications(db, party.id, visibleTo(visibility(request))),
        meetings: await listMeetings(db, { ids: meetingIds.map((m) => m.id) }, visibility(request)),
      };
    },
  );

  const partyRefs = async (ids: number[]) => {
    if (ids.length === 0) return new Map<number, z.infer<typeof partyRef>>();
    const rows = await db
      .select({ id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi })
      .from(parties)
      .where(inArray(parties.id, ids));
    return new Map(rows.map(({ id, ...ref }) => [id, ref]));
  };

  route.get(
    '/api/people',
    {
      permission: 'public',
      summary: 'People and their current roles',
      response: { 200: z.object({ people: z.array(personSummary) }) },
    },
    async () => {
      const rows = await db.select().from(people).orderBy(asc(people.fullName));
      const roles = await db.select().from(personRoles).orderBy(desc(personRoles.validFrom));
      const refs = await partyRefs([...new Set(rows.map((r) => r.partyId).filter((p): p is number => p !== null))]);
      return {
        people: rows.map((p) => ({
          id: p.id,
          fullName: p.fullName,
          party: p.partyId !== null ? (refs.get(p.partyId) ?? null) : null,
          currentRoles: roles
            .filter((r) => r.personId === p.id && (r.validTo === null || r.validTo >= today()))
            .map((r) => ({ titleEn: r.titleEn, titleVi: r.titleVi })),
        })),
      };
    },
  );

  route.get(
    '/api/people/:id',
    {
      permission: 'public',
      summary: 'A person: roles over time and meetings chaired',
      params: idParams,
      response: { 200: personDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const [person] = await db.select().from(people).where(eq(people.id, request.params.id));
      if (!person) throw notFound('Person');
      const roles = await db.select().from(personRoles).where(eq(personRoles.personId, person.id)).orderBy(asc(personRoles.validFrom));
      const chairedIds = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.chairPersonId, person.id));
      const refs = await partyRefs(person.partyId !== null ? [person.partyId] : []);
      return {
        id: person.id,
        fullName: person.fullName,
        party: person.partyId !== null ? (refs.get(person.partyId) ?? null) : null,
        roles: roles.map((r) => ({ titleEn: r.titleEn, titleVi: r.titleVi, from: r.validFrom, to: r.validTo })),
        chaired: await listMeetings(db, { ids: chairedIds.map((m) => m.id) }, visibility(request)),
      };
    },
  );

  route.get(
    '/api/chairmanships',
    {
      permission: 'public',
      summary: 'Chairmanship years with themes and handovers, and the rotation: the alphabetical rule with the recorded exceptions',
      response: { 200: chairmanshipsView },
    },
    async (request) => {
      const rows = await db
        .select({
          year: chairmanships.year,
          themeEn: chairmanships.themeEn,
          themeVi: chairmanships.themeVi,
          partyId: chairmanships.chairPartyId,
          handoverOn: chairmanships.handoverOn,
          handoverEventEn: chairmanships.handoverEventEn,
          handoverEventVi: chairmanships.handoverEventVi,
          meetingId: meetings.id,
          meetingTitleEn: meetings.titleEn,
          meetingTitleVi: meetings.titleVi,
        })
        .from(chairmanships)
        // A handover at a meeting the asker may not see names no meeting.
        .leftJoin(meetings, and(eq(meetings.id, chairmanships.handoverMeetingId), visibleTo(visibility(request))))
        .orderBy(asc(chairmanships.year));
      const members = await db.select({ code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi }).from(parties).where(eq(parties.isMember, true));
      const refs = await partyRefs(rows.map((r) => r.partyId));
      const chairOf = new Map(rows.flatMap((r) => (refs.get(r.partyId) ? [[r.year, refs.get(r.partyId)!] as const] : [])));
      const list = rows.flatMap((r) => {
        const chair = chairOf.get(r.year);
        if (!chair) return [];
        const recordedHandover = r.handoverOn !== null || r.meetingId !== null || r.handoverEventEn !== null || r.handoverEventVi !== null;
        return [
          {
            year: r.year,
            chair,
            themeEn: r.themeEn,
            themeVi: r.themeVi,
            handover: recordedHandover
              ? {
                  from: chairOf.get(r.year - 1) ?? null,
                  on: r.handoverOn,
                  meeting:
                    r.meetingId !== null && r.meetingTitleEn !== null && r.meetingTitleVi !== null
                      ? { id: r.meetingId, titleEn: r.meetingTitleEn, titleVi: r.meetingTitleVi }
                      : null,
                  eventEn: r.handoverEventEn,
                  eventVi: r.handoverEventVi,
                }
              : null,
          },
        ];
      });
      const recorded = list.map((c) => ({ year: c.year, code: c.chair.code }));
      const anchor = ruleAnchor(members, recorded);
      const first = list[0]?.year;
      const last = list.at(-1)?.year;
      const rotation =
        anchor && first !== undefined && last !== undefined
          ? chairRotation(members, anchor, first, Math.max(first + members.length - 1, last + 1), recorded).map((y) => ({
              year: y.year,
              chair: y.chair,
              basis: y.basis,
              ruleChair: y.ruleChair,
              ...(y.swappedWith !== undefined ? { swappedWith: y.swappedWith } : {}),
            }))
          : [];
      return { chairmanships: list, rotation };
    },
  );
}
