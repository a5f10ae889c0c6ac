import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { compareObjective, violations } from './evaluate.js';
import { optimize } from './optimize.js';
import type { ScheduleResult, SchedulingInstance } from './model.js';
import { SLOT_MS } from './model.js';
import { smallInstance } from './testing.js';
import { validateInstance } from './validate.js';

function slotSchedule(instance: SchedulingInstance, result: ScheduleResult): number[] {
  const c = compile(instance);
  return c.meetings.map((m) => (result.starts[m.id]! - c.gridStartMs) / SLOT_MS);
}

const sumStarts = (r: ScheduleResult) => Object.values(r.starts).reduce((a, b) => a + b, 0) / SLOT_MS;

describe('optimize on random instances', () => {
  it('never returns a schedule that breaks a hard constraint; the heuristic never beats a proven optimum', async () => {
    await fc.assert(
      fc.asyncProperty(smallInstance(), async (instance) => {
        expect(validateInstance(instance)).toEqual([]);
        const exact = await optimize(instance, { solver: 'exact', timeBudgetMs: 20_000 });
        const heuristic = await optimize(instance, { solver: 'heuristic', timeBudgetMs: 5_000, seed: 7 });
        const c = compile(instance);
        for (const r of [exact, heuristic]) {
          if (r.objective) expect(violations(c, slotSchedule(instance, r))).toEqual([]);
        }
        if (exact.status === 'infeasible') {
          expect(heuristic.objective).toBeNull();
          return;
        }
        expect(exact.provenOptimal).toBe(true);
        if (heuristic.objective) {
          const cmp = compareObjective(heuristic.objective, sumStarts(heuristic), exact.objective!, sumStarts(exact));
          expect(cmp).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('is deterministic for a seed', async () => {
    const [instance] = fc.sample(smallInstance(), { seed: 42, numRuns: 1 });
    const a = await optimize(instance!, { solver: 'heuristic', seed: 3 });
    const b = await optimize(instance!, { solver: 'heuristic', seed: 3 });
    expect(a.starts).toEqual(b.starts);
  });
});
