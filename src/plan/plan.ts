// The whole migration as data: which routes move where, which files change, and why others stay.
// Pure: every input is a path or a {path, source}; nothing here touches the disk.

import { SourceParseError } from '../analyze/parse';
import { repointImporter } from '../rewrite/repoint-importers';
import { legacyRuntimeSource, RUNTIME_MODULE_NAME } from '../rewrite/legacy-runtime';
import type { Diagnostic, NextMajor, PagesRouteInput, TransformResult } from '../types';
import { codeInfo } from '../diagnostics/codes';
import { transformPagesRoute } from '../../transforms/pages-api';
import { appEntriesOf, findConflicts } from './conflicts';
import { analyzeImporters, findBlockedRoutes, specifierRewrites, type MovingRoute } from './importer-plan';
import { RouteIndex, type SourceFile } from './importers';
import { moduleKeysOf, resolveSpecifier, specifiersInText, type PathAlias } from './module-paths';
import type { FileOp, Plan, RouteRow } from './plan-types';
import { folderName, paramsOf, routeFileName, segmentsOfPagesRoute, targetPathFor, UnrepresentableSegmentError, type Segment } from './route-path';
import { unifySlugNames } from './slug-names';

export type { SourceFile } from './importers';
export type { FileOp, Plan, RouteRow, RouteStatus } from './plan-types';

export type Transform = (input: PagesRouteInput) => TransformResult;

export interface PlanInput {
  /** Every discovered pages/api source. */
  routes: SourceFile[];
  /** Source files whose names cannot be read as UTF-8: skipped, each said on one line. */
  unreadable?: string[];
  /** 'app' or 'src/app'. */
  appDir: string;
  /** Every existing file under app/ and src/app/ (paths only). */
  appFiles: string[];
  /** Other project source files that may import a route (the planner pre-filters them by text). */
  projectFiles: SourceFile[];
  /** `--only` path prefixes, project-relative; empty or absent: every route. */
  only?: string[];
  next: NextMajor;
  /** 'ts' when the project has a tsconfig.json. */
  lang: 'ts' | 'js';
  aliases: PathAlias[];
  /** Text of the file at runtimeModulePath(appDir, lang), when it exists. */
  existingRuntime?: string;
}

/** Where the shared legacy-API helper goes: 'app/_lib/legacy-api.ts'. */
export function runtimeModulePath(appDir: string, lang: 'ts' | 'js'): string {
  return `${appDir}/${RUNTIME_MODULE_NAME}.${lang}`;
}

/** Whether `source` falls under one of the `--only` prefixes ('pages/api/users' selects pages/api/users/**). */
export function isSelected(source: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((raw) => {
    const p = raw.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return p === '' || p === '.' || source === p || source.startsWith(p + '/');
  });
}

interface Work {
  file: SourceFile;
  row: RouteRow;
  legacy?: Segment[];
  segments?: Segment[];
  result?: TransformResult;
}

const blocking = (ds: Diagnostic[]) => ds.some((d) => codeInfo(d.code).blocks);

/** Run the transform; a parse error or a crash becomes an 'error' row instead of stopping the run. */
function runTransform(work: Work, input: PagesRouteInput, transform: Transform): void {
  try {
    work.result = transform(input);
    work.row.methods = work.result.methods;
    work.row.diagnostics.push(...work.result.diagnostics);
    if (work.result.diagnostics.some((d) => d.code === 'RS001')) work.row.status = 'error';
    else if (work.result.status !== 'migrated') {
      work.row.status = 'left';
      if (work.result.status === 'not-a-route' && !blocking(work.result.diagnostics)) {
        work.row.diagnostics.push({ code: 'RS002', file: input.sourcePath, line: 1, column: 1, message: 'no default-exported handler' });
      }
    }
  } catch (err) {
    work.row.status = 'error';
    if (err instanceof SourceParseError) {
      work.row.diagnostics.push({ code: 'RS001', file: err.file, line: err.line, column: err.column, message: err.message });
    } else {
      const message = `routeshift internal error: ${(err as Error)?.message ?? String(err)}`.split('\n')[0];
      work.row.diagnostics.push({ code: 'RS607', file: input.sourcePath, line: 1, column: 1, message });
    }
  }
}

/** Place every selected route: segments, slug names unified with siblings and existing app/ entries. */
function placeRoutes(works: Work[], input: PlanInput): void {
  for (const w of works) {
    try {
      w.legacy = segmentsOfPagesRoute(w.file.path);
    } catch (err) {
      if (!(err instanceof UnrepresentableSegmentError)) throw err;
      w.row.status = 'left';
      w.row.diagnostics.push({ code: 'RS606', file: w.file.path, line: 1, column: 1, message: err.message });
    }
  }
  const placed = works.filter((w) => w.legacy);
  const existing = appEntriesOf(input.appFiles, input.appDir).map((e) => e.segments);
  const unified = unifySlugNames(placed.map((w) => w.legacy!), existing);
  placed.forEach((w, i) => {
    w.segments = unified[i];
    w.row.target = targetPathFor(input.appDir, w.segments, routeFileName(w.file.path));
    w.legacy!.forEach((old, k) => {
      const now = w.segments![k];
      if (old.kind !== 'static' && now.kind !== 'static' && old.name !== now.name) {
        const message = `${folderName(old)} becomes ${folderName(now)} to match its siblings`;
        w.row.diagnostics.push({ code: 'RS509', file: w.file.path, line: 1, column: 1, message });
      }
    });
  });
}

/** Keep routes whose helper module would clash with an existing one (RS605); add the helper once otherwise. */
function planRuntime(moving: Work[], input: PlanInput, ops: FileOp[]): void {
  const users = moving.filter((w) => w.result!.needsRuntime);
  if (users.length === 0) return;
  const path = runtimeModulePath(input.appDir, input.lang);
  const content = legacyRuntimeSource(input.lang);
  if (input.existingRuntime === undefined) ops.push({ kind: 'write', path, content });
  else if (input.existingRuntime !== content) {
    for (const w of users) {
      w.row.status = 'left';
      w.row.diagnostics.push({ code: 'RS605', file: path, line: 1, column: 1, message: `${path} exists with other content` });
    }
  }
}

/** Project modules by key ('lib/auth', and 'lib' for 'lib/index.ts'), for the transform's import resolution. */
function moduleIndex(files: SourceFile[]): Map<string, SourceFile> {
  const index = new Map<string, SourceFile>();
  for (const f of files) for (const key of moduleKeysOf(f.path)) if (!index.has(key)) index.set(key, f);
  return index;
}

/** Project file → the files that import it (found by a text scan of specifiers). */
function importerIndex(files: SourceFile[], aliases: PathAlias[], modules: Map<string, SourceFile>): Map<string, string[]> {
  // a Set per module: a lib module thousands of routes import is not searched at every import
  const index = new Map<string, Set<string>>();
  for (const f of files) {
    for (const spec of specifiersInText(f.source)) {
      for (const key of resolveSpecifier(spec, f.path, aliases)) {
        const target = modules.get(key);
        if (!target) continue;
        let set = index.get(target.path);
        if (!set) index.set(target.path, (set = new Set()));
        set.add(f.path);
        break;
      }
    }
  }
  return new Map([...index].map(([k, v]) => [k, [...v]]));
}

/** What a route's transform may ask of the rest of the project, wherever it runs (here, or in a worker). */
export interface ProjectLookups {
  resolveModule: (from: string) => NonNullable<PagesRouteInput['resolveModule']>;
  importersOf: NonNullable<PagesRouteInput['importersOf']>;
}

/** `files`: the project's sources, pages/api routes included. */
export function projectLookups(files: SourceFile[], aliases: PathAlias[]): ProjectLookups {
  const modules = moduleIndex(files);
  const importers = importerIndex(files, aliases, modules);
  return {
    resolveModule: (path) => (specifier, from = path) => {
      for (const key of resolveSpecifier(specifier, from, aliases)) if (modules.has(key)) return modules.get(key);
      return undefined;
    },
    importersOf: (path) => importers.get(path) ?? [],
  };
}

/** The plan for `input`; `transform` is the per-route transform (injectable for tests). */
export function plan(input: PlanInput, transform: Transform = transformPagesRoute): Plan {
  const works: Work[] = [...input.routes]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({ file, row: { source: file.path, target: null, methods: [], status: 'migrated', diagnostics: [] } }));
  const selected = works.filter((w) => isSelected(w.file.path, input.only));
  for (const w of works) if (!isSelected(w.file.path, input.only)) w.row.status = 'skipped';
  placeRoutes(selected, input);

  const placed = selected.filter((w) => w.segments);
  const conflicts = findConflicts(placed.map((w) => ({ source: w.file.path, targetPath: w.row.target!, segments: w.segments! })), input.appFiles, input.appDir);
  const runtimeModule = `${input.appDir}/${RUNTIME_MODULE_NAME}`;
  const lookups = projectLookups([...input.projectFiles, ...input.routes], input.aliases);
  for (const w of placed) {
    const params = paramsOf(w.segments!, w.legacy);
    const routeInput = { sourcePath: w.file.path, source: w.file.source, targetPath: w.row.target!, params, next: input.next, runtimeModule };
    runTransform(w, { ...routeInput, resolveModule: lookups.resolveModule(w.file.path), importersOf: lookups.importersOf }, transform);
    const found = conflicts.get(w.file.path) ?? [];
    w.row.diagnostics.push(...found);
    if (w.row.status === 'migrated' && blocking(found)) w.row.status = 'left';
  }
  // an extra file may exist already: from an earlier run (same text: nothing to write) or not ours (RS601)
  const existingFiles = new Set(input.appFiles);
  const existingText = new Map(input.projectFiles.map((f) => [f.path, f.source]));
  for (const w of placed.filter((p) => p.row.status === 'migrated')) {
    w.result!.extraFiles = w.result!.extraFiles.filter((f) => existingText.get(f.path) !== f.source);
    const clashes = (f: { path: string; before?: string }) => (f.before !== undefined ? existingText.get(f.path) !== f.before : existingFiles.has(f.path) || existingText.has(f.path));
    for (const extra of w.result!.extraFiles.filter(clashes)) {
      w.row.status = 'left';
      w.row.diagnostics.push({ code: 'RS601', file: w.file.path, line: 1, column: 1, message: `${extra.path} already exists` });
    }
  }

  const isMoving = (w: Work) => w.row.status === 'migrated';
  const movingRoute = (w: Work): MovingRoute => ({ source: w.file.path, target: w.row.target!, output: w.result!.output ?? '', movedExports: w.result!.movedExports });
  const index = new RouteIndex(placed.filter(isMoving).map((w) => w.file.path), input.aliases);
  const routePaths = new Set(works.map((w) => w.file.path));
  const extraPaths = new Set(placed.filter(isMoving).flatMap((w) => w.result!.extraFiles.map((f) => f.path)));
  const candidates = [
    ...input.projectFiles.filter((f) => !routePaths.has(f.path) && !extraPaths.has(f.path)).map((file) => ({ file, displayPath: file.path })),
    ...works.map((w) => ({ file: w.file, displayPath: w.file.path })),
    ...placed.filter(isMoving).map((w) => ({ file: { path: w.row.target!, source: w.result!.output ?? '' }, displayPath: w.file.path })),
    // files a route brings along (a wrapper's route-handler form) import moved modules too
    ...placed.filter(isMoving).flatMap((w) => w.result!.extraFiles.filter((f) => !routePaths.has(f.path)).map((f) => ({ file: { path: f.path, source: f.source }, displayPath: f.path }))),
  ];
  const analyzed = analyzeImporters(candidates, index);
  const blocked = findBlockedRoutes(analyzed, new Map(placed.filter(isMoving).map((w) => [w.file.path, movingRoute(w)])));
  for (const w of placed.filter(isMoving)) {
    const ds = blocked.get(w.file.path);
    if (ds) {
      w.row.status = 'left';
      w.row.diagnostics.push(...ds);
    }
  }

  const ops: FileOp[] = [];
  planRuntime(placed.filter(isMoving), input, ops);
  const moving = new Map(placed.filter(isMoving).map((w) => [w.file.path, movingRoute(w)]));
  const rewritten = new Map<string, string>();
  for (const a of analyzed) {
    const out = repointImporter(a.file.path, a.file.source, specifierRewrites(a, moving, input.aliases));
    if (out !== undefined) rewritten.set(a.file.path, out);
  }
  const written = new Set<string>();
  for (const w of placed.filter(isMoving)) {
    ops.push({ kind: 'write', path: w.row.target!, content: rewritten.get(w.row.target!) ?? w.result!.output ?? '' });
    // shared extra files (a wrapper's route-handler form) are written once
    for (const extra of w.result!.extraFiles) {
      const content = rewritten.get(extra.path) ?? extra.source;
      if (!written.has(extra.path) && written.add(extra.path)) ops.push({ kind: 'write', path: extra.path, content, ...(extra.before !== undefined ? { before: extra.before } : {}) });
    }
    ops.push({ kind: 'delete', path: w.file.path, before: w.file.source });
  }
  const movedAway = new Set([...placed.filter(isMoving).flatMap((w) => [w.file.path, w.row.target!]), ...extraPaths]);
  for (const a of analyzed) {
    const out = rewritten.get(a.file.path);
    if (out !== undefined && !movedAway.has(a.file.path)) ops.push({ kind: 'write', path: a.file.path, content: out, before: a.file.source });
  }
  ops.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ops, rows: works.map((w) => w.row) };
}
