import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/server/committee/core/dates.js';
import { demoRefs } from '../../src/server/demo/refs.js';
import { engines } from '../helpers/database.js';
import { newMeeting, newTask } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { body, deliverableSummary, taskView } from '../../src/server/committee/schemas.js';
import type { Answer } from '../helpers/answer.js';

type Task = Answer<typeof taskView>;
type Body = Answer<typeof body>;
type Deliverable = Answer<typeof deliverableSummary>;

describe.each(engines)('the committee on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let member: Client;
  let bodies: Body[];
  const bodyId = (slug: string) => bodies.find((b) => b.slug === slug)!.id;
  let summit37: number;
  let amm53: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    member = await h.signIn('committee@gavel.demo');
    bodies = (await staff.get('/api/committee/bodies')).json<{ bodies: Body[] }>().bodies;
    const refs = demoRefs(h.database.db);
    summit37 = await refs.meeting('summit-37');
    amm53 = await refs.meeting('amm-53');
  });
  afterAll(async () => {
    await h?.close();
  });

  const validTask = () => ({
    titleEn: 'Draft the chairman’s statement',
    titleVi: 'Dự thảo Tuyên bố của Chủ tịch',
    bodyId: bodyId('sc-content'),
    beforeMeetingId: summit37,
  });

  it('has the National Committee with its chair, vice-chairs and secretary-general', () => {
    const nc = bodies.find((b) => b.slug === 'national-committee')!;
    expect(nc.members.map((m) => `${m.position}:${m.fullName}`)).toEqual([
      'chair:Phạm Bình Minh',
      'vice_chair:Mai Tiến Dũng',
      'vice_chair:Trần Tuấn Anh',
      'secretary_general:Nguyễn Quốc Dũng',
    ]);
    expect(bodies.filter((b) => b.kind === 'subcommittee').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses the committee to anonymous visitors and journalists', async () => {
    expect((await (await h.anonymous()).get('/api/deliverables')).statusCode).toBe(401);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get('/api/tasks')).statusCode).toBe(403);
  });

  it('computes the four COVID-19 outcomes’ status as of a day, and rolls their progress up', async () => {
    const list = async (asOf: string) => (await member.get(`/api/deliverables?asOf=${asOf}`)).json<{ deliverables: Deliverable[] }>().deliverables;
    const before = await list('2020-11-01');
    const by = (l: Deliverable[], slug: string) => l.find((d) => d.slug === slug)!;
    // Eve of the 37th Summit (12 Nov, Hanoi) is 11 Nov: within 14 days of 1 Nov.
    expect(by(before, 'regional-reserve-medical-supplies').nextDue).toBe('2020-11-11');
    expect(by(before, 'regional-reserve-medical-supplies').status).toBe('at_risk');
    // Only what was recorded by 1 Nov counts: the fund stood at 70 % with its launch 10 days away.
    expect(by(before, 'covid19-response-fund').status).toBe('at_risk');
    expect(by(await list('2020-09-01'), 'covid19-response-fund').status).toBe('on_track');
    // The parent rolls up the plain average of its four children: 70, 75, 70, 85.
    expect(by(before, 'covid19-outcomes').progress).toBe(75);
    // By the summit's eve the four were delivered; the mid-term review went out two days late.
    const opening = await list('2020-11-12');
    for (const slug of [
      'covid19-response-fund',
      'regional-reserve-medical-supplies',
      'sop-public-health-emergencies',
      'post-covid19-recovery-plan',
      'covid19-outcomes',
    ]) {
      expect(by(opening, slug).status, slug).toBe('done');
    }
    expect(by(opening, 'acv2025-mid-term-review').status).toBe('late');
    expect(by(await list('2020-11-20'), 'acv2025-mid-term-review').status).toBe('done');
  });

  it('moves a milestone "before the 53rd AMM" with the meeting', async () => {
    const d = (await staff.get('/api/deliverables')).json<{ deliverables: Deliverable[] }>().deliverables;
    const fund = d.find((x) => x.slug === 'covid19-response-fund')!;
    const dueOf = async (id: number) => (await staff.get(`/api/deliverables/${id}`)).json<{ milestones: Array<{ dueOn: string }> }>().milestones[0]!.dueOn;
    expect(await dueOf(fund.id)).toBe('2020-09-08');
    // The 53rd AMM was held: its times are history and stay. A meeting still to come carries its milestone along.
    const m = (await staff.get(`/api/meetings/${amm53}`)).json<{ startsAt: string; endsAt: string }>();
    const shift = (iso: string) => new Date(new Date(iso).getTime() + 7 * 86_400_000).toISOString();
    expect((await staff.patch(`/api/meetings/${amm53}`, { startsAt: shift(m.startsAt), endsAt: shift(m.endsAt) })).statusCode).toBe(409);
    const seriesId = (await staff.get('/api/series')).json<{ series: Array<{ id: number }> }>().series[0]!.id;
    const coming = await newMeeting(staff, seriesId, { startsAt: '2031-06-10T08:00:00+07:00', endsAt: '2031-06-10T10:00:00+07:00' });
    const made = await staff.post('/api/deliverables', {
      titleEn: 'Milestone test',
      titleVi: 'Thử mốc',
      year: 2031,
      startedOn: '2031-01-01',
      milestones: [{ titleEn: 'Draft ready', titleVi: 'Dự thảo sẵn sàng', beforeMeetingId: coming.id }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: number }>().id;
    expect(await dueOf(id)).toBe('2031-06-09');
    expect(
      (await staff.patch(`/api/meetings/${coming.id}`, { startsAt: shift('2031-06-10T01:00:00Z'), endsAt: shift('2031-06-10T03:00:00Z') })).statusCode,
    ).toBe(200);
    expect(await dueOf(id)).toBe('2031-06-16');
  });

  it('records progress and refuses a percentage outside 0–100', async () => {
    const created = await staff.post('/api/deliverables', {
      titleEn: 'Test deliverable',
      titleVi: 'Kết quả thử',
      year: 2020,
      startedOn: '01/06/2020',
      ownerBodyIds: [bodyId('moh')],
      milestones: [{ titleEn: 'One', titleVi: 'Một', beforeMeetingId: summit37 }],
    });
    expect(created.statusCode).toBe(201);
    const d = created.json<{ id: number; milestones: Array<{ dueOn: string }> }>();
    expect(d.milestones[0]!.dueOn).toBe('2020-11-11');
    for (const percent of [101, -1]) {
      const bad = await staff.post(`/api/deliverables/${d.id}/progress`, { percent });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorBody>().details![0]!.path).toBe('percent');
    }
    const ok = await staff.post(`/api/deliverables/${d.id}/progress`, { percent: 60, note: 'halfway', recordedOn: '2020-10-01' });
    expect(ok.json<{ progress: number }>().progress).toBe(60);
  });

  it('refuses a milestone before a meeting that does not exist', async () => {
    const d = (await staff.get('/api/deliverables')).json<{ deliverables: Deliverable[] }>().deliverables[0]!;
    const res = await staff.post(`/api/deliverables/${d.id}/milestones`, { titleEn: 'x', titleVi: 'x', beforeMeetingId: 999_999 });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().details).toEqual([{ path: 'beforeMeetingId', message: 'no meeting 999999' }]);
  });

  it('refuses a task for a body that does not exist', async () => {
    const res = await staff.post('/api/tasks', { ...validTask(), bodyId: 999_999 });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().details![0]!.path).toBe('bodyId');
  });

  it('normalizes accepted date forms and refuses others', async () => {
    for (const [input, stored] of [
      ['2020-11-05', '2020-11-05'],
      ['05/11/2020', '2020-11-05'],
      ['2020-11-05T09:00:00+07:00', '2020-11-05'],
    ]) {
      const res = await staff.post('/api/tasks', { ...validTask(), beforeMeetingId: undefined, dueOn: input });
      expect(res.statusCode, input).toBe(201);
      expect(res.json<Task>().due).toBe(stored);
    }
    for (const bad of ['11/31/2020', '5 Nov 2020', '2020-02-30']) {
      const res = await staff.post('/api/tasks', { ...validTask(), beforeMeetingId: undefined, dueOn: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json<ErrorBody>().details![0]!.path).toBe('dueOn');
    }
  });

  it('refuses a sub-task cycle, naming it', async () => {
    const task = (fields: Record<string, unknown> = {}) => newTask<Task>(staff, bodyId('sc-content'), { ...validTask(), ...fields });
    const a = (await task()).id;
    const b = (await task({ parentId: a })).id;
    const c = (await task({ parentId: b })).id;
    const res = await staff.patch(`/api/tasks/${a}`, { parentId: c });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('sub_task_cycle');
    expect(body.error).toContain(`#${a} → #${c} → #${b} → #${a}`);
    expect(body.details![0]!.path).toBe('parentId');
  });

  it('lets a focal point see and update only its own body’s tasks', async () => {
    const mine = (await focal.get('/api/tasks?mine=true')).json<{ tasks: Task[] }>().tasks;
    expect(mine.length).toBe(2);
    expect(mine.every((t) => t.body.id === bodyId('moit'))).toBe(true);
    const done = await focal.patch(`/api/tasks/${mine[0]!.id}`, { status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(done.json<Task>().status).toBe('done');

    const all = (await focal.get('/api/tasks')).json<{ tasks: Task[] }>().tasks;
    const other = all.find((t) => t.body.id !== bodyId('moit'))!;
    const refused = await focal.patch(`/api/tasks/${other.id}`, { status: 'done' });
    expect(refused.statusCode).toBe(403);
    // Nor move its own task to another body.
    expect((await focal.patch(`/api/tasks/${mine[1]!.id}`, { bodyId: other.body.id })).statusCode).toBe(403);
    // Comments follow the same rule, and show on the task.
    expect((await focal.post(`/api/tasks/${mine[1]!.id}/comments`, { body: 'Bản thảo đã gửi Văn phòng Chính phủ' })).statusCode).toBe(201);
    expect((await focal.post(`/api/tasks/${other.id}/comments`, { body: 'x' })).statusCode).toBe(403);
    const detail = (await staff.get(`/api/tasks/${mine[1]!.id}`)).json<{ comments: Array<{ author: string; body: string }> }>();
    expect(detail.comments).toEqual([
      expect.objectContaining({ author: 'Ministry of Industry and Trade Focal Point', body: 'Bản thảo đã gửi Văn phòng Chính phủ' }),
    ]);
    // A committee member reads but does not write.
    expect((await member.patch(`/api/tasks/${other.id}`, { status: 'done' })).statusCode).toBe(403);
  });

  it('remembers the day a task was closed: before it, the task was still to do; reopening forgets it', async () => {
    const id = (await staff.post('/api/tasks', { ...validTask(), beforeMeetingId: undefined, dueOn: '2020-11-05' })).json<Task>().id;
    const today = todayIn();
    const done = (await staff.patch(`/api/tasks/${id}`, { status: 'done' })).json<Task>();
    expect([done.status, done.closedOn, done.overdue]).toEqual(['done', today, false]);
    const asOf = async (day: string) => (await member.get(`/api/tasks/${id}?asOf=${day}`)).json<Task>();
    // Replaying 2020: done only years later, so open and overdue then.
    expect(await asOf('2020-11-20')).toMatchObject({ status: 'open', overdue: true, closedOn: null });
    const filtered = async (status: string, day: string) =>
      (await member.get(`/api/tasks?status=${status}&asOf=${day}`)).json<{ tasks: Task[] }>().tasks.map((t) => t.id);
    expect(await filtered('open', '2020-11-20')).toContain(id);
    expect(await filtered('done', '2020-11-20')).not.toContain(id);
    expect(await filtered('done', today)).toContain(id);
    // Touching it again while done keeps the day; reopening clears it.
    expect((await staff.patch(`/api/tasks/${id}`, { status: 'done', priority: 'high' })).json<Task>().closedOn).toBe(today);
    expect((await staff.patch(`/api/tasks/${id}`, { status: 'in_progress' })).json<Task>()).toMatchObject({
      status: 'in_progress',
      closedOn: null,
      overdue: true,
    });
    expect((await staff.patch(`/api/tasks/${id}`, { status: 'cancelled' })).json<Task>()).toMatchObject({
      status: 'cancelled',
      closedOn: today,
      overdue: false,
    });
  });

  it('records a decision that creates tasks in one step, notifies, and carries open ones over to the next session', async () => {
    const six = await staff.post('/api/committee/sessions/6/decisions', {
      textEn: 'Prepare the closing ceremony',
      textVi: 'Chuẩn bị lễ bế mạc',
      tasks: [
        { titleEn: 'Closing ceremony scenario', titleVi: 'Kịch bản lễ bế mạc', bodyId: bodyId('sc-protocol-logistics'), beforeMeetingId: summit37 },
        { titleEn: 'Closing trade briefing', titleVi: 'Thông tin thương mại bế mạc', bodyId: bodyId('moit'), dueOn: '10/11/2020', priority: 'high' },
      ],
    });
    expect(six.statusCode).toBe(201);
    const decisions = six.json<{ decisions: Array<{ textEn: string; tasks: Task[] }> }>().decisions;
    expect(decisions.at(-1)!.tasks.map((t) => t.titleEn)).toEqual(['Closing ceremony scenario', 'Closing trade briefing']);

    const notes = (await focal.get('/api/notifications')).json<{ notifications: Array<{ kind: string; task: Task | null }> }>();
    expect(notes.notifications.some((n) => n.kind === 'assigned' && n.task?.titleEn === 'Closing trade briefing')).toBe(true);

    const bad = await staff.post('/api/committee/sessions/6/decisions', {
      textEn: 'x',
      textVi: 'x',
      tasks: [{ titleEn: 'x', titleVi: 'x', bodyId: 999_999 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().details![0]!.path).toBe('tasks.0.bodyId');

    const seven = await staff.post('/api/committee/sessions', { number: 7, heldOn: '2020-12-15' });
    expect(seven.statusCode).toBe(201);
    const carried = seven.json<{ carriedOver: Task[] }>().carriedOver;
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((t) => t.sessionNumber === 6 && (t.status === 'open' || t.status === 'in_progress'))).toBe(true);
    expect(carried.some((t) => t.titleEn === 'Finalize the programme of the summits')).toBe(false);
    expect(carried.some((t) => t.titleEn === 'Closing trade briefing')).toBe(true);
  });

  it('shows readiness for the 37th Summit: deliverables by status, tasks by body, overdue items', async () => {
    type Dashboard = {
      deliverablesByStatus: Record<string, number>;
      deliverables: Deliverable[];
      tasksByBody: Array<{ nameEn: string; overdue: number; counts: Record<string, number> }>;
      overdueTasks: Task[];
    };
    const dashboard = async (asOf: string) => {
      const res = await member.get(`/api/committee/dashboard?meeting=summit-37&asOf=${asOf}`);
      expect(res.statusCode).toBe(200);
      return res.json<Dashboard>();
    };
    const security = (d: Dashboard) => d.tasksByBody.find((b) => b.nameEn === 'Security Subcommittee')!;
    // On the opening day: one deliverable and a few tasks late, the rest ready.
    const opening = await dashboard('2020-11-12');
    // (Besides the test deliverable recorded above, whose milestone was never met.)
    const late = opening.deliverables.filter((d) => d.status === 'late').map((d) => d.slug);
    expect(late.filter((slug) => slug !== null)).toEqual(['acv2025-mid-term-review']);
    expect(opening.deliverablesByStatus.late).toBe(late.length);
    expect(security(opening).overdue).toBe(1);
    expect(security(opening).counts.open).toBe(1);
    expect(opening.overdueTasks.every((t) => t.overdue && t.closedOn === null)).toBe(true);
    expect(new Set(opening.overdueTasks.map((t) => t.body.nameEn)).size).toBeGreaterThan(1);
    // The Security Subcommittee finished on 15 Nov: done, and no longer overdue, a week later.
    const week = await dashboard('2020-11-20');
    expect(security(week).overdue).toBe(0);
    expect(security(week).counts.done).toBe(1);
    expect(week.overdueTasks.map((t) => t.body.nameEn)).not.toContain('Security Subcommittee');
    expect((await member.get('/api/committee/dashboard?meeting=no-such-meeting')).statusCode).toBe(404);
  });

  it('shows a finished meeting as it stood when it opened, unless asked for another day', async () => {
    const shown = (await member.get('/api/committee/dashboard?meeting=summit-37')).json<{ today: string; asOfRule: string; overdueTasks: Task[] }>();
    // The 37th Summit opened on 12 Nov 2020 (Hanoi) and is long over.
    expect([shown.today, shown.asOfRule]).toEqual(['2020-11-12', 'meeting_opened']);
    // What was due on its eve and not done was late then.
    expect(shown.overdueTasks.map((t) => t.due)).toContain('2020-11-11');
    const asked = (await member.get('/api/committee/dashboard?meeting=summit-37&asOf=01/11/2020')).json<{ today: string; asOfRule: string }>();
    expect([asked.today, asked.asOfRule]).toEqual(['2020-11-01', 'asked']);
    expect((await member.get('/api/committee/dashboard?meeting=summit-37&asOf=yesterday')).statusCode).toBe(400);
  });

  it('gives a focal point a daily digest, and announces each overdue task once', async () => {
    const digest = async () => (await focal.get('/api/notifications/digest?asOf=2020-11-20')).json<{ overdue: Task[]; unread: number }>();
    const first = await digest();
    expect(first.overdue.length).toBeGreaterThan(0);
    expect(first.overdue.every((t) => t.body.id === bodyId('moit'))).toBe(true);
    const overdueNotes = async () =>
      (await focal.get('/api/notifications'))
        .json<{ notifications: Array<{ kind: string; task: Task | null }> }>()
        .notifications.flatMap((n) => (n.kind === 'overdue' && n.task ? [n.task.id] : []));
    const notes = await overdueNotes();
    for (const t of first.overdue)
      expect(
        notes.filter((id) => id === t.id),
        t.titleEn,
      ).toHaveLength(1);
    await digest();
    expect(await overdueNotes()).toEqual(notes);
  });
});
