// Promise-style sends become await-style code, so the response sends stand where a return can take them.
//   return load(id).then((item) => res.json(item)).catch((e) => res.status(500).json({ error: e.message }))
//   →  try { const item = await load(id); res.json(item) } catch (e) { res.status(500).json({ error: e.message }) }
// Exact, not approximate: `.then(f).catch(g)` hands g the errors of the promise and of f, and so does the
// try block; a value `f` returns flows into the next `.then` as `await` hands it on. Only a chain that is
// the last thing its function does is rewritten (code after a fire-and-forget chain ran before its sends).

import type { ASTPath } from 'jscodeshift';
import { walk } from '../analyze/method-dispatch';
import { CATCH_PLACEHOLDER } from '../analyze/parse';
import { paramReferences, refersTo } from '../analyze/references';
import { codeStatement, type RewriteContext } from './context';

interface Chain {
  base: any;
  thens: any[];
  catcher?: any;
}

function isCallback(node: any): boolean {
  return (node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression') && !node.generator && node.params.length <= 1 && node.params.every((p: any) => p.type !== 'RestElement' && p.type !== 'AssignmentPattern');
}

/** `base.then(f1).then(f2).catch(g)` read from the outside in; undefined for any other shape. */
function readChain(expr: any): Chain | undefined {
  let e = expr;
  let catcher: any;
  const thens: any[] = [];
  if (e?.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.name === 'catch') {
    if (e.arguments.length !== 1 || !isCallback(e.arguments[0])) return undefined;
    catcher = e.arguments[0];
    e = e.callee.object;
  }
  while (e?.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.name === 'then') {
    if (e.arguments.length !== 1 || !isCallback(e.arguments[0])) return undefined;
    thens.unshift(e.arguments[0]);
    e = e.callee.object;
  }
  if (thens.length === 0) return undefined;
  return { base: e, thens, catcher };
}

/** Statements of a callback body; `x => expr` gives `expr;` (the last callback) or `return expr;`. */
function bodyStatements(j: any, fn: any, last: boolean): any[] {
  if (fn.body.type === 'BlockStatement') return fn.body.body;
  return [last ? j.expressionStatement(fn.body) : j.returnStatement(fn.body)];
}

/** The catch callback's parameter; a typed file gets `: any` (a catch binding is `unknown` under strict, a callback's was `any`). */
function catchParam(ctx: RewriteContext, catcher: any): any {
  const param = catcher.params[0];
  if (!param) return null;
  if (!ctx.typescript) return param;
  const annotation = param.typeAnnotation?.typeAnnotation?.type;
  if (annotation === 'TSAnyKeyword' || annotation === 'TSUnknownKeyword') return param;
  if (param.type === 'Identifier' && !refersTo(catcher.body, param.name)) return param;
  param.typeAnnotation = ctx.j.tsTypeAnnotation(ctx.j.tsAnyKeyword());
  return param;
}

/** The names a binding pattern declares (`{ data: { items }, ok }` → items, ok). */
function patternNames(pattern: any): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p: any) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e: any) => patternNames(e));
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    case 'RestElement':
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

/** A return anywhere but as the last statement (nested functions aside). */
function returnsEarly(statements: any[]): boolean {
  let early = false;
  statements.forEach((s, i) => {
    walk(s, (n) => {
      if (/Function/.test(n.type)) return false;
      if (n.type === 'ReturnStatement' && !(i === statements.length - 1 && n === s)) early = true;
    });
  });
  return early;
}

function usesThis(fn: any): boolean {
  let found = false;
  walk(fn.body, (n) => {
    if (n.type === 'ThisExpression' || (n.type === 'Identifier' && n.name === 'arguments')) found = true;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') return false;
  });
  return found && fn.type === 'FunctionExpression';
}

/** Rewrite every promise chain in `fn` whose callbacks use `res` and which ends the function. */
export function awaitPromiseChains(ctx: RewriteContext, fn: ASTPath<any>, res: string): void {
  const { j } = ctx;
  const seen = new Set<any>();
  for (const ref of paramReferences(j, fn, res)) {
    const p = enclosingStatement(ref, fn);
    if (!p || seen.has(p.value)) continue;
    seen.add(p.value);
    let expr = p.value.type === 'ReturnStatement' ? p.value.argument : p.value.expression;
    if (expr?.type === 'AwaitExpression') expr = expr.argument;
    const chain = readChain(expr);
    if (!chain || [...chain.thens, chain.catcher].some((cb) => cb && usesThis(cb))) continue;
    if (!isLastStatement(p, fn)) continue;
    const statements = awaitedStatements(j, chain);
    if (!statements) continue;
    const names = chain.thens.flatMap((cb) => patternNames(cb.params[0]));
    // `const user = await load(user.id)` would read the new binding before it exists
    // and one name bound twice (`.then((data) => data.items).then((data) => …)`) cannot be two consts
    if (names.some((n) => refersTo(chain.base, n)) || new Set(names).size !== names.length) continue;
    const collides = names.some((n) => p.scope?.declares(n));
    // `return chain` ended the function here: the awaited code must too
    const ends = p.value.type === 'ReturnStatement' && !isFinal(p, fn) ? [j.returnStatement(null)] : [];
    if (chain.catcher) {
      const handler = j.catchClause(catchParam(ctx, chain.catcher) ?? j.identifier(CATCH_PLACEHOLDER), null, j.blockStatement(bodyStatements(j, chain.catcher, true)));
      const tryStatement = j.tryStatement(j.blockStatement(statements), handler);
      if (ends.length && Array.isArray(p.parentPath?.value)) p.replace(tryStatement, ...ends);
      else p.replace(ends.length ? j.blockStatement([tryStatement, ...ends]) : tryStatement);
    } else if (Array.isArray(p.parentPath?.value) && !collides) p.replace(...statements, ...ends);
    else p.replace(j.blockStatement([...statements, ...ends]));
  }
}

/** The chain as statements: `const x = await base; …f1's body…; const y = await <f1's value>; …`. */
function awaitedStatements(j: any, chain: Chain): any[] | undefined {
  const statements: any[] = [];
  let value = chain.base;
  for (let i = 0; i < chain.thens.length; i++) {
    const cb = chain.thens[i];
    const last = i === chain.thens.length - 1;
    const own = bodyStatements(j, cb, last);
    const awaited = j.awaitExpression(value);
    statements.push(cb.params.length ? j.variableDeclaration('const', [j.variableDeclarator(cb.params[0], awaited)]) : j.expressionStatement(awaited));
    if (last) {
      statements.push(...own);
      break;
    }
    // a middle callback hands its return value on: it must return once, at its end
    const ret = own[own.length - 1];
    if (returnsEarly(own) || ret?.type !== 'ReturnStatement' || !ret.argument) return undefined;
    statements.push(...own.slice(0, -1));
    value = ret.argument;
  }
  return statements;
}

/** The innermost expression or return statement around `ref` that belongs to `fn` itself (not to a callback). */
function enclosingStatement(ref: ASTPath<any>, fn: ASTPath<any>): ASTPath<any> | undefined {
  const ancestors: ASTPath<any>[] = [];
  for (let p = ref.parent; p && p.value !== fn.value; p = p.parent) ancestors.unshift(p);
  let found: ASTPath<any> | undefined;
  for (const p of ancestors) {
    if (/Function/.test(p.value.type)) break;
    if (p.value.type === 'ExpressionStatement' || p.value.type === 'ReturnStatement') found = p;
  }
  return found;
}

/** Is the statement the very last of the function's own body? */
function isFinal(stmt: ASTPath<any>, fn: ASTPath<any>): boolean {
  const body = fn.value.body?.body;
  return Array.isArray(body) && body[body.length - 1] === stmt.value;
}

/** Is the statement last in the function, counting up through blocks, ifs and try blocks? */
export function isLastStatement(stmt: ASTPath<any>, fn: ASTPath<any>): boolean {
  let p = stmt;
  // `return …` ends the function wherever it stands (outside loops)
  const returns = stmt.value.type === 'ReturnStatement';
  while (p.value !== fn.value) {
    if (returns && Array.isArray(p.parentPath?.value)) {
      const parent = p.parent;
      if (!parent || (/Function/.test(parent.value.type) && parent.value !== fn.value) || /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(parent.value.type)) return false;
      p = parent;
      continue;
    }
    const list = p.parentPath?.value;
    if (Array.isArray(list) && p.value.type !== 'SwitchCase') {
      const after = list.slice(list.indexOf(p.value) + 1);
      const ends = after.length === 1 && !after[0].argument && !after[0].label && (after[0].type === 'ReturnStatement' || after[0].type === 'BreakStatement');
      if (after.length > 0 && !ends) return false;
    }
    const parent = p.parent;
    if (!parent) return false;
    if (/Function/.test(parent.value.type) && parent.value !== fn.value) return false;
    if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(parent.value.type)) return false;
    p = parent;
  }
  return true;
}

/**
 * formidable's callback form, as the last thing the handler does, becomes await-style:
 *   form.parse(req, (err, fields, files) => { … })
 *   →  const [err, fields, files] = await new Promise((resolve) => form.parse(req, (...args) => resolve(args))); …
 * The callback runs once, with the same arguments; only the code after it waits for it.
 */
export function awaitFormParse(ctx: RewriteContext, fn: ASTPath<any>, req: string): void {
  const { j, root } = ctx;
  if (root.find(j.ImportDeclaration, { source: { value: 'formidable' } }).size() === 0) return;
  for (const ref of paramReferences(j, fn, req)) {
    const call = ref.parent.value;
    if (call.type !== 'CallExpression' || call.arguments[0] !== ref.value || call.arguments.length !== 2) continue;
    const callee = call.callee;
    const cb = call.arguments[1];
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'parse') continue;
    if ((cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression') || cb.params.length > 3 || cb.params.some((p: any) => p.type !== 'Identifier')) continue;
    const stmt = ref.parent.parent;
    if (stmt.value.type !== 'ExpressionStatement' || !isLastStatement(stmt, fn) || isInsideCallback(stmt, fn)) continue;
    const names = cb.params.map((p: any) => p.name);
    if (names.some((n: string) => stmt.scope?.declares(n))) continue;
    const pattern = names.length ? `const [${names.join(', ')}] = ` : '';
    const typed = ctx.typescript ? '<any[]>' : '';
    call.arguments[1] = j.template.expression(['(...args) => resolve(args)']);
    const waiting = codeStatement(j, [`${pattern}await new Promise${typed}((resolve) => `, ');'], call);
    stmt.replace(waiting, ...bodyStatements(j, cb, true));
  }
}

function isInsideCallback(p: ASTPath<any>, fn: ASTPath<any>): boolean {
  for (let cur = p.parent; cur && cur.value !== fn.value; cur = cur.parent) if (/Function/.test(cur.value.type)) return true;
  return false;
}
