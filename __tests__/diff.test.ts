// The diff of a plan with moves: git's rename sections, accepted by `git apply`, and coloured as git colours.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { colorDiff, diffSections, renderDiff } from '../src/apply/diff';
import type { FileOp } from '../src/plan/plan-types';

const OLD = "import type { NextApiRequest, NextApiResponse } from 'next';\n\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.status(200).json({ ok: true });\n}\n";
const NEW = "import { NextResponse } from 'next/server';\n\nexport function GET() {\n  return NextResponse.json({ ok: true }, { status: 200 });\n}\n";
const OPS: FileOp[] = [
  { kind: 'delete', path: 'pages/api/ok.ts', before: OLD },
  { kind: 'write', path: 'app/api/ok/route.ts', content: NEW },
  { kind: 'write', path: 'lib/a.ts', content: 'b\n', before: 'a\n' },
];
const MOVES = [{ from: 'pages/api/ok.ts', to: 'app/api/ok/route.ts' }];

test('a move is one rename section with the content diff, as git shows it', () => {
  expect(renderDiff(OPS, MOVES)).toBe(
    [
      'diff --git a/pages/api/ok.ts b/app/api/ok/route.ts',
      'similarity index 50%',
      'rename from pages/api/ok.ts',
      'rename to app/api/ok/route.ts',
      '--- a/pages/api/ok.ts',
      '+++ b/app/api/ok/route.ts',
      '@@ -1,5 +1,5 @@',
      "-import type { NextApiRequest, NextApiResponse } from 'next';",
      "+import { NextResponse } from 'next/server';",
      ' ',
      '-export default function handler(req: NextApiRequest, res: NextApiResponse) {',
      '-  res.status(200).json({ ok: true });',
      '+export function GET() {',
      '+  return NextResponse.json({ ok: true }, { status: 200 });',
      ' }',
      'diff --git a/lib/a.ts b/lib/a.ts',
      '--- a/lib/a.ts',
      '+++ b/lib/a.ts',
      '@@ -1,1 +1,1 @@',
      '-a',
      '+b',
      '',
    ].join('\n'),
  );
});

test('git apply takes the rename patch and gives the tree the plan gives', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-diff-'));
  try {
    fs.mkdirSync(path.join(dir, 'pages/api'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.writeFileSync(path.join(dir, 'pages/api/ok.ts'), OLD);
    fs.writeFileSync(path.join(dir, 'lib/a.ts'), 'a\n');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'x.patch'), renderDiff(OPS, MOVES));
    execFileSync('git', ['apply', 'x.patch'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, 'pages/api/ok.ts'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'app/api/ok/route.ts'), 'utf8')).toBe(NEW);
    expect(fs.readFileSync(path.join(dir, 'lib/a.ts'), 'utf8')).toBe('b\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('sections come one at a time, and without moves a move is a delete and a new file', () => {
  expect([...diffSections(OPS, MOVES)]).toHaveLength(2);
  expect([...diffSections(OPS)].map((s) => s.split('\n')[1])).toEqual(['new file mode 100644', '--- a/lib/a.ts', 'deleted file mode 100644']);
});

test('colours: headers bold, hunk headers cyan, removed red, added green, context plain', () => {
  const section = [...diffSections([{ kind: 'write', path: 'lib/a.ts', content: 'a\nc\n', before: 'a\nb\n' }])][0];
  expect(colorDiff(section).split('\n')).toEqual([
    '\x1b[1mdiff --git a/lib/a.ts b/lib/a.ts\x1b[m',
    '\x1b[1m--- a/lib/a.ts\x1b[m',
    '\x1b[1m+++ b/lib/a.ts\x1b[m',
    '\x1b[36m@@ -1,2 +1,2 @@\x1b[m',
    ' a',
    '\x1b[31m-b\x1b[m',
    '\x1b[32m+c\x1b[m',
    '',
  ]);
});
