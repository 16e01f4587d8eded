// One Express handler → one route function: the seed of the Express transform. Pure: source in, result out.
//   export default (req, res) => { res.status(201).json(store.add(req.body)) }
//   →  export async function POST(request: NextRequest) { const body = await expressBody(request); …; return expressJson(store.add(body), { status: 201 }) }
// The module's default export is the handler; the rest of the module stays. req/res are rewritten by
// the route-function pipeline in its Express dialect (express-request.ts, express-response.ts).

import { lineTerminatorOf, parseOrReport, printSource, printStyle } from '../src/analyze/parse';
import { isReference } from '../src/analyze/references';
import { DiagnosticSink } from '../src/diagnostics/sink';
import type { ExpressParam } from '../src/plan/express-paths';
import { createContext } from '../src/rewrite/context';
import { rewriteNextCalls } from '../src/rewrite/express-response';
import { repathRelative, rewriteModuleSpecifiers } from '../src/rewrite/import-specifiers';
import { expandReqDestructuring } from '../src/rewrite/rewrite-request';
import { rewriteRouteFunction } from '../src/rewrite/route-function';
import { addImports, removeUnusedImports } from '../src/rewrite/route-module';
import { removeExpressImports } from '../src/rewrite/express-imports';
import type { Diagnostic, HttpMethod, NextMajor } from '../src/types';

export interface ExpressHandlerInput {
  /** The module whose default export is the handler ('routes/items/get-item.ts'). */
  sourcePath: string;
  source: string;
  /** Where the route function goes ('app/api/items/[id]/route.ts'). */
  targetPath: string;
  /** The method the route function is exported as. */
  method: HttpMethod;
  /** The route's params (mapExpressPath), each with how legacy `req.params[legacyName]` is rebuilt. */
  params: ExpressParam[];
  /** The static prefix the router is mounted at ('/api/items'); req.path and req.url are relative to it. '' at the app. */
  mount: string;
  next: NextMajor;
  /** Project-relative path, without extension, of the Express helper module ('app/_lib/express-api'). */
  runtimeModule: string;
}

export interface ExpressHandlerResult {
  status: 'migrated' | 'left';
  /** The route module's text (status 'migrated'). */
  output?: string;
  diagnostics: Diagnostic[];
}

export function transformExpressHandler(input: ExpressHandlerInput): ExpressHandlerResult {
  const sink = new DiagnosticSink(input.sourcePath);
  const left = (): ExpressHandlerResult => ({ status: 'left', diagnostics: sink.items });
  const parsed = parseOrReport(input.sourcePath, input.source, sink);
  if (!parsed) return left();
  const { j, root } = parsed;
  const program = root.find(j.Program).paths()[0].value;
  const exported = root.find(j.ExportDefaultDeclaration).filter((p: any) => /^(ArrowFunctionExpression|FunctionExpression|FunctionDeclaration)$/.test(p.value.declaration.type));
  if (exported.size() !== 1) {
    sink.add('RS102', root.find(j.ExportDefaultDeclaration).nodes()[0] ?? program, 'the default export is not an Express handler `(req, res) => …`');
    return left();
  }
  const statement: any = exported.paths()[0];
  const handler: any = statement.value.declaration;
  const [req, res, next, ...rest] = handler.params;
  if (rest.length || [req, res, next].some((p) => p && p.type !== 'Identifier')) {
    sink.add('RS105', handler, 'the handler does not take plain (req, res[, next]) parameters');
    return left();
  }

  // export default (req, res) => …   →   export function GET(req, res) { … }
  const body = handler.body.type === 'BlockStatement' ? handler.body : j.blockStatement([j.returnStatement(handler.body)]);
  const fnDecl = j.functionDeclaration(j.identifier(input.method), handler.params, body);
  fnDecl.async = !!handler.async;
  const exportDecl = j.exportNamedDeclaration(fnDecl);
  (exportDecl as any).comments = statement.value.comments;
  statement.replace(exportDecl);

  const taken = new Set<string>();
  root.find(j.Identifier).forEach((p: any) => void (isReference(p) && taken.add(p.value.name)));
  for (const param of [req, res]) if (param) taken.delete(param.name);
  const ctx = createContext(
    {
      j,
      root,
      input: { sourcePath: input.sourcePath, source: input.source, targetPath: input.targetPath, params: input.params, next: input.next, runtimeModule: input.runtimeModule },
      sink,
      bodyParserDisabled: false,
      typescript: /\.tsx?$/.test(input.targetPath),
    },
    taken,
  );
  ctx.dialect = 'express';
  ctx.express = { mount: input.mount, params: new Map(input.params.map((p) => [p.legacyName, { name: p.name, form: p.form }])), runtimeModule: input.runtimeModule };

  const fn = root.find(j.FunctionDeclaration, { id: { name: input.method } }).filter((p: any) => p.value === fnDecl).paths()[0];
  if (req) expandReqDestructuring(ctx, fn, req.name);
  if (next) rewriteNextCalls(ctx, fn, next.name, res?.name);
  if (sink.blocks()) return left();
  rewriteRouteFunction(ctx, fn, { req: req?.name, res: res?.name }, !!handler.async);
  if (sink.blocks()) return left();
  removeUnusedImports(ctx);
  removeExpressImports(ctx);
  if (sink.blocks()) return left();
  rewriteModuleSpecifiers(j, root, (spec) => repathRelative(spec, input.sourcePath, input.targetPath));
  addImports(ctx);
  if (sink.blocks()) return left();
  const text = printSource(j, root, program, printStyle(input.source));
  const eol = lineTerminatorOf(input.source);
  return { status: 'migrated', output: text.endsWith(eol) ? text : text + eol, diagnostics: sink.items };
}
