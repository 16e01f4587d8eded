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

/** A .js-family file that says it is Flow (an `@flow` comment). */
function isFlow(file: string, source: string): boolean {
  // anywhere, not only before the code: a migrated file has its imports above the pragma
  return /\.(js|jsx|mjs|cjs)$/.test(file) && /(?:\/\/|\/\*|^\s*\*)[^\n]*@flow\b/m.test(source);
}

type Flavour = 'tsx' | 'ts' | 'js' | 'flow';

function flavourOf(file: string, source?: string): Flavour {
  if (/\.tsx$/.test(file)) return 'tsx';
  if (/\.(ts|mts|cts)$/.test(file)) return 'ts';
  return source !== undefined && isFlow(file, source) ? 'flow' : 'js';
}

function pluginsFor(flavour: Flavour): ParserPlugin[] {
  if (flavour === 'tsx') return ['typescript', 'jsx', ...COMMON_PLUGINS];
  if (flavour === 'ts') return ['typescript', ...COMMON_PLUGINS];
  if (flavour === 'flow') return ['flow', 'jsx', ...COMMON_PLUGINS];
  return ['jsx', ...COMMON_PLUGINS];
}

function babelOptions(flavour: Flavour) {
  return {
    sourceType: 'unambiguous' as const,
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    startLine: 1,
    tokens: true,
    errorRecovery: false,
    plugins: pluginsFor(flavour),
  };
}

// one jscodeshift API per parser flavour: building one (withParser) costs as much as parsing a small file
const apis = new Map<Flavour, JSCodeshift>();

/** The jscodeshift API bound to the right parser for `file` (Flow syntax when `source` says `@flow`). */
export function jFor(file: string, source?: string): JSCodeshift {
  const flavour = flavourOf(file, source);
  let j = apis.get(flavour);
  if (!j) {
    const options = babelOptions(flavour);
    apis.set(flavour, (j = jscodeshift.withParser({ parse: (text: string) => babelParse(text, options) })));
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

/**
 * Deeper syntax trees are refused: every pass over a tree (recast's printer, ast-types' scopes, the
 * rewrites) recurses once per level, and Node's stack runs out somewhere past 600 levels, earlier in
 * some shapes (babel itself past ~320 nested arrow functions). Real handlers stay far below (the
 * deepest fixture, real-world ones included, is 25 levels deep).
 */
export const MAX_NESTING = 200;

/** Route files larger than this are left as they are: recast reprints about 120 kB a second. */
export const MAX_ROUTE_CHARS = 1024 * 1024;

/** 1-based line and column of `index` in `text` (\r\n, \r and \n end lines, as editors count them). */
export function positionAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m && m.index < index; m = re.exec(text)) {
    line++;
    start = m.index + m[0].length;
  }
  return { line, column: index - start + 1 };
}

/**
 * Text routeshift refuses before parsing, with where and why:
 * - U+FFFD: the file was not UTF-8 (its bytes were decoded with replacement characters); writing the
 *   text back would change every byte that did not decode;
 * - a raw U+2028/U+2029: recast splits lines there and prints a line break instead, which ends a
 *   string literal early or changes a template literal's value.
 */
function refuseText(file: string, source: string): void {
  const bad = source.search(/[\uFFFD\u2028\u2029]/);
  if (bad === -1) return;
  const { line, column } = positionAt(source, bad);
  const message =
    source[bad] === '\uFFFD'
      ? 'not valid UTF-8 (a byte sequence that does not decode, or U+FFFD): routeshift reads and writes UTF-8 only; the file was left byte for byte as it is'
      : `a raw ${source[bad] === '\u2028' ? 'U+2028 LINE' : 'U+2029 PARAGRAPH'} SEPARATOR: recast would print it as a line break; write it as an escape (\\u${source.charCodeAt(bad).toString(16)})`;
  throw new SourceParseError(file, line, column, message);
}

/** Where brackets nest deepest in `source` (strings and comments skipped): a position for a stack overflow. */
function deepestBracket(source: string): { line: number; column: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) === -1 ? source.length : source.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > max) [max, at] = [depth, i];
    } else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return positionAt(source, at);
}

/** How a file's text was laid out, for printing it back the same way (keyed by its File node). */
interface TextLayout {
  bom: boolean;
  lineTerminator: string;
  source: string;
  flavour: Flavour;
  /** The file has a template or string literal over several lines (see repairLiterals). */
  multiline: boolean;
}
const layouts = new WeakMap<object, TextLayout>();

/** The line break a file uses most: '\r\n', '\n' or '\r' ('\n' when it has none). */
export function lineTerminatorOf(source: string): string {
  const crlf = (source.match(/\r\n/g) ?? []).length;
  const lf = (source.match(/\n/g) ?? []).length - crlf;
  const cr = (source.match(/\r/g) ?? []).length - crlf;
  return crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
}

const NOT_CHILDREN = new Set(['loc', 'tokens', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'original', 'extra', 'type', 'start', 'end', 'range']);

/**
 * One pass over a parsed file: refuse trees nested deeper than MAX_NESTING, and lock the lines inside
 * multi-line template and string literals. Those lines belong to the literal's value: recast would
 * re-indent them with the code around them (a `case` body that becomes a route function moves left by
 * four columns), changing what the literal says; locked lines are printed as they were written.
 */
function checkTree(file: string, fileNode: any): boolean {
  let multiline = false;
  // recast's Lines keeps one record per line (`infos`, private to it); every slice and reprint copies
  // the record's `locked`, and indent()/indentTail() leave locked lines as they are
  const infos: any[] | undefined = fileNode.loc?.lines?.infos;
  const stack: any[] = [fileNode];
  const depths: number[] = [0];
  while (stack.length) {
    const node = stack.pop();
    const depth = depths.pop()!;
    if (depth > MAX_NESTING) {
      const at = node.loc?.start ?? { line: 1, column: 0 };
      throw new SourceParseError(file, at.line, at.column + 1, `nested more than ${MAX_NESTING} levels deep: routeshift leaves code this deep as it is`);
    }
    if ((node.type === 'TemplateLiteral' || node.type === 'StringLiteral' || node.type === 'Literal') && infos && node.loc && node.loc.end.line > node.loc.start.line) {
      multiline = true;
      for (let l = node.loc.start.line + 1; l <= node.loc.end.line; l++) if (infos[l - 1]) infos[l - 1].locked = true;
    }
    for (const key in node) {
      if (NOT_CHILDREN.has(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) {
          if (child && typeof child.type === 'string') {
            stack.push(child);
            depths.push(depth + 1);
          }
        }
      } else if (value && typeof value.type === 'string') {
        stack.push(value);
        depths.push(depth + 1);
      }
    }
  }
  return multiline;
}

const LINE_BREAK = /\r\n|\r(?!\n)|\n|\u2028|\u2029/g;
const sameLines = (a: string, b: string) => a.replace(LINE_BREAK, '\n') === b.replace(LINE_BREAK, '\n');
/** A literal's text without the whitespace that starts its lines: what re-indenting cannot change. */
const indentFree = (text: string) => text.replace(LINE_BREAK, '\n').replace(/\n[^\S\n]*/g, '\n');

/**
 * The multi-line literals of the printed text, put back as they were written. Locked lines
 * (checkTree) keep most of them, but recast unlocks a literal's last line when it slices the literal
 * out of its line (a template handed to `res.send(…)` that becomes `new Response(…)`), and re-indents
 * it. Each template part and multi-line string literal of `node` that comes from the file is matched,
 * by its text without leading whitespace, with one of the printed text's, and its text restored.
 */
function repairLiterals(fileNode: any, node: any, text: string, layout: TextLayout): string {
  const lines = fileNode.loc?.lines;
  const infos: any[] | undefined = lines?.infos;
  if (!infos) return text;
  const starts = [0];
  for (const m of layout.source.matchAll(LINE_BREAK)) starts.push(m.index! + m[0].length);
  // recast parsed the text with each line's leading whitespace re-rendered as spaces: map back
  const offset = (pos: { line: number; column: number }) => {
    const info = infos[pos.line - 1];
    return info && pos.column >= info.indent ? starts[pos.line - 1] + info.sliceStart + (pos.column - info.indent) : undefined;
  };
  const written = new Map<string, string[]>();
  const visit = (n: any) => {
    if (!n || typeof n.type !== 'string') return;
    const multi = n.loc && n.loc.lines === lines && n.loc.end.line > n.loc.start.line;
    if (multi && (n.type === 'TemplateElement' || n.type === 'StringLiteral' || n.type === 'Literal')) {
      const from = offset(n.loc.start);
      const to = offset(n.loc.end);
      if (from !== undefined && to !== undefined) {
        const t = layout.source.slice(from, to);
        const key = indentFree(t);
        written.set(key, [...(written.get(key) ?? []), t]);
      }
    }
    for (const k of Object.keys(n)) {
      if (NOT_CHILDREN.has(k)) continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v.type === 'string') visit(v);
    }
  };
  visit(node);
  if (written.size === 0) return text;
  let ast: any;
  try {
    ast = babelParse(text, { ...babelOptions(layout.flavour), tokens: false });
  } catch {
    return text;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const scan = (n: any) => {
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'TemplateElement' || n.type === 'StringLiteral') {
      const printed = text.slice(n.start, n.end);
      const queue = /[\r\n]/.test(printed) ? written.get(indentFree(printed)) : undefined;
      const original = queue?.shift();
      if (original !== undefined && !sameLines(original, printed)) edits.push({ start: n.start, end: n.end, text: original.replace(LINE_BREAK, layout.lineTerminator) });
    }
    for (const k of Object.keys(n)) {
      if (k === 'loc' || k === 'extra' || /Comments$/.test(k)) continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach(scan);
      else if (v && typeof v.type === 'string') scan(v);
    }
  };
  scan(ast.program);
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

/** Parse `source` of `file` into a jscodeshift collection; throws SourceParseError with a position. */
export function parseSource(file: string, source: string): { j: JSCodeshift; root: Collection } {
  refuseText(file, source);
  const j = jFor(file, source);
  let root: Collection;
  try {
    root = j(source);
  } catch (err) {
    if (err instanceof RangeError) {
      const at = deepestBracket(source);
      throw new SourceParseError(file, at.line, at.column, `nested too deeply to parse (${err.message}): routeshift leaves code this deep as it is`);
    }
    const e = err as { loc?: { line: number; column: number }; message?: string };
    const line = e.loc?.line ?? 1;
    const column = (e.loc?.column ?? 0) + 1;
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new SourceParseError(file, line, column, message.split('\n')[0]);
  }
  const fileNode = root.paths()[0].value;
  const multiline = checkTree(file, fileNode);
  layouts.set(fileNode, { bom: source.charCodeAt(0) === 0xfeff, lineTerminator: lineTerminatorOf(source), source, flavour: flavourOf(file, source), multiline });
  bindBareCatches(j, root);
  return { j, root };
}

/** Parse a route file (refused past MAX_ROUTE_CHARS), or record RS001 with the position in `sink` and return undefined. */
export function parseRouteOrReport(file: string, source: string, sink: { items: Diagnostic[] }): { j: JSCodeshift; root: Collection } | undefined {
  if (source.length > MAX_ROUTE_CHARS) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    sink.items.push({ code: 'RS001', file, line: 1, column: 1, message: `${mb(source.length)}, larger than the ${mb(MAX_ROUTE_CHARS)} routeshift rewrites: a generated file is left as it is` });
    return undefined;
  }
  return parseOrReport(file, source, sink);
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

/**
 * Print a node of a parsed file (bare catch clauses restored), with the file's own line breaks
 * (recast prints "\n" wherever it is not told otherwise, even in lines it reuses) and, for the whole
 * file, its byte-order mark (recast drops it when the first line is reprinted).
 */
export function printSource(j: JSCodeshift, root: Collection, node: any, options: { quote: 'single' | 'double'; tabWidth?: number }): string {
  root.find(j.CatchClause).forEach((p) => {
    const param: any = p.value.param;
    if (param?.type === 'Identifier' && param.name === CATCH_PLACEHOLDER) p.value.param = null;
  });
  const fileNode = root.paths()[0].value;
  const layout = layouts.get(fileNode);
  const lineTerminator = layout?.lineTerminator ?? '\n';
  // recast reprints a program whose body changed with a stray `;` after a 'use strict' directive
  let text = j(node)
    .toSource({ ...options, lineTerminator })
    .replace(/^((['"])use strict\2);;/m, '$1;');
  const whole = node === fileNode || node === fileNode.program;
  // recast keeps the mark only when it reuses the first line; it is put back below
  if (whole) text = text.replace(/^\uFEFF/, '');
  // recast prints a reprinted program's `#!` line with no line break after it, and after its directives
  const interpreter = whole && fileNode.program?.interpreter ? `#!${fileNode.program.interpreter.value}` : undefined;
  if (interpreter && !text.startsWith(interpreter + lineTerminator)) {
    const after = text.indexOf(lineTerminator + interpreter);
    const at = text.startsWith(interpreter) ? 0 : after === -1 ? -1 : after + lineTerminator.length;
    if (at !== -1) {
      const rest = text.slice(at + interpreter.length);
      text = interpreter + lineTerminator + text.slice(0, at) + (rest.startsWith(lineTerminator) ? rest.slice(lineTerminator.length) : rest);
    }
  }
  if (layout?.multiline) text = repairLiterals(fileNode, node, text, layout);
  if (layout?.bom && whole) text = '\uFEFF' + text;
  return text;
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
