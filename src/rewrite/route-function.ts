// One route function, rewritten: the legacy (req, res) function becomes (request, …) => Response.
// Every shape (plain handler, method function, wrapper, next-connect handler) ends here.
//   async function handler(req, res) { res.json(await load(req.query.id)) }
//   →  async function handler(request: NextRequest) { const query = legacyQuery(request); return NextResponse.json(await load(query.id)) }

import type { ASTPath } from 'jscodeshift';
import { topLevelFunction } from '../analyze/top-level';
import { awaitFormParse, awaitPromiseChains } from './await-promise-chains';
import { codeStatement, needImport, type RewriteContext } from './context';
import { onlyStreamUse, rewriteLibraryCalls, type LegacyNames } from './library-calls';
import { rewriteRequest } from './rewrite-request';
import { rewriteResponse } from './rewrite-response';
import { finishRouteFunction, mentions } from './route-module';
import { expandReqDestructuring } from './rewrite-request';
import { handOverReturns } from './hand-over';
import { expressPreamble, rewriteExpressRequest } from './express-request';
import { rewriteExpressResponse } from './express-response';

export interface RouteFunctionOptions {
  /** Calls handled before the library table (a wrapper's `handler(req, res)`); true when taken. */
  follow?: (call: ASTPath<any>) => boolean;
  /** A wrapper's function: takes and hands on `(request, <routeContext>)` whatever it reads. */
  routeContext?: string;
}

/** Rewrite req/res inside one route function and give it its route-handler signature. */
export function rewriteRouteFunction(ctx: RewriteContext, fn: ASTPath<any>, names: LegacyNames, wasAsync: boolean, options: RouteFunctionOptions = {}): void {
  if (names.res) awaitPromiseChains(ctx, fn, names.res);
  if (names.req && ctx.bodyParserDisabled) awaitFormParse(ctx, fn, names.req);
  const answering: ASTPath<any>[] = [];
  const helpers = followLocalHelpers(ctx, fn, names, answering);
  rewriteLibraryCalls(ctx, fn, names, (call) => !!options.follow?.(call) || helpers(call));
  // a helper that answers is the function's answer: `return await handleGet(request)`
  for (const call of answering) {
    if (!handOverReturns(ctx, call, fn, names.res ?? '\0')) ctx.sink.add('RS301', call.value, `\`${ctx.j(call.value.callee).toSource()}(…)\` answers, and code that still runs follows it`);
  }
  // the dialect picks the request/response rules: pages/api's, or Express's
  const express = ctx.dialect === 'express';
  if (names.req) (express ? rewriteExpressRequest : rewriteRequest)(ctx, fn, names.req);
  if (names.res) (express ? rewriteExpressResponse : rewriteResponse)(ctx, fn, names.res);
  if (ctx.sink.blocks()) return;
  finishRouteFunction(ctx, fn, wasAsync, options.routeContext, express ? expressPreamble(ctx, fn.value) : undefined);
  // `const getItems: NextApiHandler = async (req, res) => …`: the annotation described the legacy function
  const declarator = fn.parent?.value;
  if (declarator?.type === 'VariableDeclarator' && declarator.init === fn.value && declarator.id.typeAnnotation && /NextApi/.test(ctx.j(declarator.id.typeAnnotation).toSource())) {
    declarator.id.typeAnnotation = null;
  }
}

type HelperOutcome = { kind: 'request' } | { kind: 'answers'; takesRequest: boolean; takesParams: boolean; readsBody: boolean } | { kind: 'failed' };

/**
 * Functions of this file that a route function hands the request to:
 *   authenticate(req)                 →  authenticate(request)             (reads headers, cookies, method, url)
 *   return handlePost(req, res, email) →  return await handlePost(request, email)   (answers: rewritten as a route function)
 * Each is rewritten once, where it is defined. Returns the follow hook for rewriteLibraryCalls.
 */
function followLocalHelpers(ctx: RewriteContext, fn: ASTPath<any>, names: LegacyNames, answering: ASTPath<any>[]): (call: ASTPath<any>) => boolean {
  const { j } = ctx;
  const isName = (node: any, name?: string) => !!name && node?.type === 'Identifier' && node.name === name;
  return (call) => {
    const callee = call.value.callee;
    if (callee.type !== 'Identifier') return false;
    const helper = ownFunction(ctx, callee.name);
    if (!helper || helper.path.value === fn.value || isWithin(call, helper.path)) return false;
    const args: any[] = call.value.arguments;
    const reqAt = args.findIndex((a) => isName(a, names.req));
    const resAt = args.findIndex((a) => isName(a, names.res));
    const reqCount = args.filter((a) => isName(a, names.req)).length;
    let outcome = ctx.helpers.get(helper.path.value) as HelperOutcome | undefined;
    if (reqAt !== -1 && resAt === -1 && reqCount === 1 && !onlyStreamUse(helper.path.value.params[reqAt], helper.path.value)) {
      outcome = outcome ?? rewriteRequestHelper(ctx, helper.path, reqAt);
      if (outcome.kind !== 'request') return false;
      args[reqAt] = j.identifier(ctx.names.request);
      return true;
    }
    if (reqAt === 0 && resAt === 1 && reqCount === 1) {
      outcome = outcome ?? rewriteAnsweringHelper(ctx, helper.path);
      if (outcome.kind !== 'answers') return false;
      const params = ctx.names.params === 'params' ? '{ params }' : `{ params: ${ctx.names.params} }`;
      const handed = [...(outcome.takesRequest || outcome.takesParams ? [j.identifier(ctx.names.request)] : []), ...(outcome.takesParams ? [j.template.expression([params])] : [])];
      call.value.arguments = [...handed, ...args.slice(2)];
      answering.push(call);
      // pages parsed the body before the handler ran: the caller reads it first, the helper gets the same one
      if (outcome.readsBody) ctx.readsBodyFirst.add(fn.value);
      return true;
    }
    return false;
  };
}

function isWithin(p: ASTPath<any>, ancestor: ASTPath<any>): boolean {
  for (let cur: ASTPath<any> | null = p; cur; cur = cur.parent) if (cur.value === ancestor.value) return true;
  return false;
}

/** A top-level, not exported function of the file (an exported one may serve other modules too). */
function ownFunction(ctx: RewriteContext, name: string): { path: ASTPath<any> } | undefined {
  const found = topLevelFunction(ctx.j, ctx.root, name);
  return found && !found.exported ? found : undefined;
}

/** `function authenticate(req) { … req.headers.authorization … }` → `function authenticate(request: NextRequest) { … }` */
function rewriteRequestHelper(ctx: RewriteContext, helper: ASTPath<any>, at: number): HelperOutcome {
  const { j, names } = ctx;
  const fail = (): HelperOutcome => {
    ctx.helpers.set(helper.value, { kind: 'failed' });
    return { kind: 'failed' };
  };
  const param = helper.value.params[at];
  if (param?.type !== 'Identifier') return fail();
  ctx.helpers.set(helper.value, { kind: 'failed' }); // while it is rewritten (a helper that calls back into its caller)
  if (helper.value.body.type !== 'BlockStatement') helper.value.body = j.blockStatement([j.returnStatement(helper.value.body)]);
  const before = ctx.sink.items.length;
  const answering: ASTPath<any>[] = [];
  rewriteLibraryCalls(ctx, helper, { req: param.name }, followLocalHelpers(ctx, helper, { req: param.name }, answering));
  const express = ctx.dialect === 'express';
  (express ? rewriteExpressRequest : rewriteRequest)(ctx, helper, param.name);
  const body = helper.value.body.body;
  if (express) body.unshift(...expressPreamble(ctx, helper.value));
  // what the route function's preamble would hold, the helper reads itself (no route params: it has none)
  if (mentions(helper.value.body, names.body) || mentions(helper.value.body, names.incoming) || answering.length || (express ? mentions(helper.value.body, names.params) : mentions(helper.value.body, names.query) && ctx.input.params.length)) {
    ctx.sink.items.splice(before);
    return fail();
  }
  if (!express && mentions(helper.value.body, names.query)) {
    ctx.runtime.add('legacyQuery');
    body.unshift(codeStatement(j, [`const ${names.query} = legacyQuery(${names.request});`]));
  }
  if (mentions(helper.value.body, names.incoming)) body.unshift(codeStatement(j, [`const ${names.incoming} = legacyIncoming(${names.request});`]));
  const renamed = j.identifier(names.request);
  if (ctx.typescript) {
    renamed.typeAnnotation = codeStatement(j, ['let x: NextRequest;']).declarations[0].id.typeAnnotation;
    needImport(ctx, 'next/server', 'NextRequest');
  }
  helper.value.params[at] = renamed;
  const outcome: HelperOutcome = { kind: 'request' };
  ctx.helpers.set(helper.value, outcome);
  return outcome;
}

/** `async function handlePost(req, res, email) { … res.json(…) }` → `async function handlePost(request: NextRequest, email) { … return NextResponse.json(…) }` */
function rewriteAnsweringHelper(ctx: RewriteContext, helper: ASTPath<any>): HelperOutcome {
  const [req, res, ...rest] = helper.value.params;
  if (req?.type !== 'Identifier' || res?.type !== 'Identifier') {
    ctx.helpers.set(helper.value, { kind: 'failed' });
    return { kind: 'failed' };
  }
  ctx.helpers.set(helper.value, { kind: 'failed' }); // while it is rewritten (recursion)
  if (helper.value.body.type !== 'BlockStatement') helper.value.body = ctx.j.blockStatement([ctx.j.returnStatement(helper.value.body)]);
  expandReqDestructuring(ctx, helper, req.name);
  rewriteRouteFunction(ctx, helper, { req: req.name, res: res.name }, !!helper.value.async);
  // (request) or (request, { params }) — the caller hands over what the helper takes
  const signature = helper.value.params;
  helper.value.params = [...signature, ...rest];
  const readsBody = mentions(helper.value.body, ctx.names.body) || ctx.readsBodyFirst.has(helper.value);
  const outcome: HelperOutcome = { kind: 'answers', takesRequest: signature.length >= 1, takesParams: signature.length === 2, readsBody };
  ctx.helpers.set(helper.value, outcome);
  return outcome;
}
