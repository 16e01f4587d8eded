// Imports from 'express' a rewritten module no longer needs: the handlers' Request/Response/NextFunction
// annotations went with their (req, res, next) parameters. Express's `Response` or `Request` left in a
// module whose code now builds a global Response (new Response(…)) would hide the global: reported.

import type { RewriteContext } from './context';

/**
 * Imports from 'express' the route no longer uses (the handler's `Request`, `Response`, `NextFunction`
 * annotations are gone) are removed. Express's `Response` or `Request` type still used elsewhere in the
 * module would hide the global the route handler answers with: reported.
 */
export function removeExpressImports(ctx: RewriteContext): void {
  const { j, root, sink } = ctx;
  root.find(j.ImportDeclaration, { source: { value: 'express' } }).forEach((decl: any) => {
    const specifiers: any[] = decl.value.specifiers ?? [];
    if (!specifiers.length) return;
    const kept = specifiers.filter((s) => {
      const name = s.local.name;
      const uses = root.find(j.Identifier, { name }).filter((p: any) => p.value !== s.local && p.parent.value !== s && !isPropertyName(p));
      const asType = uses.filter((p: any) => /^TS/.test(p.parent.value.type) && !/^TS(As|NonNull|Satisfies)Expression$/.test(p.parent.value.type));
      if ((name === 'Response' || name === 'Request') && s.type === 'ImportSpecifier') {
        if (asType.size()) sink.add('RS306', asType.nodes()[0], `Express's \`${name}\` type is still used: it hides the global \`${name}\` route handlers use`);
        return false; // the remaining value uses are the global's (new Response(…))
      }
      return uses.size() > 0;
    });
    if (kept.length === specifiers.length) return;
    if (kept.length === 0) decl.prune();
    else decl.value.specifiers = kept;
  });
}

function isPropertyName(p: any): boolean {
  const parent = p.parent.value;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === p.value && !parent.computed) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === p.value && !parent.computed && !parent.shorthand) return true;
  return parent.type === 'TSQualifiedName' && parent.right === p.value;
}
