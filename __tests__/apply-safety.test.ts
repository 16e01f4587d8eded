// Transactional apply, on real temp trees: a fault injected at every step of apply (ROUTESHIFT_FAULT,
// read by the apply code: the step throws the I/O error a real failure would), the real CLI killed
// (SIGKILL) and interrupted (SIGINT) at every step and at varied moments, paths outside the project,
// and the lock. After each, every file and folder of the tree is hashed: it must be byte-identical to
// the tree before or to the fully migrated one (after the next run's recovery where one is needed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPlan, ApplyError } from '../src/apply/apply';
import { FAULT_ENV } from '../src/apply/fault';
import { journalExists, JOURNAL_FILE, recoverInterrupted, RecoveryError } from '../src/apply/journal';
import { acquireLock, LOCK_FILE, LockError } from '../src/apply/lock';
import { beginRun } from '../src/apply/session';
import type { FileOp } from '../src/plan/plan-types';
import { BIN, ensureBuilt } from './helpers/built-cli';

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Figures for the reply: fault points injected, processes killed, bytes lost. */
const figures = { faultPoints: 0, doubleFaults: 0, cliFaultKills: 0, cliFaultInts: 0, timedKills: 0, timedInts: 0, timedOutcomes: { before: 0, after: 0 }, lostBytes: 0 };
afterAll(() => console.log(`apply-safety figures: ${JSON.stringify(figures)}`));


ensureBuilt();

function tempDir(prefix = 'routeshift-safety-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

function writeTree(dir: string, files: Record<string, string | Buffer>): string {
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

type Tree = Record<string, string>;

/** Every file (sha256 and mode) and folder under `dir`, .git excepted; symbolic links by target. */
function hashTree(dir: string): Tree {
  const out: Tree = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (e.isSymbolicLink()) out[rel] = `link ${fs.readlinkSync(abs)}`;
      else if (e.isDirectory()) {
        out[rel + '/'] = 'dir';
        walk(abs);
      } else out[rel] = `${crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex')} ${(fs.statSync(abs).mode & 0o777).toString(8)} ${fs.statSync(abs).size}`;
    }
  };
  walk(dir);
  return out;
}

/** Bytes of `ref`'s files that `tree` does not hold byte for byte. */
function bytesMissing(tree: Tree, ref: Tree): number {
  let n = 0;
  for (const [p, h] of Object.entries(ref)) if (h !== 'dir' && tree[p] !== h) n += Number(h.split(' ')[2] ?? 0);
  return n;
}

/** The tree must be exactly `before` or exactly `after`; counts lost bytes (those of the nearer one). */
function expectBeforeOrAfter(tree: Tree, before: Tree, after: Tree, what: string): 'before' | 'after' {
  const lost = Math.min(bytesMissing(tree, before), bytesMissing(tree, after));
  figures.lostBytes += lost;
  const isBefore = JSON.stringify(tree) === JSON.stringify(before);
  const isAfter = JSON.stringify(tree) === JSON.stringify(after);
  if (!isBefore && !isAfter) {
    const near = bytesMissing(tree, before) <= bytesMissing(tree, after) ? before : after;
    expect({ what, tree }).toEqual({ what, tree: near }); // shows the difference
  }
  return isBefore ? 'before' : 'after';
}

function withFault<T>(spec: string | undefined, fn: () => T): T {
  const old = process.env[FAULT_ENV];
  if (spec === undefined) delete process.env[FAULT_ENV];
  else process.env[FAULT_ENV] = spec;
  try {
    return fn();
  } finally {
    if (old === undefined) delete process.env[FAULT_ENV];
    else process.env[FAULT_ENV] = old;
  }
}

// ---------------------------------------------------------------------------------------------
// In-process: applyPlan with a fault at every step.

const LATIN1 = Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0xe8, 0x0a]); // not UTF-8: must survive as bytes
const BEFORE_FILES: Record<string, string | Buffer> = {
  'pages/api/users/[id].ts': 'export default function h() {}\n',
  'pages/api/deep/er/x.ts': 'export default function x() {}\n',
  'pages/api/keep.ts': 'kept\n',
  'lib/a.ts': 'one\ntwo\nthree',
  'lib/run.sh': '#!/bin/sh\necho hi\n',
  'lib/latin1.txt': LATIN1,
  'pages/index.tsx': 'page\n',
  'routeshift-report.md': 'old report\n',
};
const OPS: FileOp[] = [
  { kind: 'write', path: 'app/api/users/[id]/route.ts', content: 'export function GET() {}\n' },
  { kind: 'write', path: 'app/api/deep/er/x/route.ts', content: 'export function POST() {}\n' },
  { kind: 'write', path: 'app/_lib/legacy-api.ts', content: 'export const helper = 1;\n' },
  { kind: 'write', path: 'lib/a.ts', content: 'one\n2\nthree', before: 'one\ntwo\nthree' },
  { kind: 'write', path: 'lib/run.sh', content: '#!/bin/sh\necho bye\n', before: '#!/bin/sh\necho hi\n' },
  { kind: 'delete', path: 'pages/api/users/[id].ts', before: 'export default function h() {}\n' },
  { kind: 'delete', path: 'pages/api/deep/er/x.ts', before: 'export default function x() {}\n' },
];
const OUTPUTS = [
  { path: 'routeshift-report.md', content: '# new report\n' },
  { path: 'routeshift-report.json', content: '{}\n' },
];

function beforeTree(): string {
  const dir = writeTree(tempDir(), BEFORE_FILES);
  fs.chmodSync(path.join(dir, 'lib/run.sh'), 0o755);
  return dir;
}

describe('a fault at every step of apply (in-process, ROUTESHIFT_FAULT)', () => {
  let BEFORE: Tree;
  let AFTER: Tree;
  let steps = 0;

  beforeAll(() => {
    const b = beforeTree();
    BEFORE = hashTree(b);
    const a = beforeTree();
    withFault(undefined, () => applyPlan(a, OPS, { outputs: OUTPUTS }));
    AFTER = hashTree(a);
    expect(AFTER['lib/run.sh']).toMatch(/ 755 /); // the mode of a replaced file is kept
    expect(AFTER['lib/latin1.txt']).toBe(BEFORE['lib/latin1.txt']);
    expect(Object.keys(AFTER).filter((p) => p.startsWith('pages/api'))).toEqual(['pages/api/', 'pages/api/keep.ts']);
    expect(Object.keys(AFTER).some((p) => p.startsWith('.routeshift'))).toBe(false);
  });

  test('each step fails in turn (EIO, EACCES, ENOSPC, EPERM): the tree is as before, or migrated once recovered', () => {
    const hows = ['EIO', 'EACCES', 'ENOSPC', 'EPERM'];
    for (let k = 1; ; k++) {
      const dir = beforeTree();
      let error: unknown;
      withFault(`${k}@${hows[k % hows.length]}`, () => {
        try {
          applyPlan(dir, OPS, { outputs: OUTPUTS });
        } catch (err) {
          error = err;
        }
      });
      if (!error) {
        // k is past the last step: the apply completed.
        expect(hashTree(dir)).toEqual(AFTER);
        steps = k - 1;
        break;
      }
      figures.faultPoints++;
      expect(error).toBeInstanceOf(ApplyError);
      const message = (error as Error).message;
      expect(message).toContain(`fault injected at step ${k}`);
      expect(message).not.toContain('\n');
      if (/nothing was changed$/.test(message)) {
        expect(expectBeforeOrAfter(hashTree(dir), BEFORE, AFTER, `fault at step ${k}`)).toBe('before');
      } else {
        // Past the commit point: the migration is in place, its clean-up is left to the next run.
        expect(message).toMatch(/^the migration is in place, but cleaning up failed .*; the next run finishes it$/);
        expect(journalExists(dir)).toBe(true);
        expect(recoverInterrupted(dir)).toMatchObject({ done: 'rolled forward' });
        expect(expectBeforeOrAfter(hashTree(dir), BEFORE, AFTER, `fault at step ${k}, recovered`)).toBe('after');
      }
    }
    // staging + 7 staged writes + journal + 5 backups + 7 placements + commit + prune + cleanup
    expect(steps).toBe(1 + 7 + 1 + 5 + 7 + 1 + 1 + 1);
  });

  test('a step fails, then its rollback fails at each of its steps: the journal stays and the next recovery (itself failing once) restores the tree', () => {
    expect(steps).toBeGreaterThan(0);
    for (let k = 1; k <= steps; k++) {
      for (let j = 1; ; j++) {
        const dir = beforeTree();
        let message = '';
        withFault(`${k},${k + j}`, () => {
          try {
            applyPlan(dir, OPS, { outputs: OUTPUTS });
          } catch (err) {
            message = (err as Error).message;
          }
        });
        if (!/undoing it failed too/.test(message)) break; // the rollback has fewer steps (or none: before the journal)
        figures.doubleFaults++;
        expect(message).toMatch(new RegExp(`fault injected at step ${k}\\).*; undoing it failed too \\(.*fault injected at step ${k + j}\\)\\): the next run undoes it from \\.routeshift/journal\\.json$`));
        expect(journalExists(dir)).toBe(true);
        // The recovery fails once more (at its last step), then completes when run again.
        withFault('recover-undo-cleanup', () => expect(() => recoverInterrupted(dir)).toThrow(/EIO/));
        expect(journalExists(dir)).toBe(true);
        expect(withFault(undefined, () => recoverInterrupted(dir))).toMatchObject({ done: 'rolled back' });
        expect(expectBeforeOrAfter(hashTree(dir), BEFORE, AFTER, `faults at ${k} and ${k + j}`)).toBe('before');
      }
    }
    expect(figures.doubleFaults).toBeGreaterThan(10);
  });

  test('a real permission error (an immutable folder) rolls back', () => {
    const dir = beforeTree();
    const locked = path.join(dir, 'pages/api/deep/er');
    if (spawnSync('chattr', ['+i', locked]).status !== 0) return; // no chattr here (or not permitted): covered by the injected EACCES
    try {
      expect(() => withFault(undefined, () => applyPlan(dir, OPS, { outputs: OUTPUTS }))).toThrow(/^cannot apply the plan: EPERM: operation not permitted, rename .*; nothing was changed$/);
    } finally {
      spawnSync('chattr', ['-i', locked]);
    }
    expect(hashTree(dir)).toEqual(BEFORE);
  });

  test('a file changed by hand after an interrupted apply is not touched: recovery refuses and keeps the journal', () => {
    const dir = beforeTree();
    // Stop after the first placement, leaving the journal (both the step and the rollback fail).
    withFault('backup:3,undo-dirs', () => expect(() => applyPlan(dir, OPS, { outputs: OUTPUTS })).toThrow(/undoing it failed too/));
    fs.writeFileSync(path.join(dir, 'app/api/users/[id]/route.ts'), 'edited by hand\n');
    expect(() => recoverInterrupted(dir)).toThrow(RecoveryError);
    expect(() => recoverInterrupted(dir)).toThrow(/^cannot undo the interrupted run: app\/api\/users\/\[id\]\/route\.ts was changed since; resolve it by hand/);
    expect(fs.readFileSync(path.join(dir, 'app/api/users/[id]/route.ts'), 'utf8')).toBe('edited by hand\n');
    expect(journalExists(dir)).toBe(true);
    expect(() => applyPlan(dir, OPS)).toThrow(/^an interrupted run left \.routeshift\/journal\.json; run routeshift/);
  });
});

// ---------------------------------------------------------------------------------------------
// Only inside the project.

describe('only inside the project', () => {
  test.each<[string, FileOp, string]>([
    ['..', { kind: 'write', path: '../escape.ts', content: 'x' }, "../escape.ts: '..' in the path"],
    ['inner ..', { kind: 'write', path: 'app/../../escape.ts', content: 'x' }, "app/../../escape.ts: '..' in the path"],
    ['absolute', { kind: 'write', path: '/tmp/escape.ts', content: 'x' }, '/tmp/escape.ts: an absolute path'],
    ['encoded slash', { kind: 'write', path: 'app/..%2F..%2Fescape.ts', content: 'x' }, 'app/..%2F..%2Fescape.ts: an encoded slash in the path'],
    ['double-encoded backslash', { kind: 'write', path: 'app/%255cx.ts', content: 'x' }, 'app/%255cx.ts: an encoded slash in the path'],
    ['.git', { kind: 'write', path: '.git/hooks/post-checkout', content: 'x' }, '.git/hooks/post-checkout: inside .git/'],
    ['own folder', { kind: 'write', path: '.routeshift/lock', content: 'x' }, '.routeshift/lock: inside .routeshift/'],
  ])('an op path with %s is refused before anything is written', (_, op, reason) => {
    const dir = writeTree(tempDir(), { 'pages/api/a.ts': 'a\n' });
    const before = hashTree(dir);
    const ops: FileOp[] = [{ kind: 'write', path: 'app/api/a/route.ts', content: 'ok\n' }, op];
    expect(() => applyPlan(dir, ops)).toThrow(new ApplyError(`refused, nothing was written: ${reason}`));
    expect(hashTree(dir)).toEqual(before);
  });

  test('a folder that is a symbolic link out of the project, and a file that is one, are refused; the other tree is untouched', () => {
    const outside = writeTree(tempDir('routeshift-outside-'), { 'secret.ts': 'secret\n' });
    const dir = writeTree(tempDir(), { 'pages/api/a.ts': 'a\n' });
    fs.symlinkSync(outside, path.join(dir, 'app'));
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(dir, 'pages/api/evil.ts'));
    fs.symlinkSync(path.join(outside, 'nothing-here'), path.join(dir, 'dangling'));
    const before = hashTree(dir);
    const outsideBefore = hashTree(outside);
    const attempts: [FileOp, RegExp][] = [
      [{ kind: 'write', path: 'app/api/a/route.ts', content: 'x\n' }, /^refused, nothing was written: app\/api\/a\/route\.ts: app leads outside the project \(to .*\)$/],
      [{ kind: 'delete', path: 'pages/api/evil.ts', before: 'secret\n' }, /^refused, nothing was written: pages\/api\/evil\.ts: a symbolic link to .*secret\.ts, outside the project$/],
      [{ kind: 'write', path: 'pages/api/evil.ts', content: 'x\n', before: 'secret\n' }, /pages\/api\/evil\.ts: a symbolic link to .*, outside the project$/],
      [{ kind: 'write', path: 'dangling/x.ts', content: 'x\n' }, /dangling\/x\.ts: dangling is a symbolic link to nothing$/],
    ];
    for (const [op, message] of attempts) {
      expect(() => applyPlan(dir, [{ kind: 'write', path: 'lib/fine.ts', content: 'fine\n' }, op])).toThrow(message);
      expect(hashTree(dir)).toEqual(before);
      expect(hashTree(outside)).toEqual(outsideBefore);
    }
  });

  test('a link inside the project is not written through either', () => {
    const dir = writeTree(tempDir(), { 'lib/real.ts': 'real\n' });
    fs.symlinkSync('real.ts', path.join(dir, 'lib/alias.ts'));
    expect(() => applyPlan(dir, [{ kind: 'write', path: 'lib/alias.ts', content: 'x\n', before: 'real\n' }])).toThrow(
      'refused, nothing was written: lib/alias.ts: a symbolic link (to lib/real.ts); routeshift writes no file through a link',
    );
    expect(fs.readFileSync(path.join(dir, 'lib/real.ts'), 'utf8')).toBe('real\n');
  });
});

// ---------------------------------------------------------------------------------------------
// The real CLI.

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, [FAULT_ENV]: '', ...env } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function cliAsync(args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, [FAULT_ENV]: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const handler = (n: number) =>
  [
    "import type { NextApiRequest, NextApiResponse } from 'next'",
    '',
    'export default function handler(req: NextApiRequest, res: NextApiResponse) {',
    `  res.status(200).json({ n: ${n}, q: req.query.q })`,
    '}',
    '',
  ].join('\n');

function project(routes: number): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    'package.json': JSON.stringify({ name: 'demo', private: true, dependencies: { next: '^15.1.0' } }, null, 2) + '\n',
    'tsconfig.json': '{\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } }\n}\n',
    'pages/index.tsx': 'export default function Home() {\n  return null\n}\n',
    'lib/latin1.txt': LATIN1,
    'routeshift-report.md': 'an earlier report\n',
  };
  for (let i = 0; i < routes; i++) files[`pages/api/${i % 3 === 0 ? `g${i % 7}/` : ''}r${i}.ts`] = handler(i);
  return files;
}

/** A template project and its migrated form, copied for each trial. */
function template(routes: number): { make: () => string; BEFORE: Tree; AFTER: Tree } {
  const base = writeTree(tempDir('routeshift-template-'), project(routes));
  const make = () => {
    const dir = tempDir('routeshift-kill-');
    fs.cpSync(base, dir, { recursive: true });
    return dir;
  };
  const done = make();
  const r = cli(['.', '--silent'], done);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const AFTER = hashTree(done);
  expect(Object.keys(AFTER).filter((p) => /^app\/api\/.*route\.ts$/.test(p)).length).toBe(routes);
  return { make, BEFORE: hashTree(base), AFTER };
}

/** The next run recovers first; a fault at its own first step then stops it, so the tree shows exactly what the recovery left. */
function recoverWithNextRun(dir: string): { line: string } {
  const r = cli(['.', '--silent'], dir, { [FAULT_ENV]: 'staging' });
  const lines = r.stderr.split('\n').filter(Boolean);
  const recovery = lines.filter((l) => /interrupted run|stale lock/.test(l));
  const rest = lines.filter((l) => !/interrupted run|stale lock/.test(l));
  // Its own apply fails at its first step (or it has nothing to apply: a migrated tree with the same reports).
  expect(rest.every((l) => /^routeshift: cannot apply the plan: EIO: i\/o error, staging \(fault injected at step 1\); nothing was changed$/.test(l))).toBe(true);
  expect(lines.every((l) => l.startsWith('routeshift: '))).toBe(true);
  expect(journalExists(dir)).toBe(false);
  expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
  return { line: recovery.join('\n') };
}

/** What the next run does first, in this process: take the lock (a stale one is replaced) and recover; then stop. */
function recoverInProcess(dir: string): { line: string } {
  let line = '';
  const guard = beginRun(dir, { dry: false, reports: { md: path.join(dir, 'routeshift-report.md'), json: path.join(dir, 'routeshift-report.json') }, stderr: (t) => (line += t) });
  guard.end();
  expect(journalExists(dir)).toBe(false);
  expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
  return { line: line.replace(/\n$/, '') };
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe('the real CLI killed or interrupted at every step of apply', () => {
  let t: ReturnType<typeof template>;
  let steps = 0;
  beforeAll(() => {
    t = template(2);
  });

  test('ROUTESHIFT_FAULT=<k>@SIGKILL: the process dies at step k; the next run’s recovery rolls back (or finishes) to the tree before (or migrated)', async () => {
    // k = 1, 2, … in batches until a run completes: its fault was past the last step.
    const outcomes: string[] = [];
    for (let k0 = 1; steps === 0; k0 += 3) {
      await Promise.all(
        [k0, k0 + 1, k0 + 2].map(async (k) => {
          const dir = t.make();
          const r = await cliAsync(['.', '--silent'], dir, { [FAULT_ENV]: `${k}@SIGKILL` }).done;
          if (r.code === 0) {
            expect(hashTree(dir)).toEqual(t.AFTER);
            steps = steps === 0 ? k - 1 : Math.min(steps, k - 1);
            return;
          }
          expect(r.signal).toBe('SIGKILL');
          figures.cliFaultKills++;
          const { line } = recoverInProcess(dir); // the same beginRun the CLI starts with (the larger project below uses the real next run)
          const state = expectBeforeOrAfter(hashTree(dir), t.BEFORE, t.AFTER, `SIGKILL at step ${k}`);
          outcomes[k] = state;
          // The killed run left its lock (always) and its journal (from the journal step on).
          expect(`${k}: ${line}`).toMatch(/^\d+: routeshift: removed a stale lock of pid \d+ \(no such process\)(\n|$)/);
          if (state === 'after') expect(line).toMatch(/\nrouteshift: an interrupted run \(pid \d+\) had committed: finished it, its \d+ file operations are in place$/);
          else expect(`${k}: ${line}`).toMatch(/^\d+: [^\n]*(\nrouteshift: an interrupted run \(pid \d+\) was rolled back: its \d+ file operations are undone, the tree is as it was before it)?$/);
        }),
      );
      expect(k0).toBeLessThan(200);
    }
    expect(steps).toBeGreaterThan(10);
    // Before the commit mark: rolled back; from it on: finished.
    const firstAfter = outcomes.indexOf('after');
    expect(firstAfter).toBeGreaterThan(steps / 2);
    expect(outcomes.slice(firstAfter, steps + 1).every((s) => s === 'after')).toBe(true);
    expect(outcomes.slice(1, firstAfter).every((s) => s === 'before')).toBe(true);
  });

  test('ROUTESHIFT_FAULT=<k>@SIGINT (and SIGTERM) at every other step and the last ones: rolled back on the spot, exit 130/143 with one line, no journal left', async () => {
    expect(steps).toBeGreaterThan(0);
    const ks = Array.from({ length: steps }, (_, i) => i + 1).filter((k) => k % 2 === 1 || k >= steps - 3);
    await inBatches(ks, 3, async (k) => {
      const dir = t.make();
      const signal = k % 4 === 0 ? 'SIGTERM' : 'SIGINT';
      const r = await cliAsync(['.', '--silent'], dir, { [FAULT_ENV]: `${k}@${signal}` }).done;
      figures.cliFaultInts++;
      expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(r.stderr).toMatch(new RegExp(`^routeshift: interrupted \\(${signal}\\)(; every change was rolled back, the tree is as it was| after the commit point; the migration is complete)\\n$`));
      expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
      const state = expectBeforeOrAfter(hashTree(dir), t.BEFORE, t.AFTER, `${signal} at step ${k}`);
      expect(state).toBe(/rolled back/.test(r.stderr) ? 'before' : 'after');
    });
  });
});

describe('the real CLI on a larger project, killed at varied moments', () => {
  let t: ReturnType<typeof template>;
  beforeAll(() => {
    t = template(45);
  }, 60000);

  /** Start a run, wait until its apply has begun (its staging folder appears; with `fromStart`, until
   *  its lock appears and that many ms more), then wait `delayMs` more and send `signal`. */
  async function killDuring(signal: NodeJS.Signals, delayMs: number, fromStart?: number) {
    const dir = t.make();
    const { child, done } = cliAsync(['.', '--silent'], dir);
    const start = Date.now();
    const mark = path.join(dir, fromStart === undefined ? '.routeshift/staging' : LOCK_FILE);
    let exited = false;
    child.on('exit', () => (exited = true));
    await new Promise<void>((resolve) => {
      const poll = () => {
        if (exited || fs.existsSync(mark) || Date.now() - start > 20000) return resolve();
        setTimeout(poll, 0);
      };
      poll();
    });
    if (fromStart) await new Promise((resolve) => setTimeout(resolve, fromStart));
    const until = Date.now() + delayMs;
    while (Date.now() < until) {
      /* spin: a precise delay */
    }
    child.kill(signal);
    const r = await done;
    return { dir, r };
  }

  test('SIGKILL at varied moments: after the next run’s recovery, the tree is before or migrated', async () => {
    const delays = [0, 1, 3, 6, 10, 20];
    const seen = new Set<string>();
    await inBatches(delays, 2, async (d) => {
      const { dir, r } = await killDuring('SIGKILL', d);
      figures.timedKills++;
      if (r.signal !== 'SIGKILL') expect(r.code).toBe(0); // it finished first
      if (d % 2 === 0) recoverWithNextRun(dir);
      else recoverInProcess(dir);
      const state = expectBeforeOrAfter(hashTree(dir), t.BEFORE, t.AFTER, `SIGKILL ${d} ms into apply`);
      figures.timedOutcomes[state]++;
      seen.add(state);
    });
    for (const ms of [1]) {
      const { dir } = await killDuring('SIGKILL', 0, ms); // before apply: planning
      figures.timedKills++;
      recoverWithNextRun(dir);
      seen.add(expectBeforeOrAfter(hashTree(dir), t.BEFORE, t.AFTER, `SIGKILL ${ms} ms from start`));
    }
    expect(seen.has('before')).toBe(true);
  }, 60000);

  test('SIGINT at varied moments: the run rolls back itself (exit 130) or had finished; no journal is left', async () => {
    const delays = [0, 2, 5, 12];
    await inBatches(delays, 2, async (d) => {
      const { dir, r } = await killDuring('SIGINT', d);
      figures.timedInts++;
      if (r.code !== 0) {
        expect(r.code).toBe(130);
        expect(r.stderr).toMatch(/^routeshift: interrupted \(SIGINT\)(; every change was rolled back, the tree is as it was| after the commit point; the migration is complete|; the migration was already complete)\n$/);
      }
      expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
      figures.timedOutcomes[expectBeforeOrAfter(hashTree(dir), t.BEFORE, t.AFTER, `SIGINT ${d} ms into apply`)]++;
    });
    const { dir, r } = await killDuring('SIGINT', 0, 20); // during planning
    figures.timedInts++;
    expect([r.code, r.stderr]).toEqual([130, 'routeshift: interrupted (SIGINT); nothing was written\n']);
    expect(hashTree(dir)).toEqual(t.BEFORE);
  }, 60000);
});

// ---------------------------------------------------------------------------------------------
// CLI paths and the lock.

describe('the CLI refuses paths outside the project, before anything is written', () => {
  const base = project(1);
  test.each<[string, (dir: string, outside: string) => string[], (dir: string, outside: string) => string]>([
    ['--app-dir ..', () => ['--app-dir', '../elsewhere'], () => "routeshift: --app-dir ../elsewhere: refused ('..' in the path)"],
    ['--app-dir absolute outside', (_, out) => ['--app-dir', out], (_, out) => `routeshift: --app-dir ${out}: outside the project`],
    ['--app-dir encoded slash', () => ['--app-dir', 'app%2F..%2F..'], () => 'routeshift: --app-dir app%2F..%2F..: refused (an encoded slash in the path)'],
    ['--app-dir through a link', (dir, out) => (fs.symlinkSync(out, path.join(dir, 'linked')), ['--app-dir', 'linked/app']), (_, out) => `routeshift: --app-dir linked/app: linked leads outside the project (to ${fs.realpathSync(out)})`],
    ['--report ..', () => ['--report', '../r.md'], () => 'routeshift: --report ../r.md: outside the project; reports are written inside it'],
    ['--report through a link', (dir, out) => (fs.symlinkSync(out, path.join(dir, 'reports')), ['--report', 'reports/r.md']), () => 'routeshift: --report reports/r.md: outside the project; reports are written inside it'],
    ['--report a link', (dir, out) => (fs.symlinkSync(path.join(out, 'r.md'), path.join(dir, 'r.md')), ['--report', 'r.md']), (_, out) => `routeshift: --report r.md: a symbolic link to ${path.join(fs.realpathSync(out), 'r.md')}, outside the project`],
  ])('%s: exit 1, one line', (_, args, message) => {
    const dir = writeTree(tempDir(), base);
    const outside = writeTree(tempDir('routeshift-outside-'), { 'r.md': 'not yours\n' });
    const a = args(dir, outside);
    const before = hashTree(dir);
    const outsideBefore = hashTree(outside);
    const r = cli(['.', ...a], dir);
    expect([r.code, r.stderr, r.stdout]).toEqual([1, message(dir, outside) + '\n', '']);
    expect(hashTree(dir)).toEqual(before);
    expect(hashTree(outside)).toEqual(outsideBefore);
  });

  test('the app folder a symbolic link out of the project: the run refuses, the other tree is untouched', () => {
    const dir = writeTree(tempDir(), project(5));
    const outside = writeTree(tempDir('routeshift-outside-'), { 'mine.ts': 'not yours\n' });
    fs.symlinkSync(outside, path.join(dir, 'app'));
    const before = hashTree(dir);
    const outsideBefore = hashTree(outside);
    const r = cli(['.', '--silent'], dir);
    const real = fs.realpathSync(outside).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(new RegExp(`^routeshift: refused, nothing was written: app/[^;]*\\.ts: app leads outside the project \\(to ${real}\\); [^\n]*; and \\d+ more\n$`))]);
    expect(hashTree(dir)).toEqual(before);
    expect(hashTree(outside)).toEqual(outsideBefore);
  });

  test('a route file that is a symbolic link is not followed: not migrated, its target untouched', () => {
    const dir = writeTree(tempDir(), base);
    const outside = writeTree(tempDir('routeshift-outside-'), { 'evil.ts': handler(99) });
    fs.symlinkSync(path.join(outside, 'evil.ts'), path.join(dir, 'pages/api/evil.ts'));
    const outsideBefore = hashTree(outside);
    const r = cli(['.', '--silent'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fs.lstatSync(path.join(dir, 'pages/api/evil.ts')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(dir, 'app/api/evil'))).toBe(false);
    expect(hashTree(outside)).toEqual(outsideBefore);
  });
});

describe('one run at a time', () => {
  const base = project(2);

  test('a held lock (a live pid) refuses a run and a --dry run; the tree is untouched', () => {
    const dir = writeTree(tempDir(), base);
    const lock = acquireLock(dir);
    try {
      expect(() => acquireLock(dir)).toThrow(LockError);
      const before = hashTree(dir);
      const msg = `routeshift: another routeshift run (pid ${process.pid}) is working on this tree; wait for it, or remove ${LOCK_FILE} if no run is active\n`;
      expect(cli(['.'], dir)).toMatchObject({ code: 1, stderr: msg, stdout: '' });
      expect(cli(['.', '--dry'], dir)).toMatchObject({ code: 1, stderr: `routeshift: another routeshift run (pid ${process.pid}) is changing this tree; run again when it is done\n`, stdout: '' });
      expect(hashTree(dir)).toEqual(before);
    } finally {
      lock.release();
    }
    expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
  });

  test('a stale lock (its pid dead) is recovered with one line; --dry ignores it', () => {
    const dir = writeTree(tempDir(), base);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeTree(dir, { [LOCK_FILE]: JSON.stringify({ pid, host: os.hostname() }) + '\n' });
    expect(cli(['.', '--dry', '--silent'], dir)).toMatchObject({ code: 0, stderr: '' });
    const r = cli(['.', '--silent'], dir);
    expect([r.code, r.stderr]).toEqual([0, `routeshift: removed a stale lock of pid ${pid} (no such process)\n`]);
    expect(fs.existsSync(path.join(dir, '.routeshift'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'pages/api/r1.ts'))).toBe(false);
  });

  test('a pending journal stops --dry and --patch (they would read a half-changed tree)', () => {
    const dir = writeTree(tempDir(), base);
    const r = cli(['.', '--silent'], dir, { [FAULT_ENV]: 'place@SIGKILL' });
    expect(r.signal).toBe('SIGKILL');
    expect(fs.existsSync(path.join(dir, JOURNAL_FILE))).toBe(true);
    const msg = 'routeshift: an interrupted run left .routeshift/journal.json; run routeshift without --dry or --patch to finish or undo it first\n';
    expect(cli(['.', '--dry'], dir)).toMatchObject({ code: 1, stderr: msg });
    expect(cli(['.', '--patch', path.join(dir, 'x.patch')], dir)).toMatchObject({ code: 1, stderr: msg });
    expect(fs.existsSync(path.join(dir, 'x.patch'))).toBe(false);
  });

  test('runs started together: one migrates, the others refuse or find nothing left to do; the tree is migrated once', async () => {
    const dir = writeTree(tempDir(), project(12));
    const runs = await Promise.all([0, 1, 2, 3].map(() => cliAsync(['.', '--silent'], dir).done));
    for (const r of runs) {
      if (r.code !== 0) expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/^routeshift: another routeshift run \((pid \d+|a run that is starting)\) is working on this tree; wait for it, or remove \.routeshift\/lock if no run is active\n$/)]);
      else expect(r.stderr).toBe('');
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const files = Object.keys(hashTree(dir));
    expect(files.filter((p) => /^app\/api\/.*route\.ts$/.test(p))).toHaveLength(12);
    expect(files.filter((p) => p.startsWith('pages/api') || p.startsWith('.routeshift'))).toEqual([]);
  });
});
