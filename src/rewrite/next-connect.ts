// A next-connect router → one route function per method. Each runs the router's middleware first
// (a guard answers, or lets the request through where it called next()), then its handler, and
// answers a throw as the router's onError did.
//   router.use(guard).get((req, res) => res.json(list())); export default router.handler({ onError })
//   →  async function guard(request) { if (…) return NextResponse.json(…, { status: 401 }); return undefined; }
//      export async function GET(request) { try { const answer = await guard(request); if (answer) return answer; return NextResponse.json(list()); }
//                                           catch (err) { …onError's body… } }
// Methods the router has no handler for are exported too, answering as onNoMatch (or the library's
// default) did: `export { noMatch as PUT, noMatch as DELETE, … }`.

import type { ASTPath } from 'jscodeshift';
import type { ConnectRouter } from '../analyze/next-connect';
import { topLevelFunction } from '../analyze/top-level';
import { paramReferences } from '../analyze/references';
import type { HttpMethod } from '../types';
import { isLastStatement } from './await-promise-chains';
import { allocateName, codeStatement, codeStatements, freshCopy, needImport, type RewriteContext } from './context';
import { rewriteRouteFunction } from './route-function';

function isFunction(node: any): boolean {
  return /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|ObjectMethod)$/.test(node?.type ?? '');
}

function programBody(ctx: RewriteContext): any[] {
  return ctx.root.find(ctx.j.Program).paths()[0].value.body;
}

/** A top-level function of the file by name, with its statement. */
function localFunction(ctx: RewriteContext, name: string): { fn: any; statement: any } | undefined {
  const found = topLevelFunction(ctx.j, ctx.root, name);
  return found && { fn: found.path.value, statement: found.statement.value };
}

function statementsOf(j: any, fn: any): any[] {
  return fn.body.type === 'BlockStatement' ? fn.body.body : [j.returnStatement(fn.body)];
}

/** Rename a function's parameter throughout its body (scope-aware), by position. */
function renameParams(ctx: RewriteContext, fnPath: ASTPath<any>, to: string[]): void {
  fnPath.value.params.forEach((param: any, i: number) => {
    if (param.type !== 'Identifier' || !to[i] || param.name === to[i]) return;
    for (const ref of paramReferences(ctx.j, fnPath, param.name)) ref.replace(ctx.j.identifier(to[i]));
    param.name = to[i];
  });
}

/**
 * Middleware `(req, res, next)` that answers or calls next() last becomes `(request) => Response | undefined`.
 * Returns the function's name, or undefined (with RS103) when it is not of that shape.
 */
function migrateMiddleware(ctx: RewriteContext, node: any, taken: Set<string>, done: Map<any, string>): string | undefined {
  const { j, sink } = ctx;
  let name: string;
  let fnPath: ASTPath<any>;
  if (node.type === 'Identifier') {
    const local = localFunction(ctx, node.name);
    if (!local) {
      sink.add('RS103', node, `middleware \`${node.name}\` is not a function of this file`);
      return undefined;
    }
    if (done.has(local.fn)) return done.get(local.fn);
    name = node.name;
    fnPath = findPath(ctx, local.fn)!;
  } else if (isFunction(node)) {
    if (done.has(node)) return done.get(node);
    name = allocateName(taken, 'middleware');
    const decl = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), node)]);
    insertBeforeExports(ctx, decl);
    fnPath = findPath(ctx, node)!;
  } else {
    sink.add('RS103', node, `middleware \`${j(node).toSource().slice(0, 40)}\` is not a function routeshift can read`);
    return undefined;
  }
  const [req, res, next] = fnPath.value.params;
  if (fnPath.value.params.length > 3 || [req, res, next].some((p) => p && p.type !== 'Identifier')) {
    sink.add('RS103', fnPath.value, `middleware \`${name}\` does not take plain (req, res, next)`);
    return undefined;
  }
  if (next && !nextCallsLast(ctx, fnPath, next.name)) {
    sink.add('RS103', fnPath.value, `middleware \`${name}\` calls next() before code that still runs`);
    return undefined;
  }
  fnPath.value.params = [req, res].filter(Boolean);
  rewriteRouteFunction(ctx, fnPath, { req: req?.name, res: res?.name }, !!fnPath.value.async);
  if (fnPath.value.params.length > 1) {
    sink.add('RS103', fnPath.value, `middleware \`${name}\` reads the route's params`);
    return undefined;
  }
  done.set(fnPath.value, name);
  return name;
}

/** Every `next()` stands last: `return next()`, `await next()`, `next()` → `return undefined`; `next(err)` → `throw err`. */
function nextCallsLast(ctx: RewriteContext, fn: ASTPath<any>, next: string): boolean {
  const { j } = ctx;
  for (const ref of paramReferences(j, fn, next)) {
    const call = ref.parent;
    if (call.value.type !== 'CallExpression' || call.value.callee !== ref.value || call.value.arguments.length > 1) return false;
    let expr = call;
    if (expr.parent.value.type === 'AwaitExpression') expr = expr.parent;
    const stmt = expr.parent;
    if (stmt.value.type !== 'ReturnStatement' && stmt.value.type !== 'ExpressionStatement') return false;
    if (!isLastStatement(stmt, fn)) return false;
    const [err] = call.value.arguments;
    stmt.replace(err ? j.throwStatement(err) : j.returnStatement(j.identifier('undefined')));
  }
  return true;
}

function findPath(ctx: RewriteContext, node: any): ASTPath<any> | undefined {
  let found: ASTPath<any> | undefined;
  ctx.root.find(ctx.j.Node).forEach((p: any) => {
    if (!found && p.value === node) found = p;
  });
  return found;
}

function insertBeforeExports(ctx: RewriteContext, stmt: any): void {
  const body = programBody(ctx);
  const at = body.findIndex((s) => s.type === 'ExportDefaultDeclaration' || s.type === 'ExportNamedDeclaration');
  body.splice(at === -1 ? body.length : at, 0, stmt);
}

/** Shape the route functions of a next-connect router; returns the exported methods. */
export function shapeConnectRouter(ctx: RewriteContext, router: ConnectRouter): HttpMethod[] | undefined {
  const { j, sink } = ctx;
  const body = programBody(ctx);
  const taken = new Set<string>(Object.values(ctx.names));
  ctx.root.find(j.Identifier).forEach((p) => void taken.add(p.value.name));
  for (const s of router.statements) s.prune();
  ctx.root.find(j.ImportDeclaration, { source: { value: 'next-connect' } }).forEach((p) => {
    for (const spec of p.value.specifiers ?? []) ctx.replacedImports.add(String(spec.local?.name));
  });

  // middleware first, once each: `(req, res, next)` → `(request) => Response | undefined`
  const done = new Map<any, string>();
  const guardsOf = (fns: any[]) => fns.map((m) => migrateMiddleware(ctx, m, taken, done));
  const shared = guardsOf(router.uses);
  if (sink.blocks() || shared.some((m) => !m)) return undefined;

  // each route function is written in the legacy form, then rewritten like any handler:
  //   async function GET(req, res) { try { const answer = await guard(req, res); if (answer) return answer; …handler… } catch (err) { …onError… } }
  const ownName = router.onError && isFunction(router.onError) && router.onError.params[0]?.type === 'Identifier' ? router.onError.params[0].name : undefined;
  const errorName = ownName ?? allocateName(taken, 'err');
  const exported: HttpMethod[] = [];
  for (const route of router.routes) {
    const guards = [...shared, ...guardsOf(route.fns.slice(0, -1))] as string[];
    if (sink.blocks() || guards.some((m) => !m)) return undefined;
    const handler = route.fns[route.fns.length - 1];
    const source = handler.type === 'Identifier' ? localFunction(ctx, handler.name) : isFunction(handler) ? { fn: handler, statement: undefined } : undefined;
    if (!source) {
      sink.add('RS103', handler, 'a handler that is not a function of this file');
      return undefined;
    }
    const [reqParam, resParam] = source.fn.params;
    if (source.fn.params.length > 2 || [reqParam, resParam].some((p) => p && p.type !== 'Identifier')) {
      sink.add('RS105', source.fn, 'the handler does not take plain (req, res)');
      return undefined;
    }
    const names = { req: reqParam?.name ?? allocateName(taken, 'req'), res: resParam?.name ?? allocateName(taken, 'res') };
    const clause = errorHandler(ctx, router, names, errorName);
    if (!clause) return undefined;
    const checks = guards.map((g, i) => codeStatements(j, [`const ${guards.length > 1 ? `answer${i + 1}` : 'answer'} = await ${g}(${names.req}, ${names.res});\nif (${guards.length > 1 ? `answer${i + 1}` : 'answer'}) return ${guards.length > 1 ? `answer${i + 1}` : 'answer'};`])).flat();
    const [first, ...others] = route.methods;
    const tryStmt = j.tryStatement(j.blockStatement([...checks, ...statementsOf(j, source.fn)]), clause);
    const fnDecl = j.functionDeclaration(j.identifier(first), [j.identifier(names.req), j.identifier(names.res)], j.blockStatement([tryStmt]));
    fnDecl.async = true;
    if (source.statement && handler.type === 'Identifier' && isOnlyUse(ctx, handler.name)) {
      const index = body.indexOf(source.statement);
      if (index !== -1) body.splice(index, 1);
    }
    body.push(j.exportNamedDeclaration(fnDecl));
    if (others.length) body.push(codeStatement(j, [`export { ${others.map((m) => `${first} as ${m}`).join(', ')} };`]));
    exported.push(...route.methods);
    // guard calls hand over the request alone (or nothing, when the guard does not read it)
    const follow = (call: ASTPath<any>) => {
      const callee = call.value.callee;
      if (callee.type !== 'Identifier' || !guards.includes(callee.name)) return false;
      const arity = localFunction(ctx, callee.name)?.fn.params.length ?? 0;
      call.value.arguments = arity ? [j.identifier(ctx.names.request)] : [];
      return true;
    };
    rewriteRouteFunction(ctx, findPath(ctx, fnDecl)!, names, true, { follow });
    if (sink.blocks()) return undefined;
  }
  // the other methods answer as the router's onNoMatch did (HEAD goes to GET's handler, in both versions)
  const missing = (['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as HttpMethod[]).filter((m) => !exported.includes(m) && !(m === 'HEAD' && exported.includes('GET')));
  if (missing.length && !noMatchRoute(ctx, router, missing, taken, errorName)) return undefined;
  return [...exported, ...missing];
}

/** `async function noMatch(request) { …onNoMatch… }` exported under every method the router does not handle. */
function noMatchRoute(ctx: RewriteContext, router: ConnectRouter, methods: HttpMethod[], taken: Set<string>, errorName: string): boolean {
  const { j, sink } = ctx;
  const body = programBody(ctx);
  const name = allocateName(taken, 'noMatch');
  const exportAll = codeStatement(j, [`export { ${methods.map((m) => `${name} as ${m}`).join(', ')} };`]);
  if (!router.onNoMatch) {
    // v1: 404 `Route <method> <url> not found` (no body for HEAD); v0: 404 `not found`. No Content-Type.
    ctx.runtime.add('legacySend');
    const r = ctx.names.request;
    const text = router.version === 1 ? `${r}.method !== 'HEAD' ? \`Route \${${r}.method} \${${r}.nextUrl.pathname}\${${r}.nextUrl.search} not found\` : undefined` : `'not found'`;
    if (ctx.typescript) needImport(ctx, 'next/server', 'NextRequest');
    body.push(codeStatement(j, [`function ${name}(${r}${ctx.typescript ? ': NextRequest' : ''}) {\n  return legacySend(${text}, { status: 404 });\n}`]), exportAll);
    return true;
  }
  const source = router.onNoMatch.type === 'Identifier' ? localFunction(ctx, router.onNoMatch.name)?.fn : router.onNoMatch;
  const [reqParam, resParam] = source?.params ?? [];
  if (!source || !isFunction(source) || source.params.length > 2 || [reqParam, resParam].some((p) => p && p.type !== 'Identifier')) {
    sink.add('RS103', router.onNoMatch, 'onNoMatch is not a function routeshift can read');
    return false;
  }
  const names = { req: reqParam?.name ?? allocateName(taken, 'req'), res: resParam?.name ?? allocateName(taken, 'res') };
  const statements = freshCopy(statementsOf(j, source));
  // v1 ran onNoMatch inside the same try as the handlers: a throw reached onError
  const clause = router.version === 1 ? errorHandler(ctx, router, names, errorName) : undefined;
  if (router.version === 1 && !clause) return false;
  const fnDecl = j.functionDeclaration(j.identifier(name), [j.identifier(names.req), j.identifier(names.res)], j.blockStatement(clause ? [j.tryStatement(j.blockStatement(statements), clause)] : statements));
  fnDecl.async = true;
  body.push(fnDecl, exportAll);
  rewriteRouteFunction(ctx, findPath(ctx, fnDecl)!, names, true);
  return !sink.blocks();
}

/** The catch clause: onError's body rewritten, or next-connect's default answer. */
function errorHandler(ctx: RewriteContext, router: ConnectRouter, names: { req: string; res: string }, errorName: string): any {
  const { j, sink } = ctx;
  const param = codeStatement(j, [`try {} catch (${errorName}${ctx.typescript ? ': any' : ''}) {}`]).handler;
  if (!router.onError) {
    ctx.runtime.add('legacySend');
    // v1: console.error(err); 500 "Internal Server Error". v0: err.status || 500 with err.message. Both without a Content-Type.
    param.body.body =
      router.version === 1
        ? codeStatements(j, [`console.error(${errorName});\nreturn legacySend('Internal Server Error', { status: 500 });`])
        : codeStatements(j, [`return legacySend(${errorName}.message, { status: ${errorName}.status || 500 });`]);
    return param;
  }
  const source = router.onError.type === 'Identifier' ? localFunction(ctx, router.onError.name)?.fn : router.onError;
  if (!source || !isFunction(source) || source.params.length > 3 || source.params.some((p: any) => p.type !== 'Identifier')) {
    sink.add('RS103', router.onError, 'onError is not a function routeshift can read');
    return undefined;
  }
  // a copy of onError, parameters renamed to (err, req, res) of the route function, spliced into the catch
  const copy = freshCopy(source);
  const holder = j.functionDeclaration(j.identifier('__onError'), copy.params, j.blockStatement(statementsOf(j, copy)));
  const wrapper = j.expressionStatement(j.functionExpression(null, [j.identifier(names.req), j.identifier(names.res)], j.blockStatement([holder])));
  const program = programBody(ctx);
  program.push(wrapper);
  const holderPath = findPath(ctx, holder)!;
  renameParams(ctx, holderPath, [errorName, names.req, names.res]);
  program.pop();
  param.param = codeStatement(j, [`try {} catch (${errorName}${ctx.typescript ? ': any' : ''}) {}`]).handler.param;
  param.body.body = holder.body.body;
  return param;
}

function isOnlyUse(ctx: RewriteContext, name: string): boolean {
  return ctx.root.find(ctx.j.Identifier, { name }).size() <= 1;
}
