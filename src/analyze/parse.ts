// One parser for every file routeshift reads: @babel/parser, driven through jscodeshift/recast
// so that printing keeps untouched code byte for byte.

import { parse as babelParse, type ParserPlugin } from '@babel/parser';
import jscodeshift, { type Collection, type JSCodeshift } from 'jscodeshift';
import './fast-find';
import type { Diagnostic } from '../types';

const COMMON_PLUGINS: ParserPlugin[] = [
  'decorators-legacy',
  'classProperties',
  'classPrivateProperties',
  'classPrivateMethods',
  'exportDefaultFrom',
  'importAttributes',
  'explicitResourceManagement',
];

function pluginsFor(file: string): ParserPlugin[] {
  if (/\.tsx$/.test(file)) return ['typescript', 'jsx', ...COMMON_PLUGINS];
  if (/\.(ts|mts|cts)$/.test(file)) return ['typescript', ...COMMON_PLUGINS];
  return ['jsx', ...COMMON_PLUGINS];
}

function babelOptions(file: string) {
  return {
    sourceType: 'unambiguous' as const,
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    startLine: 1,
    tokens: true,
    errorRecovery: false,
    plugins: pluginsFor(file),
  };
}

// one jscodeshift API per parser flavour: building one (withParser) costs as much as parsing a small file
const apis = new Map<string, JSCodeshift>();

/** The jscodeshift API bound to the right parser for `file`. */
export function jFor(file: string): JSCodeshift {
  const flavour = /\.tsx$/.test(file) ? 'tsx' : /\.(ts|mts|cts)$/.test(file) ? 'ts' : 'js';
  let j = apis.get(flavour);
  if (!j) {
    const options = babelOptions(file);
    apis.set(flavour, (j = jscodeshift.withParser({ parse: (source: string) => babelParse(source, options) })));
  }
  return j;
}

export class SourceParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parse `source` of `file` into a jscodeshift collection; throws SourceParseError with a position. */
export function parseSource(file: string, source: string): { j: JSCodeshift; root: Collection } {
  const j = jFor(file);
  let root: Collection;
  try {
    root = j(source);
  } catch (err) {
    const e = err as { loc?: { line: number; column: number }; message?: string };
    const line = e.loc?.line ?? 1;
    const column = (e.loc?.column ?? 0) + 1;
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new SourceParseError(file, line, column, message.split('\n')[0]);
  }
  bindBareCatches(j, root);
  return { j, root };
}

/** Parse, or record RS001 with the position in `sink` and return undefined. */
export function parseOrReport(file: string, source: string, sink: { items: Diagnostic[] }): { j: JSCodeshift; root: Collection } | undefined {
  try {
    return parseSource(file, source);
  } catch (err) {
    if (!(err instanceof SourceParseError)) throw err;
    sink.items.push({ code: 'RS001', file, line: err.line, column: err.column, message: err.message });
    return undefined;
  }
}

/**
 * ast-types' scope scanner fails on `catch {` (no binding). While routeshift works on a file such a
 * clause carries a placeholder binding; `printSource` takes it away again.
 */
export const CATCH_PLACEHOLDER = '__routeshiftCatch';

function bindBareCatches(j: JSCodeshift, root: Collection): void {
  root.find(j.CatchClause).forEach((p) => {
    if (!p.value.param) p.value.param = j.identifier(CATCH_PLACEHOLDER);
  });
}

/** Print a node of a parsed file (bare catch clauses restored). */
export function printSource(j: JSCodeshift, root: Collection, node: any, options: { quote: 'single' | 'double'; tabWidth?: number }): string {
  root.find(j.CatchClause).forEach((p) => {
    const param: any = p.value.param;
    if (param?.type === 'Identifier' && param.name === CATCH_PLACEHOLDER) p.value.param = null;
  });
  // recast reprints a program whose body changed with a stray `;` after a 'use strict' directive
  return j(node)
    .toSource(options)
    .replace(/^((['"])use strict\2);;/m, '$1;');
}

/**
 * How a file writes code, for what routeshift prints into it: its quotes (the majority of its module
 * specifiers) and its indent (the smallest one of its code lines, doc comment lines aside; recast would
 * otherwise guess it from every line, ` * ` included).
 */
export function printStyle(source: string): { quote: 'single' | 'double'; tabWidth: number } {
  const double = (source.match(/from "|require\("/g) ?? []).length > (source.match(/from '|require\('/g) ?? []).length;
  const widths = source
    .split('\n')
    .filter((line) => /^ +[^ *]/.test(line))
    .map((line) => line.length - line.trimStart().length);
  return { quote: double ? 'double' : 'single', tabWidth: widths.length ? Math.min(...widths) : 2 };
}
