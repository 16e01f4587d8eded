// The route table of an Express app across files, read by evaluating the module graph symbolically:
// modules load once (as Node caches them), routers are objects with a stack, mounts nest stacks, and
// the table is the depth-first walk of the app's stack — the order Express tries layers in.
//   app.js:            const app = express(); app.use(express.json()); app.use('/api', require('./routes/api'))
//   routes/api.js:     const router = express.Router(); router.get('/users/:id', auth, ctrl.getUser); module.exports = router
//   →  { method: 'GET', path: '/api/users/:id', handlers: [auth, ctrl.getUser], routerMiddleware: [express.json()], order: 1, … }
// What cannot be followed (mounts in loops or under computed paths, registrations with a computed path)
// is reported with file:line, never dropped silently.

import { posix } from 'node:path';
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { Diagnostic } from '../types';
import { resolveSpecifier, type PathAlias } from '../plan/module-paths';
import { joinExpressPath } from '../plan/express-paths';
import { parseOrReport } from './parse';

export type ExpressMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ALL';

export interface SourceLoc {
  file: string;
  line: number;
  /** 1-based */
  column: number;
}

/** Where an export comes from: `import * as c from './c'; c.getUser` → { module: 'controllers/c.js', exportName: 'getUser', path: [] }. */
export interface ImportSource {
  specifier: string;
  /** The project file; undefined for packages and specifiers that resolve to no project file. */
  module?: string;
  /** 'default' (ESM default export), '*' (the module object: a namespace import, or what require() returns —
   *  module.exports), or a named export. */
  exportName: string;
  /** Properties read from the export: `import c from './c'; c.getUser` → ['getUser']. */
  path: string[];
}

/**
 * A function argument of a registration, where it stands (file/line/column of the argument):
 *   inline    (req, res) => {…}
 *   local     a function (or value) of the same module: `getUser`, with where it is declared
 *   imported  an imported binding: `import { getUser } from '../c'`, `const getUser = require('../c').getUser`
 *   member    `controller.getUser`, `ctrl.list` (source set when the object is an import)
 *   call      `asyncHandler(fn)`, `requireRole('admin')`, `express.json()`: callee and argument refs
 *   other     anything else (a literal, a conditional…)
 */
export type HandlerRef = HandlerRefKind & {
  /** The function the reference evaluates to, wherever it is written (absent when it is not a function routeshift can see). */
  site?: FunctionSite;
};

/** Where a function is written: `file` and the node's offsets in its source. */
export interface FunctionSite extends SourceLoc {
  start: number;
  end: number;
  params: number;
  async: boolean;
}

type HandlerRefKind =
  | (SourceLoc & { kind: 'inline'; params: number; async: boolean })
  | (SourceLoc & { kind: 'local'; name: string; declaredAt: { line: number; column: number }; params?: number; async?: boolean; init?: HandlerRef })
  | (SourceLoc & { kind: 'imported'; name: string; source: ImportSource })
  | (SourceLoc & { kind: 'member'; name: string; object: HandlerRef; property: string; source?: ImportSource })
  | (SourceLoc & { kind: 'call'; name: string; callee: HandlerRef; args: HandlerRef[] })
  | (SourceLoc & { kind: 'other'; text: string });

export interface MountLink extends SourceLoc {
  /** The mount path as written: app.use('/api', router) → '/api'. */
  prefix: string;
  /** The router mounted there. */
  router: number;
  /** Router({ mergeParams: true }): the mounted router sees its parents' params. */
  mergeParams: boolean;
}

export interface ExpressRoute extends SourceLoc {
  method: ExpressMethod;
  /** The full path, mount prefixes joined, Express syntax as written: '/api/users/:id'. */
  path: string;
  /** The same, per mount (outermost first) and the route's own path: ['/api', '/users', '/:id']. */
  pathParts: string[];
  /** The registration's functions in order: the last answers, the others are route middleware. */
  handlers: HandlerRef[];
  /** `use(fn)` layers registered before it on every router on the way whose path covers it, outermost first. */
  routerMiddleware: HandlerRef[];
  /** Mounts on the way, outermost first. */
  mounts: MountLink[];
  /** Params of mount prefixes the handler does not see in req.params (a router on the way lacks mergeParams). */
  hiddenParams: string[];
  /** The router it is registered on, and its position in that router's stack. */
  router: number;
  index: number;
  /** Position in the order Express tries the app's layers (middleware layers take numbers too). */
  order: number;
}

export interface RouterInfo extends SourceLoc {
  id: number;
  kind: 'app' | 'router';
  /** The variable it is first bound to. */
  name?: string;
  mergeParams: boolean;
  caseSensitive: boolean;
  strict: boolean;
  /** Where it is mounted (parent router id and the mount); empty for the app. */
  mounts: Array<SourceLoc & { parent: number; prefix: string }>;
  /** Its own `use(fn)` layers with their stack position (error handlers included: inline `params === 4`). */
  middleware: Array<SourceLoc & { path: string; handler: HandlerRef; index: number }>;
  routeCount: number;
  /** `.listen()` is called on it. */
  listens: boolean;
}

/** Findings with a string code (proposed RS7xx codes, see the report) and one-line message. */
export interface ExpressDiagnostic extends SourceLoc {
  code: string;
  message: string;
}

export interface ExpressRoutesInput {
  entry: string;
  /** Project-relative path → source. */
  files: Map<string, string>;
  /** The project file a specifier names from `from`, or undefined (a package, or not found). */
  resolve: (specifier: string, from: string) => string | undefined;
}

export interface ExpressRoutesResult {
  routes: ExpressRoute[];
  diagnostics: ExpressDiagnostic[];
  routers: RouterInfo[];
}

/** The codes the table's findings carry (src/diagnostics/codes.ts explains them). */
export const EXPRESS_CODES = {
  mountNotFollowed: 'RS701',
  pathNotLiteral: 'RS702',
  routerNotMounted: 'RS703',
  paramCallback: 'RS704',
  conditional: 'RS705',
  otherMethod: 'RS706',
  mountCycle: 'RS707',
  noEntry: 'RS708',
} as const;

const METHODS: Record<string, ExpressMethod> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
  all: 'ALL',
};
/** Methods Express routes (node's http.METHODS) that a route.ts cannot export. */
const OTHER_METHODS = new Set(['acl', 'bind', 'checkout', 'connect', 'copy', 'link', 'lock', 'm-search', 'merge', 'mkactivity', 'mkcalendar', 'mkcol', 'move', 'notify', 'propfind', 'proppatch', 'purge', 'query', 'rebind', 'report', 'search', 'source', 'subscribe', 'trace', 'unbind', 'unlink', 'unlock', 'unsubscribe']);
/** Router calls the table reads; a call of these on a router that was not evaluated is reported. */
const ROUTER_OPS = new Set([...Object.keys(METHODS), 'use', 'route', 'param']);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod']);
const TS_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

// ————— values the evaluation tracks —————

interface RouterState {
  info: RouterInfo;
  stack: Layer[];
}

type Layer =
  | (SourceLoc & { type: 'route'; method: ExpressMethod; path: string; handlers: HandlerRef[] })
  | (SourceLoc & { type: 'use'; path: string; handler: HandlerRef })
  | (SourceLoc & { type: 'mount'; path: string; router: RouterState });

type Value =
  | { kind: 'express' } // the express package: callable, .Router
  | { kind: 'routerFactory' } // express.Router / Router
  | { kind: 'router'; router: RouterState }
  | { kind: 'route'; router: RouterState; path: string | undefined; alls: HandlerRef[] }
  | { kind: 'namespace'; module: ModuleRecord }
  | { kind: 'function'; node: any; env: Env }
  | { kind: 'string'; value: string }
  | { kind: 'object'; props: Map<string, Value | undefined> };

/** How a name was bound: what handlerRef reports for it. */
type Origin =
  | { kind: 'import'; source: ImportSource }
  | { kind: 'local'; node: any; init?: any; env: Env }
  | { kind: 'param'; arg?: { node: any; env: Env } };

interface Binding {
  origin: Origin;
  value: () => Value | undefined;
}

interface Env {
  vars: Map<string, Binding>;
  parent?: Env;
  module: ModuleRecord;
}

interface ModuleRecord {
  file: string;
  source: string;
  j?: JSCodeshift;
  root?: Collection;
  env?: Env;
  /** module.exports = X */
  cjs?: Value;
  /** export default X */
  esmDefault?: Value;
  /** export const x / exports.x = … / export { x } (live: read when imported) */
  named: Map<string, () => Value | undefined>;
}

const loc = (file: string, node: any): SourceLoc => ({ file, line: node?.loc?.start.line ?? 1, column: (node?.loc?.start.column ?? 0) + 1 });

/** The expression inside type assertions and parentheses: `(router as Router)` → `router`. */
export function unwrap(node: any): any {
  while (node && TS_WRAPPERS.has(node.type)) node = node.expression;
  return node;
}

/** A member's property name, `a.b` or `a['b']`; undefined when computed from something else. */
export function propName(member: any): string | undefined {
  if (member.computed) return member.property.type === 'StringLiteral' ? member.property.value : undefined;
  return member.property.type === 'Identifier' ? member.property.name : undefined;
}

/** A function declaration or expression: `function (req, res) {}`, `(req, res) => {}`. */
function isFunctionNode(node: any): boolean {
  return !!node && (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration');
}

// ————— the evaluation —————

class Evaluation {
  readonly modules = new Map<string, ModuleRecord>();
  readonly routers: RouterState[] = [];
  readonly diagnostics: ExpressDiagnostic[] = [];
  /** Router calls the evaluation performed (the rest are reported). */
  readonly evaluated = new Set<any>();
  /** Function bodies evaluated, with the environment of their first call. */
  readonly called = new Map<any, Env>();
  /** Routers whose mount was reported already (not reported again as never mounted). */
  readonly unfollowed = new Set<RouterState>();
  private readonly active = new Set<any>();
  private conditions = 0;

  constructor(
    private readonly files: Map<string, string>,
    private readonly resolve: (specifier: string, from: string) => string | undefined,
  ) {}

  report(code: string, at: SourceLoc, message: string): void {
    this.diagnostics.push({ code, ...at, message });
  }

  text(mod: ModuleRecord, node: any): string {
    return typeof node?.start === 'number' ? mod.source.slice(node.start, node.end) : '';
  }

  // — modules —

  load(file: string): ModuleRecord | undefined {
    const known = this.modules.get(file);
    if (known) return known;
    const source = this.files.get(file);
    if (source === undefined) return undefined;
    // registered before evaluation: a require cycle gets the exports made so far, as in Node
    const mod: ModuleRecord = { file, source, named: new Map() };
    this.modules.set(file, mod);
    const sink: { items: Diagnostic[] } = { items: [] };
    const parsed = parseOrReport(file, source, sink);
    for (const d of sink.items) this.report(d.code, d, d.message);
    if (!parsed) return mod;
    mod.j = parsed.j;
    mod.root = parsed.root;
    const program = parsed.root.find(parsed.j.Program).paths()[0].value;
    mod.env = { vars: new Map(), module: mod };
    // ESM: imports are bound (and their modules evaluated) before the body runs
    for (const stmt of program.body) if (stmt.type === 'ImportDeclaration') this.bindImport(stmt, mod.env);
    this.execBlock(program.body, mod.env);
    return mod;
  }

  /** The value `require(specifier)` gives in `from`. */
  requireValue(specifier: string, from: string): Value | undefined {
    if (specifier === 'express') return { kind: 'express' };
    const file = this.resolve(specifier, from);
    const mod = file ? this.load(file) : undefined;
    if (!mod) return undefined;
    return mod.cjs ?? { kind: 'namespace', module: mod };
  }

  sourceOf(specifier: string, from: string, exportName: string): ImportSource {
    const module = this.resolve(specifier, from);
    return module ? { specifier, module, exportName, path: [] } : { specifier, exportName, path: [] };
  }

  /** An export of `mod` as an importer sees it: 'default' | '*' | a name. */
  exportValue(mod: ModuleRecord, name: string): Value | undefined {
    if (name === '*') return { kind: 'namespace', module: mod };
    if (name === 'default') return mod.esmDefault ?? mod.cjs ?? { kind: 'namespace', module: mod };
    return mod.named.get(name)?.() ?? this.member(mod.cjs, name);
  }

  importedValue(source: ImportSource): Value | undefined {
    if (source.specifier === 'express') {
      if (source.exportName === 'Router') return { kind: 'routerFactory' };
      return source.exportName === 'default' || source.exportName === '*' ? { kind: 'express' } : undefined;
    }
    const mod = source.module ? this.load(source.module) : undefined;
    return mod ? this.exportValue(mod, source.exportName) : undefined;
  }

  bindImport(stmt: any, env: Env): void {
    if (stmt.importKind === 'type') return;
    const specifier = String(stmt.source.value);
    const file = env.module.file;
    // evaluate the imported module now (ESM order), even for side-effect-only imports
    if (specifier !== 'express') {
      const target = this.resolve(specifier, file);
      if (target) this.load(target);
    }
    for (const s of stmt.specifiers ?? []) {
      if (s.importKind === 'type') continue;
      const exportName = s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : (s.imported.name ?? s.imported.value);
      const source = this.sourceOf(specifier, file, exportName);
      env.vars.set(s.local.name, { origin: { kind: 'import', source }, value: () => this.importedValue(source) });
    }
  }

  member(value: Value | undefined, name: string): Value | undefined {
    if (!value) return undefined;
    switch (value.kind) {
      case 'express':
        return name === 'Router' ? { kind: 'routerFactory' } : undefined;
      case 'namespace':
        return name === 'default' ? (value.module.esmDefault ?? value.module.cjs) : (value.module.named.get(name)?.() ?? this.member(value.module.cjs, name));
      case 'object':
        return value.props.get(name);
      default:
        return undefined;
    }
  }

  lookup(env: Env | undefined, name: string): Binding | undefined {
    for (let e = env; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }

  // — statements —

  /** Run statements in order; a `return` ends the block with its value. */
  execBlock(body: any[], env: Env): { returned: boolean; value?: Value } {
    // function declarations are hoisted (exported ones too)
    for (const stmt of body) {
      const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
      if (decl?.type === 'FunctionDeclaration' && decl.id) this.bindLocal(decl.id.name, decl, undefined, env, { kind: 'function', node: decl, env });
    }
    for (const stmt of body) {
      const r = this.exec(stmt, env);
      if (r.returned) return r;
    }
    return { returned: false };
  }

  exec(stmt: any, env: Env): { returned: boolean; value?: Value } {
    const mod = env.module;
    switch (stmt.type) {
      case 'VariableDeclaration':
        for (const d of stmt.declarations) this.declare(d, env);
        break;
      case 'ExpressionStatement':
        this.evaluate(stmt.expression, env);
        break;
      case 'ReturnStatement':
        return { returned: true, value: stmt.argument ? this.evaluate(stmt.argument, env) : undefined };
      case 'BlockStatement':
        return this.execBlock(stmt.body, env);
      case 'TryStatement':
        return this.execBlock(stmt.block.body, env);
      case 'IfStatement': {
        this.conditions++;
        try {
          const a = this.exec(stmt.consequent, env);
          const b = stmt.alternate ? this.exec(stmt.alternate, env) : { returned: false };
          if (a.returned && b.returned) return a;
        } finally {
          this.conditions--;
        }
        break;
      }
      case 'ExportNamedDeclaration':
        this.exportNamed(stmt, env);
        break;
      case 'ExportDefaultDeclaration': {
        const decl = stmt.declaration;
        if (decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') {
          const value: Value | undefined = decl.type === 'FunctionDeclaration' ? { kind: 'function', node: decl, env } : undefined;
          if (decl.id) this.bindLocal(decl.id.name, decl, undefined, env, value);
          mod.esmDefault = value;
        } else mod.esmDefault = this.evaluate(decl, env);
        break;
      }
      case 'ExportAllDeclaration': {
        const target = this.resolve(String(stmt.source.value), mod.file);
        const from = target ? this.load(target) : undefined;
        if (from && stmt.exported) mod.named.set(stmt.exported.name, () => ({ kind: 'namespace', module: from }));
        else if (from) for (const [name, get] of from.named) if (name !== 'default' && !mod.named.has(name)) mod.named.set(name, get);
        break;
      }
      case 'TSExportAssignment':
        mod.cjs = this.evaluate(stmt.expression, env);
        break;
      case 'TSImportEqualsDeclaration':
        if (stmt.moduleReference?.type === 'TSExternalModuleReference') {
          const specifier = String(stmt.moduleReference.expression.value);
          const source = this.sourceOf(specifier, mod.file, '*');
          const value = this.requireValue(specifier, mod.file);
          env.vars.set(stmt.id.name, { origin: { kind: 'import', source }, value: () => value });
        }
        break;
      default:
        break; // loops, switch, classes…: not evaluated; router calls inside are reported afterwards
    }
    return { returned: false };
  }

  bindLocal(name: string, node: any, init: any, env: Env, value: Value | undefined): void {
    if (value?.kind === 'router' && !value.router.info.name) value.router.info.name = name;
    env.vars.set(name, { origin: { kind: 'local', node, init, env }, value: () => value });
  }

  declare(d: any, env: Env): void {
    const init = d.init ? unwrap(d.init) : undefined;
    if (d.id.type === 'Identifier') {
      const req = init && this.requireSpecifier(init);
      if (req !== undefined) {
        // const users = require('./users') — an import of the module object
        const source = this.sourceOf(req, env.module.file, '*');
        const value = this.requireValue(req, env.module.file);
        if (value?.kind === 'router' && !value.router.info.name) value.router.info.name = d.id.name;
        env.vars.set(d.id.name, { origin: { kind: 'import', source }, value: () => value });
      } else this.bindLocal(d.id.name, d.id, init, env, init ? this.evaluate(init, env) : undefined);
      return;
    }
    if (d.id.type === 'ObjectPattern' && init) {
      // const { Router } = require('express');  const { getUser } = require('../c')
      const req = this.requireSpecifier(init);
      const whole = this.evaluate(init, env);
      for (const p of d.id.properties) {
        if (p.type !== 'ObjectProperty' || p.computed) continue;
        const key = p.key.name ?? p.key.value;
        const target = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (target.type !== 'Identifier') continue;
        const value = this.member(whole, key);
        if (req !== undefined) {
          const source = this.sourceOf(req, env.module.file, key);
          env.vars.set(target.name, { origin: { kind: 'import', source }, value: () => value });
        } else this.bindLocal(target.name, target, undefined, env, value);
      }
    }
  }

  /** `require('x')` → 'x'; anything else → undefined. */
  requireSpecifier(node: any): string | undefined {
    node = unwrap(node);
    if (node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require') return undefined;
    const arg = node.arguments[0];
    return arg?.type === 'StringLiteral' ? arg.value : undefined;
  }

  exportNamed(stmt: any, env: Env): void {
    const mod = env.module;
    const decl = stmt.declaration;
    if (decl) {
      this.exec(decl, env);
      const names: string[] =
        decl.type === 'VariableDeclaration' ? decl.declarations.filter((d: any) => d.id.type === 'Identifier').map((d: any) => d.id.name) : decl.id ? [decl.id.name] : [];
      for (const name of names) mod.named.set(name, () => this.lookup(env, name)?.value());
      return;
    }
    const from = stmt.source ? String(stmt.source.value) : undefined;
    const target = from !== undefined ? this.resolve(from, mod.file) : undefined;
    const fromMod = target ? this.load(target) : undefined;
    for (const s of stmt.specifiers ?? []) {
      const exported = s.exported.name ?? s.exported.value;
      if (from === undefined) {
        const local = s.local.name;
        mod.named.set(exported, () => this.lookup(env, local)?.value());
      } else if (fromMod) {
        const name = s.type === 'ExportNamespaceSpecifier' ? '*' : (s.local?.name ?? s.local?.value ?? 'default');
        mod.named.set(exported, () => this.exportValue(fromMod, name));
      }
    }
  }

  // — expressions —

  evaluate(node: any, env: Env): Value | undefined {
    node = unwrap(node);
    if (!node) return undefined;
    switch (node.type) {
      case 'StringLiteral':
        return { kind: 'string', value: node.value };
      case 'TemplateLiteral': {
        let out = node.quasis[0].value.cooked;
        for (let i = 0; i < node.expressions.length; i++) {
          const v = this.evaluate(node.expressions[i], env);
          if (v?.kind !== 'string') return undefined;
          out += v.value + node.quasis[i + 1].value.cooked;
        }
        return { kind: 'string', value: out };
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return undefined;
        const [a, b] = [this.evaluate(node.left, env), this.evaluate(node.right, env)];
        return a?.kind === 'string' && b?.kind === 'string' ? { kind: 'string', value: a.value + b.value } : undefined;
      }
      case 'Identifier':
        return this.lookup(env, node.name)?.value();
      case 'MemberExpression': {
        const name = propName(node);
        return name === undefined ? undefined : this.member(this.evaluate(node.object, env), name);
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return { kind: 'function', node, env };
      case 'ObjectExpression': {
        const props = new Map<string, Value | undefined>();
        for (const p of node.properties) {
          if (p.type === 'ObjectProperty' && !p.computed) props.set(p.key.name ?? p.key.value, this.evaluate(p.value, env));
          if (p.type === 'ObjectMethod' && !p.computed) props.set(p.key.name ?? p.key.value, { kind: 'function', node: p, env });
        }
        return { kind: 'object', props };
      }
      case 'AssignmentExpression':
        return this.assign(node, env);
      case 'SequenceExpression': {
        let last: Value | undefined;
        for (const e of node.expressions) last = this.evaluate(e, env);
        return last;
      }
      case 'AwaitExpression':
        return this.evaluate(node.argument, env);
      case 'CallExpression':
      case 'NewExpression':
        return this.call(node, env);
      default:
        return undefined;
    }
  }

  assign(node: any, env: Env): Value | undefined {
    const value = this.evaluate(node.right, env);
    if (node.operator !== '=') return value;
    const left = unwrap(node.left);
    const mod = env.module;
    const isModuleExports = (n: any) => n?.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'module' && propName(n) === 'exports';
    if (isModuleExports(left)) mod.cjs = value;
    else if (left.type === 'MemberExpression' && (isModuleExports(left.object) || (left.object.type === 'Identifier' && left.object.name === 'exports'))) {
      const name = propName(left);
      if (name !== undefined) {
        mod.named.set(name, () => value);
        if (mod.cjs?.kind === 'object') mod.cjs.props.set(name, value);
      }
    } else if (left.type === 'Identifier') {
      const b = this.lookup(env, left.name);
      if (b && b.origin.kind === 'local') {
        if (value?.kind === 'router' && !value.router.info.name) value.router.info.name = left.name;
        b.value = () => value;
      }
    }
    return value;
  }

  call(node: any, env: Env): Value | undefined {
    const callee = unwrap(node.callee);
    const spec = this.requireSpecifier(node);
    if (spec !== undefined) return this.requireValue(spec, env.module.file);
    if (callee.type === 'MemberExpression') {
      const name = propName(callee);
      const target = this.evaluate(callee.object, env);
      if (name !== undefined && target?.kind === 'router') return this.routerCall(target.router, name, node, env);
      if (name !== undefined && target?.kind === 'route') return this.routeCall(target, name, node, env);
      if (name === undefined) return undefined;
      return this.invoke(this.member(target, name), node, env);
    }
    return this.invoke(this.evaluate(callee, env), node, env);
  }

  invoke(fn: Value | undefined, node: any, env: Env): Value | undefined {
    if (!fn) return undefined;
    if (fn.kind === 'express') return { kind: 'router', router: this.newRouter('app', node, env, undefined) };
    if (fn.kind === 'routerFactory') return { kind: 'router', router: this.newRouter('router', node, env, node.arguments[0]) };
    if (fn.kind !== 'function') return undefined;
    // a registrar (module.exports = (app) => { app.get(…) }) or a router factory (() => { const r = Router(); …; return r })
    if (this.active.has(fn.node) || this.active.size > 32) return undefined;
    const inner: Env = { vars: new Map(), parent: fn.env, module: fn.env.module };
    fn.node.params.forEach((p: any, i: number) => {
      const param = p.type === 'AssignmentPattern' ? p.left : p;
      if (param.type !== 'Identifier') return;
      const arg = node.arguments[i];
      const value = arg ? this.evaluate(arg, env) : undefined;
      inner.vars.set(param.name, { origin: { kind: 'param', arg: arg ? { node: arg, env } : undefined }, value: () => value });
    });
    if (!this.called.has(fn.node)) this.called.set(fn.node, inner);
    this.active.add(fn.node);
    try {
      const body = fn.node.body;
      if (body.type !== 'BlockStatement') return this.evaluate(body, inner);
      return this.execBlock(body.body, inner).value;
    } finally {
      this.active.delete(fn.node);
    }
  }

  newRouter(kind: 'app' | 'router', node: any, env: Env, options: any): RouterState {
    const flag = (key: string) => {
      const o = unwrap(options);
      if (o?.type !== 'ObjectExpression') return false;
      const p = o.properties.find((q: any) => q.type === 'ObjectProperty' && (q.key.name ?? q.key.value) === key);
      return p?.value.type === 'BooleanLiteral' && p.value.value === true;
    };
    const info: RouterInfo = {
      id: this.routers.length,
      kind,
      ...loc(env.module.file, node),
      mergeParams: flag('mergeParams'),
      caseSensitive: flag('caseSensitive'),
      strict: flag('strict'),
      mounts: [],
      middleware: [],
      routeCount: 0,
      listens: false,
    };
    const router: RouterState = { info, stack: [] };
    this.routers.push(router);
    return router;
  }

  /** Where a call is written: the method name for chained calls (`.get(` on its own line), else the call. */
  callLoc(file: string, node: any): SourceLoc {
    const callee = unwrap(node.callee);
    const chained = callee.type === 'MemberExpression' && unwrap(callee.object).type === 'CallExpression';
    return loc(file, chained ? callee.property : node);
  }

  /** A registration path: string, template or const → string(s); anything else → undefined. */
  readPaths(node: any, env: Env): string[] | undefined {
    node = unwrap(node);
    if (node?.type === 'ArrayExpression') {
      const all = node.elements.map((e: any) => this.readPaths(e, env));
      return all.every((p: string[] | undefined) => p) ? all.flat() : undefined;
    }
    const v = this.evaluate(node, env);
    return v?.kind === 'string' ? [v.value] : undefined;
  }

  /** The function arguments of a registration (arrays flattened). */
  fnArgs(args: any[]): any[] {
    return args.flatMap((a) => (unwrap(a)?.type === 'ArrayExpression' ? this.fnArgs(unwrap(a).elements) : [a]));
  }

  routerCall(router: RouterState, op: string, node: any, env: Env): Value | undefined {
    this.evaluated.add(node);
    const file = env.module.file;
    const at = this.callLoc(file, node);
    const self: Value = { kind: 'router', router };
    const args = node.arguments;
    const code = (c: keyof typeof EXPRESS_CODES) => EXPRESS_CODES[c];
    const conditional = () => {
      if (this.conditions > 0) this.report(code('conditional'), at, `\`${router.info.name ?? 'router'}.${op}\` runs only under a condition; followed as if it holds`);
    };
    if (op in METHODS) {
      // application.js: app.get(setting) with one argument reads a setting
      if (op === 'get' && args.length === 1) return undefined;
      const paths = this.readPaths(args[0], env);
      if (!paths) {
        this.report(code('pathNotLiteral'), at, `route path \`${this.text(env.module, args[0])}\` is not a literal: \`${router.info.name ?? 'router'}.${op}\` not followed`);
        return self;
      }
      conditional();
      const handlers = this.fnArgs(args.slice(1)).map((a) => this.handlerRef(a, env));
      for (const path of paths) router.stack.push({ type: 'route', method: METHODS[op], path, handlers, ...at });
      return self;
    }
    if (OTHER_METHODS.has(op)) {
      this.report(code('otherMethod'), at, `\`${op.toUpperCase()}\` routes have no route-handler export`);
      return self;
    }
    switch (op) {
      case 'use':
        conditional();
        this.use(router, node, env, at);
        return self;
      case 'route': {
        const paths = this.readPaths(args[0], env);
        if (!paths || paths.length !== 1) this.report(code('pathNotLiteral'), at, `route path \`${this.text(env.module, args[0])}\` is not a literal: \`.route()\` not followed`);
        else conditional();
        return { kind: 'route', router, path: paths?.length === 1 ? paths[0] : undefined, alls: [] };
      }
      case 'param':
        this.report(code('paramCallback'), at, `\`${router.info.name ?? 'router'}.param(${this.text(env.module, args[0])}, …)\` runs before routes with that param; not followed`);
        return self;
      case 'listen':
        router.info.listens = true;
        return undefined;
      case 'set':
      case 'enable':
      case 'disable': {
        const setting = this.readPaths(args[0], env)?.[0];
        const on = op === 'enable' || (op === 'set' && unwrap(args[1])?.type === 'BooleanLiteral' && unwrap(args[1]).value === true);
        if (setting === 'case sensitive routing') router.info.caseSensitive = on;
        if (setting === 'strict routing') router.info.strict = on;
        return self;
      }
      default:
        return undefined;
    }
  }

  /** router.use([path,] ...fns): routers become mounts, other functions middleware layers. */
  use(router: RouterState, node: any, env: Env, at: SourceLoc): void {
    const args = this.fnArgs(node.arguments);
    const first = unwrap(args[0]);
    let path = '/';
    let fns = args;
    const literalPath = this.readPaths(node.arguments[0], env);
    if (literalPath) {
      fns = this.fnArgs(node.arguments.slice(1));
      path = literalPath[0];
      if (literalPath.length > 1) {
        this.report(EXPRESS_CODES.mountNotFollowed, at, `mount not followed: several paths \`${this.text(env.module, node.arguments[0])}\``);
        return;
      }
    } else if (this.looksLikePath(first, args.slice(1), env)) {
      const routers = args.slice(1).flatMap((a) => {
        const v = this.evaluate(a, env);
        return v?.kind === 'router' ? [v.router] : [];
      });
      routers.forEach((r) => this.unfollowed.add(r));
      const what = routers.length ? 'mount not followed' : 'middleware not followed';
      this.report(EXPRESS_CODES.mountNotFollowed, at, `${what}: path \`${this.text(env.module, node.arguments[0])}\` is not a literal`);
      return;
    }
    for (const arg of fns) {
      const value = this.evaluate(arg, env);
      if (value?.kind === 'router') {
        router.stack.push({ type: 'mount', path, router: value.router, ...at });
        value.router.info.mounts.push({ parent: router.info.id, prefix: path, ...at });
      } else {
        const handler = this.handlerRef(arg, env);
        router.stack.push({ type: 'use', path, handler, ...at });
        router.info.middleware.push({ path, handler, index: router.stack.length - 1, ...at });
      }
    }
  }

  /** A first `use` argument Express would take as a path (router/index.js: `typeof fn !== 'function'`) that
   *  we cannot fold: `${base}/x`, prefix + '/x', /re/, or an unknown name that reads like one
   *  (config.prefix, process.env.API_BASE, API_PATH). Unknown names otherwise are middleware (auth, helmet()). */
  looksLikePath(first: any, rest: any[], env: Env): boolean {
    if (!first || rest.length === 0) return false;
    if (['TemplateLiteral', 'BinaryExpression', 'RegExpLiteral', 'StringLiteral', 'ConditionalExpression', 'LogicalExpression'].includes(first.type)) return true;
    if (first.type !== 'Identifier' && first.type !== 'MemberExpression') return false;
    if (this.evaluate(first, env)) return false;
    return /path|prefix|url|base|mount|root|process\.env|config|settings|options/i.test(this.text(env.module, first));
  }

  routeCall(route: Extract<Value, { kind: 'route' }>, op: string, node: any, env: Env): Value | undefined {
    this.evaluated.add(node);
    if (!(op in METHODS)) {
      if (OTHER_METHODS.has(op)) this.report(EXPRESS_CODES.otherMethod, this.callLoc(env.module.file, node), `\`${op.toUpperCase()}\` routes have no route-handler export`);
      return route;
    }
    const handlers = this.fnArgs(node.arguments).map((a) => this.handlerRef(a, env));
    if (route.path !== undefined) {
      // route.js: a Route's stack runs in order, so an earlier .all(fn) runs before .get(fn) for GET
      route.router.stack.push({ type: 'route', method: METHODS[op], path: route.path, handlers: [...route.alls, ...handlers], ...this.callLoc(env.module.file, node) });
    }
    if (op === 'all') route.alls.push(...handlers);
    return route;
  }

  // — handler references —

  handlerRef(arg: any, env: Env, depth = 0): HandlerRef {
    const ref = this.handlerRefKind(arg, env, depth);
    const node = unwrap(arg);
    if (ref.kind === 'call' || ref.kind === 'other' || !node) return ref;
    const value = this.evaluate(node, env);
    if (value?.kind !== 'function') return ref;
    const fn = value.node;
    const file = value.env.module.file;
    return { ...ref, site: { ...loc(file, fn), start: fn.start, end: fn.end, params: fn.params.length, async: !!fn.async } };
  }

  handlerRefKind(arg: any, env: Env, depth: number): HandlerRef {
    const node = unwrap(arg);
    const mod = env.module;
    const at = loc(mod.file, node);
    const other = (): HandlerRef => ({ kind: 'other', ...at, text: this.text(mod, node) });
    if (!node || depth > 8) return other();
    if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      return { kind: 'inline', ...at, params: node.params.length, async: !!node.async };
    }
    if (node.type === 'Identifier') {
      const binding = this.lookup(env, node.name);
      if (!binding) return other();
      const origin = binding.origin;
      if (origin.kind === 'import') return { kind: 'imported', ...at, name: node.name, source: origin.source };
      if (origin.kind === 'param') return origin.arg ? { ...this.handlerRef(origin.arg.node, origin.arg.env, depth + 1) } : other();
      const decl = origin.node;
      const fn = isFunctionNode(decl) ? decl : isFunctionNode(unwrap(origin.init)) ? unwrap(origin.init) : undefined;
      const declaredAt = { line: decl.loc?.start.line ?? 1, column: (decl.loc?.start.column ?? 0) + 1 };
      if (fn) return { kind: 'local', ...at, name: node.name, declaredAt, params: fn.params.length, async: !!fn.async };
      const ref: HandlerRef = { kind: 'local', ...at, name: node.name, declaredAt };
      if (origin.init) ref.init = this.handlerRef(origin.init, origin.env, depth + 1);
      return ref;
    }
    if (node.type === 'MemberExpression') {
      const property = propName(node);
      if (property === undefined) return other();
      const object = this.handlerRef(node.object, env, depth + 1);
      const ref: HandlerRef = { kind: 'member', ...at, name: this.text(mod, node), object, property };
      const base = object.kind === 'imported' || object.kind === 'member' ? object.source : undefined;
      if (base) {
        // c.getUser on a module object (namespace, require) is the export getUser; on anything else a property
        ref.source = base.exportName === '*' && base.path.length === 0 ? { ...base, exportName: property } : { ...base, path: [...base.path, property] };
      }
      return ref;
    }
    const required = this.requireSpecifier(node);
    if (required !== undefined) return { kind: 'imported', ...at, name: this.text(mod, node), source: this.sourceOf(required, mod.file, '*') };
    if (node.type === 'CallExpression') {
      return {
        kind: 'call',
        ...at,
        name: this.text(mod, unwrap(node.callee)),
        callee: this.handlerRef(node.callee, env, depth + 1),
        args: node.arguments.map((a: any) => this.handlerRef(a, env, depth + 1)),
      };
    }
    return other();
  }
}

// ————— the table —————

/** Params a path names: '/users/:userId/notes' → ['userId'] (v4 `:name`, v5 `:name` / `*name`). */
function paramNames(path: string): string[] {
  return [...path.matchAll(/[:*]([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
}

/** Whether a `use` path covers a route path (segment prefix; ':x' covers any segment; Express compares case-insensitively). */
function usePathCovers(usePath: string, routePath: string): boolean {
  const split = (p: string) => p.split('/').filter(Boolean);
  const [u, r] = [split(usePath), split(routePath)];
  if (u.length > r.length && !u.slice(r.length).every((s) => /[*?(]/.test(s))) return false;
  return u.every((seg, i) => i >= r.length || seg.startsWith(':') || /[*?(]/.test(seg) || seg.toLowerCase() === r[i].toLowerCase());
}

interface Level {
  /** `use` layers of this router before the way down. */
  uses: Array<{ path: string; handler: HandlerRef }>;
  /** Path parts below this router to the current one. */
  parts: string[];
}

/** Walk the app's stack depth-first: the order Express tries layers in. */
function tabulate(roots: RouterState[], ev: Evaluation): ExpressRoute[] {
  const routes: ExpressRoute[] = [];
  let order = 0;
  const walk = (router: RouterState, levels: Level[], mounts: MountLink[], seen: Set<RouterState>, entering: string[]) => {
    const uses: Array<{ path: string; handler: HandlerRef }> = [];
    router.stack.forEach((layer, index) => {
      if (layer.type === 'use') {
        order++;
        uses.push({ path: layer.path, handler: layer.handler });
        return;
      }
      if (layer.type === 'mount') {
        const child = layer.router;
        if (seen.has(child)) {
          ev.report(EXPRESS_CODES.mountCycle, layer, `router mounted inside itself at \`${layer.path}\`: not followed`);
          return;
        }
        const own = paramNames(layer.path);
        // router/index.js: req.params = mergeParams ? merge(layer.params, parentParams) : layer.params
        const carried = router.info.mergeParams ? [...entering, ...own] : own;
        const here: Level = { uses: [...uses], parts: [] };
        const down = [...levels, here].map((l) => ({ ...l, parts: [...l.parts, layer.path] }));
        const link: MountLink = { file: layer.file, line: layer.line, column: layer.column, prefix: layer.path, router: child.info.id, mergeParams: child.info.mergeParams };
        walk(child, down, [...mounts, link], new Set([...seen, child]), carried);
        return;
      }
      const all: Level[] = [...levels, { uses, parts: [] }];
      const pathParts = [...mounts.map((m) => m.prefix), layer.path];
      const routerMiddleware = all.flatMap((l) => l.uses.filter((u) => usePathCovers(u.path, joinExpressPath([...l.parts, layer.path]))).map((u) => u.handler));
      const visible = new Set([...(router.info.mergeParams ? entering : []), ...paramNames(layer.path)]);
      const hiddenParams = mounts.flatMap((m) => paramNames(m.prefix)).filter((p) => !visible.has(p));
      routes.push({
        method: layer.method,
        path: joinExpressPath(pathParts),
        pathParts,
        file: layer.file,
        line: layer.line,
        column: layer.column,
        handlers: layer.handlers,
        routerMiddleware,
        mounts,
        hiddenParams: [...new Set(hiddenParams)],
        router: router.info.id,
        index,
        order: order++,
      });
    });
  };
  for (const root of roots) walk(root, [], [], new Set([root]), []);
  return routes;
}

/** Router calls the evaluation did not perform, on a router it knows: in loops, callbacks, uncalled functions. */
function reportUnevaluated(ev: Evaluation): void {
  for (const mod of ev.modules.values()) {
    if (!mod.j || !mod.root || !mod.env) continue;
    const j = mod.j;
    mod.root.find(j.CallExpression).forEach((p) => {
      const node: any = p.value;
      const callee = unwrap(node.callee);
      if (ev.evaluated.has(node) || callee.type !== 'MemberExpression') return;
      const op = propName(callee);
      const object = unwrap(callee.object);
      if (!op || !ROUTER_OPS.has(op) || object.type !== 'Identifier') return;
      // the environment the name was bound in: the module, or a function the evaluation called
      const scope = (p as any).scope?.lookup(object.name);
      if (!scope) return;
      const env = scope.node.type === 'Program' ? mod.env : ev.called.get(scope.node);
      if (ev.lookup(env, object.name)?.value()?.kind !== 'router') return;
      if (op === 'get' && node.arguments.length === 1) return;
      const why = whyNotEvaluated(p);
      const what = op === 'use' ? 'mount not followed' : op === 'param' ? 'param callback not followed' : 'route not followed';
      const code = op === 'use' ? EXPRESS_CODES.mountNotFollowed : op === 'param' ? EXPRESS_CODES.paramCallback : EXPRESS_CODES.pathNotLiteral;
      ev.report(code, loc(mod.file, node), `${what}: \`${object.name}.${op}(…)\` ${why}`);
    });
  }
}

/** 'in a loop', 'in a .forEach callback', 'in a function that is not called with the router', 'in a switch', … */
function whyNotEvaluated(p: any): string {
  for (let a = p.parent; a; a = a.parent) {
    const n = a.value;
    if (LOOPS.has(n.type)) return 'in a loop';
    if (FUNCTIONS.has(n.type)) {
      const parent = a.parent?.value;
      const callee = parent?.type === 'CallExpression' ? unwrap(parent.callee) : undefined;
      if (callee?.type === 'MemberExpression' && parent.arguments.includes(n)) return `in a .${propName(callee) ?? 'call'} callback`;
      return 'in a function routeshift does not see called with the router';
    }
    if (n.type === 'SwitchStatement') return 'in a switch';
    if (n.type === 'LogicalExpression' || n.type === 'ConditionalExpression') return 'in a conditional expression';
  }
  return 'in code routeshift does not evaluate';
}

/** The route table of the Express app whose entry module is `entry`. */
export function analyzeExpressRoutes(input: ExpressRoutesInput): ExpressRoutesResult {
  const ev = new Evaluation(input.files, input.resolve);
  if (!input.files.has(input.entry)) {
    ev.report(EXPRESS_CODES.noEntry, { file: input.entry, line: 1, column: 1 }, `entry ${input.entry} is not among the project files`);
    return { routes: [], diagnostics: ev.diagnostics, routers: [] };
  }
  ev.load(input.entry);
  const mounted = new Set(ev.routers.filter((r) => r.info.mounts.length > 0));
  const roots = ev.routers.filter((r) => r.info.kind === 'app' && !mounted.has(r));
  if (roots.length === 0) ev.report(EXPRESS_CODES.noEntry, { file: input.entry, line: 1, column: 1 }, `no express() app is created from ${input.entry}`);
  const routes = tabulate(roots, ev);
  reportUnevaluated(ev);
  // routers with layers that no app reaches (a mount the evaluation could not follow, or none)
  const reached = new Set<RouterState>();
  const reach = (r: RouterState) => {
    if (reached.has(r)) return;
    reached.add(r);
    for (const l of r.stack) if (l.type === 'mount') reach(l.router);
  };
  roots.forEach(reach);
  for (const r of ev.routers) {
    r.info.routeCount = r.stack.filter((l) => l.type === 'route').length;
    if (reached.has(r) || r.stack.length === 0 || ev.unfollowed.has(r)) continue;
    ev.report(EXPRESS_CODES.routerNotMounted, r.info, `router${r.info.name ? ` \`${r.info.name}\`` : ''} has ${r.stack.length} layer(s) but is not mounted on the app`);
  }
  // modules that create a router yet are never loaded from the entry (loaded by a directory scan, say)
  for (const [file, source] of input.files) {
    if (ev.modules.has(file) || !/\bexpress\b/.test(source) || !/\bRouter\s*\(/.test(source)) continue;
    ev.report(EXPRESS_CODES.routerNotMounted, { file, line: 1, column: 1 }, `${file} creates an Express router but is not loaded from ${input.entry}`);
  }
  return { routes, diagnostics: ev.diagnostics, routers: ev.routers.map((r) => r.info) };
}

// ————— helpers for callers —————

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/** A `resolve` for analyzeExpressRoutes over project `files`: relative specifiers and tsconfig `paths` aliases,
 *  with Node's extension and index lookup ('./routes' → 'routes/index.js'; './users.js' → 'routes/users.ts'). */
export function resolverFor(files: Iterable<string>, aliases: PathAlias[] = []): (specifier: string, from: string) => string | undefined {
  const known = new Set(files);
  return (specifier, from) => {
    const exact = specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : undefined;
    if (exact && known.has(exact)) return exact;
    for (const base of resolveSpecifier(specifier, from, aliases)) {
      for (const ext of RESOLVE_EXTENSIONS) if (known.has(base + ext)) return base + ext;
      for (const ext of RESOLVE_EXTENSIONS) if (known.has(`${base}/index${ext}`)) return `${base}/index${ext}`;
    }
    return undefined;
  };
}

/**
 * The module that creates the app: calls `express()` (the express package's default export) — preferring
 * one that calls `.listen` on it (2) or exports it (1); ties → first path in sorted order.
 *   { 'app.js': "const app = express(); module.exports = app", 'server.js': "require('./app').listen(3000)" } → 'app.js'
 */
export function findExpressEntry(files: Map<string, string>): string | undefined {
  let best: { file: string; score: number } | undefined;
  for (const file of [...files.keys()].sort()) {
    const source = files.get(file) as string;
    if (!/\bexpress\b/.test(source) || !/\.(?:[cm]?[jt]sx?)$/.test(file)) continue;
    const score = entryScore(file, source);
    if (score !== undefined && (!best || score > best.score)) best = { file, score };
  }
  return best?.file;
}

function entryScore(file: string, source: string): number | undefined {
  // only a module that names the express package can create the app: the others are not parsed
  if (!/['"]express['"]/.test(source)) return undefined;
  const parsed = parseOrReport(file, source, { items: [] });
  if (!parsed) return undefined;
  const { j, root } = parsed;
  const factories = new Set<string>();
  root.find(j.ImportDeclaration, { source: { value: 'express' } }).forEach((p) => {
    for (const s of p.value.specifiers ?? []) if (s.type !== 'ImportSpecifier') factories.add(String(s.local?.name));
  });
  root.find(j.VariableDeclarator).forEach((p) => {
    const d: any = p.value;
    const init = unwrap(d.init);
    if (d.id.type === 'Identifier' && init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' && init.arguments[0]?.value === 'express') factories.add(d.id.name);
  });
  root.find(j.TSImportEqualsDeclaration).forEach((p) => {
    const d: any = p.value;
    if (d.moduleReference?.expression?.value === 'express') factories.add(d.id.name);
  });
  const isFactoryCall = (n: any) => {
    n = unwrap(n);
    if (n?.type !== 'CallExpression') return false;
    const c = unwrap(n.callee);
    return (c.type === 'Identifier' && factories.has(c.name)) || (c.type === 'CallExpression' && c.callee.type === 'Identifier' && c.callee.name === 'require' && c.arguments[0]?.value === 'express');
  };
  const apps = new Set<string>();
  let creates = false;
  root.find(j.CallExpression).forEach((p) => {
    if (!isFactoryCall(p.value)) return;
    creates = true;
    const parent: any = p.parent.value;
    if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') apps.add(parent.id.name);
  });
  if (!creates) return undefined;
  const text = (n: any) => (typeof n?.start === 'number' ? source.slice(n.start, n.end) : '');
  let score = 0;
  root.find(j.CallExpression).forEach((p) => {
    const c: any = unwrap(p.value.callee);
    if (c.type === 'MemberExpression' && propName(c) === 'listen' && (apps.has(text(unwrap(c.object))) || isFactoryCall(c.object))) score = Math.max(score, 2);
  });
  const exportsApp = (n: any) => {
    n = unwrap(n);
    return (n?.type === 'Identifier' && apps.has(n.name)) || isFactoryCall(n);
  };
  root.find(j.AssignmentExpression).forEach((p) => {
    const left: any = p.value.left;
    if (/^(module\.)?exports(\.\w+)?$/.test(text(left)) && exportsApp(p.value.right)) score = Math.max(score, 1);
  });
  root.find(j.ExportDefaultDeclaration).forEach((p) => {
    if (exportsApp(p.value.declaration)) score = Math.max(score, 1);
  });
  root.find(j.ExportNamedDeclaration).forEach((p) => {
    const d: any = p.value;
    if (d.specifiers?.some((s: any) => apps.has(s.local?.name))) score = Math.max(score, 1);
    if (d.declaration?.type === 'VariableDeclaration' && d.declaration.declarations.some((x: any) => isFactoryCall(x.init))) score = Math.max(score, 1);
  });
  root.find(j.TSExportAssignment).forEach((p) => {
    if (exportsApp((p.value as any).expression)) score = Math.max(score, 1);
  });
  return score;
}
