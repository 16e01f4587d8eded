// Finds the handler a pages/api module exports, whatever form the export takes.
//   export default async function handler(req, res) {…}   →  the function, req, res, the export statement

import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import type { DiagnosticSink } from '../diagnostics/sink';
import { readConnectRouter, type ConnectRouter } from './next-connect';

export type FunctionNode = any; // FunctionDeclaration | FunctionExpression | ArrowFunctionExpression

export interface HandlerFunction {
  kind: 'function';
  fn: ASTPath<FunctionNode>;
  /** Top-level statements that exist only to export the handler (replaced by the route's exports). */
  exportStatements: ASTPath<any>[];
  /** The top-level statement that declares the function (may equal the export statement). */
  declaration: ASTPath<any>;
  name?: string;
}

export interface NextAuthHandler {
  kind: 'next-auth';
  /** `NextAuth(options)` call expression. */
  call: any;
  exportStatements: ASTPath<any>[];
}

/** `export default withA(withB(handler, opts))`: wrappers around a handler (named or inline). */
export interface WrappedHandler {
  kind: 'wrapped';
  /** The outermost wrapper call. */
  call: ASTPath<any>;
  /** Wrapper names, outermost first. */
  wrappers: string[];
  /** The innermost call; its argument `slot` is the handler (or, for a method map, `{ GET: fn, … }`). */
  innermost: any;
  slot: number;
  methodMap: boolean;
}

/** A next-connect router (v0 or v1). */
export interface ConnectHandler {
  kind: 'next-connect';
  router: ConnectRouter;
}

/** `export { default } from './features/x'`: the handler lives in another module. */
export interface ReexportedHandler {
  kind: 'reexport';
  specifier: string;
  /** The names re-exported: 'default', and 'config' when the route takes the module's config too. */
  names: string[];
  statement: ASTPath<any>;
}

export type FoundHandler = HandlerFunction | NextAuthHandler | WrappedHandler | ConnectHandler | ReexportedHandler;

const CONNECT_NAMES = new Set(['nc', 'nextConnect', 'createRouter', 'connect']);

function isFunction(node: any): boolean {
  return node && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression');
}

function unwrapTs(node: any): any {
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression' || node.type === 'ParenthesizedExpression')) {
    node = node.expression;
  }
  return node;
}

/** The top-level statement path that binds `name` (function declaration or const declarator), if any. */
function topLevelBinding(j: JSCodeshift, root: Collection, name: string): { statement: ASTPath<any>; init?: ASTPath<any>; fn?: ASTPath<any> } | undefined {
  const program = root.find(j.Program).paths()[0];
  const body = program.get('body');
  for (let i = 0; i < body.value.length; i++) {
    const stmtPath = body.get(i);
    let stmt = stmtPath.value;
    let declPath = stmtPath;
    if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) {
      declPath = stmtPath.get('declaration');
      stmt = stmt.declaration;
    }
    if (stmt.type === 'FunctionDeclaration' && stmt.id?.name === name) return { statement: stmtPath, fn: declPath };
    if (stmt.type === 'VariableDeclaration') {
      const decls = declPath.get('declarations');
      for (let k = 0; k < decls.value.length; k++) {
        const d = decls.get(k);
        if (d.value.id.type === 'Identifier' && d.value.id.name === name) {
          if (decls.value.length !== 1) return { statement: stmtPath };
          return { statement: stmtPath, init: d.get('init') };
        }
      }
    }
  }
  return undefined;
}

function calleeName(call: any): string | undefined {
  const c = call.callee;
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression' && c.property.type === 'Identifier') return c.property.name;
  return undefined;
}

/** Resolve an expression that is (or names) the handler. */
function resolveHandlerExpression(
  j: JSCodeshift,
  root: Collection,
  exprPath: ASTPath<any>,
  exportStatements: ASTPath<any>[],
  sink: DiagnosticSink,
): FoundHandler | undefined {
  let path = exprPath;
  while (path.value && ['TSAsExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression'].includes(path.value.type)) path = path.get('expression');
  const node = path.value;
  if (isFunction(node)) {
    return { kind: 'function', fn: path, exportStatements, declaration: exportStatements[0], name: node.id?.name };
  }
  if (node.type === 'Identifier') {
    const imported = root.find(j.ImportDeclaration).filter((p) => (p.value.specifiers ?? []).some((s: any) => s.local?.name === node.name));
    if (imported.size() > 0) {
      // `import handler from './features/x'; export default handler` and nothing else: a re-export
      const decl = imported.paths()[0].value;
      const program = root.find(j.Program).paths()[0].value.body.filter((x: any) => x.type !== 'EmptyStatement');
      const onlyDefault = decl.specifiers?.length === 1 && decl.specifiers[0].type === 'ImportDefaultSpecifier' && decl.importKind !== 'type';
      if (onlyDefault && program.length === 2) return { kind: 'reexport', specifier: String(decl.source.value), names: ['default'], statement: exportStatements[0] };
      sink.add('RS104', node, `the handler \`${node.name}\` is imported from '${decl.source.value}'`);
      return undefined;
    }
    return resolveByName(j, root, node.name, exportStatements, sink, node);
  }
  if (node.type === 'CallExpression') return classifyCall(j, path, exportStatements, sink);
  sink.add('RS102', node, `the default export is a ${node.type}`);
  return undefined;
}

function classifyCall(
  j: JSCodeshift,
  callPath: ASTPath<any>,
  exportStatements: ASTPath<any>[],
  sink: DiagnosticSink,
  declaration?: ASTPath<any>,
): FoundHandler | undefined {
  const call = callPath.value;
  const name = calleeName(call);
  if (name === 'NextAuth' && call.arguments.length === 1) {
    return { kind: 'next-auth', call, exportStatements: declaration ? [...exportStatements, declaration] : exportStatements };
  }
  const text = j(call).toSource();
  // nc().use(a).get(b) — the chain's innermost call names the router factory
  let base = call;
  while (base.callee.type === 'MemberExpression' && base.callee.object.type === 'CallExpression') base = base.callee.object;
  const baseName = calleeName(base);
  if ((baseName && CONNECT_NAMES.has(baseName)) || (name === 'handler' && call.callee.type === 'MemberExpression')) {
    sink.add('RS103', call, `next-connect router \`${text.split('\n')[0].slice(0, 60)}\``);
    return undefined;
  }
  const wrapped = readWrappers(call);
  if (wrapped) return { kind: 'wrapped', call: callPath, ...wrapped };
  sink.add('RS101', call, `the default export is wrapped: \`${name ?? 'call'}(…)\``);
  return undefined;
}

/** `withA(withB(handler, o))` → wrappers [withA, withB], innermost withB(…); the handler is a name or a function. */
function readWrappers(call: any): { wrappers: string[]; innermost: any; slot: number; methodMap: boolean } | undefined {
  const wrappers: string[] = [];
  let cur = call;
  for (;;) {
    if (cur.callee.type !== 'Identifier' || cur.arguments.length === 0) return undefined;
    wrappers.push(cur.callee.name);
    // the handler is the first argument that can be one: withMethods(['GET'], handler) has it second
    const slot = cur.arguments.findIndex((a: any) => {
      const arg = unwrapTs(a);
      return arg.type === 'CallExpression' || arg.type === 'Identifier' || isFunction(arg) || arg.type === 'ObjectExpression';
    });
    if (slot === -1) return undefined;
    const arg = unwrapTs(cur.arguments[slot]);
    if (arg.type === 'CallExpression') {
      cur = arg;
      continue;
    }
    if (arg.type === 'ObjectExpression') return slot === 0 ? { wrappers, innermost: cur, slot, methodMap: true } : undefined;
    return { wrappers, innermost: cur, slot, methodMap: false };
  }
}

/** Find the exported handler, or report why there is none (RS002 when the module is not a route). */
export function findHandler(j: JSCodeshift, root: Collection, sink: DiagnosticSink): FoundHandler | undefined {
  const program = root.find(j.Program).paths()[0];
  const body = program.get('body');
  // which default the module really exports is unclear: `module.exports` assigned twice (the last
  // one wins), or beside an `export default`
  const assigned = body.value.filter((s: any) => s.type === 'ExpressionStatement' && isModuleExports(s.expression));
  const esm = body.value.filter((s: any) => s.type === 'ExportDefaultDeclaration' || (s.type === 'ExportNamedDeclaration' && (s.specifiers ?? []).some((x: any) => x.exported?.name === 'default')));
  if (esm.length > 1) {
    sink.add('RS102', esm[1], 'the module has more than one default export');
    return undefined;
  }
  if (assigned.length > 1 || (assigned.length && esm.length)) {
    sink.add('RS102', assigned[assigned.length - 1], assigned.length > 1 ? 'module.exports is assigned more than once' : 'the module has an `export default` and assigns module.exports too');
    return undefined;
  }
  for (let i = 0; i < body.value.length; i++) {
    const stmtPath = body.get(i);
    const stmt = stmtPath.value;
    if (stmt.type === 'ExportDefaultDeclaration') {
      const connect = readConnectRouter(j, root, stmt.declaration, stmtPath);
      if (connect && 'router' in connect) return { kind: 'next-connect', router: connect.router };
      if (connect) {
        sink.add('RS103', connect.at, `next-connect router: ${connect.reason}`);
        return undefined;
      }
      return resolveHandlerExpression(j, root, stmtPath.get('declaration'), [stmtPath], sink);
    }
    if (stmt.type === 'ExportNamedDeclaration') {
      const spec = (stmt.specifiers ?? []).find((s: any) => s.exported?.name === 'default');
      if (spec) {
        if (stmt.source) {
          const names = stmt.specifiers.map((s: any) => (s.local?.name === s.exported?.name ? s.exported.name : `${s.local?.name}→${s.exported?.name}`));
          if (names.every((n: string) => n === 'default' || n === 'config') && body.value.filter((x: any) => x.type !== 'EmptyStatement').length === 1) {
            return { kind: 'reexport', specifier: String(stmt.source.value), names, statement: stmtPath };
          }
          sink.add('RS104', stmt, `the handler is re-exported from '${stmt.source.value}' beside other code`);
          return undefined;
        }
        if (stmt.specifiers.length !== 1) {
          sink.add('RS102', stmt, 'the default export shares an export list with other names');
          return undefined;
        }
        return resolveByName(j, root, spec.local.name, [stmtPath], sink, stmt);
      }
    }
    if (stmt.type === 'ExpressionStatement' && isModuleExports(stmt.expression)) {
      // `module.exports.default = handler` often follows, for ESM interop: it goes too
      const exportStatements = [stmtPath];
      for (let k = i + 1; k < body.value.length; k++) {
        const next = body.get(k).value;
        if (next.type === 'ExpressionStatement' && isModuleExportsDefault(next.expression)) exportStatements.push(body.get(k));
      }
      const right = stmtPath.get('expression', 'right');
      if (right.value.type === 'Identifier') return resolveByName(j, root, right.value.name, exportStatements, sink, stmt);
      return resolveHandlerExpression(j, root, right, exportStatements, sink);
    }
  }
  sink.add('RS002', program.value, 'the module has no default export');
  return undefined;
}

function resolveByName(j: JSCodeshift, root: Collection, name: string, exportStatements: ASTPath<any>[], sink: DiagnosticSink, at: any): FoundHandler | undefined {
  const binding = topLevelBinding(j, root, name);
  if (!binding) {
    sink.add('RS104', at, `the handler \`${name}\` is not defined in this module`);
    return undefined;
  }
  if (binding.fn) return { kind: 'function', fn: binding.fn, exportStatements, declaration: binding.statement, name };
  if (binding.init?.value) {
    const init = unwrapTs(binding.init.value);
    if (isFunction(init)) {
      let initPath = binding.init;
      while (initPath.value !== init) initPath = initPath.get('expression');
      return { kind: 'function', fn: initPath, exportStatements, declaration: binding.statement, name };
    }
    if (init.type === 'CallExpression') {
      let initPath = binding.init;
      while (initPath.value !== init) initPath = initPath.get('expression');
      return classifyCall(j, initPath, exportStatements, sink, binding.statement);
    }
  }
  sink.add('RS102', at, `\`${name}\` is not a function the module defines`);
  return undefined;
}

function isModuleExportsDefault(expr: any): boolean {
  return expr.type === 'AssignmentExpression' && expr.left.type === 'MemberExpression' && isModuleExports({ type: 'AssignmentExpression', left: expr.left.object }) && expr.left.property.name === 'default';
}

function isModuleExports(expr: any): boolean {
  return (
    expr.type === 'AssignmentExpression' &&
    expr.left.type === 'MemberExpression' &&
    expr.left.object.type === 'Identifier' &&
    expr.left.object.name === 'module' &&
    expr.left.property.type === 'Identifier' &&
    expr.left.property.name === 'exports'
  );
}
