/**
 * The solver thread: runs the pure optimizer and the infeasibility explainer
 * on plain data posted by solve-pool.ts, so that a solve never blocks the
 * HTTP event loop. One message in, one message out, matched by id (and,
 * when asked, progress messages before the answer).
 */
import { parentPort } from 'node:worker_threads';
import { explainInfeasibility } from './explain.js';
import { optimize, type OptimizeProgress } from './optimize.js';
import type { SolveReply, SolveRequest } from './solve-pool.js';

async function run(request: SolveRequest): Promise<unknown> {
  switch (request.op) {
    case 'optimize': {
      const { id } = request;
      const onProgress = request.progress ? (progress: OptimizeProgress) => parentPort!.postMessage({ id, progress } satisfies SolveReply) : undefined;
      return optimize(request.instance, { ...request.options, ...(onProgress ? { onProgress } : {}) });
    }
    case 'explain':
      return explainInfeasibility(request.instance);
  }
}

parentPort!.on('message', (request: SolveRequest) => {
  run(request).then(
    (value) => parentPort!.postMessage({ id: request.id, ok: true, value } satisfies SolveReply),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      const { code, details } = err as Error & { code?: unknown; details?: unknown };
      parentPort!.postMessage({ id: request.id, ok: false, error: { name: err.name, message: err.message, code, details } } satisfies SolveReply);
    },
  );
});
