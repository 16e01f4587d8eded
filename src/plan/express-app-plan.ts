// The Express migration as data: which registrations move to which app/ route modules, how each
// function they run is rewritten and where, what the Express source loses, and why other routes stay.
// Pure: sources in, file operations and report rows out.
//
//   analyze (express-routes.ts: the route table)  →  place (express-plan.ts: one route.ts per URL)
//   →  decide each layer (express-layers.ts)  →  rewrite: route modules (transforms/express-route.ts),
//      modules of controllers and middleware (transforms/express-module.ts), the app's own functions
//      written where nothing imports them (inline in app.js: transforms/express-route.ts, moved)
//   →  the Express source follows (rewrite/express-source.ts): migrated registrations and emptied routers go.
// A route is migrated only when every layer it runs could be; anything that fails leaves the whole
// registration in Express, and the rest is planned again without it.

import { posix } from 'node:path';
import { classifyLayer, type PipelineLayer } from '../analyze/express-layers';
import { analyzeExpressRoutes, findExpressEntry, resolverFor, type ExpressRoute, type FunctionSite, type HandlerRef, type RouterInfo } from '../analyze/express-routes';
import { codeInfo, type DiagnosticCode } from '../diagnostics/codes';
import { expressAppSource, EXPRESS_APP_FUNCTIONS_MODULE_NAME, EXPRESS_APP_MODULE_NAME } from '../rewrite/express-app-runtime';
import type { PipelineRole } from '../rewrite/express-function';
import { expressRuntimeSource, EXPRESS_RUNTIME_MODULE_NAME } from '../rewrite/express-runtime';
import { editExpressSource } from '../rewrite/express-source';
import { relativeSpecifier } from '../rewrite/import-specifiers';
import { legacyRuntimeSource, RUNTIME_MODULE_NAME } from '../rewrite/legacy-runtime';
import type { Diagnostic, HttpMethod, NextMajor } from '../types';
import { transformPipelineModule } from '../../transforms/express-module';
import { transformAppFunctions, transformExpressRoute, type AppFunction, type RouteLayer, type RouteMethod } from '../../transforms/express-route';
import type { ExpressVersion } from './express-paths';
import { planExpressRoutes, type ExpressTarget } from './express-plan';
import { resolveSpecifier, specifiersInText, type PathAlias } from './module-paths';
import type { FileOp, Plan, RouteRow } from './plan-types';
import { isSelected } from './plan';
import { segmentsOfAppEntry, type Segment } from './route-path';

export interface ExpressAppInput {
  /** Project source files (JS and TS), project-relative → text. */
  files: Map<string, string>;
  /** The module that creates the app; found when absent (the one that calls express()). */
  entry?: string;
  appDir: string;
  lang: 'ts' | 'js';
  next: NextMajor;
  version: ExpressVersion;
  /** `--only`: files or folders (routes/users.js), or mount paths (/api/users). */
  only?: string[];
  aliases: PathAlias[];
  /** Existing files under app/ (their URLs are taken; their slug names win). */
  appFiles: string[];
  /** Text of files routeshift writes once, where they exist (app/_lib/*). */
  existing: Map<string, string>;

}

interface Registration {
  route: ExpressRoute;
  row: RouteRow;
  /** Where it goes (two targets for a trailing optional param). */
  targets: ExpressTarget[];
  layers: PipelineLayer[];
  errorLayers: PipelineLayer[];
}

const key = (r: { file: string; line: number; column: number }) => `${r.file}:${r.line}:${r.column}`;
const diag = (code: DiagnosticCode, at: { file: string; line: number; column: number }, message: string): Diagnostic => ({ code, file: at.file, line: at.line, column: at.column, message });
const isCommonJs = (source: string) => !/^\s*(import|export)\s/m.test(source) && /\bmodule\.exports\b|\bexports\.[\w$]+\s*=/.test(source);

/** `stay`: registrations (file:line:column) kept in Express from the start, with why (a conflict found late). */
export function planExpressApp(input: ExpressAppInput, stay = new Map<string, Diagnostic>()): Plan {
  const entry = input.entry ?? findExpressEntry(input.files);
  if (!entry) {
    return { ops: [], rows: [{ source: '.', target: null, methods: [], status: 'error', diagnostics: [diag('RS708', { file: '.', line: 1, column: 1 }, 'no module calls express(); name the app with --express <file>')] }] };
  }
  const analysis = analyzeExpressRoutes({ entry, files: input.files, resolve: resolverFor(input.files.keys(), input.aliases) });
  const rows: RouteRow[] = analysis.diagnostics
    .filter((d) => codeInfo(d.code as DiagnosticCode).blocks)
    .map((d) => ({ source: d.file, target: null, methods: [], status: 'left' as const, diagnostics: [diag(d.code as DiagnosticCode, d, d.message)] }));
  const existing = input.appFiles.map((f) => segmentsOfAppEntry(f, input.appDir)).filter((s): s is Segment[] => !!s);
  const placed = planExpressRoutes(analysis.routes, { appDir: input.appDir, fileName: `route.${input.lang}`, version: input.version, existing });
  const appRouter = analysis.routers.find((r) => r.kind === 'app');

  // one entry per registration, in Express's order, with the targets it lands in
  const targetsOf = new Map<ExpressRoute, ExpressTarget[]>();
  for (const t of placed.targets) for (const r of new Set(t.methods.values())) targetsOf.set(r, [...(targetsOf.get(r) ?? []), t]);
  const registrations: Registration[] = [...analysis.routes]
    .sort((a, b) => a.order - b.order)
    .map((route) => {
      const notes = analysis.diagnostics.filter((d) => !codeInfo(d.code as DiagnosticCode).blocks && d.file === route.file).map((d) => diag(d.code as DiagnosticCode, d, d.message));
      const row: RouteRow = { source: `${route.file}:${route.line}`, route: `${route.method} ${route.path}`, target: null, methods: route.method === 'ALL' ? [] : [route.method as HttpMethod], status: 'migrated', diagnostics: notes };
      return { route, row, targets: targetsOf.get(route) ?? [], layers: [], errorLayers: [] };
    });
  const byRoute = new Map(registrations.map((r) => [r.route, r]));
  for (const left of placed.left) {
    const reg = byRoute.get(left.route);
    if (reg) leave(reg, diag(left.code, left.route, left.message));
  }
  for (const reg of registrations) {
    reg.row.target = reg.targets[0]?.target ?? null;
    if (reg.route.method === 'ALL') reg.row.methods = [...new Set(reg.targets.flatMap((t) => [...t.methods].filter(([, r]) => r === reg.route).map(([m]) => m)))];
    if (!selected(reg.route, input.only)) {
      reg.row.status = 'skipped';
      continue;
    }
    const staying = stay.get(key(reg.route));
    if (staying) leave(reg, staying);
  }
  for (const reg of registrations) {
    reg.layers = [...reg.route.routerMiddleware, ...reg.route.handlers].map((ref) => classifyLayer(ref));
    reg.errorLayers = errorHandlersFor(reg.route, appRouter, analysis.routers).map((ref) => classifyLayer(ref));
  }
  // the pipeline module is the app's, whatever a run migrates: what every route of the app runs first, and
  // the error handlers every route reaches (so a later run writes the same module an earlier one did)
  const appLayers = commonAppLayers(registrations, appRouter);
  const errorLayers = errorLayersOf(registrations);
  for (const reg of registrations) {
    if (reg.row.status !== 'migrated') continue;
    for (const layer of [...reg.layers, ...reg.errorLayers]) {
      if (layer.kind === 'blocked') leave(reg, diag('RS714', layer.ref, layer.reason));
      if (layer.kind === 'dropped' && layer.note) reg.row.diagnostics.push(diag('RS716', layer.ref, layer.note));
    }
    if (reg.errorLayers.length !== errorLayers.length) leave(reg, diag('RS714', reg.route, 'the route reaches other error handlers than the rest of the app (one is registered between routes)'));
    // a function the route module runs must be importable from where it lives, or written in the router
    // file (moved with the route); the app's own layers and error handlers are moved when they cannot be
    for (const [i, layer] of reg.layers.entries()) {
      if (layer.kind !== 'function' || i < appLayers.length || layer.site.file === reg.route.file || importable(layer)) continue;
      leave(reg, diag('RS714', layer.ref, `a function written in ${layer.site.file}:${layer.site.line} that the route runs cannot be imported from there: move it into a module of its own (module.exports = fn)`));
    }
  }
  // the app's functions nothing can import (inline in app.js) move into a module of their own; every route depends on them
  const appFunctions = appFunctionsOf(appLayers, errorLayers, input.files);
  const appFunctionsPath = `${input.appDir}/${EXPRESS_APP_FUNCTIONS_MODULE_NAME}`;
  const appFunctionsModule = appFunctions.length
    ? transformAppFunctions({ targetPath: `${appFunctionsPath}.${input.lang}`, appModule: `${input.appDir}/${EXPRESS_APP_MODULE_NAME}`, runtimeModule: `${input.appDir}/${EXPRESS_RUNTIME_MODULE_NAME}`, next: input.next, functions: appFunctions, sources: input.files, parsed: parsedFiles(input) })
    : undefined;
  if (appFunctionsModule && !appFunctionsModule.output) {
    const why = [...appFunctionsModule.failed.values()].flat().filter((d) => codeInfo(d.code).blocks);
    for (const reg of registrations) if (reg.row.status === 'migrated') for (const d of why.length ? why : [diag('RS714', { file: entry, line: 1, column: 1 }, 'app middleware not migrated')]) leave(reg, d);
  }

  keepUrlsWhereTheyAre(registrations, existing, input.appDir);
  const paths = {
    app: `${input.appDir}/${EXPRESS_APP_MODULE_NAME}`,
    runtime: `${input.appDir}/${EXPRESS_RUNTIME_MODULE_NAME}`,
    legacy: `${input.appDir}/${RUNTIME_MODULE_NAME}`,
  };

  // rewrite until nothing more fails: a registration whose route module or module function fails stays in Express
  let modules = new Map<string, ModulePlan>();
  let routeFiles = new Map<string, ReturnType<typeof routeModule>>();
  for (let round = 0; round < 8; round++) {
    keepUrlsWhereTheyAre(registrations, existing, input.appDir);
    const migrating = registrations.filter((r) => r.row.status === 'migrated');
    modules = moduleFunctions(migrating, appLayers);
    let failedAny = false;
    for (const [file, m] of modules) {
      const result = transformPipelineModule({ path: file, source: input.files.get(file)!, targetPath: file, functions: [...m.functions].map(([start, role]) => ({ start, role })), runtimeModule: paths.runtime, next: input.next });
      for (const [start, ds] of result.failed) {
        for (const reg of m.users.get(start) ?? []) {
          for (const d of ds.filter((x) => codeInfo(x.code).blocks)) leave(reg, d);
          failedAny = true;
        }
        if (m.app.has(start)) for (const reg of migrating) leave(reg, ds[0] ?? diag('RS714', { file, line: 1, column: 1 }, 'app middleware not migrated'));
      }
    }
    if (failedAny) continue;
    routeFiles = new Map();
    for (const target of placed.targets) {
      const result = routeModule(target, byRoute, appLayers.length, paths, input, new Map(), answersOptions(appLayers));
      if (!result) continue;
      for (const [method, ds] of result.failed) {
        const reg = byRoute.get(target.methods.get(method)!)!;
        for (const d of ds.filter((x) => codeInfo(x.code).blocks)) leave(reg, d);
        failedAny = true;
      }
      routeFiles.set(target.target, result);
    }
    if (!failedAny) break;
  }

  const migrated = registrations.filter((r) => r.row.status === 'migrated');
  if (migrated.length === 0) return { ops: [], rows: [...rows, ...registrations.map((r) => r.row)] };

  // the Express source follows: migrated registrations removed, routers left empty removed with their mounts
  const { sources, deleted } = editSources(migrated, analysis.routers, input);
  // a module Express still imports keeps its legacy functions: the migrated ones go in `<name>.app.js` beside it
  const ops: FileOp[] = [];
  const where = new Map<string, string>();
  for (const [file, m] of modules) {
    const stillUsed = [...sources].some(([other, text]) => other !== file && !deleted.has(other) && imports(other, text, file, input));
    const target = stillUsed ? file.replace(/(\.[cm]?[jt]sx?)$/, '.app$1') : file;
    where.set(file, target);
    const result = transformPipelineModule({ path: file, source: input.files.get(file)!, targetPath: target, functions: [...m.functions].map(([start, role]) => ({ start, role })), runtimeModule: paths.runtime, next: input.next });
    const have = target === file ? input.files.get(file) : input.files.get(target);
    if (have === result.output) continue;
    // a copy someone edited since an earlier run is theirs: the routes that use it stay, and the plan is made again
    if (target !== file && have !== undefined) {
      const why = diag('RS601', { file: target, line: 1, column: 1 }, `${target} exists with other content`);
      const again = new Map(stay);
      for (const regs of m.users.values()) for (const reg of regs) again.set(key(reg.route), why);
      return planExpressApp(input, again);
    }
    ops.push({ kind: 'write', path: target, content: result.output!, ...(have !== undefined ? { before: have } : {}) });
    const notes = result.diagnostics.filter((d) => !codeInfo(d.code).blocks);
    for (const regs of m.users.values()) for (const reg of regs) reg.row.diagnostics.push(...notes.filter((d) => !reg.row.diagnostics.includes(d)));
  }
  for (const target of placed.targets) {
    // the last round's module stands unless a module it imports is written as a copy (its import path changes)
    const copied = [...target.methods.values()].some((route) => byRoute.get(route)!.layers.some((l) => l.kind === 'function' && (where.get(l.site.file) ?? l.site.file) !== l.site.file));
    const result = copied || !routeFiles.has(target.target) ? routeModule(target, byRoute, appLayers.length, paths, input, where, answersOptions(appLayers)) : routeFiles.get(target.target);
    if (!result?.output) continue;
    ops.push({ kind: 'write', path: target.target, content: result.output });
    const notes = result.diagnostics.filter((d) => !codeInfo(d.code).blocks);
    for (const route of new Set(target.methods.values())) {
      const reg = byRoute.get(route)!;
      if (reg.row.status === 'migrated') for (const d of notes) if (!reg.row.diagnostics.some((x) => x.code === d.code && x.line === d.line && x.file === d.file)) reg.row.diagnostics.push(d);
    }
  }
  for (const [file, text] of sources) if (!deleted.has(file) && text !== input.files.get(file)) ops.push({ kind: 'write', path: file, content: text, before: input.files.get(file)! });
  for (const file of deleted) ops.push({ kind: 'delete', path: file, before: input.files.get(file)! });

  // the pipeline module and the helpers it runs on
  const connect = appLayers.some((l) => l.kind === 'connect');
  const appSource = expressAppSource(appModuleOf(appLayers, errorLayers, paths.app, where, input, entry, connect, appFunctions));
  const helpers: Array<[string, string]> = [
    [`${paths.app}.${input.lang}`, appSource],
    ...(appFunctionsModule?.output ? [[`${appFunctionsPath}.${input.lang}`, appFunctionsModule.output] as [string, string]] : []),
    [`${paths.runtime}.${input.lang}`, expressRuntimeSource(input.lang)],
    ...(connect ? [[`${paths.legacy}.${input.lang}`, legacyRuntimeSource(input.lang)] as [string, string]] : []),
  ];
  for (const [path, content] of helpers) {
    const have = input.existing.get(path);
    if (have === undefined) ops.push({ kind: 'write', path, content });
    else if (have !== content) {
      // routes of an earlier run depend on it as it is: this run's routes stay
      for (const reg of migrated) leave(reg, diag('RS605', { file: path, line: 1, column: 1 }, `${path} exists with other content (the app's middleware changed since it was written, or it was edited)`));
      return { ops: [], rows: [...rows, ...registrations.map((r) => r.row)] };
    }
  }
  const appFunctionNotes = (appFunctionsModule?.diagnostics ?? []).filter((d) => !codeInfo(d.code).blocks);
  for (const reg of migrated) {
    for (const d of appFunctionNotes) if (!reg.row.diagnostics.includes(d)) reg.row.diagnostics.push(d);
    const notes = new Set(reg.targets.flatMap((t) => t.notes));
    if (notes.has('case-insensitive') || notes.has('trailing-slash') || notes.has('star-matches-empty')) {
      const star = notes.has('star-matches-empty') ? ` (its * also matched nothing: ${reg.route.path.replace(/\*$/, '')} now redirects)` : '';
      reg.row.diagnostics.push(diag('RS717', reg.route, `Express also matched ${reg.route.path} in other letter cases and with a trailing slash${star}`));
    }
    const unexported = reg.targets.some((t) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].some((m) => !t.methods.has(m as HttpMethod) || byRoute.get(t.methods.get(m as HttpMethod)!)?.row.status !== 'migrated'));
    if (unexported) reg.row.diagnostics.push(diag('RS719', reg.route, `methods ${reg.targets.map((t) => t.target).join(', ')} does not export answer 405`));
  }
  return { ops, rows: [...rows, ...registrations.map((r) => r.row)] };
}

/** The app's own layers answer every OPTIONS request before any route (cors does, unless preflightContinue). */
function answersOptions(appLayers: PipelineLayer[]): boolean {
  return appLayers.some((l) => l.kind === 'connect' && l.package === 'cors' && !/preflightContinue\s*:\s*true/.test(l.code));
}

/**
 * Next routes a URL to the most specific route module it has, and only falls back to Express when none
 * matches; Express tries its registrations in order. A registration moves only when that keeps every URL
 * where it is answered today:
 *   - a route module must not take URLs an earlier registration still answers in Express (its route
 *     module would answer them, or refuse them with 405), nor URLs of a later one with a method it lacks;
 *   - a new route module must not take URLs from a route module an earlier run wrote (a static route
 *     beside an existing dynamic one: /items/new beside /items/[id]).
 *   - nor can a registration move where a route module already is (an earlier run's, or the project's):
 *     Next answers every method of those URLs there, and Express sees none of them.
 * Repeated until it holds: a registration that stays can keep another one in Express.
 */
function keepUrlsWhereTheyAre(registrations: Registration[], existing: Segment[][], appDir: string): void {
  for (let changed = true; changed; ) {
    changed = false;
    // a registration Express never reaches (RS711) answers nothing that could change hands
    const staying = registrations.filter((r) => r.row.status !== 'migrated' && !r.row.diagnostics.some((d) => d.code === 'RS711'));
    for (const reg of registrations) {
      if (reg.row.status !== 'migrated') continue;
      for (const target of reg.targets) {
        const other = staying.find((l) => overlaps(l.route.path, target.segments) && (l.route.order < reg.route.order || !exportsMethodOf(target, l.route, registrations)));
        const taken = existing.find((e) => e.length && !sameSegments(e, target.segments) && nextPrefers(e, target.segments));
        const there = existing.find((e) => sameSegments(e, target.segments));
        if (there) leave(reg, diag('RS712', reg.route, `${appDir}/${there.map(folderOf).join('/')} already answers ${reg.route.path} in Next (every method): Express no longer sees these requests`));
        else if (other) leave(reg, diag('RS712', reg.route, `${target.target} would also answer ${other.route.method} ${other.route.path} (${other.route.file}:${other.route.line}), which stays in Express`));
        else if (taken) leave(reg, diag('RS712', reg.route, `${appDir}/${taken.map(folderOf).join('/')} answers ${reg.route.path} today; a route module beside it would take those URLs`));
        else continue;
        changed = true;
        break;
      }
    }
  }
}

const folderOf = (seg: Segment) => (seg.kind === 'static' ? seg.value : seg.kind === 'single' ? `[${seg.name}]` : seg.kind === 'catchAll' ? `[...${seg.name}]` : `[[...${seg.name}]]`);

function exportsMethodOf(target: ExpressTarget, route: ExpressRoute, registrations: Registration[]): boolean {
  if (route.method === 'ALL') return false;
  const owner = target.methods.get(route.method as HttpMethod);
  return !!owner && registrations.some((r) => r.route === owner && r.row.status === 'migrated');
}

function sameSegments(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => folderOf(s).replace(/\[(\.\.\.)?\w+\]/, '[$1]') === folderOf(b[i]).replace(/\[(\.\.\.)?\w+\]/, '[$1]'));
}

/** Whether an existing route module answers some URL of `target` today: it matches them, less specifically. */
function nextPrefers(existing: Segment[], target: Segment[]): boolean {
  const url = target.map((s) => (s.kind === 'static' ? s.value : 'x'));
  return matchesUrl(existing, url) && existing.some((s, i) => s.kind !== 'static' && target[i]?.kind === 'static');
}

function matchesUrl(segments: Segment[], url: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.kind === 'catchAll') return url.length > i;
    if (s.kind === 'optionalCatchAll') return true;
    if (i >= url.length) return false;
    if (s.kind === 'static' && s.value !== url[i]) return false;
  }
  return url.length === segments.length;
}

/**
 * Whether some URL an Express path matches (case aside) is also matched by the route module's segments.
 * Express segments with params, patterns or stars match any text in their place ('*' any depth).
 */
function overlaps(expressPath: string, segments: Segment[]): boolean {
  const parts = expressPath.split('/').filter(Boolean);
  const walk = (p: number, s: number): boolean => {
    if (p === parts.length && s === segments.length) return true;
    const seg = segments[s];
    if (seg && seg.kind === 'optionalCatchAll') return true;
    if (seg && seg.kind === 'catchAll') return p < parts.length || parts.slice(p).some((x) => /[*?]/.test(x));
    const part = parts[p];
    if (part === undefined) return false;
    const wild = /[:*(?]/.test(part);
    if (/^\*|\*$/.test(part) && wild) {
      // a star takes one segment or more (or none, with '?')
      return (seg !== undefined && walk(p + 1, s + 1)) || (seg !== undefined && walk(p, s + 1)) || walk(p + 1, s);
    }
    if (part.endsWith('?')) return walk(p + 1, s) || (seg !== undefined && walk(p + 1, s + 1));
    if (!seg) return false;
    if (seg.kind === 'static' && !wild && seg.value.toLowerCase() !== part.toLowerCase()) return false;
    return walk(p + 1, s + 1);
  };
  return walk(0, 0);
}

/** `--only routes/users.js` (a file or folder) or `--only /api/users` (a mount path and below). */
function selected(route: ExpressRoute, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => {
    if (!o.startsWith('/')) return isSelected(route.file, [o]);
    const prefix = o.replace(/\/+$/, '').toLowerCase();
    const path = route.path.toLowerCase();
    return prefix === '' || path === prefix || path.startsWith(prefix + '/');
  });
}

/** The app's error-handling middleware registered after the route (Express hands an error forward only). */
function errorHandlersFor(route: ExpressRoute, app: RouterInfo | undefined, routers: RouterInfo[]): HandlerRef[] {
  if (!app) return [];
  const top = route.mounts[0] ?? route;
  const after = (m: { file: string; line: number; column: number }) => m.file !== top.file || m.line > top.line || (m.line === top.line && m.column > top.column);
  const onTheWay = new Set([app.id, ...route.mounts.map((m) => m.router), route.router]);
  const errors = routers
    .filter((r) => onTheWay.has(r.id))
    .flatMap((r) => r.middleware.filter((m) => isErrorHandler(m.handler) && (r.id !== app.id || after(m))).map((m) => m.handler));
  return errors;
}

const isErrorHandler = (ref: HandlerRef) => (ref.site?.params ?? (ref.kind === 'inline' ? ref.params : 0)) === 4;

/** App-level layers every migrated route runs first (their common prefix), written once in the pipeline module. */
function commonAppLayers(regs: Registration[], app: RouterInfo | undefined): PipelineLayer[] {
  if (!app || regs.length === 0) return [];
  const appKeys = new Set(app.middleware.map((m) => key(m.handler)));
  const first = regs[0].layers;
  let n = 0;
  while (n < first.length && appKeys.has(key(first[n].ref)) && regs.every((r) => r.layers[n] && key(r.layers[n].ref) === key(first[n].ref))) n++;
  return first.slice(0, n);
}

interface ModulePlan {
  /** Function start offset → role. */
  functions: Map<number, PipelineRole>;
  /** Function start offset → the registrations that run it. */
  users: Map<number, Registration[]>;
  /** Functions the app's own layers and error handlers run (every route depends on them). */
  app: Set<number>;
}

/** The functions of other modules the migrating routes run, by module, with their roles. */
function moduleFunctions(regs: Registration[], appLayers: PipelineLayer[]): Map<string, ModulePlan> {
  const modules = new Map<string, ModulePlan>();
  const add = (site: FunctionSite, role: PipelineRole, reg: Registration | undefined) => {
    let m = modules.get(site.file);
    if (!m) modules.set(site.file, (m = { functions: new Map(), users: new Map(), app: new Set() }));
    const had = m.functions.get(site.start);
    if (had && had !== role && reg) leave(reg, diag('RS714', site, `the function is used both as ${had} and as ${role}`));
    m.functions.set(site.start, had ?? role);
    if (reg) m.users.set(site.start, [...(m.users.get(site.start) ?? []), reg]);
    else m.app.add(site.start);
  };
  for (const reg of regs) {
    const own = ownLayers(reg, appLayers.length);
    own.forEach((layer, i) => {
      if (layer.kind !== 'function' || layer.site.file === reg.route.file || !importable(layer)) return;
      add(layer.site, i === own.length - 1 ? 'handler' : 'middleware', reg);
    });
    for (const layer of reg.errorLayers) if (layer.kind === 'function' && importable(layer)) add(layer.site, 'error', undefined);
  }
  for (const layer of appLayers) if (layer.kind === 'function' && importable(layer)) add(layer.site, 'middleware', undefined);
  return modules;
}

/** The registration stays in Express, with why. */
function leave(reg: Registration, d: Diagnostic): void {
  reg.row.status = 'left';
  if (!reg.row.diagnostics.some((x) => x.code === d.code && x.line === d.line && x.file === d.file && x.message === d.message)) reg.row.diagnostics.push(d);
}

/** The layers a registration's route module lists: after the app's common ones, without the dropped. */
function ownLayers(reg: Registration, appCount: number): PipelineLayer[] {
  return reg.layers.slice(appCount).filter((l) => l.kind !== 'dropped');
}

/** How a route module imports a function of another module, from the reference that named it. */
function moduleLayer(layer: Extract<PipelineLayer, { kind: 'function' }>, where: Map<string, string>, input: ExpressAppInput): RouteLayer | undefined {
  const ref = innermost(layer.ref);
  const source = ref.kind === 'imported' || ref.kind === 'member' ? ref.source : undefined;
  if (!source || source.module !== layer.site.file) return undefined;
  const file = where.get(layer.site.file) ?? layer.site.file;
  const name = ref.kind === 'member' ? rootName(ref) : ref.kind === 'imported' ? ref.name.replace(/[^\w$].*$/, '') : 'handler';
  // `app.use(require('./middleware/stamp'))` names no binding: the module's file name does
  const usable = /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'require';
  return { kind: 'module', file, cjs: isCommonJs(input.files.get(layer.site.file) ?? ''), exportName: source.exportName, path: source.path, name: usable ? name : posix.basename(file).replace(/\W.*$/, '') };
}

/** A function the reference reaches through an import of the module it is written in. */
function importable(layer: Extract<PipelineLayer, { kind: 'function' }>): boolean {
  const ref = innermost(layer.ref);
  const source = ref.kind === 'imported' || ref.kind === 'member' ? ref.source : undefined;
  return !!source && source.module === layer.site.file;
}

function innermost(ref: HandlerRef): HandlerRef {
  return ref.kind === 'call' && ref.args.length === 1 ? innermost(ref.args[0]) : ref;
}

function rootName(ref: HandlerRef): string {
  if (ref.kind === 'member') return rootName(ref.object);
  return 'name' in ref ? ref.name : 'handler';
}

/** The route module of one target: every method whose registration still migrates. */
function routeModule(
  target: ExpressTarget,
  byRoute: Map<ExpressRoute, Registration>,
  appCount: number,
  paths: { app: string; runtime: string },
  input: ExpressAppInput,
  where: Map<string, string>,
  optionsAnswered: boolean,
) {
  const methods: RouteMethod[] = [];
  for (const [method, route] of target.methods) {
    const reg = byRoute.get(route)!;
    if (reg.row.status !== 'migrated') continue;
    const layers: RouteLayer[] = [];
    const own = ownLayers(reg, appCount);
    let ok = true;
    own.forEach((layer, i) => {
      if (layer.kind !== 'function') {
        ok = false;
        return;
      }
      const role: PipelineRole = i === own.length - 1 ? 'handler' : 'middleware';
      if (layer.site.file === route.file) layers.push({ kind: 'moved', file: route.file, start: layer.site.start, role });
      else {
        const m = moduleLayer(layer, where, input);
        if (m) layers.push(m);
        else ok = false;
      }
    });
    if (!ok) {
      reg.row.status = 'left';
      reg.row.diagnostics.push(diag('RS714', route, 'a router-level body parser, cors, or a function reached through another module is not migrated'));
      continue;
    }
    const visible = new Set(target.params.map((p) => p.legacyName).filter((n) => !route.hiddenParams.includes(n)));
    const params = Object.fromEntries(target.params.filter((p) => visible.has(p.legacyName)).map((p) => [p.legacyName, p.form === 'value' ? p.name : ([p.name, p.form] as [string, typeof p.form])]));
    const mount = route.mounts.map((m) => m.prefix).join('/').split('/').filter(Boolean).length;
    methods.push({ method, comment: `${route.method === 'ALL' ? `${method} (all)` : method} ${route.path} — ${route.file}:${route.line}`, shape: { mount, params }, layers });
  }
  if (methods.length === 0) return undefined;
  // OPTIONS no registration answers went through the app's layers like any request (cors answers them)
  if (!methods.some((m) => m.method === 'OPTIONS') && optionsAnswered) methods.push({ method: 'OPTIONS', comment: 'OPTIONS: answered by the app\'s middleware, as in Express', shape: methods[0].shape, layers: [] });
  return transformExpressRoute({ targetPath: target.target, appModule: paths.app, runtimeModule: paths.runtime, next: input.next, methods, sources: input.files, parsed: parsedFiles(input) });
}

function errorLayersOf(regs: Registration[]): PipelineLayer[] {
  const seen = new Set<string>();
  return regs.flatMap((r) => r.errorLayers).filter((l) => !seen.has(key(l.ref)) && seen.add(key(l.ref)));
}

/** The local name of the app functions module in the pipeline module. */
const APP_FUNCTIONS = 'appFunctions';

/**
 * The app's layers and error handlers that no module exports (written inline in app.js, or local to it),
 * named for the module they move into: the function's own name where it has one.
 */
function appFunctionsOf(appLayers: PipelineLayer[], errorLayers: PipelineLayer[], files: Map<string, string>): AppFunction[] {
  const functions: AppFunction[] = [];
  const taken = new Set([APP_FUNCTIONS]);
  const add = (layer: PipelineLayer, role: PipelineRole) => {
    if (layer.kind !== 'function' || importable(layer) || functions.some((f) => f.file === layer.site.file && f.start === layer.site.start)) return;
    const ref = innermost(layer.ref);
    // `app.use(requestId)`, `app.use(function requestId(req, res, next) {…})`: its name; an arrow: its role
    const own = ref.kind === 'local' ? ref.name : /^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/.exec(files.get(layer.site.file)?.slice(layer.site.start, layer.site.end) ?? '')?.[1];
    const base = own && /^[A-Za-z_$][\w$]*$/.test(own) ? own : role === 'error' ? 'errorHandler' : 'middleware';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    const verb = role === 'error' ? 'error handler' : 'middleware';
    // no line in the comment: a later run, after registrations above it were removed, writes the same module
    functions.push({ name, comment: `app ${verb} — ${layer.ref.file}`, file: layer.site.file, start: layer.site.start, role });
  };
  for (const layer of appLayers) add(layer, 'middleware');
  for (const layer of errorLayers) add(layer, 'error');
  return functions;
}

/** The pipeline module's imports and layers. */
function appModuleOf(appLayers: PipelineLayer[], errorLayers: PipelineLayer[], appPath: string, where: Map<string, string>, input: ExpressAppInput, entry: string, connect: boolean, appFunctions: AppFunction[]) {
  const imports = new Map<string, string>();
  const layers: string[] = [];
  const refer = (layer: PipelineLayer): string | undefined => {
    if (layer.kind === 'connect') {
      imports.set(layer.package, `import ${layer.local} from '${layer.package}';`);
      return `connectLayer(${layer.code})`;
    }
    if (layer.kind === 'parsers') return 'parseBody';
    if (layer.kind !== 'function') return undefined;
    const own = appFunctions.find((f) => f.file === layer.site.file && f.start === layer.site.start);
    if (own) {
      imports.set(APP_FUNCTIONS, `import * as ${APP_FUNCTIONS} from './${posix.basename(EXPRESS_APP_FUNCTIONS_MODULE_NAME)}';`);
      return `${APP_FUNCTIONS}.${own.name}`;
    }
    const m = moduleLayer(layer, where, input);
    if (!m || m.kind !== 'module') return undefined;
    const specifier = relativeSpecifier(`${appPath}.${input.lang}`, m.file.replace(/\.[cm]?[jt]sx?$/, ''));
    const path = m.cjs && m.exportName !== '*' && m.exportName !== 'default' ? [m.exportName, ...m.path] : m.path;
    imports.set(specifier, m.cjs || m.exportName === 'default' ? `import ${m.name} from '${specifier}';` : m.exportName === '*' ? `import * as ${m.name} from '${specifier}';` : `import { ${m.exportName} as ${m.name} } from '${specifier}';`);
    return [m.name, ...path].join('.');
  };
  for (const layer of appLayers) {
    const code = refer(layer);
    if (code && !layers.includes(code)) layers.push(code);
  }
  const errorHandlers = errorLayers.map(refer).filter((c): c is string => !!c);
  // Express sends X-Powered-By unless the app turns it off
  const poweredBy = !/\.(disable\(\s*['"]x-powered-by['"]|set\(\s*['"]x-powered-by['"]\s*,\s*false)/.test(input.files.get(entry) ?? '');
  return { lang: input.lang, imports: [...imports.values()], layers, errorHandlers, appFile: entry, connect, poweredBy };
}

/** Express sources after the migrated registrations go; routers left empty are deleted and unmounted. */
function editSources(migrated: Registration[], routers: RouterInfo[], input: ExpressAppInput): { sources: Map<string, string>; deleted: Set<string> } {
  const sources = new Map(input.files);
  const deleted = new Set<string>();
  const removals = new Map<string, { registrations: Array<{ line: number; column: number }>; mounts: Array<{ line: number; column: number }> }>();
  const entry = (file: string) => {
    let e = removals.get(file);
    if (!e) removals.set(file, (e = { registrations: [], mounts: [] }));
    return e;
  };
  for (const reg of migrated) entry(reg.route.file).registrations.push({ line: reg.route.line, column: reg.route.column });
  let pending = [...removals.keys()];
  while (pending.length) {
    const next: string[] = [];
    for (const file of pending) {
      const removing = removals.get(file)!;
      const gone = new Set(removing.mounts.map((m) => `${m.line}:${m.column}`));
      const keptMounts = routers.flatMap((r) => r.mounts).filter((m) => m.file === file && !gone.has(`${m.line}:${m.column}`));
      const result = editExpressSource(file, input.files.get(file)!, { ...removing, keptMounts });
      sources.set(file, result.source);
      const here = routers.filter((r) => r.file === file && r.kind === 'router');
      if (!result.emptyRouter || here.length === 0 || deleted.has(file)) continue;
      deleted.add(file);
      for (const r of here) for (const m of r.mounts) {
        entry(m.file).mounts.push({ line: m.line, column: m.column });
        if (!next.includes(m.file)) next.push(m.file);
      }
    }
    pending = next;
  }
  return { sources, deleted };
}

/** One parse of each source per plan, shared by its route modules (their router files are only read). */
const parses = new WeakMap<ExpressAppInput, Map<string, any>>();
function parsedFiles(input: ExpressAppInput): Map<string, any> {
  let map = parses.get(input);
  if (!map) parses.set(input, (map = new Map()));
  return map;
}

/** Whether `file`'s text imports `module` (a relative or aliased specifier resolving to it). */
function imports(file: string, text: string, module: string, input: ExpressAppInput): boolean {
  const base = module.replace(/\.[cm]?[jt]sx?$/, '');
  return specifiersInText(text).some((s) => resolveSpecifier(s, file, input.aliases).some((r) => r === base || r === module || r === `${base}/index`));
}
