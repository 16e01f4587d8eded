// End-to-end equivalence for next-connect 0.x routers, on their own small app: the main example
// app runs next-connect 1, and one app resolves one `next-connect`. The repository installs 0.13.0
// as `next-connect-v0`; each copy built here links it in as `node_modules/next-connect`.
// Same steps and the same comparison as e2e.test.ts: build and start the legacy app, record,
// migrate a copy with the CLI, build and start it, replay, compare every answer.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareAll, formatMismatches } from './e2e/compare';
import { recordAll } from './e2e/record';
import { REPO_ROOT, copyApp, killAll, nextBuild, nextStart, run } from './e2e/server';
import type { E2ERequest, RecordedResponse, Report } from './e2e/types';

const STEP_TIMEOUT = 600_000;
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'legacy-app-next-connect-0');
const WORK = path.join(REPO_ROOT, '.tmp', `e2e-nc0-${process.pid}`);
const CLI = process.env.E2E_CLI ? path.resolve(process.env.E2E_CLI) : path.join(REPO_ROOT, 'dist', 'bin', 'routeshift.js');
const KEY = { 'x-api-key': 'nc0-key' };
const JSON_TYPE = { 'content-type': 'application/json' };

const orders = (r: Omit<E2ERequest, 'route'>): E2ERequest => ({ route: 'pages/api/orders/[id].ts', ...r });
const widgets = (r: Omit<E2ERequest, 'route'>): E2ERequest => ({ route: 'pages/api/widgets.ts', ...r });

const REQUESTS: E2ERequest[] = [
  orders({ method: 'GET', path: '/api/orders/7', headers: KEY, legacy: { status: 200, body: '{"id":"7","total":42,"currency":"EUR"}' } }),
  orders({ method: 'GET', path: '/api/orders/7', note: 'the guard middleware answers', legacy: { status: 401, body: '{"error":"Missing API key"}' } }),
  orders({ method: 'GET', path: '/api/orders/missing', headers: KEY, note: 'a throw reaches onError with its status', legacy: { status: 404, body: '{"error":"Order missing not found"}' } }),
  orders({ method: 'DELETE', path: '/api/orders/7', headers: KEY, legacy: { status: 204, body: '' } }),
  orders({ method: 'PUT', path: '/api/orders/7', headers: KEY, record: ['allow'], note: 'onNoMatch', legacy: { status: 405, body: '{"error":"Method PUT not allowed"}' } }),
  orders({ method: 'POST', path: '/api/orders/7', record: ['allow'], note: 'no key: only middleware matches, onNoMatch answers', legacy: { status: 405 } }),
  orders({ method: 'HEAD', path: '/api/orders/7', headers: KEY, note: '.get answers HEAD', legacy: { status: 200, body: '' } }),
  widgets({ method: 'GET', path: '/api/widgets?page=2', legacy: { status: 200, body: '{"widgets":["cog","sprocket"],"page":2}' } }),
  widgets({ method: 'GET', path: '/api/widgets?fail=1', note: "default onError: err.status || 500, the message as text", legacy: { status: 500, body: 'widget exploded', contentType: null } }),
  widgets({ method: 'POST', path: '/api/widgets', headers: JSON_TYPE, body: '{"name":"gear"}', legacy: { status: 201, body: '{"created":"gear"}' } }),
  widgets({ method: 'DELETE', path: '/api/widgets', note: 'default onNoMatch', legacy: { status: 404, body: 'not found', contentType: null } }),
  widgets({ method: 'OPTIONS', path: '/api/widgets', note: 'default onNoMatch, not the 204 Next gives unexported OPTIONS', legacy: { status: 404, body: 'not found', contentType: null } }),
];

/** A copy of the app that resolves `next-connect` to the repository's 0.13.0. */
function copyWithNextConnect0(to: string): void {
  copyApp(EXAMPLE, to);
  fs.mkdirSync(path.join(to, 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', 'next-connect-v0'), path.join(to, 'node_modules', 'next-connect'), 'dir');
}

async function serveAndRecord(dir: string, name: string): Promise<RecordedResponse[]> {
  const server = await nextStart(dir);
  try {
    return await recordAll(server.origin, REQUESTS);
  } finally {
    await server.stop();
    fs.writeFileSync(path.join(WORK, `${name}-server.log`), server.output());
  }
}

let legacy: RecordedResponse[] | undefined;
let ok = false;

beforeAll(() => fs.mkdirSync(WORK, { recursive: true }));
afterAll(async () => {
  await killAll();
  if (ok && process.env.E2E_KEEP !== '1') fs.rmSync(WORK, { recursive: true, force: true });
  else console.log(`e2e next-connect 0: work kept in ${WORK}`);
}, 30_000);

test(
  'next-connect 0.x routers: the migrated app answers every request as the legacy app did',
  async () => {
    const legacyDir = path.join(WORK, 'legacy');
    copyWithNextConnect0(legacyDir);
    const legacyBuild = await nextBuild(legacyDir);
    if (legacyBuild.code !== 0) throw new Error(`legacy next build failed:\n${legacyBuild.output.slice(-4000)}`);
    legacy = await serveAndRecord(legacyDir, 'legacy');
    const unexpected = REQUESTS.flatMap((q, i) => {
      const got = legacy![i];
      const wrong = q.legacy && (got.status !== q.legacy.status || (q.legacy.body !== undefined && got.body !== q.legacy.body) || (q.legacy.contentType !== undefined && got.contentType !== q.legacy.contentType));
      return wrong || got.error ? [`${q.method} ${q.path}: ${got.status} ${JSON.stringify(got.body)} ${got.contentType}`] : [];
    });
    expect(unexpected).toEqual([]);

    const migratedDir = path.join(WORK, 'migrated');
    copyWithNextConnect0(migratedDir);
    const cli = await run(process.execPath, [CLI, migratedDir, '--force'], REPO_ROOT, { ...process.env });
    const report = JSON.parse(fs.readFileSync(path.join(migratedDir, 'routeshift-report.json'), 'utf8')) as Report;
    expect(cli.code).toBe(0);
    expect(report.routes.map((r) => [r.source, r.status])).toEqual([
      ['pages/api/orders/[id].ts', 'migrated'],
      ['pages/api/widgets.ts', 'migrated'],
    ]);
    const build = await nextBuild(migratedDir);
    if (build.code !== 0) throw new Error(`migrated next build failed:\n${build.output.slice(-4000)}`);
    const after = await serveAndRecord(migratedDir, 'migrated');
    const mismatches = compareAll(REQUESTS, legacy, after, (source) => report.routes.find((r) => r.source === source));
    if (mismatches.length) throw new Error(`${mismatches.length} mismatch(es) (work in ${WORK}):\n${formatMismatches(mismatches)}`);
    ok = true;
  },
  STEP_TIMEOUT,
);
