/**
 * Optimizer runs followed by polling and stopped: progress while running,
 * the best schedule found so far kept on stop (or none), honestly labelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInstance } from '../../src/server/scheduling/testing.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Job {
  id: string;
  state: 'running' | 'done' | 'stopped' | 'failed';
  phase: 'exact' | 'heuristic' | null;
  elapsedMs: number;
  budgetMs: number;
  best: { max: number; total: number } | null;
  answer: {
    result: { status: string; chosen: string; objective: { max: number; total: number } | null; starts: Record<string, string> };
    breakdown: unknown[];
  } | null;
  error: { code: string } | null;
}

// The 20-meeting benchmark instance: the heuristic finds a schedule within a second; HiGHS then needs seconds more to prove it.
const slow = () => generateInstance({ meetings: 20, delegations: 30, days: 4 }, 20);

const small = {
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from: '2020-09-26', to: '2020-09-26' },
  delegations: [
    { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
    { id: 'NZ', timeZone: 'Pacific/Auckland' },
  ],
  meetings: [{ id: 'som', durationMinutes: 120, participants: ['VN', 'NZ'], principals: ['chair'] }],
};

describe.each(engines)('optimizer runs on %s', (engine) => {
  let h: Harness;
  let staff: Client;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  const read = async (client: Client, id: string) => (await client.get(`/api/schedule/optimize/jobs/${id}`)).json<{ job: Job }>().job;
  const start = async (body: unknown) => {
    const res = await staff.post('/api/schedule/optimize/jobs', body);
    expect(res.statusCode, res.body).toBe(202);
    return res.json<{ job: Job }>().job;
  };
  /** Polls until `done` says so (the run's own progress, not a fixed sleep). */
  const until = async (id: string, done: (job: Job) => boolean) => {
    for (;;) {
      const job = await read(staff, id);
      if (done(job)) return job;
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('runs to its answer, the same as the one-request optimizer gives', async () => {
    const job = await start({ ...small, solver: 'exact' });
    expect(job).toMatchObject({ state: 'running', budgetMs: 10_000, answer: null });
    const done = await until(job.id, (j) => j.state !== 'running');
    expect(done.state).toBe('done');
    const direct = (await staff.post('/api/schedule/optimize', { ...small, solver: 'exact' })).json<{ result: { objective: unknown; starts: unknown } }>();
    expect(done.answer!.result.objective).toEqual(direct.result.objective);
    expect(done.answer!.result.starts).toEqual(direct.result.starts);
    expect(done.best).toEqual(direct.result.objective);
  });

  it('stopped during the exact stage keeps the schedule the heuristic found, marked as stopped', async () => {
    const job = await start({ ...slow(), solver: 'auto', timeBudgetMs: 60_000 });
    const progressing = await until(job.id, (j) => j.phase === 'exact' && j.best !== null);
    expect(progressing.state).toBe('running');
    expect(progressing.elapsedMs).toBeLessThan(progressing.budgetMs);

    const res = await staff.post(`/api/schedule/optimize/jobs/${job.id}/stop`);
    expect(res.statusCode, res.body).toBe(200);
    const stopped = res.json<{ job: Job }>().job;
    expect(stopped.state).toBe('stopped');
    expect(stopped.answer!.result.chosen).toBe('heuristic');
    expect(stopped.answer!.result.objective).toEqual(progressing.best);
    expect(Object.keys(stopped.answer!.result.starts)).toHaveLength(20);
    // Long before the budget: the thread was ended, not waited for.
    expect(stopped.elapsedMs).toBeLessThan(30_000);
    // It stays stopped.
    expect((await read(staff, job.id)).state).toBe('stopped');
  }, 60_000);

  it('stopped before any schedule was found answers with none', async () => {
    const job = await start({ ...slow(), solver: 'exact', timeBudgetMs: 60_000 });
    await until(job.id, (j) => j.phase === 'exact');
    const stopped = (await staff.post(`/api/schedule/optimize/jobs/${job.id}/stop`)).json<{ job: Job }>().job;
    expect(stopped).toMatchObject({ state: 'stopped', answer: null, best: null });
  }, 60_000);

  it('shows a run only to the user who started it, and refuses what the optimizer refuses', async () => {
    const job = await start({ ...small, solver: 'heuristic', timeBudgetMs: 100 });
    const admin = await h.signIn('admin@gavel.demo');
    expect((await admin.get(`/api/schedule/optimize/jobs/${job.id}`)).statusCode).toBe(404);
    expect((await admin.post(`/api/schedule/optimize/jobs/${job.id}/stop`)).statusCode).toBe(404);
    expect((await staff.get('/api/schedule/optimize/jobs/not-a-uuid')).statusCode).toBe(400);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.post('/api/schedule/optimize/jobs', small)).statusCode).toBe(403);
    const bad = await staff.post('/api/schedule/optimize/jobs', { ...small, meetings: [{ ...small.meetings[0], participants: ['XX'] }] });
    expect(bad.statusCode).toBe(400);
  });
});
