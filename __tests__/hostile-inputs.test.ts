// Hostile and odd inputs: none crashes the run; each file that cannot be migrated gets one line with
// file:line:col (RS001 on stderr for what cannot be read or parsed, a report row for what is left in
// place); every other file proceeds; nothing routeshift does not migrate changes by a single byte.
//
// Through the real binary (dist/bin/routeshift.js) on a temp project holding all of them at once, and
// through plan() for the variants where the CLI adds nothing.
//
// Decisions these tests pin down:
//   - a file that is not UTF-8 is refused (RS001 at its first undecodable byte) and left byte for byte:
//     decoding it and writing it back would change every byte that did not decode. A file *name* that
//     is not UTF-8 cannot be opened by the name the file system reports: such files are not seen;
//   - line breaks are kept: a CRLF file's route is CRLF throughout, and so is its part of the diff;
//     a byte-order mark is kept; a `#!` line stays a line of its own;
//   - multi-line template and string literals keep their text when the code around them moves;
//   - a raw U+2028/U+2029 is refused (recast would print it as a line break);
//   - a route file over 1 MB is refused (generated; recast reprints ~120 kB/s);
//   - code nested more than 200 levels deep is refused (recursion in every tree pass);
//   - Flow files (with an `@flow` comment) parse with Flow syntax; decorators and JSX in .js parse;
//   - modules in pages/api that are no (req, res) handler stay (RS002, RS102, RS105);
//   - a file name with a control character stays (RS606): it would break the diff and every message.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parseSource } from '../src/analyze/parse';
import { discover } from '../src/discover/discover';
import { plan, type PlanInput } from '../src/plan/plan';
import type { Diagnostic } from '../src/types';
import { ROOT, cli, commitAll, ensureBuilt } from './helpers/built-cli';

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));


ensureBuilt();


/** path → sha256 of every file's bytes (outside .git); names are kept as the file system gives them. */
function hashTree(dir: string, skip: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: Buffer) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true, encoding: 'buffer' })) {
      if (e.name.toString('latin1') === '.git') continue;
      const abs = Buffer.concat([d, Buffer.from('/'), e.name]);
      const rel = path.relative(dir, abs.toString('latin1')).split(path.sep).join('/');
      if (e.isDirectory()) walk(abs);
      else if (!skip.includes(Buffer.from(rel, 'latin1').toString('utf8'))) out[rel] = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
    }
  };
  walk(Buffer.from(dir));
  return out;
}

/** hashTree's key for a project-relative UTF-8 path. */
const key = (rel: string) => Buffer.from(rel, 'utf8').toString('latin1');

const REPORTS = ['routeshift-report.md', 'routeshift-report.json'];
const HANDLER = (body = "res.status(200).json({ ok: true })") => `export default function handler(req, res) {\n  ${body}\n}\n`;

/** A 5 MB generated route: a data table and a handler. */
function generatedRoute(): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const row = `  { id: ${i}, name: 'item-${i}', tags: ['a', 'b'], price: ${i * 1.5} },`;
    rows.push(row);
    size += row.length + 1;
  }
  return `const DATA = [\n${rows.join('\n')}\n];\n\n${HANDLER('res.status(200).json(DATA.slice(0, 10))')}`;
}

// Every file of the project, as bytes (Buffers for what is not UTF-8 text).
const CRLF_ROUTE = [
  "import type { NextApiRequest, NextApiResponse } from 'next'",
  '',
  'export default function handler(req: NextApiRequest, res: NextApiResponse) {',
  "  if (req.method === 'POST') {",
  '    res.status(201).json({ made: req.body })',
  '    return',
  '  }',
  '  res.status(200).send(`line one',
  '  line two`)',
  '}',
  '',
].join('\r\n');

/** A file name that is not UTF-8: 'pages/api/caf' + byte 0xE9 + '.js'. */
const LATIN1_NAME = 'pages/api/caf\u00e9.js';

const FILES: Record<string, string | Buffer> = {
  'package.json': JSON.stringify({ name: 'hostile', private: true, dependencies: { next: '^15.1.0' } }) + '\n',
  'tsconfig.json': '{\n  "compilerOptions": { "baseUrl": "." }\n}\n',
  'pages/api/hello.ts': "import type { NextApiRequest, NextApiResponse } from 'next'\n\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.status(200).json({ name: 'John Doe' })\n}\n",
  'pages/api/syntax-error.ts': 'export default function handler(req: any, res: any) {\n  res.status(200).json({ ok: 1 })\nconst = 1\n}\n',
  'pages/api/flow.js': "// @flow\nimport type { Item } from '../../lib/types'\n\nexport default function handler(req: any, res: any): void {\n  const items: Array<Item> = []\n  res.status(200).json(items)\n}\n",
  'pages/api/decorators.ts': "function sealed(target: any) { return target }\n\n@sealed\nclass Store {\n  get() { return 1 }\n}\n\nexport default function handler(req: any, res: any) {\n  res.status(200).json({ v: new Store().get() })\n}\n",
  'pages/api/jsx-in-js.js': "const title = <h1>hello</h1>\n\nexport default function handler(req, res) {\n  res.status(200).json({ kind: typeof title })\n}\n",
  'pages/api/bom.js': '\uFEFF' + HANDLER(),
  'pages/api/crlf.ts': CRLF_ROUTE,
  'pages/api/latin1.js': Buffer.concat([Buffer.from("export default function handler(req, res) {\n  res.status(200).json({ name: 'caf"), Buffer.from([0xe9]), Buffer.from("' })\n}\n")]),
  'pages/api/empty.ts': '',
  'pages/api/generated.js': generatedRoute(),
  'pages/api/deep.js': HANDLER('let x = 0\n' + '  if (x) {\n'.repeat(300) + 'x++\n' + '}\n'.repeat(300) + '  res.status(200).json({ x })'),
  'pages/api/deeper.js': HANDLER(`const v = ${'['.repeat(5000)}1${']'.repeat(5000)}\n  res.status(200).json({ v })`),
  'pages/api/line-separator.js': HANDLER("res.status(200).json({ s: 'a\u2028b' })"),
  'pages/api/ünïcödé.js': HANDLER("const ñandú = 'ok'\n  const 名前 = '値'\n  res.status(200).json({ ñandú, 名前 })"),
  'pages/api/名前.ts': "import type { NextApiRequest, NextApiResponse } from 'next'\n\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.status(200).json({ ok: true })\n}\n",
  'pages/api/helpers.ts': 'export const helper = 1\nexport function notAHandler() {\n  return 2\n}\n',
  'pages/api/component.jsx': 'export default function Page() {\n  return <div>hi</div>\n}\n',
  'pages/api/shebang.js': '#!/usr/bin/env node\n' + HANDLER(),
  'pages/api/new\nline.js': HANDLER(),
  [LATIN1_NAME]: HANDLER(),
  'lib/types.js': '// @flow\nexport type Item = { id: number }\n',
  'lib/generated-data.js': generatedRoute().replace(/export default[\s\S]*$/, 'module.exports = DATA\n'),
};

/** Writes FILES; keys are UTF-8 paths except LATIN1_NAME, which stands for its latin1 bytes. */
function writeProject(git: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-hostile-'));
  created.push(dir);
  for (const [p, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.join(dir, path.dirname(p)), { recursive: true });
    fs.writeFileSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from(p, p === LATIN1_NAME ? 'latin1' : 'utf8')]), content);
  }
  if (git) {
    commitAll(dir);
  }
  return dir;
}

// The one line each file that cannot be read or parsed gets on stderr: names that cannot be read first, then in path order.
const ERROR_LINES = [
  /^routeshift: pages\/api\/caf\\xe9\.js: the file name is not UTF-8; skipped$/,
  /^routeshift: pages\/api\/deep\.js:\d+:\d+: nested more than 200 levels deep: routeshift leaves code this deep as it is$/,
  /^routeshift: pages\/api\/deeper\.js:2:5012: nested too deeply to parse \(Maximum call stack size exceeded\): routeshift leaves code this deep as it is$/,
  /^routeshift: pages\/api\/generated\.js:1:1: 5\.0 MB, larger than the 1\.0 MB routeshift rewrites: a generated file is left as it is$/,
  /^routeshift: pages\/api\/latin1\.js:2:36: not valid UTF-8 \(a byte sequence that does not decode, or U\+FFFD\): routeshift reads and writes UTF-8 only; the file was left byte for byte as it is$/,
  /^routeshift: pages\/api\/line-separator\.js:2:31: a raw U\+2028 LINE SEPARATOR: recast would print it as a line break; write it as an escape \(\\u2028\)$/,
  /^routeshift: pages\/api\/syntax-error\.ts:3:7: Unexpected token/,
];

const MIGRATED = ['bom.js', 'crlf.ts', 'decorators.ts', 'flow.js', 'hello.ts', 'jsx-in-js.js', 'shebang.js', 'ünïcödé.js', '名前.ts'].map((f) => `pages/api/${f}`);

describe('the CLI on a project of hostile files', () => {
  let dir = '';
  let before: Record<string, string> = {};
  let first: ReturnType<typeof cli>;
  let report: { routes: { source: string; status: string; diagnostics: Diagnostic[] }[] };
  const started = Date.now();

  beforeAll(() => {
    dir = writeProject(true);
    before = hashTree(dir);
    first = cli([], dir);
    report = JSON.parse(fs.readFileSync(path.join(dir, 'routeshift-report.json'), 'utf8'));
  }, 120000);

  test('it completes (exit 1: files errored), quickly despite the 5 MB files', () => {
    expect(first.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(60000);
  });

  test('every file that cannot be read or parsed gets one located line on stderr, and nothing else is printed there', () => {
    const lines = first.stderr.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ERROR_LINES.length);
    lines.forEach((line, i) => expect(line).toMatch(ERROR_LINES[i]));
  });

  test('the others proceed: the plain handlers and the odd-but-valid files are migrated', () => {
    const migrated = report.routes.filter((r) => r.status === 'migrated').map((r) => r.source);
    expect(migrated.sort()).toEqual([...MIGRATED].sort());
    const after = hashTree(dir, REPORTS);
    for (const source of MIGRATED) expect(after[key(source)]).toBeUndefined();
  });

  test('what is left in place says why, with a position', () => {
    const rows = new Map(report.routes.map((r) => [r.source, r]));
    const codes = (source: string) => rows.get(source)!.diagnostics.filter((d) => d.code !== 'RS501').map((d) => `${d.code} ${d.line}:${d.column}`);
    expect(codes('pages/api/empty.ts')).toEqual(['RS002 1:1']);
    expect(codes('pages/api/helpers.ts')).toEqual(['RS002 1:1']);
    expect(codes('pages/api/component.jsx')).toEqual(['RS105 1:25']);
    expect(codes('pages/api/new\nline.js')).toEqual(['RS606 1:1']);
    expect(rows.get('pages/api/new\nline.js')!.diagnostics[0].message).toBe('segment "new\\nline" has a control character');
    for (const r of report.routes) for (const d of r.diagnostics) expect(d.message).not.toMatch(/[\r\n]/);
    // the file whose name is not UTF-8 is not seen at all; discovery names it, bytes escaped
    expect(report.routes.some((r) => r.source.includes('caf'))).toBe(false);
    expect(discover(dir).unreadable).toEqual(['pages/api/caf\\xe9.js']);
  });

  test('every file not migrated is byte-identical, the non-UTF-8 ones included', () => {
    const after = hashTree(dir, REPORTS);
    const kept = Object.keys(before).filter((k) => !MIGRATED.map(key).includes(k));
    for (const k of kept) expect([k, after[k]]).toEqual([k, before[k]]);
    expect(kept).toContain(LATIN1_NAME);
    expect(kept).toContain('pages/api/latin1.js');
  });

  test('a CRLF route is CRLF throughout; a BOM is kept; a #! line stays a line', () => {
    const read = (p: string) => fs.readFileSync(path.join(dir, p), 'utf8');
    const crlf = read('app/api/crlf/route.ts');
    expect(crlf).toMatch(/\r\n/);
    expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(crlf).toContain('`line one\r\n  line two`');
    const bom = read('app/api/bom/route.js');
    expect(bom.startsWith('\uFEFFimport ')).toBe(true);
    expect(bom.slice(1)).not.toContain('\uFEFF');
    expect(read('app/api/shebang/route.js')).toMatch(/^#!\/usr\/bin\/env node\nimport /);
  });

  test('every migrated output parses (Flow as Flow, decorators, JSX in .js, Unicode names)', () => {
    const outputs = ['crlf/route.ts', 'bom/route.js', 'shebang/route.js', 'flow/route.js', 'decorators/route.ts', 'jsx-in-js/route.js', 'ünïcödé/route.js', '名前/route.ts', 'hello/route.ts'];
    for (const o of outputs) expect(() => parseSource(`app/api/${o}`, fs.readFileSync(path.join(dir, 'app/api', o), 'utf8'))).not.toThrow();
    expect(fs.readFileSync(path.join(dir, 'app/api/flow/route.js'), 'utf8')).toContain('const items: Array<Item> = []');
    expect(fs.readFileSync(path.join(dir, 'app/api/ünïcödé/route.js'), 'utf8')).toMatch(/return NextResponse\.json\(\{ ñandú, 名前 \}, \{ status: 200 \}\);?\n/);
  });

  test('a second run changes nothing and says the same', () => {
    const after = hashTree(dir, REPORTS);
    const again = cli(['--force'], dir);
    expect([again.code, again.stderr]).toEqual([first.code, first.stderr]);
    expect(hashTree(dir, REPORTS)).toEqual(after);
  }, 60000);

  test('--dry writes nothing; its diff has the CRLF route in CRLF; --patch applied by git gives the real run', () => {
    const fresh = writeProject(true);
    const untouched = hashTree(fresh);
    const dry = cli(['--dry'], fresh);
    expect([dry.code, dry.stderr]).toEqual([first.code, first.stderr]);
    expect(hashTree(fresh)).toEqual(untouched);
    // the route's section (a new file, or the route file renamed): every line of content is CRLF
    const section = dry.stdout.split(/^(?=diff --git )/m).find((s) => s.split('\n', 1)[0].endsWith(' b/app/api/crlf/route.ts'))!;
    const content = section.split('\n').filter((l) => /^[-+ ]/.test(l) && !/^(---|\+\+\+) /.test(l));
    const added = content.filter((l) => l.startsWith('+'));
    expect(added.length).toBeGreaterThan(5);
    for (const line of content) expect(line.endsWith('\r')).toBe(true);

    const patchFile = path.join(os.tmpdir(), `routeshift-hostile-${process.pid}.patch`);
    created.push(patchFile);
    expect(cli(['--patch', patchFile], fresh).code).toBe(first.code);
    expect(hashTree(fresh)).toEqual(untouched);
    execFileSync('git', ['apply', '--whitespace=nowarn', patchFile], { cwd: fresh });
    expect(hashTree(fresh, REPORTS)).toEqual(hashTree(dir, REPORTS));
  }, 120000);
});

test('with enough routes for worker threads, the hostile files get the same lines as without', () => {
  const dir = writeProject(false);
  for (let i = 0; i < 60; i++) {
    fs.mkdirSync(path.join(dir, 'pages/api/pad'), { recursive: true });
    fs.writeFileSync(path.join(dir, `pages/api/pad/r${i}.js`), HANDLER(`res.status(200).json({ i: ${i} })`));
  }
  const one = cli(['--dry', '--cpus', '1'], dir);
  const two = cli(['--dry', '--cpus', '2'], dir);
  expect(one.stderr.split('\n').filter(Boolean)).toHaveLength(ERROR_LINES.length);
  expect([two.code, two.stderr, two.stdout]).toEqual([one.code, one.stderr, one.stdout]);
}, 120000);

// ---------------------------------------------------------------------------------------------
// variants through plan()

function planOne(file: string, source: string) {
  const input: PlanInput = { routes: [{ path: file, source }], appDir: 'app', appFiles: [], projectFiles: [], next: 15, lang: /\.tsx?$/.test(file) ? 'ts' : 'js', aliases: [] };
  const result = plan(input);
  const [row] = result.rows;
  const write = result.ops.find((op) => op.kind === 'write' && op.path === row.target);
  return { row, output: write && write.kind === 'write' ? write.content : undefined, ops: result.ops };
}

const located = (d: Diagnostic) => `${d.code} ${d.line}:${d.column}`;

describe('line breaks and marks', () => {
  const body = "export default function handler(req, res) {\n  if (req.method === 'GET') {\n    return res.status(200).json({ ok: true })\n  }\n  res.status(405).end()\n}\n";

  test.each([
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n'), '\r\n'],
    ['CR only', (t: string) => t.replace(/\n/g, '\r'), '\r'],
    ['CRLF without a final line break', (t: string) => t.replace(/\n/g, '\r\n').replace(/\r\n$/, ''), '\r\n'],
    ['mostly CRLF (one LF line)', (t: string) => t.replace(/\n/g, '\r\n').replace('{\r\n', '{\n'), '\r\n'],
    ['LF', (t: string) => t, '\n'],
  ])('%s: the route uses the file’s line break throughout', (_name, shape, eol) => {
    const { row, output } = planOne('pages/api/x.js', shape(body));
    expect(row.status).toBe('migrated');
    const others = ['\r\n', '\n', '\r'].filter((e) => e !== eol);
    const stripped = output!.split(eol).join('');
    for (const e of others) if (!eol.includes(e)) expect(stripped).not.toContain(e);
    expect(output!.endsWith(eol)).toBe(true);
    expect(() => parseSource('app/api/x/route.js', output!)).not.toThrow();
  });

  test('BOM + CRLF + #!: all three kept', () => {
    const { row, output } = planOne('pages/api/x.js', '\uFEFF#!/usr/bin/env node\r\n' + body.replace(/\n/g, '\r\n'));
    expect(row.status).toBe('migrated');
    expect(output!.startsWith('\uFEFF#!/usr/bin/env node\r\nimport { NextResponse }')).toBe(true);
    expect(output!.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('a U+FEFF inside a string stays where it is', () => {
    const { row, output } = planOne('pages/api/x.js', "export default function handler(req, res) {\n  res.status(200).send('a\uFEFFb')\n}\n");
    expect(row.status).toBe('migrated');
    expect(output).toContain("'a\uFEFFb'");
    expect(output!.startsWith('\uFEFF')).toBe(false);
  });

  test.each([
    ['a string', "res.json({ s: 'a\u2028b' })", '2:19'],
    ['a template', 'res.json({ s: `a\u2029b` })', '2:19'],
    ['a comment', '// a\u2028b\n  res.json({})', '2:7'],
  ])('a raw line or paragraph separator in %s is refused where it is', (_name, code, at) => {
    const { row, ops } = planOne('pages/api/x.js', HANDLER(code));
    expect([row.status, located(row.diagnostics[0])]).toEqual(['error', `RS001 ${at}`]);
    expect(ops).toEqual([]);
  });

  test('multi-line literals keep their text when their code moves (spaces, tabs, NBSP, CRLF)', () => {
    const template = '`<p>\r\n        one\r\n\t\ttwo\r\n\u00a0 three\r\n      </p>`';
    const continued = "'first \\\r\n        second'";
    const source = [
      'export default function handler(req, res) {',
      '  switch (req.method) {',
      "    case 'GET': {",
      `      res.status(200).send(${template})`,
      '      break',
      '    }',
      "    case 'POST': {",
      `      res.status(201).send(${continued})`,
      '      break',
      '    }',
      '  }',
      '}',
      '',
    ].join('\r\n');
    const { row, output } = planOne('pages/api/x.js', source);
    expect(row.status).toBe('migrated');
    expect(output).toContain(template);
    expect(output).toContain(continued);
    expect(output!.startsWith('export function GET() {\r\n  return new Response(`<p>\r\n')).toBe(true);
  });
});

test('a CRLF file with a BOM that imports a moved route keeps both; only its specifier changes', () => {
  const route = fs.readFileSync(path.join(ROOT, '__testfixtures__/pages-api/nextauth-route.input.ts'), 'utf8');
  const importer = "\uFEFFimport { getServerSession } from 'next-auth'\r\nimport { authOptions } from '../pages/api/auth/[...nextauth]'\r\n\r\nexport const session = () => getServerSession(authOptions)\r\n";
  const result = plan({
    routes: [{ path: 'pages/api/auth/[...nextauth].ts', source: route }],
    appDir: 'app',
    appFiles: [],
    projectFiles: [{ path: 'lib/session.ts', source: importer }],
    next: 15,
    lang: 'ts',
    aliases: [],
  });
  expect(result.rows[0].status).toBe('migrated');
  const write = result.ops.find((op) => op.path === 'lib/session.ts');
  expect(write).toEqual({
    kind: 'write',
    path: 'lib/session.ts',
    before: importer,
    content: importer.replace("'../pages/api/auth/[...nextauth]'", "'../app/api/auth/[...nextauth]/auth-options'"),
  });
});

describe('size and depth', () => {
  test('a route just over 1 MB is refused without being parsed', () => {
    const source = `// ${'x'.repeat(1024 * 1024)}\n` + HANDLER();
    const started = Date.now();
    const { row, ops } = planOne('pages/api/x.js', source);
    expect(Date.now() - started).toBeLessThan(2000);
    expect([row.status, located(row.diagnostics[0])]).toEqual(['error', 'RS001 1:1']);
    expect(ops).toEqual([]);
  });

  const nested = (n: number) => HANDLER('let x = 0\n' + '  if (x) {\n'.repeat(n) + 'x++\n' + '}\n'.repeat(n) + '  res.status(200).json({ x })');

  test('95 nested blocks migrate; 120 are refused at the first node past 200 levels', () => {
    expect(planOne('pages/api/x.js', nested(95)).row.status).toBe('migrated');
    const { row } = planOne('pages/api/x.js', nested(120));
    expect(row.status).toBe('error');
    expect(row.diagnostics.map(located)).toEqual(['RS001 101:3']);
    expect(row.diagnostics[0].message).toBe('nested more than 200 levels deep: routeshift leaves code this deep as it is');
  });

  test('a long else-if chain (150 branches) still migrates', () => {
    const chain = Array.from({ length: 150 }, (_, i) => `if (req.query.a === '${i}') { return res.status(200).json({ i: ${i} }) }`).join(' else ');
    const { row, output } = planOne('pages/api/x.js', HANDLER(chain + '\n  res.status(404).end()'));
    expect(row.status).toBe('migrated');
    expect(() => parseSource('app/api/x/route.js', output!)).not.toThrow();
  });

  test.each([
    ['arrays', (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`],
    ['parentheses', (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`],
    ['arrow functions', (n: number) => `${'() => '.repeat(n)}1`],
    ['calls', (n: number) => `${'f('.repeat(n)}1${')'.repeat(n)}`],
    ['member chains', (n: number) => `x${'.a'.repeat(n)}`],
    ['conditionals', (n: number) => `${'x ? 1 : '.repeat(n)}2`],
    ['additions', (n: number) => Array(n).fill('x').join(' + ')],
  ])('10,000 nested %s: refused with one line, no crash', (_name, make) => {
    const { row, ops } = planOne('pages/api/x.js', HANDLER(`const x = 1\n  const v = ${make(10000)}\n  res.status(200).json({ v })`));
    expect(row.status).toBe('error');
    expect(row.diagnostics).toHaveLength(1);
    expect(row.diagnostics[0].code).toBe('RS001');
    expect(row.diagnostics[0].message).toMatch(/^nested (more than 200 levels deep|too deeply to parse)/);
    expect(ops).toEqual([]);
  });
});

describe('syntax: Flow, decorators, JSX, encodings', () => {
  test.each([
    ['// @flow', 'migrated'],
    ['/* @flow strict */', 'migrated'],
    ['/**\n * @flow\n */', 'migrated'],
    ['// no pragma', 'error'],
  ])('Flow annotations with %j', (header, status) => {
    const { row, output } = planOne('pages/api/x.js', `${header}\nimport type { T } from './t'\n\nexport default function handler(req: any, res: any): void {\n  const v: T = req.body\n  res.status(200).json(v)\n}\n`);
    expect(row.status).toBe(status);
    if (status === 'error') expect(located(row.diagnostics[0])).toMatch(/^RS001 \d+:\d+$/);
    else expect(() => parseSource('app/api/x/route.js', output!)).not.toThrow();
  });

  test('a non-UTF-8 byte (decoded as U+FFFD) is refused at its position, with no operation', () => {
    const text = Buffer.concat([Buffer.from('export default function handler(req, res) {\r\n  res.json({ a: 1 })\r\n  res.json({ b: "'), Buffer.from([0xff, 0xfe]), Buffer.from('" })\r\n}\r\n')]).toString('utf8');
    const { row, ops } = planOne('pages/api/x.js', text);
    expect([row.status, located(row.diagnostics[0])]).toEqual(['error', 'RS001 3:18']);
    expect(ops).toEqual([]);
  });

  test('decorators (legacy and on class members) and JSX in .js/.ts(x)', () => {
    const decorated = planOne('pages/api/x.ts', "function d(...a: any[]): any {}\n@d class A { @d m() {} }\nexport default function handler(req: any, res: any) {\n  res.status(200).json({ a: String(new A()) })\n}\n");
    expect(decorated.row.status).toBe('migrated');
    const tsx = planOne('pages/api/y.tsx', 'const el = <b>x</b>\nexport default function handler(req: any, res: any) {\n  res.status(200).json({ t: typeof el })\n}\n');
    expect(tsx.row.status).toBe('migrated');
    expect(tsx.row.target).toBe('app/api/y/route.ts');
  });
});

describe('files named like routes that are not handlers', () => {
  test.each([
    ['an empty file', '', 'left', 'RS002'],
    ['only whitespace', '  \n\n\t\n', 'left', 'RS002'],
    ['only a byte-order mark', '\uFEFF', 'left', 'RS002'],
    ['only comments', '// nothing here\n/* at all */\n', 'left', 'RS002'],
    ['named exports only', 'export const a = 1\nexport function b() {}\n', 'left', 'RS002'],
    ['types only (.ts)', 'export type X = { a: string }\n', 'left', 'RS002'],
    ['a test file', "describe('x', () => { it('works', () => {}) })\n", 'left', 'RS002'],
    ['a default object', 'export default { a: 1 }\n', 'left', 'RS102'],
    ['a default class', 'export default class Store {}\n', 'left', 'RS102'],
    ['a default number', 'export default 42\n', 'left', 'RS102'],
    ['a default string', "export default 'hello'\n", 'left', 'RS102'],
    ['module.exports of an object', 'module.exports = { helper() { return 1 } }\n', 'left', 'RS102'],
    ['a React component', 'export default function Page() {\n  return <div>hi</div>\n}\n', 'left', 'RS105'],
    ['a function with no parameters', 'module.exports = function () { return 1 }\n', 'left', 'RS105'],
    ['a middleware-like (req) function', "import { NextResponse } from 'next/server'\nexport default function middleware(req) { return NextResponse.next() }\n", 'left', 'RS105'],
    ['an Express-style (req, res, next) handler', 'export default function h(req, res, next) { next() }\n', 'left', 'RS105'],
    ['a generator', 'export default function* h(req, res) { res.json({}) }\n', 'left', 'RS102'],
    ['two default exports (.ts: babel lets them through)', 'function a(req: any, res: any) { res.json({}) }\nexport default a;\nexport default a;\n', 'left', 'RS102'],
    ['two default exports (.jsx: babel refuses them)', 'function a(req, res) { res.json({}) }\nexport default a\nexport { a as default }\n', 'error', 'RS001'],
    ['export default and module.exports (.ts)', 'function a(req: any, res: any) { res.json({}) }\nexport default a;\nmodule.exports = a;\n', 'left', 'RS102'],
    ['JSON', '{"a": 1}\n', 'error', 'RS001'],
  ])('%s', (name, source, status, code) => {
    const { row, ops } = planOne(name.includes('(.ts') ? 'pages/api/x.ts' : 'pages/api/x.jsx', source);
    expect([row.status, row.diagnostics.map((d) => d.code)]).toEqual([status, [code]]);
    expect(ops).toEqual([]);
  });
});
