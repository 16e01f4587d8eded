// The functions of a route file: found by name, their (req, res) read, rewritten where they stand.
//   export { getItems as GET }   →   getItems, found and rewritten as a route function

import type { ASTPath } from 'jscodeshift';
import { topLevelFunction } from '../analyze/top-level';
import type { RewriteContext } from './context';
import { expandReqDestructuring } from './rewrite-request';
import { rewriteRouteFunction } from './route-function';

/** The program-level statement holding the handler, and its index. */
export function programBody(ctx: RewriteContext): any[] {
  return ctx.root.find(ctx.j.Program).paths()[0].value.body;
}

/** The path of the file's top-level function `name` (declared, or `const name = (…) => …`). */
export function findFunctionPath(ctx: RewriteContext, name: string): ASTPath<any> | undefined {
  return topLevelFunction(ctx.j, ctx.root, name)?.path;
}

/** The handler's (req, res) parameter names, by position. */
export function paramNames(ctx: RewriteContext, fn: any): { req?: string; res?: string } | undefined {
  const [a, b, ...rest] = fn.params;
  if (rest.length || (a && a.type !== 'Identifier') || (b && b.type !== 'Identifier')) {
    ctx.sink.add('RS105', fn, 'the handler does not take plain (req, res) parameters');
    return undefined;
  }
  return { req: a?.name, res: b?.name };
}

/** A function of the file exported as a method (`export { getItems as GET }`): rewritten where it is. */
export function rewriteLocalRouteFunction(ctx: RewriteContext, name: string): boolean {
  const p = findFunctionPath(ctx, name);
  const own = p && paramNames(ctx, p.value);
  if (!p || !own) return false;
  if (own.req) expandReqDestructuring(ctx, p, own.req);
  rewriteRouteFunction(ctx, p, own, !!p.value.async);
  return true;
}
