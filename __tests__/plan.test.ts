// The planner on small project trees, with the per-route transform injected (the real one is tested by fixtures).
import path from 'node:path';
import { parseSource } from '../src/analyze/parse';
import { pathAliasesOf } from '../src/plan/module-paths';
import { plan, type PlanInput, type Transform } from '../src/plan/plan';
import { repathRelative, rewriteModuleSpecifiers } from '../src/rewrite/import-specifiers';
import { legacyRuntimeSource } from '../src/rewrite/legacy-runtime';
import type { PagesRouteInput } from '../src/types';

/** A stand-in transform: parses (so syntax errors surface), re-paths relative imports for the new depth,
 *  moves `export const X` (but config) to `<route dir>/exports`, leaves sources containing 'LEAVE-ME'. */
function fakeTransform(seen: PagesRouteInput[] = []): Transform {
  return (input) => {
    seen.push(input);
    const { j, root } = parseSource(input.sourcePath, input.source);
    if (input.source.includes('LEAVE-ME')) {
      return { status: 'left', extraFiles: [], movedExports: {}, methods: [], needsRuntime: false, diagnostics: [{ code: 'RS301', file: input.sourcePath, line: 2, column: 3, message: 'send before code' }] };
    }
    rewriteModuleSpecifiers(j, root, (s) => repathRelative(s, input.sourcePath, input.targetPath));
    const names = [...input.source.matchAll(/export const (\w+)/g)].map((m) => m[1]).filter((n) => n !== 'config');
    const sibling = path.posix.dirname(input.targetPath) + '/exports';
    return {
      status: 'migrated',
      output: root.toSource({ quote: 'single' }),
      extraFiles: names.length ? [{ path: sibling + '.ts', source: `// ${names.join(', ')}\n` }] : [],
      movedExports: Object.fromEntries(names.map((n) => [n, sibling])),
      methods: ['GET'],
      needsRuntime: input.source.includes('NEEDS-RUNTIME'),
      diagnostics: [],
    };
  };
}

const HANDLER = 'export default function handler(req, res) { res.json({}) }\n';

function input(files: Record<string, string>, extra: Partial<PlanInput> = {}): PlanInput {
  const all = Object.entries(files).map(([p, source]) => ({ path: p, source }));
  const isRoute = (p: string) => /^(src\/)?pages\/api\//.test(p);
  return {
    routes: all.filter((f) => isRoute(f.path)),
    appDir: 'app',
    appFiles: [],
    projectFiles: all.filter((f) => !isRoute(f.path)),
    next: 16,
    lang: 'ts',
    aliases: [],
    ...extra,
  };
}

const codes = (p: ReturnType<typeof plan>, source: string) => p.rows.find((r) => r.source === source)!.diagnostics.map((d) => d.code);
const opSummary = (p: ReturnType<typeof plan>) => p.ops.map((o) => `${o.kind} ${o.path}${o.kind === 'write' && o.before !== undefined ? ' (modified)' : ''}`);

describe('plan: moves', () => {
  test('a route moves: new file written, old one deleted, transform told target and params', () => {
    const seen: PagesRouteInput[] = [];
    const p = plan(input({ 'pages/api/users/[id].ts': HANDLER, 'pages/api/users/index.ts': HANDLER }), fakeTransform(seen));
    expect(opSummary(p)).toEqual(['write app/api/users/[id]/route.ts', 'write app/api/users/route.ts', 'delete pages/api/users/[id].ts', 'delete pages/api/users/index.ts']);
    expect(p.rows.map((r) => [r.source, r.target, r.status, r.methods])).toEqual([
      ['pages/api/users/[id].ts', 'app/api/users/[id]/route.ts', 'migrated', ['GET']],
      ['pages/api/users/index.ts', 'app/api/users/route.ts', 'migrated', ['GET']],
    ]);
    expect(seen[0]).toEqual({
      sourcePath: 'pages/api/users/[id].ts',
      source: HANDLER,
      targetPath: 'app/api/users/[id]/route.ts',
      params: [{ legacyName: 'id', name: 'id', kind: 'single' }],
      next: 16,
      runtimeModule: 'app/_lib/legacy-api',
      resolveModule: expect.any(Function),
      importersOf: expect.any(Function),
    });
  });

  test('the transform resolves the route\'s imports to project files (relative, alias, index)', () => {
    const seen: PagesRouteInput[] = [];
    const files = { 'pages/api/a.ts': HANDLER, 'lib/with-auth.ts': 'export const w = 1\n', 'lib/api/index.ts': 'export const x = 1\n' };
    plan({ ...input(files), aliases: [{ pattern: '@/*', targets: ['*'] }] }, fakeTransform(seen));
    const resolve = seen[0].resolveModule!;
    expect(resolve('../../lib/with-auth')).toEqual({ path: 'lib/with-auth.ts', source: 'export const w = 1\n' });
    expect(resolve('@/lib/with-auth')?.path).toBe('lib/with-auth.ts');
    expect(resolve('@/lib/api')?.path).toBe('lib/api/index.ts');
    expect(resolve('next-auth')).toBeUndefined();
  });

  test('relative imports inside the moved file are re-pathed by the transform and kept', () => {
    const p = plan(input({ 'pages/api/a.ts': "import { db } from '../../lib/db'\n" + HANDLER, 'lib/db.ts': 'export const db = 1\n' }), fakeTransform());
    const write = p.ops.find((o) => o.path === 'app/api/a/route.ts')!;
    expect(write.kind === 'write' && write.content).toBe("import { db } from '../../../lib/db'\n" + HANDLER);
  });

  test('a param renamed to match an existing app/ sibling gets RS509 and both names', () => {
    const seen: PagesRouteInput[] = [];
    const p = plan(input({ 'pages/api/users/[id]/posts.ts': HANDLER }, { appFiles: ['app/api/users/[userId]/route.ts'] }), fakeTransform(seen));
    expect(p.rows[0].target).toBe('app/api/users/[userId]/posts/route.ts');
    expect(seen[0].params).toEqual([{ legacyName: 'id', name: 'userId', kind: 'single' }]);
    expect(p.rows[0].diagnostics).toEqual([{ code: 'RS509', file: 'pages/api/users/[id]/posts.ts', line: 1, column: 1, message: '[id] becomes [userId] to match its siblings' }]);
    expect(p.rows[0].status).toBe('migrated');
  });

  test('the runtime helper is added once when routes need it', () => {
    const p = plan(input({ 'pages/api/a.ts': '// NEEDS-RUNTIME\n' + HANDLER, 'pages/api/b.ts': '// NEEDS-RUNTIME\n' + HANDLER }), fakeTransform());
    expect(opSummary(p).filter((o) => o.includes('legacy-api'))).toEqual(['write app/_lib/legacy-api.ts']);
    expect(p.ops.find((o) => o.path === 'app/_lib/legacy-api.ts')).toEqual({ kind: 'write', path: 'app/_lib/legacy-api.ts', content: legacyRuntimeSource('ts') });
  });

  test('an identical runtime helper is left alone; a different one keeps its users in place (RS605)', () => {
    const files = { 'pages/api/a.ts': '// NEEDS-RUNTIME\n' + HANDLER, 'pages/api/b.ts': HANDLER };
    const same = plan(input(files, { lang: 'js', existingRuntime: legacyRuntimeSource('js') }), fakeTransform());
    expect(opSummary(same)).toEqual(['write app/api/a/route.ts', 'write app/api/b/route.ts', 'delete pages/api/a.ts', 'delete pages/api/b.ts']);
    const other = plan(input(files, { existingRuntime: '// mine\n' }), fakeTransform());
    expect(other.rows.map((r) => r.status)).toEqual(['left', 'migrated']);
    expect(codes(other, 'pages/api/a.ts')).toEqual(['RS605']);
    expect(opSummary(other)).toEqual(['write app/api/b/route.ts', 'delete pages/api/b.ts']);
  });

  test('a route the transform leaves stays, with its diagnostics', () => {
    const p = plan(input({ 'pages/api/a.ts': '// LEAVE-ME\n' + HANDLER }), fakeTransform());
    expect(p.ops).toEqual([]);
    expect(p.rows[0]).toEqual({ source: 'pages/api/a.ts', target: 'app/api/a/route.ts', methods: [], status: 'left', diagnostics: [{ code: 'RS301', file: 'pages/api/a.ts', line: 2, column: 3, message: 'send before code' }] });
  });

  test('a parse error is an error row; the other routes still move', () => {
    const p = plan(input({ 'pages/api/bad.ts': 'export default function h(req, res) {\n  const x = 1\n  const = 2\n}\n', 'pages/api/good.ts': HANDLER }), fakeTransform());
    expect(p.rows[0].status).toBe('error');
    expect(p.rows[0].diagnostics).toEqual([{ code: 'RS001', file: 'pages/api/bad.ts', line: 3, column: 9, message: 'Unexpected token' }]);
    expect(opSummary(p)).toEqual(['write app/api/good/route.ts', 'delete pages/api/good.ts']);
  });
});

describe('plan: conflicts', () => {
  test('RS601: the target file already exists', () => {
    const p = plan(input({ 'pages/api/a.ts': HANDLER }, { appFiles: ['app/api/a/route.ts'] }), fakeTransform());
    expect(p.rows[0].status).toBe('left');
    expect(p.rows[0].diagnostics).toEqual([{ code: 'RS601', file: 'pages/api/a.ts', line: 1, column: 1, message: 'app/api/a/route.ts already exists' }]);
    expect(p.ops).toEqual([]);
  });

  test('RS601: a sibling module the transform writes already exists', () => {
    const p = plan(input({ 'pages/api/a.ts': 'export const shared = 1\n' + HANDLER }, { appFiles: ['app/api/a/exports.ts'] }), fakeTransform());
    expect(codes(p, 'pages/api/a.ts')).toEqual(['RS601']);
    expect(p.ops).toEqual([]);
  });

  test('RS602: a.ts and a/index.ts both map to one target', () => {
    const p = plan(input({ 'pages/api/a.ts': HANDLER, 'pages/api/a/index.ts': HANDLER, 'pages/api/b.ts': HANDLER }), fakeTransform());
    expect(p.rows.map((r) => [r.source, r.status, r.diagnostics.map((d) => d.code).join()])).toEqual([
      ['pages/api/a.ts', 'left', 'RS602'],
      ['pages/api/a/index.ts', 'left', 'RS602'],
      ['pages/api/b.ts', 'migrated', ''],
    ]);
    expect(p.rows[0].diagnostics[0].message).toBe('pages/api/a.ts, pages/api/a/index.ts all map to app/api/a/route.ts');
  });

  test('RS603: an app/ route already serves the URL (names normalized, groups dropped)', () => {
    const p = plan(input({ 'pages/api/users/[id].ts': HANDLER }, { appFiles: ['app/(admin)/api/users/[slug]/route.js'] }), fakeTransform());
    // the existing name wins the slot, so the target path differs but the URL is the same
    expect(p.rows[0].target).toBe('app/api/users/[slug]/route.ts');
    expect(codes(p, 'pages/api/users/[id].ts')).toEqual(['RS509', 'RS603']);
    expect(p.rows[0].diagnostics[1].message).toBe('app/(admin)/api/users/[slug]/route.js already serves this URL');
    expect(p.rows[0].status).toBe('left');
  });

  test('RS603: an optional catch-all answers its parent URL too', () => {
    const p = plan(input({ 'pages/api/docs/[[...path]].ts': HANDLER }, { appFiles: ['app/api/docs/route.ts'] }), fakeTransform());
    expect(codes(p, 'pages/api/docs/[[...path]].ts')).toEqual(['RS603']);
  });

  test('RS606: a file name that cannot live under app/', () => {
    const p = plan(input({ 'pages/api/(x).ts': HANDLER }), fakeTransform());
    expect(p.rows[0]).toEqual({
      source: 'pages/api/(x).ts',
      target: null,
      methods: [],
      status: 'left',
      diagnostics: [{ code: 'RS606', file: 'pages/api/(x).ts', line: 1, column: 1, message: 'segment "(x)" would be a route group in app/' }],
    });
  });
});

describe('plan: importers of moved routes', () => {
  const NEXTAUTH = "import NextAuth from 'next-auth'\nexport const authOptions = { providers: [] }\nexport default NextAuth(authOptions)\n";

  test('a relative importer of a moved export is re-pointed', () => {
    const p = plan(
      input({
        'pages/api/auth/[...nextauth].ts': NEXTAUTH,
        'lib/session.ts': "import { getServerSession } from 'next-auth'\nimport { authOptions } from \"../pages/api/auth/[...nextauth]\"\nexport const s = () => getServerSession(authOptions)\n",
        'lib/unrelated.ts': "import x from './other'\nexport default x\n",
      }),
      fakeTransform(),
    );
    expect(opSummary(p)).toEqual([
      'write app/api/auth/[...nextauth]/exports.ts',
      'write app/api/auth/[...nextauth]/route.ts',
      'write lib/session.ts (modified)',
      'delete pages/api/auth/[...nextauth].ts',
    ]);
    const session = p.ops.find((o) => o.path === 'lib/session.ts')!;
    expect(session.kind === 'write' && session.content).toBe(
      "import { getServerSession } from 'next-auth'\nimport { authOptions } from \"../app/api/auth/[...nextauth]/exports\"\nexport const s = () => getServerSession(authOptions)\n",
    );
  });

  test('an alias importer keeps its alias style (tsconfig paths, src/ layout)', () => {
    const aliases = pathAliasesOf('{\n  // comment\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] }, },\n}\n');
    const p = plan(
      input(
        {
          'src/pages/api/auth/[...nextauth].ts': NEXTAUTH,
          'src/components/nav.tsx': "import type { X } from '@/lib/x'\nexport { authOptions } from '@/pages/api/auth/[...nextauth]'\n",
        },
        { appDir: 'src/app', aliases },
      ),
      fakeTransform(),
    );
    const nav = p.ops.find((o) => o.path === 'src/components/nav.tsx')!;
    expect(nav.kind === 'write' && nav.content).toBe("import type { X } from '@/lib/x'\nexport { authOptions } from '@/app/api/auth/[...nextauth]/exports'\n");
    expect(p.rows[0].status).toBe('migrated');
  });

  test('a moved route importing another moved route is re-pointed in its new text', () => {
    const p = plan(
      input({
        'pages/api/auth/[...nextauth].ts': NEXTAUTH,
        'pages/api/me.ts': "import { authOptions } from './auth/[...nextauth]'\n" + HANDLER,
      }),
      fakeTransform(),
    );
    const me = p.ops.find((o) => o.path === 'app/api/me/route.ts')!;
    expect(me.kind === 'write' && me.content).toBe("import { authOptions } from '../auth/[...nextauth]/exports'\n" + HANDLER);
    expect(opSummary(p).filter((o) => o.includes('(modified)'))).toEqual([]);
  });

  test('a left route importing a moved one is modified in place', () => {
    const p = plan(
      input({
        'pages/api/auth/[...nextauth].ts': NEXTAUTH,
        'pages/api/me.ts': "// LEAVE-ME\nimport { authOptions } from './auth/[...nextauth]'\n" + HANDLER,
      }),
      fakeTransform(),
    );
    const me = p.ops.find((o) => o.path === 'pages/api/me.ts')!;
    expect(me.kind === 'write' && me.content).toBe("// LEAVE-ME\nimport { authOptions } from '../../app/api/auth/[...nextauth]/exports'\n" + HANDLER);
  });

  test('a type-only import of a type the route keeps points at the route module', () => {
    const p = plan(
      input({
        'pages/api/hello.ts': 'export type Data = { name: string }\n' + HANDLER,
        'components/hello.tsx': "import type { Data } from '../pages/api/hello'\nexport const x: Data | null = null\n",
      }),
      fakeTransform(),
    );
    const c = p.ops.find((o) => o.path === 'components/hello.tsx')!;
    expect(c.kind === 'write' && c.content).toBe("import type { Data } from '../app/api/hello/route'\nexport const x: Data | null = null\n");
  });

  test.each([
    ['the default export', "import handler from '../pages/api/auth/[...nextauth]'\n", 'lib/x.ts imports the default export', 1, 1],
    ['a name that stays', "\n\nimport { other } from '../pages/api/auth/[...nextauth]'\n", 'lib/x.ts imports `other`, which stays in the route module', 3, 1],
    ['a namespace', "import * as auth from '../pages/api/auth/[...nextauth]'\n", 'lib/x.ts imports the module as a namespace', 1, 1],
    ['require()', "const { authOptions } = require('../pages/api/auth/[...nextauth]')\n", 'lib/x.ts imports the module with require()', 1, 25],
    ['export *', "export * from '../pages/api/auth/[...nextauth]'\n", 'lib/x.ts imports everything (`export *`)', 1, 1],
  ])('RS604: an importer of %s keeps the route in place', (_what, importer, message, line, column) => {
    const p = plan(input({ 'pages/api/auth/[...nextauth].ts': NEXTAUTH, 'lib/x.ts': importer }), fakeTransform());
    expect(p.rows[0].status).toBe('left');
    expect(p.rows[0].diagnostics).toEqual([{ code: 'RS604', file: 'lib/x.ts', line, column, message }]);
    expect(p.ops).toEqual([]);
  });
});

describe('plan: --only', () => {
  test('routes outside the --only prefixes are skipped and untouched', () => {
    const seen: PagesRouteInput[] = [];
    const p = plan(
      input({ 'pages/api/users/a.ts': HANDLER, 'pages/api/users/b.ts': HANDLER, 'pages/api/posts.ts': HANDLER, 'pages/api/usersX.ts': HANDLER }, { only: ['./pages/api/users/'] }),
      fakeTransform(seen),
    );
    expect(p.rows.map((r) => [r.source, r.status])).toEqual([
      ['pages/api/posts.ts', 'skipped'],
      ['pages/api/users/a.ts', 'migrated'],
      ['pages/api/users/b.ts', 'migrated'],
      ['pages/api/usersX.ts', 'skipped'],
    ]);
    expect(seen.map((s) => s.sourcePath)).toEqual(['pages/api/users/a.ts', 'pages/api/users/b.ts']);
    expect(opSummary(p)).toEqual(['write app/api/users/a/route.ts', 'write app/api/users/b/route.ts', 'delete pages/api/users/a.ts', 'delete pages/api/users/b.ts']);
  });

  test('--only can name a single file, and is repeatable', () => {
    const p = plan(input({ 'pages/api/a.ts': HANDLER, 'pages/api/b.ts': HANDLER, 'pages/api/c.ts': HANDLER }, { only: ['pages/api/a.ts', 'pages/api/c.ts'] }), fakeTransform());
    expect(p.rows.map((r) => r.status)).toEqual(['migrated', 'skipped', 'migrated']);
  });
});

describe('plan: files a route brings along', () => {
  const NEXTAUTH = "import NextAuth from 'next-auth';\nexport const authOptions = { providers: [] };\nexport default NextAuth(authOptions);\n";
  const WRAPPER = [
    "import type { NextApiHandler } from 'next';",
    "import { getServerSession } from 'next-auth/next';",
    "import { authOptions } from '../pages/api/auth/[...nextauth]';",
    '',
    'export function withSession(handler: NextApiHandler): NextApiHandler {',
    '  return async (req, res) => {',
    '    const session = await getServerSession(req, res, authOptions);',
    "    if (!session) return res.status(401).json({ error: 'sign in' });",
    '    return handler(req, res);',
    '  };',
    '}',
    '',
  ].join('\n');
  const ROUTE = "import { withSession } from '../../lib/with-session';\n\nexport default withSession(function handler(req, res) {\n  res.json({ ok: true });\n});\n";

  test("a wrapper's route-handler form is written once, beside the wrapper, importing moved modules where they went", () => {
    const p = plan(input({ 'pages/api/auth/[...nextauth].ts': NEXTAUTH, 'lib/with-session.ts': WRAPPER, 'pages/api/a.ts': ROUTE, 'pages/api/b.ts': ROUTE }));
    const forms = p.ops.filter((o) => o.path === 'lib/with-session.app.ts');
    expect(forms).toHaveLength(1);
    const form = forms[0];
    expect(form.kind === 'write' && form.content).toContain("import { authOptions } from '../app/api/auth/[...nextauth]/auth-options';");
    expect(form.kind === 'write' && form.content).toContain('return await handler(request, context);');
    expect(form.kind === 'write' && form.content).toContain('const responseHeaders = legacyResponseHeaders(request);');
    const route = p.ops.find((o) => o.path === 'app/api/a/route.ts');
    expect(route?.kind === 'write' && route.content).toContain("import { withSession } from '../../../lib/with-session.app';");
    // the legacy wrapper stays (unmigrated code may still import it), its import of the moved options re-pointed
    const legacy = p.ops.find((o) => o.path === 'lib/with-session.ts');
    expect(legacy?.kind === 'write' && legacy.content).toBe(WRAPPER.replace("'../pages/api/auth/[...nextauth]'", "'../app/api/auth/[...nextauth]/auth-options'"));
  });

  test('a second run finds the form already written and writes nothing for it', () => {
    const wrapper = "export function withKey(handler) {\n  return (req, res) => {\n    if (!req.headers['x-key']) return res.status(401).end();\n    return handler(req, res);\n  };\n}\n";
    const route = "import { withKey } from '../../lib/with-key';\n\nexport default withKey((req, res) => res.json({ ok: 1 }));\n";
    const first = plan(input({ 'lib/with-key.ts': wrapper, 'pages/api/a.ts': route }));
    const form = first.ops.find((o) => o.path === 'lib/with-key.app.ts');
    expect(form?.kind).toBe('write');
    // later: a.ts moved, the form exists; another route using the wrapper migrates without writing it again
    const second = plan({ ...input({ 'lib/with-key.ts': wrapper, 'lib/with-key.app.ts': form?.kind === 'write' ? form.content : '', 'pages/api/d.ts': route }), appFiles: ['app/api/a/route.ts'] });
    expect(second.rows.find((r) => r.source === 'pages/api/d.ts')).toMatchObject({ status: 'migrated' });
    expect(second.ops.map((o) => `${o.kind} ${o.path}`)).not.toContain('write lib/with-key.app.ts');
  });
});

describe('plan: handlers that live in another module', () => {
  const FEATURE = "export default function ping(req, res) {\n  res.status(200).json({ pong: true });\n}\n";

  test('a re-exported handler is migrated where it lives; the route re-exports its methods', () => {
    const p = plan(input({ 'pages/api/ping.ts': "export { default } from '../../features/ping';\n", 'features/ping.ts': FEATURE }));
    expect(p.rows[0]).toMatchObject({ source: 'pages/api/ping.ts', status: 'migrated' });
    const route = p.ops.find((o) => o.path === 'app/api/ping/route.ts');
    expect(route?.kind === 'write' && route.content).toBe("export { GET, POST, PUT, PATCH, DELETE } from '../../../features/ping';\n");
    const feature = p.ops.find((o) => o.path === 'features/ping.ts');
    expect(feature).toMatchObject({ kind: 'write', before: FEATURE });
    expect(feature?.kind === 'write' && feature.content).toContain('return NextResponse.json({ pong: true }, { status: 200 });');
  });

  test('imported and exported as default, the same', () => {
    const p = plan(input({ 'pages/api/ping.ts': "import handler from '../../features/ping';\n\nexport default handler;\n", 'features/ping.ts': FEATURE }));
    expect(p.rows[0].status).toBe('migrated');
  });

  test('a module other files import too stays, with RS104 naming them', () => {
    const p = plan(input({ 'pages/api/ping.ts': "export { default } from '../../features/ping';\n", 'features/ping.ts': FEATURE, 'lib/health.ts': "import ping from '../features/ping';\nexport const all = [ping];\n" }));
    expect(p.rows[0].status).toBe('left');
    expect(p.rows[0].diagnostics.find((d) => d.code === 'RS104')?.message).toContain('also imported by lib/health.ts');
    expect(p.ops).toEqual([]);
  });
});
