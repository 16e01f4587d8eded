// Scope-aware lookups: which identifiers in a function refer to one of its parameters.
//   (req, res) => { const res2 = await fetch(x); res.json(1) }   →  only the second `res` is the parameter

import type { ASTPath, JSCodeshift } from 'jscodeshift';
import { isPropertyName, walk } from './method-dispatch';

/** Is this identifier path a reference (not a property name, key or declaration)? */
export function isReference(p: ASTPath<any>): boolean {
  const parent = p.parent?.value;
  const node = p.value;
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === node && !parent.computed) return false;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === node && !parent.computed && !parent.shorthand) return false;
  if ((parent.type === 'ObjectMethod' || parent.type === 'ClassMethod' || parent.type === 'ClassProperty') && parent.key === node && !parent.computed) return false;
  if (/^TS/.test(parent.type) && parent.type !== 'TSAsExpression' && parent.type !== 'TSNonNullExpression' && parent.type !== 'TSSatisfiesExpression') return false;
  if (parent.type === 'ImportSpecifier' || parent.type === 'ExportSpecifier' || parent.type === 'LabeledStatement') return false;
  return true;
}

/** Identifiers routeshift wrote that name the route handler's `request`: never the legacy `req`, even when it was called `request` too. */
const introduced = new WeakSet<object>();

/** Mark the identifiers named `name` in a node routeshift wrote as its own (paramReferences skips them). */
export function markIntroduced(node: any, name: string): any {
  const walk = (n: any) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n.type === 'Identifier' && n.name === name) introduced.add(n);
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && k !== 'original' && v && typeof v === 'object') walk(v);
  };
  walk(node);
  return node;
}

/** Identifier paths in `fn` that refer to `fn`'s own parameter `name`. */
export function paramReferences(j: JSCodeshift, fn: ASTPath<any>, name: string): ASTPath<any>[] {
  const out: ASTPath<any>[] = [];
  j(fn.get('body'))
    .find(j.Identifier, { name })
    .forEach((p) => {
      if (!isReference(p) || introduced.has(p.value)) return;
      const scope = p.scope?.lookup(name);
      if (scope && scope.node === fn.value) out.push(p);
    });
  // expression-bodied arrows: the body itself may be the identifier
  if (fn.value.body.type === 'Identifier' && fn.value.body.name === name) out.push(fn.get('body'));
  return out;
}

/** The closest function enclosing `p`, stopping at `fn`. */
export function isInsideNestedFunction(p: ASTPath<any>, fn: ASTPath<any>): boolean {
  let cur = p.parent;
  while (cur && cur.value !== fn.value) {
    if (/Function|ObjectMethod|ClassMethod/.test(cur.value.type)) return true;
    cur = cur.parent;
  }
  return false;
}

/** Does `node` contain an identifier reference named `name` (property names and keys aside)? */
export function refersTo(node: any, name: string): boolean {
  let found = false;
  walk(node, (n, parent) => {
    if (found) return false;
    if (n.type === 'Identifier' && n.name === name && !isPropertyName(n, parent)) found = true;
  });
  return found;
}
