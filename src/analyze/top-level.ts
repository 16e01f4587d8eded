// The functions a module declares at its top level, found by name: every rewrite that follows a
// name to its function (a delegate, a helper, a wrapper, a middleware) looks here.
//   function getItems(req, res) {}  ·  const getItems = async (req, res) => {}  ·  export function …

import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';

export interface TopLevelFunction {
  /** The function node's path (a declaration, or a declarator's init). */
  path: ASTPath<any>;
  /** The program-level statement that holds it. */
  statement: ASTPath<any>;
  exported: boolean;
}

const isFunction = (node: any) => /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node?.type ?? '');

export function topLevelFunction(j: JSCodeshift, root: Collection, name: string): TopLevelFunction | undefined {
  const body = root.find(j.Program).paths()[0].get('body');
  for (let i = 0; i < body.value.length; i++) {
    const statement: ASTPath<any> = body.get(i);
    const exported = /^Export(Named|Default)Declaration$/.test(statement.value.type);
    const declPath: ASTPath<any> = exported ? statement.get('declaration') : statement;
    const decl = declPath.value;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === name) return { path: declPath, statement, exported };
    if (decl?.type !== 'VariableDeclaration') continue;
    for (let k = 0; k < decl.declarations.length; k++) {
      const d = decl.declarations[k];
      if (d.id.type === 'Identifier' && d.id.name === name && isFunction(d.init)) return { path: declPath.get('declarations', k, 'init'), statement, exported };
    }
  }
  return undefined;
}
