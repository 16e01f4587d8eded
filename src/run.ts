// One run of routeshift: read the project, plan, then apply (or render the diff), and report.
// Returns the exit status: 0 done (routes may be left in place), 1 could not run or a file errored.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApplyError, ApplyInterrupted } from './apply/apply';
import { beginRun, GuardError, signalExitCode, STATE_DIR, type RunGuard } from './apply/session';
import { colorDiff, diffSections } from './apply/diff';
import { formatOutputs } from './rewrite/format-output';
import { codeInfo } from './diagnostics/codes';
import type { PlanMessage } from './plan/plan-worker';
import { plan, type Plan, type Transform } from './plan/plan';
import { mergePlans, planExpress, readPlanInput, type RunOptions } from './plan/project';
import { progressBar } from './report/progress';
import { renderJsonReport, renderMarkdownReport, renderTextSummary } from './report/report';

export { nextMajorFromRange, readPlanInput, type RunOptions } from './plan/project';

export interface RunIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The progress bar's stream, when it is a terminal. */
  progressTTY?: NodeJS.WriteStream;
  /** stdout is a terminal: the --dry diff is coloured. */
  colorStdout?: boolean;
}

export const processIO: RunIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  progressTTY: process.stderr.isTTY ? process.stderr : undefined,
  colorStdout: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

/** Runs with this many routes and more show a progress bar (on a terminal, without --silent). */
export const PROGRESS_MIN_ROUTES = 300;

/** Uncommitted changes under `dir` (report files excluded); none when `dir` is not in a git work tree. */
export function gitChanges(dir: string, ignoredFiles: string[]): string[] {
  const excludes = ignoredFiles
    .map((f) => path.relative(dir, f))
    .filter((rel) => rel && !rel.startsWith('..') && !path.isAbsolute(rel))
    .map((rel) => `:(exclude,literal)${rel.split(path.sep).join('/')}`);
  const res = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', '.', ...excludes], { cwd: dir, encoding: 'utf8' });
  if (res.error || res.status !== 0) return [];
  return res.stdout.split('\n').filter(Boolean);
}

/** Old-space cap of the planning worker (ROUTESHIFT_PLAN_HEAP_MB to raise it for a very large repository). */
const PLAN_HEAP_MB = Number(process.env.ROUTESHIFT_PLAN_HEAP_MB) || 384;

/** The plan, made in a worker thread with a capped heap (plan-worker.ts); progress and unreadable names come back as it goes. */
function planInWorker(dir: string, options: RunOptions, io: RunIO): Promise<Plan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'plan', 'plan-worker.js'), { workerData: { dir, options }, resourceLimits: { maxOldGenerationSizeMb: PLAN_HEAP_MB } });
    let bar: ReturnType<typeof progressBar> | undefined;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      bar?.stop();
      void worker.terminate();
      fn();
    };
    worker.on('message', (m: PlanMessage) => {
      if (m.kind === 'unreadable') io.stderr(`routeshift: ${m.name}: the file name is not UTF-8; skipped\n`);
      else if (m.kind === 'routes') bar = !options.silent && io.progressTTY && m.count >= PROGRESS_MIN_ROUTES ? progressBar(io.progressTTY) : undefined;
      else if (m.kind === 'progress') bar?.update(m.done, m.total);
      else if (m.kind === 'plan') settle(() => resolve(m.plan));
      else settle(() => reject(new Error(m.message)));
    });
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => reject(new Error(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `planning needs more than ${PLAN_HEAP_MB} MB for this repository: run again with ROUTESHIFT_PLAN_HEAP_MB=${PLAN_HEAP_MB * 4}` : err.message))),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the planning worker stopped (exit ${code})`))));
  });
}

/** One line per errored route: 'routeshift: pages/api/bad.ts:3:7: Unexpected token'. */
function errorLines(result: Plan): string {
  return result.rows
    .filter((r) => r.status === 'error')
    .map((r) => {
      const d = r.diagnostics.find((x) => x.code === 'RS001') ?? r.diagnostics.find((x) => codeInfo(x.code).blocks) ?? r.diagnostics[0];
      return d ? `routeshift: ${d.file}:${d.line}:${d.column}: ${d.message}\n` : `routeshift: ${r.source}: error\n`;
    })
    .join('');
}

export function reportPaths(dir: string, report: string | undefined): { md: string; json: string } {
  const md = report ? path.resolve(report) : path.join(dir, 'routeshift-report.md');
  return { md, json: /\.md$/i.test(md) ? md.replace(/\.md$/i, '.json') : md + '.json' };
}

export async function run(options: RunOptions, io: RunIO = processIO, transform?: Transform): Promise<number> {
  const dir = path.resolve(options.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    io.stderr(`routeshift: ${options.dir}: not a directory\n`);
    return 1;
  }
  const reports = reportPaths(dir, options.report);
  // [apply safety] paths inside the project, the lock, recovery of an interrupted run: before anything else.
  let guard: RunGuard;
  try {
    guard = beginRun(dir, { dry: Boolean(options.dry || options.patch), appDir: options.appDir, reports: { ...reports, given: options.report }, stderr: io.stderr });
  } catch (err) {
    if (!(err instanceof GuardError)) throw err;
    io.stderr(`routeshift: ${err.message}\n`);
    return 1;
  }
  try {
    return await runGuarded(dir, { ...options, appDir: guard.appDir ?? options.appDir }, io, transform, guard, reports);
  } finally {
    guard.end();
  }
}

async function runGuarded(dir: string, options: RunOptions, io: RunIO, transform: Transform | undefined, guard: RunGuard, reports: { md: string; json: string }): Promise<number> {
  if (!options.dry && !options.patch && !options.force && gitChanges(dir, [reports.md, reports.json, path.join(dir, STATE_DIR)]).length > 0) {
    io.stderr('routeshift: the git tree has uncommitted changes; commit or stash them first, or pass --force\n');
    return 1;
  }
  let result: Plan;
  try {
    if (transform) {
      const input = readPlanInput(dir, options);
      result = plan(input, transform);
      if (options.express) result = mergePlans(result, planExpress(dir, input, options));
    } else {
      result = await planInWorker(dir, options, io);
    }
  } catch (err) {
    io.stderr(`routeshift: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    return 1;
  }
  io.stderr(errorLines(result));
  // 1: a file errored; 3 (--fail-on-left): a route was left in place; else 0
  const failed = result.rows.some((r) => r.status === 'error') ? 1 : options.failOnLeft && result.rows.some((r) => r.status === 'left') ? 3 : 0;
  const summary = options.silent ? '' : renderTextSummary(result.rows);
  const moves = result.rows.filter((r) => r.status === 'migrated' && !r.route && r.target).map((r) => ({ from: r.source, to: r.target! }));
  if (options.format !== false) result = { ...result, ops: (await formatOutputs(dir, result.ops, moves)).ops };
  if (options.dry || options.patch) {
    // section by section: the diff of a large repository is never held whole
    if (options.patch) fs.mkdirSync(path.dirname(path.resolve(options.patch)), { recursive: true });
    const patch = options.patch ? fs.openSync(path.resolve(options.patch), 'w') : undefined;
    let any = false;
    try {
      for (const section of diffSections(result.ops, moves)) {
        any = true;
        if (patch !== undefined) fs.writeSync(patch, section);
        if (options.dry) io.stdout(io.colorStdout ? colorDiff(section) : section);
      }
    } finally {
      if (patch !== undefined) fs.closeSync(patch);
    }
    if (options.dry && any) io.stdout('\n');
    io.stdout(summary);
    return failed;
  }
  try {
    // The reports are written in the same transaction as the plan.
    await guard.apply(result.ops, [
      { path: guard.reportPaths.md, content: renderMarkdownReport(result.rows) },
      { path: guard.reportPaths.json, content: renderJsonReport(result.rows) },
    ]);
  } catch (err) {
    if (err instanceof ApplyInterrupted) {
      io.stderr(`routeshift: ${err.message}\n`);
      return signalExitCode(err.signal);
    }
    if (!(err instanceof ApplyError)) throw err;
    io.stderr(`routeshift: ${err.message}\n`);
    return 1;
  }
  if (!options.silent) io.stdout(summary + `report: ${path.relative(process.cwd(), reports.md) || reports.md}\n`);
  return failed;
}
