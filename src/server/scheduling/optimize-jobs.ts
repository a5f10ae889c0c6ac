/**
 * Optimizer runs that report progress and can be stopped. A run is started
 * by one request and followed by polling (`GET …/jobs/:jobId`): its stage,
 * the time spent against the budget and the best schedule found so far.
 * Stopping it terminates its thread and keeps that best schedule, marked as
 * what it is (found before the stop, with the proofs it had then), or none.
 *
 * Runs live in the memory of the process that started them (a restart
 * forgets them); each is visible only to the user who started it.
 */
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/client.js';
import { AppError, notFound } from '../http/errors.js';
import type { Objective, ScheduleResult, SolverName } from './model.js';
import type { OptimizeBody } from './schemas.js';
import { optimizeAnswer, optimizeInput, type OptimizeAnswer } from './service.js';
import type { SolvePool, StoppableRun } from './solve-pool.js';

/** Runs at once across all users: each takes a core, and the machine may have two. */
export const MAX_RUNNING_JOBS = 2;
/** How long a finished run's answer stays readable. */
const KEEP_FINISHED_MS = 15 * 60_000;

export type JobState = 'running' | 'done' | 'stopped' | 'failed';

interface Job {
  id: string;
  ownerId: number;
  state: JobState;
  phase: SolverName | null;
  startedAt: number;
  finishedAt: number | null;
  budgetMs: number;
  incumbent: ScheduleResult | null;
  answer: OptimizeAnswer | null;
  error: { code: string; message: string } | null;
  run: StoppableRun;
  /** Settles once the answer (or the failure) is recorded. */
  finished: Promise<void>;
}

export interface JobView {
  id: string;
  state: JobState;
  phase: SolverName | null;
  elapsedMs: number;
  budgetMs: number;
  /** The best objective found so far (while running), or the answer's. */
  best: Objective | null;
  /** done: the optimizer's answer; stopped: the best schedule found before the stop, if any. */
  answer: OptimizeAnswer | null;
  error: { code: string; message: string } | null;
}

export class OptimizeJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: DbOrTx,
    private readonly pool: SolvePool,
  ) {}

  async start(ownerId: number, body: OptimizeBody): Promise<JobView> {
    this.forgetOld();
    if ([...this.jobs.values()].filter((j) => j.state === 'running').length >= MAX_RUNNING_JOBS) {
      throw new AppError('too_many_solves', `At most ${MAX_RUNNING_JOBS} optimizer runs at once; wait for one to finish or stop yours`);
    }
    const input = await optimizeInput(this.db, body);
    const job: Job = {
      id: randomUUID(),
      ownerId,
      state: 'running',
      phase: null,
      startedAt: Date.now(),
      finishedAt: null,
      budgetMs: input.options.timeBudgetMs,
      incumbent: null,
      answer: null,
      error: null,
      run: this.pool.startOptimize(input.instance, input.options, (progress) => {
        job.phase = progress.phase;
        if (progress.incumbent) job.incumbent = progress.incumbent;
      }),
      finished: Promise.resolve(),
    };
    this.jobs.set(job.id, job);
    const finish = (state: JobState) => {
      job.state = state;
      job.finishedAt = Date.now();
    };
    job.finished = job.run.done
      .then(async (result) => {
        const kept = result ?? job.incumbent;
        // A stop that came after the answer was ready is not a stop.
        const state = result ? 'done' : 'stopped';
        job.answer = kept ? await optimizeAnswer(this.pool, input, kept) : null;
        finish(state);
      })
      .catch((e: unknown) => {
        job.error = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'internal', message: 'The optimizer failed' };
        finish('failed');
      });
    return view(job);
  }

  read(ownerId: number, jobId: string): JobView {
    return view(this.owned(ownerId, jobId));
  }

  /** Stops the run; answers once it has stopped, with what was kept. */
  async stop(ownerId: number, jobId: string): Promise<JobView> {
    const job = this.owned(ownerId, jobId);
    if (job.state === 'running') {
      job.run.stop();
      await job.finished;
    }
    return view(job);
  }

  stopAll(): void {
    for (const job of this.jobs.values()) if (job.state === 'running') job.run.stop();
  }

  private owned(ownerId: number, jobId: string): Job {
    const job = this.jobs.get(jobId);
    // Another user's run answers as if it did not exist.
    if (!job || job.ownerId !== ownerId) throw notFound('Optimizer run');
    return job;
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}

function view(job: Job): JobView {
  const end = job.finishedAt ?? Date.now();
  return {
    id: job.id,
    state: job.state,
    phase: job.phase,
    elapsedMs: end - job.startedAt,
    budgetMs: job.budgetMs,
    best: job.answer?.result.objective ?? job.incumbent?.objective ?? null,
    answer: job.answer,
    error: job.error,
  };
}
