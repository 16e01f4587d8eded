// Module specifiers: find them in a file and re-path them when a module moves.
//   import x from '../lib/db'  (in pages/api/a.ts → app/api/a/route.ts)  →  import x from '../../../lib/db'

import path from 'node:path';
import type { ASTPath, Collection, JSCodeshift, StringLiteral } from 'jscodeshift';

/** Every string literal naming a module: import/export-from, require(), import(), jest.mock(). */
export function moduleSpecifierPaths(j: JSCodeshift, root: Collection): ASTPath<StringLiteral>[] {
  const found: ASTPath<StringLiteral>[] = [];
  const take = (p: ASTPath<any> | undefined) => {
    if (p && p.node && (p.node.type === 'StringLiteral' || p.node.type === 'Literal') && typeof p.node.value === 'string') {
      found.push(p as ASTPath<StringLiteral>);
    }
  };
  root.find(j.ImportDeclaration).forEach((p) => take(p.get('source')));
  root.find(j.ExportNamedDeclaration).forEach((p) => p.node.source && take(p.get('source')));
  root.find(j.ExportAllDeclaration).forEach((p) => take(p.get('source')));
  root.find(j.CallExpression).forEach((p) => {
    const callee = p.node.callee;
    const isRequire = callee.type === 'Identifier' && callee.name === 'require';
    const isImport = callee.type === 'Import';
    if ((isRequire || isImport) && p.node.arguments.length >= 1) take(p.get('arguments', 0));
  });
  return found;
}

/** Rewrite specifiers with `rewrite` (undefined keeps one). Returns whether anything changed. */
export function rewriteModuleSpecifiers(
  j: JSCodeshift,
  root: Collection,
  rewrite: (specifier: string) => string | undefined,
): boolean {
  let changed = false;
  for (const p of moduleSpecifierPaths(j, root)) {
    const next = rewrite(p.node.value);
    if (next !== undefined && next !== p.node.value) {
      p.node.value = next;
      // keep the file's own quote style: recast reprints from `extra.raw` otherwise
      const raw = (p.node as any).extra?.raw as string | undefined;
      const quote = raw && raw.startsWith('"') ? '"' : "'";
      (p.node as any).extra = { rawValue: next, raw: quote + next + quote };
      changed = true;
    }
  }
  return changed;
}

/** A relative specifier written in `fromFile`, re-expressed for a module now at `toFile`. */
export function repathRelative(specifier: string, fromFile: string, toFile: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return relativeSpecifier(toFile, target);
}

/** The specifier that `fromFile` uses to import the project-relative module path `target`. */
export function relativeSpecifier(fromFile: string, target: string): string {
  let rel = path.posix.relative(path.posix.dirname(fromFile), target);
  if (!rel.startsWith('.')) rel = './' + rel;
  return rel;
}
