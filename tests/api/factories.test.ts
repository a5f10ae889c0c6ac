import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties, users } from '../../src/server/db/schema.js';
import { copiesAhead, engines } from '../helpers/database.js';
import { newDeliverable, newDocument, newMeeting, newTask, newUser } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

/** The factories other tests build on make what they say, on each engine. */
describe.each(engines)('test factories on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('makes signed-in users with the roles asked, and only those', async () => {
    const journalist = await newUser(h, ['journalist']);
    const secretariat = await newUser(h, ['secretariat']);
    expect(journalist.email).not.toBe(secretariat.email);
    const session = (await journalist.client.get('/api/auth/session')).json<{ user: { email: string; roles: string[] } | null }>();
    expect(session.user).toMatchObject({ email: journalist.email, roles: ['journalist'] });
    expect((await journalist.client.get('/api/changes')).statusCode).toBe(403);
    expect((await secretariat.client.get('/api/changes')).statusCode).toBe(200);
  });

  it('ties a user to a delegation by party code', async () => {
    const liaison = await newUser(h, ['delegation_liaison'], { party: 'NZ' });
    const [row] = await h.database.db
      .select({ code: parties.code })
      .from(users)
      .innerJoin(parties, eq(parties.id, users.partyId))
      .where(eq(users.id, liaison.id));
    expect(row?.code).toBe('NZ');
  });

  it('makes meetings, documents, tasks and deliverables that read back as made', async () => {
    const series = (await staff.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>().series;
    const meeting = await newMeeting(staff, series.find((s) => s.code === 'AMM')!.id, { titleEn: 'Factory meeting' });
    expect((await staff.get(`/api/meetings/${meeting.id}`)).json<{ titleEn: string }>().titleEn).toBe('Factory meeting');

    const first = await newDocument(staff, meeting.id);
    const second = await newDocument(staff, meeting.id, { titleEn: 'Factory document' });
    expect(first.status).toBe('draft');
    expect(second.referenceCode).not.toBe(first.referenceCode);
    expect((await staff.get(`/api/documents/${second.id}`)).json<{ titleEn: string }>().titleEn).toBe('Factory document');

    const bodies = (await staff.get('/api/committee/bodies')).json<{ bodies: Array<{ id: number }> }>().bodies;
    const task = await newTask(staff, bodies[0]!.id);
    expect((await staff.get(`/api/tasks/${task.id}`)).statusCode).toBe(200);
    const deliverable = await newDeliverable(staff, { titleEn: 'Factory deliverable' });
    expect((await staff.get(`/api/deliverables/${deliverable.id}`)).json<{ titleEn: string }>().titleEn).toBe('Factory deliverable');
  });

  it('says what went wrong when the API refuses', async () => {
    await expect(newDocument(staff, 999_999)).rejects.toThrow(/making a document failed: 400/);
  });
});

/** The harness has a PostgreSQL copy made ahead only for a file that will open one. */
describe.runIf(engines.includes('postgres'))('the harness', () => {
  it('makes no PostgreSQL copy ahead for a PGlite harness that no PostgreSQL one follows', async () => {
    const before = copiesAhead();
    const h = await startHarness('pglite', { postgresFollows: false });
    try {
      expect(copiesAhead()).toBe(before);
    } finally {
      await h.close();
    }
  });

  it("has it made while the PGlite tests run in this project's files, which run both engines, and taken by the PostgreSQL harness", async () => {
    const before = copiesAhead();
    const pglite = await startHarness('pglite');
    expect(copiesAhead()).toBe(before + 1);
    await pglite.close();
    const postgres = await startHarness('postgres');
    expect(copiesAhead()).toBe(before);
    await postgres.close();
  });
});
