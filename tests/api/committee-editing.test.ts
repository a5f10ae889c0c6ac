import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRefs } from '../../src/server/demo/refs.js';
import { engines } from '../helpers/database.js';
import { newDeliverable } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { deliverableDetail, sessionDetail } from '../../src/server/committee/schemas.js';
import type { Answer } from '../helpers/answer.js';

type Detail = Answer<typeof deliverableDetail>;
type Session = Answer<typeof sessionDetail>;

describe.each(engines)('editing deliverables and sessions on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let bodyIds: Record<string, number>;
  let summit37: number;
  let amm53: number;
  let d: Detail;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    const bodies = (await staff.get('/api/committee/bodies')).json<{ bodies: Array<{ id: number; slug: string }> }>().bodies;
    bodyIds = Object.fromEntries(bodies.map((b) => [b.slug, b.id]));
    const refs = demoRefs(h.database.db);
    summit37 = await refs.meeting('summit-37');
    amm53 = await refs.meeting('amm-53');
    const created = await staff.post('/api/deliverables', {
      titleEn: 'Digital transformation statement',
      titleVi: 'Tuyên bố về chuyển đổi số',
      year: 2020,
      startedOn: '2020-06-01',
      ownerBodyIds: [bodyIds.mic],
      milestones: [{ titleEn: 'Draft', titleVi: 'Dự thảo', beforeMeetingId: amm53 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    d = created.json<Detail>();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("changes a deliverable's titles, proposer, year, weight, parent, owners and meetings", async () => {
    const parent = (await staff.get('/api/deliverables'))
      .json<{ deliverables: Array<{ id: number; slug: string }> }>()
      .deliverables.find((x) => x.slug === 'covid19-outcomes')!;
    const vn = (await staff.get('/api/parties/VN')).json<{ id: number }>().id;
    const res = await staff.patch(`/api/deliverables/${d.id}`, {
      titleEn: 'Statement on digital transformation',
      titleVi: 'Tuyên bố về chuyển đổi số (sửa)',
      proposerPartyId: vn,
      year: 2021,
      weight: 2,
      parentId: parent.id,
      ownerBodyIds: [bodyIds.mic, bodyIds.moit, bodyIds.mic],
      meetingIds: [summit37],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<Detail>();
    expect(after).toMatchObject({ titleEn: 'Statement on digital transformation', year: 2021, weight: 2, parentId: parent.id, proposer: { id: vn } });
    expect(after.owners.map((o) => o.id).sort()).toEqual([bodyIds.mic, bodyIds.moit].sort());
    expect(after.meetings.map((m) => m.id)).toEqual([summit37]);
    // Detach again, and clear the weight.
    const back = (await staff.patch(`/api/deliverables/${d.id}`, { parentId: null, weight: null })).json<Detail>();
    expect([back.parentId, back.weight]).toEqual([null, null]);
    expect(back.owners.length).toBe(2);
  });

  it('refuses a parent that would make a cycle, unknown owners, and an empty change', async () => {
    const child = await newDeliverable<Detail>(staff, { titleEn: 'Child', titleVi: 'Con', year: 2020, startedOn: '2020-06-01', parentId: d.id });
    const cycle = await staff.patch(`/api/deliverables/${d.id}`, { parentId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json<ErrorBody>().error).toContain(`#${d.id} → #${child.id} → #${d.id}`);
    expect(cycle.json<ErrorBody>().details![0]!.path).toBe('parentId');
    const self = await staff.patch(`/api/deliverables/${d.id}`, { parentId: d.id });
    expect(self.statusCode).toBe(400);
    const owners = await staff.patch(`/api/deliverables/${d.id}`, { ownerBodyIds: [bodyIds.mic, 999_999] });
    expect(owners.statusCode).toBe(400);
    expect(owners.json<ErrorBody>().details).toEqual([{ path: 'ownerBodyIds.1', message: 'no body 999999' }]);
    expect((await staff.patch(`/api/deliverables/${d.id}`, {})).statusCode).toBe(400);
    expect((await staff.patch('/api/deliverables/9999999', { year: 2020 })).statusCode).toBe(404);
  });

  it('lets only staff edit deliverables', async () => {
    expect((await focal.patch(`/api/deliverables/${d.id}`, { year: 2020 })).statusCode).toBe(403);
  });

  it('moves a milestone from "before a meeting" to a day and back, marks it met, and removes one', async () => {
    const m = d.milestones[0]!;
    expect(m.dueOn).toBe('2020-09-08');
    const dated = (await staff.patch(`/api/deliverables/${d.id}/milestones/${m.id}`, { dueOn: '30/10/2020' })).json<Detail>();
    expect(dated.milestones[0]).toMatchObject({ dueOn: '2020-10-30', beforeMeeting: null });
    const res = await staff.patch(`/api/deliverables/${d.id}/milestones/${m.id}`, { beforeMeetingId: summit37, metOn: '2020-11-05' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>().milestones[0]).toMatchObject({ dueOn: '2020-11-11', beforeMeeting: { id: summit37 }, metOn: '2020-11-05' });

    const bad = await staff.patch(`/api/deliverables/${d.id}/milestones/${m.id}`, { beforeMeetingId: 999_999 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().details![0]!.path).toBe('beforeMeetingId');
    const both = await staff.patch(`/api/deliverables/${d.id}/milestones/${m.id}`, { dueOn: '2020-10-01', beforeMeetingId: amm53 });
    expect(both.statusCode).toBe(400);
    expect((await staff.patch(`/api/deliverables/${d.id}/milestones/${m.id}`, { dueOn: '31/02/2020' })).statusCode).toBe(400);

    const added = (await staff.post(`/api/deliverables/${d.id}/milestones`, { titleEn: 'Extra', titleVi: 'Thêm', dueOn: '2020-12-01' })).json<Detail>();
    const extra = added.milestones.find((x) => x.titleEn === 'Extra')!;
    const removed = await staff.delete(`/api/deliverables/${d.id}/milestones/${extra.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json<Detail>().milestones.map((x) => x.id)).toEqual([m.id]);
    expect((await staff.delete(`/api/deliverables/${d.id}/milestones/${extra.id}`)).statusCode).toBe(404);
  });

  it('records progress on a day and removes an update recorded by mistake', async () => {
    // A deliverable without sub-deliverables: its progress is its own.
    const { id } = await newDeliverable<Detail>(staff, { titleEn: 'Leaf', titleVi: 'Lá', year: 2020, startedOn: '2020-06-01' });
    await staff.post(`/api/deliverables/${id}/progress`, { percent: 30, recordedOn: '2020-07-01' });
    const wrong = (await staff.post(`/api/deliverables/${id}/progress`, { percent: 90, recordedOn: '2020-07-02' })).json<Detail>();
    expect(wrong.progress).toBe(90);
    const last = wrong.progressUpdates.at(-1)!;
    const fixed = (await staff.delete(`/api/deliverables/${id}/progress/${last.id}`)).json<Detail>();
    expect(fixed.progressUpdates.map((u) => u.percent)).toEqual([30]);
    expect(fixed.progress).toBe(30);
  });

  it("edits a session's minutes and attendees, refusing unknown people", async () => {
    const people = (await staff.get('/api/people')).json<{ people: Array<{ id: number; fullName: string }> }>().people;
    const minh = people.find((p) => p.fullName === 'Phạm Bình Minh')!;
    const dung = people.find((p) => p.fullName === 'Nguyễn Quốc Dũng')!;
    const res = await staff.patch('/api/committee/sessions/6', {
      minutes: 'Phiên họp thống nhất các nhiệm vụ chuẩn bị Hội nghị Cấp cao 37.',
      attendeePersonIds: [dung.id, minh.id, dung.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<Session>();
    expect(s.minutes).toBe('Phiên họp thống nhất các nhiệm vụ chuẩn bị Hội nghị Cấp cao 37.');
    expect(s.attendees.map((p) => p.fullName)).toEqual(['Nguyễn Quốc Dũng', 'Phạm Bình Minh']);

    const bad = await staff.patch('/api/committee/sessions/6', { attendeePersonIds: [minh.id, 999_999] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().details).toEqual([{ path: 'attendeePersonIds.1', message: 'no person 999999' }]);
    expect((await staff.patch('/api/committee/sessions/99', { minutes: 'x' })).statusCode).toBe(404);
    expect((await focal.patch('/api/committee/sessions/6', { minutes: 'x' })).statusCode).toBe(403);

    const events = (await staff.get('/api/changes?entityType=committee_session&limit=5')).json<{
      events: Array<{ action: string; changes: Record<string, unknown> }>;
    }>().events;
    expect(events[0]).toMatchObject({ action: 'update', changes: { minutes: { from: null } } });
  });

  it("keeps a session's summary in both languages", async () => {
    const before = (await staff.get('/api/committee/sessions/6')).json<{ report: string | null; reportEn: string | null }>();
    expect(before.report).toMatch(/^Tổng Thư ký/);
    expect(before.reportEn).toMatch(/^Secretary-General/);
    const res = await staff.patch('/api/committee/sessions/6', { reportEn: 'The committee agreed the tasks for the 37th Summit.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ report: string | null; reportEn: string | null }>()).toMatchObject({
      report: before.report,
      reportEn: 'The committee agreed the tasks for the 37th Summit.',
    });
  });
});
