// What `npm pack` ships, and that it runs where it is installed: the tarball holds the compiled
// code (dist/bin, dist/src, dist/transforms: one .js per source, nothing else of dist/), README.md,
// LICENSE, package.json and schema/*.schema.json; its bin starts with a shebang and is executable.
// Installed into a fresh project that declares nothing but routeshift (its dependencies resolved by
// npm, from the cache when it has them), `npx routeshift --dry` migrates a pages/api route, and the
// README's jscodeshift command runs; installed globally (into a temp prefix) the command runs too.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const BIN = 'dist/bin/routeshift.js';

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `routeshift-${name}-`));
  created.push(dir);
  return dir;
};

/** Every .ts under `dir` (project-relative, POSIX), declaration files aside. */
function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(child);
    }
  };
  if (fs.existsSync(path.join(ROOT, dir))) walk(dir);
  return out;
}

const RUNTIME_SOURCES = ['bin', 'src', 'transforms'];

beforeAll(() => {
  const newest = Math.max(...RUNTIME_SOURCES.flatMap(sources).map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs));
  const stale = () => !fs.existsSync(path.join(ROOT, BIN)) || fs.statSync(path.join(ROOT, BIN)).mtimeMs < newest;
  if (!stale()) return;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (stale()) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}, 120000);

/** The environment of a command run as a user would: no npm_* settings inherited from `npm test`. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_PATH') env[k] = v;
  return env;
}

function run(cmd: string, args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 120000, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), all: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

function must(r: ReturnType<typeof run>, what: string) {
  if (r.code !== 0) throw new Error(`${what} exited with ${r.code}:\n${r.all}`);
  return r;
}

interface TarEntry {
  path: string;
  mode: number;
  body: Buffer;
}

/** The regular files of a .tgz (ustar, as npm writes it), paths without the leading 'package/'. */
function readTarball(file: string): TarEntry[] {
  const data = zlib.gunzipSync(fs.readFileSync(file));
  const entries: TarEntry[] = [];
  const str = (b: Buffer) => b.toString('utf8').replace(/\0[\s\S]*$/, '');
  let paxPath: string | undefined;
  for (let at = 0; at + 512 <= data.length; ) {
    const header = data.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(str(header.subarray(124, 136)).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = data.subarray(at + 512, at + 512 + size);
    const prefix = str(header.subarray(345, 500));
    const name = paxPath ?? (prefix ? `${prefix}/` : '') + str(header.subarray(0, 100));
    paxPath = undefined;
    if (type === 'x') paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else if (type === '0') entries.push({ path: name.replace(/^package\//, ''), mode: parseInt(str(header.subarray(100, 108)).trim(), 8), body: Buffer.from(body) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

const ALLOWED = /^(dist\/(bin|src|transforms)\/.+\.js|README\.md|LICENSE|package\.json|schema\/[^/]+\.schema\.json)$/;

describe('the npm package', () => {
  let tarball: string;
  let entries: TarEntry[];

  beforeAll(() => {
    const out = tempDir('pack');
    const r = must(run('npm', ['pack', '--json', '--pack-destination', out], ROOT), 'npm pack');
    const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
    tarball = path.join(out, info.filename);
    entries = readTarball(tarball);
    expect(entries.map((e) => e.path).sort()).toEqual(info.files.map((f: { path: string }) => f.path).sort());
  }, 60000);

  test('holds exactly the compiled code, README, LICENSE, package.json and the schema', () => {
    const schemas = fs.existsSync(path.join(ROOT, 'schema')) ? fs.readdirSync(path.join(ROOT, 'schema')).filter((f) => f.endsWith('.schema.json')).map((f) => `schema/${f}`) : [];
    const compiled = RUNTIME_SOURCES.flatMap(sources).map((f) => `dist/${f.replace(/\.ts$/, '.js')}`);
    const expected = [...compiled, 'README.md', 'LICENSE', 'package.json', ...schemas].sort();
    const files = entries.map((e) => e.path).sort();

    expect(files.filter((f) => !ALLOWED.test(f))).toEqual([]);
    expect(files).toEqual(expected);
    expect(files).toEqual(expect.arrayContaining([BIN, 'dist/src/cli.js', 'dist/transforms/pages-api.js', 'dist/transforms/pages-api-handler.js']));
    expect(files.some((f) => /^(dist\/bench|__tests__|__testfixtures__|examples|src|bin|transforms|bench)\//.test(f))).toBe(false);
    expect(entries.find((e) => e.path === 'LICENSE')!.body.toString()).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the routeshift authors\n/);

    const pkg = JSON.parse(entries.find((e) => e.path === 'package.json')!.body.toString());
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(pkg.license).toBe('MIT');
    expect(pkg.bin).toEqual({ routeshift: BIN });
    expect(files).toContain(pkg.main);
    for (const target of Object.values<string>(pkg.exports)) expect(files).toContain(target.replace(/^\.\//, ''));
  });

  test('its bin starts with a shebang and is executable', () => {
    const bin = entries.find((e) => e.path === BIN)!;
    expect(bin.body.toString().split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect((bin.mode & 0o111).toString(8)).toBe('111');
  });

  test('installed alone into a fresh project, npx routeshift --dry migrates its route; the jscodeshift transform runs', () => {
    const project = tempDir('installed');
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }, null, 2) + '\n');
    fs.mkdirSync(path.join(project, 'pages/api'), { recursive: true });
    const handler = `import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') return res.status(200).json({ users: [] });
  res.status(405).end();
}
`;
    fs.writeFileSync(path.join(project, 'pages/api/users.ts'), handler);
    fs.writeFileSync(path.join(project, 'pages/api/teams.ts'), handler);

    must(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project), 'npm install <tarball>');
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
    // the project declares routeshift and nothing else: what routeshift needs comes with it
    expect(Object.keys(manifest.dependencies)).toEqual(['routeshift']);
    expect(manifest.devDependencies).toBeUndefined();
    expect(fs.realpathSync(require.resolve('jscodeshift', { paths: [path.join(project, 'node_modules/routeshift')] })).startsWith(fs.realpathSync(project))).toBe(true);

    const dry = run('npx', ['routeshift', '--dry'], project);
    expect({ code: dry.code, stderr: dry.stderr }).toEqual({ code: 0, stderr: '' });
    expect(dry.stdout).toContain('+++ b/app/api/users/route.ts');
    expect(dry.stdout).toContain('--- a/pages/api/users.ts');
    expect(dry.stdout).toContain('+export function GET() {');
    expect(dry.stdout).toMatch(/2 migrated, 0 left in place, 0 errors/);
    expect(fs.readFileSync(path.join(project, 'pages/api/users.ts'), 'utf8')).toBe(handler);
    expect(fs.existsSync(path.join(project, 'app'))).toBe(false);

    // the README's command, verbatim
    const jscs = must(run('npx', ['jscodeshift', '-t', 'node_modules/routeshift/dist/transforms/pages-api-handler.js', 'pages/api/users.ts'], project), 'npx jscodeshift');
    expect(jscs.stdout).toContain('migrated: move it to app/api/users/route.ts');
    const rewritten = fs.readFileSync(path.join(project, 'pages/api/users.ts'), 'utf8');
    expect(rewritten).toContain('export function GET() {');
    expect(rewritten).not.toContain('NextApiRequest');
    expect(fs.readFileSync(path.join(project, 'pages/api/teams.ts'), 'utf8')).toBe(handler);
  }, 120000);

  test('installed globally, the routeshift command runs', () => {
    const prefix = tempDir('global');
    must(run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], prefix), 'npm install --global <tarball>');
    const command = path.join(prefix, 'bin', 'routeshift');
    const version = run(command, ['--version'], os.tmpdir());
    expect({ code: version.code, stdout: version.stdout }).toEqual({ code: 0, stdout: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version + '\n' });
    const help = run(command, ['--help'], os.tmpdir());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('routeshift [dir]');
  }, 120000);
});
