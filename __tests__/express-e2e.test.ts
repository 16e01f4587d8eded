// End-to-end equivalence for Express: start examples/legacy-express with `node server.js` and record
// its answers to every request of ./express-e2e/requests.ts; run routeshift --express on a copy; start
// what remains of the copy's Express app, and `next build` + `next start` the copy with a fallback
// rewrite to that Express server (the incremental setup: Next answers what moved, Express the rest);
// replay the same requests against Next and compare every answer (compare.ts, compareExpress).
//
//   npx jest express-e2e                      the whole check (needs dist/: `npm test` builds it first)
//   E2E_RECORD_ONLY=1 npx jest express-e2e    the legacy half only, recorded answers printed as JSON
//   E2E_KEEP=1 …                              keep .tmp/express-e2e-<pid>/ afterwards (kept on failure)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareExpress, formatMismatches } from './e2e/compare';
import { describeRequest, recordAll } from './e2e/record';
import { REPO_ROOT, copyApp, killAll, nextBuild, nextStart, run, type RunningServer } from './e2e/server';
import type { E2ERequest, RecordedResponse, Report, ReportRow } from './e2e/types';
import { CORS, NOT_FOUND, ROUTES, buildRequests, routeId } from './express-e2e/requests';
import { EXPRESS_EXAMPLE, startExpress } from './express-e2e/server';

const RECORD_ONLY = process.env.E2E_RECORD_ONLY === '1';
const WORK = path.join(REPO_ROOT, '.tmp', `express-e2e-${process.pid}`);
const MIGRATED_DIR = path.join(WORK, 'migrated');
const OUT = path.join(WORK, 'legacy-responses.json');
const CLI = path.join(REPO_ROOT, 'dist', 'bin', 'routeshift.js');
const STEP_TIMEOUT = 600_000;

const requests = buildRequests();
let legacy: RecordedResponse[] = [];
let serverLog = '';
let report: Report | undefined;
let remaining: RunningServer | undefined;
let passed = 0;
const steps = RECORD_ONLY ? 5 : 9;

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

afterAll(async () => {
  await killAll();
  if (passed === steps && process.env.E2E_KEEP !== '1') fs.rmSync(WORK, { recursive: true, force: true });
  else console.log(`express e2e: work kept in ${WORK}`);
}, 30_000);

/** The report row of the registration a request names (`<file> <METHOD> <path>`). */
function rowFor(route: string): ReportRow | undefined {
  const id = ROUTES.find((r) => routeId(r) === route);
  return id ? report?.routes.find((row) => row.source.split(':')[0] === id.file && row.route === `${id.method} ${id.path}`) : undefined;
}

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
    passed++;
  });

  test('every reachable route gets requests, and every request names a known route', () => {
    const ids = new Set([...ROUTES.map(routeId), CORS, NOT_FOUND]);
    expect(requests.filter((q) => !ids.has(q.route)).map((q) => `${describeRequest(q)} → ${q.route}`)).toEqual([]);
    const reachable = ROUTES.filter((r) => !r.shadowedBy).map(routeId);
    expect(reachable.filter((id) => !requests.some((q) => q.route === id))).toEqual([]);
    // A shadowed route is named only as the reason of a request note, never as its answerer.
    for (const r of ROUTES.filter((x) => x.shadowedBy)) expect(requests.some((q) => q.route === routeId(r))).toBe(false);
    passed++;
  });

  test('the server answered every request, none with a crash', () => {
    expect(legacy).toHaveLength(requests.length);
    // A 5xx the request list pins is the app's own error answer (the error handler's generic 500).
    const crashed = (q: E2ERequest, got: RecordedResponse) => got.status >= 500 && q.legacy?.status !== got.status;
    const broken = requests.flatMap((q, i) => (legacy[i].error || crashed(q, legacy[i]) ? [`${describeRequest(q)}: ${legacy[i].status} ${legacy[i].error ?? ''}`] : []));
    if (broken.length) console.log(serverLog);
    expect(broken).toEqual([]);
    passed++;
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
    passed++;
  });

  test('the recordings are written', () => {
    const written = JSON.parse(fs.readFileSync(OUT, 'utf8')) as unknown[];
    expect(written).toHaveLength(requests.length);
    passed++;
  });
});

const migratedSteps = RECORD_ONLY ? describe.skip : describe;

migratedSteps('migrated Express app: Next answers what moved, the remaining Express app the rest', () => {
  test(
    'routeshift --express migrates a copy and says what it left, with file:line',
    async () => {
      copyApp(EXPRESS_EXAMPLE, MIGRATED_DIR);
      const cli = await run(process.execPath, [CLI, MIGRATED_DIR, '--express', '--force'], REPO_ROOT, { ...process.env });
      expect({ code: cli.code, output: cli.output }).toEqual({ code: 0, output: expect.stringContaining('migrated') });
      report = JSON.parse(fs.readFileSync(path.join(MIGRATED_DIR, 'routeshift-report.json'), 'utf8')) as Report;
      const rows = report.routes;
      // one row per registration the app has, reachable or not
      expect(rows.map((r) => `${r.source.split(':')[0]} ${r.route}`).sort()).toEqual(ROUTES.map((r) => `${r.file} ${r.method} ${r.path}`).sort());
      // what can only be reported stays in Express, each with its reason
      const left = rows.filter((r) => r.status === 'left').map((r) => `${r.route} ${r.diagnostics.filter((d) => d.blocks).map((d) => d.code).join(',')}`);
      expect(left.sort()).toEqual(
        ROUTES.filter((r) => r.reportOnly || r.shadowedBy)
          .map((r) => `${r.method} ${r.path} ${r.shadowedBy ? 'RS711' : 'RS710'}`)
          .sort(),
      );
      passed++;
    },
    STEP_TIMEOUT,
  );

  test(
    'what remains of the Express app still runs, and the copy builds with Next',
    async () => {
      expect(report).toBeDefined();
      remaining = await startExpress(MIGRATED_DIR);
      // the incremental setup: Next answers the routes it has, every other request goes on to Express
      fs.writeFileSync(
        path.join(MIGRATED_DIR, 'next.config.js'),
        `module.exports = { async rewrites() { return { fallback: [{ source: '/:path*', destination: '${remaining.origin}/:path*' }] }; } };\n`,
      );
      const build = await nextBuild(MIGRATED_DIR);
      if (build.code !== 0) console.log(build.output);
      expect(build.code).toBe(0);
      passed++;
    },
    STEP_TIMEOUT,
  );

  test(
    'every request gets the answer the legacy app gave',
    async () => {
      expect(legacy).toHaveLength(requests.length);
      const next = await nextStart(MIGRATED_DIR);
      let migrated: RecordedResponse[];
      try {
        migrated = await recordAll(next.origin, requests);
      } finally {
        await next.stop();
      }
      const mismatches = requests.flatMap((q, i) => compareExpress(q, legacy[i], migrated[i], rowFor(q.route)));
      if (mismatches.length) console.log(formatMismatches(mismatches));
      expect(mismatches).toEqual([]);
      passed++;
    },
    STEP_TIMEOUT,
  );

  test(
    'a second run changes nothing',
    async () => {
      await remaining?.stop();
      fs.rmSync(path.join(MIGRATED_DIR, 'next.config.js'));
      fs.rmSync(path.join(MIGRATED_DIR, '.next'), { recursive: true, force: true });
      const again = await run(process.execPath, [CLI, MIGRATED_DIR, '--express', '--dry'], REPO_ROOT, { ...process.env });
      expect(again.code).toBe(0);
      expect(again.output).not.toContain('diff --git');
      passed++;
    },
    STEP_TIMEOUT,
  );
});
