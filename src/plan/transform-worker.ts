// A worker thread of the parallel planner (parallel.ts): it holds the project's sources once, and runs
// the per-route transform on the batches it is sent, where the route's AST is made and printed.

import { parentPort, workerData } from 'node:worker_threads';
import { transformPagesRoute } from '../../transforms/pages-api';
import { SourceParseError } from '../analyze/parse';
import type { PagesRouteInput } from '../types';
import { projectLookups, type SourceFile } from './plan';

export interface WorkerSetup {
  files: SourceFile[];
  aliases: Parameters<typeof projectLookups>[1];
}

export type RouteTask = Omit<PagesRouteInput, 'resolveModule' | 'importersOf'>;

/** What a transform threw, carried back to be thrown again where the plan is made. */
export interface TaskError {
  parse?: { file: string; line: number; column: number };
  message: string;
}

export type TaskOutcome = { path: string; result: ReturnType<typeof transformPagesRoute> } | { path: string; error: TaskError };

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const lookups = projectLookups(setup.files, setup.aliases);
  port.on('message', (batch: RouteTask[]) => {
    const outcomes: TaskOutcome[] = batch.map((task) => {
      try {
        return { path: task.sourcePath, result: transformPagesRoute({ ...task, resolveModule: lookups.resolveModule(task.sourcePath), importersOf: lookups.importersOf }) };
      } catch (err) {
        const parse = err instanceof SourceParseError ? { file: err.file, line: err.line, column: err.column } : undefined;
        return { path: task.sourcePath, error: { parse, message: String((err as Error)?.message ?? err) } };
      }
    });
    port.postMessage(outcomes);
  });
}
