/**
 * Clusters made in the app, history kept, and the ledger in people's units
 * (issue 17 items 3, 4 and 6): a cluster is made and edited through the API,
 * every write change-logged, bad input refused under the field that caused
 * it; the demo's held AMM-53 meetings are fixed in every solve and refused by
 * accept, move and pins; the ledger counts night, early and late sessions and
 * minutes beside the points, and downloads as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { newCluster, newMeeting, newUser } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

interface View {
  id: number;
  titleEn: string;
  startsOn: string;
  endsOn: string;
  meetings: Array<{
    id: number;
    titleEn: string;
    startsAt: string;
    endsAt: string;
    durationMinutes: number;
    status: string;
    fixed: boolean;
    fixedBy: string | null;
    scheduled: boolean;
    participants: string[];
  }>;
  rules: {
    fixedMeetingIds: number[];
    precedences: Array<{ beforeMeetingId: number; afterMeetingId: number; bufferMinutes: number }>;
    nightAllowedParties: string[];
  };
  current: { breakdown: Array<{ delegation: string; burden: number }> };
  createdMeetingIds: number[];
}

interface Tally {
  sessions: number;
  minutes: number;
}
interface Ledger {
  delegations: Array<{
    partyCode: string;
    total: number;
    bands: { night: Tally; early: Tally; late: Tally };
    clusters: Array<{ clusterId: number; burden: number; bands: { night: Tally; early: Tally; late: Tally } }>;
  }>;
}

describe.each(engines)('clusters made in the app, history kept, the ledger in minutes, on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let seriesId: number;
  let party: Record<string, number>;
  let amm53: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    seriesId = (await staff.get('/api/series')).json<{ series: Array<{ id: number }> }>().series[0]!.id;
    party = Object.fromEntries((await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties.map((p) => [p.code, p.id]));
    const clusters = (await staff.get('/api/clusters')).json<{ clusters: Array<{ id: number; titleEn: string }> }>().clusters;
    amm53 = clusters.find((c) => c.titleEn.startsWith('53rd AMM'))!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const planned = (fields: Record<string, unknown> = {}) => ({
    seriesId,
    titleEn: 'Working lunch',
    titleVi: 'Ăn trưa làm việc',
    durationMinutes: 60,
    participants: [party.VN!, party.US!],
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    ...fields,
  });
  const view = async (id: number) => (await staff.get(`/api/schedule/clusters/${id}`)).json<View>();
  const changes = async (entityType: string, entityId: number) =>
    (await staff.get(`/api/changes?entityType=${entityType}&entityId=${entityId}`)).json<{
      events: Array<{ action: string; changes: Record<string, unknown> }>;
    }>().events;
  const refused = async (method: 'POST' | 'PATCH', url: string, body: unknown, status: number, path: string, pattern?: RegExp) => {
    const res = await staff.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    const detail = res.json<ErrorBody>().details?.find((d) => d.path === path);
    expect(detail, res.body).toBeDefined();
    if (pattern) expect(detail!.message).toMatch(pattern);
  };

  it('makes a cluster of an existing meeting and a new planned one, each write change-logged, and optimizes it', async () => {
    const existing = await newMeeting(staff, seriesId, { startsAt: '2066-09-09T10:00:00+07:00', endsAt: '2066-09-09T11:30:00+07:00' });
    await staff.post(`/api/meetings/${existing.id}/delegations`, { partyId: party.VN, headLevel: 'minister' });
    await staff.post(`/api/meetings/${existing.id}/delegations`, { partyId: party.NZ, headLevel: 'minister' });
    const res = await staff.post('/api/schedule/clusters', {
      titleEn: 'Test cluster, made in the app',
      titleVi: 'Cụm thử nghiệm, tạo trong ứng dụng',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsOn: '2066-09-09',
      endsOn: '2066-09-10',
      meetingIds: [existing.id],
      newMeetings: [planned()],
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<View>();
    expect(made.startsOn).toBe('2066-09-09');
    expect(made.createdMeetingIds).toHaveLength(1);
    const lunch = made.meetings.find((m) => m.id === made.createdMeetingIds[0])!;
    // A new meeting waits at 09:00 host time on the first day until a schedule is accepted.
    expect(lunch).toMatchObject({
      titleEn: 'Working lunch',
      status: 'planned',
      durationMinutes: 60,
      startsAt: '2066-09-09T02:00:00.000Z',
      fixedBy: null,
      scheduled: true,
    });
    expect([...lunch.participants].sort()).toEqual(['US', 'VN']);
    expect(made.meetings.map((m) => m.id)).toContain(existing.id);

    expect((await changes('meeting_cluster', made.id)).map((e) => e.action)).toEqual(['create']);
    expect((await changes('meeting', lunch.id)).map((e) => e.action)).toEqual(['create']);
    expect((await changes('meeting', existing.id))[0]!.changes.clusterId).toEqual({ from: null, to: made.id });
    const meeting = (await staff.get(`/api/meetings/${lunch.id}`)).json<{
      clusterId: number;
      delegations: Array<{ party: { code: string }; timeZone: string }>;
    }>();
    expect(meeting.clusterId).toBe(made.id);
    expect(meeting.delegations.find((d) => d.party.code === 'US')!.timeZone).toBe('America/New_York');

    const solved = await staff.post('/api/schedule/optimize', { clusterId: made.id, solver: 'exact' });
    expect(solved.statusCode, solved.body).toBe(200);
    const starts = solved.json<{ result: { status: string; starts: Record<string, string> } }>().result;
    expect(starts.status).toBe('optimal');
    expect(Object.keys(starts.starts).sort()).toEqual([String(existing.id), String(lunch.id)].sort());
  });

  it('edits a cluster: titles, window, meetings attached, made and taken out, participants; the rules forget a meeting taken out', async () => {
    const cluster = await newCluster<View>(staff, { newMeetings: [planned({ titleEn: 'Opening' }), planned({ titleEn: 'Closing' })] });
    const [opening, closing] = cluster.createdMeetingIds as [number, number];
    const rules = {
      fixedMeetingIds: [opening],
      precedences: [{ beforeMeetingId: opening, afterMeetingId: closing, bufferMinutes: 15 }],
      nightAllowedParties: [],
    };
    expect((await staff.request('PUT', `/api/schedule/clusters/${cluster.id}/rules`, rules)).statusCode).toBe(200);
    const other = await newMeeting(staff, seriesId, { startsAt: '2066-09-10T10:00:00+07:00', endsAt: '2066-09-10T11:00:00+07:00' });
    await staff.post(`/api/meetings/${other.id}/delegations`, { partyId: party.VN, headLevel: 'minister' });

    const res = await staff.patch(`/api/schedule/clusters/${cluster.id}`, {
      titleEn: 'Test cluster, renamed',
      endsOn: '2066-09-11',
      meetingIds: [other.id],
      newMeetings: [planned({ titleEn: 'Press briefing', durationMinutes: 30, participants: [party.VN] })],
      participants: [{ meetingId: opening, partyIds: [party.VN, party.NZ] }],
      detachMeetingIds: [closing],
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json<View>();
    expect(edited).toMatchObject({ titleEn: 'Test cluster, renamed', endsOn: '2066-09-11' });
    expect(edited.meetings.map((m) => m.titleEn).sort()).toEqual(['Opening', 'Press briefing', expect.stringMatching(/^Test meeting/)].sort());
    expect([...edited.meetings.find((m) => m.id === opening)!.participants].sort()).toEqual(['NZ', 'VN']);
    expect(edited.meetings.find((m) => m.id === opening)!.fixedBy).toBe('rule');
    expect(edited.rules.precedences).toEqual([]);
    expect(edited.rules.fixedMeetingIds).toEqual([opening]);
    expect((await staff.get(`/api/meetings/${closing}`)).json<{ clusterId: number | null }>().clusterId).toBeNull();
    const events = await changes('meeting_cluster', cluster.id);
    expect(events[0]!.changes).toMatchObject({
      titleEn: { to: 'Test cluster, renamed' },
      endsOn: { from: '2066-09-10', to: '2066-09-11' },
      attached: [other.id],
      detached: [closing],
    });
    const delegationEvents = (await staff.get('/api/changes?entityType=delegation&limit=20')).json<{
      events: Array<{ action: string; changes: { meetingId?: number; partyId?: number } }>;
    }>().events;
    expect(delegationEvents.some((e) => e.action === 'delete' && e.changes.meetingId === opening && e.changes.partyId === party.US)).toBe(true);
    expect(delegationEvents.some((e) => e.action === 'create' && e.changes.meetingId === opening && e.changes.partyId === party.NZ)).toBe(true);
  });

  it('refuses bad input with a 4xx naming the field, and writes nothing', async () => {
    const url = '/api/schedule/clusters';
    const base = {
      titleEn: 'Bad cluster',
      titleVi: 'Cụm sai',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsOn: '2066-09-09',
      endsOn: '2066-09-10',
      newMeetings: [planned()],
    };
    await refused('POST', url, { ...base, startsOn: '2020-09-09', endsOn: '2020-09-10' }, 400, 'startsOn', /in the past/);
    await refused('POST', url, { ...base, endsOn: '2066-09-08' }, 400, 'endsOn', /before it starts/);
    await refused('POST', url, { ...base, endsOn: '2067-09-08' }, 400, 'endsOn', /more than 62 days/);
    await refused('POST', url, { ...base, hostTimeZone: 'Asia/Atlantis' }, 400, 'hostTimeZone');
    await refused('POST', url, { ...base, newMeetings: [] }, 400, 'meetingIds', /at least|Attach/);
    await refused('POST', url, { ...base, meetingIds: [999_999] }, 400, 'meetingIds.0', /no meeting 999999/);
    await refused('POST', url, { ...base, newMeetings: [planned({ participants: [party.VN, 999_999] })] }, 400, 'newMeetings.0.participants.1', /no party/);
    await refused('POST', url, { ...base, newMeetings: [planned({ seriesId: 999_999 })] }, 400, 'newMeetings.0.seriesId', /no series/);
    await refused('POST', url, { ...base, newMeetings: [planned({ startsAt: '2066-09-12T02:00:00Z' })] }, 400, 'newMeetings.0.startsAt', /outside the window/);
    await refused('POST', url, { ...base, newMeetings: [planned({ durationMinutes: 50 })] }, 400, 'newMeetings.0.durationMinutes');
    await refused('POST', url, { ...base, newMeetings: [planned({ hostCityEn: undefined })] }, 400, 'newMeetings.0.hostCityEn', /host city/);
    // A meeting of the AMM-53 cluster is in another cluster (409); a held one outside the window cannot come either.
    const demo = await view(amm53);
    await refused('POST', url, { ...base, meetingIds: [demo.meetings[0]!.id] }, 409, 'meetingIds.0', /in cluster/);
    const heldAlone = await newMeeting(staff, seriesId, { startsAt: '2021-03-01T09:00:00+07:00', endsAt: '2021-03-01T10:00:00+07:00', status: 'planned' });
    await staff.post(`/api/meetings/${heldAlone.id}/delegations`, { partyId: party.VN, headLevel: 'minister' });
    for (const status of ['confirmed', 'in_progress', 'held']) expect((await staff.patch(`/api/meetings/${heldAlone.id}`, { status })).statusCode).toBe(200);
    await refused('POST', url, { ...base, meetingIds: [heldAlone.id] }, 400, 'meetingIds.0', /is held at 2021-03-01 09:00, outside the window/);
    // A meeting without participants cannot be scheduled.
    const nobody = await newMeeting(staff, seriesId, { startsAt: '2066-09-09T10:00:00+07:00', endsAt: '2066-09-09T11:00:00+07:00' });
    await refused('POST', url, { ...base, newMeetings: [], meetingIds: [nobody.id] }, 400, 'meetingIds.0', /no participants/);
    expect((await staff.get(`/api/meetings/${nobody.id}`)).json<{ clusterId: number | null }>().clusterId).toBeNull();
    expect((await staff.get('/api/clusters')).json<{ clusters: Array<{ titleEn: string }> }>().clusters.some((c) => c.titleEn === 'Bad cluster')).toBe(false);

    // Edits: a rule-fixed meeting left outside a narrower window, unknown ids, a meeting not in the cluster.
    const cluster = await newCluster<View>(staff, { endsOn: '2066-09-11', newMeetings: [planned({ startsAt: '2066-09-11T02:00:00Z' })] });
    const [only] = cluster.createdMeetingIds as [number];
    expect(
      (await staff.request('PUT', `/api/schedule/clusters/${cluster.id}/rules`, { fixedMeetingIds: [only], precedences: [], nightAllowedParties: [] }))
        .statusCode,
    ).toBe(200);
    await refused('PATCH', `${url}/${cluster.id}`, { endsOn: '2066-09-10' }, 400, 'endsOn', /fixed by the rules .* outside the window/);
    await refused('PATCH', `${url}/${cluster.id}`, { detachMeetingIds: [nobody.id] }, 400, 'detachMeetingIds.0', /not in this cluster/);
    await refused('PATCH', `${url}/${cluster.id}`, { participants: [{ meetingId: only, partyIds: [999_999] }] }, 400, 'participants.0.partyIds.0', /no party/);
    await refused(
      'PATCH',
      `${url}/${cluster.id}`,
      { participants: [{ meetingId: nobody.id, partyIds: [party.VN] }] },
      400,
      'participants.0.meetingId',
      /not a meeting of this cluster/,
    );
    await refused('PATCH', `${url}/${cluster.id}`, { detachMeetingIds: [only] }, 400, 'meetingIds', /at least one meeting/);
    expect((await staff.patch(`${url}/999999`, { titleEn: 'x' })).statusCode).toBe(404);
    expect((await view(cluster.id)).endsOn).toBe('2066-09-11');
  });

  it('keeps making and editing clusters to those who may schedule', async () => {
    const body = { titleEn: 'x', titleVi: 'x', hostTimeZone: 'Asia/Ho_Chi_Minh', startsOn: '2066-09-09', endsOn: '2066-09-10', newMeetings: [planned()] };
    expect((await (await h.anonymous()).post('/api/schedule/clusters', body)).statusCode).toBe(401);
    for (const email of ['committee@gavel.demo', 'liaison.nz@gavel.demo', 'journalist@gavel.demo']) {
      const client = await h.signIn(email);
      expect((await client.post('/api/schedule/clusters', body)).statusCode, email).toBe(403);
      expect((await client.patch(`/api/schedule/clusters/${amm53}`, { titleEn: 'x' })).statusCode, email).toBe(403);
    }
  });

  it('fixes the held AMM-53 meetings in every solve: accept refuses a schedule that moves one, and moves nothing otherwise', async () => {
    const demo = await view(amm53);
    expect(demo.meetings.every((m) => m.status === 'held' && m.fixed && m.fixedBy === 'held')).toBe(true);
    const res = await staff.post('/api/schedule/optimize', { clusterId: amm53, solver: 'exact', timeBudgetMs: 60_000 });
    expect(res.statusCode, res.body).toBe(200);
    const { result } = res.json<{ result: { status: string; starts: Record<string, string> } }>();
    expect(result.status).toBe('optimal');
    for (const m of demo.meetings) expect(result.starts[String(m.id)], m.titleEn).toBe(m.startsAt);

    const wps = demo.meetings.find((m) => m.titleEn.includes("Women's Role"))!;
    const moved = { ...result.starts, [wps.id]: new Date(Date.parse(wps.startsAt) + 86_400_000).toISOString() };
    const refusedAccept = await staff.post('/api/schedule/accept', { clusterId: amm53, starts: moved });
    expect(refusedAccept.statusCode, refusedAccept.body).toBe(409);
    expect(refusedAccept.json<ErrorBody>().details).toEqual([
      { path: `starts.${wps.id}`, message: expect.stringMatching(/Women's Role.* is held: it stays at/) },
    ]);

    const kept = await staff.post('/api/schedule/accept', { clusterId: amm53, starts: result.starts });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json<{ moved: number }>().moved).toBe(0);

    const move = await staff.post(`/api/schedule/clusters/${amm53}/move`, { meetingId: wps.id, startsAt: '2020-09-12T06:00:00.000Z' });
    expect(move.statusCode).toBe(409);
    expect(move.json<ErrorBody>().details?.[0]).toMatchObject({ path: 'meetingId', message: expect.stringMatching(/is held/) });
    const pinned = await staff.post('/api/schedule/optimize', { clusterId: amm53, pins: { [wps.id]: '2020-09-12T06:00:00.000Z' } });
    expect(pinned.statusCode).toBe(400);
    expect(pinned.json<ErrorBody>().details?.[0]?.path).toBe(`pins.${wps.id}`);
    expect((await view(amm53)).meetings.find((m) => m.id === wps.id)!.startsAt).toBe(wps.startsAt);
  }, 120_000);

  it('leaves a cancelled meeting out of the solve, and refuses to move it', async () => {
    const cluster = await newCluster<View>(staff, { newMeetings: [planned({ titleEn: 'Stays' }), planned({ titleEn: 'Called off' })] });
    const [stays, off] = cluster.createdMeetingIds as [number, number];
    expect((await staff.patch(`/api/meetings/${off}`, { status: 'cancelled' })).statusCode).toBe(200);
    const v = await view(cluster.id);
    expect(v.meetings.find((m) => m.id === off)).toMatchObject({ status: 'cancelled', fixedBy: 'cancelled', scheduled: false });
    const solved = (await staff.post('/api/schedule/optimize', { clusterId: cluster.id, solver: 'exact' })).json<{
      result: { starts: Record<string, string> };
    }>().result;
    expect(Object.keys(solved.starts)).toEqual([String(stays)]);
    expect((await staff.post('/api/schedule/accept', { clusterId: cluster.id, starts: solved.starts })).statusCode).toBe(200);
    const off2 = await staff.post('/api/schedule/accept', { clusterId: cluster.id, starts: { ...solved.starts, [off]: '2066-09-10T02:00:00.000Z' } });
    expect(off2.statusCode).toBe(409);
    expect(off2.json<ErrorBody>().details?.[0]).toMatchObject({ path: `starts.${off}`, message: expect.stringMatching(/Called off is cancelled/) });
    expect((await staff.post(`/api/schedule/clusters/${cluster.id}/move`, { meetingId: off, startsAt: '2066-09-10T02:00:00.000Z' })).statusCode).toBe(409);
  });

  it("counts each delegation's night, early and late sessions and minutes beside the points, and downloads them as CSV", async () => {
    // 07:00–08:00 Hanoi = 20:00–21:00 New York (EDT): early for Viet Nam, late for the United States.
    const cluster = await newCluster<View>(staff, {
      startsOn: '2066-06-01',
      endsOn: '2066-06-01',
      newMeetings: [planned({ startsAt: '2066-06-01T00:00:00Z' })],
    });
    const [lunch] = cluster.createdMeetingIds as [number];
    const accepted = await staff.post('/api/schedule/accept', { clusterId: cluster.id, starts: { [lunch]: '2066-06-01T00:00:00.000Z' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const ledger = (await staff.get('/api/schedule/ledger?year=2066')).json<Ledger>();
    const row = (code: string) => ledger.delegations.find((d) => d.partyCode === code)!.clusters.find((c) => c.clusterId === cluster.id)!;
    expect(row('VN').bands).toEqual({ night: { sessions: 0, minutes: 0 }, early: { sessions: 1, minutes: 60 }, late: { sessions: 0, minutes: 0 } });
    expect(row('US').bands).toEqual({ night: { sessions: 0, minutes: 0 }, early: { sessions: 0, minutes: 0 }, late: { sessions: 1, minutes: 60 } });
    // The points beside them: 07:00–08:00 and 20:00–21:00 cost 1 a minute.
    expect(row('VN').burden).toBe(60);
    expect(row('US').burden).toBe(60);

    const csv = await staff.get('/api/schedule/ledger.csv?year=2066&lang=vi');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Năm,Mã,Đoàn,Điểm,Phiên ban đêm,Phút ban đêm,Phiên sáng sớm,Phút sáng sớm,Phiên buổi tối,Phút buổi tối');
    const us = ledger.delegations.find((d) => d.partyCode === 'US')!;
    expect(lines).toContain(
      `2066,US,Hoa Kỳ,${us.total},${us.bands.night.sessions},${us.bands.night.minutes},${us.bands.early.sessions},${us.bands.early.minutes},${us.bands.late.sessions},${us.bands.late.minutes}`,
    );
    // A liaison downloads its own delegation's line only.
    const liaison = (await newUser(h, ['delegation_liaison'], { party: 'US' })).client;
    const own = (await liaison.get('/api/schedule/ledger.csv?year=2066')).body.trim().split(/\r?\n/);
    expect(own.slice(1).map((l) => l.split(',')[1])).toEqual(['US']);
    expect((await (await h.signIn('journalist@gavel.demo')).get('/api/schedule/ledger.csv?year=2066')).statusCode).toBe(403);
  });

  it("seeds 2020's ledger from the schedules the year's clusters were held at", async () => {
    const demo = await view(amm53);
    const ledger = (await staff.get('/api/schedule/ledger?year=2020')).json<Ledger>();
    expect(ledger.delegations.length).toBeGreaterThan(20);
    for (const d of demo.current.breakdown) {
      const entry = ledger.delegations.find((r) => r.partyCode === d.delegation)!.clusters.find((c) => c.clusterId === amm53)!;
      expect(entry.burden, d.delegation).toBe(d.burden);
    }
    // The ARF was held 09:00–12:00 in Hanoi: 22:00–01:00 in New York, late and then at night.
    const us = ledger.delegations.find((r) => r.partyCode === 'US')!.clusters.find((c) => c.clusterId === amm53)!;
    expect(us.bands.night.minutes).toBeGreaterThanOrEqual(60);
    expect(us.bands.late.minutes).toBeGreaterThanOrEqual(120);
  });
});
