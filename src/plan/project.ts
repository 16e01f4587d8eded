// The project as the planner sees it: its files read once (readPlanInput), the Next and Express majors it
// targets from its package.json, and the Express plan merged with the pages/api one. Shared by the run
// (run.ts) and the planning worker (plan-worker.ts).

import fs from 'node:fs';
import path from 'node:path';
import { discover } from '../discover/discover';
import type { NextMajor } from '../types';
import { planExpressApp } from './express-app-plan';
import type { ExpressVersion } from './express-paths';
import { pathAliasesOf } from './module-paths';
import { runtimeModulePath, type Plan, type PlanInput, type SourceFile } from './plan';

export interface RunOptions {
  /** Project directory. */
  dir: string;
  dry?: boolean;
  /** Write the diff to this file (relative to the current directory) and nothing else. */
  patch?: string;
  /** `--only` prefixes, relative to `dir`. */
  only?: string[];
  /** Project-relative app dir; default from the project layout. */
  appDir?: string;
  /** Target Next major; default from the project's package.json, else 16. */
  next?: NextMajor;
  /** Markdown report path (relative to the current directory); JSON goes beside it. */
  report?: string;
  force?: boolean;
  /** Migrate the Express app: its entry module, or true to find the module that calls express(). */
  express?: string | true;
  /** Worker threads for the per-route transforms (default: every core). */
  cpus?: number;
  /** No progress bar and no summary (errors still go to stderr). */
  silent?: boolean;
  /** Exit 3 when any route was left in place (for CI gates). */
  failOnLeft?: boolean;
  /** Format written files with the project's own Prettier when it has one configured (default true). */
  format?: boolean;
}

/** The Next major a `next` dependency range targets: '^14.2.0' → 14, '15.x' → 15, 'latest' → 16. */
export function nextMajorFromRange(range: string | undefined): NextMajor {
  const m = range ? /(\d+)/.exec(range) : null;
  if (!m) return 16;
  const major = Number(m[1]);
  return major <= 14 ? 14 : major >= 16 ? 16 : 15;
}

function readNextMajor(dir: string): NextMajor {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return nextMajorFromRange(pkg.dependencies?.next ?? pkg.devDependencies?.next ?? pkg.peerDependencies?.next);
  } catch {
    return 16;
  }
}

function read(dir: string, rel: string): string {
  return fs.readFileSync(path.join(dir, rel), 'utf8');
}

/** Read everything the planner needs from `dir`. */
export function readPlanInput(dir: string, options: RunOptions): PlanInput {
  const found = discover(dir);
  const appDir = (options.appDir ?? found.defaultAppDir).replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  const lang = fs.existsSync(path.join(dir, 'tsconfig.json')) ? 'ts' : 'js';
  const runtimePath = path.join(dir, runtimeModulePath(appDir, lang));
  const routeSet = new Set(found.routes);
  const toFile = (p: string): SourceFile => ({ path: p, source: read(dir, p) });
  return {
    unreadable: found.unreadable,
    routes: found.routes.map(toFile),
    appDir,
    appFiles: found.appFiles,
    projectFiles: found.sourceFiles.filter((p) => !routeSet.has(p)).map(toFile),
    only: options.only,
    next: options.next ?? readNextMajor(dir),
    lang,
    aliases: found.tsconfig ? pathAliasesOf(read(dir, found.tsconfig)) : [],
    existingRuntime: fs.existsSync(runtimePath) ? fs.readFileSync(runtimePath, 'utf8') : undefined,
  };
}

/** The Express major a dependency range targets: '^5.1.0' → 5, anything else → 4. */
function readExpressVersion(dir: string): ExpressVersion {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const range: string | undefined = pkg.dependencies?.express ?? pkg.devDependencies?.express;
    return range && /^\D*5/.test(range) ? 5 : 4;
  } catch {
    return 4;
  }
}

/** The Express migration of the project: its own plan, merged with the pages/api one (files both write, once). */
export function planExpress(dir: string, input: PlanInput, options: RunOptions): Plan {
  const files = new Map<string, string>();
  const inApp = (p: string) => p === input.appDir || p.startsWith(input.appDir + '/');
  for (const f of input.projectFiles) if (!inApp(f.path) && !f.path.endsWith('.d.ts')) files.set(f.path, f.source);
  for (const f of input.routes) files.set(f.path, f.source);
  const existing = new Map<string, string>();
  for (const f of input.appFiles) if (/\/_lib\//.test(f)) existing.set(f, read(dir, f));
  const entry = typeof options.express === 'string' ? options.express.replace(/\\/g, '/').replace(/^(\.\/)+/, '') : undefined;
  if (entry !== undefined && !files.has(entry)) throw new Error(`--express ${options.express}: no such source file in ${options.dir}`);
  return planExpressApp({ files, entry, appDir: input.appDir, lang: input.lang, next: input.next, version: readExpressVersion(dir), only: input.only, aliases: input.aliases, appFiles: input.appFiles, existing });
}

export function mergePlans(a: Plan, b: Plan): Plan {
  const seen = new Map(a.ops.map((op) => [op.path, op]));
  const ops = [...a.ops];
  for (const op of b.ops) {
    const have = seen.get(op.path);
    if (have && have.kind === 'write' && op.kind === 'write' && have.content === op.content) continue;
    ops.push(op);
  }
  return { ops, rows: [...a.rows, ...b.rows] };
}
