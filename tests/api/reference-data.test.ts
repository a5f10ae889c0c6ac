/**
 * Reference data an administrator edits: the committee's bodies and their
 * members, partners' status history and applications, chairmanships with
 * their handovers and the rotation around them. Everyone else is refused;
 * every change is in the change log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRefs } from '../../src/server/demo/refs.js';
import { engines } from '../helpers/database.js';
import { newTask } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

interface Body {
  id: number;
  slug: string;
  kind: string;
  nameEn: string;
  nameVi: string;
  deactivatedAt: string | null;
  members: Array<{ personId: number; fullName: string; position: string }>;
}
interface Ref {
  id: number;
  titleEn: string;
}
interface Party {
  code: string;
  currentStatus: string | null;
  statuses: Array<{ id: number; status: string; since: string; until: string | null; decidedAt: Ref | null }>;
  applications: Array<{
    id: number;
    soughtStatus: string;
    state: string;
    steps: Array<{ kind: string; on: string; meeting: Ref | null }>;
  }>;
}
interface PartyRef {
  code: string;
}
interface Chairmanships {
  chairmanships: Array<{
    year: number;
    chair: PartyRef;
    themeEn: string;
    handover: { from: PartyRef | null; on: string | null; meeting: Ref | null; eventEn: string | null } | null;
  }>;
  rotation: Array<{ year: number; chair: PartyRef; basis: string; ruleChair: PartyRef; swappedWith?: number }>;
}

const fields = (res: { json: <T>() => T }) => (res.json<ErrorBody>().details ?? []).map((d) => d.path);

describe.each(engines)('editable reference data on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let staff: Client;
  let member: Client;
  let anonymous: Client;
  let bodies: Body[];
  const bodyBySlug = (slug: string) => bodies.find((b) => b.slug === slug)!;
  let summit37: number;
  let amm54: number;
  let amm53: number;
  let person: (key: string) => Promise<number>;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    staff = await h.signIn('secretariat@gavel.demo');
    member = await h.signIn('committee@gavel.demo');
    anonymous = await h.anonymous();
    bodies = (await admin.get('/api/committee/bodies')).json<{ bodies: Body[] }>().bodies;
    const refs = demoRefs(h.database.db);
    summit37 = await refs.meeting('summit-37');
    amm54 = await refs.meeting('amm-54');
    amm53 = await refs.meeting('amm-53');
    person = refs.person;
  });
  afterAll(async () => {
    await h?.close();
  });

  const changes = async (entityType: string, entityId: number | string) =>
    (await admin.get(`/api/changes?entityType=${entityType}&entityId=${entityId}`)).json<{
      events: Array<{ action: string; changes: Record<string, unknown> }>;
    }>().events;

  describe('committee bodies', () => {
    it('creates a body, renames it in both languages and records both in the change log', async () => {
      const created = await admin.post('/api/committee/bodies', {
        kind: 'subcommittee',
        nameEn: 'Culture Subcommittee',
        nameVi: 'Tiểu ban Văn hóa',
        parentId: bodyBySlug('national-committee').id,
      });
      expect(created.statusCode, created.body).toBe(201);
      const body = created.json<Body>();
      expect(body).toMatchObject({ slug: 'culture-subcommittee', kind: 'subcommittee', deactivatedAt: null, members: [] });

      const renamed = await admin.patch(`/api/committee/bodies/${body.id}`, {
        nameEn: 'Culture and Arts Subcommittee',
        nameVi: 'Tiểu ban Văn hóa – Nghệ thuật',
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json<Body>()).toMatchObject({ nameEn: 'Culture and Arts Subcommittee', nameVi: 'Tiểu ban Văn hóa – Nghệ thuật' });

      const listed = (await member.get('/api/committee/bodies')).json<{ bodies: Body[] }>().bodies;
      expect(listed.find((b) => b.id === body.id)?.nameVi).toBe('Tiểu ban Văn hóa – Nghệ thuật');
      const events = await changes('body', body.id);
      expect(events.map((e) => e.action).sort()).toEqual(['create', 'update']);
      expect(events.find((e) => e.action === 'update')?.changes).toMatchObject({
        nameEn: { from: 'Culture Subcommittee', to: 'Culture and Arts Subcommittee' },
      });
    });

    it('a deactivated body keeps its tasks but takes no new one: 409 naming the body', async () => {
      const health = bodyBySlug('sc-health');
      const before = (await staff.get(`/api/tasks?bodyId=${health.id}`)).json<{ tasks: Array<{ id: number }> }>().tasks;
      expect(before.length).toBeGreaterThan(0);

      const off = await admin.patch(`/api/committee/bodies/${health.id}`, { active: false });
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json<Body>().deactivatedAt).not.toBeNull();

      const refused = await staff.post('/api/tasks', { titleEn: 'Late task', titleVi: 'Việc muộn', bodyId: health.id });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<ErrorBody>()).toMatchObject({ code: 'body_inactive' });
      expect(refused.json<ErrorBody>().details).toEqual([{ path: 'bodyId', message: expect.stringContaining('Health Subcommittee was deactivated on') }]);

      // Nor may a task be moved to it, nor a decision give it one.
      const elsewhere = await newTask(staff, bodyBySlug('sc-content').id);
      const moved = await staff.patch(`/api/tasks/${elsewhere.id}`, { bodyId: health.id });
      expect(moved.statusCode).toBe(409);
      const decision = await staff.post('/api/committee/sessions/6/decisions', {
        textEn: 'More checks',
        textVi: 'Kiểm tra thêm',
        tasks: [{ titleEn: 'Checks', titleVi: 'Kiểm tra', bodyId: health.id }],
      });
      expect(decision.statusCode).toBe(409);
      expect(fields(decision)).toEqual(['tasks.0.bodyId']);

      // Its history stays: the same tasks, still changeable.
      const after = (await staff.get(`/api/tasks?bodyId=${health.id}`)).json<{ tasks: Array<{ id: number }> }>().tasks;
      expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
      expect((await staff.patch(`/api/tasks/${before[0]!.id}`, { priority: 'high' })).statusCode).toBe(200);

      const on = await admin.patch(`/api/committee/bodies/${health.id}`, { active: true });
      expect(on.json<Body>().deactivatedAt).toBeNull();
      expect((await staff.post('/api/tasks', { titleEn: 'Late task', titleVi: 'Việc muộn', bodyId: health.id })).statusCode).toBe(201);
    });

    it('adds a member with a position, changes the position, removes the member', async () => {
      const health = bodyBySlug('sc-health');
      const dung = await person('nguyen-quoc-dung');
      const added = await admin.post(`/api/committee/bodies/${health.id}/members`, { personId: dung, position: 'head' });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json<Body>().members).toEqual([{ personId: dung, fullName: expect.any(String), position: 'head' }]);

      const twice = await admin.post(`/api/committee/bodies/${health.id}/members`, { personId: dung, position: 'member' });
      expect(twice.statusCode).toBe(409);
      expect(fields(twice)).toEqual(['personId']);

      const changed = await admin.patch(`/api/committee/bodies/${health.id}/members/${dung}`, { position: 'vice_chair' });
      expect(changed.json<Body>().members[0]?.position).toBe('vice_chair');

      const removed = await admin.delete(`/api/committee/bodies/${health.id}/members/${dung}`);
      expect(removed.statusCode).toBe(200);
      expect(removed.json<Body>().members).toEqual([]);
      expect((await admin.delete(`/api/committee/bodies/${health.id}/members/${dung}`)).statusCode).toBe(404);

      const events = (await admin.get('/api/changes?entityType=body_member')).json<{ events: Array<{ action: string }> }>().events;
      expect(events.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    });

    it('refuses bad input naming the field', async () => {
      const noName = await admin.post('/api/committee/bodies', { kind: 'subcommittee', nameEn: 'Nameless in Vietnamese' });
      expect(noName.statusCode).toBe(400);
      expect(fields(noName)).toEqual(['nameVi']);
      const badKind = await admin.post('/api/committee/bodies', { kind: 'club', nameEn: 'A', nameVi: 'B' });
      expect(fields(badKind)).toEqual(['kind']);
      const badParent = await admin.post('/api/committee/bodies', { kind: 'ministry', nameEn: 'A', nameVi: 'B', parentId: 999999 });
      expect(badParent.statusCode).toBe(400);
      expect(fields(badParent)).toEqual(['parentId']);
      const takenSlug = await admin.post('/api/committee/bodies', { kind: 'ministry', nameEn: 'A', nameVi: 'B', slug: 'moit' });
      expect(takenSlug.statusCode).toBe(409);
      expect(fields(takenSlug)).toEqual(['slug']);
      const nc = bodyBySlug('national-committee');
      const loop = await admin.patch(`/api/committee/bodies/${nc.id}`, { parentId: bodyBySlug('sc-content').id });
      expect(loop.statusCode).toBe(400);
      expect(fields(loop)).toEqual(['parentId']);
      const badPosition = await admin.post(`/api/committee/bodies/${nc.id}/members`, { personId: 1, position: 'king' });
      expect(fields(badPosition)).toEqual(['position']);
    });
  });

  describe('partners', () => {
    it("shows the United Kingdom's history: development partner, then full dialogue partner decided at the 54th AMM", async () => {
      const uk = (await anonymous.get('/api/parties/GB')).json<Party>();
      expect(uk.currentStatus).toBe('dialogue_partner');
      expect(uk.statuses.map((s) => [s.status, s.since, s.until, s.decidedAt?.id ?? null])).toEqual([
        ['development_partner', '2019-01-01', '2021-08-02', null],
        ['dialogue_partner', '2021-08-02', null, amm54],
      ]);
    });

    it('records a status change with its meeting; the status before ends that day and the current status is the latest', async () => {
      // Undo the United Kingdom's admission, then record it again through the API.
      const uk = (await admin.get('/api/parties/GB')).json<Party>();
      const latest = uk.statuses.at(-1)!;
      const older = uk.statuses[0]!;
      const notLatest = await admin.delete(`/api/parties/GB/statuses/${older.id}`);
      expect(notLatest.statusCode).toBe(409);
      expect((await admin.delete(`/api/parties/GB/statuses/${latest.id}`)).statusCode).toBe(200);
      const undone = (await admin.get('/api/parties/GB')).json<Party>();
      expect(undone.currentStatus).toBe('development_partner');
      expect(undone.statuses.map((s) => s.until)).toEqual([null]);

      const recorded = await admin.post('/api/parties/GB/statuses', {
        status: 'dialogue_partner',
        since: '2021-08-02',
        decidedAtMeetingId: amm54,
        noteEn: "ASEAN's 11th full dialogue partner",
        noteVi: 'Đối tác đối thoại đầy đủ thứ 11 của ASEAN',
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      const again = (await anonymous.get('/api/parties/GB')).json<Party>();
      expect(again.currentStatus).toBe('dialogue_partner');
      expect(again.statuses.map((s) => [s.status, s.until])).toEqual([
        ['development_partner', '2021-08-02'],
        ['dialogue_partner', null],
      ]);
      expect(again.statuses[1]!.decidedAt).toMatchObject({ id: amm54, titleEn: expect.stringContaining('54th') });
      const listed = (await anonymous.get('/api/parties')).json<{ parties: Array<{ code: string; currentStatus: string | null }> }>().parties;
      expect(listed.find((p) => p.code === 'GB')?.currentStatus).toBe('dialogue_partner');
      expect((await changes('partner_status', again.statuses[1]!.id)).map((e) => e.action)).toEqual(['create']);
    });

    it('refuses a status that does not follow the latest, naming the field', async () => {
      const early = await admin.post('/api/parties/GB/statuses', { status: 'observer', since: '2020-01-01' });
      expect(early.statusCode).toBe(400);
      expect(fields(early)).toEqual(['since']);
      const same = await admin.post('/api/parties/GB/statuses', { status: 'dialogue_partner', since: '2022-01-01' });
      expect(fields(same)).toEqual(['status']);
      const badDay = await admin.post('/api/parties/GB/statuses', { status: 'observer', since: '2022-02-30' });
      expect(badDay.statusCode).toBe(400);
      expect(fields(badDay)).toEqual(['since']);
      const badMeeting = await admin.post('/api/parties/GB/statuses', { status: 'observer', since: '2023-01-01', decidedAtMeetingId: 999999 });
      expect(fields(badMeeting)).toEqual(['decidedAtMeetingId']);
      const memberState = await admin.post('/api/parties/VN/statuses', { status: 'observer', since: '2023-01-01' });
      expect(memberState.statusCode).toBe(409);
      expect((await admin.post('/api/parties/XX/statuses', { status: 'observer', since: '2023-01-01' })).statusCode).toBe(404);
    });

    it("follows Brazil's application step by step; granted, it becomes the current status, decided at the step's meeting", async () => {
      const brazil = (await anonymous.get('/api/parties/BR')).json<Party>();
      expect(brazil.currentStatus).toBe('applicant');
      expect(brazil.applications).toEqual([
        {
          id: expect.any(Number),
          soughtStatus: 'sectoral_dialogue_partner',
          state: 'open',
          steps: [
            expect.objectContaining({ kind: 'submitted', on: '2021-01-01', meeting: null }),
            expect.objectContaining({ kind: 'considered', on: '2021-08-02', meeting: expect.objectContaining({ id: amm54 }) }),
          ],
        },
      ]);
      const app = brazil.applications[0]!;

      const backwards = await admin.post(`/api/parties/BR/applications/${app.id}/steps`, { kind: 'deferred', on: '2021-01-02' });
      expect(backwards.statusCode).toBe(400);
      expect(fields(backwards)).toEqual(['on']);
      const twice = await admin.post('/api/parties/BR/applications', { soughtStatus: 'sectoral_dialogue_partner', submittedOn: '2022-01-01' });
      expect(twice.statusCode).toBe(409);

      // A hypothetical outcome, for the test only: granted at a later meeting.
      const granted = await admin.post(`/api/parties/BR/applications/${app.id}/steps`, { kind: 'granted', on: '2022-08-03', meetingId: amm53 });
      expect(granted.statusCode, granted.body).toBe(201);
      const after = (await anonymous.get('/api/parties/BR')).json<Party>();
      expect(after.applications[0]!.state).toBe('granted');
      expect(after.currentStatus).toBe('sectoral_dialogue_partner');
      expect(after.statuses.at(-1)).toMatchObject({ status: 'sectoral_dialogue_partner', since: '2022-08-03', until: null, decidedAt: { id: amm53 } });
      expect(after.statuses.at(-2)).toMatchObject({ status: 'applicant', until: '2022-08-03' });

      const closed = await admin.post(`/api/parties/BR/applications/${app.id}/steps`, { kind: 'considered', on: '2023-01-01' });
      expect(closed.statusCode).toBe(409);
      expect(closed.json<ErrorBody>().code).toBe('application_closed');
      expect((await admin.post(`/api/parties/GB/applications/${app.id}/steps`, { kind: 'considered', on: '2023-01-01' })).statusCode).toBe(404);
    });

    it('opens an application with its submission', async () => {
      const res = await admin.post('/api/parties/PG/applications', {
        soughtStatus: 'dialogue_partner',
        submittedOn: '2024-03-01',
        noteEn: 'Test',
        noteVi: 'Thử',
      });
      expect(res.statusCode, res.body).toBe(201);
      const pg = (await anonymous.get('/api/parties/PG')).json<Party>();
      expect(pg.applications).toEqual([expect.objectContaining({ state: 'open', steps: [expect.objectContaining({ kind: 'submitted', on: '2024-03-01' })] })]);
      expect(pg.currentStatus).toBe('observer');
      const badKind = await admin.post(`/api/parties/PG/applications/${res.json<{ id: number }>().id}/steps`, { kind: 'submitted', on: '2024-04-01' });
      expect(fields(badKind)).toEqual(['kind']);
    });
  });

  describe('chairmanships', () => {
    it('shows the 2020→2021 handover: Viet Nam to Brunei at the close of the 37th Summit', async () => {
      const { chairmanships } = (await anonymous.get('/api/chairmanships')).json<Chairmanships>();
      const y2021 = chairmanships.find((c) => c.year === 2021)!;
      expect(y2021.chair.code).toBe('BN');
      expect(y2021.handover).toMatchObject({ from: { code: 'VN' }, on: '2020-11-15', meeting: { id: summit37 } });
      expect(y2021.handover?.eventEn).toContain('37th ASEAN Summit');
      expect(chairmanships.find((c) => c.year === 2020)!.handover).toBeNull();
    });

    it('records a year and its handover; the rotation follows the alphabet and a recorded exception swaps two turns', async () => {
      const refs = demoRefs(h.database.db);
      const id = await refs.party('ID');
      const my = await refs.party('MY');
      const created = await admin.post('/api/chairmanships', {
        year: 2023,
        chairPartyId: id,
        themeEn: 'Test theme',
        themeVi: 'Chủ đề thử',
        handoverOn: '2022-11-13',
        handoverEventEn: 'Handover at the close of the summit',
        handoverEventVi: 'Chuyển giao tại lễ bế mạc',
      });
      expect(created.statusCode, created.body).toBe(201);
      // Made up for the test: Malaysia takes 2024, the Lao PDR's turn by the alphabet.
      expect((await admin.post('/api/chairmanships', { year: 2024, chairPartyId: my, themeEn: 'T', themeVi: 'C' })).statusCode).toBe(201);

      const { chairmanships, rotation } = (await anonymous.get('/api/chairmanships')).json<Chairmanships>();
      expect(chairmanships.find((c) => c.year === 2023)?.handover).toMatchObject({ from: { code: 'KH' }, on: '2022-11-13', meeting: null });
      const year = (y: number) => rotation.find((r) => r.year === y)!;
      expect(year(2020)).toMatchObject({ chair: { code: 'VN' }, basis: 'recorded' });
      expect(year(2024)).toMatchObject({ chair: { code: 'MY' }, basis: 'recorded', ruleChair: { code: 'LA' } });
      expect(year(2025)).toMatchObject({ chair: { code: 'LA' }, basis: 'swap', ruleChair: { code: 'MY' }, swappedWith: 2024 });
      expect(year(2026)).toMatchObject({ chair: { code: 'MM' }, basis: 'rule' });

      const patched = await admin.patch('/api/chairmanships/2023', { themeVi: 'Chủ đề thử (sửa)', handoverMeetingId: summit37 });
      expect(patched.statusCode, patched.body).toBe(200);
      const after = (await anonymous.get('/api/chairmanships')).json<Chairmanships>().chairmanships.find((c) => c.year === 2023)!;
      expect(after.handover?.meeting?.id).toBe(summit37);
      expect((await admin.get('/api/changes?entityType=chairmanship')).json<{ events: Array<{ action: string }> }>().events.map((e) => e.action)).toEqual([
        'update',
        'create',
        'create',
      ]);
    });

    it('refuses a year recorded twice, a chair that is not a member and bad input, naming the field', async () => {
      const vn = await demoRefs(h.database.db).party('VN');
      const nz = await demoRefs(h.database.db).party('NZ');
      const twice = await admin.post('/api/chairmanships', { year: 2020, chairPartyId: vn, themeEn: 'T', themeVi: 'C' });
      expect(twice.statusCode).toBe(409);
      expect(fields(twice)).toEqual(['year']);
      const partner = await admin.post('/api/chairmanships', { year: 2030, chairPartyId: nz, themeEn: 'T', themeVi: 'C' });
      expect(partner.statusCode).toBe(400);
      expect(fields(partner)).toEqual(['chairPartyId']);
      const noTheme = await admin.post('/api/chairmanships', { year: 2030, chairPartyId: vn, themeEn: 'T' });
      expect(fields(noTheme)).toEqual(['themeVi']);
      const badYear = await admin.post('/api/chairmanships', { year: 'next', chairPartyId: vn, themeEn: 'T', themeVi: 'C' });
      expect(fields(badYear)).toEqual(['year']);
      const badDay = await admin.patch('/api/chairmanships/2021', { handoverOn: '15/11/2020' });
      expect(badDay.statusCode).toBe(400);
      expect(fields(badDay)).toEqual(['handoverOn']);
      expect((await admin.patch('/api/chairmanships/2099', { themeEn: 'X' })).statusCode).toBe(404);
    });
  });

  describe('who may write', () => {
    const writes: Array<[string, 'post' | 'patch' | 'delete', string, unknown]> = [
      ['create a body', 'post', '/api/committee/bodies', { kind: 'ministry', nameEn: 'A', nameVi: 'B' }],
      ['rename a body', 'patch', '/api/committee/bodies/1', { nameEn: 'Renamed' }],
      ['add a member', 'post', '/api/committee/bodies/1/members', { personId: 1, position: 'member' }],
      ['remove a member', 'delete', '/api/committee/bodies/1/members/1', undefined],
      ['record a status', 'post', '/api/parties/GB/statuses', { status: 'observer', since: '2030-01-01' }],
      ['open an application', 'post', '/api/parties/PG/applications', { soughtStatus: 'observer', submittedOn: '2030-01-01' }],
      ['record a chairmanship', 'post', '/api/chairmanships', { year: 2040, chairPartyId: 1, themeEn: 'T', themeVi: 'C' }],
      ['change a chairmanship', 'patch', '/api/chairmanships/2020', { themeEn: 'T' }],
    ];

    it.each(writes)('only an admin may %s: 403 for staff and committee members, 401 without a session', async (_what, method, url, body) => {
      for (const client of [staff, member]) {
        const res = await client[method](url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
      expect((await anonymous[method](url, body)).statusCode).toBe(401);
    });

    it('reads stay as they were: bodies for insiders, partners and chairmanships for everyone', async () => {
      expect((await member.get('/api/committee/bodies')).statusCode).toBe(200);
      expect((await anonymous.get('/api/committee/bodies')).statusCode).toBe(401);
      expect((await anonymous.get('/api/parties/BR')).statusCode).toBe(200);
      expect((await anonymous.get('/api/chairmanships')).statusCode).toBe(200);
    });
  });
});
