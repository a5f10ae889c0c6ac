/**
 * Explanations that name who and when (issue 17 item 2) and bad input (its
 * "Bad input" paragraph), through the API: the 3-hour ARF under the default
 * bands on a copy of the AMM-53 cluster, the same cluster with a chair's cap
 * of 300 minutes a day, each relaxation applied through the API and solved;
 * and each kind of bad cluster answered with a 4xx naming the field or an
 * explanation naming the meeting — never a 500 or an empty answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { optimizeResponse } from '../../src/server/scheduling/schemas.js';
import { clientRequests, copyAmm53 } from '../helpers/amm53-copy.js';
import { engines } from '../helpers/database.js';
import { newCluster } from '../helpers/factories.js';
import { smallInstance } from '../helpers/small-instance.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

type OptimizeAnswer = z.infer<typeof optimizeResponse>;

interface View {
  id: number;
  meetings: Array<{ id: number; titleEn: string; startsAt: string; endsAt: string; durationMinutes: number }>;
  rules: Record<string, unknown> & { nightAllowedParties: string[] };
}

describe.each(engines)('explanations and bad input on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let copyId: number;
  let view: View;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    copyId = await copyAmm53(clientRequests(staff));
    view = (await staff.get(`/api/schedule/clusters/${copyId}`)).json<View>();
  });
  afterAll(async () => {
    await h?.close();
  });

  const optimize = async (body: Record<string, unknown>) => {
    const res = await staff.post('/api/schedule/optimize', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<OptimizeAnswer>();
  };
  const refused = async (body: Record<string, unknown>, path: string, pattern: RegExp) => {
    const res = await staff.post('/api/schedule/optimize', body);
    expect(res.statusCode, res.body).toBe(400);
    const detail = res.json<ErrorBody>().details?.find((d) => d.path === path);
    expect(detail, res.body).toBeDefined();
    expect(detail!.message).toMatch(pattern);
  };

  it('the 3-hour ARF on the default bands: US and Canada (UTC−4) and New Zealand (UTC+12) leave 10:00–12:00 UTC each day; shortened to 120 minutes it fits', async () => {
    const arf = view.meetings.find((m) => m.titleEn.includes('ASEAN Regional Forum'))!;
    const body = await optimize({ clusterId: copyId, solver: 'heuristic', timeBudgetMs: 2000, defaultComfort: true });
    expect(body.result.objective).toBeNull();
    const why = body.explanation!;
    expect(why).toMatchObject({ status: 'infeasible', minimal: true });
    const hours = why.conflict.find((g) => g.kind === 'hours')!;
    expect(hours).toMatchObject({ meeting: String(arf.id), durationMinutes: 180, longestFreeMinutes: 120 });
    expect(hours.rows).toContainEqual({ delegations: ['CA', 'US'], timeZone: expect.any(String), utcOffsetMinutes: -240 });
    expect(hours.rows).toContainEqual({ delegations: ['NZ'], timeZone: 'Pacific/Auckland', utcOffsetMinutes: 720 });
    expect(hours.free!.map((f) => [f.from.slice(11, 16), f.to.slice(11, 16), f.days])).toContainEqual(['10:00', '12:00', 4]);

    const shorten = why.relaxations.find((r) => r.kind === 'shorten')!;
    expect(shorten).toMatchObject({ meeting: String(arf.id), toMinutes: 120 });
    type Night = Extract<(typeof why.relaxations)[number], { kind: 'night' }>;
    const night = why.relaxations.find((r): r is Night => r.kind === 'night' && r.delegations.join() === 'NZ')!;
    expect(night.nightMinutes).toBeGreaterThan(0);
    expect(night.price.max).toBeGreaterThan(0);

    // Applied as the page applies it: the meeting's end moves; then a schedule exists.
    const endsAt = new Date(Date.parse(arf.startsAt) + 120 * 60_000).toISOString();
    expect((await staff.patch(`/api/meetings/${arf.id}`, { endsAt })).statusCode).toBe(200);
    const after = await optimize({ clusterId: copyId, solver: 'heuristic', timeBudgetMs: 2000, defaultComfort: true });
    expect(after.result.objective).not.toBeNull();
    expect(after.explanation).toBeUndefined();
    expect((await staff.patch(`/api/meetings/${arf.id}`, { endsAt: arf.endsAt })).statusCode).toBe(200);
  }, 120_000);

  it("the AMM-53 copy with a chair's cap of 300 minutes a day: the window, the cap and the chair's meetings; the raised cap fits", async () => {
    const put = (rules: Record<string, unknown>) => staff.request('PUT', `/api/schedule/clusters/${copyId}/rules`, rules);
    expect((await put({ ...view.rules, principalDailyCapMinutes: 300 })).statusCode).toBe(200);
    const why = (await optimize({ clusterId: copyId, solver: 'exact', timeBudgetMs: 20_000 })).explanation!;
    expect(why.status).toBe('infeasible');
    expect([...new Set(why.conflict.map((g) => g.kind))].sort()).toEqual(['cap', 'meeting', 'window']);
    expect(why.conflict.find((g) => g.kind === 'cap')).toMatchObject({ minutes: 300 });
    const raise = why.relaxations.find((r) => r.kind === 'cap')!;
    expect(raise.toMinutes).toBeGreaterThan(300);
    expect((await put({ ...view.rules, principalDailyCapMinutes: raise.toMinutes })).statusCode).toBe(200);
    const solved = await optimize({ clusterId: copyId, solver: 'heuristic', timeBudgetMs: 3000 });
    expect(solved.result.objective).not.toBeNull();
    expect((await put(view.rules)).statusCode).toBe(200);
  }, 120_000);

  const instance = () => smallInstance('2030-09-26');

  it('a meeting that fits nowhere: an explanation naming it and whose hours, with either solver', async () => {
    const body = instance();
    // Viet Nam, New Zealand and New York share at most 5 hours (23:00–04:00 UTC).
    body.meetings[1]!.durationMinutes = 360;
    for (const solver of ['heuristic', 'exact']) {
      const answer = await optimize({ ...body, solver, timeBudgetMs: 2000 });
      expect(answer.result.objective).toBeNull();
      const hours = answer.explanation!.conflict.find((g) => g.kind === 'hours');
      expect(hours, solver).toMatchObject({ meeting: 'amm', durationMinutes: 360, longestFreeMinutes: 300 });
      expect(hours!.rows!.length).toBeGreaterThan(1);
      expect(answer.explanation!.relaxations.some((r) => r.kind === 'shorten' && r.meeting === 'amm')).toBe(true);
    }
  }, 60_000);

  it('two meetings that fit nowhere, independently: both named, each with its own priced relaxation, in the answer', async () => {
    const body = instance();
    body.meetings[1]!.durationMinutes = 360;
    // A second meeting of the same three, without the chair: 330 minutes where they share at most 300.
    const side = { id: 'side', durationMinutes: 330, participants: ['VN', 'NZ', 'US'], principals: [] as string[] };
    const answer = await optimize({ ...body, meetings: [...body.meetings, side], solver: 'heuristic', timeBudgetMs: 2000 });
    expect(answer.result.objective).toBeNull();
    const why = answer.explanation!;
    expect(why.status).toBe('infeasible');
    expect(why.conflicts).toHaveLength(2);
    expect(why.conflict).toEqual(why.conflicts[0]!.conflict);
    const named = why.conflicts.map((c) => c.conflict.find((g) => g.kind === 'hours'));
    expect(named[0]).toMatchObject({ meeting: 'amm', durationMinutes: 360, longestFreeMinutes: 300 });
    expect(named[1]).toMatchObject({ meeting: 'side', durationMinutes: 330, longestFreeMinutes: 300 });
    for (const [k, id] of [
      [0, 'amm'],
      [1, 'side'],
    ] as const) {
      const shorten = why.conflicts[k]!.relaxations.find((r) => r.kind === 'shorten');
      expect(shorten, id).toMatchObject({ meeting: id, toMinutes: 300, price: { max: expect.any(Number), total: expect.any(Number) } });
    }
  }, 60_000);

  it('cyclic precedences, a cap shorter than a meeting, a fixed meeting outside the window: 400 naming the field', async () => {
    await refused(
      {
        ...instance(),
        precedences: [
          { before: 'som', after: 'amm' },
          { before: 'amm', after: 'som' },
        ],
      },
      'precedences',
      /cycle/,
    );
    await refused({ ...instance(), principalDailyCapMinutes: 60 }, 'principalDailyCapMinutes', /smaller than meeting 'som'/);
    const outside = instance();
    (outside.meetings[0] as Record<string, unknown>).fixedStart = '2030-09-29T02:00:00Z';
    await refused(outside, 'meetings.0.fixedStart', /outside the cluster window/);

    // The same in a stored cluster's rules.
    const put = (rules: Record<string, unknown>) => staff.request('PUT', `/api/schedule/clusters/${copyId}/rules`, rules);
    const [a, b] = view.meetings;
    const cycle = await put({
      ...view.rules,
      precedences: [
        { beforeMeetingId: a!.id, afterMeetingId: b!.id, bufferMinutes: 0 },
        { beforeMeetingId: b!.id, afterMeetingId: a!.id, bufferMinutes: 0 },
      ],
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json<ErrorBody>().details?.[0]?.path).toMatch(/^precedences\.\d$/);
    const cap = await put({ ...view.rules, principalDailyCapMinutes: 30 });
    expect(cap.statusCode).toBe(400);
    expect(cap.json<ErrorBody>().details?.map((d) => d.path)).toContain('principalDailyCapMinutes');
    const narrow = await put({
      ...view.rules,
      window: { from: view.rules.window ? (view.rules.window as { from: string }).from : '2027-09-08', to: '2027-09-08' },
      fixedMeetingIds: [view.meetings.at(-1)!.id],
    });
    expect(narrow.statusCode).toBe(400);
    expect(narrow.json<ErrorBody>().details?.map((d) => d.path)).toContain('fixedMeetingIds.0');
  });

  it('a stored cluster whose window has ended, with meetings still to place: 400 naming window.to', async () => {
    const made = await newCluster<{ id: number; createdMeetingIds: number[] }>(staff, {
      newMeetings: [
        {
          seriesId: (await staff.get('/api/series')).json<{ series: Array<{ id: number }> }>().series[0]!.id,
          titleEn: 'Working lunch',
          titleVi: 'Ăn trưa làm việc',
          durationMinutes: 60,
          participants: (await staff.get('/api/parties'))
            .json<{ parties: Array<{ id: number; code: string }> }>()
            .parties.filter((p) => p.code === 'VN')
            .map((p) => p.id),
          hostCityEn: 'Hanoi',
          hostCityVi: 'Hà Nội',
        },
      ],
    });
    expect((await staff.patch(`/api/schedule/clusters/${made.id}`, { startsOn: '2021-03-01', endsOn: '2021-03-02' })).statusCode).toBe(200);
    await refused({ clusterId: made.id }, 'window.to', /in the past/);
  });
});
