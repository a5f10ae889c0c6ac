import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents, meetingClusters, meetings, parties } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { delegationOverview, nominationView } from '../../src/server/press/delegates/schemas.js';
import type { Answer } from '../helpers/answer.js';

type Nomination = Answer<typeof nominationView>;
type Overview = Answer<typeof delegationOverview>;

const photo = png(60, 80);
let counter = 0;

describe.each(engines)('delegate accreditation on %s', (engine) => {
  let h: Harness;
  let liaison: Client;
  let secretariat: Client;
  let press: Client;
  let anon: Client;
  let nz: number;
  let au: number;
  const ids = { pmcNz: 0, easFmm: 0, arf: 0, amm: 0, amm53: 0 };

  const form = (fields: Record<string, string | number>, file: Buffer | null = photo) =>
    multipartBody(
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])),
      file ? { name: 'photo', filename: 'photo.png', type: 'image/png', bytes: file } : undefined,
    );
  const person = (overrides: Record<string, string | number> = {}) => ({
    fullName: `Delegate ${counter++}`,
    position: 'Counsellor',
    email: 'delegate@example.nz',
    role: 'member',
    ...overrides,
  });
  const nominateAs = (client: Client, fields: Record<string, string | number>, file: Buffer | null = photo) => {
    const body = form(fields, file);
    return client.request('POST', '/api/delegates/nominations', body.payload, body.headers);
  };
  const overview = async (client: Client = liaison, query = '') => (await client.get(`/api/delegates/delegation${query}`)).json<Overview>();
  const seatsAt = async (meetingId: number, client: Client = liaison, query = '') => (await overview(client, query)).meetings.find((m) => m.id === meetingId)!;
  const verify = (token: string) =>
    anon
      .get(`/api/press/verify?token=${encodeURIComponent(token)}`)
      .then((r) => r.json<{ status: string; kind?: string; fullName?: string; delegationEn?: string; role?: string }>());

  beforeAll(async () => {
    h = await startHarness(engine);
    [liaison, secretariat, press, anon] = await Promise.all([
      h.signIn('liaison.nz@gavel.demo'),
      h.signIn('secretariat@gavel.demo'),
      h.signIn('press@gavel.demo'),
      h.anonymous(),
    ]);
    const { db } = h.database;
    const party = async (code: string) => (await db.select({ id: parties.id }).from(parties).where(eq(parties.code, code)))[0]!.id;
    const meeting = async (slug: string) => (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug)))[0]!.id;
    nz = await party('NZ');
    au = await party('AU');
    ids.pmcNz = await meeting('amm53-pmc-nz');
    ids.easFmm = await meeting('amm53-eas-fmm-10');
    ids.arf = await meeting('arf-27');
    ids.amm = await meeting('amm-53');
    ids.amm53 = (await db.select({ id: meetingClusters.id }).from(meetingClusters).where(eq(meetingClusters.slug, 'amm53')))[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows the liaison its delegation's meetings with quota used and left, from the demo data", async () => {
    const mine = await overview();
    expect(mine.party.code).toBe('NZ');
    expect(mine.meetings.map((m) => m.slug).sort()).toEqual(['amm53-eas-fmm-10', 'amm53-pmc-nz', 'arf-27']);
    expect(mine.clusters).toEqual([
      expect.objectContaining({ id: ids.amm53, meetingIds: expect.arrayContaining([ids.pmcNz, ids.easFmm, ids.arf]) as unknown }),
    ]);
    expect(mine.meetings.find((m) => m.id === ids.pmcNz)).toMatchObject({
      quotaLevel: 'ministerial',
      quota: 3,
      members: 2,
      left: 1,
      head: { fullName: 'Aroha Whitfield' },
    });
    expect(mine.nominations.every((n) => n.partyCode === 'NZ')).toBe(true);
  });

  it('records the DPRK substitution at the ARF with its reason, and keeps who was replaced', async () => {
    const all = (await secretariat.get(`/api/delegates/nominations?meetingId=${ids.arf}`)).json<{ nominations: Nomination[] }>().nominations;
    const kp = all.filter((n) => n.partyCode === 'KP');
    const minister = kp.find((n) => n.position === 'Minister of Foreign Affairs')!;
    const representative = kp.find((n) => n.replaces?.id === minister.id)!;
    expect(minister).toMatchObject({ status: 'replaced', replacedBy: { id: representative.id, fullName: 'Kim Song Il' } });
    expect(minister.replacedBy!.reason).toContain('DPRK Embassy in Hanoi');
    expect(representative).toMatchObject({ status: 'approved', role: 'head', substitutionReason: expect.stringContaining('does not attend') as unknown });
  });

  it('nominates, approves, issues a badge the door accepts, and a substitution revokes it and issues the new one', async () => {
    const res = await nominateAs(liaison, person({ meetingId: ids.pmcNz, fullName: '<b>Mere</b> Parata', position: 'Political Counsellor' }));
    expect(res.statusCode).toBe(201);
    const nominated = res.json<Nomination>();
    expect(nominated).toMatchObject({ status: 'pending', partyCode: 'NZ', fullName: '<b>Mere</b> Parata', hasPhoto: true, meetings: [{ id: ids.pmcNz }] });
    expect((await seatsAt(ids.pmcNz)).left).toBe(0);

    expect((await liaison.get(`/api/delegates/nominations/${nominated.id}/badge.pdf`)).statusCode).toBe(409);
    expect((await liaison.post(`/api/delegates/nominations/${nominated.id}/decision`, { decision: 'approve' })).statusCode).toBe(403);
    const approved = await secretariat.post(`/api/delegates/nominations/${nominated.id}/decision`, { decision: 'approve' });
    expect(approved.json<Nomination>().status).toBe('approved');

    const badge = await liaison.get(`/api/delegates/nominations/${nominated.id}/badge.pdf`);
    expect(badge.statusCode).toBe(200);
    expect(badge.headers['content-type']).toBe('application/pdf');
    expect(badge.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const token = String(badge.headers['x-badge-token']);
    expect(await verify(token)).toMatchObject({
      status: 'valid',
      kind: 'delegate',
      fullName: '<b>Mere</b> Parata',
      delegationEn: 'New Zealand',
      role: 'member',
    });
    const [head, payload, signature] = token.split('.');
    const moved = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    moved.evt = au;
    expect((await verify(`${head}.${Buffer.from(JSON.stringify(moved)).toString('base64url')}.${signature}`)).status).toBe('forged');

    const sub = form(
      { fullName: 'Hemi Walker', position: 'Deputy Head of Mission', email: 'h.walker@example.nz', reason: 'Mere Parata was recalled to Wellington' },
      null,
    );
    const substituted = await liaison.request('POST', `/api/delegates/nominations/${nominated.id}/substitute`, sub.payload, sub.headers);
    expect(substituted.statusCode).toBe(201);
    const substitute = substituted.json<Nomination>();
    expect(substitute).toMatchObject({
      status: 'pending',
      role: 'member',
      hasPhoto: false,
      meetings: [{ id: ids.pmcNz }],
      replaces: { id: nominated.id, fullName: '<b>Mere</b> Parata' },
      substitutionReason: 'Mere Parata was recalled to Wellington',
    });
    // The old badge is revoked at once; the seat passes to the substitute, so the quota still holds.
    expect((await verify(token)).status).toBe('revoked');
    expect(await seatsAt(ids.pmcNz)).toMatchObject({ members: 3, left: 0 });
    const old = (await liaison.get(`/api/delegates/nominations/${nominated.id}`)).json<Nomination>();
    expect(old).toMatchObject({
      status: 'replaced',
      replacedBy: { id: substitute.id, fullName: 'Hemi Walker', reason: 'Mere Parata was recalled to Wellington' },
    });

    await secretariat.post(`/api/delegates/nominations/${substitute.id}/decision`, { decision: 'approve' });
    const newBadge = await liaison.get(`/api/delegates/nominations/${substitute.id}/badge.pdf`);
    expect(await verify(String(newBadge.headers['x-badge-token']))).toMatchObject({ status: 'valid', fullName: 'Hemi Walker' });
    expect((await liaison.get(`/api/delegates/nominations/${nominated.id}/badge.pdf`)).statusCode).toBe(409);

    const events = await h.database.db
      .select({ action: changeEvents.action, changes: changeEvents.changes })
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'delegate_nomination'), eq(changeEvents.entityId, String(nominated.id))));
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(events[2]!.changes).toMatchObject({ status: { from: 'approved', to: 'replaced' }, replacedBy: substitute.id });
  });

  it('allows one head per meeting and names the quota when it is full; a cluster nomination needs a seat at each of its meetings', async () => {
    const secondHead = await nominateAs(liaison, person({ meetingId: ids.easFmm, role: 'head' }));
    expect(secondHead.statusCode).toBe(409);
    expect(secondHead.json<ErrorBody>()).toMatchObject({ code: 'head_of_delegation_taken', details: [{ path: 'role' }] });

    // PMC+1 is full after the previous test; the cluster nomination is refused because of it.
    const cluster = await nominateAs(liaison, person({ clusterId: ids.amm53 }));
    expect(cluster.statusCode).toBe(409);
    const body = cluster.json<ErrorBody>();
    expect(body.code).toBe('quota_exceeded');
    expect(body.error).toContain('quota of 3 members besides the head of delegation reached at ASEAN-New Zealand Post Ministerial Conference');
    expect(body.details!.map((d) => d.message)).toHaveLength(1);

    // One more place at PMC+1 for New Zealand alone: now the cluster nomination covers all three meetings.
    const raised = await secretariat.request('PUT', '/api/delegates/quota-overrides', { partyId: nz, meetingId: ids.pmcNz, members: 4 });
    expect(raised.statusCode).toBe(200);
    expect(await seatsAt(ids.pmcNz)).toMatchObject({ quota: 4, quotaOverridden: true, left: 1 });
    const accepted = await nominateAs(liaison, person({ clusterId: ids.amm53 }));
    expect(accepted.statusCode).toBe(201);
    expect(
      accepted
        .json<Nomination>()
        .meetings.map((m) => m.id)
        .sort(),
    ).toEqual([ids.pmcNz, ids.easFmm, ids.arf].sort());
    expect(await seatsAt(ids.arf)).toMatchObject({ members: 3, left: 0 });
  });

  it('lets a liaison nominate only for its own delegation and for meetings it takes part in', async () => {
    expect((await nominateAs(liaison, person({ partyId: au, meetingId: ids.pmcNz }))).statusCode).toBe(403);
    const notThere = await nominateAs(liaison, person({ meetingId: ids.amm }));
    expect(notThere.statusCode).toBe(400);
    expect(notThere.json<ErrorBody>()).toMatchObject({ code: 'invalid_reference', details: [{ path: 'meetingId' }] });
    expect((await nominateAs(liaison, person({ meetingId: 999_999 }))).statusCode).toBe(404);
    expect((await nominateAs(liaison, person({ clusterId: 999_999 }))).statusCode).toBe(404);

    const kp = (await secretariat.get('/api/delegates/nominations')).json<{ nominations: Nomination[] }>().nominations.find((n) => n.partyCode === 'KP')!;
    expect((await liaison.get(`/api/delegates/nominations/${kp.id}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/delegates/nominations/${kp.id}/badge.pdf`)).statusCode).toBe(404);
    expect((await liaison.post(`/api/delegates/nominations/${kp.id}/withdraw`, {})).statusCode).toBe(404);
    expect((await liaison.get(`/api/delegates/nominations?partyId=${kp.partyId}`)).statusCode).toBe(403);
    expect((await liaison.get(`/api/delegates/delegation?partyId=${au}`)).statusCode).toBe(403);
    expect((await liaison.get('/api/delegates/nominations')).json<{ nominations: Nomination[] }>().nominations.every((n) => n.partyCode === 'NZ')).toBe(true);

    expect((await press.get('/api/delegates/nominations')).statusCode).toBe(403);
    expect((await anon.get('/api/delegates/delegation')).statusCode).toBe(401);
    expect((await liaison.request('PUT', '/api/delegates/quotas/ministerial', { members: 10 })).statusCode).toBe(403);
    // The secretariat must say for which delegation.
    expect((await secretariat.get('/api/delegates/delegation')).json<ErrorBody>()).toMatchObject({ code: 'validation_failed', details: [{ path: 'partyId' }] });
  });

  it('answers bad input with a 4xx naming the field', async () => {
    const missing = await nominateAs(liaison, { meetingId: ids.pmcNz, role: 'deputy', email: 'not-an-email' });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json<ErrorBody>()
        .details!.map((d) => d.path)
        .sort(),
    ).toEqual(['email', 'fullName', 'position', 'role']);
    const both = await nominateAs(liaison, person({ meetingId: ids.pmcNz, clusterId: ids.amm53 }));
    expect(both.json<ErrorBody>()).toMatchObject({ code: 'validation_failed', details: [{ path: 'meetingId' }] });

    const notImage = await nominateAs(liaison, person({ meetingId: ids.pmcNz }), Buffer.from('%PDF-1.4 not a photo'));
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json<ErrorBody>().details![0]!.path).toBe('photo');
    expect((await nominateAs(liaison, person({ meetingId: ids.pmcNz }), Buffer.concat([photo, Buffer.alloc(5 * 1024 * 1024)]))).statusCode).toBe(413);
    expect((await nominateAs(liaison, person({ meetingId: ids.pmcNz }), png(1, 1, [0, 0, 0], { width: 60_000, height: 60_000 }))).statusCode).toBe(413);
    const json = await liaison.post('/api/delegates/nominations', person({ meetingId: ids.pmcNz }));
    expect(json.statusCode).toBe(415);

    const pending = (await overview()).nominations.find((n) => n.status === 'pending')!;
    const noReason = await secretariat.post(`/api/delegates/nominations/${pending.id}/decision`, { decision: 'reject' });
    expect(noReason.json<ErrorBody>()).toMatchObject({ code: 'validation_failed', details: [{ path: 'reason' }] });
    const rejected = await secretariat.post(`/api/delegates/nominations/${pending.id}/decision`, {
      decision: 'reject',
      reason: 'Not on the list of the Ministry',
    });
    expect(rejected.json<Nomination>()).toMatchObject({ status: 'rejected', reason: 'Not on the list of the Ministry' });
    expect((await secretariat.post(`/api/delegates/nominations/${pending.id}/decision`, { decision: 'approve' })).json<ErrorBody>().code).toBe(
      'invalid_transition',
    );
    const subNoReason = form({ fullName: 'X', position: 'Y', email: 'x@example.nz' }, null);
    const subRes = await liaison.request('POST', `/api/delegates/nominations/${pending.id}/substitute`, subNoReason.payload, subNoReason.headers);
    expect(subRes.json<ErrorBody>()).toMatchObject({ code: 'validation_failed', details: [{ path: 'reason' }] });

    expect((await secretariat.request('PUT', '/api/delegates/quotas/summit', { members: 3 })).json<ErrorBody>().details![0]!.path).toBe('level');
    expect((await secretariat.request('PUT', '/api/delegates/quotas/leaders', { members: -1 })).json<ErrorBody>().details![0]!.path).toBe('members');
    const wrongMeeting = await secretariat.request('PUT', '/api/delegates/quota-overrides', { partyId: nz, meetingId: ids.amm, members: 2 });
    expect(wrongMeeting.json<ErrorBody>()).toMatchObject({ code: 'invalid_reference', details: [{ path: 'meetingId' }] });
  });

  it('never goes over the quota when nominations race for the last place, nor seats two heads', async () => {
    await secretariat.request('PUT', '/api/delegates/quota-overrides', { partyId: au, meetingId: ids.arf, members: 2 });
    const members = await Promise.all(Array.from({ length: 6 }, () => nominateAs(secretariat, person({ partyId: au, meetingId: ids.arf }), null)));
    expect(members.map((r) => r.statusCode).sort()).toEqual([201, 201, 409, 409, 409, 409]);
    expect(members.filter((r) => r.statusCode === 409).every((r) => r.json<ErrorBody>().code === 'quota_exceeded')).toBe(true);
    const heads = await Promise.all(Array.from({ length: 4 }, () => nominateAs(secretariat, person({ partyId: au, meetingId: ids.arf, role: 'head' }), null)));
    expect(heads.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(await seatsAt(ids.arf, secretariat, `?partyId=${au}`)).toMatchObject({ quota: 2, members: 2, left: 0, head: expect.anything() as unknown });
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await h.app.inject('/api/docs/json')).json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    for (const path of [
      '/api/delegates/delegation',
      '/api/delegates/nominations',
      '/api/delegates/nominations/{id}/decision',
      '/api/delegates/nominations/{id}/substitute',
      '/api/delegates/nominations/{id}/badge.pdf',
      '/api/delegates/quotas/{level}',
      '/api/delegates/quota-overrides',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/press/verify']!.get!.tags).toContain('delegates');
  });

  it('lets the secretariat set quotas per level and remove an override', async () => {
    const quotas = (await secretariat.request('PUT', '/api/delegates/quotas/senior_officials', { members: 5 })).json<{
      levels: { level: string; members: number | null }[];
      overrides: { partyId: number; meetingId: number }[];
    }>();
    expect(quotas.levels).toContainEqual({ level: 'senior_officials', members: 5 });
    expect(quotas.overrides).toContainEqual(expect.objectContaining({ partyId: nz, meetingId: ids.pmcNz, members: 4 }));
    const removed = await secretariat.delete(`/api/delegates/quota-overrides/${nz}/${ids.pmcNz}`);
    expect(removed.statusCode).toBe(200);
    expect(await seatsAt(ids.pmcNz)).toMatchObject({ quota: 3, quotaOverridden: false });
    expect((await secretariat.delete(`/api/delegates/quota-overrides/${nz}/${ids.pmcNz}`)).statusCode).toBe(404);
  });

  it('withdrawing an approved delegate revokes the badge and frees the place', async () => {
    const au37 = (await secretariat.get(`/api/delegates/nominations?partyId=${au}&status=pending`)).json<{ nominations: Nomination[] }>().nominations;
    const member = au37.find((n) => n.role === 'member')!;
    await secretariat.post(`/api/delegates/nominations/${member.id}/decision`, { decision: 'approve' });
    const token = String((await secretariat.get(`/api/delegates/nominations/${member.id}/badge.pdf`)).headers['x-badge-token']);
    expect((await verify(token)).status).toBe('valid');
    const withdrawn = await secretariat.post(`/api/delegates/nominations/${member.id}/withdraw`, { reason: 'Travel cancelled' });
    expect(withdrawn.json<Nomination>()).toMatchObject({ status: 'withdrawn', reason: 'Travel cancelled' });
    expect((await verify(token)).status).toBe('revoked');
    expect(await seatsAt(ids.arf, secretariat, `?partyId=${au}`)).toMatchObject({ members: 1, left: 1 });
    expect((await secretariat.post(`/api/delegates/nominations/${member.id}/withdraw`, {})).json<ErrorBody>().code).toBe('invalid_transition');
  });
});
