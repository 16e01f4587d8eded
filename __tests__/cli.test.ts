// The real binary (dist/bin/routeshift.js) on real temp projects: usage, exit codes, --dry, --patch, dirty trees.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT, cli, commitAll, ensureBuilt, hashTree } from './helpers/built-cli';

const created: string[] = [];
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));



ensureBuilt();


const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'demo', private: true, dependencies: { next: '^15.1.0' } }, null, 2) + '\n',
  'tsconfig.json': '{\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } }\n}\n',
  'pages/api/hello.ts': [
    "import type { NextApiRequest, NextApiResponse } from 'next'",
    '',
    'type Data = { name: string }',
    '',
    'export default function handler(req: NextApiRequest, res: NextApiResponse<Data>) {',
    "  res.status(200).json({ name: 'John Doe' })",
    '}',
    '',
  ].join('\n'),
  'pages/api/users/[id].ts': [
    "import type { NextApiRequest, NextApiResponse } from 'next'",
    '',
    'export default async function handler(req: NextApiRequest, res: NextApiResponse) {',
    "  if (req.method !== 'GET') return res.status(405).end()",
    '  res.status(200).json({ id: req.query.id })',
    '}',
    '',
  ].join('\n'),
  'pages/index.tsx': 'export default function Home() {\n  return null\n}\n',
  'lib/util.ts': 'export const one = 1\n',
};

function makeProject(files: Record<string, string> = PROJECT, git = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-cli-'));
  created.push(dir);
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), content);
  }
  if (git) {
    commitAll(dir);
  }
  return dir;
}


const REPORTS = ['routeshift-report.md', 'routeshift-report.json'];

/** The project without its pages/api routes: for tests about the CLI itself, not about migrating. */
const NO_ROUTES = Object.fromEntries(Object.entries(PROJECT).filter(([p]) => !p.startsWith('pages/api/')));

describe('usage', () => {
  test('--help prints the usage text and exits 0', () => {
    const r = cli(['--help'], os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`routeshift [dir]          migrate the project in dir (default .) in place
  --dry                   write nothing; print the unified diff (moves included) and the report summary
  --patch <file>          write nothing but <file>: the diff as a patch that \`git apply\` accepts
  --only <path>           migrate only sources under <path> (repeatable); everything else stays as it is
  --app-dir <dir>         where route handlers go (default app/, or src/app/ when the project uses src/pages/)
  --next <14|15|16>       target Next.js major (default: read from the project's package.json, else 16)
  --report <file>         report path, inside the project (default routeshift-report.md in dir, with routeshift-report.json beside it)
  --force                 run on a git tree with uncommitted changes
  --express [entry]       also migrate the Express app created in <entry> (default: the module that calls express())
  --cpus <n>              worker threads for the per-route rewrite (default: every core)
  --silent                no progress bar, no summary (errors still go to stderr)
  --fail-on-left          exit 3 when any route was left in place (for CI)
  --no-format             do not format written files with the project's Prettier
  --help, --version

Exit status: 0 done (routes may be left in place), 1 could not run or a file errored, 2 bad usage,
3 routes were left in place (with --fail-on-left).
`);
  });

  test('--version prints the package version', () => {
    const r = cli(['--version'], os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version + '\n');
  });

  test.each([
    [['--bogus'], 'routeshift: Unknown argument: bogus\n'],
    [['--next', '13'], 'routeshift: Invalid values: Argument: next, Given: "13", Choices: "14", "15", "16"\n'],
    [['--only'], 'routeshift: Not enough arguments following: only\n'],
    [['a', 'b'], 'routeshift: Unknown argument: b\n'],
    [['--cpus', '0'], 'routeshift: --cpus takes a whole number of 1 or more, not 0\n'],
    [['--cpus', '1.5'], 'routeshift: --cpus takes a whole number of 1 or more, not 1.5\n'],
  ])('bad usage %j exits 2 with one line', (args, message) => {
    const dir = makeProject(PROJECT, false);
    const before = hashTree(dir);
    const r = cli(args, dir);
    expect([r.code, r.stderr, r.stdout]).toEqual([2, message, '']);
    expect(hashTree(dir)).toEqual(before);
  });

  test('--express names a file the project does not have: exit 1, one line, nothing written', () => {
    const dir = makeProject(PROJECT, false);
    const before = hashTree(dir);
    const r = cli(['.', '--express', 'server/nope.js', '--dry'], dir);
    expect([r.code, r.stderr, r.stdout]).toEqual([1, 'routeshift: --express server/nope.js: no such source file in .\n', '']);
    expect(hashTree(dir)).toEqual(before);
  });

  test('--express without an app to find: exit 1, RS708 on one line', () => {
    const dir = makeProject(PROJECT, false);
    const r = cli(['.', '--express', '--dry'], dir);
    expect([r.code, r.stderr]).toEqual([1, 'routeshift: .:1:1: no module calls express(); name the app with --express <file>\n']);
  });

  test('a missing project directory exits 1', () => {
    const r = cli(['does-not-exist'], os.tmpdir());
    expect([r.code, r.stderr]).toEqual([1, 'routeshift: does-not-exist: not a directory\n']);
  });
});

describe('dirty git trees', () => {
  test('uncommitted changes are refused without --force (exit 1, one line, nothing written)', () => {
    const dir = makeProject();
    fs.appendFileSync(path.join(dir, 'lib/util.ts'), '// edit\n');
    const before = hashTree(dir);
    const r = cli(['.'], dir);
    expect([r.code, r.stderr, r.stdout]).toEqual([1, 'routeshift: the git tree has uncommitted changes; commit or stash them first, or pass --force\n', '']);
    expect(hashTree(dir)).toEqual(before);
  });

  test('--force runs anyway, --dry is not checked', () => {
    const dir = makeProject(NO_ROUTES);
    fs.appendFileSync(path.join(dir, 'lib/util.ts'), '// edit\n');
    expect(cli(['--dry'], dir).code).toBe(0);
    expect(cli(['--force'], dir).code).toBe(0);
  });

  test('an earlier report is not an uncommitted change', () => {
    const dir = makeProject(NO_ROUTES);
    for (const r of REPORTS) fs.writeFileSync(path.join(dir, r), 'old report\n');
    const r = cli([], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(path.join(dir, 'routeshift-report.md'), 'utf8')).toMatch(/^# routeshift report\n/);
  });

  test('a folder that is not a git repository is fine, and gets the report', () => {
    const dir = makeProject(NO_ROUTES, false);
    const r = cli([dir], os.tmpdir());
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`routeshift: 0 routes found: 0 migrated, 0 left in place, 0 errors, 0 skipped\nreport: ${path.relative(os.tmpdir(), path.join(dir, 'routeshift-report.md'))}\n`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'routeshift-report.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      tool: 'routeshift',
      summary: { routesFound: 0, migrated: 0, left: 0, errors: 0, skipped: 0 },
      routes: [],
    });
  });
});

describe('--dry and --patch', () => {
  // Exit 0 needs a transform that does not crash on these two plain handlers.
  test('--dry leaves the tree byte-identical and prints the summary', () => {
    const dir = makeProject();
    const before = hashTree(dir);
    const r = cli(['--dry'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/routeshift: 2 routes found: \d+ migrated, \d+ left in place, 0 errors, 0 skipped\n/);
    expect(hashTree(dir)).toEqual(before);
  });

  test('--report elsewhere in the project replaces the default report files', () => {
    const dir = makeProject(NO_ROUTES);
    expect(cli(['--report', 'out/r.md'], dir).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['r.json', 'r.md']);
    expect(REPORTS.filter((f) => fs.existsSync(path.join(dir, f)))).toEqual([]);
  });

  test('--report outside the project is refused: exit 1, one line, nothing written', () => {
    const dir = makeProject(NO_ROUTES);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'routeshift-out-'));
    created.push(out);
    const before = hashTree(dir);
    const r = cli(['--report', path.join(out, 'r.md')], dir);
    expect([r.code, r.stderr, r.stdout]).toEqual([1, `routeshift: --report ${path.join(out, 'r.md')}: outside the project; reports are written inside it\n`, '']);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
  });

  // Waits on the real transform (transforms/pages-api.ts): needs at least one migrated route.
  test('the --patch file applied with `git apply` gives the tree a real run gives; a second run changes nothing', () => {
    const patched = makeProject();
    const patchFile = path.join(os.tmpdir(), `routeshift-${process.pid}-${Date.now()}.patch`);
    created.push(patchFile);
    const before = hashTree(patched);
    const p = cli(['--patch', patchFile], patched);
    expect(p.code).toBe(0);
    expect(hashTree(patched)).toEqual(before);
    execFileSync('git', ['apply', patchFile], { cwd: patched });

    const real = makeProject();
    const r = cli([], real);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const after = hashTree(real, REPORTS);
    expect(Object.keys(after).filter((f) => f.startsWith('pages/api/')).length).toBeLessThan(2); // something moved
    expect(Object.keys(after).some((f) => /^app\/api\/.*\/route\.ts$/.test(f))).toBe(true);
    expect(hashTree(patched)).toEqual(after);

    const again = cli(['--force'], real);
    expect(again.code).toBe(0);
    expect(hashTree(real, REPORTS)).toEqual(after);
  });

  // Waits on the real transform: the placeholder does not parse its input.
  test('a file that does not parse: exit 1 with one located line, the others still processed', () => {
    const dir = makeProject({
      ...PROJECT,
      'pages/api/bad.ts': "import type { NextApiRequest } from 'next'\nexport default function handler(req: NextApiRequest, res: any) {\nconst = 1\n}\n",
    });
    const r = cli([], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^routeshift: pages\/api\/bad\.ts:3:7: [^\n]+\n$/);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'routeshift-report.json'), 'utf8'));
    expect(json.routes.map((x: { source: string; status: string }) => [x.source, x.status === 'error'])).toEqual([
      ['pages/api/bad.ts', true],
      ['pages/api/hello.ts', false],
      ['pages/api/users/[id].ts', false],
    ]);
    expect(fs.existsSync(path.join(dir, 'pages/api/bad.ts'))).toBe(true);
    expect(json.summary.migrated).toBeGreaterThan(0);
  });
});

describe('review, CI gates and formatting', () => {
  const LEFT_ROUTE = "export default function handler(req, res) {\n  res.json({ ip: req.socket.remoteAddress })\n}\n";

  test('--fail-on-left exits 3 when a route stays, 0 when every route moved', () => {
    const dir = makeProject({ ...PROJECT, 'pages/api/ip.js': LEFT_ROUTE });
    const r = cli(['.', '--dry', '--fail-on-left'], dir);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('left  pages/api/ip.js  RS201');
    expect(cli(['.', '--dry', '--fail-on-left'], makeProject()).code).toBe(0);
    expect(cli(['.', '--dry'], dir).code).toBe(0);
  });

  test('--dry shows a moved route as a rename with its content diff, plain when piped', () => {
    const r = cli(['.', '--dry'], makeProject());
    expect(r.stdout).toContain('diff --git a/pages/api/hello.ts b/app/api/hello/route.ts\nsimilarity index');
    expect(r.stdout).toContain('rename from pages/api/hello.ts\nrename to app/api/hello/route.ts\n--- a/pages/api/hello.ts\n+++ b/app/api/hello/route.ts\n');
    expect(r.stdout).not.toContain('\x1b[');
  });

  test('without Prettier, a route moved from a file written without semicolons gets none', () => {
    const out = cli(['.', '--dry'], makeProject()).stdout;
    expect(out).toContain("+import { NextResponse } from 'next/server'\n");
    expect(out).toContain("+  return NextResponse.json({ name: 'John Doe' }, { status: 200 })\n");
    expect(cli(['.', '--dry', '--no-format'], makeProject()).stdout).toContain("+import { NextResponse } from 'next/server';\n");
  });

  test("the project's Prettier formats what routeshift writes; --no-format leaves the printer's text", () => {
    const dir = makeProject({ ...PROJECT, '.prettierrc': '{ "semi": false, "singleQuote": false }\n' });
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.dirname(require.resolve('prettier/package.json')), path.join(dir, 'node_modules', 'prettier'), 'dir');
    const formatted = cli(['.', '--dry'], dir).stdout;
    expect(formatted).toContain('+import { NextResponse } from "next/server"\n');
    const plain = cli(['.', '--dry', '--no-format'], dir).stdout;
    expect(plain).toContain("+import { NextResponse } from 'next/server';\n");
  });
});

// util-linux's `script` gives the run a terminal
describe('on a terminal', () => {
  // 320 routes: over the threshold for a bar
  const MANY: Record<string, string> = { 'package.json': '{"dependencies":{"next":"15"}}\n' };
  for (let i = 0; i < 320; i++) MANY[`pages/api/r${i}.js`] = `export default function handler(req, res) {\n  res.json({ n: ${i} })\n}\n`;
  // routeshift decides colour from the terminal and NO_COLOR alone; a runner's FORCE_COLOR is not passed on
  // (with both set, Node itself prints a warning on the terminal)
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const onTerminal = (args: string, cwd: string, redirect = '> /dev/null') =>
    spawnSync('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args} ${redirect}`, '/dev/null'], { cwd, encoding: 'utf8', env }).stdout;

  test('--dry colours the diff; NO_COLOR and a pipe get plain text, the same lines', () => {
    const dir = makeProject();
    const plain = cli(['.', '--dry', '--silent'], dir).stdout;
    expect(plain).not.toContain('\x1b[');
    const coloured = onTerminal('. --dry --silent', dir, '');
    expect(coloured).toContain('\x1b[1mdiff --git a/pages/api/hello.ts b/app/api/hello/route.ts\x1b[m');
    expect(coloured).toMatch(/\x1b\[32m\+import \{ NextResponse \} from 'next\/server'\x1b\[m/);
    // the terminal turns \n into \r\n; without the escapes it is the piped text
    expect(coloured.replace(/\r\n/g, '\n').replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    const noColor = spawnSync('script', ['-qfec', `NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} . --dry --silent`, '/dev/null'], { cwd: dir, encoding: 'utf8', env }).stdout;
    expect(noColor.replace(/\r\n/g, '\n')).toBe(plain);
  });

  test('a progress bar, none with --silent, none when stderr is piped', () => {
    const dir = makeProject(MANY, false);
    expect(onTerminal('. --dry --cpus 1', dir)).toMatch(/routeshift =+-*\s+\d+\/320 routes/);
    expect(onTerminal('. --dry --cpus 1 --silent', dir)).not.toContain('/320 routes');
    expect(cli(['.', '--dry', '--cpus', '1'], dir).stderr).toBe('');
  });
});
