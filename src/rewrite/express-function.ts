// One function of an Express app's pipeline — a handler, a middleware or the error handler — rewritten
// into the form every migrated route runs it in (express-app.ts):
//   handler      (req, res[, next])        →  (request, context) => Response
//   middleware   (req, res, next)          →  (request, context) => Response | undefined   (next() → return)
//   error        (err, req, res, next)     →  (err, request, context) => Response
// `context.params` holds Express's req.params, `context.locals` what middleware set on req (req.user),
// `context.responseLocals` Express's res.locals,
// `context.baseUrl` the mount the route was reached through. The function serves every route that
// uses it, so nothing route-specific is written into it.

import type { ASTPath } from 'jscodeshift';
import { isInsideNestedFunction, paramReferences } from '../analyze/references';
import type { RewriteContext } from './context';
import { rewriteNextCalls } from './express-response';
import { expandReqDestructuring } from './rewrite-request';
import { tailPosition } from './rewrite-response';
import { rewriteRouteFunction } from './route-function';

export type PipelineRole = 'handler' | 'middleware' | 'error';

/** How many parameters each role's legacy function takes at most. */
const ARITY: Record<PipelineRole, number> = { handler: 3, middleware: 3, error: 4 };

/** Rewrite `fn` (a function node's path) in place; false when it cannot be (the sink says why). */
export function rewritePipelineFunction(ctx: RewriteContext, fn: ASTPath<any>, role: PipelineRole): boolean {
  const { j, sink } = ctx;
  const node = fn.value;
  const params: any[] = node.params;
  if (params.length > ARITY[role] || params.some((p) => p.type !== 'Identifier')) {
    sink.add('RS105', node, `the ${role === 'error' ? 'error handler' : role} does not take plain (${role === 'error' ? 'err, ' : ''}req, res, next) parameters`);
    return false;
  }
  const [error, req, res, next] = role === 'error' ? params : [undefined, ...params];
  if (node.body.type !== 'BlockStatement') node.body = j.blockStatement([j.returnStatement(node.body)]);
  if (role === 'error' && res) answerNotSent(ctx, fn, res.name);
  if (role === 'middleware' && next) continueAsReturn(ctx, fn, next.name);
  if (req) expandReqDestructuring(ctx, fn, req.name);
  if (next) rewriteNextCalls(ctx, fn, next.name, res?.name);
  if (sink.blocks()) return false;
  // every layer writes the request's headers (Express's one res): set before next() or next(err), they reach
  // whatever answers; the pipeline sends a header an answer already carries once
  ctx.sharedHeaders = `${ctx.names.context}.headers`;
  try {
    rewriteRouteFunction(ctx, fn, { req: req?.name, res: res?.name }, !!node.async, { routeContext: ctx.names.context });
  } finally {
    ctx.sharedHeaders = undefined;
  }
  if (sink.blocks()) return false;
  if (error) node.params = [error, ...node.params];
  return true;
}

/** In the error handler nothing has been sent yet when it runs: `res.headersSent` → false. */
function answerNotSent(ctx: RewriteContext, fn: ASTPath<any>, res: string): void {
  for (const ref of paramReferences(ctx.j, fn, res)) {
    const member = ref.parent.value;
    if (member.type !== 'MemberExpression' || member.object !== ref.value || member.computed || member.property.name !== 'headersSent') continue;
    // `if (res.headersSent) return next(err);` never runs: the branch goes
    const test = ref.parent.parent;
    if (test.value.type === 'IfStatement' && test.value.test === member) {
      if (test.value.alternate) test.replace(test.value.alternate);
      else test.prune();
      continue;
    }
    ref.parent.replace(ctx.j.booleanLiteral(false));
  }
}

/**
 * A middleware's `next()` hands the request on: the pipeline runs the next layer when the function
 * returns without an answer.
 *   return next();   →  return;
 *   next();  (last)  →  (removed)
 */
function continueAsReturn(ctx: RewriteContext, fn: ASTPath<any>, next: string): void {
  const { j, sink } = ctx;
  for (const ref of paramReferences(j, fn, next)) {
    const call = ref.parent;
    if (call.value.type !== 'CallExpression' || call.value.callee !== ref.value || call.value.arguments.length > 0) continue;
    if (isInsideNestedFunction(ref, fn)) {
      sink.add('RS302', call.value, `\`${next}()\` inside a callback`);
      continue;
    }
    const statement = call.parent;
    if (statement.value.type === 'ReturnStatement') {
      statement.replace(j.returnStatement(null));
      continue;
    }
    const tail = statement.value.type === 'ExpressionStatement' ? tailPosition(statement, fn) : { tail: false };
    if (!tail.tail) {
      sink.add('RS301', call.value, `\`${next}()\` is followed by code that still runs`);
      continue;
    }
    const list = statement.parentPath?.value;
    const last = Array.isArray(list) && statement.parent.value === fn.value.body && list[list.length - 1] === statement.value;
    if (last) statement.prune();
    else statement.replace(j.returnStatement(null));
  }
}
