// dist/transforms/pages-api-handler.js through the real jscodeshift CLI: fixture inputs copied into a
// temp project under their pages/api paths are rewritten in place to exactly the fixture's expected
// route module; a bail-* input is left byte for byte, with its diagnostic reported as file:line:col.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newestMtime } from './helpers/built-cli';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, '__testfixtures__', 'pages-api');
const TRANSFORM = path.join(ROOT, 'dist/transforms/pages-api-handler.js');
const JSCODESHIFT = path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));


beforeAll(() => {
  const stale = () => !fs.existsSync(TRANSFORM) || fs.statSync(TRANSFORM).mtimeMs < newestMtime(['src', 'transforms'].map((d) => path.join(ROOT, d)));
  if (!stale()) return;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  // tsc emits even when another part of the tree has a type error: only a missing or stale output fails here
  if (stale()) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}, 120000);

interface Case {
  name: string;
  /** The fixture's sourcePath (its .json sidecar, else pages/api/<name>.<ext>). */
  sourcePath: string;
  next: number;
  input: string;
  /** Expected new text; undefined: left unchanged. */
  output?: string;
}

function fixture(name: string): Case {
  const inputFile = fs.readdirSync(FIXTURES).find((f) => f.startsWith(`${name}.input.`))!;
  const ext = inputFile.slice(`${name}.input.`.length);
  const sidecarFile = path.join(FIXTURES, `${name}.json`);
  const sidecar = fs.existsSync(sidecarFile) ? JSON.parse(fs.readFileSync(sidecarFile, 'utf8')) : {};
  const outputFile = path.join(FIXTURES, `${name}.output.${ext}`);
  return {
    name,
    sourcePath: sidecar.sourcePath ?? `pages/api/${name}.${ext}`,
    next: sidecar.next ?? 15,
    input: fs.readFileSync(path.join(FIXTURES, inputFile), 'utf8'),
    output: fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : undefined,
  };
}

function project(cases: Case[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-jscodeshift-'));
  created.push(dir);
  for (const c of cases) {
    fs.mkdirSync(path.join(dir, path.dirname(c.sourcePath)), { recursive: true });
    fs.writeFileSync(path.join(dir, c.sourcePath), c.input);
  }
  return dir;
}

function jscodeshift(dir: string, args: string[]) {
  // jscodeshift colors its summary when the environment forces color (FORCE_COLOR, as some CI runners set):
  // ask it for plain text, and read the words without escapes should a runner force color some other way
  const env = { ...process.env, FORCE_COLOR: '0' };
  const r = spawnSync(process.execPath, [JSCODESHIFT, '-t', TRANSFORM, '--fail-on-error', ...args], { cwd: dir, encoding: 'utf8', env });
  const out = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  if (r.status !== 0) throw new Error(`jscodeshift exited with ${r.status ?? r.signal}:\n${out}`);
  return { code: r.status, out };
}

describe('pages-api-handler as a jscodeshift transform', () => {
  test('rewrites fixture inputs in place to their expected outputs; a bail-* input stays as it was', () => {
    const cases = ['default-function-declaration', 'query-segment-param', 'js-stays-js', 'body-json', 'bail-req-socket'].map(fixture);
    expect(cases.every((c) => c.next === 15)).toBe(true);
    expect(cases.filter((c) => c.output === undefined).map((c) => c.name)).toEqual(['bail-req-socket']);
    const dir = project(cases);

    const r = jscodeshift(dir, ['--next=15', ...cases.map((c) => c.sourcePath)]);

    expect(r.code).toBe(0);
    for (const c of cases) {
      expect({ name: c.name, text: fs.readFileSync(path.join(dir, c.sourcePath), 'utf8') }).toEqual({ name: c.name, text: c.output ?? c.input });
    }
    expect(r.out).toMatch(/\b4 ok\b/);
    expect(r.out).toMatch(/\b0 errors\b/);
    // the handler left in place: its blocking diagnostic with file:line:col
    expect(r.out).toMatch(/RS201 pages\/api\/feedback\.ts:\d+:\d+ .*req\.socket.*\(left unchanged\)/);
    // the route that imports the helper module says it is not written
    expect(r.out).toContain('pages/api/posts/index.ts imports app/_lib/legacy-api, the helper module routeshift writes and this transform does not');
    expect(r.out).toContain('migrated: move it to app/api/posts/[id]/route.ts');
    expect(r.out).not.toMatch(/pages\/api\/(default-function-declaration|posts\/\[id\])\.ts imports/);
  });

  test('targets Next 16 without --next; a route that needs other files written is left unchanged', () => {
    const next16 = fixture('next16-params');
    const nextauth = fixture('nextauth-route');
    expect(next16.next).toBe(16);
    expect(nextauth.output).toBeDefined();
    const dir = project([next16, nextauth]);

    const r = jscodeshift(dir, [next16.sourcePath, nextauth.sourcePath]);

    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, next16.sourcePath), 'utf8')).toBe(next16.output);
    // next-auth's authOptions would move to a sibling module only routeshift writes
    expect(fs.readFileSync(path.join(dir, nextauth.sourcePath), 'utf8')).toBe(nextauth.input);
    expect(r.out).toContain('needs routeshift: the migration also writes app/api/auth/[...nextauth]/auth-options.ts (left unchanged)');
  });
});
