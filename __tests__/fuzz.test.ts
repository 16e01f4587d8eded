// Fuzzing the transforms with mutants of the fixture corpus (__testfixtures__/pages-api/*.input.*,
// __testfixtures__/express-handlers/*.input.*, and the real-world apps' pages/api routes): statements
// deleted, duplicated, swapped, wrapped in blocks; identifiers renamed; method names, status codes and
// operators changed; unsupported constructs injected; the file's line breaks, byte-order mark and
// indentation changed.
//
// Properties, for every case:
//   - nothing throws, and the plan has no RS607 (internal error);
//   - every migrated output (and every extra file) parses;
//   - every migrated output is a fixpoint: the transform run again over it (as a second run would)
//     finds no route (pages/api) or no Express handler, and writes nothing;
//   - a route left in place is byte-identical: the plan has no operation touching it;
//   - a migrated output keeps the input's line breaks (all CRLF stays all CRLF) and byte-order mark;
//   - every message is one line, at a position inside the file; the same input plans the same.
// Then mutants of the whole Express example app (examples/legacy-express: one of its files mutated, or
// an app-level middleware or error handler injected into app.js) planned by planExpressApp: nothing
// throws, no RS607, every written file parses, a registration left in Express keeps its line, a second
// run over the result plans nothing.
// Then a few CLI runs over a project of fuzzed routes (enough to use the worker threads): --dry writes
// nothing and prints the same with --cpus 1 and 2; a real run leaves every route it does not migrate
// byte for byte; a second run changes nothing.
//
// Bounded in time and reproducible: cases are numbered, case n is generated from the seed n alone.
//   FUZZ_MS=<ms>      time budget for the in-process cases (default 25000)
//   FUZZ_APP_MS=<ms>  time budget for the Express app mutants (default 8000; FUZZ_APP_SEED=<n> runs one)
//   FUZZ_BASE=<n>     first case seed (default 1; `random` picks one and prints it)
//   FUZZ_SEED=<n>     run exactly case n (what a failure prints), and print its input and output
//   FUZZ_TRACE=1      print each seed before running it (to find a case that hangs)
// The CLI project is made from the cases FUZZ_BASE+1000000 onward: the same FUZZ_BASE rebuilds it.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as babelParse, type ParserPlugin } from '@babel/parser';

import { transformPagesRoute } from '../transforms/pages-api';
import { transformExpressHandler, type ExpressHandlerInput } from '../transforms/express-handler';
import { parseSource } from '../src/analyze/parse';
import { plan, type PlanInput } from '../src/plan/plan';
import { isUnrepresentable, joinExpressPath, mapExpressPath } from '../src/plan/express-paths';
import { folderName, paramsOf, routeFileName, segmentsOfPagesRoute, targetPathFor } from '../src/plan/route-path';
import type { Diagnostic, HttpMethod, NextMajor } from '../src/types';
import { planExpressApp } from '../src/plan/express-app-plan';
import { BIN, cli, commitAll, hashTree } from './helpers/built-cli';
import { exampleExpressApp, inputOf, nextRun } from './helpers/express-project';

const ROOT = path.resolve(__dirname, '..');
const PAGES_DIR = path.join(ROOT, '__testfixtures__', 'pages-api');
const EXPRESS_DIR = path.join(ROOT, '__testfixtures__', 'express-handlers');
const REAL_WORLD_DIR = path.join(ROOT, '__testfixtures__', 'real-world');
const BUDGET_MS = Number(process.env.FUZZ_MS ?? 25000);
const ONE_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;
const BASE = process.env.FUZZ_BASE === 'random' ? crypto.randomInt(1, 2 ** 31) : Number(process.env.FUZZ_BASE ?? 1);
const TRACE = process.env.FUZZ_TRACE === '1';

// ---------------------------------------------------------------------------------------------
// seeded PRNG (mulberry32) and the corpus

type Rng = () => number;
function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

interface Seed {
  kind: 'pages' | 'express';
  name: string;
  /** The fixture's path as a route ('pages/api/users/[id].ts') or Express module ('routes/x.ts'). */
  sourcePath: string;
  source: string;
  next: NextMajor;
  sidecar: Record<string, any>;
}

function readSidecar(dir: string, name: string): Record<string, any> {
  const file = path.join(dir, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function loadCorpus(): Seed[] {
  const seeds: Seed[] = [];
  for (const file of fs.readdirSync(PAGES_DIR).sort()) {
    const m = /^(.+)\.input\.(ts|tsx|js|jsx|mjs)$/.exec(file);
    if (!m) continue;
    const sidecar = readSidecar(PAGES_DIR, m[1]);
    const source = fs.readFileSync(path.join(PAGES_DIR, file), 'utf8');
    seeds.push({ kind: 'pages', name: m[1], sourcePath: sidecar.sourcePath ?? `pages/api/${m[1]}.${m[2]}`, source, next: sidecar.next ?? 15, sidecar });
  }
  // the real-world apps' routes too (pages/api/** of each app), at their own paths
  for (const app of fs.readdirSync(REAL_WORLD_DIR).sort()) {
    const walk = (rel: string) => {
      const abs = path.join(REAL_WORLD_DIR, app, rel);
      if (!fs.existsSync(abs)) return;
      for (const e of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (e.isDirectory()) walk(`${rel}/${e.name}`);
        else if (/\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
          const sourcePath = `${rel}/${e.name}`;
          seeds.push({ kind: 'pages', name: `${app}/${sourcePath}`, sourcePath, source: fs.readFileSync(path.join(abs, e.name), 'utf8'), next: 15, sidecar: { sourcePath } });
        }
      }
    };
    walk('pages/api');
    walk('src/pages/api');
  }
  for (const file of fs.readdirSync(EXPRESS_DIR).sort()) {
    const m = /^(.+)\.input\.(ts|js)$/.exec(file);
    if (!m) continue;
    const sidecar = readSidecar(EXPRESS_DIR, m[1]);
    const source = fs.readFileSync(path.join(EXPRESS_DIR, file), 'utf8');
    seeds.push({ kind: 'express', name: m[1], sourcePath: `routes/${m[1]}.${m[2]}`, source, next: sidecar.next ?? 15, sidecar });
  }
  return seeds;
}

const corpus = loadCorpus();

// ---------------------------------------------------------------------------------------------
// mutations: text edits at the offsets of a direct babel parse (the text stays as written elsewhere)

function pluginsFor(file: string): ParserPlugin[] {
  const common: ParserPlugin[] = ['decorators-legacy', 'explicitResourceManagement', 'importAttributes', 'exportDefaultFrom'];
  if (/\.tsx$/.test(file)) return ['typescript', 'jsx', ...common];
  if (/\.ts$/.test(file)) return ['typescript', ...common];
  return ['jsx', ...common];
}

function babel(file: string, text: string): any | undefined {
  try {
    return babelParse(text, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, plugins: pluginsFor(file) });
  } catch {
    return undefined;
  }
}

interface Info {
  /** Statement lists: each an array of statements (with offsets). */
  lists: any[][];
  statements: any[];
  identifiers: any[];
  strings: any[];
  numbers: any[];
  operators: any[];
  functions: any[];
}

function infoOf(ast: any): Info {
  const info: Info = { lists: [], statements: [], identifiers: [], strings: [], numbers: [], operators: [], functions: [] };
  const visit = (node: any) => {
    if (!node || typeof node.type !== 'string') return;
    for (const key of ['body', 'consequent']) {
      const list = node[key];
      if (Array.isArray(list) && list.length && list.every((s: any) => s && /Statement|Declaration/.test(s.type))) {
        info.lists.push(list);
        info.statements.push(...list);
      }
    }
    if (node.type === 'Identifier') info.identifiers.push(node);
    if (node.type === 'StringLiteral') info.strings.push(node);
    if (node.type === 'NumericLiteral') info.numbers.push(node);
    if ((node.type === 'BinaryExpression' || node.type === 'LogicalExpression') && ['===', '!==', '==', '!=', '&&', '||', '??'].includes(node.operator)) info.operators.push(node);
    if (/Function/.test(node.type)) info.functions.push(node);
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'extra' || /Comments$/.test(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(ast.program);
  return info;
}

const NAMES = ['request', 'response', 'params', 'context', 'NextResponse', 'NextRequest', 'body', 'query', 'handler', 'GET', 'POST', 'headers', 'legacyBody', 'req', 'res', 'next', '_', '$', 'ñandú', '名前', 'h\u0435llo', 'x1', 'session', 'error', 'data', 'method', 'Response', 'Headers', 'Buffer', 'URL', 'Promise', 'undefined', 'corsAnswer', 'responseHeaders'];
const METHOD_STRINGS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'CONNECT', 'get', 'post', '', 'application/json', '/api/x', '../x'];
const NUMBERS = ['200', '201', '204', '301', '302', '307', '308', '400', '404', '405', '500', '0', '999', '1e3', '0x1F4'];
const INJECTED = [
  "res.write('chunk')",
  "res.setHeader('X-Fuzz', 'a')",
  "res.setHeader('Set-Cookie', ['a=1', 'b=2'])",
  'res.end()',
  "return res.status(500).json({ error: 'fuzz' })",
  "res.status(418).send('teapot')",
  'res.statusCode = 201',
  "res.redirect(307, '/elsewhere')",
  "res.revalidate('/path')",
  'req.socket.destroy()',
  'const ip = req.socket.remoteAddress',
  'for (const k of [1, 2]) { res.json({ k }) }',
  'setTimeout(() => res.json({}), 1)',
  'await new Promise((resolve) => setTimeout(resolve, 1))',
  'debugger',
  'outer: for (;;) { break outer }',
  "eval('1')",
  'const n = arguments.length',
  "new Function('return 1')()",
  "throw new Error('boom')",
  "if (req.method === 'PATCH') { return res.status(204).end() }",
  "if (req.method !== 'POST') return res.status(405).end()",
  'const { method } = req',
  'const { id, ...rest } = req.query',
  'req.body = {}',
  'req.user = { id: 1 }',
  'res.locals = {}',
  'module.exports = handler',
  'export const config = { api: { bodyParser: false } }',
  "export const config = { runtime: 'edge' }",
  'class Fuzz { #p = 1; static { this.q = 2 } }',
  'let z; z ??= 1',
  'req?.query?.a?.()',
  'tag`x${req.query.a}`',
  "await import('node:path')",
  '/* a comment */',
  '// a line comment',
  "'use strict'",
  'using u = null',
  'function* gen() { yield res }',
  'res.json(await fetch(req.url))',
  'const s = `multi\n    line ${req.query.a}\n  text`',
  'const h = req.headers',
  "const c = req.cookies['a-b']",
  'return',
  'return handler(req, res)',
  "res.json({ a: '\\u2028' })",
  "console.log('\u00e9\u00e8')",
  'do { res.end() } while (false)',
  'switch (req.method) { case "GET": res.json({}); break; default: res.status(405).end() }',
  'try { res.json({}) } catch { res.status(500).end() } finally { }',
  'process.env.X && res.json({})',
  'return res.json()',
  'res.status(...[200]).end()',
  "res.end('eA==', 'base64')",
  "res.setHeader('X-Only-Name')",
  'return res.redirect()',
  'req.headers.seen = 1',
];
const INJECTED_TS = ['const v = req.query.a as string', 'enum E { A }', 'declare const g: any', 'type T = { a: string }', 'const w = <const>["a"]', 'let q!: number'];
const INJECTED_JS = ['const el = <div>{req.query.a}</div>', '@dec class D {}'];

type Edit = { start: number; end: number; text: string };
const applyEdits = (text: string, edits: Edit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

/** One mutation of `text`; undefined when the picked operator finds nothing to work on. */
function mutateOnce(rng: Rng, file: string, text: string): { text: string; op: string } | undefined {
  const ast = babel(file, text);
  if (!ast) return undefined;
  const info = infoOf(ast);
  const src = (n: any) => text.slice(n.start, n.end);
  const op = pick(rng, ['delete', 'delete', 'duplicate', 'swap', 'wrap', 'wrap', 'rename', 'rename', 'inject', 'inject', 'inject', 'splice', 'string', 'number', 'operator', 'async', 'unwrap-await'] as const);
  switch (op) {
    case 'delete': {
      if (!info.statements.length) return undefined;
      const s = pick(rng, info.statements);
      return { op, text: applyEdits(text, [{ start: s.start, end: s.end, text: '' }]) };
    }
    case 'duplicate': {
      if (!info.statements.length) return undefined;
      const s = pick(rng, info.statements);
      return { op, text: applyEdits(text, [{ start: s.end, end: s.end, text: '\n' + src(s) }]) };
    }
    case 'swap': {
      const lists = info.lists.filter((l) => l.length >= 2);
      if (!lists.length) return undefined;
      const list = pick(rng, lists);
      const i = int(rng, list.length - 1);
      const k = i + 1 + int(rng, list.length - i - 1);
      return { op, text: applyEdits(text, [{ start: list[i].start, end: list[i].end, text: src(list[k]) }, { start: list[k].start, end: list[k].end, text: src(list[i]) }]) };
    }
    case 'wrap': {
      if (!info.statements.length) return undefined;
      const s = pick(rng, info.statements);
      const [open, close] = pick(rng, [
        ['{ ', ' }'],
        ['if (true) { ', ' }'],
        ['if (Math.random() > 2) { ', ' }'],
        ['try { ', ' } finally { }'],
        ['do { ', ' } while (false)'],
        ['block: { ', ' }'],
        ['{\n{\n{\n', '\n}\n}\n}'],
      ] as const);
      return { op, text: applyEdits(text, [{ start: s.start, end: s.end, text: open + src(s) + close }]) };
    }
    case 'rename': {
      const names = [...new Set(info.identifiers.map((n) => n.name))];
      if (!names.length) return undefined;
      const from = pick(rng, names);
      const to = pick(rng, NAMES.filter((n) => n !== from));
      const edits = info.identifiers.filter((n) => n.name === from).map((n) => ({ start: n.start, end: n.start + from.length, text: to }));
      return { op, text: applyEdits(text, edits) };
    }
    case 'inject': {
      if (!info.lists.length) return undefined;
      const list = pick(rng, info.lists);
      const at = int(rng, list.length + 1);
      const pool = [...INJECTED, ...(/\.tsx?$/.test(file) ? INJECTED_TS : INJECTED_JS)];
      const code = pick(rng, pool);
      const pos = at < list.length ? list[at].start : list[list.length - 1].end;
      return { op, text: applyEdits(text, [{ start: pos, end: pos, text: at < list.length ? code + '\n' : '\n' + code }]) };
    }
    case 'splice': {
      // a statement of another corpus file, put in a statement list of this one
      const other = pick(rng, corpus);
      const otherAst = babel(other.sourcePath, other.source);
      if (!otherAst || !info.lists.length) return undefined;
      const statements = infoOf(otherAst).statements;
      if (!statements.length) return undefined;
      const s = pick(rng, statements);
      const list = pick(rng, info.lists);
      const at = int(rng, list.length + 1);
      const pos = at < list.length ? list[at].start : list[list.length - 1].end;
      const code = other.source.slice(s.start, s.end);
      return { op, text: applyEdits(text, [{ start: pos, end: pos, text: at < list.length ? code + '\n' : '\n' + code }]) };
    }
    case 'string': {
      if (!info.strings.length) return undefined;
      const s = pick(rng, info.strings);
      const quote = text[s.start] === '"' ? '"' : "'";
      return { op, text: applyEdits(text, [{ start: s.start, end: s.end, text: quote + pick(rng, METHOD_STRINGS) + quote }]) };
    }
    case 'number': {
      if (!info.numbers.length) return undefined;
      const n = pick(rng, info.numbers);
      return { op, text: applyEdits(text, [{ start: n.start, end: n.end, text: pick(rng, NUMBERS) }]) };
    }
    case 'operator': {
      if (!info.operators.length) return undefined;
      const e = pick(rng, info.operators);
      const flipped: Record<string, string> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==', '&&': '||', '||': '&&', '??': '||' };
      const between = text.slice(e.left.end, e.right.start);
      const at = e.left.end + between.indexOf(e.operator);
      return { op, text: applyEdits(text, [{ start: at, end: at + e.operator.length, text: flipped[e.operator] }]) };
    }
    case 'async': {
      const fns = info.functions.filter((f) => f.async);
      if (!fns.length) return undefined;
      const f = pick(rng, fns);
      const at = text.indexOf('async', f.start);
      if (at === -1 || at > f.end) return undefined;
      return { op, text: applyEdits(text, [{ start: at, end: at + 'async'.length + 1, text: '' }]) };
    }
    case 'unwrap-await': {
      const awaits: number[] = [];
      for (let i = text.indexOf('await '); i !== -1; i = text.indexOf('await ', i + 1)) awaits.push(i);
      if (!awaits.length) return undefined;
      const at = pick(rng, awaits);
      return { op, text: applyEdits(text, [{ start: at, end: at + 'await '.length, text: '' }]) };
    }
  }
}

/** Whole-file changes: line breaks, byte-order mark, indentation, trailing newline. */
function reshape(rng: Rng, text: string): { text: string; op: string } {
  const op = pick(rng, ['crlf', 'crlf', 'bom', 'tabs', 'no-final-newline', 'cr', 'crlf+bom'] as const);
  const crlf = (t: string) => t.replace(/\r?\n/g, '\r\n');
  switch (op) {
    case 'crlf':
      return { op, text: crlf(text) };
    case 'bom':
      return { op, text: '\uFEFF' + text };
    case 'crlf+bom':
      return { op, text: '\uFEFF' + crlf(text) };
    case 'tabs':
      return { op, text: text.replace(/^((?: {2})+)/gm, (m) => '\t'.repeat(m.length / 2)) };
    case 'no-final-newline':
      return { op, text: text.replace(/\s+$/, '') };
    case 'cr':
      return { op, text: text.replace(/\r?\n/g, '\r') };
  }
}

interface Case {
  seed: number;
  from: Seed;
  ops: string[];
  source: string;
}

/** Case `seed`: a corpus file and one to four mutations, sometimes a whole-file change. */
function makeCase(seed: number): Case {
  const rng = rngOf(seed);
  const from = pick(rng, corpus);
  let text = from.source;
  const ops: string[] = [];
  const count = 1 + int(rng, 4);
  for (let tries = 0; ops.length < count && tries < count * 4; tries++) {
    const m = mutateOnce(rng, from.sourcePath, text);
    if (!m) continue;
    // keep most mutants parseable (the transform's logic is what is being fuzzed), some not
    if (!babel(from.sourcePath, m.text) && rng() < 0.85) continue;
    text = m.text;
    ops.push(m.op);
  }
  if (rng() < 0.2) {
    const r = reshape(rng, text);
    text = r.text;
    ops.push(r.op);
  }
  return { seed, from, ops, source: text };
}

// ---------------------------------------------------------------------------------------------
// properties

const RUNTIME = 'app/_lib/legacy-api';

function pagesInput(c: Case): PlanInput {
  return { routes: [{ path: c.from.sourcePath, source: c.source }], appDir: 'app', appFiles: [], projectFiles: [], next: c.from.next, lang: /\.tsx?$/.test(c.from.sourcePath) ? 'ts' : 'js', aliases: [] };
}

function expressInput(c: Case): ExpressHandlerInput {
  const name = c.from.name;
  const ext = path.extname(c.from.sourcePath).slice(1);
  const parts: string[] = c.from.sidecar.path ?? ['/api', `/${name}`];
  const mapping = mapExpressPath(parts, { version: c.from.sidecar.version ?? 4 });
  if (isUnrepresentable(mapping)) throw new Error(`${name}: ${mapping.unrepresentable}`);
  const rename: Record<string, string> = c.from.sidecar.rename ?? {};
  const params = mapping.params.map((p) => ({ ...p, name: rename[p.legacyName] ?? p.name }));
  const renamed = new Map(mapping.params.map((p, i) => [p.name, params[i].name]));
  const segments = mapping.segments.map((s) => (s.kind === 'static' ? s : { ...s, name: renamed.get(s.name) ?? s.name }));
  const mounts = joinExpressPath(parts.slice(0, -1));
  return {
    sourcePath: c.from.sourcePath,
    source: c.source,
    targetPath: ['app', ...segments.map(folderName), ext === 'ts' ? 'route.ts' : 'route.js'].join('/'),
    method: (c.from.sidecar.method ?? 'GET') as HttpMethod,
    params,
    mount: c.from.sidecar.mount ?? (parts.length > 1 && mounts !== '/' ? mounts : ''),
    next: c.from.next,
    runtimeModule: 'app/_lib/express-api',
  };
}

/** Line breaks and BOM of `input` that a migrated `output` must keep. */
function layoutProblems(input: string, output: string): string[] {
  const problems: string[] = [];
  const lone = (t: string) => /(^|[^\r])\n/.test(t);
  if (/\r\n/.test(input) && !lone(input) && (lone(output) || /\r(?!\n)/.test(output))) problems.push('a CRLF input printed with other line breaks');
  if (!/\r/.test(input) && /\r/.test(output)) problems.push('an LF input printed with CR');
  if (input.startsWith('\uFEFF') !== output.startsWith('\uFEFF')) problems.push('the byte-order mark was not kept');
  return problems;
}

/** Every message is one line, at a position inside the file it names. */
function diagnosticProblems(c: Case, diagnostics: Diagnostic[]): string[] {
  const problems: string[] = [];
  const lineCount = c.source.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    if (/[\r\n]/.test(d.message)) problems.push(`a message spans lines: ${JSON.stringify(d.message)}`);
    if (d.file === c.from.sourcePath && !(d.line >= 1 && d.line <= lineCount && d.column >= 1)) problems.push(`${d.code} at ${d.line}:${d.column}, outside the file (${lineCount} lines)`);
  }
  return problems;
}

/** `text` does not parse as `file`: the problem, said as `<what> does not parse: …`. */
function parseProblems(file: string, text: string, what: string): string[] {
  try {
    parseSource(file, text);
    return [];
  } catch (err) {
    return [`${what} does not parse: ${(err as Error).message}`];
  }
}

/** What became of the case's file: 'migrated', 'left', 'not-a-route', 'error', 'skipped'. */
let lastStatus = '';

/** Every property for one case; the problems found (empty: the case passes). */
function check(c: Case): string[] {
  const problems: string[] = [];
  lastStatus = 'threw';
  const parses = (file: string, text: string, what: string) => problems.push(...parseProblems(file, text, what));
  if (c.from.kind === 'express') {
    const input = expressInput(c);
    let result;
    try {
      result = transformExpressHandler(input);
    } catch (err) {
      return [`transformExpressHandler threw: ${(err as Error)?.stack ?? err}`];
    }
    lastStatus = result.status === 'left' && result.diagnostics.some((d) => d.code === 'RS001') ? 'error' : result.status;
    problems.push(...diagnosticProblems(c, result.diagnostics));
    if (result.status !== 'migrated') return problems;
    parses(input.targetPath, result.output!, 'the output');
    problems.push(...layoutProblems(c.source, result.output!));
    try {
      const again = transformExpressHandler({ ...input, source: result.output! });
      if (again.status !== 'left' || !again.diagnostics.some((d) => d.code === 'RS102')) problems.push(`a second run over the output gives ${again.status} (${again.diagnostics.map((d) => d.code).join(', ')}), not RS102`);
    } catch (err) {
      problems.push(`the second run threw: ${(err as Error)?.stack ?? err}`);
    }
    return problems;
  }

  const input = pagesInput(c);
  let result;
  try {
    result = plan(input);
  } catch (err) {
    return [`plan threw: ${(err as Error)?.stack ?? err}`];
  }
  const [row] = result.rows;
  lastStatus = row.status;
  for (const d of row.diagnostics) if (d.code === 'RS607') problems.push(`RS607 ${d.file}:${d.line}:${d.column}: ${d.message}`);
  problems.push(...diagnosticProblems(c, row.diagnostics));
  // the same input gives the same plan (the worker threads rely on it), checked for one case in ten
  if (c.seed % 10 === 0 && JSON.stringify(plan(input)) !== JSON.stringify(result)) problems.push('a second plan of the same input differs');
  const touching = result.ops.filter((op) => op.path === c.from.sourcePath);
  if (row.status !== 'migrated') {
    if (touching.length) problems.push(`left in place (${row.status}) but the plan touches it: ${touching.map((op) => op.kind).join(', ')}`);
    return problems;
  }
  if (touching.length !== 1 || touching[0].kind !== 'delete' || touching[0].before !== c.source) problems.push('migrated, but the plan does not delete the route as it was read');
  const write = result.ops.find((op) => op.kind === 'write' && op.path === row.target);
  if (!write || write.kind !== 'write') return [...problems, `migrated, but nothing is written at ${row.target}`];
  parses(row.target!, write.content, 'the output');
  for (const op of result.ops) if (op.kind === 'write' && op !== write && /\.[jt]sx?$/.test(op.path)) parses(op.path, op.content, op.path);
  problems.push(...layoutProblems(c.source, write.content));
  // the second run: the output is no route, and nothing would be written for it
  try {
    const segments = segmentsOfPagesRoute(c.from.sourcePath);
    const again = transformPagesRoute({
      sourcePath: c.from.sourcePath,
      source: write.content,
      targetPath: targetPathFor('app', segments, routeFileName(c.from.sourcePath)),
      params: paramsOf(segments),
      next: c.from.next,
      runtimeModule: RUNTIME,
    });
    if (again.status !== 'not-a-route' || again.output !== undefined) {
      problems.push(`a second run over the output gives ${again.status} (${again.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')})`);
    }
  } catch (err) {
    problems.push(`the second run threw: ${(err as Error)?.stack ?? err}`);
  }
  return problems;
}

function describeCase(c: Case): string {
  const where = c.from.kind === 'express' ? 'express-handlers' : c.from.name.includes('/') ? 'real-world' : 'pages-api';
  return `FUZZ_SEED=${c.seed} npx jest fuzz   (${where}/${c.from.name}: ${c.ops.join(', ') || 'unchanged'})`;
}

// ---------------------------------------------------------------------------------------------

test('the corpus has pages-api, real-world and express-handlers inputs', () => {
  expect(corpus.filter((s) => s.kind === 'pages' && !s.name.includes('/')).length).toBeGreaterThan(40);
  expect(corpus.filter((s) => s.kind === 'pages' && s.name.includes('/')).length).toBeGreaterThan(90);
  expect(corpus.filter((s) => s.kind === 'express').length).toBeGreaterThan(20);
});

test('the same seed makes the same case', () => {
  for (const seed of [1, 2, 77, 123456]) expect(makeCase(seed)).toEqual(makeCase(seed));
});

if (ONE_SEED !== undefined) {
  test(`case ${ONE_SEED}`, () => {
    const c = makeCase(ONE_SEED);
    const problems = check(c);
    const result = c.from.kind === 'pages' ? plan(pagesInput(c)) : undefined;
    const express = c.from.kind === 'express' ? transformExpressHandler(expressInput(c)) : undefined;
    console.log(
      [
        describeCase(c),
        '--- input',
        JSON.stringify(c.source),
        c.source,
        ...(result ? ['--- row', JSON.stringify(result.rows[0], null, 2), ...result.ops.filter((op) => op.kind === 'write').map((op) => `--- ${op.path}\n${(op as { content: string }).content}`)] : []),
        ...(express ? ['--- result', JSON.stringify({ ...express, output: undefined }, null, 2), '--- output', JSON.stringify(express.output), express.output ?? ''] : []),
        '--- problems',
        ...problems,
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });
} else {
  test(`mutants of the fixture corpus (for ${BUDGET_MS} ms)`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const statuses: Record<string, number> = {};
    let n = 0;
    for (; Date.now() - started < BUDGET_MS; n++) {
      const seed = BASE + n;
      if (TRACE) console.log(`fuzz: seed ${seed}`);
      const c = makeCase(seed);
      const problems = check(c);
      statuses[lastStatus] = (statuses[lastStatus] ?? 0) + 1;
      if (problems.length) failures.push(`${describeCase(c)}\n    ${problems.join('\n    ')}`);
      if (failures.length >= 10) break;
      // let jest's timers run between cases
      if (n % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    }
    const outcomes = Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(`fuzz: ${n} cases (seeds ${BASE}..${BASE + n - 1}) in ${Date.now() - started} ms: ${outcomes}; ${failures.length} failing`);
    if (failures.length) throw new Error(`${failures.length} fuzz case(s) failed:\n${failures.join('\n')}`);
    expect(n).toBeGreaterThan(0);
  }, BUDGET_MS + 60000);
}

// ---------------------------------------------------------------------------------------------
// the whole Express example app, mutated

const APP_BUDGET_MS = Number(process.env.FUZZ_APP_MS ?? 8000);
const ONE_APP_SEED = process.env.FUZZ_APP_SEED !== undefined ? Number(process.env.FUZZ_APP_SEED) : undefined;

const EXPRESS_APP = exampleExpressApp();

/** What an app puts in app.js before its routers: middleware and error handlers of every shape. */
const APP_LAYERS = [
  "app.use((req, res, next) => { res.set('X-Fuzz', '1'); next(); });",
  "app.use(function stamp(req, res, next) { res.setHeader('X-Stamp', req.get('x-id') || 'none'); next(); });",
  "app.use(async (req, res, next) => { if (req.get('x-block')) return res.status(403).json({ error: 'blocked' }); next(); });",
  'let hits = 0;\napp.use((req, res, next) => { hits++; next(); });',
  "const LIMIT = 10;\nfunction limit(req, res, next) { if (Number(req.query.n) > LIMIT) return res.sendStatus(429); next(); }\napp.use(limit);",
  "app.use((req, res, next) => { setTimeout(next, 1); });",
  "app.use((req, res, next) => { req.startedAt = Date.now(); next(); });",
  "app.use((req, res, next) => next());",
  "app.use((err, req, res, next) => { res.status(err.status || 500).json({ error: err.message }); });",
  "app.use((req, res, next) => { res.locals.x = 1; next(); });",
  "app.use((req, res) => res.send('early'));",
  "app.use('/api', (req, res, next) => { res.set('X-Api', '1'); next(); });",
  "app.use(require('./middleware/requireApiKey'));",
  "app.use(__dirname && ((req, res, next) => next()));",
];

interface AppCase {
  seed: number;
  files: Record<string, string>;
  ops: string[];
}

function makeAppCase(seed: number): AppCase {
  const rng = rngOf(seed);
  const files = { ...EXPRESS_APP };
  const ops: string[] = [];
  const count = 1 + int(rng, 3);
  for (let k = 0; k < count; k++) {
    if (rng() < 0.5) {
      // an app layer before the routers (after the parsers), or at the very end
      const layer = pick(rng, APP_LAYERS);
      const at = rng() < 0.8 ? 'app.use(cookieParser());\n' : 'module.exports = app;\n';
      files['app.js'] = files['app.js'].replace(at, at === 'module.exports = app;\n' ? `${layer}\n${at}` : `${at}${layer}\n`);
      ops.push(`app.js + ${layer.split('\n').pop()}`);
      continue;
    }
    const file = rng() < 0.4 ? 'app.js' : pick(rng, Object.keys(files).filter((f) => f !== 'server.js'));
    const m = mutateOnce(rng, file, files[file]);
    if (!m || !babel(file, m.text)) continue;
    files[file] = m.text;
    ops.push(`${file}: ${m.op}`);
  }
  return { seed, files, ops };
}

/** Every property for one app case; the problems found. */
function checkApp(c: AppCase): string[] {
  const problems: string[] = [];
  try {
    const input = inputOf(c.files);
    const first = planExpressApp(input);
    for (const row of first.rows) {
      for (const d of row.diagnostics) {
        if (d.code === 'RS607') problems.push(`RS607 ${d.file}:${d.line} ${d.message}`);
        if (/[\r\n]/.test(d.message)) problems.push(`a message spans lines: ${JSON.stringify(d.message)}`);
      }
    }
    for (const op of first.ops) if (op.kind === 'write') problems.push(...parseProblems(op.path, op.content, op.path));
    // a registration left in Express keeps its line as it was (its file is neither deleted nor edited there)
    for (const row of first.rows) {
      if (row.status !== 'left' || !/:\d+$/.test(row.source)) continue;
      const [file, line] = [row.source.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(row.source)![1])];
      const text = c.files[file]?.split('\n')[line - 1]?.trim();
      const op = first.ops.find((o) => o.path === file);
      if (!text || !op) continue;
      if (op.kind === 'delete' || !op.content.includes(text)) problems.push(`${row.source} stays in Express, but its line \`${text}\` is gone from ${file}`);
    }
    const second = planExpressApp(nextRun(input, first));
    if (second.ops.length) problems.push(`a second run writes ${second.ops.map((o) => `${o.kind} ${o.path}`).join(', ')}`);
  } catch (err) {
    problems.push(`threw: ${(err as Error)?.stack ?? err}`);
  }
  return problems;
}

const describeAppCase = (c: AppCase) => `FUZZ_APP_SEED=${c.seed} npx jest fuzz   (examples/legacy-express: ${c.ops.join('; ') || 'unchanged'})`;

if (ONE_APP_SEED !== undefined) {
  test(`app case ${ONE_APP_SEED}`, () => {
    const c = makeAppCase(ONE_APP_SEED);
    console.log([describeAppCase(c), '--- app.js', c.files['app.js']].join('\n'));
    expect(checkApp(c)).toEqual([]);
  });
} else {
  test(`mutants of the Express example app (for ${APP_BUDGET_MS} ms)`, () => {
    const started = Date.now();
    const failures: string[] = [];
    let n = 0;
    for (; Date.now() - started < APP_BUDGET_MS && failures.length < 5; n++) {
      const c = makeAppCase(BASE + n);
      const problems = checkApp(c);
      if (problems.length) failures.push(`${describeAppCase(c)}\n    ${problems.join('\n    ')}`);
    }
    console.log(`fuzz: ${n} Express app cases (seeds ${BASE}..${BASE + n - 1}) in ${Date.now() - started} ms; ${failures.length} failing`);
    if (failures.length) throw new Error(`${failures.length} Express app case(s) failed:\n${failures.join('\n')}`);
    expect(n).toBeGreaterThan(0);
  }, APP_BUDGET_MS + 60000);
}

// ---------------------------------------------------------------------------------------------
// the CLI over a project of fuzzed routes

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));



const REPORTS = ['routeshift-report.md', 'routeshift-report.json'];

if (ONE_SEED === undefined) {
  describe('the CLI on a project of fuzzed routes', () => {
    // 70 routes (worker threads start at 64), each a pages-api mutant at its own path
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'fuzzed', private: true, dependencies: { next: '^15.1.0' } }) + '\n',
      'tsconfig.json': '{\n  "compilerOptions": { "baseUrl": "." }\n}\n',
    };
    const routes: string[] = [];
    for (let seed = BASE + 1_000_000; routes.length < 70; seed++) {
      const c = makeCase(seed);
      if (c.from.kind !== 'pages' || c.from.sidecar.sourcePath) continue;
      const file = `pages/api/fuzz${routes.length}/${path.basename(c.from.sourcePath)}`;
      files[file] = c.source;
      routes.push(file);
    }

    let dir = '';
    beforeAll(() => {
      if (!fs.existsSync(BIN)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-fuzz-'));
      created.push(dir);
      for (const [p, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        fs.writeFileSync(path.join(dir, p), text);
      }
      commitAll(dir);
    }, 60000);

    test('--dry writes nothing and prints the same with one worker or two; every error is one located line', () => {
      const before = hashTree(dir);
      const one = cli(['--dry', '--cpus', '1'], dir);
      expect(hashTree(dir)).toEqual(before);
      const two = cli(['--dry', '--cpus', '2'], dir);
      expect(hashTree(dir)).toEqual(before);
      expect([two.code, two.stdout, two.stderr]).toEqual([one.code, one.stdout, one.stderr]);
      expect([0, 1]).toContain(one.code);
      for (const line of one.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^routeshift: pages\/api\/fuzz\d+\/[^:]+:\d+:\d+: \S/);
      expect(one.stderr).not.toMatch(/internal error/);
    }, 120000);

    test('a real run leaves what it does not migrate byte for byte; a second run changes nothing', () => {
      const before = hashTree(dir);
      const first = cli(['--cpus', '2'], dir);
      expect([0, 1]).toContain(first.code);
      const report = JSON.parse(fs.readFileSync(path.join(dir, 'routeshift-report.json'), 'utf8'));
      expect(report.routes.map((r: { source: string }) => r.source).sort()).toEqual([...routes].sort());
      const after = hashTree(dir, REPORTS);
      for (const r of report.routes as { source: string; status: string }[]) {
        if (r.status === 'migrated') expect(after[r.source]).toBeUndefined();
        else expect([r.source, after[r.source]]).toEqual([r.source, before[r.source]]);
      }
      expect(report.summary.migrated).toBeGreaterThan(0);
      const second = cli(['--force', '--cpus', '2'], dir);
      expect(second.stderr).toBe(first.stderr);
      expect(hashTree(dir, REPORTS)).toEqual(after);
    }, 120000);
  });
}
