import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { clientRequests, copyAmm53, inCopy, inCopyDay } from '../helpers/amm53-copy.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

interface Rules {
  fixedMeetingIds: number[];
  precedences: Array<{ beforeMeetingId: number; afterMeetingId: number; bufferMinutes: number }>;
  nightAllowedParties: string[];
  principalBufferMinutes?: number;
  principalDailyCapMinutes?: number;
  window?: { from: string; to: string };
  allowedRanges?: Array<{ meetingId: number; from: string; to: string }>;
  comfort?: Record<string, { timeZone?: string; bands?: Array<{ fromMinute: number; toMinute: number; costPerMinute: number | null }> }>;
}

interface View {
  id: number;
  startsOn: string;
  endsOn: string;
  meetings: Array<{ id: number; titleEn: string; startsAt: string; durationMinutes: number; fixed: boolean }>;
  parties: Array<{ code: string; timeZone: string; delegationTimeZone: string }>;
  rules: Rules;
}

interface OptimizeAnswer {
  result: { status: string; starts: Record<string, string>; objective: { max: number; total: number } | null };
  explanation?: { status: string; conflict: Array<{ kind: string; meeting?: string; durationMinutes?: number; longestFreeMinutes?: number }> };
  breakdown: Array<{ delegation: string; burden: number }>;
}

describe.each(engines)('cluster scheduling rules, moves and pins on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let clusterId: number;
  let view: View;
  const byTitle = (part: string) => view.meetings.find((m) => m.titleEn.includes(part))!;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    // The demo's AMM-53 meetings were held in 2020 and stay where they are: the rules, pins and moves are tried on a copy still to come.
    clusterId = await copyAmm53(clientRequests(staff));
    view = (await staff.get(`/api/schedule/clusters/${clusterId}`)).json<View>();
  });
  afterAll(async () => {
    await h?.close();
  });

  const put = (rules: Rules) => staff.request('PUT', `/api/schedule/clusters/${clusterId}/rules`, rules);
  const refused = async (rules: Rules, path: string | RegExp, pattern: RegExp) => {
    const res = await put(rules);
    expect(res.statusCode, res.body).toBe(400);
    const detail = res.json<ErrorBody>().details?.find((d) => (typeof path === 'string' ? d.path === path : path.test(d.path)));
    expect(detail, res.body).toBeDefined();
    expect(detail!.message).toMatch(pattern);
  };

  it('shows the demo rules: the opening fixed and before the other 16 meetings; US, CA and NZ accept night sessions', () => {
    const opening = byTitle('53rd ASEAN Foreign');
    expect(view.rules.fixedMeetingIds).toEqual([opening.id]);
    expect(view.rules.precedences).toHaveLength(16);
    expect(view.rules.precedences.every((p) => p.beforeMeetingId === opening.id)).toBe(true);
    expect([...view.rules.nightAllowedParties].sort()).toEqual(['CA', 'NZ', 'US']);
  });

  it('refuses bad rules with 400 naming the field', async () => {
    const base = view.rules;
    const opening = byTitle('53rd ASEAN Foreign');
    const arf = byTitle('ASEAN Regional Forum');
    const eas = byTitle('East Asia Summit');
    // A cycle, named by the meetings' titles, pointing at a precedence of the cycle.
    await refused(
      {
        ...base,
        precedences: [
          ...base.precedences,
          { beforeMeetingId: arf.id, afterMeetingId: eas.id, bufferMinutes: 0 },
          { beforeMeetingId: eas.id, afterMeetingId: arf.id, bufferMinutes: 0 },
        ],
      },
      new RegExp(`^precedences\\.(${base.precedences.length}|${base.precedences.length + 1})$`),
      /Precedence cycle: .*(Regional Forum.*East Asia|East Asia.*Regional Forum)/,
    );
    await refused({ ...base, comfort: { NZ: { timeZone: 'Pacific/Atlantis' } } }, 'comfort.NZ.timeZone', /Unknown time zone 'Pacific\/Atlantis'/);
    // A 3-hour ARF in a 2-hour range.
    await refused(
      { ...base, allowedRanges: [{ meetingId: arf.id, from: inCopy('2020-09-09T10:00:00Z'), to: inCopy('2020-09-09T12:00:00Z') }] },
      'allowedRanges.0.to',
      /longer than its allowed range/,
    );
    await refused({ ...base, principalDailyCapMinutes: 60 }, 'principalDailyCapMinutes', /smaller than .* \(\d+ min\)/);
    await refused(
      {
        ...base,
        comfort: {
          US: {
            bands: [
              { fromMinute: 0, toMinute: 360, costPerMinute: null },
              { fromMinute: 420, toMinute: 1440, costPerMinute: 0 },
            ],
          },
        },
      },
      'comfort.US.bands.1.fromMinute',
      /starts at 07:00; the band before it ends at 06:00/,
    );
    await refused({ ...base, window: { from: inCopyDay('2020-09-10'), to: inCopyDay('2020-09-12') } }, `fixedMeetingIds.0`, /outside the window/);
    await refused({ ...base, nightAllowedParties: ['XX'] }, 'nightAllowedParties.0', /no delegation/);
    expect(opening.fixed).toBe(true);
    // Nothing was written.
    expect((await staff.get(`/api/schedule/clusters/${clusterId}`)).json<View>().rules).toEqual(base);
  });

  it('keeps rules editing to staff', async () => {
    const committee = await h.signIn('committee@gavel.demo');
    expect((await committee.request('PUT', `/api/schedule/clusters/${clusterId}/rules`, view.rules)).statusCode).toBe(403);
    const liaison = await h.signIn('liaison.nz@gavel.demo');
    expect((await liaison.request('PUT', `/api/schedule/clusters/${clusterId}/rules`, view.rules)).statusCode).toBe(403);
  });

  it('saves rules in one change-logged write, and the optimizer follows them', async () => {
    const arf = byTitle('ASEAN Regional Forum');
    // NZ joins from Wellington with its own bands: 22:00–24:00 is fine for it (cost 0).
    const bands = [
      { fromMinute: 0, toMinute: 360, costPerMinute: null },
      { fromMinute: 360, toMinute: 540, costPerMinute: 1 },
      { fromMinute: 540, toMinute: 1440, costPerMinute: 0 },
    ];
    const rules: Rules = {
      ...view.rules,
      principalDailyCapMinutes: 600,
      principalBufferMinutes: 30,
      allowedRanges: [{ meetingId: arf.id, from: inCopy('2020-09-12T01:00:00Z'), to: inCopy('2020-09-12T13:00:00Z') }],
      comfort: { NZ: { timeZone: 'Pacific/Auckland', bands } },
    };
    const before = (await staff.get(`/api/changes?entityType=schedule_cluster_rules&entityId=${clusterId}`)).json<{ events: unknown[] }>().events.length;
    const res = await put(rules);
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<View>();
    expect(saved.rules.principalBufferMinutes).toBe(30);
    expect(saved.rules.comfort).toEqual({ NZ: { timeZone: 'Pacific/Auckland', bands } });
    expect(saved.rules.allowedRanges).toEqual([{ meetingId: arf.id, from: inCopy('2020-09-12T01:00:00.000Z'), to: inCopy('2020-09-12T13:00:00.000Z') }]);
    const events = (await staff.get(`/api/changes?entityType=schedule_cluster_rules&entityId=${clusterId}`)).json<{
      events: Array<{ action: string; changes: { rules: { from: Rules; to: Rules } } }>;
    }>().events;
    expect(events.length).toBe(before + 1);
    expect(events[0]!.changes.rules.from.principalBufferMinutes).toBeUndefined();
    expect(events[0]!.changes.rules.to.principalBufferMinutes).toBe(30);

    const solved = (await staff.post('/api/schedule/optimize', { clusterId, solver: 'exact', timeBudgetMs: 60_000 })).json<OptimizeAnswer>();
    expect(solved.result.status).toBe('optimal');
    const arfStart = Date.parse(solved.result.starts[String(arf.id)]!);
    expect(arfStart).toBeGreaterThanOrEqual(Date.parse(inCopy('2020-09-12T01:00:00Z')));
    expect(arfStart + arf.durationMinutes * 60_000).toBeLessThanOrEqual(Date.parse(inCopy('2020-09-12T13:00:00Z')));

    // Back to the demo rules for the tests that follow.
    expect((await put(view.rules)).statusCode).toBe(200);
  }, 120_000);

  it('explains, on the default bands for everyone, that the 3-hour ARF fits nowhere', async () => {
    const res = await staff.post('/api/schedule/optimize', { clusterId, solver: 'exact', defaultComfort: true, timeBudgetMs: 60_000 });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<OptimizeAnswer>();
    expect(body.result.status).toBe('infeasible');
    const arf = byTitle('ASEAN Regional Forum');
    // Who leaves it which hours: scheduling-explain.test.ts.
    expect(body.explanation!.conflict.map((g) => g.kind)).toEqual(['window', 'hours']);
    expect(body.explanation!.conflict[1]).toMatchObject({ meeting: String(arf.id), durationMinutes: 180, longestFreeMinutes: 120 });
    const slots = (await staff.post('/api/schedule/slots', { clusterId, meetingId: arf.id, defaultComfort: true })).json<{ candidateCount: number }>();
    expect(slots.candidateCount).toBe(0);
  }, 120_000);

  it('pins a meeting at a picked start and solves around it; the burdens follow', async () => {
    const eas = byTitle('East Asia Summit');
    const free = (await staff.post('/api/schedule/optimize', { clusterId, solver: 'exact', timeBudgetMs: 60_000 })).json<OptimizeAnswer>();
    // The slot finder's worst start for the EAS after the opening: a start someone would pick by hand.
    const slots = (await staff.post('/api/schedule/slots', { clusterId, meetingId: eas.id, limit: 500 })).json<{ ranked: Array<{ start: string }> }>();
    const pinAt = slots.ranked
      .map((r) => r.start)
      .filter((s) => s >= inCopy('2020-09-09T06:00:00.000Z') && s !== free.result.starts[String(eas.id)])
      .at(-1)!;
    const pinned = await staff.post('/api/schedule/optimize', { clusterId, solver: 'exact', timeBudgetMs: 60_000, pins: { [eas.id]: pinAt } });
    expect(pinned.statusCode, pinned.body).toBe(200);
    const body = pinned.json<OptimizeAnswer>();
    expect(body.result.status).toBe('optimal');
    expect(body.result.starts[String(eas.id)]).toBe(pinAt);
    const [a, b] = [body.result.objective!, free.result.objective!];
    expect(a.max > b.max || (a.max === b.max && a.total > b.total)).toBe(true);
    expect(body.breakdown).not.toEqual(free.breakdown);

    const off = await staff.post('/api/schedule/optimize', { clusterId, pins: { [eas.id]: inCopy('2020-09-10T23:05:00Z') } });
    expect(off.statusCode).toBe(400);
    expect(off.json<ErrorBody>().details?.[0]?.path).toBe(`pins.${eas.id}`);
    const stranger = await staff.post('/api/schedule/optimize', { clusterId, pins: { '999999': pinAt } });
    expect(stranger.json<ErrorBody>().details?.[0]?.path).toBe('pins.999999');
  }, 180_000);

  it('moves one meeting to a picked start in a change-logged write, and refuses one that breaks a rule', async () => {
    const wps = byTitle("Women's Role");
    const opening = byTitle('53rd ASEAN Foreign');
    // 13:00 Hanoi on 12 Sep, after the ARF: the chair is free.
    const to = inCopy('2020-09-12T06:00:00.000Z');
    const res = await staff.post(`/api/schedule/clusters/${clusterId}/move`, { meetingId: wps.id, startsAt: to });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ startsAt: string; endsAt: string }>()).toMatchObject({
      startsAt: to,
      endsAt: new Date(Date.parse(to) + wps.durationMinutes * 60_000).toISOString(),
    });
    const meeting = (await h.app.inject(`/api/meetings/${wps.id}`)).json<{ startsAt: string }>();
    expect(Date.parse(meeting.startsAt)).toBe(Date.parse(to));
    const events = (await staff.get(`/api/changes?entityType=meeting&entityId=${wps.id}`)).json<{ events: Array<{ changes: { via?: string } }> }>().events;
    expect(events[0]!.changes.via).toBe('schedule.move');

    // Before the opening ends: the precedence refuses it, naming both meetings.
    const early = await staff.post(`/api/schedule/clusters/${clusterId}/move`, { meetingId: wps.id, startsAt: opening.startsAt });
    expect(early.statusCode).toBe(409);
    expect(
      early
        .json<ErrorBody>()
        .details!.map((d) => d.message)
        .join(' '),
    ).toMatch(/53rd ASEAN Foreign Ministers' Meeting \(AMM-53\) must end before .*Women/);
    const offGrid = await staff.post(`/api/schedule/clusters/${clusterId}/move`, { meetingId: wps.id, startsAt: inCopy('2020-09-12T06:10:00Z') });
    expect(offGrid.statusCode).toBe(400);
    expect(offGrid.json<ErrorBody>().details?.[0]?.path).toBe('startsAt');
    const committee = await h.signIn('committee@gavel.demo');
    expect((await committee.post(`/api/schedule/clusters/${clusterId}/move`, { meetingId: wps.id, startsAt: to })).statusCode).toBe(403);
  });
});
