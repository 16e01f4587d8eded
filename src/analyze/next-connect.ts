// Reads a next-connect router: v0 (`nc(options)` with `.use().get()`, exported itself) and
// v1 (`createRouter()` … `export default router.handler(options)`).
//   const router = createRouter(); router.use(guard).get(list).post(create); export default router.handler({ onError })
//   →  { uses: [guard], routes: [GET: [list], POST: [create]], onError, statements to remove }

import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { ALL_METHODS, type HttpMethod } from '../types';

export interface ConnectRouter {
  version: 0 | 1;
  /** `.use(fn)` middleware, in order (function nodes or identifiers). */
  uses: any[];
  /** One entry per registration: `.get(mw, handler)` → { methods: ['GET'], fns: [mw, handler] }. */
  routes: Array<{ methods: HttpMethod[]; fns: any[] }>;
  onError?: any;
  onNoMatch?: any;
  /** Top-level statements that only build and export the router. */
  statements: ASTPath<any>[];
  /** The node the report points at. */
  at: any;
}

const METHOD_OPS: Record<string, HttpMethod[]> = {
  get: ['GET'],
  head: ['HEAD'],
  post: ['POST'],
  put: ['PUT'],
  patch: ['PATCH'],
  delete: ['DELETE'],
  options: ['OPTIONS'],
  all: ALL_METHODS,
};

interface Op {
  name: string;
  args: any[];
}

/** `base.a(…).b(…)` → base and ops in call order. */
function readChain(expr: any): { base: any; ops: Op[] } {
  const ops: Op[] = [];
  let e = expr;
  while (e?.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.type === 'Identifier') {
    ops.unshift({ name: e.callee.property.name, args: e.arguments });
    e = e.callee.object;
  }
  return { base: e, ops };
}

/** Local names the file imports next-connect's factories under. */
function factories(j: JSCodeshift, root: Collection): { v0: Set<string>; v1: Set<string> } {
  const v0 = new Set<string>();
  const v1 = new Set<string>();
  root.find(j.ImportDeclaration, { source: { value: 'next-connect' } }).forEach((p) => {
    for (const s of p.value.specifiers ?? []) {
      if (s.type === 'ImportDefaultSpecifier') v0.add(String(s.local?.name));
      if (s.type === 'ImportSpecifier' && s.imported.name === 'createRouter') v1.add(String(s.local?.name));
    }
  });
  return { v0, v1 };
}

/** `{ onError, onNoMatch }` → their function values; undefined for anything else. */
function readOptions(node: any): { onError?: any; onNoMatch?: any } | undefined {
  if (!node) return {};
  if (node.type !== 'ObjectExpression') return undefined;
  const out: { onError?: any; onNoMatch?: any } = {};
  for (const p of node.properties) {
    const key = p.key?.name ?? p.key?.value;
    if (p.computed || (key !== 'onError' && key !== 'onNoMatch' && key !== 'attachParams')) return undefined;
    if (key === 'attachParams') continue;
    out[key as 'onError' | 'onNoMatch'] = p.type === 'ObjectMethod' ? p : p.value;
  }
  return out;
}

export type ConnectReading = { router: ConnectRouter } | { reason: string; at: any } | undefined;

/**
 * Read the router behind the default-export expression `exportExpr` (at `exportStatement`).
 * Undefined when the module does not use next-connect; a reason when it does in a way not understood.
 */
export function readConnectRouter(j: JSCodeshift, root: Collection, exportExpr: any, exportStatement: ASTPath<any>): ConnectReading {
  const { v0, v1 } = factories(j, root);
  if (v0.size === 0 && v1.size === 0) return undefined;
  const fail = (reason: string, at: any = exportExpr) => ({ reason, at });
  const statements: ASTPath<any>[] = [exportStatement];
  let { base, ops } = readChain(exportExpr);
  let version: 0 | 1 | undefined;
  let handlerOptions: any;
  if (ops.length && ops[ops.length - 1].name === 'handler') {
    version = 1;
    handlerOptions = ops[ops.length - 1].args[0];
    ops = ops.slice(0, -1);
  }
  let factoryCall: any;
  if (base.type === 'Identifier') {
    // const router = createRouter()… ; router.get(…); export default router(.handler())
    const name = base.name;
    const program = root.find(j.Program).paths()[0];
    const body = program.get('body');
    const own: Op[] = [];
    for (let i = 0; i < body.value.length; i++) {
      const stmtPath = body.get(i);
      const stmt = stmtPath.value;
      if (stmt.type === 'VariableDeclaration' && stmt.declarations.length === 1 && stmt.declarations[0].id.name === name) {
        const chain = readChain(stmt.declarations[0].init);
        factoryCall = chain.base;
        own.unshift(...chain.ops);
        statements.push(stmtPath);
      } else if (stmt.type === 'ExpressionStatement') {
        const chain = readChain(stmt.expression);
        if (chain.base?.type === 'Identifier' && chain.base.name === name && chain.ops.length) {
          own.push(...chain.ops);
          statements.push(stmtPath);
        }
      }
    }
    ops = [...own, ...ops];
    // any other use of the router (passed along, extended elsewhere) is not followed
    const uses = root.find(j.Identifier, { name }).filter((p) => !statements.some((s) => isWithin(p, s)) && p.parent.value.type !== 'MemberExpression');
    if (uses.size() > 0) return fail(`the router \`${name}\` is used outside its chain`, uses.paths()[0].value);
  } else factoryCall = base;
  if (factoryCall?.type !== 'CallExpression' || factoryCall.callee.type !== 'Identifier') return fail('the router is not made by nc() or createRouter()');
  const factory = factoryCall.callee.name;
  if (v1.has(factory)) version = 1;
  else if (v0.has(factory) && version === undefined) version = 0;
  else return fail(`\`${factory}()\` is not next-connect's router factory`);
  const options = readOptions(version === 0 ? factoryCall.arguments[0] : handlerOptions);
  if (!options) return fail('router options other than onError and onNoMatch');

  const router: ConnectRouter = { version, uses: [], routes: [], ...options, statements, at: exportExpr };
  for (const op of ops) {
    if (op.args.some((a: any) => a.type === 'StringLiteral' || a.type === 'TemplateLiteral')) return fail(`\`.${op.name}()\` with a path`);
    if (op.name === 'use') {
      if (router.routes.length) return fail('`.use()` after a method handler (it only runs when a handler calls next)');
      router.uses.push(...op.args);
      continue;
    }
    const methods = METHOD_OPS[op.name];
    if (!methods || op.args.length === 0) return fail(`\`.${op.name}()\``);
    if (router.routes.some((r) => r.methods.some((m) => methods.includes(m)))) return fail(`two handlers for ${methods.join('/')}`);
    router.routes.push({ methods, fns: op.args });
  }
  if (router.routes.length === 0) return fail('the router has no method handlers');
  return { router };
}

function isWithin(p: ASTPath<any>, ancestor: ASTPath<any>): boolean {
  for (let cur: ASTPath<any> | null = p; cur; cur = cur.parent) if (cur.value === ancestor.value) return true;
  return false;
}
