// A dispatch through an object of method functions, read as the if-chain it is, so that the
// method-dispatch reader and the helper rewrite handle it like any other.

import type { ASTPath } from 'jscodeshift';
import { HTTP_METHODS } from '../types';
import { codeStatement, type RewriteContext } from './context';
import { findFunctionPath, programBody } from './local-functions';

/**
 * A dispatch through an object of this file, written as the if-chain it is:
 *   const fn = handlers[req.method]; if (!fn) { …405… } return fn(req, res);
 *   →  if (req.method === 'GET') return getDeployments(req, res); if (req.method === 'POST') return …; …405…
 * `handlers` is a top-level `const handlers = { GET: getDeployments, … }` of local functions.
 */
export function desugarMethodLookup(ctx: RewriteContext, fn: ASTPath<any>, names: { req: string; res: string }): void {
  const { j } = ctx;
  const body: any[] = fn.value.body.body;
  const at = body.findIndex((s) => s.type === 'VariableDeclaration' && s.declarations.length === 1 && lookupOf(s.declarations[0].init, names.req));
  if (at === -1) return;
  const local = body[at].declarations[0].id;
  const mapName = lookupOf(body[at].declarations[0].init, names.req)!;
  const guard = body[at + 1];
  const call = body[at + 2];
  const isGuard = guard?.type === 'IfStatement' && !guard.alternate && guard.test.type === 'UnaryExpression' && guard.test.operator === '!' && guard.test.argument.name === local?.name;
  let callee = call?.type === 'ReturnStatement' ? call.argument : call?.type === 'ExpressionStatement' ? call.expression : undefined;
  if (callee?.type === 'AwaitExpression') callee = callee.argument;
  const handsOver = callee?.type === 'CallExpression' && callee.callee.name === local?.name && callee.arguments.length === 2 && callee.arguments[0].name === names.req && callee.arguments[1].name === names.res;
  if (local?.type !== 'Identifier' || !isGuard || !handsOver || at + 3 !== body.length) return;
  const entries = methodMapEntries(ctx, mapName);
  if (!entries) return;
  const branches = entries.map(([method, target]) => codeStatement(j, [`if (${names.req}.method === '${method}') return ${target}(${names.req}, ${names.res});`]));
  const fallback = guard.consequent.type === 'BlockStatement' ? guard.consequent.body : [guard.consequent];
  body.splice(at, 3, ...branches, ...fallback);
}

/** `handlers[req.method]` (with `as …` / `?? ''`) → 'handlers'. */
function lookupOf(init: any, req: string): string | undefined {
  let e = init;
  while (e?.type === 'TSAsExpression' || e?.type === 'TSNonNullExpression') e = e.expression;
  if (e?.type !== 'MemberExpression' || !e.computed || e.object.type !== 'Identifier') return undefined;
  let key = e.property;
  while (key?.type === 'TSAsExpression' || key?.type === 'TSNonNullExpression') key = key.expression;
  if (key?.type === 'LogicalExpression') key = key.left;
  const isMethod = key?.type === 'MemberExpression' && key.object.name === req && key.property.name === 'method';
  return isMethod ? e.object.name : undefined;
}

/** `const handlers = { GET: getDeployments, POST: createDeployment }` at the top of the file → its entries. */
function methodMapEntries(ctx: RewriteContext, name: string): Array<[string, string]> | undefined {
  for (const stmt of programBody(ctx)) {
    if (stmt.type !== 'VariableDeclaration' || stmt.kind !== 'const' || stmt.declarations.length !== 1 || stmt.declarations[0].id.name !== name) continue;
    let init = stmt.declarations[0].init;
    while (init?.type === 'TSAsExpression' || init?.type === 'TSSatisfiesExpression') init = init.expression;
    if (init?.type !== 'ObjectExpression') return undefined;
    const entries: Array<[string, string]> = [];
    for (const p of init.properties) {
      const key = p.key?.name ?? p.key?.value;
      if (p.computed || !HTTP_METHODS.includes(key) || p.value?.type !== 'Identifier' || !findFunctionPath(ctx, p.value.name)) return undefined;
      entries.push([key, p.value.name]);
    }
    // `Record<string, NextApiHandler>` no longer describes it: the object's own type does
    const id = stmt.declarations[0].id;
    if (id.typeAnnotation && /NextApi/.test(ctx.j(id.typeAnnotation).toSource())) id.typeAnnotation = null;
    return entries;
  }
  return undefined;
}
