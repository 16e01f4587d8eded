// Start and stop the legacy Express app (`node server.js`, PORT from freePort) for the Express
// end-to-end test. Like the Next servers, the child runs in its own process group, tracked by
// ../e2e/server.ts so that killAll() stops it when a test fails.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freePort, killGroup, track, type RunningServer } from '../e2e/server';

export const EXPRESS_EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'legacy-express');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `node server.js` in appDir, listening on 127.0.0.1:<free port>; resolves once it answers HTTP.
 * Readiness is polled with a path no route answers (the app's 404 handler): no state is touched.
 */
export async function startExpress(appDir: string, timeoutMs = 15_000): Promise<RunningServer> {
  const entry = path.join(appDir, 'server.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} does not exist`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = () => killGroup(child);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`node server.js exited early in ${appDir}:\n${output}`);
    try {
      await fetch(`${origin}/__e2e_ready`, { signal: AbortSignal.timeout(1000) });
      return { origin, output: () => output, stop };
    } catch {
      await sleep(50);
    }
  }
  await stop();
  throw new Error(`node server.js did not answer within ${timeoutMs} ms in ${appDir}:\n${output}`);
}
