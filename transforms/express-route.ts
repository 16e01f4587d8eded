// One app/ route module assembled from the Express registrations that answer its URL. Pure: sources
// in, module text out.
//   routes/users.js:  router.put('/:id', requireApiKey, asyncHandler(usersController.updateUser))
//   routes/notes.js:  router.route('/').get((req, res) => { … })
//   →  app/api/users/[id]/route.js
//        import usersController from '../../../../controllers/usersController';
//        export const PUT = expressRoute({ mount: 2, params: { id: 'id' } }, requireApiKey, usersController.updateUser);
// A function written in the router file (inline, or a function of that file) is moved into the route
// module with the imports and constants it reads, and rewritten there; a function of another module is
// imported from where it lives (rewritten there by express-module.ts).

import type { ASTPath } from 'jscodeshift';
import { parseOrReport, parseSource, printSource, printStyle } from '../src/analyze/parse';
import { isReference } from '../src/analyze/references';
import { DiagnosticSink } from '../src/diagnostics/sink';
import type { ParamForm } from '../src/plan/express-paths';
import { rewritePipelineFunction, type PipelineRole } from '../src/rewrite/express-function';
import { relativeSpecifier, repathRelative } from '../src/rewrite/import-specifiers';
import { addImports } from '../src/rewrite/route-module';
import type { Diagnostic, HttpMethod, NextMajor } from '../src/types';
import { pipelineContext } from './express-module';

/** How the route's URL maps onto Express's: the mount's depth (req.baseUrl) and req.params by Express key. */
export interface RouteShape {
  mount: number;
  params: Record<string, string | [string, ParamForm]>;
}

export type RouteLayer =
  /** A function of another module, imported from `file` (its `.app` copy, or itself) as `access` reads it. */
  | { kind: 'module'; file: string; cjs: boolean; exportName: string; path: string[]; name: string }
  /** A function of the router file, moved into the route module. */
  | { kind: 'moved'; file: string; start: number; role: PipelineRole };

export interface RouteMethod {
  method: HttpMethod;
  /** 'PUT /api/users/:id (routes/users.js:14)' */
  comment: string;
  shape: RouteShape;
  layers: RouteLayer[];
}

/** What every module assembled from moved functions is made from. */
interface ModuleInput {
  targetPath: string;
  /** Project-relative paths without extension: the pipeline module and the helper module. */
  appModule: string;
  runtimeModule: string;
  next: NextMajor;
  /** Project sources, for the functions moved in and what they read. */
  sources: Map<string, string>;
  /** Parses of `sources` shared by the calls of one plan (they are only read). */
  parsed?: Map<string, ReturnType<typeof parseSource> | undefined>;
}

export interface ExpressRouteInput extends ModuleInput {
  methods: RouteMethod[];
}

export interface ExpressRouteResult {
  output?: string;
  /** Methods that could not be migrated, with why (the planner leaves their registrations in Express). */
  failed: Map<HttpMethod, Diagnostic[]>;
  diagnostics: Diagnostic[];
}

const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/;
const PARSES_KEPT = 16;
const IDENT = /^[A-Za-z_$][\w$]*$/;
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'set', 'delete', 'clear', 'add', 'assign']);
const PURE_CALLS = /^(path\.(join|resolve|posix\.join|posix\.resolve)|Buffer\.from|Number|String|Boolean|parseInt|parseFloat|Object\.freeze|JSON\.parse)$/;

/** The imports of the route module, one per module and kind, with the local names the moved code uses. */
class Imports {
  private readonly lines = new Map<string, string>();
  private readonly locals = new Map<string, string>();
  readonly taken = new Set<string>();

  /** `import <local> from` / `import * as <local> from` / `import { <name> as <local> } from`; returns the local name. */
  add(specifier: string, kind: 'default' | 'namespace' | { named: string; type?: boolean }, preferred: string): string {
    const key = `${specifier}\0${typeof kind === 'string' ? kind : kind.named}`;
    const have = this.locals.get(key);
    if (have) return have;
    let local = preferred;
    for (let n = 2; this.taken.has(local); n++) local = `${preferred}${n}`;
    this.taken.add(local);
    this.locals.set(key, local);
    const clause = kind === 'default' ? local : kind === 'namespace' ? `* as ${local}` : kind.named === local ? `{ ${local} }` : `{ ${kind.named} as ${local} }`;
    this.lines.set(key, `import ${typeof kind === 'object' && kind.type ? 'type ' : ''}${clause} from '${specifier}';`);
    return local;
  }

  text(): string {
    return [...this.lines.values()].join('\n');
  }
}

export function transformExpressRoute(input: ExpressRouteInput): ExpressRouteResult {
  const exports = input.methods.map((m) => ({ name: m.method, comment: m.comment, shape: m.shape, layers: m.layers }));
  const result = assemble(input, exports);
  return { ...result, failed: result.failed as Map<HttpMethod, Diagnostic[]> };
}

/** A function the app itself runs (a layer of every route, an error handler), written where no module can import it. */
export interface AppFunction {
  /** The export it becomes. */
  name: string;
  /** 'app middleware — app.js' (no line: a later run, after lines above it went, writes the same module) */
  comment: string;
  file: string;
  start: number;
  role: PipelineRole;
}

/** `appModule`'s Layer and ErrorHandler types type the exports of a TypeScript module. */
export interface AppFunctionsInput extends ModuleInput {
  functions: AppFunction[];
}

/**
 * The module of the app's own middleware and error handlers written inline in its entry file
 * (`app.use((req, res, next) => {…})`): moved in with what they read, rewritten, one export each; the
 * pipeline module imports them. Express keeps its own copies for the routes it still serves.
 */
export function transformAppFunctions(input: AppFunctionsInput): { output?: string; failed: Map<string, Diagnostic[]>; diagnostics: Diagnostic[] } {
  const ts = /\.tsx?$/.test(input.targetPath);
  const typeOf = (role: PipelineRole) => (ts ? (role === 'error' ? 'ErrorHandler' : 'Layer') : undefined);
  return assemble(
    input,
    input.functions.map((f) => ({ name: f.name, comment: f.comment, type: typeOf(f.role), layers: [{ kind: 'moved', file: f.file, start: f.start, role: f.role }] })),
  );
}

/** One export of an assembled module: `expressRoute(shape, …layers)`, or (without a shape) its one layer itself. */
interface ModuleExport {
  name: string;
  comment: string;
  shape?: RouteShape;
  /** The type the export is declared with (a TypeScript module's app function: Layer, ErrorHandler). */
  type?: string;
  layers: RouteLayer[];
}

function assemble(
  input: ModuleInput,
  exportList: ModuleExport[],
): { output?: string; failed: Map<string, Diagnostic[]>; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink(input.targetPath);
  const failed = new Map<string, Diagnostic[]>();
  const fail = (name: string, d: Diagnostic) => failed.set(name, [...(failed.get(name) ?? []), d]);
  const imports = new Imports();
  const route = exportList.some((e) => e.shape) ? imports.add(relativeSpecifier(input.targetPath, input.appModule), { named: 'expressRoute' }, 'expressRoute') : '';

  // what the moved functions read of their files: imports, constants, functions (in source order)
  const moved = new Map<string, Map<number, { text: string; node: any }>>();
  const declarations = new Map<string, { file: string; start: number; text: string }>();
  const notes: Diagnostic[] = [];
  // the router files are only read here (the moved text is taken from the source): one parse per file and plan
  const parsed = input.parsed ?? new Map<string, ReturnType<typeof parseSource> | undefined>();
  const parse = (file: string) => {
    if (!parsed.has(file)) {
      // route modules come router file by router file: a few recent parses are all that is asked again
      if (parsed.size >= PARSES_KEPT) parsed.delete(parsed.keys().next().value as string);
      const s = new DiagnosticSink(file);
      parsed.set(file, parseOrReport(file, input.sources.get(file) ?? '', s));
    }
    return parsed.get(file);
  };
  const exprs = new Map<string, string[]>();
  for (const m of exportList) {
    const args: string[] = [];
    for (const layer of m.layers) {
      if (layer.kind === 'module') {
        const specifier = relativeSpecifier(input.targetPath, layer.file.replace(/\.(js|ts|mjs|cjs|tsx|jsx)$/, ''));
        const base = layer.cjs || layer.exportName === 'default' ? imports.add(specifier, 'default', layer.name) : layer.exportName === '*' ? imports.add(specifier, 'namespace', layer.name) : imports.add(specifier, { named: layer.exportName }, layer.name);
        const path = layer.cjs && layer.exportName !== '*' && layer.exportName !== 'default' ? [layer.exportName, ...layer.path] : layer.path;
        args.push([base, ...path.map((p) => (IDENT.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))].join(''));
        continue;
      }
      const file = parse(layer.file);
      const fnPath = file && functionAt(file, layer.start);
      if (!file || !fnPath) {
        fail(m.name, { code: 'RS607', file: layer.file, line: 1, column: 1, message: `no function at offset ${layer.start}` });
        continue;
      }
      const problem = bringBindings(input, file.j, fnPath, layer.file, imports, declarations, notes);
      if (problem) {
        fail(m.name, problem);
        continue;
      }
      const node = fnPath.value;
      const source = input.sources.get(layer.file)!;
      // a function declaration moves in as an expression of the same text
      const text = dirnameFree(source.slice(node.start, node.end), layer.file);
      if (text !== source.slice(node.start, node.end)) notes.push(dirnameNote(layer.file, node));
      if (!moved.has(layer.file)) moved.set(layer.file, new Map());
      moved.get(layer.file)!.set(node.start, { text, node });
      args.push(`\u0000${layer.file}\u0000${node.start}\u0000`);
    }
    exprs.set(m.name, args);
  }

  const copied = [...declarations.values()].sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1)).map((d) => d.text);
  const exportsText = exportList
    .filter((m) => !failed.has(m.name))
    .map((m) => {
      const roles = m.layers.map((l) => (l.kind === 'moved' ? l.role : undefined));
      const written = exprs.get(m.name)!.map((a, i) => (a.startsWith('\u0000') ? markRole(moved, a, roles[i]!) : a));
      const value = m.shape ? `${route}(${[shapeText(m.shape), ...written].join(', ')})` : written[0];
      const type = m.type ? `: ${imports.add(relativeSpecifier(input.targetPath, input.appModule), { named: m.type, type: true }, m.type)}` : '';
      return `// ${m.comment}\nexport const ${m.name}${type} = ${value};`;
    });
  if (exportsText.length === 0) return { failed, diagnostics: sink.items };
  const text = [imports.text(), copied.join('\n\n'), exportsText.join('\n\n')].filter(Boolean).join('\n\n') + '\n';
  const where = sourcePositions(text, moved);

  // the module as text, then the moved functions rewritten where they now stand
  const module = parseOrReport(input.targetPath, text, sink);
  if (!module) return { failed: new Map(exportList.map((m) => [m.name, sink.items])), diagnostics: sink.items };
  const { j, root } = module;
  const taken = new Set<string>();
  root.find(j.Identifier).forEach((p: any) => void (isReference(p) && taken.add(p.value.name)));
  const ctx = pipelineContext(j, root, sink, { path: input.targetPath, source: text, targetPath: input.targetPath, runtimeModule: input.runtimeModule, next: input.next }, taken);
  root.find(j.ExportNamedDeclaration).forEach((decl: any) => {
    const declarator = decl.get('declaration', 'declarations', 0);
    const name = declarator.value.id.name as string;
    const init = declarator.get('init');
    // expressRoute(shape, …layers): each layer in its place; otherwise the export is the layer
    const slots = init.value.type === 'CallExpression' ? init.value.arguments.map((_: any, i: number) => init.get('arguments', i)) : [init];
    for (const slot of slots) {
      const arg = slot.value;
      const role = ROLE_MARK.exec(leadingComment(arg) ?? '')?.[1] as PipelineRole | undefined;
      if (!role || !FUNCTION.test(arg.type)) continue;
      arg.comments = (arg.comments ?? []).filter((c: any) => !ROLE_MARK.test(c.value));
      const own = (ctx.sink = new DiagnosticSink(input.targetPath));
      rewritePipelineFunction(ctx, slot, role);
      const found = own.items.map(where);
      sink.items.push(...found);
      if (own.blocks()) for (const d of found) fail(name, d);
    }
  });
  ctx.sink = sink;
  if (failed.size) return { failed, diagnostics: sink.items };
  const beforeImports = sink.items.length;
  addImports(ctx);
  if (sink.items.length > beforeImports) return { failed: new Map(exportList.map((m) => [m.name, sink.items])), diagnostics: sink.items };
  sink.items.push(...notes);
  const firstMoved = exportList.flatMap((m) => m.layers).find((l) => l.kind === 'moved');
  const style = printStyle(firstMoved ? (input.sources.get(firstMoved.file) ?? '') : '');
  // imports added above a module that began without any (the app functions module) get the blank line after them
  const out = printSource(j, root, root.find(j.Program).paths()[0].value, style).replace(/^((?:import [^\n]*['"];?\n)+)(?!import )(?=[^\n])/, '$1\n');
  return { output: out.endsWith('\n') ? out : out + '\n', failed, diagnostics: sink.items };
}

/**
 * Diagnostics of a moved function name its place in the router file it came from (the route module
 * does not exist yet when the user reads them).
 */
function sourcePositions(text: string, moved: Map<string, Map<number, { text: string; node: any }>>): (d: Diagnostic) => Diagnostic {
  const spans: Array<{ file: string; line: number; column: number; lines: number; origLine: number; origColumn: number }> = [];
  for (const [file, fns] of moved) {
    for (const fn of fns.values()) {
      const at = text.indexOf(fn.text);
      if (at === -1) continue;
      const line = text.slice(0, at).split('\n').length;
      const column = at - text.lastIndexOf('\n', at - 1);
      spans.push({ file, line, column, lines: fn.text.split('\n').length, origLine: fn.node.loc?.start.line ?? 1, origColumn: (fn.node.loc?.start.column ?? 0) + 1 });
    }
  }
  return (d) => {
    const span = spans.find((s) => d.line >= s.line && d.line < s.line + s.lines);
    if (!span) return d;
    const line = span.origLine + (d.line - span.line);
    const column = d.line === span.line ? span.origColumn + (d.column - span.column) : d.column;
    return { ...d, file: span.file, line, column };
  };
}

const ROLE_MARK = /^\s*routeshift:(handler|middleware|error)\s*$/;

function leadingComment(node: any): string | undefined {
  return (node.comments ?? []).find((c: any) => c.leading && ROLE_MARK.test(c.value))?.value;
}

/** The moved function's text, preceded by a marker comment naming its role (taken off when it is rewritten). */
function markRole(moved: Map<string, Map<number, { text: string }>>, mark: string, role: PipelineRole): string {
  const [, file, start] = mark.split('\u0000');
  const fn = moved.get(file)!.get(Number(start))!;
  return `/*routeshift:${role}*/ ${fn.text}`;
}

function shapeText(shape: RouteShape): string {
  const parts: string[] = [];
  if (shape.mount) parts.push(`mount: ${shape.mount}`);
  const params = Object.entries(shape.params).map(([key, spec]) => `${IDENT.test(key) || /^\d+$/.test(key) ? key : `'${key}'`}: ${typeof spec === 'string' ? `'${spec}'` : `['${spec[0]}', '${spec[1]}']`}`);
  if (params.length) parts.push(`params: { ${params.join(', ')} }`);
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function functionAt(file: { j: any; root: any }, start: number): ASTPath<any> | undefined {
  let found: ASTPath<any> | undefined;
  file.root.find(file.j.Node).forEach((p: any) => {
    if (!found && FUNCTION.test(p.value.type) && p.value.start === start) found = p;
  });
  return found;
}

const dirnameNote = (file: string, node: any): Diagnostic => ({
  code: 'RS718',
  file,
  line: node.loc?.start.line ?? 1,
  column: (node.loc?.start.column ?? 0) + 1,
  message: `__dirname is read as process.cwd() + '/${posixDir(file)}'`,
});

const posixDir = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** `__dirname` of the router file, read from the project folder (where `next start` runs). */
function dirnameFree(text: string, file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  return text.replace(/\b__dirname\b/g, dir ? `(process.cwd() + '/${dir}')` : 'process.cwd()');
}

/**
 * Bring what the function reads of its file's top level into the route module: imports and requires
 * (as imports, re-pathed), constants whose value no route changes, and functions (with what they read).
 * Module state (a let, a value something mutates) cannot be split between route modules: reported.
 */
function bringBindings(
  input: { sources: Map<string, string>; targetPath: string },
  j: any,
  fn: ASTPath<any>,
  file: string,
  imports: Imports,
  declarations: Map<string, { file: string; start: number; text: string }>,
  notes: Diagnostic[],
  seen = new Set<any>(),
): Diagnostic | undefined {
  const source = input.sources.get(file)!;
  const program = fn.scope.getGlobalScope?.() ?? topScope(fn);
  const names = new Set<string>();
  j(fn)
    .find(j.Identifier)
    .forEach((p: any) => {
      if (!isReference(p)) return;
      const scope = p.scope?.lookup(p.value.name);
      if (scope && scope === program) names.add(p.value.name);
    });
  // types the function names (as NewUser, a local interface): they come too, Express's own excepted
  const types = new Set<string>();
  j(fn)
    .find(j.TSTypeReference)
    .forEach((p: any) => void (p.value.typeName.type === 'Identifier' && types.add(p.value.typeName.name)));
  for (const name of types) {
    const statement = topStatement(j, fn, name);
    if (!statement || seen.has(statement.node)) continue;
    const node = statement.node;
    const where = { file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
    if (node.type === 'ImportDeclaration') {
      const spec = String(node.source.value);
      if (spec === 'express') continue;
      const specifier = spec.startsWith('.') ? (repathRelative(spec, file, input.targetPath) ?? spec) : spec;
      const s = (node.specifiers ?? []).find((x: any) => x.local.name === name);
      const kind = s.type === 'ImportSpecifier' ? { named: s.imported.name ?? s.imported.value, type: true } : s.type === 'ImportDefaultSpecifier' ? 'default' : 'namespace';
      if (imports.add(specifier, kind, name) !== name) return { code: 'RS715', ...where, message: `\`${name}\` would clash with another import of the route module` };
      continue;
    }
    if (node.type === 'TSInterfaceDeclaration' || node.type === 'TSTypeAliasDeclaration') {
      seen.add(node);
      const inner = bringBindings(input, j, statement.path, file, imports, declarations, notes, seen);
      if (inner) return inner;
      declarations.set(`${file}\0${name}`, { file, start: node.start, text: source.slice(node.start, node.end) });
    }
  }
  for (const name of names) {
    const statement = topStatement(j, fn, name);
    // the function's own name (a declaration moved in as the layer itself)
    if (!statement || seen.has(statement.node) || statement.node === fn.value) continue;
    seen.add(statement.node);
    const node = statement.node;
    const where = { file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
    if (node.type === 'ImportDeclaration') {
      const spec = String(node.source.value);
      const specifier = spec.startsWith('.') ? (repathRelative(spec, file, input.targetPath) ?? spec) : spec;
      for (const s of node.specifiers ?? []) {
        if (s.local.name !== name) continue;
        const kind = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? 'namespace' : { named: s.imported.name ?? s.imported.value };
        if (imports.add(specifier, kind, name) !== name) return { code: 'RS715', ...where, message: `\`${name}\` would clash with another import of the route module` };
      }
      continue;
    }
    if (node.type === 'VariableDeclaration') {
      const declarator = node.declarations.find((d: any) => declares(d.id, name));
      const required = requireOf(declarator?.init);
      if (required !== undefined) {
        const specifier = required.startsWith('.') ? (repathRelative(required, file, input.targetPath) ?? required) : required;
        const member = declarator.init.type === 'MemberExpression' ? declarator.init.property.name : undefined;
        if (declarator.id.type === 'Identifier') {
          const local = member ? imports.add(specifier, { named: member }, name) : imports.add(specifier, 'default', name);
          if (local !== name) return { code: 'RS715', ...where, message: `\`${name}\` would clash with another import of the route module` };
          continue;
        }
        if (declarator.id.type === 'ObjectPattern' && !member) {
          const prop = declarator.id.properties.find((p: any) => p.value?.type === 'Identifier' && p.value.name === name);
          if (prop && !prop.computed && imports.add(specifier, { named: prop.key.name ?? prop.key.value }, name) === name) continue;
        }
        return { code: 'RS715', ...where, message: `\`${name}\` is required in a form routeshift does not move` };
      }
      if (node.kind !== 'const' || !declarator || declarator.id.type !== 'Identifier' || !declarator.init) return { code: 'RS715', ...where, message: `the handler reads \`${name}\`, state of ${file} shared by its routes` };
      const why = unsafeConstant(j, fn, declarator.init, name);
      if (why) return { code: 'RS715', ...where, message: `the handler reads \`${name}\` of ${file}: ${why}` };
      const inner = bringBindings(input, j, statement.path, file, imports, declarations, notes, seen);
      if (inner) return inner;
      const text = source.slice(declarator.start, declarator.end);
      if (dirnameFree(text, file) !== text) notes.push(dirnameNote(file, declarator));
      declarations.set(`${file}\0${name}`, { file, start: node.start, text: `const ${dirnameFree(text, file)};` });
      continue;
    }
    if (node.type === 'FunctionDeclaration') {
      const inner = bringBindings(input, j, statement.path, file, imports, declarations, notes, seen);
      if (inner) return inner;
      const text = source.slice(node.start, node.end);
      if (dirnameFree(text, file) !== text) notes.push(dirnameNote(file, node));
      declarations.set(`${file}\0${name}`, { file, start: node.start, text: dirnameFree(text, file) });
      continue;
    }
    return { code: 'RS715', ...where, message: `the handler reads \`${name}\` of ${file}, which routeshift does not move` };
  }
  return undefined;
}

function topScope(p: ASTPath<any>): any {
  let scope = p.scope;
  while (scope?.parent) scope = scope.parent;
  return scope;
}

function declares(id: any, name: string): boolean {
  if (id.type === 'Identifier') return id.name === name;
  if (id.type === 'ObjectPattern') return id.properties.some((p: any) => declares(p.value ?? p.argument, name));
  if (id.type === 'ArrayPattern') return id.elements.some((e: any) => e && declares(e, name));
  return false;
}

/** The program-level statement that declares `name` (a declarator's path for a variable). */
function topStatement(j: any, from: ASTPath<any>, name: string): { node: any; path: ASTPath<any> } | undefined {
  let programPath: ASTPath<any> = from;
  while (programPath.parent) programPath = programPath.parent;
  const body = programPath.get('program', 'body').value ? programPath.get('program', 'body') : programPath.get('body');
  for (let i = 0; i < body.value.length; i++) {
    const stmt = body.get(i);
    const node = stmt.value.type === 'ExportNamedDeclaration' && stmt.value.declaration ? stmt.value.declaration : stmt.value;
    if (node.type === 'ImportDeclaration' && (node.specifiers ?? []).some((s: any) => s.local.name === name)) return { node, path: stmt };
    if (node.type === 'FunctionDeclaration' && node.id?.name === name) return { node, path: stmt.value === node ? stmt : stmt.get('declaration') };
    if (node.type === 'VariableDeclaration') {
      const k = node.declarations.findIndex((d: any) => declares(d.id, name));
      if (k !== -1) return { node, path: (stmt.value === node ? stmt : stmt.get('declaration')).get('declarations', k) };
    }
    if (node.type === 'ClassDeclaration' && node.id?.name === name) return { node, path: stmt };
    if ((node.type === 'TSInterfaceDeclaration' || node.type === 'TSTypeAliasDeclaration') && node.id?.name === name) return { node, path: stmt.value === node ? stmt : stmt.get('declaration') };
  }
  void j;
  return undefined;
}

/** `require('x')` / `require('x').y` → 'x'. */
function requireOf(init: any): string | undefined {
  const call = init?.type === 'MemberExpression' && !init.computed ? init.object : init;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require') return undefined;
  const arg = call.arguments[0];
  return arg && (arg.type === 'StringLiteral' || arg.type === 'Literal') && typeof arg.value === 'string' ? arg.value : undefined;
}

/** Why a constant cannot be copied into a route module: it holds state (an object something changes, a call's result). */
function unsafeConstant(j: any, fn: ASTPath<any>, init: any, name: string): string | undefined {
  let why: string | undefined;
  j(init)
    .find(j.Node)
    .forEach((p: any) => {
      const n = p.value;
      if (why) return;
      if (/^(FunctionExpression|ArrowFunctionExpression|ClassExpression|NewExpression)$/.test(n.type)) why = 'its value is built at load time (a function, a class, `new`)';
      if (n.type === 'CallExpression' && !PURE_CALLS.test(j(n.callee).toSource())) why = `its value is the result of \`${j(n.callee).toSource()}(…)\``;
    });
  if (why) return why;
  if (init.type === 'ObjectExpression' || init.type === 'ArrayExpression' || j(init).find(j.ObjectExpression).size() || j(init).find(j.ArrayExpression).size()) {
    // an object or array is copied only when nothing in the file changes it
    let programPath: ASTPath<any> = fn;
    while (programPath.parent) programPath = programPath.parent;
    let mutated = false;
    j(programPath)
      .find(j.Identifier, { name })
      .forEach((p: any) => {
        const parent = p.parent.value;
        if (parent.type !== 'MemberExpression' || parent.object !== p.value) return;
        const outer = p.parent.parent.value;
        if ((outer.type === 'AssignmentExpression' && outer.left === parent) || outer.type === 'UpdateExpression' || outer.type === 'UnaryExpression') mutated = true;
        if (outer.type === 'CallExpression' && outer.callee === parent && !parent.computed && MUTATORS.has(parent.property.name)) mutated = true;
      });
    if (mutated) return 'the file changes it';
  }
  return undefined;
}
