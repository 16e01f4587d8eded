// A migrated Express app's request pipeline answers as Express did, without Next in between: small apps
// are planned (planExpressApp), and a Node process runs each one twice — the legacy sources in a real
// Express 4 server on 127.0.0.1, and the generated route modules, pipeline and helpers (as ES modules)
// called with a Request — then prints both answers: status, content type, body, the named headers and
// the Set-Cookie list in order. The cases are the ones where layers share Express's one `res`: headers
// and cookies a middleware sets before next(), a guard answering on them, a handler's header before
// next(err), Vary after cors, res.locals, inline app middleware and error handlers chained with next(err).
// (express-e2e.test.ts runs the example app the same way through `next start`; this one is fast.)

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { planExpressApp } from '../src/plan/express-app-plan';
import { inputOf, type Files } from './helpers/express-project';

const ROOT = path.resolve(__dirname, '..');
// inside the repository, so that the ES modules find express and cors in its node_modules
const WORK = path.join(ROOT, '.tmp', `express-pipeline-${process.pid}`);
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

interface PipelineCase {
  name: string;
  files: Files;
  /** Every request goes to Express and to the route module its path names (`app/<path>/route.mjs`, GET … export). */
  calls: Call[];
  /** Headers compared besides content type and Set-Cookie. */
  headers: string[];
}

const app = (...lines: string[]) => ["const express = require('express');", 'const app = express();', ...lines, 'module.exports = app;', ''].join('\n');

const CASES: PipelineCase[] = [
  {
    name: 'a guard sets a header and a cookie, then answers or passes; the handler adds its own cookie',
    files: {
      'app.js': app(
        'app.get(\'/api/items\', function guard(req, res, next) {',
        "  res.set('X-Guarded', '1');",
        "  if (!req.get('x-key')) return res.status(403).cookie('a', 'b').json({ error: 'no key' });",
        "  res.cookie('seen', '1');",
        '  next();',
        "}, (req, res) => res.cookie('c', 'd').json([{ id: 1 }]));",
      ),
    },
    calls: [{ path: '/api/items' }, { path: '/api/items', headers: { 'x-key': 'k' } }],
    headers: ['x-guarded'],
  },
  {
    name: 'inline app middleware sets a header; a handler sets one before next(err); an inline error handler hands some errors on to the next',
    files: {
      'app.js': app(
        "app.use((req, res, next) => { res.set('X-Api-Version', '2024-06'); next(); });",
        "app.get('/api/fail', (req, res, next) => {",
        "  res.set('X-Step', 'loading');",
        "  next(Object.assign(new Error(req.query.kind || 'boom'), { status: req.query.kind ? 418 : 500 }));",
        '});',
        "app.get('/api/ok', (req, res) => res.send('ok'));",
        'app.use((err, req, res, next) => {',
        "  if (err.status === 418) return res.status(418).json({ teapot: err.message });",
        '  next(err);',
        '});',
        "app.use((err, req, res, next) => res.status(err.status || 500).json({ error: 'internal' }));",
      ),
    },
    calls: [{ path: '/api/ok' }, { path: '/api/fail' }, { path: '/api/fail?kind=short' }],
    headers: ['x-api-version', 'x-step', 'etag'],
  },
  {
    name: 'cors runs first; a handler replaces Vary, another appends to it; res.locals carries a value from middleware to handler',
    files: {
      'app.js': app(
        "const cors = require('cors');",
        "app.use(cors({ origin: 'https://shop.example', credentials: true }));",
        "app.use((req, res, next) => { res.locals.caller = req.get('x-user') || 'anonymous'; next(); });",
        "app.get('/api/replace', (req, res) => res.set('Vary', 'Accept').json({ by: res.locals.caller }));",
        "app.get('/api/append', (req, res) => res.append('Vary', 'Accept').json({ keys: Object.keys(res.locals) }));",
      ),
    },
    calls: [
      { path: '/api/replace', headers: { origin: 'https://elsewhere.example', 'x-user': 'u1' } },
      { path: '/api/append', headers: { origin: 'https://shop.example' } },
    ],
    headers: ['vary', 'access-control-allow-origin', 'access-control-allow-credentials'],
  },
];

/** The child: Express on the legacy sources, then the route modules; prints one JSON line of both answers. */
const RUNNER = `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const [dir, callsJson, headersJson] = process.argv.slice(2);
const require = createRequire(dir + '/legacy/package.json');
const calls = JSON.parse(callsJson);
const named = JSON.parse(headersJson);
const app = require(dir + '/legacy/app.js');
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = 'http://127.0.0.1:' + server.address().port;
const describe = async (r) => ({
  status: r.status,
  type: r.headers.get('content-type'),
  body: await r.text(),
  cookies: r.headers.getSetCookie(),
  headers: Object.fromEntries(named.map((n) => [n, r.headers.get(n)])),
});
const out = [];
for (const call of calls) {
  const init = { method: call.method || 'GET', headers: call.headers || {}, body: call.body };
  const legacy = await describe(await fetch(origin + call.path, init));
  const url = origin + call.path;
  const folder = new URL(url).pathname.replace(/^\\//, '');
  const routes = await import(pathToFileURL(dir + '/migrated/app/' + folder + '/route.mjs').href);
  const request = Object.assign(new Request(url, init), { nextUrl: new URL(url) });
  const migrated = await describe(await routes[init.method](request, { params: Promise.resolve({}) }));
  out.push({ call: init.method + ' ' + call.path, legacy, migrated });
}
server.close();
process.stdout.write(JSON.stringify(out));
`;

/** The plan's route modules and helpers, as ES modules that name their imports' files. */
function writeMigrated(dir: string, ops: ReturnType<typeof planExpressApp>['ops']): void {
  for (const op of ops) {
    if (op.kind !== 'write' || !op.path.startsWith('app/')) continue;
    const file = path.join(dir, op.path.replace(/\.js$/, '.mjs'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Node's ES module loader wants files named in full (Next's subpaths too: next/cache → next/cache.js)
    fs.writeFileSync(file, op.content.replace(/from '(\.[^']*)'/g, "from '$1.mjs'").replace(/from '(next\/[\w-]+)'/g, "from '$1.js'"));
  }
}

describe('a migrated Express pipeline answers as Express did (both run in Node, no Next)', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const plan = planExpressApp(inputOf(c.files));
    expect(plan.rows.filter((r) => r.status !== 'migrated').map((r) => `${r.source} ${r.diagnostics.map((d) => d.code).join(',')}`)).toEqual([]);
    const dir = path.join(WORK, String(CASES.indexOf(c)));
    for (const [file, text] of Object.entries(c.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'legacy', file)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'legacy', file), text);
    }
    writeMigrated(path.join(dir, 'migrated'), plan.ops);
    fs.writeFileSync(path.join(dir, 'runner.mjs'), RUNNER);
    const r = spawnSync(process.execPath, [path.join(dir, 'runner.mjs'), dir, JSON.stringify(c.calls), JSON.stringify(c.headers)], { encoding: 'utf8', timeout: 60000 });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const answers: Array<{ call: string; legacy: unknown; migrated: unknown }> = JSON.parse(r.stdout);
    expect(answers).toHaveLength(c.calls.length);
    for (const a of answers) expect({ call: a.call, answer: a.migrated }).toEqual({ call: a.call, answer: a.legacy });
  });
});
