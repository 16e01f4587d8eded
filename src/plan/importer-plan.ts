// Importers of moved route modules: which routes they block (RS604) and which specifiers they re-point.
//   components/x.ts: import { authOptions } from '../pages/api/auth/[...nextauth]'  →  '../app/api/auth/[...nextauth]/auth-options'

import type { Diagnostic } from '../types';
import { findRouteImports, type ImportsOf, type RouteImport, type RouteIndex, type SourceFile } from './importers';
import { specifierFor, stripModuleExtension, type PathAlias } from './module-paths';

/** A route about to move: where it goes, its new text and the exports that left it. */
export interface MovingRoute {
  source: string;
  target: string;
  output: string;
  movedExports: Record<string, string>;
}

export interface AnalyzedFile {
  file: SourceFile;
  /** The path to name in diagnostics (a route's source path for its migrated output). */
  displayPath: string;
  result: ImportsOf;
}

/** Parse only the files whose text mentions a route module. */
export function analyzeImporters(files: { file: SourceFile; displayPath: string }[], index: RouteIndex): AnalyzedFile[] {
  return files
    .filter(({ file }) => index.routesMentionedIn(file).length > 0)
    .map(({ file, displayPath }) => ({ file, displayPath, result: findRouteImports(file, index) }));
}

function exportsType(output: string, name: string): boolean {
  return new RegExp(`export\\s+(?:declare\\s+)?(?:type|interface|enum)\\s+${name.replace(/\$/g, '\\$')}\\b`).test(output);
}

/** The module an imported name lives in after the move, or why there is none. */
function moduleOfName(route: MovingRoute, name: string, typeOnly: boolean): { module?: string; why?: string } {
  if (route.movedExports[name]) return { module: route.movedExports[name] };
  if (typeOnly && exportsType(route.output, name)) return { module: stripModuleExtension(route.target) };
  return { why: `\`${name}\`, which stays in the route module` };
}

/** Per specifier in one file: the one module it must now name, or the reason it cannot be re-pointed. */
function targetsOf(imports: RouteImport[], moving: Map<string, MovingRoute>): Map<string, { module?: string; why?: string; at: RouteImport }> {
  const out = new Map<string, { module?: string; why?: string; at: RouteImport }>();
  for (const imp of imports) {
    const route = moving.get(imp.route);
    if (!route || out.get(imp.specifier)?.why) continue;
    const found = imp.names ? imp.names.map((n) => moduleOfName(route, n.name, n.typeOnly)) : [{ why: imp.why }];
    const bad = found.find((f) => f.why);
    const modules = new Set([...found.map((f) => f.module), out.get(imp.specifier)?.module].filter(Boolean));
    if (bad) out.set(imp.specifier, { why: bad.why, at: imp });
    else if (modules.size > 1) out.set(imp.specifier, { why: 'names that moved to different modules', at: imp });
    else out.set(imp.specifier, { module: [...modules][0], at: imp });
  }
  return out;
}

/** RS604 diagnostics for the moving routes that some importer holds in place, keyed by route source. */
export function findBlockedRoutes(analyzed: AnalyzedFile[], moving: Map<string, MovingRoute>): Map<string, Diagnostic[]> {
  const blocked = new Map<string, Diagnostic[]>();
  const block = (route: string, d: Diagnostic) => blocked.set(route, [...(blocked.get(route) ?? []), d]);
  for (const { displayPath, result } of analyzed) {
    if ('parseError' in result) {
      const e = result.parseError;
      for (const route of result.routes.filter((r) => moving.has(r))) {
        block(route, { code: 'RS604', file: displayPath, line: e.line, column: e.column, message: `${displayPath} mentions this route but does not parse: ${e.message}` });
      }
      continue;
    }
    for (const [, t] of targetsOf(result.imports, moving)) {
      if (!t.why) continue;
      const message = `${displayPath} imports ${t.why}`;
      block(t.at.route, { code: 'RS604', file: displayPath, line: t.at.line, column: t.at.column, message });
    }
  }
  return blocked;
}

/** The specifier rewrites `file` needs for the routes in `moving` (all of which can be re-pointed). */
export function specifierRewrites(analyzed: AnalyzedFile, moving: Map<string, MovingRoute>, aliases: PathAlias[]): Map<string, string> {
  const rewrites = new Map<string, string>();
  if ('parseError' in analyzed.result) return rewrites;
  for (const [specifier, t] of targetsOf(analyzed.result.imports, moving)) {
    if (t.module) rewrites.set(specifier, specifierFor(t.module, specifier, analyzed.file.path, aliases));
  }
  return rewrites;
}
