// The legacy half of the Express end-to-end equivalence test: start examples/legacy-express with
// `node server.js`, send every request of ./express-e2e/requests.ts, check the answers the request
// list pins, and write the recordings to .tmp/express-legacy-responses.json. No build: seconds.
//
//   npx jest express-record                      the check
//   E2E_RECORD_ONLY=1 npx jest express-record    also prints the recorded responses as JSON

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeRequest, recordAll } from './e2e/record';
import { REPO_ROOT, killAll } from './e2e/server';
import type { E2ERequest, RecordedResponse } from './e2e/types';
import { CORS, NOT_FOUND, ROUTES, buildRequests, routeId } from './express-e2e/requests';
import { EXPRESS_EXAMPLE, startExpress } from './express-e2e/server';

const RECORD_ONLY = process.env.E2E_RECORD_ONLY === '1';
const OUT = path.join(REPO_ROOT, '.tmp', 'express-legacy-responses.json');

const requests = buildRequests();
let legacy: RecordedResponse[] = [];
let serverLog = '';

beforeAll(async () => {
  const server = await startExpress(EXPRESS_EXAMPLE);
  try {
    legacy = await recordAll(server.origin, requests);
  } finally {
    await server.stop();
    serverLog = server.output();
  }
  const pairs = requests.map((request, i) => ({ request: describeRequest(request), route: request.route, note: request.note, response: legacy[i] }));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(pairs, null, 2));
  if (RECORD_ONLY) console.log(JSON.stringify(pairs, null, 2));
}, 60_000);

afterAll(() => killAll(), 30_000);

/** Express 4 internals, just enough to list the routes: Layer and Route of express/lib/router. */
interface Layer {
  name: string;
  regexp: RegExp;
  keys: { name: string | number }[];
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** A mount path back from its Express 4 regexp (`^\/users(?:\/([^/]+?))\/notes\/?(?=\/|$)`). */
function mountPath(layer: Layer): string {
  let i = 0;
  const src = layer.regexp.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
    .replace(/\(\?:\\\/\(\[\^\/\]\+\?\)\)/g, () => `/:${layer.keys[i++].name}`)
    .replace(/\\\//g, '/');
  if (/[\\()[\]^$?*+]/.test(src)) throw new Error(`cannot read the mount path of ${layer.regexp}`);
  return src;
}

/** Method + full path of every route registered on the app, in registration order. */
function registeredRoutes(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(path.join(EXPRESS_EXAMPLE, 'app.js')) as { _router: { stack: Layer[] } };
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const methods = Object.keys(layer.route.methods);
        // router.all registers `_all`; app.all in Express 4.22 registers every method one by one.
        const all = methods.includes('_all') || methods.length > 20;
        const full = layer.route.path === '/' && prefix ? prefix : prefix + layer.route.path;
        for (const m of all ? ['ALL'] : methods.map((x) => x.toUpperCase())) out.push(`${m} ${full}`);
      } else if (layer.name === 'router' && layer.handle.stack) {
        walk(layer.handle.stack, prefix + mountPath(layer));
      }
    }
  };
  walk(app._router.stack, '');
  return out;
}

describe('legacy Express app (examples/legacy-express)', () => {
  test('ROUTES is the route table the app registers', () => {
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(registeredRoutes());
    for (const r of ROUTES) expect(fs.existsSync(path.join(EXPRESS_EXAMPLE, r.file))).toBe(true);
  });

  test('every reachable route gets requests, and every request names a known route', () => {
    const ids = new Set([...ROUTES.map(routeId), CORS, NOT_FOUND]);
    expect(requests.filter((q) => !ids.has(q.route)).map((q) => `${describeRequest(q)} → ${q.route}`)).toEqual([]);
    const reachable = ROUTES.filter((r) => !r.shadowedBy).map(routeId);
    expect(reachable.filter((id) => !requests.some((q) => q.route === id))).toEqual([]);
    // A shadowed route is named only as the reason of a request note, never as its answerer.
    for (const r of ROUTES.filter((x) => x.shadowedBy)) expect(requests.some((q) => q.route === routeId(r))).toBe(false);
  });

  test('the server answered every request, none with a crash', () => {
    expect(legacy).toHaveLength(requests.length);
    // A 5xx the request list pins is the app's own error answer (the error handler's generic 500).
    const crashed = (q: E2ERequest, got: RecordedResponse) => got.status >= 500 && q.legacy?.status !== got.status;
    const broken = requests.flatMap((q, i) => (legacy[i].error || crashed(q, legacy[i]) ? [`${describeRequest(q)}: ${legacy[i].status} ${legacy[i].error ?? ''}`] : []));
    if (broken.length) console.log(serverLog);
    expect(broken).toEqual([]);
  });

  test('every legacy pin holds', () => {
    const unexpected = requests.flatMap((q, i) => {
      if (!q.legacy) return [];
      const got = legacy[i];
      const wrong = [
        got.status !== q.legacy.status && `status ${got.status}, expected ${q.legacy.status}`,
        q.legacy.body !== undefined && got.body !== q.legacy.body && `body ${JSON.stringify(got.body)}, expected ${JSON.stringify(q.legacy.body)}`,
        q.legacy.contentType !== undefined && got.contentType !== q.legacy.contentType && `content-type ${got.contentType}, expected ${q.legacy.contentType}`,
      ].filter(Boolean);
      return wrong.length ? [`${describeRequest(q)}${q.note ? ` (${q.note})` : ''}: ${wrong.join('; ')}`] : [];
    });
    expect(unexpected).toEqual([]);
  });

  test('the recordings are written', () => {
    const written = JSON.parse(fs.readFileSync(OUT, 'utf8')) as unknown[];
    expect(written).toHaveLength(requests.length);
  });
});
