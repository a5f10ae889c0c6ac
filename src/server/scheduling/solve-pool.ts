/**
 * Runs solves off the HTTP event loop: one worker thread (the machine has two
 * cores), started on first use, reused, terminated by close(). The pure core
 * stays callable in-process; this only moves the call to another thread.
 * A run that may be stopped (`startOptimize`) gets a thread of its own, so
 * that stopping it (terminating the thread) ends nobody else's job.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type ErrorDetail } from '../http/errors.js';
import type { Explanation } from './explain.js';
import type { ScheduleResult, SchedulingInstance } from './model.js';
import type { OptimizeOptions, OptimizeProgress } from './optimize.js';

/** What crosses to the thread: plain data (a callback cannot be posted; `progress` asks the thread to post its own). */
type PlainOptions = Omit<OptimizeOptions, 'onProgress'>;

export type SolveRequest =
  | { id: number; op: 'optimize'; instance: SchedulingInstance; options: PlainOptions; progress?: boolean }
  | { id: number; op: 'explain'; instance: SchedulingInstance };

export type SolveReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; progress: OptimizeProgress }
  | { id: number; ok: false; error: { name: string; message: string; code?: unknown; details?: unknown } };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Job = WithoutId<SolveRequest>;

/** A run that can be stopped: `done` gives the result, or null once `stop()` was called first. */
export interface StoppableRun {
  done: Promise<ScheduleResult | null>;
  stop(): void;
}

/** Emits 'dispatched' (op) when a job is handed to the worker; tests wait on it. */
export const solveEvents = new EventEmitter();

// From src/ (vitest, tsx) the worker is the .ts file and needs tsx; from dist/ it is plain .js.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './solve-worker.ts' : './solve-worker.js', import.meta.url);
// Node 20 does not apply `--import tsx` from a worker's execArgv to its entry module: register tsx, then import.
const tsxBootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;

function errorOf(e: Extract<SolveReply, { ok: false }>['error']): Error {
  if (e.name === 'AppError' && typeof e.code === 'string') return new AppError(e.code as ErrorCode, e.message, e.details as ErrorDetail[] | undefined);
  return new Error(e.message);
}

const newWorker = () => (fromSource ? new Worker(tsxBootstrap, { eval: true }) : new Worker(workerUrl));

export class SolvePool {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly running = new Set<Worker>();

  optimize(instance: SchedulingInstance, options: PlainOptions): Promise<ScheduleResult> {
    return this.run({ op: 'optimize', instance, options }) as Promise<ScheduleResult>;
  }

  /**
   * One optimizer run in a thread of its own, telling `onProgress` of each
   * stage and of the best schedule so far; `stop()` terminates the thread.
   */
  startOptimize(instance: SchedulingInstance, options: PlainOptions, onProgress: (p: OptimizeProgress) => void): StoppableRun {
    const worker = newWorker();
    let settled = false;
    let stopped = false;
    const done = new Promise<ScheduleResult | null>((resolve, reject) => {
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        this.running.delete(worker);
        fn();
        void worker.terminate();
      };
      worker.on('message', (reply: SolveReply) => {
        if ('progress' in reply) return onProgress(reply.progress);
        if (reply.ok) settle(() => resolve(reply.value as ScheduleResult));
        else settle(() => reject(errorOf(reply.error)));
      });
      worker.on('error', (err) => settle(() => reject(err)));
      worker.on('exit', (code) => settle(() => (stopped ? resolve(null) : reject(new Error(`The solver thread stopped (exit code ${code})`)))));
    });
    this.running.add(worker);
    worker.postMessage({ id: 0, op: 'optimize', instance, options, progress: true } satisfies SolveRequest);
    solveEvents.emit('dispatched', 'optimize');
    return {
      done,
      stop: () => {
        if (settled) return;
        stopped = true;
        void worker.terminate();
      },
    };
  }

  explain(instance: SchedulingInstance): Promise<Explanation> {
    return this.run({ op: 'explain', instance }) as Promise<Explanation>;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    await Promise.all([...this.running].map((w) => w.terminate()));
    this.running.clear();
  }

  private run(job: Job): Promise<unknown> {
    const id = this.nextId++;
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...job, id });
      solveEvents.emit('dispatched', job.op);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = newWorker();
    // An idle solver thread must not keep the process alive; close() ends it.
    worker.unref();
    worker.on('message', (reply: SolveReply) => {
      const job = this.pending.get(reply.id);
      if (!job || 'progress' in reply) return;
      this.pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(errorOf(reply.error));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The solver thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
