import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { compareObjective, violations } from './evaluate.js';
import type { PartReport, ScheduleResult, SchedulingInstance } from './model.js';
import { SLOT_MS } from './model.js';
import { solveHeuristic } from './heuristic.js';
import { solveExact } from './mip.js';
import { compareSchedules, optimize } from './optimize.js';
import { generateInstance, smallInstance } from './testing.js';

const sumStarts = (r: ScheduleResult) => Object.values(r.starts).reduce((a, b) => a + b, 0) / SLOT_MS;

function slotSchedule(instance: SchedulingInstance, result: ScheduleResult): number[] {
  const c = compile(instance);
  return c.meetings.map((m) => (result.starts[m.id]! - c.gridStartMs) / SLOT_MS);
}

/** Each part says no more than it proves, and the overall fields agree with the parts. */
function expectConsistent(r: ScheduleResult): void {
  if (!r.objective) {
    expect(r.provenOptimal).toBe(false);
    expect(r.parts.max.status).toBe(r.status);
    return;
  }
  const check = (part: PartReport, value: number, maxProven = true) => {
    expect(part.value).toBe(value);
    expect(part.bound).not.toBeNull();
    expect(part.bound!).toBeLessThanOrEqual(value);
    expect(part.gap).toBeCloseTo(value > 0 ? (value - part.bound!) / value : 0, 12);
    // The total is proven only once the maximum is (a lower maximum may need a higher total).
    expect(part.status === 'optimal').toBe(part.bound === value && maxProven);
  };
  check(r.parts.max, r.objective.max);
  check(r.parts.total, r.objective.total, r.parts.max.status === 'optimal');
  const proven = r.parts.max.status === 'optimal' && r.parts.total.status === 'optimal';
  expect(r.provenOptimal).toBe(proven);
  expect(r.status).toBe(proven ? 'optimal' : 'feasible');
  expect(r.gap).toBe(Math.max(r.parts.max.gap!, r.parts.total.gap!));
  expect(r.gap === 0).toBe(proven);
  expect(r.chosen).toBe(r.solver);
}

describe('what an answer proves', () => {
  // The 20-meeting benchmark instance: stage 1 proves the maximum in seconds; stage 2 needs longer than 10 ms.
  const instance = generateInstance({ meetings: 20, delegations: 30, days: 4 }, 20);

  it('a stage-2 timeout keeps the proven maximum, reports a gap on the total and is never called optimal', async () => {
    const cut = await optimize(instance, { solver: 'exact', timeBudgetMs: 60_000, stageLimitMs: { second: 10 } });
    expectConsistent(cut);
    expect(cut.parts.max.status).toBe('optimal');
    expect(cut.parts.max.gap).toBe(0);
    expect(cut.parts.total.status).toBe('feasible');
    expect(cut.parts.total.gap!).toBeGreaterThan(0);
    expect(cut.status).toBe('feasible');
    expect(cut.provenOptimal).toBe(false);
    expect(cut.gap!).toBeGreaterThan(0);
    expect(violations(compile(instance), slotSchedule(instance, cut))).toEqual([]);

    const full = await optimize(instance, { solver: 'exact', timeBudgetMs: 60_000 });
    expectConsistent(full);
    expect(full.status).toBe('optimal');
    expect(full.parts.total).toMatchObject({ status: 'optimal', gap: 0 });
    // The cut answer is the stage-1 (or a better stage-2) schedule: same maximum, a total no better than the optimum.
    expect(cut.objective!.max).toBe(full.objective!.max);
    expect(cut.objective!.total).toBeGreaterThanOrEqual(full.objective!.total);
    // The bound the cut answer reports holds: the optimum's total is not below it.
    expect(full.objective!.total).toBeGreaterThanOrEqual(cut.parts.total.bound!);
  }, 180_000);

  it('a stage that runs out of time keeps the incumbent it was started from, or a better one', async () => {
    const c = compile(instance);
    const hint = solveHeuristic(c, { seed: 1, timeBudgetMs: 5_000 }).schedule!;
    const cut = await solveExact(c, 60_000, { hints: [hint], stageLimitMs: { first: 10 } });
    expect(cut.max.warmStart).toBe(true);
    expect(cut.schedule).not.toBeNull();
    expect(violations(c, cut.schedule!)).toEqual([]);
    expect(compareSchedules(c, cut.schedule!, hint)).toBeLessThanOrEqual(0);
    if (cut.max.status !== 'optimal') {
      expect(cut.status).toBe('feasible');
      expect(cut.total).toBeNull();
    }
  }, 60_000);

  it('auto runs both, returns the better and says which; a heuristic answer alone is not called optimal unless its bounds meet', async () => {
    const auto = await optimize(instance, { solver: 'auto', timeBudgetMs: 60_000 });
    expectConsistent(auto);
    expect(auto.ran).toEqual(['heuristic', 'exact']);
    expect(auto.provenOptimal).toBe(true);
    const heuristic = await optimize(instance, { solver: 'heuristic', timeBudgetMs: 5_000 });
    expectConsistent(heuristic);
    expect(heuristic.ran).toEqual(['heuristic']);
    expect(compareObjective(auto.objective!, sumStarts(auto), heuristic.objective!, sumStarts(heuristic))).toBeLessThanOrEqual(0);
  }, 180_000);

  it('auto is never worse than either solver alone on random instances', async () => {
    await fc.assert(
      fc.asyncProperty(smallInstance(), async (inst) => {
        const auto = await optimize(inst, { solver: 'auto', timeBudgetMs: 20_000, seed: 7 });
        const exact = await optimize(inst, { solver: 'exact', timeBudgetMs: 20_000 });
        const heuristic = await optimize(inst, { solver: 'heuristic', timeBudgetMs: 5_000, seed: 7 });
        for (const r of [auto, exact, heuristic]) expectConsistent(r);
        if (exact.status === 'infeasible') {
          expect(auto.status).toBe('infeasible');
          expect(auto.parts.total.status).toBe('infeasible');
          return;
        }
        expect(['exact', 'heuristic']).toContain(auto.chosen);
        for (const other of [exact, heuristic]) {
          if (other.objective) expect(compareObjective(auto.objective!, sumStarts(auto), other.objective, sumStarts(other))).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});
