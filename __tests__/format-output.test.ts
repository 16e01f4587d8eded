// Output formatting with the project's own Prettier (resolved from the project, with its config).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { FileOp } from '../src/plan/plan-types';
import type { FormatOutcome } from '../src/rewrite/format-output';

// Prettier 3 loads its parsers with import(), which Jest's sandbox refuses: the module runs in a real Node
// process (the built one in dist/, as the CLI runs it)
const MODULE = path.join(__dirname, '..', 'dist', 'src', 'rewrite', 'format-output.js');
function formatOutputs(dir: string, ops: FileOp[]): FormatOutcome {
  const script = `require(${JSON.stringify(MODULE)}).formatOutputs(process.argv[1], JSON.parse(process.argv[2])).then((o) => process.stdout.write(JSON.stringify(o)))`;
  const res = spawnSync(process.execPath, ['-e', script, dir, JSON.stringify(ops)], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout);
}

const REPO_PRETTIER = path.dirname(require.resolve('prettier/package.json'));

function project(files: Record<string, string>, withPrettier = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-format-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  // the project's own Prettier, installed in its node_modules
  if (withPrettier) {
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    fs.symlinkSync(REPO_PRETTIER, path.join(dir, 'node_modules', 'prettier'), 'dir');
  }
  return dir;
}

const NEW_ROUTE = "import { NextResponse } from 'next/server';\n\nexport async function GET() {\n  return NextResponse.json({ ok: true }, { status: 200 });\n}\n";
const UGLY_BEFORE = "import x from './x'\nexport default function handler(req,res){res.json(x)}\n";

test('new files follow the project config (no semicolons, double quotes, 4 spaces)', () => {
  const dir = project({ 'package.json': '{}', '.prettierrc': '{ "semi": false, "singleQuote": false, "tabWidth": 4 }\n' });
  const ops: FileOp[] = [{ kind: 'write', path: 'app/api/ok/route.ts', content: NEW_ROUTE }];
  const out = formatOutputs(dir, ops);
  expect(out.formatted).toEqual(['app/api/ok/route.ts']);
  expect(out.formatter).toMatch(/^prettier 3\./);
  expect((out.ops[0] as { content: string }).content).toBe('import { NextResponse } from "next/server"\n\nexport async function GET() {\n    return NextResponse.json({ ok: true }, { status: 200 })\n}\n');
});

test('a changed file that was not Prettier-formatted keeps its untouched code: left as printed', () => {
  const dir = project({ 'package.json': '{}', '.prettierrc': '{ "semi": false }\n', 'lib/a.ts': UGLY_BEFORE });
  const ops: FileOp[] = [{ kind: 'write', path: 'lib/a.ts', content: UGLY_BEFORE.replace("'./x'", "'./y'"), before: UGLY_BEFORE }];
  const out = formatOutputs(dir, ops);
  expect(out.formatted).toEqual([]);
  expect(out.ops).toEqual(ops);
});

test('a changed file that was formatted is formatted again (only the changed lines differ)', () => {
  const before = "import x from './x'\n\nexport const y = x\n";
  const dir = project({ 'package.json': '{}', '.prettierrc': '{ "semi": false, "singleQuote": true }\n', 'lib/b.ts': before });
  const ops: FileOp[] = [{ kind: 'write', path: 'lib/b.ts', content: "import x from './z';\n\nexport const y = x\n", before }];
  const out = formatOutputs(dir, ops);
  expect((out.ops[0] as { content: string }).content).toBe("import x from './z'\n\nexport const y = x\n");
});

test('no config, .prettierignore, no Prettier, deletions: nothing changes', () => {
  const ops: FileOp[] = [
    { kind: 'write', path: 'app/api/ok/route.ts', content: NEW_ROUTE },
    { kind: 'delete', path: 'pages/api/ok.ts', before: 'x' },
  ];
  for (const dir of [
    project({ 'package.json': '{}' }),
    project({ 'package.json': '{}', '.prettierrc': '{ "semi": false }\n', '.prettierignore': 'app/\n' }),
    project({ 'package.json': '{}', '.prettierrc': '{ "semi": false }\n' }, false),
  ]) {
    const out = formatOutputs(dir, ops);
    expect(out).toEqual({ ops, formatted: [] });
  }
});
