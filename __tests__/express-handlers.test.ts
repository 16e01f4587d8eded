// Fixture runner for Express handlers → route functions (transforms/express-handler.ts): every case in
// __testfixtures__/express-handlers is one documented behaviour. `<case>.input.ts|js` is a module whose
// default export is an Express handler; `<case>.output.ts|js` is the expected route module, compared as
// an exact string. `bail-*` cases name their expected blocking code on the input's first line (`// RS303`)
// and have no output.
//
// Optional sidecar `<case>.json`:
//   { "method": "POST", "path": ["/api/items", "/:id"], "version": 4, "mount": "/api/items",
//     "rename": { "id": "itemId" }, "next": 15, "notes": ["RS503"] }
// defaults: method GET; path ["/api", "/<case>"] — the Express path as written, the mounts first, then the
// route's own path; it is mapped with mapExpressPath (version 4) into the target folder and the params;
// mount: the mounts joined (required in the sidecar when they hold a param); rename: params the sibling
// routes force to another name; next 15; notes: non-blocking codes the result must include.
//
// UPDATE_FIXTURES=1 npx jest __tests__/express-handlers.test.ts rewrites the expected outputs.
// The TypeScript outputs are also type-checked together with the Express helper module.

import * as fs from 'fs';
import * as path from 'path';
import { typeProblems } from './helpers/type-check';

import { transformExpressHandler, type ExpressHandlerInput, type ExpressHandlerResult } from '../transforms/express-handler';
import { parseSource } from '../src/analyze/parse';
import { CODES, type DiagnosticCode } from '../src/diagnostics/codes';
import { isUnrepresentable, joinExpressPath, mapExpressPath, type ExpressVersion } from '../src/plan/express-paths';
import { folderName } from '../src/plan/route-path';
import { expressRuntimeSource } from '../src/rewrite/express-runtime';
import type { HttpMethod, NextMajor } from '../src/types';

const FIXTURE_DIR = path.join(__dirname, '..', '__testfixtures__', 'express-handlers');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const RUNTIME_MODULE = 'app/_lib/express-api';
const MIN_CASES = 25;

interface Sidecar {
  method?: HttpMethod;
  path?: string[];
  version?: ExpressVersion;
  mount?: string;
  rename?: Record<string, string>;
  next?: NextMajor;
  notes?: string[];
}

interface FixtureCase {
  name: string;
  bail: boolean;
  inputFile: string;
  source: string;
  sidecar: Sidecar;
  input: ExpressHandlerInput;
  outputExt: string;
  expectedCode?: string;
}

const SIDECAR_KEYS = new Set(['method', 'path', 'version', 'mount', 'rename', 'next', 'notes']);
const CODE_LINE = /^\/\/\s*(RS\d{3})\b/;
const INPUT_FILE = /^(.+)\.input\.(ts|js)$/;

function inputOf(name: string, ext: string, source: string, sidecar: Sidecar): ExpressHandlerInput {
  const parts = sidecar.path ?? ['/api', `/${name}`];
  const mapping = mapExpressPath(parts, { version: sidecar.version ?? 4 });
  if (isUnrepresentable(mapping)) throw new Error(`${name}: ${mapping.unrepresentable}`);
  const rename = sidecar.rename ?? {};
  const renamed = new Map(mapping.params.map((p) => [p.name, rename[p.legacyName] ?? p.name]));
  const params = mapping.params.map((p) => ({ ...p, name: renamed.get(p.name)! }));
  const segments = mapping.segments.map((s) => (s.kind === 'static' ? s : { ...s, name: renamed.get(s.name) ?? s.name }));
  const mounts = joinExpressPath(parts.slice(0, -1));
  if (sidecar.mount === undefined && /[:*]/.test(mounts)) throw new Error(`${name}: the mount ${mounts} holds a param; give "mount" in the sidecar`);
  return {
    sourcePath: `routes/${name}.${ext}`,
    source,
    targetPath: ['app', ...segments.map(folderName), ext === 'ts' ? 'route.ts' : 'route.js'].join('/'),
    method: sidecar.method ?? 'GET',
    params,
    mount: sidecar.mount ?? (parts.length > 1 && mounts !== '/' ? mounts : ''),
    next: sidecar.next ?? 15,
    runtimeModule: RUNTIME_MODULE,
  };
}

function loadCases(): FixtureCase[] {
  if (!fs.existsSync(FIXTURE_DIR)) return [];
  const cases: FixtureCase[] = [];
  for (const file of fs.readdirSync(FIXTURE_DIR).sort()) {
    const m = INPUT_FILE.exec(file);
    if (!m) continue;
    const [, name, ext] = m;
    const source = fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
    const sidecarFile = path.join(FIXTURE_DIR, `${name}.json`);
    const sidecar: Sidecar = fs.existsSync(sidecarFile) ? JSON.parse(fs.readFileSync(sidecarFile, 'utf8')) : {};
    cases.push({
      name,
      bail: name.startsWith('bail-'),
      inputFile: file,
      source,
      sidecar,
      input: inputOf(name, ext, source, sidecar),
      outputExt: ext,
      expectedCode: CODE_LINE.exec(source.split('\n', 1)[0])?.[1],
    });
  }
  return cases;
}

const cases = loadCases();

const results = new Map<string, { result?: ExpressHandlerResult; error?: unknown }>();
function run(c: FixtureCase): ExpressHandlerResult {
  let entry = results.get(c.name);
  if (!entry) {
    try {
      entry = { result: transformExpressHandler(c.input) };
    } catch (error) {
      entry = { error };
    }
    results.set(c.name, entry);
  }
  if (entry.error !== undefined) throw entry.error;
  return entry.result!;
}

const outputFile = (c: FixtureCase) => path.join(FIXTURE_DIR, `${c.name}.output.${c.outputExt}`);
const codesOf = (result: ExpressHandlerResult) => result.diagnostics.map((d) => d.code);
const isCode = (code: string): code is DiagnosticCode => Object.prototype.hasOwnProperty.call(CODES, code);

describe('express-handlers fixtures: the collection', () => {
  test(`has at least ${MIN_CASES} cases, bail cases among them`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(cases.filter((c) => c.bail).length).toBeGreaterThanOrEqual(5);
  });

  test('every file in the folder belongs to a case', () => {
    const names = new Set(cases.map((c) => c.name));
    const orphans = fs.readdirSync(FIXTURE_DIR).filter((file) => {
      const m = /^(.+?)\.(input|output)\.[a-z]+$/.exec(file) ?? /^(.+)\.(json)$/.exec(file);
      return !m || !names.has(m[1]);
    });
    expect(orphans).toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s: input parses; sidecar and first line are well-formed', (_name, c) => {
    for (const key of Object.keys(c.sidecar)) expect(SIDECAR_KEYS.has(key)).toBe(true);
    expect(() => parseSource(c.input.sourcePath, c.source)).not.toThrow();
    for (const note of c.sidecar.notes ?? []) expect(isCode(note) && !CODES[note].blocks).toBe(true);
    if (c.bail) {
      expect(c.expectedCode).toBeDefined();
      expect(isCode(c.expectedCode!) && CODES[c.expectedCode!].blocks).toBe(true);
      expect(fs.existsSync(outputFile(c))).toBe(false);
    } else {
      expect(c.expectedCode).toBeUndefined();
    }
  });
});

for (const c of cases) {
  describe(`express-handlers/${c.name}`, () => {
    if (c.bail) {
      test(`is left in place with ${c.expectedCode}`, () => {
        const result = run(c);
        expect(result.status).toBe('left');
        expect(result.output).toBeUndefined();
        expect(codesOf(result)).toContain(c.expectedCode);
      });
      return;
    }

    test('is migrated, with no blocking diagnostic', () => {
      const result = run(c);
      expect(result.diagnostics.filter((d) => CODES[d.code].blocks)).toEqual([]);
      expect(result.status).toBe('migrated');
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
      const file = outputFile(c);
      if (UPDATE) {
        fs.writeFileSync(file, result.output!);
        return;
      }
      if (!fs.existsSync(file)) throw new Error(`missing ${path.basename(file)}: run UPDATE_FIXTURES=1 npx jest __tests__/express-handlers.test.ts, then review it`);
      expect(result.output).toBe(fs.readFileSync(file, 'utf8'));
    });

    test('output parses, and is no Express handler any more', () => {
      const result = run(c);
      expect(() => parseSource(c.input.targetPath, result.output!)).not.toThrow();
      const again = transformExpressHandler({ ...c.input, source: result.output! });
      expect(again.status).toBe('left');
      expect(codesOf(again)).toContain('RS102');
    });
  });
}

// The TypeScript outputs compile, with the helper module beside them (imports of the project's own
// modules, which the fixtures only name, are left unresolved: they are `any`).
test('the TypeScript outputs type-check against the Express helper module and next/server', () => {
  const root = path.join(__dirname, '..', '.tmp', `express-handlers-${process.pid}`);
  fs.rmSync(root, { recursive: true, force: true });
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.push(file);
  };
  for (const c of cases) {
    if (c.bail || c.outputExt !== 'ts') continue;
    const result = run(c);
    if (result.status !== 'migrated') continue;
    // one folder per case: routes of different cases may share a target path
    write(path.join(c.name, c.input.targetPath), result.output!);
    write(path.join(c.name, `${RUNTIME_MODULE}.ts`), expressRuntimeSource('ts'));
  }
  // the fixtures' own modules ('../data/store') do not exist: importing them fails, and callbacks over their values are untyped
  const problems = typeProblems(files, root, [2307, 7016, 7006, 7031]);
  fs.rmSync(root, { recursive: true, force: true });
  expect(problems).toEqual([]);
});
