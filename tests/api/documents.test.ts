import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { documentDetail, documentList } from '../../src/server/documents/schemas.js';
import type { Answer } from '../helpers/answer.js';

type Detail = Answer<typeof documentDetail>;
type List = Answer<typeof documentList>;

describe.each(engines)('documents registry and workflow on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let journalist: Client;
  let anonymous: Client;
  let liaisonNz: Client;
  let meetingIds: Record<string, number>;
  let partyIds: Record<string, number>;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null; titleEn: string }> }>()
      .meetings;
    const find = (series: string, edition: number) => meetings.find((m) => m.seriesCode === series && m.edition === edition)!.id;
    meetingIds = { amm53: find('AMM', 53), summit37: find('SUMMIT', 37), arf27: find('ARF', 27), eas15: find('EAS', 15) };
    const list = await h.database.db.select({ id: parties.id, code: parties.code }).from(parties);
    partyIds = Object.fromEntries(list.map((r) => [r.code, r.id]));
  });
  afterAll(async () => {
    await h?.close();
  });

  const draft = (extra: Record<string, unknown> = {}) => ({
    titleEn: 'Test declaration on resilient supply chains',
    titleVi: 'Tuyên bố thử nghiệm về chuỗi cung ứng bền vững',
    type: 'declaration',
    pillar: 'economic',
    actingMeetingId: meetingIds.summit37,
    intendedAction: 'adopt',
    confidentiality: 'public_on_outcome',
    proposerPartyIds: [partyIds.VN],
    ...extra,
  });
  const create = (extra: Record<string, unknown> = {}) => newDocument<Detail>(staff, meetingIds.summit37!, draft(extra));
  const step = (client: Client, id: number, body: Record<string, unknown>) => client.post(`/api/documents/${id}/transitions`, body);
  const walk = async (id: number, states: string[]) => {
    for (const to of states) expect((await step(staff, id, { to })).statusCode, to).toBe(200);
  };

  it('shows the demo registry: the named documents at their meetings', async () => {
    const res = await anonymous.get(`/api/documents?meeting=${meetingIds.amm53}`);
    const titles = res.json<List>().documents.map((d) => d.titleEn);
    expect(titles).toContain('Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting');
    const arf = (await anonymous.get(`/api/documents?meeting=${meetingIds.arf27}&type=plan_of_action`)).json<List>();
    expect(arf.documents.map((d) => d.titleEn)).toEqual(['ARF Ha Noi Plan of Action II (2020–2025)']);
  });

  it('gives reference codes by meeting and type and never reuses one, even after withdrawal', async () => {
    const a = await create();
    await walk(a.id, ['withdrawn']);
    const b = await create();
    // A draft that becomes public on its outcome is numbered in the meeting's participants' series until then.
    expect(a.referenceCode).toMatch(/^SUMMIT-37\/DECL\/P\.\d+$/);
    const n = (code: string) => Number(/(\d+)$/.exec(code)![1]);
    expect(n(b.referenceCode)).toBe(n(a.referenceCode) + 1);
  });

  it('moves a document from draft to adopted, recording who, when, where and why', async () => {
    const doc = await create();
    expect(doc.allowedTransitions).toEqual(['circulated', 'deferred', 'withdrawn']);
    await walk(doc.id, ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended']);
    const res = await step(staff, doc.id, { to: 'adopted', comment: 'Adopted by the leaders' });
    expect(res.statusCode).toBe(200);
    const done = res.json<Detail>();
    expect(done.status).toBe('adopted');
    expect(done.finalAction).toBe('adopt');
    expect(done.timeline.map((t) => t.toStatus)).toEqual(['draft', 'circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted']);
    expect(done.timeline.at(-1)).toMatchObject({
      actor: 'National ASEAN Secretariat Officer',
      comment: 'Adopted by the leaders',
      meeting: { id: meetingIds.summit37 },
    });
    const events = (await staff.get(`/api/changes?entityType=document&entityId=${doc.id}`)).json<{ events: Array<{ changes: Record<string, unknown> }> }>()
      .events;
    expect(events.some((e) => JSON.stringify(e.changes).includes('"to":"adopted"'))).toBe(true);
  });

  it('answers an illegal step with 409 and the states allowed from here', async () => {
    const doc = await create();
    const res = await step(staff, doc.id, { to: 'adopted' });
    expect(res.statusCode).toBe(409);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('invalid_transition');
    expect(body.details!.map((d) => d.message)).toEqual(['circulated', 'deferred', 'withdrawn']);
  });

  it('needs a recorded reason to note what was meant for adoption', async () => {
    const doc = await create();
    await walk(doc.id, ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended']);
    const bare = await step(staff, doc.id, { to: 'noted' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<ErrorBody>().details![0]!.path).toBe('reason');
    const ok = await step(staff, doc.id, { to: 'noted', reason: 'One member asked for more time' });
    expect(ok.json<Detail>()).toMatchObject({ status: 'noted', finalAction: 'note', finalActionReason: 'One member asked for more time' });
  });

  it('defers to another meeting, which the timeline names', async () => {
    const doc = await create();
    const bad = await step(staff, doc.id, { to: 'deferred' });
    expect(bad.statusCode).toBe(400);
    const res = await step(staff, doc.id, { to: 'deferred', deferToMeetingId: meetingIds.eas15, comment: 'To the EAS' });
    expect(res.statusCode).toBe(200);
    expect(res.json<Detail>().timeline.at(-1)!.meeting!.id).toBe(meetingIds.eas15);
  });

  it('runs a silence procedure: deadline per delegation in local time; an objection names the objector', async () => {
    const doc = await create({ actingMeetingId: meetingIds.arf27, confidentiality: 'participants' });
    await walk(doc.id, ['circulated', 'under_negotiation']);
    const past = await step(staff, doc.id, { to: 'under_silence', silenceDeadline: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    const deadline = new Date(Date.now() + 86_400_000);
    deadline.setUTCHours(9, 0, 0, 0);
    const res = await step(staff, doc.id, { to: 'under_silence', silenceDeadline: deadline.toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    const silent = res.json<Detail>();
    const nz = silent.silence!.byDelegation.find((d) => d.party.code === 'NZ')!;
    const vn = silent.silence!.byDelegation.find((d) => d.party.code === 'VN')!;
    expect(vn.localDeadline).toMatch(/16:00 \(UTC\+07:00\)$/);
    expect(nz.timeZone).toBe('Pacific/Auckland');
    expect(nz.localDeadline).toMatch(/(22:00 \(UTC\+13:00\)|21:00 \(UTC\+12:00\))$/);
    // The NZ liaison objects (NZ has a delegation at the ARF): the objection is NZ's whatever the body says.
    const objection = await step(liaisonNz, doc.id, { to: 'under_negotiation', objectorPartyId: partyIds.VN, comment: 'Para 4' });
    expect(objection.statusCode, objection.body).toBe(200);
    const back = objection.json<Detail>();
    expect(back.status).toBe('under_negotiation');
    expect(back.timeline.at(-1)!.objector!.code).toBe('NZ');
  });

  it('lets silence lapse into agreement once the deadline passes with no objection', async () => {
    const doc = await create();
    await walk(doc.id, ['circulated', 'under_negotiation']);
    const soon = new Date(Date.now() + 3_600_000);
    expect((await step(staff, doc.id, { to: 'under_silence', silenceDeadline: soon.toISOString() })).statusCode).toBe(200);
    expect((await step(staff, doc.id, { to: 'agreed_ad_referendum' })).statusCode).toBe(403);
    // Let the hour pass: move the deadline into the past rather than wait.
    await h.database.db.execute(sql`update documents set silence_deadline = now() - interval '1 minute' where id = ${doc.id}`);
    const after = (await staff.get(`/api/documents/${doc.id}`)).json<Detail>();
    expect(after.status).toBe('agreed_ad_referendum');
    expect(after.timeline.at(-1)).toMatchObject({ actor: null, comment: 'Silence procedure ended with no objection' });
  });

  it('stores a script in a title as text', async () => {
    const doc = await create({ titleEn: '<script>alert(1)</script> Declaration' });
    expect((await staff.get(`/api/documents/${doc.id}`)).json<Detail>().titleEn).toBe('<script>alert(1)</script> Declaration');
  });

  it('refuses bad input naming the field', async () => {
    const res = await staff.post('/api/documents', draft({ type: 'poem' }));
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().details![0]!.path).toBe('type');
    const ref = await staff.post('/api/documents', draft({ proposerPartyIds: [999_999] }));
    expect(ref.statusCode).toBe(400);
    expect(ref.json<ErrorBody>().details![0]!.path).toBe('proposerPartyIds');
  });

  it('is in the OpenAPI document, uploads and imports included', async () => {
    const paths = Object.keys((await h.app.inject('/api/docs/json')).json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/documents',
        '/api/documents/{id}',
        '/api/documents/{id}/transitions',
        '/api/documents/{id}/versions',
        '/api/documents/{id}/diff',
        '/api/meetings/{id}/outcomes',
        '/api/meetings/{id}/outcomes/{format}',
        '/api/meetings/{id}/documents/import',
      ]),
    );
  });

  it('lets only the roles the workflow names take each step', async () => {
    const doc = await create();
    expect((await step(journalist, doc.id, { to: 'circulated' })).statusCode).toBe(403);
    expect((await journalist.post('/api/documents', draft())).statusCode).toBe(403);
  });
});
