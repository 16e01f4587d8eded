// Fixture runner for the pages/api transform: every case in __testfixtures__/pages-api is one
// documented behaviour. `<case>.input.ts|js` goes in; `<case>.output.ts|js` is the expected route
// handler, compared as an exact string. `bail-*` / `noop-*` cases name their expected diagnostic
// code on the input's first line (`// RS301`) and have no output.
//
// Optional sidecar `<case>.json`:
//   { "sourcePath": "pages/api/users/[id].ts", "next": 14, "notes": ["RS501"] }
// defaults: sourcePath `pages/api/<case>.<ext>`, next 15, notes []. `notes` lists diagnostic codes
// the migrated result must include (a subset check).
//
// UPDATE_FIXTURES=1 npx jest __tests__/fixtures.test.ts rewrites the expected files
// (`<case>.output.<ext>` and `<case>.extra.<n>.<ext>`) from the transform instead of comparing.

import * as fs from 'fs';
import * as path from 'path';

import { transformPagesRoute } from '../transforms/pages-api';
import { parseSource } from '../src/analyze/parse';
import { CODES, type DiagnosticCode } from '../src/diagnostics/codes';
import type { NextMajor, PagesRouteInput, RouteParam, TransformResult } from '../src/types';

const FIXTURE_DIR = path.join(__dirname, '..', '__testfixtures__', 'pages-api');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const RUNTIME_MODULE = 'app/_lib/legacy-api';
const MIN_CASES = 48;
const MIN_MIGRATED_OR_BAIL = 40;

type CaseKind = 'migrated' | 'bail' | 'noop';

interface Sidecar {
  sourcePath?: string;
  next?: NextMajor;
  notes?: string[];
}

interface FixtureCase {
  name: string;
  kind: CaseKind;
  inputFile: string;
  source: string;
  sidecar: Sidecar;
  input: PagesRouteInput;
  /** Extension of the route file the transform writes ('ts' | 'js'). */
  outputExt: string;
  /** `bail-*` / `noop-*`: the code named on the input's first line. */
  expectedCode?: string;
}

const SIDECAR_KEYS = new Set(['sourcePath', 'next', 'notes']);
const CODE_LINE = /^\/\/\s*(RS\d{3})\b/;
const INPUT_FILE = /^(.+)\.input\.(ts|tsx|js|jsx|mjs)$/;

// 'pages/api/users/[id].ts' → 'app/api/users/[id]/route.ts'; 'pages/api/a/index.js' → 'app/api/a/route.js'
function targetPathFor(sourcePath: string): string {
  const m = /^((?:src\/)?)pages\/(.+)\.(tsx?|jsx?|mjs|cjs)$/.exec(sourcePath);
  if (!m) throw new Error(`not a pages path: ${sourcePath}`);
  const [, prefix, route, ext] = m;
  const segments = route.split('/');
  if (segments[segments.length - 1] === 'index') segments.pop();
  const routeFile = ext === 'ts' || ext === 'tsx' ? 'route.ts' : 'route.js';
  return `${prefix}app/${[...segments, routeFile].join('/')}`;
}

// 'pages/api/a/[id]/[...slug].ts' → [{ id, single }, { slug, catchAll }]
function paramsFor(sourcePath: string): RouteParam[] {
  const withoutExt = sourcePath.replace(/\.[^./]+$/, '');
  const params: RouteParam[] = [];
  for (const segment of withoutExt.split('/')) {
    let m: RegExpExecArray | null;
    if ((m = /^\[\[\.\.\.([^\]]+)\]\]$/.exec(segment))) {
      params.push({ legacyName: m[1], name: m[1], kind: 'optionalCatchAll' });
    } else if ((m = /^\[\.\.\.([^\]]+)\]$/.exec(segment))) {
      params.push({ legacyName: m[1], name: m[1], kind: 'catchAll' });
    } else if ((m = /^\[([^\]]+)\]$/.exec(segment))) {
      params.push({ legacyName: m[1], name: m[1], kind: 'single' });
    }
  }
  return params;
}

function readSidecar(name: string): Sidecar {
  const file = path.join(FIXTURE_DIR, `${name}.json`);
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Sidecar;
}

function loadCases(): FixtureCase[] {
  if (!fs.existsSync(FIXTURE_DIR)) return [];
  const cases: FixtureCase[] = [];
  for (const file of fs.readdirSync(FIXTURE_DIR).sort()) {
    const m = INPUT_FILE.exec(file);
    if (!m) continue;
    const [, name, ext] = m;
    const source = fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
    const sidecar = readSidecar(name);
    const sourcePath = sidecar.sourcePath ?? `pages/api/${name}.${ext}`;
    const targetPath = targetPathFor(sourcePath);
    const kind: CaseKind = name.startsWith('bail-') ? 'bail' : name.startsWith('noop-') ? 'noop' : 'migrated';
    cases.push({
      name,
      kind,
      inputFile: file,
      source,
      sidecar,
      input: {
        sourcePath,
        source,
        targetPath,
        params: paramsFor(sourcePath),
        next: sidecar.next ?? 15,
        runtimeModule: RUNTIME_MODULE,
      },
      outputExt: path.extname(targetPath).slice(1),
      expectedCode: CODE_LINE.exec(source.split('\n', 1)[0])?.[1],
    });
  }
  return cases;
}

const cases = loadCases();

// One transform run per case, shared by its tests; a throw is remembered and rethrown in each.
const results = new Map<string, { result?: TransformResult; error?: unknown }>();
function run(c: FixtureCase): TransformResult {
  let entry = results.get(c.name);
  if (!entry) {
    try {
      entry = { result: transformPagesRoute(c.input) };
    } catch (error) {
      entry = { error };
    }
    results.set(c.name, entry);
  }
  if (entry.error !== undefined) throw entry.error;
  return entry.result!;
}

function outputFile(c: FixtureCase): string {
  return path.join(FIXTURE_DIR, `${c.name}.output.${c.outputExt}`);
}

/** Expected extra files on disk for a case, in index order: `<case>.extra.<n>.<ext>`. */
function extraFilesOnDisk(c: FixtureCase): string[] {
  const re = new RegExp(`^${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.extra\\.(\\d+)\\.[a-z]+$`);
  return fs
    .readdirSync(FIXTURE_DIR)
    .map((f) => ({ f, m: re.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
    .map((x) => x.f);
}

/** `app/api/x/auth-options.ts` + source → the text stored in `<case>.extra.<n>.ts`. */
function renderExtra(extraPath: string, source: string): string {
  return `// ${extraPath}\n${source}`;
}

function extraFileName(c: FixtureCase, index: number, extraPath: string): string {
  const ext = path.extname(extraPath).slice(1) || c.outputExt;
  return `${c.name}.extra.${index + 1}.${ext}`;
}

function codesOf(result: TransformResult): string[] {
  return result.diagnostics.map((d) => d.code);
}

function isCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(CODES, code);
}

describe('pages-api fixtures: the collection', () => {
  test(`has at least ${MIN_CASES} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  test(`has at least ${MIN_MIGRATED_OR_BAIL} migrated-or-bail cases`, () => {
    const count = cases.filter((c) => c.kind === 'migrated' || c.kind === 'bail').length;
    expect(count).toBeGreaterThanOrEqual(MIN_MIGRATED_OR_BAIL);
  });

  test('every file in the folder belongs to a case', () => {
    const names = new Set(cases.map((c) => c.name));
    const orphans = fs.readdirSync(FIXTURE_DIR).filter((file) => {
      const m = /^(.+?)\.(input|output|extra\.\d+)\.[a-z]+$/.exec(file) ?? /^(.+)\.(json)$/.exec(file);
      return !m || !names.has(m[1]);
    });
    expect(orphans).toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s: input parses; sidecar and first line are well-formed', (_name, c) => {
    for (const key of Object.keys(c.sidecar)) expect(SIDECAR_KEYS.has(key)).toBe(true);
    expect(c.input.sourcePath).toMatch(/^(src\/)?pages\/api\//);
    expect(path.extname(c.input.sourcePath)).toBe(path.extname(c.inputFile));
    expect([14, 15, 16]).toContain(c.input.next);
    expect(() => parseSource(c.input.sourcePath, c.source)).not.toThrow();
    for (const note of c.sidecar.notes ?? []) {
      expect(isCode(note) && !CODES[note].blocks).toBe(true);
    }
    if (c.kind === 'migrated') {
      expect(c.expectedCode).toBeUndefined();
    } else {
      expect(c.expectedCode).toBeDefined();
      const code = c.expectedCode!;
      expect(isCode(code) && CODES[code].blocks).toBe(true);
      expect(c.sidecar.notes).toBeUndefined();
      expect(fs.existsSync(outputFile(c))).toBe(false);
      expect(extraFilesOnDisk(c)).toEqual([]);
    }
  });
});

for (const c of cases) {
  describe(`pages-api/${c.name}`, () => {
    if (c.kind === 'bail') {
      test(`is left in place with ${c.expectedCode}`, () => {
        const result = run(c);
        expect(result.status).toBe('left');
        expect(result.output).toBeUndefined();
        expect(result.extraFiles).toEqual([]);
        expect(codesOf(result)).toContain(c.expectedCode);
      });
      return;
    }

    if (c.kind === 'noop') {
      test(`is not a route (${c.expectedCode})`, () => {
        const result = run(c);
        expect(result.status).toBe('not-a-route');
        expect(result.output).toBeUndefined();
        expect(codesOf(result)).toContain(c.expectedCode);
      });
      return;
    }

    test('is migrated, with no blocking diagnostic', () => {
      const result = run(c);
      const blocking = result.diagnostics.filter((d) => CODES[d.code].blocks);
      expect(blocking).toEqual([]);
      expect(result.status).toBe('migrated');
      expect(typeof result.output).toBe('string');
    });

    if (c.sidecar.notes?.length) {
      test(`reports ${c.sidecar.notes.join(', ')}`, () => {
        const codes = codesOf(run(c));
        for (const note of c.sidecar.notes!) expect(codes).toContain(note);
      });
    }

    test(`output equals ${path.basename(outputFile(c))}`, () => {
      const result = run(c);
      expect(result.status).toBe('migrated');
      const actual = result.output!;
      const file = outputFile(c);
      if (UPDATE) {
        fs.writeFileSync(file, actual);
        return;
      }
      if (!fs.existsSync(file)) {
        throw new Error(`missing ${path.basename(file)}: run UPDATE_FIXTURES=1 npx jest __tests__/fixtures.test.ts, then review it`);
      }
      expect(actual).toBe(fs.readFileSync(file, 'utf8'));
    });

    test('extra files equal their .extra.<n> fixtures', () => {
      const result = run(c);
      expect(result.status).toBe('migrated');
      const expectedNames = result.extraFiles.map((x, i) => extraFileName(c, i, x.path));
      if (UPDATE) {
        for (const stale of extraFilesOnDisk(c)) fs.unlinkSync(path.join(FIXTURE_DIR, stale));
        result.extraFiles.forEach((x, i) => {
          fs.writeFileSync(path.join(FIXTURE_DIR, expectedNames[i]), renderExtra(x.path, x.source));
        });
        return;
      }
      expect(extraFilesOnDisk(c)).toEqual(expectedNames);
      result.extraFiles.forEach((x, i) => {
        expect(renderExtra(x.path, x.source)).toBe(fs.readFileSync(path.join(FIXTURE_DIR, expectedNames[i]), 'utf8'));
      });
    });

    test('output and extra files parse', () => {
      const result = run(c);
      expect(result.status).toBe('migrated');
      expect(() => parseSource(c.input.targetPath, result.output!)).not.toThrow();
      for (const extra of result.extraFiles) {
        expect(() => parseSource(extra.path, extra.source)).not.toThrow();
      }
    });

    test('a second run changes nothing (the output is not a route)', () => {
      const result = run(c);
      expect(result.status).toBe('migrated');
      const again = transformPagesRoute({ ...c.input, source: result.output! });
      expect(again.status).toBe('not-a-route');
      expect(again.output).toBeUndefined();
    });
  });
}
