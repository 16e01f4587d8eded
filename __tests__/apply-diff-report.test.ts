// apply (the only writer), the git-style diff, and the report renderers, on real temp directories.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPlan, ApplyError } from '../src/apply/apply';
import { renderDiff } from '../src/apply/diff';
import type { FileOp, RouteRow } from '../src/plan/plan-types';
import { renderJsonReport, renderTextSummary } from '../src/report/report';

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-apply-'));
  created.push(dir);
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

function listTree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.name === '.git') continue;
    if (e.isDirectory()) Object.assign(out, listTree(abs, base));
    else out[path.relative(base, abs).split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
  }
  return out;
}

const BEFORE = {
  'pages/api/users/[id].ts': 'export default function h() {}\n',
  'lib/a.ts': 'one\ntwo\nthree',
  'pages/index.tsx': 'page\n',
};
const OPS: FileOp[] = [
  { kind: 'write', path: 'app/api/users/[id]/route.ts', content: 'export function GET() {}\n' },
  { kind: 'write', path: 'lib/a.ts', content: 'one\n2\nthree', before: 'one\ntwo\nthree' },
  { kind: 'delete', path: 'pages/api/users/[id].ts', before: 'export default function h() {}\n' },
];
const AFTER = {
  'app/api/users/[id]/route.ts': 'export function GET() {}\n',
  'lib/a.ts': 'one\n2\nthree',
  'pages/index.tsx': 'page\n',
};

describe('renderDiff', () => {
  test('git-style headers for new, modified and deleted files, with "No newline" markers', () => {
    expect(renderDiff(OPS)).toBe(
      [
        'diff --git a/app/api/users/[id]/route.ts b/app/api/users/[id]/route.ts',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/app/api/users/[id]/route.ts',
        '@@ -0,0 +1,1 @@',
        '+export function GET() {}',
        'diff --git a/lib/a.ts b/lib/a.ts',
        '--- a/lib/a.ts',
        '+++ b/lib/a.ts',
        '@@ -1,3 +1,3 @@',
        ' one',
        '-two',
        '+2',
        ' three',
        '\\ No newline at end of file',
        'diff --git a/pages/api/users/[id].ts b/pages/api/users/[id].ts',
        'deleted file mode 100644',
        '--- a/pages/api/users/[id].ts',
        '+++ /dev/null',
        '@@ -1,1 +0,0 @@',
        '-export default function h() {}',
        '',
      ].join('\n'),
    );
  });

  test('`git apply` accepts it and produces the same tree as applyPlan', () => {
    const viaGit = tempTree(BEFORE);
    execFileSync('git', ['init', '-q'], { cwd: viaGit });
    fs.writeFileSync(path.join(viaGit, 'x.patch'), renderDiff(OPS));
    execFileSync('git', ['apply', 'x.patch'], { cwd: viaGit });
    fs.rmSync(path.join(viaGit, 'x.patch'));
    const viaApply = tempTree(BEFORE);
    applyPlan(viaApply, OPS);
    expect(listTree(viaGit)).toEqual(AFTER);
    expect(listTree(viaApply)).toEqual(AFTER);
  });

  test('an empty new file and a content-less modification', () => {
    expect(renderDiff([{ kind: 'write', path: 'e.ts', content: '' }])).toBe('diff --git a/e.ts b/e.ts\nnew file mode 100644\n');
    expect(renderDiff([{ kind: 'write', path: 'same.ts', content: 'x\n', before: 'x\n' }])).toBe('');
  });
});

describe('applyPlan', () => {
  test('removes directories left empty under pages/api, keeps pages/', () => {
    const dir = tempTree(BEFORE);
    applyPlan(dir, OPS);
    expect(fs.existsSync(path.join(dir, 'pages/api'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'pages/index.tsx'))).toBe(true);
  });

  test('writes nothing when one target already exists', () => {
    const dir = tempTree({ ...BEFORE, 'app/api/users/[id]/route.ts': 'mine\n' });
    expect(() => applyPlan(dir, OPS)).toThrow(new ApplyError('cannot apply the plan: app/api/users/[id]/route.ts: already exists'));
    expect(listTree(dir)).toEqual({ ...BEFORE, 'app/api/users/[id]/route.ts': 'mine\n' });
  });

  test('writes nothing when a file changed since it was read', () => {
    const dir = tempTree({ ...BEFORE, 'lib/a.ts': 'edited' });
    expect(() => applyPlan(dir, OPS)).toThrow(new ApplyError('cannot apply the plan: lib/a.ts: changed since it was read'));
    expect(listTree(dir)).toEqual({ ...BEFORE, 'lib/a.ts': 'edited' });
  });

  test('writes nothing when a parent directory cannot be created', () => {
    const dir = tempTree({ ...BEFORE, app: 'a file, not a folder\n' });
    expect(() => applyPlan(dir, OPS)).toThrow(ApplyError);
    expect(listTree(dir)).toEqual({ ...BEFORE, app: 'a file, not a folder\n' });
  });
});

describe('report', () => {
  const rows: RouteRow[] = [
    { source: 'pages/api/a.ts', target: 'app/api/a/route.ts', methods: ['GET', 'POST'], status: 'migrated', diagnostics: [{ code: 'RS501', file: 'pages/api/a.ts', line: 4, column: 5, message: 'Allow | 405 dropped' }] },
    { source: 'pages/api/b.ts', target: 'app/api/b/route.ts', methods: [], status: 'left', diagnostics: [{ code: 'RS301', file: 'pages/api/b.ts', line: 12, column: 3, message: '`res.json` at 12:3' }] },
    { source: 'pages/api/c.ts', target: null, methods: [], status: 'skipped', diagnostics: [] },
  ];

  test('JSON shape', () => {
    expect(JSON.parse(renderJsonReport(rows))).toEqual({
      schemaVersion: 1,
      tool: 'routeshift',
      summary: { routesFound: 3, migrated: 1, left: 1, errors: 0, skipped: 1 },
      routes: [
        {
          source: 'pages/api/a.ts',
          target: 'app/api/a/route.ts',
          methods: ['GET', 'POST'],
          status: 'migrated',
          diagnostics: [
            { code: 'RS501', file: 'pages/api/a.ts', line: 4, column: 5, message: 'Allow | 405 dropped', hint: 'Next answers unexported methods with 405 (empty body, no Allow header) and OPTIONS with 204.', blocks: false },
          ],
        },
        {
          source: 'pages/api/b.ts',
          target: 'app/api/b/route.ts',
          methods: [],
          status: 'left',
          diagnostics: [
            { code: 'RS301', file: 'pages/api/b.ts', line: 12, column: 3, message: '`res.json` at 12:3', hint: 'A send followed by more code cannot become a return; move the send last.', blocks: true },
          ],
        },
        { source: 'pages/api/c.ts', target: null, methods: [], status: 'skipped', diagnostics: [] },
      ],
    });
  });

  // the Markdown report: __tests__/report.test.ts

  test('terminal summary', () => {
    expect(renderTextSummary(rows)).toBe(
      'routeshift: 3 routes found: 1 migrated, 1 left in place, 0 errors, 1 skipped\n  left  pages/api/b.ts  RS301 pages/api/b.ts:12:3 `res.json` at 12:3\n',
    );
  });
});
