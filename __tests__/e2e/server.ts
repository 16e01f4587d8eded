// Build, start and stop real Next.js servers for the end-to-end test. Every child runs in its own
// process group (detached) so a failing test can kill the whole tree: see killAll().

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const NEXT_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'next');

/** Fixed so next-auth's absolute URLs do not depend on the port each server got. */
export const NEXTAUTH_URL = 'http://localhost:3000';

const live = new Set<ChildProcess>();

export interface RunResult {
  code: number | null;
  output: string;
  ms: number;
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    NEXTAUTH_URL,
    ...extra,
  };
}

/** Remembers a child so killAll() stops it. */
export function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}

/** Runs a command to completion, output interleaved into one string. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = childEnv()): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

export function nextBuild(appDir: string): Promise<RunResult> {
  return run(NEXT_BIN, ['build'], appDir);
}

/** Copies the example app, leaving build output and earlier reports behind. */
export function copyApp(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => !/[\\/](\.next|node_modules)$/.test(src) && !src.endsWith('routeshift-report.json'),
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Spawns `command args` in `appDir` (its own process group, tracked for killAll) on a free port of
 * 127.0.0.1 and resolves once it answers HTTP. Readiness is polled with a path no route answers, so
 * the app's state is not touched. `env` gets the origin the server will have.
 */
export async function startServer(
  what: string,
  command: string,
  args: (port: number) => string[],
  appDir: string,
  env: (origin: string, port: number) => NodeJS.ProcessEnv,
  options: { timeoutMs: number; pollMs: number },
): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(command, args(port), { cwd: appDir, env: env(origin, port), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = () => killGroup(child);
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${what} exited early in ${appDir}:\n${output}`);
    try {
      await fetch(`${origin}/__e2e_ready`, { signal: AbortSignal.timeout(2000) });
      return { origin, output: () => output, stop };
    } catch {
      await sleep(options.pollMs);
    }
  }
  await stop();
  throw new Error(`${what} did not answer within ${options.timeoutMs} ms in ${appDir}:\n${output}`);
}

/** `next start` on a free port; resolves once the server answers HTTP. */
export function nextStart(appDir: string, timeoutMs = 60_000): Promise<RunningServer> {
  return startServer(
    'next start',
    NEXT_BIN,
    (port) => ['start', '-H', '127.0.0.1', '-p', String(port)],
    appDir,
    // next-auth's client (getSession on the server) fetches /api/auth/session from NEXTAUTH_URL_INTERNAL: this server
    (origin) => childEnv({ NEXTAUTH_URL_INTERNAL: `${origin}/api/auth` }),
    { timeoutMs, pollMs: 200 },
  );
}

/** Stops a child's whole process group: SIGTERM, SIGKILL after 5 s. */
export function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return Promise.resolve();
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone; anything it left behind in its group goes too.
    signalGroup(child.pid, 'SIGKILL');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(child.pid!, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Stops every child this module started; for afterAll. */
export async function killAll(): Promise<void> {
  await Promise.all([...live].map(killGroup));
}
