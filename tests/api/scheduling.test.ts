import { once } from 'node:events';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { clientRequests, copyAmm53 } from '../helpers/amm53-copy.js';
import { smallInstance } from '../helpers/small-instance.js';
import { solveEvents } from '../../src/server/scheduling/solve-pool.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

const vevents = (body: string): VEvent[] => Object.values(ical.sync.parseICS(body)).filter((e): e is VEvent => e?.type === 'VEVENT');

interface OptimizeAnswer {
  result: {
    status: string;
    solver: string;
    starts: Record<string, string>;
    burden: Record<string, number>;
    objective: { max: number; total: number } | null;
    provenOptimal: boolean;
  };
  explanation?: { status: string; conflict: Array<{ kind: string; meeting?: string }>; relaxations: Array<{ kind: string }> };
  breakdown: Array<{ delegation: string; burden: number; meetings: Array<{ meeting: string; cost: number }> }>;
  cluster?: { id: number; meetings: Array<{ id: number; titleEn: string; startsAt: string; fixed: boolean }> };
}

const small = () => smallInstance('2020-09-26');

describe.each(engines)('scheduling API on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let clusterId: number;
  let copyId: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    const clusters = (await h.app.inject('/api/clusters')).json<{ clusters: Array<{ id: number; titleEn: string }> }>().clusters;
    clusterId = clusters.find((c) => c.titleEn.startsWith('53rd AMM'))!.id;
    // The demo's AMM-53 meetings were held in 2020 and stay where they are: what is solved, moved and accepted is a copy still to come.
    copyId = await copyAmm53(clientRequests(staff));
  });
  afterAll(async () => {
    await h?.close();
  });

  const expect400 = async (body: unknown, path: string, pattern?: RegExp) => {
    const res = await staff.post('/api/schedule/optimize', body);
    expect(res.statusCode, res.body).toBe(400);
    const err = res.json<ErrorBody>();
    const detail = err.details?.find((d) => d.path === path);
    expect(detail, JSON.stringify(err.details)).toBeDefined();
    if (pattern) expect(detail!.message).toMatch(pattern);
  };

  it('optimizes an explicit instance exactly and respects the precedence', async () => {
    const res = await staff.post('/api/schedule/optimize', { ...small(), solver: 'exact' });
    expect(res.statusCode, res.body).toBe(200);
    const { result } = res.json<OptimizeAnswer>();
    expect(result).toMatchObject({ status: 'optimal', solver: 'exact', provenOptimal: true });
    // What it proves, per objective part (docs/scheduling.md, "What an answer proves").
    const proven = { status: 'optimal', gap: 0 };
    expect(res.json<{ result: Record<string, unknown> }>().result).toMatchObject({
      chosen: 'exact',
      ran: ['exact'],
      gap: 0,
      parts: {
        max: { ...proven, value: result.objective!.max, bound: result.objective!.max },
        total: { ...proven, value: result.objective!.total, bound: result.objective!.total },
      },
    });
    // 'auto' runs both solvers and says whose schedule it returns; never a worse one.
    const auto = (await staff.post('/api/schedule/optimize', { ...small(), solver: 'auto' })).json<{
      result: { chosen: string; ran: string[]; objective: { max: number; total: number }; provenOptimal: boolean };
    }>().result;
    expect(auto.ran).toEqual(['heuristic', 'exact']);
    expect(['exact', 'heuristic']).toContain(auto.chosen);
    expect(auto.objective).toEqual(result.objective);
    expect(auto.provenOptimal).toBe(true);
    const som = Date.parse(result.starts.som!);
    const amm = Date.parse(result.starts.amm!);
    expect(amm - som).toBeGreaterThanOrEqual((120 + 15) * 60_000);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const zone = small();
    zone.delegations[1]!.timeZone = 'Pacific/Atlantis';
    await expect400(zone, 'delegations.1.timeZone', /Unknown time zone/);
    await expect400(
      {
        ...small(),
        precedences: [
          { before: 'som', after: 'amm' },
          { before: 'amm', after: 'som' },
        ],
      },
      'precedences',
      /amm → som → amm|som → amm → som/,
    );
    const long = small();
    long.meetings[0]!.durationMinutes = 3 * 24 * 60;
    await expect400(long, 'meetings.0.durationMinutes', /longer than the cluster window/);
    const nobody = small();
    nobody.meetings[1]!.participants = [];
    await expect400(nobody, 'meetings.1.participants', /no participants/);
    await expect400({ ...small(), principalDailyCapMinutes: 60 }, 'principalDailyCapMinutes', /smaller than meeting/);
    await expect400({ solver: 'exact' }, 'meetings');
  });

  it('explains an infeasible instance', async () => {
    const inst = small();
    inst.meetings[0]!.durationMinutes = 600;
    inst.meetings[1]!.durationMinutes = 600;
    const res = await staff.post('/api/schedule/optimize', {
      ...inst,
      window: { from: '2020-09-26', to: '2020-09-26' },
      principalDailyCapMinutes: 900,
      solver: 'exact',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<OptimizeAnswer>();
    expect(body.result.status).toBe('infeasible');
    expect(body.explanation!.status).toBe('infeasible');
    expect(body.explanation!.conflict.length).toBeGreaterThan(1);
  });

  it('finds ranked slots for one meeting', async () => {
    const inst = small();
    const res = await staff.post('/api/schedule/slots', {
      hostTimeZone: inst.hostTimeZone,
      window: inst.window,
      delegations: inst.delegations,
      meeting: inst.meetings[1],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ ranked: Array<{ worst: number; total: number }>; bands: unknown[] }>();
    expect(body.bands).toHaveLength(3);
    const keys = body.ranked.map((r) => [r.worst, r.total]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('keeps the optimizer and accept away from people who may not use them', async () => {
    const anonymous = await h.anonymous();
    expect((await anonymous.post('/api/schedule/optimize', { clusterId })).statusCode).toBe(401);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.post('/api/schedule/optimize', { clusterId })).statusCode).toBe(403);
    const committee = await h.signIn('committee@gavel.demo');
    expect((await committee.post('/api/schedule/accept', { clusterId, starts: {} })).statusCode).toBe(403);
  });

  it('answers other requests while a solve runs in the worker thread', async () => {
    const order: string[] = [];
    const dispatched = once(solveEvents, 'dispatched');
    // The heuristic searches until its budget is spent, so the solve lasts ~2 s.
    const optimizing = staff.post('/api/schedule/optimize', { clusterId: copyId, solver: 'heuristic', timeBudgetMs: 2000 }).then((res) => {
      order.push('optimize');
      return res;
    });
    await dispatched;
    const health = await h.app.inject('/api/health');
    order.push('health');
    expect(health.statusCode).toBe(200);
    const res = await optimizing;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<OptimizeAnswer>().result.solver).toBe('heuristic');
    expect(order).toEqual(['health', 'optimize']);
  });

  it('optimizes the AMM-53 cluster, accepts it in one change-logged write, and fills the ledger', async () => {
    const res = await staff.post('/api/schedule/optimize', { clusterId: copyId, solver: 'exact', timeBudgetMs: 60_000 });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<OptimizeAnswer>();
    expect(body.result.provenOptimal).toBe(true);
    const opening = body.cluster!.meetings.find((m) => m.fixed)!;
    expect(body.result.starts[String(opening.id)]).toBe(opening.startsAt);

    const before = (await staff.get('/api/changes?limit=500')).json<{ events: unknown[] }>().events.length;
    const accepted = await staff.post('/api/schedule/accept', { clusterId: copyId, starts: body.result.starts });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { moved } = accepted.json<{ moved: number }>();
    expect(moved).toBeGreaterThan(0);
    const after = (await staff.get('/api/changes?limit=500')).json<{ events: unknown[] }>().events.length;
    expect(after - before).toBe(moved + 1);

    const meeting = (await h.app.inject(`/api/meetings/${body.cluster!.meetings[1]!.id}`)).json<{ startsAt: string }>();
    expect(Date.parse(meeting.startsAt)).toBe(Date.parse(body.result.starts[String(body.cluster!.meetings[1]!.id)]!));

    const ledger = (await staff.get('/api/schedule/ledger?year=2027')).json<{ delegations: Array<{ partyCode: string; total: number }> }>();
    expect(ledger.delegations.find((d) => d.partyCode === 'US')!.total).toBe(body.result.burden.US);
    expect(Math.max(...ledger.delegations.map((d) => d.total))).toBe(body.result.objective!.max);
  }, 120_000);

  it('refuses a schedule that breaks a hard constraint', async () => {
    const view = (await staff.get(`/api/schedule/clusters/${copyId}`)).json<{ meetings: Array<{ id: number; startsAt: string }> }>();
    const starts = Object.fromEntries(view.meetings.map((m) => [String(m.id), view.meetings[0]!.startsAt]));
    const res = await staff.post('/api/schedule/accept', { clusterId: copyId, starts });
    expect(res.statusCode).toBe(409);
  });

  it('serves meeting, cluster and delegation feeds that parse as iCalendar; tokens can be revoked', async () => {
    const view = (await staff.get(`/api/schedule/clusters/${clusterId}`)).json<{ meetings: Array<{ id: number; titleEn: string; startsAt: string }> }>();
    const one = await h.app.inject(`/api/meetings/${view.meetings[0]!.id}/calendar.ics`);
    expect(one.headers['content-type']).toMatch(/text\/calendar/);
    const oneEvents = vevents(one.body);
    expect(oneEvents).toHaveLength(1);

    const all = await h.app.inject(`/api/clusters/${clusterId}/calendar.ics`);
    const events = vevents(all.body);
    expect(events).toHaveLength(view.meetings.length);
    const arf = events.find((e) => String(e.summary).includes('ARF'));
    const arfMeeting = view.meetings.find((m) => m.titleEn.includes('ARF'))!;
    expect(arf?.start.getTime()).toBe(Date.parse(arfMeeting.startsAt));

    const feeds = (await staff.get(`/api/meetings/${arfMeeting.id}/delegations/feeds`)).json<{ delegations: Array<{ id: number; partyCode: string }> }>();
    const nz = feeds.delegations.find((d) => d.partyCode === 'NZ')!;
    const created = await staff.post(`/api/delegations/${nz.id}/calendar-tokens`);
    expect(created.statusCode, created.body).toBe(201);
    const { id, url } = created.json<{ id: number; url: string }>();
    const feed = await h.app.inject(url);
    expect(feed.statusCode).toBe(200);
    const programme = vevents(feed.body);
    // NZ attends the AMM-53 related meetings with partners: EAS, ARF, its PMC+1.
    expect(programme.length).toBeGreaterThanOrEqual(3);
    expect(programme.every((e) => String(e.description).includes('Pacific/Auckland'))).toBe(true);

    expect((await h.app.inject(`/api/delegations/${nz.id}/calendar.ics?token=wrong`)).statusCode).toBe(404);
    expect((await staff.delete(`/api/calendar-tokens/${id}`)).statusCode).toBe(204);
    expect((await h.app.inject(url)).statusCode).toBe(404);
  });
});
