// How other files import route modules: which names, through which specifier, and where.
//   import { authOptions } from '../pages/api/auth/[...nextauth]'  →  { names: ['authOptions'], route: 'pages/api/auth/[...nextauth].ts' }

import type { ASTPath } from 'jscodeshift';
import { parseSource, SourceParseError } from '../analyze/parse';
import { moduleKeysOf, resolveSpecifier, specifiersInText, type PathAlias } from './module-paths';

export interface SourceFile {
  path: string;
  source: string;
}

/** One import of a route module. `names` undefined: not re-pointable (default, namespace, require, side effect…). */
export interface RouteImport {
  specifier: string;
  route: string;
  names?: { name: string; typeOnly: boolean }[];
  /** Why it cannot be re-pointed (when `names` is undefined). */
  why?: string;
  line: number;
  column: number;
}

export type ImportsOf = { imports: RouteImport[] } | { parseError: SourceParseError; routes: string[] };

/** Resolves specifiers to route source paths. */
export class RouteIndex {
  private byKey = new Map<string, string>();
  constructor(
    routeSources: string[],
    private aliases: PathAlias[],
  ) {
    for (const source of routeSources) for (const key of moduleKeysOf(source)) this.byKey.set(key, source);
  }

  /** The route source `specifier` names from `fromFile`, if any. */
  routeOf(specifier: string, fromFile: string): string | undefined {
    for (const candidate of resolveSpecifier(specifier, fromFile, this.aliases)) {
      const hit = this.byKey.get(candidate);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Cheap text pre-filter: the routes `file` seems to import (no parse). */
  routesMentionedIn(file: SourceFile): string[] {
    const hits = new Set<string>();
    for (const spec of specifiersInText(file.source)) {
      const route = this.routeOf(spec, file.path);
      if (route) hits.add(route);
    }
    return [...hits];
  }
}

function locOf(p: ASTPath<any>): { line: number; column: number } {
  const loc = p.node.loc?.start;
  return { line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 };
}

/** Names a declaration takes from its source; undefined plus a reason when it takes the module as a whole. */
function namesOfDeclaration(node: any): { names?: RouteImport['names']; why?: string } {
  const declType = node.importKind === 'type' || node.exportKind === 'type';
  if (node.type === 'ExportAllDeclaration') return { why: 'everything (`export *`)' };
  const specs: any[] = node.specifiers ?? [];
  if (node.type === 'ImportDeclaration' && specs.length === 0) return { why: 'the module for its side effects' };
  const names: NonNullable<RouteImport['names']> = [];
  for (const s of specs) {
    if (s.type === 'ImportDefaultSpecifier') return { why: 'the default export' };
    if (s.type === 'ImportNamespaceSpecifier' || s.type === 'ExportNamespaceSpecifier') return { why: 'the module as a namespace' };
    const name: string = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : (s.local?.name ?? s.local?.value);
    if (name === 'default') return { why: 'the default export' };
    names.push({ name, typeOnly: declType || s.importKind === 'type' || s.exportKind === 'type' });
  }
  return { names };
}

/** Every import of a route in `file`, found by parsing; a file that does not parse names the routes it mentions. */
export function findRouteImports(file: SourceFile, index: RouteIndex): ImportsOf {
  let parsed;
  try {
    parsed = parseSource(file.path, file.source);
  } catch (err) {
    if (err instanceof SourceParseError) return { parseError: err, routes: index.routesMentionedIn(file) };
    throw err;
  }
  const { j, root } = parsed;
  const imports: RouteImport[] = [];
  const visit = (p: ASTPath<any>) => {
    const source = p.node.source;
    if (!source || typeof source.value !== 'string') return;
    const route = index.routeOf(source.value, file.path);
    if (route) imports.push({ specifier: source.value, route, ...namesOfDeclaration(p.node), ...locOf(p) });
  };
  root.find(j.ImportDeclaration).forEach(visit);
  root.find(j.ExportNamedDeclaration).forEach(visit);
  root.find(j.ExportAllDeclaration).forEach(visit);
  root.find(j.CallExpression).forEach((p) => {
    const { callee, arguments: args } = p.node;
    const isRequire = callee.type === 'Identifier' && callee.name === 'require';
    if (!(isRequire || callee.type === 'Import') || args.length < 1) return;
    const arg = args[0] as any;
    if (typeof arg.value !== 'string') return;
    const route = index.routeOf(arg.value, file.path);
    const why = isRequire ? 'the module with require()' : 'the module with a dynamic import()';
    if (route) imports.push({ specifier: arg.value, route, why, ...locOf(p) });
  });
  return { imports };
}
