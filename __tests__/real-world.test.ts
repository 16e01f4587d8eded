// Real-world corpus: six small Next.js apps under __testfixtures__/real-world, written the way
// open-source apps write pages/api (see /work/shared/corpus-stats.md for the mix), planned by
// routeshift exactly as the CLI would (readPlanInput + plan; nothing is written to disk).
//
// Quality criteria, per app:
//   1. no crash: no row has status 'error', no RS607 diagnostic;
//   2. every written .ts/.js file parses with @babel/parser;
//   3. every written route file exports only HTTP methods and segment config, no default export;
//   4. no legacy req/res survives in a migrated route file: no NextApiRequest/NextApiResponse/
//      NextApiHandler, and no reference to the legacy handler's request/response parameter names
//      (always `req`/`res`, plus the names the legacy default-exported handler used) unless the
//      name is bound in the output by a declaration that is not a route function parameter;
//   5. migrated / handler files (rows without RS002) >= 0.85, printed and written to
//      .tmp/real-world-rate.txt.

import fs from 'node:fs';
import path from 'node:path';
import { parse as babelParse, type ParserPlugin } from '@babel/parser';
import jscodeshift, { type ASTPath, type JSCodeshift } from 'jscodeshift';

import { codeInfo } from '../src/diagnostics/codes';
import { plan, type Plan } from '../src/plan/plan';
import { readPlanInput } from '../src/run';

const CORPUS_DIR = path.join(__dirname, '..', '__testfixtures__', 'real-world');
const RATE_FILE = path.join(__dirname, '..', '.tmp', 'real-world-rate.txt');
const MIN_RATE = 0.85;
const MIN_HANDLER_FILES = 64;
/** The pages/api modules in the corpus that are helpers, not routes: the only rows allowed to carry RS002
 *  (so the rate's denominator cannot shrink by calling a real handler "not a handler"). */
const NOT_HANDLERS = [
  'api-platform/pages/api/v1/schemas.ts',
  'hobby-js/pages/api/utils/format.js',
  'saas-dashboard/pages/api/projects/utils.ts',
];

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const SEGMENT_CONFIG = new Set(['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration']);
const LEGACY_TYPES = new Set(['NextApiRequest', 'NextApiResponse', 'NextApiHandler']);
/** The name routeshift gives the new NextRequest parameter. */
const NEW_REQUEST_NAMES = new Set(['request', '_request']);
/** Members of a pages/api request that a NextRequest does not have. */
const LEGACY_REQUEST_MEMBERS = new Set(['query', 'socket', 'connection', 'on', 'once', 'pipe', 'env', 'preview', 'previewData', 'draftMode', 'session', 'log', 'aborted', 'httpVersion', 'rawHeaders']);
const HEADERS_MEMBERS = new Set(['get', 'has', 'set', 'append', 'delete', 'entries', 'keys', 'values', 'forEach', 'getSetCookie']);
const COOKIES_MEMBERS = new Set(['get', 'getAll', 'has', 'set', 'delete', 'clear', 'size']);

const ROUTE_FILE = /(^|\/)route\.[cm]?[jt]sx?$/;
const SCRIPT_FILE = /\.([cm]?[jt]sx?)$/;

interface AppResult {
  name: string;
  dir: string;
  result: Plan;
  /** The planner itself threw (not a per-route RS607). */
  crash?: string;
  sources: Map<string, string>;
  discovered: string[];
}

function apps(): string[] {
  return fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORPUS_DIR, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();
}

/** Every file under `<app>/pages/api` or `<app>/src/pages/api`, walked without globby. */
function filesOnDisk(appDir: string): string[] {
  const out: string[] = [];
  const walkDir = (rel: string) => {
    const abs = path.join(appDir, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = rel + '/' + entry.name;
      if (entry.isDirectory()) walkDir(child);
      else if (/\.(js|jsx|ts|tsx|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(child);
    }
  };
  walkDir(fs.existsSync(path.join(appDir, 'pages')) ? 'pages/api' : 'src/pages/api');
  return out.sort();
}

function planApp(name: string): AppResult {
  const dir = path.join(CORPUS_DIR, name);
  try {
    const input = readPlanInput(dir, { dir });
    const sources = new Map(input.routes.map((r) => [r.path, r.source]));
    return { name, dir, result: plan(input), sources, discovered: input.routes.map((r) => r.path) };
  } catch (err) {
    const crash = String((err as Error)?.stack ?? err).split('\n').slice(0, 4).join('\n');
    return { name, dir, result: { ops: [], rows: [] }, sources: new Map(), discovered: [], crash };
  }
}

// ——— parsing ———

function pluginsFor(file: string, jsx: boolean): ParserPlugin[] {
  const plugins: ParserPlugin[] = [];
  if (/\.[cm]?tsx?$/.test(file)) plugins.push('typescript');
  if (jsx) plugins.push('jsx');
  return plugins;
}

/** JSX only where the file kind allows it: .tsx/.jsx, or an existing .js file that had JSX before. */
function allowsJsx(file: string, before: string | undefined): boolean {
  if (/\.[jt]sx$/.test(file)) return true;
  if (!/\.[cm]?js$/.test(file) || before === undefined) return false;
  try {
    babelParse(before, { sourceType: 'module', plugins: [] });
    return false;
  } catch {
    return true;
  }
}

function parseError(file: string, content: string, before?: string): string | null {
  try {
    babelParse(content, { sourceType: 'module', plugins: pluginsFor(file, allowsJsx(file, before)) });
    return null;
  } catch (err) {
    return `${file}: ${(err as Error).message}`;
  }
}

function jFor(file: string): JSCodeshift {
  const plugins = pluginsFor(file, /\.[jt]sx$/.test(file));
  return jscodeshift.withParser({ parse: (src: string) => babelParse(src, { sourceType: 'module', tokens: true, plugins }) });
}

// ——— criterion 3: route exports ———

function bindingNames(pattern: any): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p: any) => bindingNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e: any) => bindingNames(e));
    case 'AssignmentPattern':
      return bindingNames(pattern.left);
    case 'RestElement':
      return bindingNames(pattern.argument);
    default:
      return [`<${pattern.type}>`];
  }
}

/** Problems with a route module's exports: anything but methods and segment config, default exports, CommonJS. */
function routeExportProblems(file: string, content: string): string[] {
  const ast = babelParse(content, { sourceType: 'module', plugins: pluginsFor(file, false) });
  const problems: string[] = [];
  const allowed = (n: string) => HTTP_METHODS.has(n) || SEGMENT_CONFIG.has(n);
  for (const stmt of ast.program.body as any[]) {
    if (stmt.type === 'ExportDefaultDeclaration') problems.push('export default');
    else if (stmt.type === 'ExportAllDeclaration') problems.push(`export * from '${stmt.source.value}'`);
    else if (stmt.type === 'TSExportAssignment') problems.push('export =');
    else if (stmt.type === 'ExportNamedDeclaration') {
      // Type-only exports do not exist at runtime: Next's route checks never see them.
      if (stmt.exportKind === 'type') continue;
      const d = stmt.declaration;
      const names: string[] = [];
      if (d) {
        if (/^(TSTypeAliasDeclaration|TSInterfaceDeclaration)$/.test(d.type) || d.declare) continue;
        if (d.type === 'VariableDeclaration') names.push(...d.declarations.flatMap((v: any) => bindingNames(v.id)));
        else if (d.id) names.push(d.id.name);
        else names.push(`<${d.type}>`);
      }
      for (const s of stmt.specifiers ?? []) {
        if (s.exportKind === 'type') continue;
        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
        names.push(exported);
      }
      problems.push(...names.filter((n) => !allowed(n)).map((n) => `export ${n}`));
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const src = content.slice(stmt.expression.left.start, stmt.expression.left.end);
      if (/^(module\.exports|exports)\b/.test(src)) problems.push(`${src} =`);
    }
  }
  return problems;
}

// ——— criterion 4: legacy request/response names ———

/** The function a default export ends in: `export default function`, an identifier bound to one, the
 *  innermost function argument of `withX(...)`, `module.exports = ...`. */
function legacyHandlerParams(file: string, source: string): string[] {
  let ast: any;
  try {
    ast = babelParse(source, { sourceType: 'module', plugins: pluginsFor(file, /\.(jsx|tsx|js)$/.test(file)) });
  } catch {
    return [];
  }
  const body: any[] = ast.program.body;
  const topLevel = (name: string): any => {
    for (const s of body) {
      const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
      if (d.type === 'FunctionDeclaration' && d.id?.name === name) return d;
      if (d.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier' && v.id.name === name) return v.init;
    }
    return null;
  };
  const resolve = (node: any, depth = 0): any => {
    if (!node || depth > 8) return null;
    if (/^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type)) return node;
    if (node.type === 'Identifier') return resolve(topLevel(node.name), depth + 1);
    if (/^(TSAsExpression|TSSatisfiesExpression|TSNonNullExpression|ParenthesizedExpression)$/.test(node.type)) return resolve(node.expression, depth + 1);
    if (node.type === 'CallExpression') {
      for (const arg of [...node.arguments].reverse()) {
        const fn = resolve(arg, depth + 1);
        if (fn) return fn;
      }
    }
    return null;
  };
  let exported: any = null;
  for (const s of body) {
    if (s.type === 'ExportDefaultDeclaration') exported = s.declaration;
    if (s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression') {
      const left = s.expression.left;
      if (left.type === 'MemberExpression' && left.object.name === 'module' && left.property.name === 'exports') exported = s.expression.right;
    }
  }
  const fn = resolve(exported);
  if (!fn) return [];
  return fn.params.slice(0, 2).filter((p: any) => p.type === 'Identifier').map((p: any) => p.name);
}

/** Is this Identifier path a name position (member property, object key, label...) rather than a reference or binding? */
function isNamePosition(p: ASTPath<any>): boolean {
  const parent = p.parent?.value;
  const node = p.value;
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.property === node && !parent.computed;
    case 'ObjectProperty':
    case 'Property':
      // a shorthand `{ res }` is a reference through its value
      return parent.key === node && !parent.computed && !(parent.shorthand && parent.value === node);
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassProperty':
    case 'ClassPrivateProperty':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
    case 'TSEnumMember':
      return parent.key === node && !parent.computed;
    case 'TSQualifiedName':
      return parent.right === node;
    case 'ImportSpecifier':
      return parent.imported === node && parent.local !== node;
    case 'ExportSpecifier':
      return parent.exported === node;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    case 'MetaProperty':
      return true;
    default:
      return false;
  }
}

/** The function whose parameter list `binding` (an Identifier path) sits in, if it is a parameter. */
function paramOwner(binding: ASTPath<any>): { fn: ASTPath<any>; index: number } | null {
  let cur: ASTPath<any> | null = binding;
  while (cur) {
    const parentList = cur.parentPath; // the array path when cur is an element of a list
    if (parentList && parentList.name === 'params' && Array.isArray(parentList.value)) {
      const fn = parentList.parentPath;
      if (fn && /Function|ObjectMethod|ClassMethod/.test(fn.value.type)) return { fn, index: Number(cur.name) };
    }
    const t = cur.parent?.value?.type;
    if (!t || !/^(ObjectPattern|ArrayPattern|AssignmentPattern|RestElement|ObjectProperty|Property|TSParameterProperty)$/.test(t)) {
      if (cur !== binding) return null;
    }
    cur = cur.parent;
  }
  return null;
}

/** Route functions: `methods` are exported as HTTP methods (directly, via `export { f as GET }`, or as a function
 *  argument of the exported call); `all` adds every module-level function (the helpers they hand the request to). */
function routeFunctions(root: any): { methods: Set<any>; all: Set<any> } {
  const methods = new Set<any>();
  const all = new Set<any>();
  const program = root.get().value.program;
  const isFn = (n: any) => n && /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(n.type);
  const fnsOf = (n: any): any[] => {
    if (!n) return [];
    if (isFn(n)) return [n];
    if (/^(TSAsExpression|TSSatisfiesExpression|TSNonNullExpression|ParenthesizedExpression)$/.test(n.type)) return fnsOf(n.expression);
    if (n.type === 'CallExpression' || n.type === 'NewExpression') return n.arguments.flatMap(fnsOf);
    return [];
  };
  const topLevel = new Map<string, any[]>();
  for (const stmt of program.body) {
    const d = (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration') && stmt.declaration ? stmt.declaration : stmt;
    const exported = stmt.type === 'ExportNamedDeclaration';
    if (d.type === 'FunctionDeclaration') {
      all.add(d);
      if (d.id) topLevel.set(d.id.name, [d]);
      if (exported && d.id && HTTP_METHODS.has(d.id.name)) methods.add(d);
    }
    if (d.type === 'VariableDeclaration') {
      for (const v of d.declarations) {
        const fns = fnsOf(v.init);
        fns.forEach((f) => all.add(f));
        if (v.id.type === 'Identifier') topLevel.set(v.id.name, fns);
        if (exported && v.id.type === 'Identifier' && HTTP_METHODS.has(v.id.name)) fns.forEach((f) => methods.add(f));
      }
    }
    if (isFn(d)) all.add(d);
  }
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    for (const s of stmt.specifiers ?? []) {
      const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
      if (HTTP_METHODS.has(exported)) (topLevel.get(s.local.name) ?? []).forEach((f) => methods.add(f));
    }
  }
  return { methods, all };
}

const isRequestAnnotation = (a: any) => a?.type === 'TSTypeReference' && ['NextRequest', 'Request'].includes(a.typeName?.name);

/** Legacy request/response names still referring to legacy bindings in a migrated route file. */
function legacyNameProblems(file: string, output: string, legacyNames: Set<string>): string[] {
  const j = jFor(file);
  const root = j(output);
  const problems: string[] = [];
  const { methods, all: routeFns } = routeFunctions(root);
  const where = (p: ASTPath<any>) => `${p.value.loc?.start.line}:${(p.value.loc?.start.column ?? 0) + 1}`;

  root.find(j.Identifier).forEach((p: ASTPath<any>) => {
    const name: string = p.value.name;
    if (LEGACY_TYPES.has(name)) {
      problems.push(`${name} at ${where(p)}`);
      return;
    }
    if (!legacyNames.has(name) || isNamePosition(p)) return;
    const scope = p.scope?.lookup(name);
    if (!scope) {
      problems.push(`unbound \`${name}\` at ${where(p)}`);
      return;
    }
    const bindings: ASTPath<any>[] = scope.getBindings()[name] ?? [];
    if (bindings.some((b) => b.value === p.value)) return; // the declaration itself
    for (const b of bindings) {
      const owner = paramOwner(b);
      if (!owner || !routeFns.has(owner.fn.value)) continue; // bound by a const, import, callback parameter...
      const annotation = b.value.typeAnnotation?.typeAnnotation;
      const annotatedAsRequest = annotation ? isRequestAnnotation(annotation) : methods.has(owner.fn.value);
      if (NEW_REQUEST_NAMES.has(name) && owner.index === 0 && annotatedAsRequest) continue; // the new NextRequest, checked by members below
      problems.push(`\`${name}\` at ${where(p)} is the route function's parameter`);
    }
  });

  // Request parameters (of exported methods, or typed NextRequest/Request): no pages/api-only members
  // (req.query, req.cookies.x, req.headers['x']...).
  for (const fn of routeFns) {
    const first = fn.params[0];
    if (!first || first.type !== 'Identifier') continue;
    const annotation = first.typeAnnotation?.typeAnnotation;
    if (!(annotation ? isRequestAnnotation(annotation) : methods.has(fn))) continue;
    root
      .find(j.Identifier, { name: first.name })
      .filter((p: ASTPath<any>) => !isNamePosition(p) && p.scope?.lookup(first.name)?.getBindings()[first.name]?.some((b: ASTPath<any>) => b.value === first) && p.value !== first)
      .forEach((p: ASTPath<any>) => {
        const parent = p.parent.value;
        if (!/MemberExpression$/.test(parent.type) || parent.object !== p.value) return;
        const member = parent.computed ? null : parent.property.name;
        const memberOf = () => {
          const gp = p.parent.parent.value;
          if (!/MemberExpression$/.test(gp.type) || gp.object !== parent) return undefined;
          return gp.computed ? '[computed]' : gp.property.name;
        };
        if (member && LEGACY_REQUEST_MEMBERS.has(member)) problems.push(`\`${first.name}.${member}\` at ${where(p)}`);
        if (member === 'headers') {
          const sub = memberOf();
          if (sub !== undefined && !HEADERS_MEMBERS.has(sub)) problems.push(`\`${first.name}.headers.${sub}\` at ${where(p)}`);
        }
        if (member === 'cookies') {
          const sub = memberOf();
          if (sub !== undefined && !COOKIES_MEMBERS.has(sub)) problems.push(`\`${first.name}.cookies.${sub}\` at ${where(p)}`);
        }
      });
  }
  return [...new Set(problems)]; // `import { X }` holds X twice (imported, local)
}

// ——— the run ———

const APP_NAMES = apps();
const results: AppResult[] = APP_NAMES.map(planApp);

const rowsOf = (a: AppResult) => a.result.rows.map((r) => ({ ...r, where: `${a.name}/${r.source}` }));
const allRows = results.flatMap(rowsOf);
const isHandlerRow = (r: { diagnostics: { code: string }[] }) => !r.diagnostics.some((d) => d.code === 'RS002');

function summary(): string {
  const handlers = allRows.filter(isHandlerRow);
  const migrated = handlers.filter((r) => r.status === 'migrated');
  const pct = handlers.length ? ((100 * migrated.length) / handlers.length).toFixed(1) : '0.0';
  const lines = [`real-world: ${migrated.length}/${handlers.length} handler files migrated (${pct}%)`];
  const groups = new Map<string, string[]>();
  for (const r of handlers.filter((x) => x.status !== 'migrated')) {
    const blocking = [...new Set(r.diagnostics.filter((d) => codeInfo(d.code).blocks).map((d) => d.code))].sort();
    const key = `${r.status}: ${blocking.join('+') || '(no code)'}`;
    groups.set(key, [...(groups.get(key) ?? []), r.where]);
  }
  for (const [key, files] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    lines.push(`  ${key} x${files.length} (${files.join(', ')})`);
  }
  const helpers = allRows.filter((r) => !isHandlerRow(r));
  lines.push(`  not handlers (RS002): ${helpers.length} (${helpers.map((r) => r.where).join(', ')})`);
  return lines.join('\n');
}

describe('real-world corpus', () => {
  test('the corpus: six apps, each planned from disk, every pages/api file discovered', () => {
    expect(APP_NAMES.length).toBeGreaterThanOrEqual(6);
    for (const a of results.filter((r) => !r.crash)) {
      expect({ app: a.name, routes: a.discovered }).toEqual({ app: a.name, routes: filesOnDisk(a.dir) });
      expect(a.result.rows.map((r) => r.source).sort()).toEqual(a.discovered);
    }
    expect(allRows.filter(isHandlerRow).length).toBeGreaterThanOrEqual(MIN_HANDLER_FILES);
    expect(allRows.filter((r) => !isHandlerRow(r)).map((r) => r.where).sort()).toEqual(NOT_HANDLERS);
  });

  test.each(APP_NAMES)('%s: 1. no crash (no error rows, no RS607), nothing skipped', (name) => {
    const a = results.find((r) => r.name === name)!;
    expect(a.crash).toBeUndefined();
    const bad = a.result.rows
      .filter((r) => r.status === 'error' || r.status === 'skipped' || r.diagnostics.some((d) => d.code === 'RS607'))
      .map((r) => `${r.source}: ${r.status} ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
    expect(bad).toEqual([]);
  });

  test.each(APP_NAMES)('%s: 2. every written file parses', (name) => {
    const a = results.find((r) => r.name === name)!;
    const writes = a.result.ops.filter((o) => o.kind === 'write' && SCRIPT_FILE.test(o.path));
    const errors = writes.map((o) => (o.kind === 'write' ? parseError(o.path, o.content, o.before) : null)).filter(Boolean);
    expect(errors).toEqual([]);
    for (const o of a.result.ops) expect(o.path).not.toMatch(/^(\/|\.\.\/)|\/\.\.\//);
  });

  test.each(APP_NAMES)('%s: 3. route files export only methods and segment config', (name) => {
    const a = results.find((r) => r.name === name)!;
    const problems = a.result.ops
      .filter((o) => o.kind === 'write' && ROUTE_FILE.test(o.path))
      .flatMap((o) => (o.kind === 'write' && parseError(o.path, o.content) === null ? routeExportProblems(o.path, o.content).map((p) => `${o.path}: ${p}`) : []));
    expect(problems).toEqual([]);
  });

  test.each(APP_NAMES)('%s: 4. no legacy req/res in migrated route files', (name) => {
    const a = results.find((r) => r.name === name)!;
    const writes = new Map(a.result.ops.filter((o) => o.kind === 'write').map((o) => [o.path, o.kind === 'write' ? o.content : '']));
    const problems: string[] = [];
    for (const row of a.result.rows.filter((r) => r.status === 'migrated')) {
      const output = writes.get(row.target!);
      if (output === undefined) {
        problems.push(`${row.source}: migrated but ${row.target} is not written`);
        continue;
      }
      if (parseError(row.target!, output) !== null) continue; // criterion 2 reports it
      const names = new Set(['req', 'res', ...legacyHandlerParams(row.source, a.sources.get(row.source)!)]);
      problems.push(...legacyNameProblems(row.target!, output, names).map((p) => `${row.target}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  test('5. migration rate over handler files', () => {
    const text = summary();
    console.log(text);
    fs.mkdirSync(path.dirname(RATE_FILE), { recursive: true });
    fs.writeFileSync(RATE_FILE, text + '\n');
    const handlers = allRows.filter(isHandlerRow);
    const migrated = handlers.filter((r) => r.status === 'migrated').length;
    expect(migrated / handlers.length).toBeGreaterThanOrEqual(MIN_RATE);
  });
});

// Self-checks of the checkers: each one must be able to fail.
describe('real-world checkers', () => {
  test('parsing', () => {
    expect(parseError('app/a/route.ts', 'export const GET = (r: Request) => new Response(null);')).toBeNull();
    expect(parseError('app/a/route.ts', 'export const GET = () => <div />;')).toMatch(/^app\/a\/route\.ts: /);
    expect(parseError('app/a/route.js', 'export const GET = (r: Request) => 1;')).not.toBeNull();
    expect(parseError('pages/index.tsx', 'export default () => <div />;')).toBeNull();
    expect(parseError('pages/index.js', 'export default () => <div />;', 'export default () => <p />;')).toBeNull();
  });

  test('route exports', () => {
    expect(routeExportProblems('app/a/route.ts', 'export async function GET() {}\nexport const runtime = "nodejs";\nexport type X = 1;\n')).toEqual([]);
    expect(routeExportProblems('app/a/route.ts', 'const h = () => 1;\nexport { h as POST, h as helper };\nexport default h;\n')).toEqual(['export helper', 'export default']);
    expect(routeExportProblems('app/a/route.js', 'export const { GET, authOptions } = x;\nmodule.exports = 1;\n')).toEqual(['export authOptions', 'module.exports =']);
  });

  test('legacy names', () => {
    const legacy = new Set(['req', 'res', 'request', 'response']);
    const ok = [
      "import { NextRequest, NextResponse } from 'next/server';",
      'export async function GET(request: NextRequest) {',
      '  const res = await fetch(request.nextUrl.searchParams.get("u")!);',
      '  const data = await fetch("x").then((response) => response.json());',
      '  return NextResponse.json({ ok: res.ok, data, h: request.headers.get("x"), c: request.cookies.get("a")?.value });',
      '}',
    ].join('\n');
    expect(legacyNameProblems('app/a/route.ts', ok, legacy)).toEqual([]);
    const bad = [
      "import type { NextApiRequest } from 'next';",
      'async function helper(req: Request) { return req.url; }',
      'export async function GET(request: NextRequest) {',
      '  form.parse(res, () => {});',
      '  return helper(request.query.id, request.headers["x"], request.cookies.a);',
      '}',
      'export const POST = withAuth(async (req: NextRequest) => req.json());',
    ].join('\n');
    expect(legacyNameProblems('app/a/route.ts', bad, legacy)).toEqual([
      'NextApiRequest at 1:15',
      "`req` at 2:46 is the route function's parameter",
      'unbound `res` at 4:14',
      "`req` at 7:58 is the route function's parameter",
      '`request.query` at 5:17',
      '`request.headers.[computed]` at 5:35',
      '`request.cookies.a` at 5:57',
    ]);
  });

  test('legacy handler parameter names', () => {
    expect(legacyHandlerParams('a.ts', 'export default async function h(request, response) {}')).toEqual(['request', 'response']);
    expect(legacyHandlerParams('a.ts', 'const h = async (rq, rs) => {};\nexport default withA(["GET"], withB(h));')).toEqual(['rq', 'rs']);
    expect(legacyHandlerParams('a.js', 'module.exports = function (q, s) {};')).toEqual(['q', 's']);
    expect(legacyHandlerParams('a.ts', "export { default } from './x';")).toEqual([]);
  });
});
