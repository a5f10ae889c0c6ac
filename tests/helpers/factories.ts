/**
 * Test factories: the entities a test needs, each made the way the app makes
 * it — through the API as a signed-in user (so the checks, the change log and
 * the derived fields are the real ones) — except users, whom only the demo
 * and the database make. Defaults are a valid minimum; the fields a test
 * cares about it passes, and they replace the defaults. Each call is unique
 * within a test file (titles carry a running number), so repeated calls do
 * not collide on unique keys.
 */
import { currentConsentVersion } from '../../src/server/press/accreditation/consent.js';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { parties, users } from '../../src/server/db/schema.js';
import type { Role } from '../../src/server/domain/vocabulary.js';
import type { Client, Harness } from './harness.js';

let sequence = 0;
const next = () => ++sequence;

type Fields = Record<string, unknown>;

function created<T>(res: LightMyRequestResponse, what: string): T {
  if (res.statusCode !== 201) throw new Error(`making ${what} failed: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** The body of a valid document registration at `actingMeetingId`. */
export function documentDraft(actingMeetingId: number, fields: Fields = {}): Fields {
  const n = next();
  return {
    titleEn: `Test statement ${n}`,
    titleVi: `Tuyên bố thử nghiệm ${n}`,
    type: 'statement',
    pillar: 'cross_pillar',
    actingMeetingId,
    intendedAction: 'adopt',
    ...fields,
  };
}

/** Registers a document (POST /api/documents, 201 expected) and returns the answer: its detail. */
export async function newDocument<T = { id: number; referenceCode: string; status: string }>(
  client: Client,
  actingMeetingId: number,
  fields: Fields = {},
): Promise<T> {
  return created<T>(await client.post('/api/documents', documentDraft(actingMeetingId, fields)), 'a document');
}

/** The body of a valid meeting in `seriesId`: a virtual half-day in Ha Noi, far in the future. */
export function meetingDraft(seriesId: number, fields: Fields = {}): Fields {
  const n = next();
  return {
    seriesId,
    titleEn: `Test meeting ${n}`,
    titleVi: `Cuộc họp thử nghiệm ${n}`,
    level: 'working',
    format: 'virtual',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsAt: '2066-09-09T08:00:00+07:00',
    endsAt: '2066-09-09T12:00:00+07:00',
    ...fields,
  };
}

/** Creates a meeting (POST /api/meetings, 201 expected) and returns it. */
export async function newMeeting<T = { id: number }>(client: Client, seriesId: number, fields: Fields = {}): Promise<T> {
  return created<T>(await client.post('/api/meetings', meetingDraft(seriesId, fields)), 'a meeting');
}

/** The body of a valid new cluster (POST /api/schedule/clusters) in a window still to come; pass `meetingIds` or `newMeetings`. */
export function clusterDraft(fields: Fields = {}): Fields {
  const n = next();
  return {
    titleEn: `Test cluster ${n}`,
    titleVi: `Cụm hội nghị thử nghiệm ${n}`,
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsOn: '2066-09-09',
    endsOn: '2066-09-10',
    ...fields,
  };
}

/** Creates a cluster (POST /api/schedule/clusters, 201 expected) and returns its view. */
export async function newCluster<T = { id: number; createdMeetingIds: number[] }>(client: Client, fields: Fields = {}): Promise<T> {
  return created<T>(await client.post('/api/schedule/clusters', clusterDraft(fields)), 'a cluster');
}

/** Creates a committee task for `bodyId` (POST /api/tasks, 201 expected) and returns it. */
export async function newTask<T = { id: number }>(client: Client, bodyId: number, fields: Fields = {}): Promise<T> {
  const n = next();
  return created<T>(await client.post('/api/tasks', { titleEn: `Test task ${n}`, titleVi: `Việc thử nghiệm ${n}`, bodyId, ...fields }), 'a task');
}

/** Creates a committee deliverable (POST /api/deliverables, 201 expected) and returns it. */
export async function newDeliverable<T = { id: number }>(client: Client, fields: Fields = {}): Promise<T> {
  const n = next();
  return created<T>(
    await client.post('/api/deliverables', {
      titleEn: `Test deliverable ${n}`,
      titleVi: `Kết quả thử nghiệm ${n}`,
      year: 2020,
      startedOn: '2020-06-01',
      ...fields,
    }),
    'a deliverable',
  );
}

export interface NewUser {
  id: number;
  email: string;
  /** Signed in through the API, with the demo users' password. */
  client: Client;
}

/**
 * A user with the given roles (and delegation, by party code), signed in.
 * Stored directly, as the demo stores its users, with the demo users'
 * password hash (hashing anew would only cost time).
 */
export async function newUser(h: Harness, roles: Role[], options: { party?: string } = {}): Promise<NewUser> {
  const { db } = h.database;
  const n = next();
  const email = `test-user-${n}-${roles.join('-') || 'none'}@gavel.test`;
  const [template] = await db.select({ passwordHash: users.passwordHash }).from(users).limit(1);
  if (!template) throw new Error('newUser needs the demo users (a harness over the demo data set)');
  let partyId: number | null = null;
  if (options.party) {
    const [party] = await db.select({ id: parties.id }).from(parties).where(eq(parties.code, options.party));
    if (!party) throw new Error(`no party '${options.party}'`);
    partyId = party.id;
  }
  const [row] = await db
    .insert(users)
    .values({ email, displayName: `Test user ${n}`, passwordHash: template.passwordHash, roles, partyId })
    .returning({ id: users.id });
  return { id: row!.id, email, client: await h.signIn(email) };
}

/** The consent an applicant for press accreditation must give with the form (press/accreditation/consent.ts). */
export const pressConsent = { consent: 'true', consentVersion: currentConsentVersion } as const;
