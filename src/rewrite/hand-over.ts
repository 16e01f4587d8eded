// A call that hands the request over to a function that answers (a wrapper's `handler(req, res)`, a
// helper of the file) must become the function's answer: its value is returned.
//   await handler(req, res);            →  return await handler(request, context);
//   await handler(req, res); log();     →  const response = await handler(request, context); log(); return response;

import type { ASTPath } from 'jscodeshift';
import { walk } from '../analyze/method-dispatch';
import { refersTo } from '../analyze/references';
import { isLastStatement } from './await-promise-chains';
import { allocateName, type RewriteContext } from './context';

/**
 * Make the hand-over the function's answer:
 *   return handler(…) / return await handler(…)   →  kept
 *   await handler(…);  (last)                      →  return await handler(…);
 *   await handler(…); log(…);  (code without res)  →  const response = await handler(…); log(…); return response;
 */
export function handOverReturns(ctx: RewriteContext, call: ASTPath<any>, fn: ASTPath<any>, res: string): boolean {
  const { j } = ctx;
  let expr = call;
  if (expr.parent.value.type === 'AwaitExpression') expr = expr.parent;
  const stmt = expr.parent;
  if (stmt.value.type === 'ReturnStatement') {
    if (expr === call) stmt.value.argument = j.awaitExpression(call.value);
    return true;
  }
  if (stmt.value.type !== 'ExpressionStatement' || !Array.isArray(stmt.parentPath?.value)) return false;
  const list: any[] = stmt.parentPath.value;
  const index = list.indexOf(stmt.value);
  let after = list.slice(index + 1);
  if (after.length && after[after.length - 1].type === 'ReturnStatement' && !after[after.length - 1].argument) after = after.slice(0, -1);
  const answers = after.some((s) => refersTo(s, res) || hasReturn(s));
  if (answers || !isLastStatement(stmt.parentPath.parentPath.value.type === 'BlockStatement' ? lastOf(stmt) : stmt, fn)) return false;
  const awaited = j.awaitExpression(call.value);
  if (after.length === 0) {
    list.splice(index, list.length - index, j.returnStatement(awaited));
    return true;
  }
  const name = allocateName(new Set(Object.values(ctx.names)), 'response');
  list.splice(index, list.length - index, j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), awaited)]), ...after, j.returnStatement(j.identifier(name)));
  return true;
}

/** The path of the last statement of the list `stmt` stands in. */
function lastOf(stmt: ASTPath<any>): ASTPath<any> {
  const list = stmt.parentPath;
  return list.get(list.value.length - 1);
}

function hasReturn(node: any): boolean {
  let found = false;
  walk(node, (n) => {
    if (/Function/.test(n.type)) return false;
    if (n.type === 'ReturnStatement') found = true;
  });
  return found;
}
