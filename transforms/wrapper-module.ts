// A project module of handler wrappers → its route-handler form, written beside it as `<name>.app.ts`.
// Pure: source in, result out. The legacy module stays (unmigrated routes still import it); values it
// exports besides wrappers (error classes, helpers) are imported from it, never copied, so that
// `instanceof` and shared state stay one.
//   export const withAuth = (handler: NextApiHandler) => async (req, res) => { …; return handler(req, res) }
//   →  export const withAuth = (handler: RouteHandler) => async (request: NextRequest, context: any) => { …; return await handler(request, context) }

import type { ASTPath } from 'jscodeshift';
import * as path from 'node:path';
import { lineTerminatorOf, parseOrReport, printSource } from '../src/analyze/parse';
import { isReference } from '../src/analyze/references';
import { DiagnosticSink } from '../src/diagnostics/sink';
import { codeStatement, createContext } from '../src/rewrite/context';
import { addImports, removeLegacyTypes, removeUnusedImports } from '../src/rewrite/route-module';
import { rewriteWrapper } from '../src/rewrite/wrappers';
import type { Diagnostic, NextMajor } from '../src/types';

export interface WrapperModuleInput {
  /** The legacy module, e.g. 'lib/api/with-auth.ts'. */
  sourcePath: string;
  source: string;
  next: NextMajor;
  runtimeModule: string;
}

export interface WrapperModuleResult {
  /** Where the route-handler form goes, e.g. 'lib/api/with-auth.app.ts'. */
  targetPath: string;
  output?: string;
  diagnostics: Diagnostic[];
}

/** 'lib/api/with-auth.ts' → 'lib/api/with-auth.app.ts'. */
export function appFormPath(sourcePath: string): string {
  return sourcePath.replace(/(\.[cm]?[jt]sx?)$/, '.app$1');
}

function isFunction(node: any): boolean {
  return /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node?.type ?? '');
}

// every route a wrapper wraps asks for the same form of its module: made once per module text
const made = new Map<string, { key: string; result: WrapperModuleResult }>();

export function transformWrapperModule(input: WrapperModuleInput): WrapperModuleResult {
  const key = `${input.next}\0${input.runtimeModule}\0${input.source}`;
  let hit = made.get(input.sourcePath);
  if (hit?.key !== key) {
    hit = { key, result: makeWrapperModule(input) };
    made.set(input.sourcePath, hit);
  }
  return { ...hit.result, diagnostics: [...hit.result.diagnostics] };
}

function makeWrapperModule(input: WrapperModuleInput): WrapperModuleResult {
  const targetPath = appFormPath(input.sourcePath);
  const sink = new DiagnosticSink(input.sourcePath);
  const left = (): WrapperModuleResult => ({ targetPath, diagnostics: sink.items });
  const parsed = parseOrReport(input.sourcePath, input.source, sink);
  if (!parsed) return left();
  const { j, root } = parsed;
  const taken = new Set<string>();
  root.find(j.Identifier).forEach((p) => void (isReference(p) && taken.add(p.value.name)));
  const ctx = createContext(
    {
      j,
      root,
      input: { sourcePath: input.sourcePath, source: input.source, targetPath, params: [], next: input.next, runtimeModule: input.runtimeModule },
      sink,
      bodyParserDisabled: false,
      typescript: /\.tsx?$/.test(input.sourcePath),
    },
    taken,
  );

  const body: any[] = root.find(j.Program).paths()[0].value.body;
  const program = root.find(j.Program).paths()[0];
  const borrowed: string[] = []; // exported values that stay in the legacy module
  for (let i = 0; i < body.length; i++) {
    const stmt = body[i];
    const stmtPath: ASTPath<any> = program.get('body', i);
    if (stmt.type === 'ExportDefaultDeclaration' && isFunction(stmt.declaration)) {
      rewriteWrapper(ctx, stmtPath.get('declaration'), stmt.declaration.id?.name ?? 'default');
      continue;
    }
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    const decl = stmt.declaration;
    if (!decl) continue;
    if (decl.type === 'FunctionDeclaration' && looksLikeWrapper(decl)) {
      rewriteWrapper(ctx, stmtPath.get('declaration'), decl.id.name);
      continue;
    }
    if (decl.type === 'VariableDeclaration' && decl.declarations.length === 1 && isFunction(decl.declarations[0].init) && looksLikeWrapper(decl.declarations[0].init)) {
      rewriteWrapper(ctx, stmtPath.get('declaration', 'declarations', 0, 'init'), decl.declarations[0].id.name);
      continue;
    }
    if (/^TS(TypeAlias|Interface)Declaration$/.test(decl.type)) continue; // types have no identity: copied
    // anything else (a class, a helper, a constant) is the legacy module's: import it from there
    const names = decl.type === 'VariableDeclaration' ? decl.declarations.map((d: any) => d.id.name) : [decl.id?.name];
    if (names.some((n: any) => typeof n !== 'string')) {
      sink.add('RS108', stmt, 'the module exports a value routeshift cannot name');
      continue;
    }
    borrowed.push(...names);
    body.splice(i, 1);
    i--;
  }
  if (sink.blocks()) return left();
  if (borrowed.length) {
    const legacy = './' + path.posix.basename(input.sourcePath).replace(/\.[cm]?[jt]sx?$/, '');
    const quote = (s: string) => `'${s}'`;
    const at = body.reduce((n, s, k) => (s.type === 'ImportDeclaration' ? k + 1 : n), 0);
    body.splice(at, 0, codeStatement(j, [`import { ${borrowed.join(', ')} } from ${quote(legacy)};`]), codeStatement(j, [`export { ${borrowed.join(', ')} };`]));
  }
  dropUnusedLegacyTypeAliases(ctx.j, root, body);
  removeUnusedImports(ctx);
  removeLegacyTypes(ctx);
  if (sink.blocks()) return left();
  addImports(ctx);
  if (sink.blocks()) return left();
  const eol = lineTerminatorOf(input.source);
  const header = `// Route-handler form of ./${path.posix.basename(input.sourcePath)}, written by routeshift for migrated routes.${eol}`;
  const text = printSource(j, root, root.paths()[0].value, { quote: 'single' }).replace(/^\uFEFF/, '');
  return { targetPath, output: header + (text.endsWith(eol) ? text : text + eol), diagnostics: sink.items };
}

/** `type MethodHandlers = Record<Method, NextApiHandler>` that nothing uses any more (a method map's type). */
function dropUnusedLegacyTypeAliases(j: any, root: any, body: any[]): void {
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i];
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'TSTypeAliasDeclaration' || !/NextApi(Handler|Request|Response)/.test(j(decl).toSource())) continue;
    const name = decl.id.name;
    const used = root.find(j.Identifier, { name }).filter((p: any) => p.value !== decl.id).size() > 0;
    if (!used) body.splice(i, 1);
  }
}

/** A function whose first parameter is called like a handler: `(handler) => (req, res) => …`. */
function looksLikeWrapper(fn: any): boolean {
  const body = fn.body;
  if (isFunction(body)) return true;
  const last = body?.body?.[body.body.length - 1];
  return last?.type === 'ReturnStatement' && isFunction(last.argument);
}
