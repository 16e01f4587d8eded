// pages/api handler → App Router route handler, for one file. Pure: source in, result out.
//   export default function handler(req, res) { if (req.method === 'GET') res.json(list) }
//   →  export function GET() { return NextResponse.json(list) }
// The steps: find the handler → read its dispatch → shape the route functions → rewrite req/res in
// each → give them route signatures → module edits (config, types, imports, moved exports, paths).

import { findHandler, type FoundHandler, type HandlerFunction } from '../src/analyze/find-handler';
import { planDispatch, type DispatchPlan } from '../src/analyze/method-dispatch';
import { lineTerminatorOf, parseRouteOrReport, parseSource, printSource } from '../src/analyze/parse';
import { isReference, paramReferences } from '../src/analyze/references';
import { DiagnosticSink } from '../src/diagnostics/sink';
import { allocateName, codeStatement, createContext, freshCopy, type RewriteContext } from '../src/rewrite/context';
import { repathRelative, rewriteModuleSpecifiers } from '../src/rewrite/import-specifiers';
import { findFunctionPath, paramNames, programBody, rewriteLocalRouteFunction } from '../src/rewrite/local-functions';
import { desugarMethodLookup } from '../src/rewrite/method-lookup';
import { moveExtraExports } from '../src/rewrite/move-exports';
import { shapeConnectRouter } from '../src/rewrite/next-connect';
import { expandReqDestructuring } from '../src/rewrite/rewrite-request';
import { isSendStatement } from '../src/rewrite/rewrite-response';
import { rewriteRouteFunction } from '../src/rewrite/route-function';
import { addImports, mentions, patternNames, removeLegacyTypes, removeUnusedImports } from '../src/rewrite/route-module';
import { readConfig, writeSegmentConfig } from '../src/rewrite/segment-config';
import { ALL_METHODS, type HttpMethod, type PagesRouteInput, type TransformResult } from '../src/types';
import { detachWrappers, libraryWrapperValue, migrateWrappers, shapeMethodMap } from './wrapped-route';

export function transformPagesRoute(input: PagesRouteInput): TransformResult {
  const sink = new DiagnosticSink(input.sourcePath);
  const finish = (status: TransformResult['status'], extra: Partial<TransformResult> = {}): TransformResult => ({
    status,
    extraFiles: [],
    movedExports: {},
    methods: [],
    needsRuntime: false,
    diagnostics: sink.items,
    ...extra,
  });
  const parsed = parseRouteOrReport(input.sourcePath, input.source, sink);
  if (!parsed) return finish('left');
  const { j, root } = parsed;
  let found = findHandler(j, root, sink);
  // export default withAuth(handler): take the wrappers off, migrate the handler, put them back
  const methodMap = found?.kind === 'wrapped' && found.methodMap ? found : undefined;
  const wrapping = found?.kind === 'wrapped' ? detachWrappers(j, found) : undefined;
  if (wrapping && !methodMap) found = findHandler(j, root, sink);
  if (found?.kind === 'reexport') return migrateReexported(input, found, sink, finish);
  if (!found || (found.kind === 'wrapped' && !methodMap)) return finish(sink.items.some((d) => d.code === 'RS002') ? 'not-a-route' : 'left');

  const config = readConfig(j, root, sink);
  const ctx = createContext(
    { j, root, input, sink, bodyParserDisabled: config.bodyParserDisabled, typescript: /\.tsx?$/.test(input.targetPath) },
    takenNames(root, j, found),
  );

  if (wrapping) ctx.wrapperValue = libraryWrapperValue(ctx, wrapping);
  const methods =
    config.edge ? shapeEdge(ctx, found) :
    found.kind === 'wrapped' ? shapeMethodMap(ctx, wrapping!) :
    found.kind === 'next-auth' ? shapeNextAuth(ctx, found) :
    found.kind === 'next-connect' ? shapeConnectRouter(ctx, found.router) :
    shapeHandler(ctx, found);
  if (!methods || sink.blocks()) return finish('left');
  const wrapperFiles = wrapping ? migrateWrappers(ctx, wrapping) : [];
  if (sink.blocks()) return finish('left');

  writeSegmentConfig(j, config);
  if (input.next === 14 && methods.includes('GET')) addForceDynamic(ctx);
  removeUnusedImports(ctx);
  removeLegacyTypes(ctx);
  if (sink.blocks()) return finish('left');
  // re-path the file's own imports first: the imports added next are already relative to the target
  rewriteModuleSpecifiers(j, root, (spec) => repathRelative(spec, input.sourcePath, input.targetPath));
  addImports(ctx);

  const print = (node: any) => ensureNewline(printSource(j, root, node, { quote: quoteStyle(input.source) }), lineTerminatorOf(input.source));
  const moved = moveExtraExports(ctx, print);
  if (sink.blocks()) return finish('left');

  const movedExports: Record<string, string> = {};
  for (const name of moved?.moved ?? []) movedExports[name] = moved!.file.path.replace(/\.[jt]s$/, '');
  return finish('migrated', {
    output: print(root.paths()[0].value),
    extraFiles: [...(moved ? [moved.file] : []), ...wrapperFiles],
    movedExports,
    methods,
    needsRuntime: ctx.runtime.size > 0,
  });
}

/**
 * `export { default } from './features/x/handler'`: the handler is migrated where it lives when
 * only this route imports its module; the route file re-exports its methods.
 *   app/api/x/route.ts:  export { GET, POST } from '../../../features/x/handler';
 */
function migrateReexported(
  input: PagesRouteInput,
  found: Extract<FoundHandler, { kind: 'reexport' }>,
  sink: DiagnosticSink,
  finish: (status: TransformResult['status'], extra?: Partial<TransformResult>) => TransformResult,
): TransformResult {
  const at = found.statement.value;
  const file = input.resolveModule?.(found.specifier);
  if (!file) {
    sink.add('RS104', at, `the handler is re-exported from '${found.specifier}', which is not a module of the project`);
    return finish('left');
  }
  const others = (input.importersOf?.(file.path) ?? []).filter((p) => p !== input.sourcePath);
  if (others.length) {
    sink.add('RS104', at, `the handler's module ${file.path} is also imported by ${others.slice(0, 3).join(', ')}`);
    return finish('left');
  }
  const inner = transformPagesRoute({ ...input, sourcePath: file.path, source: file.source, targetPath: file.path, resolveModule: input.resolveModule && ((spec) => input.resolveModule!(spec, file.path)) });
  sink.items.push(...inner.diagnostics);
  if (inner.status !== 'migrated' || !inner.output) {
    sink.add('RS104', at, `the handler in ${file.path} cannot be migrated (see its diagnostics)`);
    return finish('left');
  }
  // segment config must be written in route.ts itself: it moves from the module to the route
  const { module, config } = splitSegmentConfig(file.path, inner.output);
  if (config.length && !found.names.includes('config')) {
    sink.add('RS104', at, `${file.path} has a config the route did not re-export`);
    return finish('left');
  }
  const specifier = found.specifier.startsWith('.') ? repathRelative(found.specifier, input.sourcePath, input.targetPath) ?? found.specifier : found.specifier;
  const quote = quoteStyle(input.source) === 'double' ? '"' : "'";
  const eol = lineTerminatorOf(input.source);
  const output = [...config, `export { ${inner.methods.join(', ')} } from ${quote}${specifier}${quote};`].join(eol) + eol;
  return finish('migrated', {
    output,
    extraFiles: [{ path: file.path, source: module, before: file.source }, ...inner.extraFiles],
    movedExports: inner.movedExports,
    methods: inner.methods,
    needsRuntime: inner.needsRuntime,
  });
}

const SEGMENT_CONFIG = new Set(['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration']);

/** Take `export const maxDuration = 30`-style statements out of a migrated module's text. */
function splitSegmentConfig(file: string, text: string): { module: string; config: string[] } {
  const { j, root } = parseSource(file, text);
  const config: string[] = [];
  root.find(j.ExportNamedDeclaration).forEach((p: any) => {
    const decl = p.value.declaration;
    if (p.parent.value.type !== 'Program' || decl?.type !== 'VariableDeclaration' || decl.declarations.length !== 1 || !SEGMENT_CONFIG.has(decl.declarations[0].id.name)) return;
    config.push(j(p.value).toSource());
    p.prune();
  });
  if (!config.length) return { module: text, config };
  return { module: ensureNewline(printSource(j, root, root.paths()[0].value, { quote: quoteStyle(text) }), lineTerminatorOf(text)), config };
}








function ensureNewline(text: string, eol = '\n'): string {
  return text.endsWith(eol) ? text : text + eol;
}

function quoteStyle(source: string): 'single' | 'double' {
  const single = (source.match(/from '|require\('/g) ?? []).length;
  const double = (source.match(/from "|require\("/g) ?? []).length;
  return double > single ? 'double' : 'single';
}

/** Every identifier name the file uses, except the handler's req/res (those bindings go away). */
function takenNames(root: any, j: any, found: FoundHandler): Set<string> {
  const taken = new Set<string>();
  root.find(j.Identifier).forEach((p: any) => {
    if (isReference(p)) taken.add(p.value.name);
  });
  if (found.kind === 'function') {
    for (const param of found.fn.value.params.slice(0, 2)) if (param.type === 'Identifier') taken.delete(param.name);
  }
  return taken;
}

/** Next 14 prerenders a GET handler that does not read the request: keep it per-request. */
function addForceDynamic(ctx: RewriteContext): void {
  const { j, root } = ctx;
  const body: any[] = root.find(j.Program).paths()[0].value.body;
  if (body.some((s) => s.type === 'ExportNamedDeclaration' && s.declaration?.declarations?.[0]?.id?.name === 'dynamic')) return;
  const at = body.findIndex((s) => s.type === 'ExportNamedDeclaration');
  const decl = j.exportNamedDeclaration(j.variableDeclaration('const', [j.variableDeclarator(j.identifier('dynamic'), j.stringLiteral('force-dynamic'))]));
  body.splice(at === -1 ? body.length : at, 0, decl);
}

//   export default NextAuth(authOptions)   →   const handler = NextAuth(authOptions); export { handler as GET, handler as POST }
function shapeNextAuth(ctx: RewriteContext, found: Extract<FoundHandler, { kind: 'next-auth' }>): HttpMethod[] {
  const { j, root } = ctx;
  const body: any[] = root.find(j.Program).paths()[0].value.body;
  const [exportStmt] = found.exportStatements;
  const declared = found.exportStatements[1];
  let name: string;
  if (declared) {
    name = declared.value.declarations[0].id.name;
    exportStmt.prune();
  } else {
    name = allocateName(new Set(ctx.names ? Object.values(ctx.names) : []), 'handler');
    const decl = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), found.call)]);
    exportStmt.replace(decl);
  }
  body.push(exportList(ctx, name, ['GET', 'POST']));
  return ['GET', 'POST'];
}

function exportList(ctx: RewriteContext, local: string, methods: HttpMethod[]): any {
  const { j } = ctx;
  return j.exportNamedDeclaration(null, methods.map((m) => j.exportSpecifier.from({ local: j.identifier(local), exported: j.identifier(m) })));
}

/**
 * An edge API route already takes a Request and returns a Response: it is exported as it is.
 * Its dynamic segments were in the URL's query; in app/ they are not, so such routes stay.
 */
function shapeEdge(ctx: RewriteContext, found: FoundHandler): HttpMethod[] | undefined {
  if (found.kind !== 'function' || ctx.input.params.length > 0 || found.fn.value.params.length > 1) {
    ctx.sink.add('RS401', found.kind === 'function' ? found.fn.value : ctx.root.paths()[0].value, 'an edge API route with dynamic segments or a shape other than (req: Request) => Response');
    return undefined;
  }
  const methods = shapeShared(ctx, found, ALL_METHODS, {}, false, false);
  // its parameter is a Request already; it takes the name route handlers use
  const fn = methods && findFunctionPath(ctx, programBody(ctx).flatMap((s: any) => (s.type === 'ExportNamedDeclaration' && !s.declaration ? s.specifiers.map((x: any) => x.local.name) : []))[0]);
  const [param] = fn?.value.params ?? [];
  if (fn && param?.type === 'Identifier' && param.name !== ctx.names.request) {
    for (const ref of paramReferences(ctx.j, fn, param.name)) ref.replace(ctx.j.identifier(ctx.names.request));
    param.name = ctx.names.request;
  }
  return methods;
}


/** Shape the route functions of an ordinary handler; returns the exported methods. */
function shapeHandler(ctx: RewriteContext, found: HandlerFunction): HttpMethod[] | undefined {
  const { j, sink } = ctx;
  const fn = found.fn;
  // a generator's body never ran (pages called it and got an iterator); without `res` a handler never answered
  if (fn.value.generator) {
    sink.add('RS102', fn.value, 'the default export is a generator function, not a (req, res) handler');
    return undefined;
  }
  if (fn.value.params.length < 2) {
    sink.add('RS105', fn.value, `the default export takes ${fn.value.params.length ? 'only one parameter' : 'no parameters'}, not (req, res): it never answered a request`);
    return undefined;
  }
  if (fn.value.body.type !== 'BlockStatement') fn.value.body = j.blockStatement([j.returnStatement(fn.value.body)]);
  const names = paramNames(ctx, fn.value);
  if (!names) return undefined;
  if (names.req) expandReqDestructuring(ctx, fn, names.req);
  if (names.req && names.res) desugarMethodLookup(ctx, fn, names as { req: string; res: string });
  const plan = planDispatch(fn, names.req ?? '\0', (s) => isSendStatement(s, names.res), sink);
  if (!plan || sink.blocks()) return undefined;
  return plan.shape === 'split' ? shapeSplit(ctx, found, plan, names) : shapeShared(ctx, found, plan.methods, names, plan.hasMethodCheck);
}





function shapeShared(ctx: RewriteContext, found: HandlerFunction, methods: HttpMethod[], names: { req?: string; res?: string }, hasMethodCheck: boolean, rewrite = true): HttpMethod[] | undefined {
  const { j } = ctx;
  const body = programBody(ctx);
  const fnNode = found.fn.value;
  const wasAsync = !!fnNode.async;
  // make the handler a plain declaration named `handler`, not a default export
  let local = found.name;
  const [exportStmt] = found.exportStatements;
  if (exportStmt.value === found.declaration.value) {
    local = local ?? allocateName(new Set(Object.values(ctx.names)), 'handler');
    if (fnNode.type === 'FunctionDeclaration' || fnNode.type === 'FunctionExpression') {
      const decl = j.functionDeclaration(j.identifier(local), fnNode.params, fnNode.body);
      Object.assign(decl, { async: fnNode.async, generator: false, comments: exportStmt.value.comments });
      exportStmt.replace(decl);
    } else {
      const decl = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(local), fnNode)]);
      (decl as any).comments = exportStmt.value.comments;
      exportStmt.replace(decl);
    }
    for (const s of found.exportStatements.slice(1)) s.prune();
  } else {
    for (const s of found.exportStatements) s.prune();
    clearHandlerAnnotation(found);
  }
  const exportStatement = exportList(ctx, local!, methods);
  body.push(exportStatement);
  if (hasMethodCheck) ctx.sink.add('RS502', fnNode, 'methods the handler does not test for now answer 405 before its shared code runs');

  // re-find the handler function in the new tree and rewrite it
  const fnPath = findFunctionPath(ctx, local!);
  if (!fnPath) return undefined;
  if (rewrite) rewriteRouteFunction(ctx, fnPath, names, wasAsync);
  // a cors middleware answered preflights before the handler's own code: OPTIONS reaches it too
  if (mentions(fnPath.value.body, 'runLegacyMiddleware') && !methods.includes('OPTIONS')) {
    exportStatement.specifiers.push(ctx.j.exportSpecifier.from({ local: ctx.j.identifier(local!), exported: ctx.j.identifier('OPTIONS') }));
    return [...methods, 'OPTIONS'];
  }
  return methods;
}

function clearHandlerAnnotation(found: HandlerFunction): void {
  const decl = found.declaration.value;
  const declarations = decl.type === 'VariableDeclaration' ? decl.declarations : decl.declaration?.declarations;
  for (const d of declarations ?? []) if (d.id.typeAnnotation) d.id.typeAnnotation = null;
}


/** A branch that only hands over: `return getItems(req, res)` → the local function getItems. */
function delegateOf(statements: any[], names: { req?: string; res?: string }): string | undefined {
  if (statements.length !== 1 && !(statements.length === 2 && statements[1].type === 'ReturnStatement' && !statements[1].argument)) return undefined;
  let e = statements[0].type === 'ReturnStatement' ? statements[0].argument : statements[0].type === 'ExpressionStatement' ? statements[0].expression : undefined;
  if (e?.type === 'AwaitExpression') e = e.argument;
  if (!e || e.type !== 'CallExpression' || e.callee.type !== 'Identifier') return undefined;
  const args = e.arguments.map((a: any) => (a.type === 'Identifier' ? a.name : '\0'));
  const expected = [names.req, names.res].filter(Boolean);
  if (args.length !== expected.length || args.some((a: string, i: number) => a !== expected[i])) return undefined;
  return e.callee.name;
}

function shapeSplit(ctx: RewriteContext, found: HandlerFunction, plan: Extract<DispatchPlan, { shape: 'split' }>, names: { req?: string; res?: string }): HttpMethod[] | undefined {
  const { j, sink } = ctx;
  const body = programBody(ctx);
  const fnNode = found.fn.value;
  const at = body.indexOf(found.declaration.value);
  const created: any[] = [];
  const delegated = new Map<string, HttpMethod[]>();
  const exported: HttpMethod[] = [];
  const params = () => fnNode.params.slice(0, 2).map((p: any) => j.identifier(p.name));

  for (const branch of plan.branches) {
    const [first, ...others] = branch.methods;
    exported.push(...branch.methods);
    const target = delegateOf(branch.statements, names);
    if (target && isLocalFunction(ctx, target) && !isUsedOutside(ctx, target, found)) {
      delegated.set(target, [...(delegated.get(target) ?? []), ...branch.methods]);
      continue;
    }
    const copies = plan.copyable.filter((decl) => decl.declarations.some((d: any) => mentionsPattern(d.id, branch.statements)));
    // a branch that declares a name the shared code declares too (its block shadowed it): it keeps its block
    const shadows = copies.flatMap((d: any) => d.declarations.flatMap((x: any) => patternNames(x.id))).some((name: string) => branch.statements.some((st: any) => declaredNames(st).includes(name)));
    const statements = shadows ? [j.blockStatement(branch.statements)] : branch.statements;
    const fnDecl = j.functionDeclaration(j.identifier(first), params(), j.blockStatement([...copies.map(freshCopy), ...statements]));
    fnDecl.async = !!fnNode.async;
    const exportDecl = j.exportNamedDeclaration(fnDecl);
    if (created.length === 0 && found.declaration.value.comments) (exportDecl as any).comments = found.declaration.value.comments;
    created.push(exportDecl);
    if (others.length) created.push(exportList(ctx, first, others));
  }
  if (plan.fallbackDropped) sink.add('RS501', plan.fallbackAt, 'the legacy 405 fallback was dropped');

  // replace the handler (and its export statements) with the method functions
  for (const s of found.exportStatements) if (s.value !== found.declaration.value) s.prune();
  if (delegated.size > 0) {
    const specifiers = [...delegated].flatMap(([name, methods]) => methods.map((m) => `${name} as ${m}`));
    created.push(codeStatement(j, [`export { ${specifiers.join(', ')} };`]));
  }
  const index = body.indexOf(found.declaration.value);
  body.splice(index === -1 ? at : index, 1, ...created);

  for (const stmt of created) {
    if (stmt.declaration?.type !== 'FunctionDeclaration') continue;
    const p = findFunctionPath(ctx, stmt.declaration.id.name);
    if (p) rewriteRouteFunction(ctx, p, names, !!fnNode.async);
  }
  for (const name of delegated.keys()) if (!rewriteLocalRouteFunction(ctx, name)) return undefined;
  return exported;
}


function isLocalFunction(ctx: RewriteContext, name: string): boolean {
  return !!findFunctionPath(ctx, name);
}

/** Is a delegate referenced anywhere but in the handler's dispatch calls? */
function isUsedOutside(ctx: RewriteContext, name: string, found: HandlerFunction): boolean {
  const { j, root } = ctx;
  let outside = false;
  root.find(j.Identifier, { name }).forEach((p) => {
    const parent = p.parent.value;
    if (parent.type === 'FunctionDeclaration' && parent.id === p.value) return;
    if (parent.type === 'VariableDeclarator' && parent.id === p.value) return;
    let cur = p.parent;
    while (cur && cur.value !== found.fn.value) cur = cur.parent;
    if (!cur || parent.type !== 'CallExpression') outside = true;
  });
  return outside;
}

function mentionsPattern(pattern: any, statements: any[]): boolean {
  const declared: string[] = [];
  const collect = (n: any) => {
    if (!n) return;
    if (n.type === 'Identifier') declared.push(n.name);
    else if (n.type === 'ObjectPattern') n.properties.forEach((p: any) => collect(p.value ?? p.argument));
  };
  collect(pattern);
  return declared.some((name) => statements.some((s) => mentions(s, name)));
}

/** Names a statement declares in the block it stands in. */
function declaredNames(statement: any): string[] {
  if (statement.type === 'VariableDeclaration') return statement.declarations.flatMap((d: any) => patternNames(d.id));
  if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) return [statement.id.name];
  return [];
}
