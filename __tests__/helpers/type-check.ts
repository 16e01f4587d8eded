// TypeScript outputs checked as a Next project would check them: strict, DOM and Node types, next/server
// from the repository's own Next. Returns one line per problem.

import path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** Problems of `files`, but `ignore` (by TS code: what a test's half-written project cannot resolve); paths relative to `root`. */
export function typeProblems(files: string[], root: string, ignore: number[] = []): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    baseUrl: ROOT,
    paths: { 'next/server': [path.join(ROOT, 'node_modules', 'next', 'server')] },
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !ignore.includes(d.code))
    .map((d) => `${d.file ? path.relative(root, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
