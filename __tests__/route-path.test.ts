import { routeTarget, segmentsOfAppEntry, urlPatterns, UnrepresentableSegmentError, type Segment } from '../src/plan/route-path';
import { unifySlugNames } from '../src/plan/slug-names';

describe('routeTarget: pages path → app target and params', () => {
  const cases: [string, string, string, ReturnType<typeof routeTarget>['params']][] = [
    ['pages/api/a/b.ts', 'app', 'app/api/a/b/route.ts', []],
    ['pages/api/a/index.ts', 'app', 'app/api/a/route.ts', []],
    ['pages/api/index.js', 'app', 'app/api/route.js', []],
    ['pages/api/a/[id].ts', 'app', 'app/api/a/[id]/route.ts', [{ legacyName: 'id', name: 'id', kind: 'single' }]],
    ['pages/api/a/[...slug].ts', 'app', 'app/api/a/[...slug]/route.ts', [{ legacyName: 'slug', name: 'slug', kind: 'catchAll' }]],
    ['pages/api/a/[[...slug]].ts', 'app', 'app/api/a/[[...slug]]/route.ts', [{ legacyName: 'slug', name: 'slug', kind: 'optionalCatchAll' }]],
    [
      'pages/api/teams/[team]/members/[id]/index.ts',
      'app',
      'app/api/teams/[team]/members/[id]/route.ts',
      [
        { legacyName: 'team', name: 'team', kind: 'single' },
        { legacyName: 'id', name: 'id', kind: 'single' },
      ],
    ],
    ['src/pages/api/users.ts', 'src/app', 'src/app/api/users/route.ts', []],
    ['pages/api/_internal/ping.ts', 'app', 'app/api/%5Finternal/ping/route.ts', []],
    ['pages/api/_health.ts', 'app', 'app/api/%5Fhealth/route.ts', []],
    ['pages/api/a.js', 'app', 'app/api/a/route.js', []],
    ['pages/api/a.mjs', 'app', 'app/api/a/route.js', []],
    ['pages/api/a.cjs', 'app', 'app/api/a/route.js', []],
    ['pages/api/a.jsx', 'app', 'app/api/a/route.js', []],
    ['pages/api/og.tsx', 'app', 'app/api/og/route.ts', []],
    ['pages/api/auth/[...nextauth].ts', 'app', 'app/api/auth/[...nextauth]/route.ts', [{ legacyName: 'nextauth', name: 'nextauth', kind: 'catchAll' }]],
    ['pages/api/index/index.ts', 'app', 'app/api/index/route.ts', []],
  ];
  test.each(cases)('%s (appDir %s) → %s', (source, appDir, target, params) => {
    const t = routeTarget(source, appDir);
    expect(t.targetPath).toBe(target);
    expect(t.params).toEqual(params);
  });

  const unrepresentable: [string, string][] = [
    ['pages/api/(group)/a.ts', 'segment "(group)" would be a route group in app/'],
    ['pages/api/@slot.ts', 'segment "@slot" would be a parallel-route slot in app/'],
    ['pages/api/a-[id].ts', 'segment "a-[id]" mixes brackets with text'],
    ['pages/api/[...a]/b.ts', 'catch-all segment "[...a]" is not the last one'],
    ['lib/a.ts', 'lib/a.ts is not under pages/ or src/pages/'],
  ];
  test.each(unrepresentable)('%s cannot be placed (RS606): %s', (source, message) => {
    expect(() => routeTarget(source, 'app')).toThrow(new UnrepresentableSegmentError(message));
  });
});

describe('segmentsOfAppEntry: what an existing app/ entry serves', () => {
  const cases: [string, string | undefined][] = [
    ['app/api/users/[id]/route.ts', '/api/users/[]'],
    ['app/(shop)/api/items/route.js', '/api/items'],
    ['app/@modal/api/x/route.ts', '/api/x'],
    ['app/api/%5Finternal/route.ts', '/api/_internal'],
    ['app/_lib/route.ts', undefined],
    ['app/api/docs/[[...path]]/page.tsx', '/api/docs/[...]'],
    ['src/app/api/a/route.ts', undefined],
  ];
  test.each(cases)('%s → %s', (entry, url) => {
    const segments = segmentsOfAppEntry(entry, 'app');
    expect(segments && urlPatterns(segments)[0]).toBe(url);
  });
});

describe('urlPatterns', () => {
  test('an optional catch-all also answers its parent URL', () => {
    expect(urlPatterns(routeTarget('pages/api/a/[[...s]].ts', 'app').segments)).toEqual(['/api/a/[...]', '/api/a']);
  });
});

describe('unifySlugNames: one slug name per level', () => {
  const seg = (source: string): Segment[] => routeTarget(source, 'app').segments;
  const names = (segments: Segment[]) => segments.map((s) => (s.kind === 'static' ? s.value : s.name)).join('/');
  const cases: [string, string[], string[], string[]][] = [
    ['siblings take the first name in sorted order', ['pages/api/users/[userId]/posts.ts', 'pages/api/users/[id].ts'], [], ['api/users/id/posts', 'api/users/id']],
    ['an existing app/ name wins', ['pages/api/users/[id].ts'], ['app/api/users/[userId]/route.ts'], ['api/users/userId']],
    ['different levels keep their names', ['pages/api/a/[x].ts', 'pages/api/b/[y].ts'], [], ['api/a/x', 'api/b/y']],
    ['catch-all and single are separate slots', ['pages/api/a/[id].ts', 'pages/api/a/[...rest].ts'], [], ['api/a/id', 'api/a/rest']],
    ['renaming reaches deeper levels through the normalized parent', ['pages/api/t/[a]/m/[x].ts', 'pages/api/t/[b]/m/[y]/z.ts'], [], ['api/t/a/m/x', 'api/t/a/m/x/z']],
  ];
  test.each(cases)('%s', (_name, routes, existing, expected) => {
    const existingSegs = existing.map((e) => segmentsOfAppEntry(e, 'app')!);
    expect(unifySlugNames(routes.map(seg), existingSegs).map(names)).toEqual(expected);
  });
});
