// End-to-end equivalence: build and start the legacy example app, replay a request list, run
// routeshift on a copy, build and start the copy, replay the same list, compare every answer.
//
//   npm test -- e2e                      the whole check (needs dist/: `npm test` builds it first)
//   E2E_RECORD_ONLY=1 npx jest e2e       legacy side only: prints the recorded responses as JSON
//   E2E_KEEP=1 …                         keep .tmp/e2e-<pid>/ afterwards (always kept on failure)
//   E2E_CLI=path/to/routeshift.js …      run another build of the CLI than dist/

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sealData } from 'iron-session';
import { encode } from 'next-auth/jwt';
import { compareAll, formatMismatches } from './e2e/compare';
import { describeRequest, recordAll } from './e2e/record';
import { buildRequests } from './e2e/requests';
import { LEFT_IN_PLACE, expectedTarget, listApiFiles } from './e2e/routes';
import { NEXTAUTH_URL, REPO_ROOT, copyApp, killAll, nextBuild, nextStart, run } from './e2e/server';
import type { E2ERequest, RecordedResponse, Report, ReportRow } from './e2e/types';

const RECORD_ONLY = process.env.E2E_RECORD_ONLY === '1';
const STEP_TIMEOUT = 600_000;
/** The example app's fallback `secret` (NEXTAUTH_SECRET is not set for the servers). */
const AUTH_SECRET = 'e2e-secret';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'legacy-app');
const WORK = path.join(REPO_ROOT, '.tmp', `e2e-${process.pid}`);
const LEGACY_DIR = path.join(WORK, 'legacy');
const MIGRATED_DIR = path.join(WORK, 'migrated');
/** E2E_CLI points at another build of the CLI (e.g. a private `tsc --outDir`). */
const CLI = process.env.E2E_CLI ? path.resolve(process.env.E2E_CLI) : path.join(REPO_ROOT, 'dist', 'bin', 'routeshift.js');

let requests: E2ERequest[] = [];
let legacy: RecordedResponse[] | undefined;
let report: Report | undefined;
let migratedBuilt = false;
let passed = 0;

const tail = (text: string, lines = 60) => text.split('\n').slice(-lines).join('\n');
const rowFor = (source: string): ReportRow | undefined => report?.routes.find((r) => normalizeSource(r.source) === source);

/** Report paths are project-relative; accept absolute ones too. */
function normalizeSource(source: string): string {
  const rel = path.isAbsolute(source) ? path.relative(MIGRATED_DIR, source) : source;
  return rel.split(path.sep).join('/');
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing: an earlier step failed`);
  return value;
}

beforeAll(async () => {
  // A next-auth session cookie for ada@example.com, signed with the example app's fallback secret.
  const sessionToken = await encode({ token: { name: 'Ada Lovelace', email: 'ada@example.com', sub: 'u1' }, secret: AUTH_SECRET });
  // next-auth accepts a CSRF cookie `<token>|sha256(<token><secret>)` and then issues no new one.
  const csrfToken = 'e2e'.padEnd(64, '0');
  const csrfHash = createHash('sha256').update(`${csrfToken}${AUTH_SECRET}`).digest('hex');
  const authCookies = `next-auth.csrf-token=${csrfToken}%7C${csrfHash}; next-auth.callback-url=${encodeURIComponent(NEXTAUTH_URL)}`;
  // An iron-session cookie, sealed with the example app's fallback session password.
  const shopSession = await sealData({ shopper: { name: 'Ada', cart: ['t1', 't2'] } }, { password: 'e2e-session-password-at-least-32-characters' });
  requests = buildRequests({ sessionToken, authCookies, shopSession });
  pruneStaleRuns();
  fs.mkdirSync(WORK, { recursive: true });
});

afterAll(async () => {
  await killAll();
  const steps = RECORD_ONLY ? 1 : 4;
  if (passed === steps && process.env.E2E_KEEP !== '1') fs.rmSync(WORK, { recursive: true, force: true });
  else console.log(`e2e: work kept in ${WORK}`);
}, 30_000);

describe('end-to-end: the migrated app answers every request as the legacy app did', () => {
  test(
    'the legacy app builds and answers every request',
    async () => {
      // Everything app/ holds in the migrated copy was written by routeshift.
      expect(fs.existsSync(path.join(EXAMPLE, 'app'))).toBe(false);
      copyApp(EXAMPLE, LEGACY_DIR);
      const build = await nextBuild(LEGACY_DIR);
      if (build.code !== 0) throw new Error(`legacy next build failed:\n${tail(build.output)}`);

      const server = await nextStart(LEGACY_DIR);
      try {
        legacy = await recordAll(server.origin, requests);
      } finally {
        await server.stop();
        fs.writeFileSync(path.join(WORK, 'legacy-server.log'), server.output());
      }
      fs.writeFileSync(path.join(WORK, 'legacy-responses.json'), JSON.stringify(pairs(requests, legacy), null, 2));
      if (RECORD_ONLY) console.log(JSON.stringify(pairs(requests, legacy), null, 2));

      // Every route file is exercised (the helper module is not a route).
      const routes = listApiFiles(EXAMPLE).filter((f) => f !== 'pages/api/_utils.ts');
      expect(routes.filter((r) => !requests.some((q) => q.route === r))).toEqual([]);
      expect(requests.filter((q) => !routes.includes(q.route)).map((q) => q.route)).toEqual([]);
      // The server answered every request, none with a crash (a 5xx the request list pins is the
      // route's own error answer, e.g. a wrapper's catch-all 500).
      const crashed = (q: E2ERequest, got: RecordedResponse) => got.status >= 500 && q.legacy?.status !== got.status;
      const broken = requests.flatMap((q, i) => (legacy![i].error || crashed(q, legacy![i]) ? [`${describeRequest(q)}: ${legacy![i].status} ${legacy![i].error ?? ''}`] : []));
      expect(broken).toEqual([]);
      // The legacy semantics the comparison relies on are the ones the request list pins.
      const unexpected = requests.flatMap((q, i) => {
        if (!q.legacy) return [];
        const got = legacy![i];
        const wrong = [
          got.status !== q.legacy.status && `status ${got.status}, expected ${q.legacy.status}`,
          q.legacy.body !== undefined && got.body !== q.legacy.body && `body ${JSON.stringify(got.body)}, expected ${JSON.stringify(q.legacy.body)}`,
          q.legacy.contentType !== undefined && got.contentType !== q.legacy.contentType && `content-type ${got.contentType}, expected ${q.legacy.contentType}`,
        ].filter(Boolean);
        return wrong.length ? [`${describeRequest(q)}: ${wrong.join('; ')}`] : [];
      });
      expect(unexpected).toEqual([]);
      passed++;
    },
    STEP_TIMEOUT,
  );

  const migratedTest = RECORD_ONLY ? test.skip : test;

  migratedTest(
    'routeshift migrates every understood route and leaves the rest with a diagnostic',
    async () => {
      if (!fs.existsSync(CLI)) throw new Error(`${CLI} does not exist: run \`npm run build\` first`);
      copyApp(EXAMPLE, MIGRATED_DIR);
      const cli = await run(process.execPath, [CLI, MIGRATED_DIR, '--force'], REPO_ROOT, { ...process.env });
      const reportFile = path.join(MIGRATED_DIR, 'routeshift-report.json');
      if (!fs.existsSync(reportFile)) throw new Error(`routeshift exited with ${cli.code} and wrote no report:\n${tail(cli.output)}`);
      // A non-zero exit still fails this step, but the later steps run on what was written.
      report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;

      const problems: string[] = cli.code === 0 ? [] : [`routeshift exited with ${cli.code}:\n${tail(cli.output)}\n`];
      const exists = (rel: string) => fs.existsSync(path.join(MIGRATED_DIR, rel));
      for (const source of listApiFiles(EXAMPLE)) {
        const row = rowFor(source);
        if (!row) {
          problems.push(`${source}: no report row`);
          continue;
        }
        const codes = row.diagnostics.map((d) => d.code);
        const leftCode = LEFT_IN_PLACE[source];
        if (leftCode) {
          // A helper is not a route: either status is fine as long as it stays, with its code.
          const statuses = leftCode === 'RS002' ? ['left', 'skipped'] : ['left'];
          if (!statuses.includes(row.status)) problems.push(`${source}: expected left, got ${row.status} [${codes}]`);
          if (!codes.includes(leftCode)) problems.push(`${source}: expected ${leftCode}, got [${codes}]`);
          if (!exists(source)) problems.push(`${source}: left in place but the file is gone`);
          continue;
        }
        const target = expectedTarget(source);
        if (row.status !== 'migrated') problems.push(`${source}: expected migrated, got ${row.status} [${codes}]`);
        else if (row.target !== target) problems.push(`${source}: target ${row.target}, expected ${target}`);
      }
      // Whatever the report calls migrated was moved: target written under app/, source removed.
      for (const row of report.routes.filter((r) => r.status === 'migrated')) {
        const source = normalizeSource(row.source);
        if (!row.target || !row.target.startsWith('app/') || !exists(row.target)) problems.push(`${source}: target ${row.target} not written`);
        if (exists(source)) problems.push(`${source}: reported migrated but still present`);
      }
      if (problems.length) throw new Error(`routeshift report/tree problems:\n${problems.join('\n')}`);
      passed++;
    },
    STEP_TIMEOUT,
  );

  migratedTest(
    'the migrated app builds (type-checking the route handlers)',
    async () => {
      need(report, 'the routeshift report');
      const build = await nextBuild(MIGRATED_DIR);
      if (build.code !== 0) throw new Error(`migrated next build failed:\n${tail(build.output, 80)}`);
      migratedBuilt = true;
      passed++;
    },
    STEP_TIMEOUT,
  );

  migratedTest(
    'every request gets the same answer from the migrated app',
    async () => {
      const before = need(legacy, 'the legacy responses');
      if (!migratedBuilt) throw new Error('the migrated build is missing: an earlier step failed');
      const server = await nextStart(MIGRATED_DIR);
      let after: RecordedResponse[];
      try {
        after = await recordAll(server.origin, requests);
      } finally {
        await server.stop();
        fs.writeFileSync(path.join(WORK, 'migrated-server.log'), server.output());
      }
      fs.writeFileSync(path.join(WORK, 'migrated-responses.json'), JSON.stringify(pairs(requests, after), null, 2));
      const mismatches = compareAll(requests, before, after, rowFor);
      if (mismatches.length) {
        throw new Error(
          `${mismatches.length} mismatch(es) over ${requests.length} requests (responses and server logs in ${WORK}):\n${formatMismatches(mismatches)}`,
        );
      }
      passed++;
    },
    STEP_TIMEOUT,
  );
});

/** Work dirs of earlier runs are kept when they fail; remove those whose process is gone. */
function pruneStaleRuns(): void {
  const tmp = path.dirname(WORK);
  if (!fs.existsSync(tmp)) return;
  for (const name of fs.readdirSync(tmp)) {
    const pid = /^e2e-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pairs(reqs: E2ERequest[], responses: RecordedResponse[]) {
  return reqs.map((request, i) => ({ request: describeRequest(request), route: request.route, note: request.note, response: responses[i] }));
}
