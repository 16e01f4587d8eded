// The report: JSON for tools (valid against the schema the package ships), Markdown for a pull request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { RouteRow } from '../src/plan/plan-types';
import { renderJsonReport, renderMarkdownReport } from '../src/report/report';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const rows: RouteRow[] = [
  { source: 'pages/api/a.ts', target: 'app/api/a/route.ts', methods: ['GET', 'POST'], status: 'migrated', diagnostics: [{ code: 'RS501', file: 'pages/api/a.ts', line: 4, column: 5, message: 'Allow | 405 dropped' }] },
  { source: 'pages/api/b.ts', target: 'app/api/b/route.ts', methods: [], status: 'left', diagnostics: [{ code: 'RS301', file: 'pages/api/b.ts', line: 12, column: 3, message: '`res.json` at 12:3' }] },
  { source: 'routes/users.js:14', route: 'PUT /api/users/:id', target: 'app/api/users/[id]/route.js', methods: ['PUT'], status: 'migrated', diagnostics: [{ code: 'RS717', file: 'routes/users.js', line: 14, column: 1, message: 'Express also matched /api/users/:id in other letter cases' }] },
  { source: 'pages/api/c.ts', target: null, methods: [], status: 'skipped', diagnostics: [] },
  { source: 'pages/api/d.ts', target: null, methods: [], status: 'error', diagnostics: [{ code: 'RS001', file: 'pages/api/d.ts', line: 2, column: 7, message: 'Unexpected token' }] },
];

test('the JSON report is valid against schema/report.schema.json', () => {
  const report = JSON.parse(renderJsonReport(rows));
  expect(validate(report) ? [] : validate.errors).toEqual([]);
  expect(report.routes.map((r: { route?: string }) => r.route ?? null)).toEqual([null, null, 'PUT /api/users/:id', null, null]);
});

test('the schema refuses what the report never holds (it can fail)', () => {
  const report = JSON.parse(renderJsonReport(rows));
  report.routes[0].status = 'moved';
  delete report.summary.left;
  expect(validate(report)).toBe(false);
  expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/routes/0/status enum', '/summary required']);
});

test('Markdown for a pull request: counts, one section per route, follow-ups as a checklist with file:line', () => {
  expect(renderMarkdownReport(rows)).toBe(
    [
      '# routeshift report',
      '',
      '| routes found | migrated | left in place | errors | skipped |',
      '|---:|---:|---:|---:|---:|',
      '| 5 | 2 | 1 | 1 | 1 |',
      '',
      '## Routes',
      '',
      '### `pages/api/a.ts` → `app/api/a/route.ts`',
      '',
      'migrated · GET, POST',
      '',
      '- RS501 `pages/api/a.ts:4` Allow | 405 dropped',
      '',
      '### `pages/api/b.ts` → `app/api/b/route.ts`',
      '',
      'left in place',
      '',
      '- **RS301** `pages/api/b.ts:12` `res.json` at 12:3',
      '',
      '### PUT /api/users/:id `routes/users.js:14` → `app/api/users/[id]/route.js`',
      '',
      'migrated · PUT',
      '',
      '- RS717 `routes/users.js:14` Express also matched /api/users/:id in other letter cases',
      '',
      '### `pages/api/d.ts`',
      '',
      'error',
      '',
      '- **RS001** `pages/api/d.ts:2` Unexpected token',
      '',
      'Skipped (outside --only): `pages/api/c.ts`',
      '',
      '## Manual follow-ups',
      '',
      '- [ ] `pages/api/b.ts:12` move by hand or fix, then run again: RS301 `res.json` at 12:3 — A send followed by more code cannot become a return; move the send last.',
      '- [ ] `pages/api/d.ts:2` move by hand or fix, then run again: RS001 Unexpected token — Fix what the message names (a syntax error, bytes that are not UTF-8, a file over 1 MB, code nested too deep); the file was left untouched.',
      '- [ ] `pages/api/a.ts:4` review: RS501 Allow | 405 dropped — Next answers unexported methods with 405 (empty body, no Allow header) and OPTIONS with 204.',
      '- [ ] `routes/users.js:14` review: RS717 Express also matched /api/users/:id in other letter cases — Next matches paths case-sensitively and redirects a trailing slash (308), where Express ignored both; requests relying on that now reach Express only if it still serves them.',
      '',
    ].join('\n'),
  );
});
