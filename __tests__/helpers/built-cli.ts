// The real routeshift binary for tests that spawn it: dist/ rebuilt first when a source is newer, a runner
// that returns exit code and output, and temp folders removed after the suite.

import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'dist/bin/routeshift.js');

/** Newest mtime of the .ts files under the given folders. */
export function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(abs).mtimeMs);
    }
  };
  dirs.filter((d) => fs.existsSync(d)).forEach(walk);
  return newest;
}

/** Registers a beforeAll that rebuilds dist/ when `built` is older than the sources (default: the CLI). */
export function ensureBuilt(built = BIN): void {
  beforeAll(() => {
    const at = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
    if (at < newestMtime(['src', 'bin', 'transforms'].map((d) => path.join(ROOT, d)))) {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    }
  }, 120000);
}

/** Runs the CLI in `cwd`: its exit code, stdout and stderr. */
export function cli(args: string[], cwd: string, env?: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: env ?? process.env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder, removed when the suite ends. */
export function tempDirs(prefix: string): () => string {
  const created: string[] = [];
  afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    created.push(dir);
    return dir;
  };
}

/** path → sha256 of every file (outside .git), optionally skipping some paths. */
export function hashTree(dir: string, skip: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (e.isDirectory()) walk(abs);
      else if (!skip.includes(rel)) out[rel] = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** `dir` as a git repository with everything in it committed (a clean tree, as the CLI wants it). */
export function commitAll(dir: string): void {
  const g = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'pipe' });
  g('init', '-q');
  g('add', '-A');
  g('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'init');
}
