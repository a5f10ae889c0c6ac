import { describe, expect, it } from 'vitest';
import { burdenBreakdown } from './breakdown.js';
import { compile } from './compile.js';
import { burdens } from './evaluate.js';
import { NIGHT_COST, type SchedulingInstance } from './model.js';
import { optimize } from './optimize.js';

// 02:00–03:00 in Hanoi: forbidden for Viet Nam on the default bands.
const at = Date.parse('2020-09-09T19:00:00Z');
const instance = (held: boolean): SchedulingInstance => ({
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from: '2020-09-10', to: '2020-09-10' },
  delegations: [{ id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' }],
  meetings: [
    { id: 'night', durationMinutes: 60, participants: ['VN'], fixedStart: at, ...(held ? { held: true } : {}) },
    { id: 'free', durationMinutes: 60, participants: ['VN'] },
  ],
});

describe('a meeting that was held where it was', () => {
  it('stays a candidate in a forbidden band, priced as night time alike by the optimizer and the breakdown', () => {
    expect(compile(instance(false)).meetings[0]!.starts).toEqual([]);
    const c = compile(instance(true));
    expect(c.meetings[0]!.starts).toHaveLength(1);
    const slot = c.meetings[0]!.starts[0]!;
    const best = c.meetings[1]!.starts.find((s) => c.meetings[1]!.cost[0]![c.meetings[1]!.starts.indexOf(s)] === 0)!;
    expect(burdens(c, [slot, best])).toEqual([60 * NIGHT_COST]);
    const breakdown = burdenBreakdown(instance(true), { night: at, free: c.gridStartMs + best * 15 * 60_000 });
    expect(breakdown[0]).toMatchObject({ burden: 60 * NIGHT_COST, meetings: [{ forbiddenMinutes: 60 }, { cost: 0 }] });
  });

  it('is solved around, not reported infeasible', async () => {
    const result = await optimize(instance(true), { solver: 'exact', timeBudgetMs: 5000 });
    expect(result.status).toBe('optimal');
    expect(result.starts.night).toBe(at);
  });
});
