// The functions of one module that migrated Express routes run — controllers, guards, the error
// handler — rewritten into the pipeline's form (src/rewrite/express-function.ts). Pure: source in,
// module text out. The rest of the module stays as it is, byte for byte.
//   exports.getUser = (req, res) => { … res.json(user) }
//   →  exports.getUser = (request, context) => { … return expressJson(user) }
// The planner writes the result over the module when only migrated routes used it, or beside it as
// `<name>.app.js` when Express still does.

import { lineTerminatorOf, parseOrReport, printSource, printStyle } from '../src/analyze/parse';
import { isReference } from '../src/analyze/references';
import { DiagnosticSink } from '../src/diagnostics/sink';
import { codeStatement, createContext, type RewriteContext } from '../src/rewrite/context';
import { rewritePipelineFunction, type PipelineRole } from '../src/rewrite/express-function';
import { removeExpressImports } from '../src/rewrite/express-imports';
import { relativeSpecifier } from '../src/rewrite/import-specifiers';
import { addImports } from '../src/rewrite/route-module';
import type { Diagnostic, NextMajor } from '../src/types';

export interface PipelineModuleInput {
  path: string;
  source: string;
  /** Where the result is written: the module itself, or its `.app` copy. */
  targetPath: string;
  /** The functions to rewrite, by their node's start offset in `source`. */
  functions: Array<{ start: number; role: PipelineRole }>;
  /** Project-relative path, without extension, of the Express helper module ('app/_lib/express-api'). */
  runtimeModule: string;
  next: NextMajor;
}

export interface PipelineModuleResult {
  output?: string;
  /** Start offsets of the functions that could not be rewritten, with why. */
  failed: Map<number, Diagnostic[]>;
  diagnostics: Diagnostic[];
}

const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|ObjectMethod)$/;

export function transformPipelineModule(input: PipelineModuleInput): PipelineModuleResult {
  const sink = new DiagnosticSink(input.path);
  const failed = new Map<number, Diagnostic[]>();
  const parsed = parseOrReport(input.path, input.source, sink);
  if (!parsed) {
    for (const f of input.functions) failed.set(f.start, sink.items);
    return { failed, diagnostics: sink.items };
  }
  const { j, root } = parsed;
  const program = root.find(j.Program).paths()[0].value;
  const taken = new Set<string>();
  root.find(j.Identifier).forEach((p: any) => void (isReference(p) && taken.add(p.value.name)));
  const ctx = pipelineContext(j, root, sink, input, taken);
  const byStart = new Map<number, any>();
  root.find(j.Node).forEach((p: any) => void (FUNCTION.test(p.value.type) && !byStart.has(p.value.start) && byStart.set(p.value.start, p)));
  for (const f of input.functions) {
    // each function reports into a sink of its own: one that cannot be rewritten does not stop the others
    const own = (ctx.sink = new DiagnosticSink(input.path));
    const fn = byStart.get(f.start);
    if (!fn) own.add('RS607', program, `no function at offset ${f.start}`);
    else rewritePipelineFunction(ctx, fn, f.role);
    sink.items.push(...own.items);
    if (own.blocks()) failed.set(f.start, own.items);
  }
  ctx.sink = sink;
  if (failed.size) return { failed, diagnostics: sink.items };
  // the rewritten functions' Express types went with their parameters
  const before = sink.items.length;
  removeExpressImports(ctx);
  if (sink.items.slice(before).some((d) => d.code === 'RS306')) {
    for (const f of input.functions) failed.set(f.start, sink.items.slice(before));
    return { failed, diagnostics: sink.items };
  }
  const beforeImports = sink.items.length;
  addModuleImports(ctx, input);
  if (sink.items.length > beforeImports) {
    for (const f of input.functions) failed.set(f.start, sink.items.slice(beforeImports));
    return { failed, diagnostics: sink.items };
  }
  const text = printSource(j, root, program, printStyle(input.source));
  const eol = lineTerminatorOf(input.source);
  return { output: text.endsWith(eol) ? text : text + eol, failed, diagnostics: sink.items };
}

export function pipelineContext(j: any, root: any, sink: DiagnosticSink, input: { path: string; source: string; targetPath: string; runtimeModule: string; next: NextMajor }, taken: Set<string>): RewriteContext {
  const ctx = createContext(
    {
      j,
      root,
      input: { sourcePath: input.path, source: input.source, targetPath: input.targetPath, params: [], next: input.next, runtimeModule: input.runtimeModule },
      sink,
      bodyParserDisabled: false,
      typescript: /\.tsx?$/.test(input.targetPath),
    },
    taken,
  );
  ctx.dialect = 'express';
  ctx.express = { mount: '', params: new Map(), runtimeModule: input.runtimeModule, pipeline: true };
  return ctx;
}

/** The helpers the rewritten functions use: an import in an ES module, a require in a CommonJS one. */
function addModuleImports(ctx: RewriteContext, input: PipelineModuleInput): void {
  const { j, root } = ctx;
  const body: any[] = root.find(j.Program).paths()[0].value.body;
  const esm = body.some((s) => /^(Import|Export)/.test(s.type));
  if (esm) {
    addImports(ctx);
    return;
  }
  const lines: string[] = [];
  if (ctx.runtime.size) lines.push(`const { ${[...ctx.runtime].sort().join(', ')} } = require('${relativeSpecifier(input.targetPath, input.runtimeModule)}');`);
  for (const [module, names] of ctx.imports) {
    const values = [...names].filter((n) => !n.startsWith('type '));
    if (values.length) lines.push(`const { ${values.join(', ')} } = require('${module}');`);
  }
  if (!lines.length) return;
  // after 'use strict' and the module's own requires
  let at = 0;
  body.forEach((s, i) => {
    if (s.type === 'ExpressionStatement' && s.directive) at = i + 1;
    if (s.type === 'VariableDeclaration' && s.declarations.some((d: any) => d.init?.type === 'CallExpression' && d.init.callee.name === 'require')) at = i + 1;
  });
  body.splice(at, 0, ...lines.map((line) => codeStatement(j, [line])));
}
