import { describe, expect, it } from 'vitest';
import { amm53Instance } from './amm53-fixture.js';
import { explainInfeasibility } from './explain.js';
import type { ConflictItem, Relaxation } from './explain-types.js';
import type { SchedulingInstance } from './model.js';
import { optimize } from './optimize.js';

const utcTime = (iso: string) => iso.slice(11, 16);

/** The instance with one relaxation applied, as the web or a chair would apply it. */
function applied(instance: SchedulingInstance, r: Relaxation): SchedulingInstance {
  switch (r.kind) {
    case 'shorten':
      return { ...instance, meetings: instance.meetings.map((m) => (m.id === r.meeting ? { ...m, durationMinutes: r.toMinutes } : m)) };
    case 'night':
      return { ...instance, delegations: instance.delegations.map((d) => (r.delegations.includes(d.id) ? { ...d, allowNight: true } : d)) };
    case 'widen':
      return { ...instance, window: r.window };
    case 'cap':
      return { ...instance, principalCaps: { ...instance.principalCaps, [r.principal]: r.toMinutes } };
    case 'unfix':
      return { ...instance, meetings: instance.meetings.map((m) => (m.id === r.meeting ? (({ fixedStart: _f, ...rest }) => rest)(m) : m)) };
    case 'dropPrecedence':
      return { ...instance, precedences: (instance.precedences ?? []).filter((p) => p.before !== r.before || p.after !== r.after) };
    case 'dropAllowed':
      return { ...instance, meetings: instance.meetings.map((m) => (m.id === r.meeting ? (({ allowedFrom: _a, allowedTo: _b, ...rest }) => rest)(m) : m)) };
  }
}

async function expectEachRelaxationFeasible(instance: SchedulingInstance, relaxations: Relaxation[]) {
  for (const r of relaxations) {
    const solved = await optimize(applied(instance, r), { solver: 'heuristic', timeBudgetMs: 1000 });
    expect(solved.objective, JSON.stringify(r)).not.toBeNull();
  }
}

describe('explanations that name who and when', () => {
  it('the 3-hour ARF under the default bands: the UTC−4 and UTC+12 delegations leave 10:00–12:00 UTC each day; it needs 180 minutes', async () => {
    const strict = amm53Instance({ strict: true });
    const why = await explainInfeasibility(strict);
    expect(why).toMatchObject({ status: 'infeasible', minimal: true });
    expect(why.conflict[0]).toEqual({ kind: 'window', from: '2020-09-09', to: '2020-09-12', days: 4, hostTimeZone: 'Asia/Ho_Chi_Minh' });
    const hours = why.conflict.find((g): g is Extract<ConflictItem, { kind: 'hours' }> => g.kind === 'hours')!;
    expect(hours).toMatchObject({ meeting: 'arf-27', durationMinutes: 180, longestFreeMinutes: 120 });
    // The two ends of the span, by name and offset: US and Canada share a row (the same hours in the window).
    expect(hours.rows).toContainEqual({ delegations: ['CA', 'US'], timeZone: expect.any(String), utcOffsetMinutes: -240 });
    expect(hours.rows).toContainEqual({ delegations: ['NZ'], timeZone: 'Pacific/Auckland', utcOffsetMinutes: 720 });
    // A handful of rows, not the 27 delegations.
    expect(hours.rows.length).toBeLessThanOrEqual(6);
    expect(hours.free.map((f) => [utcTime(f.from), utcTime(f.to), f.days])).toContainEqual(['10:00', '12:00', 4]);
    expect(hours.free.every((f) => Date.parse(f.to) - Date.parse(f.from) < 180 * 60_000)).toBe(true);

    // A conflict: with only these rows' nights forbidden, the ARF has no start; irreducible: without any one of them it has.
    const arfOnly = (strictIds: Set<string>): SchedulingInstance => ({
      ...strict,
      delegations: strict.delegations.map((d) => (strictIds.has(d.id) ? d : { ...d, allowNight: true })),
      meetings: strict.meetings.filter((m) => m.id === 'arf-27'),
      precedences: [],
    });
    const inConflict = hours.rows.flatMap((r) => r.delegations);
    expect((await explainInfeasibility(arfOnly(new Set(inConflict)), { relaxBudgetMs: 0 })).status).toBe('infeasible');
    for (const row of hours.rows) {
      const others = new Set(inConflict.filter((d) => !row.delegations.includes(d)));
      expect((await explainInfeasibility(arfOnly(others), { relaxBudgetMs: 0 })).status, row.delegations.join()).toBe('feasible');
    }

    // Relaxations: shorten to the free span, or one row at night (priced), each verified.
    expect(why.relaxations).toContainEqual(expect.objectContaining({ kind: 'shorten', meeting: 'arf-27', fromMinutes: 180, toMinutes: 120 }));
    const nz = why.relaxations.find((r) => r.kind === 'night' && r.delegations.join() === 'NZ');
    expect(nz).toMatchObject({ utcOffsetMinutes: 720, nightMinutes: expect.any(Number), price: { max: expect.any(Number), total: expect.any(Number) } });
    expect(nz!.kind === 'night' && nz!.nightMinutes).toBeGreaterThan(0);
    // Widening the window does not help a conflict that repeats every day: not offered.
    expect(why.relaxations.some((r) => r.kind === 'widen')).toBe(false);
    await expectEachRelaxationFeasible(strict, why.relaxations);
  }, 60_000);

  it("the AMM-53 cluster with a chair's cap of 300 minutes a day: the window and the cap, nothing about hours", async () => {
    const instance = { ...amm53Instance(), principalDailyCapMinutes: 300 };
    // A generous budget, so that a loaded machine cannot cut the search short (the default is 4 s; bench:explain has the figure).
    const why = await explainInfeasibility(instance, { budgetMs: 60_000 });
    expect(why.status).toBe('infeasible');
    expect(why.minimal).toBe(true);
    const kinds = new Set(why.conflict.map((g) => g.kind));
    expect([...kinds].sort()).toEqual(['cap', 'meeting', 'window']);
    const cap = why.conflict.find((g) => g.kind === 'cap')!;
    expect(cap).toMatchObject({ principal: 'pham-binh-minh', minutes: 300, days: 4 });
    // The meetings kept need more than 4 × 300 minutes, and would fit without the shortest of them.
    const minutes = why.conflict.flatMap((g) => (g.kind === 'meeting' ? [g.durationMinutes] : []));
    const total = minutes.reduce((a, b) => a + b, 0);
    expect(cap.kind === 'cap' && cap.meetingMinutes).toBe(total);
    expect(total).toBeGreaterThan(1200);
    expect(total - Math.min(...minutes)).toBeLessThanOrEqual(1200);
    // Found well inside the budget (the figure itself is for the bench).
    expect(why.searchMs).toBeLessThan(30_000);
    const raise = why.relaxations.find((r) => r.kind === 'cap');
    expect(raise).toMatchObject({ principal: 'pham-binh-minh', fromMinutes: 300 });
    expect(raise!.kind === 'cap' && raise!.toMinutes).toBeGreaterThanOrEqual(360);
    await expectEachRelaxationFeasible(instance, why.relaxations);
  }, 60_000);

  it('names a precedence that cannot hold with an allowed range, and offers to drop either', async () => {
    const instance: SchedulingInstance = {
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      window: { from: '2030-09-26', to: '2030-09-27' },
      delegations: [{ id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' }],
      meetings: [
        {
          id: 'som',
          durationMinutes: 120,
          participants: ['VN'],
          allowedFrom: Date.parse('2030-09-27T02:00:00Z'),
          allowedTo: Date.parse('2030-09-27T08:00:00Z'),
        },
        {
          id: 'amm',
          durationMinutes: 90,
          participants: ['VN'],
          allowedFrom: Date.parse('2030-09-26T02:00:00Z'),
          allowedTo: Date.parse('2030-09-26T08:00:00Z'),
        },
      ],
      precedences: [{ before: 'som', after: 'amm', bufferMinutes: 15 }],
    };
    const why = await explainInfeasibility(instance);
    expect(why.status).toBe('infeasible');
    expect(why.conflict).toContainEqual({ kind: 'precedence', before: 'som', after: 'amm', bufferMinutes: 15 });
    expect(
      why.conflict
        .filter((g) => g.kind === 'allowed')
        .map((g) => (g.kind === 'allowed' ? g.meeting : ''))
        .sort(),
    ).toEqual(['amm', 'som']);
    expect(why.relaxations.map((r) => r.kind).sort()).toEqual(['dropAllowed', 'dropAllowed', 'dropPrecedence']);
    await expectEachRelaxationFeasible(instance, why.relaxations);
  }, 30_000);

  it('names two independent conflicts, each with its own relaxations: the ARF and a retreat that fits nowhere', async () => {
    const strict = amm53Instance({ strict: true });
    // 270 minutes for New York (UTC−4), Sydney (UTC+10) and Brussels (UTC+2): 10:00–14:00 UTC is their longest common span.
    const instance: SchedulingInstance = {
      ...strict,
      meetings: [...strict.meetings, { id: 'retreat', durationMinutes: 270, participants: ['AU', 'EU', 'US'], principals: [] }],
    };
    const why = await explainInfeasibility(instance, { budgetMs: 30_000 });
    expect(why).toMatchObject({ status: 'infeasible', minimal: true });
    expect(why.conflicts).toHaveLength(2);
    const hoursOf = (conflict: ConflictItem[]) => conflict.find((g): g is Extract<ConflictItem, { kind: 'hours' }> => g.kind === 'hours')!;
    const [arf, retreat] = why.conflicts;
    // The first is the answer's own conflict, as before.
    expect(why.conflict).toEqual(arf!.conflict);
    expect(why.relaxations).toEqual(arf!.relaxations);
    expect(hoursOf(arf!.conflict)).toMatchObject({ meeting: 'arf-27', durationMinutes: 180, longestFreeMinutes: 120 });
    const second = hoursOf(retreat!.conflict);
    expect(second).toMatchObject({ meeting: 'retreat', durationMinutes: 270, longestFreeMinutes: 240 });
    expect(second.rows.flatMap((r) => r.delegations).sort()).toEqual(['AU', 'EU', 'US']);
    expect(second.free.map((f) => [utcTime(f.from), utcTime(f.to)])).toContainEqual(['10:00', '14:00']);
    // Each conflict's own relaxations, priced.
    expect(arf!.relaxations).toContainEqual(expect.objectContaining({ kind: 'shorten', meeting: 'arf-27', toMinutes: 120, price: expect.any(Object) }));
    const shortenRetreat = retreat!.relaxations.find((r) => r.kind === 'shorten');
    expect(shortenRetreat).toMatchObject({
      meeting: 'retreat',
      fromMinutes: 270,
      toMinutes: 240,
      price: { max: expect.any(Number), total: expect.any(Number) },
    });
    expect(arf!.relaxations.some((r) => 'meeting' in r && r.meeting === 'retreat')).toBe(false);
    // One relaxation of each together make the whole instance feasible; one alone does not.
    for (const r of arf!.relaxations) {
      const solved = await optimize(applied(applied(instance, r), shortenRetreat!), { solver: 'heuristic', timeBudgetMs: 1000 });
      expect(solved.objective, JSON.stringify(r)).not.toBeNull();
    }
    const onlyArf = await explainInfeasibility(applied(instance, arf!.relaxations[0]!), { relaxBudgetMs: 0 });
    expect(onlyArf.conflicts.map((c) => hoursOf(c.conflict).meeting)).toEqual(['retreat']);
  }, 90_000);

  it('says a feasible instance is feasible, with nothing to explain', async () => {
    const why = await explainInfeasibility(amm53Instance());
    expect(why).toMatchObject({ status: 'feasible', conflict: [], relaxations: [] });
  }, 30_000);
});
