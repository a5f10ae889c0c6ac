import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/http/errors.js';
import type { SchedulingInstance } from '../../src/server/scheduling/model.js';
import { SolvePool } from '../../src/server/scheduling/solve-pool.js';

const instance: SchedulingInstance = {
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from: '2020-09-26', to: '2020-09-26' },
  delegations: [
    { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
    { id: 'NZ', timeZone: 'Pacific/Auckland' },
  ],
  meetings: [{ id: 'som', durationMinutes: 120, participants: ['VN', 'NZ'], principals: ['chair'] }],
};

describe('the solver thread', () => {
  const pool = new SolvePool();
  afterAll(() => pool.close());

  it('returns the plain result of the pure core, for one job after another', async () => {
    const first = await pool.optimize(instance, { solver: 'exact', timeBudgetMs: 5000 });
    expect(first).toMatchObject({ status: 'optimal', solver: 'exact', provenOptimal: true });
    expect(Object.keys(first.starts)).toEqual(['som']);
    const second = await pool.optimize(instance, { solver: 'heuristic', timeBudgetMs: 100 });
    expect(second.objective).toEqual(first.objective);
    expect(await pool.explain(instance)).toMatchObject({ status: 'feasible', conflict: [], relaxations: [] });
  });

  it('turns an error thrown in the thread into a plain Error (a 500), not an AppError', async () => {
    // Unvalidated input the routes would have refused with a 400: the core fails on it.
    const broken = { ...instance, meetings: [{ ...instance.meetings[0]!, participants: ['XX'] }] };
    const failure = await pool.optimize(broken, {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(AppError);
    // The thread survives a failed job.
    expect((await pool.optimize(instance, { solver: 'exact' })).status).toBe('optimal');
  });
});
