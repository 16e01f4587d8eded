// Start and stop the legacy Express app (`node server.js`, PORT from freePort) for the Express
// end-to-end test. Like the Next servers, the child runs in its own process group, tracked by
// ../e2e/server.ts so that killAll() stops it when a test fails.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer, type RunningServer } from '../e2e/server';

export const EXPRESS_EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'legacy-express');

/**
 * `node server.js` in appDir, listening on 127.0.0.1:<free port>; resolves once it answers HTTP.
 * Readiness is polled with a path no route answers (the app's 404 handler): no state is touched.
 */
export function startExpress(appDir: string, timeoutMs = 15_000): Promise<RunningServer> {
  const entry = path.join(appDir, 'server.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} does not exist`);
  return startServer(
    'node server.js',
    process.execPath,
    () => ['server.js'],
    appDir,
    (_origin, port) => ({ ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' }),
    { timeoutMs, pollMs: 50 },
  );
}
