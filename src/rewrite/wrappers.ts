// Wrapped handlers: `export default withAuth(handler)`.
// A wrapper is a function that takes a handler and returns a (req, res) function which, at its end,
// hands the request over: `return handler(req, res)`. Its route-handler form takes a route handler and
// returns one; its (req, res) function is rewritten like any route function, and the hand-over becomes
//   return await handler(request, context)
// The route keeps its wrappers around each exported method:
//   export default withAuth(handler)   →   const routeHandler = withAuth(handler); export { routeHandler as GET }
//                                      or  export const GET = withAuth(async function GET(request) { … })

import type { ASTPath } from 'jscodeshift';
import { isReference, refersTo } from '../analyze/references';
import { HTTP_METHODS } from '../types';
import { allocateName, codeStatement, freshCopy, type RewriteContext } from './context';
import { handOverReturns } from './hand-over';
import { rewriteRouteFunction } from './route-function';
import { mentions } from './route-module';

const METHODS = new Set<string>(HTTP_METHODS);
export const HANDLER_SLOT = '__routeshiftHandler';

function isFunction(node: any): boolean {
  return /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node?.type ?? '');
}

/** The (req, res) function a wrapper returns: `(h) => async (req, res) => …` or `{ …; return async (req, res) => … }`. */
function innerFunction(outer: ASTPath<any>): ASTPath<any> | undefined {
  const body = outer.value.body;
  if (isFunction(body)) return outer.get('body');
  if (body.type !== 'BlockStatement') return undefined;
  const last = body.body[body.body.length - 1];
  if (last?.type !== 'ReturnStatement' || !isFunction(last.argument)) return undefined;
  return outer.get('body', 'body', body.body.length - 1, 'argument');
}

/**
 * Rewrite one wrapper definition (function declaration or function expression path) into its
 * route-handler form. Reports RS108 with the reason and returns false when it is not understood.
 */
export function rewriteWrapper(ctx: RewriteContext, outer: ASTPath<any>, name: string): boolean {
  const { j, sink } = ctx;
  const fail = (node: any, why: string) => {
    sink.add('RS108', node, `wrapper \`${name}\`: ${why}`);
    return false;
  };
  const inner = innerFunction(outer);
  if (!inner) return fail(outer.value, 'it does not return a (req, res) function');
  const [reqParam, resParam, ...rest] = inner.value.params;
  if (rest.length || reqParam?.type !== 'Identifier' || resParam?.type !== 'Identifier') return fail(inner.value, 'its returned function does not take plain (req, res)');
  const names = { req: reqParam.name, res: resParam.name };
  const isHandOverOf = (call: any, name: string) =>
    call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === name && call.arguments.length === 2 && call.arguments[0].name === names.req && call.arguments[1].name === names.res;

  // a method map, `const handler = handlers[req.method]; if (!handler) { …405… }`, takes one handler in its route form
  const map = readMethodMap(ctx, outer, inner, names.req);
  if (map) {
    map.remove();
    map.param.name = map.handler;
  }
  const handlerParam = map?.param ?? outer.value.params.find((p: any) => p.type === 'Identifier' && j(inner.get('body')).find(j.CallExpression).some((c: any) => isHandOverOf(c.value, p.name)));
  if (!handlerParam) return fail(outer.value, 'no parameter is called as handler(req, res) in the function it returns');
  const handler = handlerParam.name;

  // every use of the handler is the hand-over `handler(req, res)` inside the returned function
  const handOvers: ASTPath<any>[] = [];
  let strayUse: any;
  j(outer.get('body'))
    .find(j.Identifier, { name: handler })
    .forEach((ref: any) => {
      if (!isReference(ref)) return;
      if (isHandOverOf(ref.parent.value, handler) && ref.parent.value.callee === ref.value && isInside(ref, inner)) handOvers.push(ref.parent);
      else strayUse = strayUse ?? ref.value;
    });
  if (strayUse) return fail(strayUse, `\`${handler}\` is used other than as \`${handler}(${names.req}, ${names.res})\``);
  if (handOvers.length === 0) return fail(inner.value, `it never calls \`${handler}(${names.req}, ${names.res})\``);

  const context = handler === ctx.names.context ? allocateName(new Set([...Object.values(ctx.names), handler]), 'context') : ctx.names.context;
  const calls: any[] = [];
  for (const call of handOvers) {
    call.value.arguments = [j.identifier(ctx.names.request), j.identifier(context)];
    if (!handOverReturns(ctx, call, inner, names.res)) return fail(call.value, `\`${handler}(…)\` is followed by code that answers or returns`);
    calls.push(call.value);
  }
  if (!readStatusAfterHandOver(ctx, inner, names.res, calls)) return fail(inner.value, `it reads \`${names.res}.statusCode\` and answers by itself too`);
  const wasAsync = !!inner.value.async;
  // the wrapper's own res.setHeader calls: its answer and the handler's carry them
  const setsHeaders = j(inner.get('body')).find(j.MemberExpression, { object: { name: names.res }, property: { name: 'setHeader' } }).size() > 0;
  ctx.inWrapper = true;
  try {
    rewriteRouteFunction(ctx, inner, names, wasAsync, { routeContext: context });
  } finally {
    ctx.inWrapper = false;
  }
  if (sink.blocks()) return false;
  inner.value.async = true;
  if (mentions(inner.value.body, ctx.names.status)) return fail(inner.value, 'it sets a status before handing over');
  if (setsHeaders) {
    // headers the wrapper set go onto the handler's answer
    ctx.runtime.add('mergeLegacyHeaders');
    for (const call of calls) replaceNode(inner, call, (node) => j.template.expression(['mergeLegacyHeaders(await ', `, ${ctx.names.headers})`], node));
  }
  retype(ctx, outer.value, handlerParam);
  return true;
}

/**
 * `const handler = handlers[req.method]; if (!handler) { … }` at the top of the returned function,
 * `handlers` a parameter of the wrapper. `remove` takes both statements out.
 */
function readMethodMap(ctx: RewriteContext, outer: ASTPath<any>, inner: ASTPath<any>, req: string): { param: any; handler: string; remove: () => void } | undefined {
  const params: any[] = outer.value.params;
  const body: any[] = inner.value.body.type === 'BlockStatement' ? inner.value.body.body : [];
  const at = body.findIndex((s) => s.type === 'VariableDeclaration' && s.declarations.length === 1);
  if (at === -1) return undefined;
  const decl = body[at].declarations[0];
  let init = decl.init;
  while (init?.type === 'TSAsExpression' || init?.type === 'TSNonNullExpression') init = init.expression;
  if (decl.id.type !== 'Identifier' || init?.type !== 'MemberExpression' || !init.computed || init.object.type !== 'Identifier') return undefined;
  let key = init.property;
  while (key?.type === 'TSAsExpression' || key?.type === 'TSNonNullExpression') key = key.expression;
  if (!(key.type === 'MemberExpression' && key.object.name === req && key.property.name === 'method')) return undefined;
  const param = params.find((p) => p.type === 'Identifier' && p.name === init.object.name);
  if (!param) return undefined;
  const guard = body[at + 1];
  const handler = decl.id.name;
  const guards = guard?.type === 'IfStatement' && guard.test.type === 'UnaryExpression' && guard.test.operator === '!' && guard.test.argument.name === handler && !guard.alternate;
  if (!guards) return undefined;
  // the map itself must not be used anywhere else in the wrapper
  const mapName = param.name;
  const rest = body.filter((_, i) => i !== at && i !== at + 1);
  if (rest.some((s) => refersTo(s, mapName))) return undefined;
  // `const allowed = Object.keys(handlers)` before the returned function serves only the 405: it goes too
  const outerBody: any[] = outer.value.body.type === 'BlockStatement' ? outer.value.body.body : [];
  const helpers = outerBody.filter((s) => s.type !== 'ReturnStatement' && refersTo(s, mapName));
  for (const h of helpers) {
    const declared = h.type === 'VariableDeclaration' ? h.declarations.map((d: any) => d.id.name) : [undefined];
    if (declared.some((n: any) => !n || rest.some((s) => refersTo(s, n)))) return undefined;
  }
  return {
    param,
    handler,
    remove: () => {
      body.splice(at, 2);
      for (const h of helpers) outerBody.splice(outerBody.indexOf(h), 1);
      ctx.sink.add('RS501', guard, 'the wrapper\'s 405 for methods without a handler is dropped: Next answers them');
    },
  };
}

/**
 * A logging wrapper reads the status the handler answered with:
 *   try { return await handler(req, res) } finally { log(res.statusCode) }
 *   →  let answered; try { return (answered = await handler(request, context)) } finally { log(answered?.status ?? 200) }
 * Only when the wrapper does not answer itself (its own answers would not be seen).
 */
function readStatusAfterHandOver(ctx: RewriteContext, inner: ASTPath<any>, res: string, calls: any[]): boolean {
  const { j } = ctx;
  const refs: ASTPath<any>[] = [];
  j(inner.get('body'))
    .find(j.Identifier, { name: res })
    .forEach((p: any) => void (isReference(p) && refs.push(p)));
  const isStatusRead = (p: ASTPath<any>) => {
    const parent = p.parent.value;
    const grand = p.parent.parent?.value;
    return parent.type === 'MemberExpression' && parent.object === p.value && !parent.computed && parent.property.name === 'statusCode' && !(grand?.type === 'AssignmentExpression' && grand.left === parent);
  };
  const reads = refs.filter(isStatusRead);
  if (reads.length === 0) return true;
  if (reads.length !== refs.length) return false;
  const answered = allocateName(new Set([...Object.values(ctx.names)]), 'answered');
  for (const r of reads) r.parent.replace(j.template.expression([`(${answered}?.status ?? 200)`]));
  for (const call of calls) replaceNode(inner, call, (node) => j.template.expression([`(${answered} = await `, ')'], node));
  inner.value.body.body.unshift(codeStatement(j, [`let ${answered}${ctx.typescript ? ': Response | undefined' : ''};`]));
  return true;
}

function isInside(p: ASTPath<any>, fn: ASTPath<any>): boolean {
  for (let cur: ASTPath<any> | null = p; cur; cur = cur.parent) if (cur.value === fn.value) return true;
  return false;
}

/** Replace the expression that holds `call` (the call, or the await on it) within `fn`. */
function replaceNode(fn: ASTPath<any>, call: any, make: (call: any) => any): void {
  const visit = (node: any): boolean => {
    if (!node || typeof node !== 'object') return false;
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'comments') continue;
      const v = node[key];
      const swap = (child: any): any => (child === call ? make(call) : child?.type === 'AwaitExpression' && child.argument === call ? make(call) : undefined);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const s = swap(v[i]);
          if (s) {
            v[i] = s;
            return true;
          }
          if (visit(v[i])) return true;
        }
      } else if (v && typeof v.type === 'string') {
        const s = swap(v);
        if (s) {
          node[key] = s;
          return true;
        }
        if (visit(v)) return true;
      }
    }
    return false;
  };
  visit(fn.value.body);
}

/** `handler: NextApiHandler` → `handler: RouteHandler`; a `: NextApiHandler` return type likewise. */
function retype(ctx: RewriteContext, outer: any, handlerParam: any): void {
  if (!ctx.typescript) {
    handlerParam.typeAnnotation = null;
    return;
  }
  ctx.runtime.add('RouteHandler');
  const annotation = () => codeStatement(ctx.j, ['let x: RouteHandler;']).declarations[0].id.typeAnnotation;
  handlerParam.typeAnnotation = annotation();
  if (outer.returnType) outer.returnType = annotation();
}

/**
 * Put the wrappers back around the route's exported methods. `template` is the legacy wrapper call
 * with the handler replaced by HANDLER_SLOT.
 *   export async function GET(…) {…}      →  export const GET = withAuth(async function GET(…) {…});
 *   export { handler as GET, handler as POST }  →  const routeHandler = withAuth(handler); export { routeHandler as GET, routeHandler as POST }
 */
export function wrapRouteExports(ctx: RewriteContext, template: any): void {
  const { j, root } = ctx;
  const body: any[] = root.find(j.Program).paths()[0].value.body;
  const wrap = (inner: any) => {
    const copy = freshCopy(template);
    let done = false;
    const visit = (node: any) => {
      if (done || !node || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        const v = node[key];
        if (Array.isArray(v)) v.forEach((c, i) => (c?.type === 'Identifier' && c.name === HANDLER_SLOT ? ((v[i] = inner), (done = true)) : visit(c)));
        else if (v?.type === 'Identifier' && v.name === HANDLER_SLOT) {
          node[key] = inner;
          done = true;
        } else visit(v);
      }
    };
    visit(copy);
    return copy;
  };
  const wrappedNames = new Set<string>();
  body.forEach((stmt, i) => {
    const fn = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : undefined;
    if (fn?.type !== 'FunctionDeclaration' || !METHODS.has(fn.id.name)) return;
    const expression = j.functionExpression(fn.id, fn.params, fn.body);
    Object.assign(expression, { async: fn.async, generator: fn.generator });
    const decl = j.exportNamedDeclaration(j.variableDeclaration('const', [j.variableDeclarator(j.identifier(fn.id.name), wrap(expression))]));
    (decl as any).comments = stmt.comments;
    body[i] = decl;
    wrappedNames.add(fn.id.name);
  });
  const routes = new Map<string, string>();
  const taken = new Set<string>(Object.values(ctx.names));
  root.find(j.Identifier).forEach((p) => void taken.add(p.value.name));
  for (let i = 0; i < body.length; i++) {
    const stmt = body[i];
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.declaration || stmt.source) continue;
    const locals = stmt.specifiers.filter((s: any) => METHODS.has(s.exported.name) && !wrappedNames.has(s.local.name));
    const added: any[] = [];
    for (const s of locals) {
      const local = s.local.name;
      if (!routes.has(local)) {
        const name = allocateName(taken, local === 'handler' ? 'routeHandler' : `wrapped${local[0].toUpperCase()}${local.slice(1)}`);
        routes.set(local, name);
        added.push(j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), wrap(j.identifier(local)))]));
      }
      s.local = j.identifier(routes.get(local)!);
    }
    body.splice(i, 0, ...added);
    i += added.length;
  }
}
