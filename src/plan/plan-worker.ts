// The planning of a run, in a worker thread whose heap is capped: reading the project, both passes of the
// pages/api plan (with its own transform workers) and the Express plan leave garbage in proportion to the
// repository; here it is collected within the cap, and the main thread only receives the finished plan.
// Messages to the main thread: { unreadable }, { routes }, { progress }, then { plan } or { error }.

import { parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';
import { planInParallel } from './parallel';
import type { Plan } from './plan';
import { mergePlans, planExpress, readPlanInput, type RunOptions } from './project';

export type PlanMessage =
  | { kind: 'unreadable'; name: string }
  | { kind: 'routes'; count: number }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'plan'; plan: Plan }
  | { kind: 'error'; message: string };

if (parentPort) {
  const port = parentPort;
  const { dir, options } = workerData as { dir: string; options: RunOptions };
  const send = (m: PlanMessage) => port.postMessage(m);
  (async () => {
    const input = readPlanInput(dir, options);
    for (const name of input.unreadable ?? []) send({ kind: 'unreadable', name });
    send({ kind: 'routes', count: input.routes.length });
    let plan = await planInParallel(input, { cpus: options.cpus ?? os.availableParallelism(), onProgress: (done, total) => send({ kind: 'progress', done, total }) });
    if (options.express) plan = mergePlans(plan, planExpress(dir, input, options));
    send({ kind: 'plan', plan });
  })().catch((err) => send({ kind: 'error', message: String((err as Error)?.message ?? err).split('\n')[0] }));
}
