// The pages/api plan with its per-route transforms spread over worker threads (`--cpus N`). The plan
// itself stays one pure function (plan.ts): it is made once to learn every route's transform input
// (cheap: no transform runs), the transforms run in the workers, and the plan is made again with their
// results. Each route is parsed and printed once, in the worker that transforms it.

import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { transformPagesRoute } from '../../transforms/pages-api';
import { SourceParseError } from '../analyze/parse';
import type { TransformResult } from '../types';
import { plan, type Plan, type PlanInput, type Transform } from './plan';
import type { RouteTask, TaskOutcome, WorkerSetup } from './transform-worker';

/** Below this many routes, starting workers costs more than it saves. */
export const PARALLEL_MIN_ROUTES = 64;
const BATCH = 8;
/** Old-space cap of a transform worker: a route's rewrite needs a few MB; the cap keeps garbage from piling up. */
const WORKER_HEAP_MB = 256;

export interface ParallelOptions {
  cpus: number;
  /** Called as routes are transformed: done of total. */
  onProgress?: (done: number, total: number) => void;
}

const LEFT: TransformResult = { status: 'left', extraFiles: [], movedExports: {}, methods: [], needsRuntime: false, diagnostics: [] };

export async function planInParallel(input: PlanInput, options: ParallelOptions): Promise<Plan> {
  const tasks: RouteTask[] = [];
  plan(input, (routeInput) => {
    const { resolveModule: _r, importersOf: _i, ...task } = routeInput;
    tasks.push(task);
    return LEFT;
  });
  if (tasks.length < PARALLEL_MIN_ROUTES) {
    let done = 0;
    return plan(input, counting(transformPagesRoute, () => options.onProgress?.(++done, tasks.length)));
  }
  const outcomes = await runWorkers(input, tasks, options);
  return plan(input, (routeInput) => {
    const outcome = outcomes.get(routeInput.sourcePath);
    if (!outcome) throw new Error(`no result for ${routeInput.sourcePath}`);
    if ('error' in outcome) {
      const { parse, message } = outcome.error;
      throw parse ? new SourceParseError(parse.file, parse.line, parse.column, message) : new Error(message);
    }
    return outcome.result;
  });
}

function counting(transform: Transform, tick: () => void): Transform {
  return (routeInput) => {
    const result = transform(routeInput);
    tick();
    return result;
  };
}

async function runWorkers(input: PlanInput, tasks: RouteTask[], options: ParallelOptions): Promise<Map<string, TaskOutcome>> {
  const setup: WorkerSetup = { files: [...input.projectFiles, ...input.routes], aliases: input.aliases };
  const outcomes = new Map<string, TaskOutcome>();
  const queue = [...tasks];
  // even with one cpu the transforms run in a worker: its heap is capped, so the garbage of thousands of
  // rewrites is collected as it goes instead of growing the process (the main thread keeps only results)
  const count = Math.max(1, Math.min(options.cpus, Math.ceil(tasks.length / BATCH)));
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const workers = Array.from({ length: count }, () => new Worker(path.join(__dirname, 'transform-worker.js'), { workerData: setup, resourceLimits }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const batch = queue.splice(0, BATCH);
              if (batch.length === 0) return resolve();
              worker.postMessage(batch);
            };
            worker.on('message', (batch: TaskOutcome[]) => {
              for (const outcome of batch) outcomes.set(outcome.path, outcome);
              options.onProgress?.(outcomes.size, tasks.length);
              next();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a transform worker exited with ${code}`))));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
