/**
 * Loads a data set (the demo one, or a test's) into an empty database, in
 * one transaction, once: a second start finds the seed run and changes nothing.
 */
import { eq } from 'drizzle-orm';
import { recordChange, systemActor } from '../changelog/record.js';
import type { Db, Tx } from '../db/client.js';
import {
  agendaItems,
  chairmanships,
  delegations,
  meetingClusters,
  meetingCoChairs,
  meetings,
  meetingSeries,
  organizations,
  partnerStatusHistory,
  parties,
  people,
  personRoles,
  seedRuns,
  users,
} from '../db/schema.js';
import { hashPassword } from '../auth/passwords.js';
import { instantFromWallClock } from '../meetings/local-times.js';
import { meetingSearchText } from '../meetings/search-text.js';
import { searchTextOf } from '../search/normalize.js';
import type { DemoDataSet } from './types.js';

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Data set refers to unknown ${what} '${key}'`);
  return value;
}

export async function loadDataSet(db: Db, name: string, data: DemoDataSet): Promise<boolean> {
  const [done] = await db.select().from(seedRuns).where(eq(seedRuns.name, name));
  if (done) return false;
  // Hash outside the transaction: Argon2 is deliberately slow.
  const passwordHashes = new Map<string, string>();
  for (const user of data.users) passwordHashes.set(user.email, await hashPassword(user.password));

  await db.transaction(async (tx) => {
    await insertAll(tx, data, passwordHashes);
    await tx.insert(seedRuns).values({ name });
    await recordChange(tx, systemActor, {
      entityType: 'data_set',
      entityId: name,
      action: 'seed',
      changes: { meetings: data.meetings.length, parties: data.parties.length, people: data.people.length },
    });
  });
  return true;
}

async function insertAll(tx: Tx, data: DemoDataSet, passwordHashes: Map<string, string>): Promise<void> {
  const [org] = await tx.insert(organizations).values(data.organization).returning();
  if (!org) throw new Error('organization not inserted');

  const partyIds = new Map<string, number>();
  for (const p of data.parties) {
    const [row] = await tx
      .insert(parties)
      .values({
        organizationId: org.id,
        code: p.code,
        nameEn: p.nameEn,
        nameVi: p.nameVi,
        kind: p.kind,
        isMember: p.member ?? false,
        timeZone: p.timeZone,
        searchText: searchTextOf([p.code, p.nameEn, p.nameVi]),
      })
      .returning({ id: parties.id });
    partyIds.set(p.code, row!.id);
  }
  const partyTimeZones = new Map(data.parties.map((p) => [p.code, p.timeZone]));
  const party = (code: string) => lookup(partyIds, code, 'party');

  const personIds = new Map<string, number>();
  for (const p of data.people) {
    const [row] = await tx
      .insert(people)
      .values({ slug: p.key, fullName: p.fullName, partyId: party(p.party), searchText: searchTextOf([p.fullName]) })
      .returning({ id: people.id });
    personIds.set(p.key, row!.id);
    if (p.roles.length) {
      await tx
        .insert(personRoles)
        .values(p.roles.map((r) => ({ personId: row!.id, titleEn: r.titleEn, titleVi: r.titleVi, validFrom: r.from, validTo: r.to ?? null })));
    }
  }
  const person = (key: string) => lookup(personIds, key, 'person');

  for (const c of data.chairmanships) {
    await tx.insert(chairmanships).values({ organizationId: org.id, year: c.year, chairPartyId: party(c.chair), themeEn: c.themeEn, themeVi: c.themeVi });
  }

  const seriesByCode = new Map<string, { id: number; code: string; nameEn: string; nameVi: string }>();
  for (const s of data.series) {
    const [row] = await tx
      .insert(meetingSeries)
      .values({ code: s.code, nameEn: s.nameEn, nameVi: s.nameVi, level: s.level, partnerPartyId: s.partner ? party(s.partner) : null })
      .returning();
    seriesByCode.set(s.code, row!);
  }

  const clusterIds = new Map<string, number>();
  for (const c of data.clusters) {
    const [row] = await tx
      .insert(meetingClusters)
      .values({ slug: c.key, titleEn: c.titleEn, titleVi: c.titleVi, hostTimeZone: c.hostTimeZone, startsOn: c.startsOn, endsOn: c.endsOn })
      .returning({ id: meetingClusters.id });
    clusterIds.set(c.key, row!.id);
  }

  const meetingIds = new Map<string, number>();
  for (const m of data.meetings) {
    const series = lookup(seriesByCode, m.series, 'series');
    const values = {
      slug: m.key,
      seriesId: series.id,
      edition: m.edition ?? null,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      level: m.level,
      format: m.format,
      status: m.status,
      hostCityEn: m.hostCityEn,
      hostCityVi: m.hostCityVi,
      hostTimeZone: m.hostTimeZone,
      startsAt: instantFromWallClock(m.start, m.hostTimeZone),
      endsAt: instantFromWallClock(m.end, m.hostTimeZone),
      clusterId: m.cluster ? lookup(clusterIds, m.cluster, 'cluster') : null,
      chairPartyId: m.chairParty ? party(m.chairParty) : null,
      chairPersonId: m.chairPerson ? person(m.chairPerson) : null,
      isPublic: m.isPublic,
    };
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, searchText: meetingSearchText(values, series) })
      .returning({ id: meetings.id });
    const meetingId = row!.id;
    meetingIds.set(m.key, meetingId);
    if (m.coChairs?.length) {
      await tx.insert(meetingCoChairs).values(m.coChairs.map((c) => ({ meetingId, partyId: party(c.party), personId: c.person ? person(c.person) : null })));
    }
    if (m.agenda?.length) {
      await tx.insert(agendaItems).values(m.agenda.map((a, i) => ({ meetingId, position: i + 1, titleEn: a.titleEn, titleVi: a.titleVi })));
    }
    if (m.delegations?.length) {
      await tx.insert(delegations).values(
        m.delegations.map((d) => ({
          meetingId,
          partyId: party(d.party),
          headName: d.headName ?? null,
          headPersonId: d.headPerson ? person(d.headPerson) : null,
          headLevel: d.headLevel,
          timeZone: d.timeZone ?? lookup(partyTimeZones, d.party, 'party'),
          noteEn: d.noteEn ?? null,
          noteVi: d.noteVi ?? null,
        })),
      );
    }
  }

  for (const s of data.partnerStatuses) {
    await tx.insert(partnerStatusHistory).values({
      partyId: party(s.party),
      status: s.status,
      since: s.since,
      until: s.until ?? null,
      decidedAtMeetingId: s.decidedAt ? lookup(meetingIds, s.decidedAt, 'meeting') : null,
      noteEn: s.noteEn ?? null,
      noteVi: s.noteVi ?? null,
    });
  }

  for (const u of data.users) {
    await tx.insert(users).values({
      email: u.email.toLowerCase(),
      displayName: u.displayName,
      jobTitleEn: u.jobTitleEn,
      jobTitleVi: u.jobTitleVi,
      passwordHash: lookup(passwordHashes, u.email, 'user'),
      roles: u.roles,
      partyId: u.party ? party(u.party) : null,
    });
  }
}
