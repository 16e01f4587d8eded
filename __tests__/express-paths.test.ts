import { folderName } from '../src/plan/route-path';
import {
  detectOrderOverlaps,
  isUnrepresentable,
  joinExpressPath,
  mapExpressPath,
  type ExpressPathOptions,
  type ExpressPathResult,
  type OrderedRoute,
} from '../src/plan/express-paths';

/** 'folders | req.params key→param:form … | notes', or '✗ reason'. */
function summary(r: ExpressPathResult): string {
  if (isUnrepresentable(r)) return '✗ ' + r.unrepresentable;
  const params = r.params.map((p) => `${p.legacyName}→${p.name}:${p.form}`).join(' ');
  return `${r.segments.map(folderName).join('/')} | ${params} | ${r.notes.join(',')}`;
}

const CI = 'case-insensitive,trailing-slash';

describe('mapExpressPath: Express 4 (path-to-regexp 0.1.12)', () => {
  const cases: [string | string[], string][] = [
    ['/', ' |  | '],
    ['', ' |  | '],
    ['/users', `users |  | ${CI}`],
    ['/users/', `users |  | ${CI}`],
    ['/users/:id', `users/[id] | id→id:value | ${CI}`],
    ['/users/:userId/posts/:postId', `users/[userId]/posts/[postId] | userId→userId:value postId→postId:value | ${CI}`],
    ['/:id', '[id] | id→id:value | trailing-slash'],
    ['/_internal/health', `%5Finternal/health |  | ${CI}`],
    ['/data.json', `data.json |  | ${CI}`],
    ['/a\\.b', `a.b |  | ${CI}`],
    ['/api/v2', `api/v2 |  | ${CI}`],
    ['/docs/*', `docs/[...path] | 0→path:joined | star-matches-empty,${CI}`],
    ['/*', '[...path] | 0→path:joined | star-matches-empty,trailing-slash'],
    ['*', '[[...path]] | 0→path:slashJoined | trailing-slash'],
    ['/:path/*', '[path]/[...path1] | path→path:value 0→path1:joined | star-matches-empty,trailing-slash'],
    ['/orders/:id?', `orders/[[...id]] | id→id:first | optional-deeper,${CI}`],
    ['/:id?', '[[...id]] | id→id:first | optional-deeper,trailing-slash'],
    [['/api', '*'], `api/[[...path]] | 0→path:slashJoined | ${CI}`],
    [['/api', '/'], `api |  | ${CI}`],
    [['/users/:userId/notes', '/:noteId'], `users/[userId]/notes/[noteId] | userId→userId:value noteId→noteId:value | ${CI}`],
    [['/', '/health'], `health |  | ${CI}`],
    ['/items/:id(\\d+)', '✗ ":id(\\d+)" restricts the param with a regular expression'],
    ['/:id(\\d+)/price', '✗ ":id(\\d+)" restricts the param with a regular expression'],
    ['/range/:from-:to', '✗ several params in one segment (":from-:to")'],
    ['/file/:name.:ext', '✗ several params in one segment (":name.:ext")'],
    ['/:id.json', '✗ a param shares its segment with text (":id.json")'],
    ['/user-:id', '✗ a param shares its segment with text ("user-:id")'],
    ['/files*', '✗ a param shares its segment with text ("files*")'],
    ['/a/:x?/b', '✗ optional segment ":x?" in the middle of "/a/:x?/b"'],
    [['/users/:id?', '/posts'], '✗ optional segment ":id?" in the middle of "/users/:id?/posts"'],
    ['/a/*/b', '✗ "*" in the middle of "/a/*/b"'],
    [['*', '/x'], '✗ "*" in the middle of "/*/x"'],
    ['/a/:path*', '✗ ":path*" matches one segment and the rest into two params'],
    ['/ab?cd', '✗ "?" in "/ab?cd" is regular-expression syntax in Express 4'],
    ['/ab+cd', '✗ "+" in "/ab+cd" is regular-expression syntax in Express 4'],
    ['/(foo|bar)', '✗ "/(foo|bar)" has a regular-expression group'],
    ['/\\d+', '✗ "\\d" in "/\\d+" is a regular-expression class'],
    ['/@me', '✗ segment "@me" would be a parallel-route slot in app/'],
    ['/:id/x/:id', '✗ param "id" appears twice in "/:id/x/:id"'],
    ['/a//b', '✗ "/a//b" has an empty segment'],
    ['users', '✗ "users" does not start with "/": Express never matches it'],
  ];
  test.each(cases)('%j → %s', (path, expected) => {
    expect(summary(mapExpressPath(path, { version: 4 }))).toBe(expected);
  });

  test('case sensitive and strict routing drop the matching notes', () => {
    expect(summary(mapExpressPath('/Users/:id', { version: 4, caseSensitive: true, strict: true }))).toBe('Users/[id] | id→id:value | ');
  });

  test('params are RouteParams the planner can use', () => {
    expect(mapExpressPath('/orders/:id?', { version: 4 })).toEqual({
      segments: [
        { kind: 'static', value: 'orders' },
        { kind: 'optionalCatchAll', name: 'id' },
      ],
      params: [{ legacyName: 'id', name: 'id', kind: 'optionalCatchAll', form: 'first' }],
      notes: ['optional-deeper', 'case-insensitive', 'trailing-slash'],
    });
  });
});

describe('mapExpressPath: Express 5 (path-to-regexp 8.x)', () => {
  const cases: [string | string[], string][] = [
    ['/users/:id', `users/[id] | id→id:value | ${CI}`],
    ['/files/*rest', `files/[...rest] | rest→rest:array | ${CI}`],
    ['/*splat', '[...splat] | splat→splat:array | trailing-slash'],
    ['/files{/*rest}', `files/[[...rest]] | rest→rest:array | ${CI}`],
    ['/users{/:id}', `users/[[...id]] | id→id:first | optional-deeper,${CI}`],
    ['/:"user-id"', '[user-id] | user-id→user-id:value | trailing-slash'],
    ['/a\\(b\\)', `a(b) |  | ${CI}`],
    ['/data.json', `data.json |  | ${CI}`],
    [['/users/:userId', '/posts/*rest'], `users/[userId]/posts/[...rest] | userId→userId:value rest→rest:array | ${CI}`],
    ['/users{/:id}/edit', '✗ optional part "{/:id}" in the middle of "/users{/:id}/edit"'],
    ['/file{.:ext}', '✗ optional part "{.:ext}" of "/file{.:ext}" is not one whole segment'],
    ['/users{/new}', '✗ optional part "{/new}" of "/users{/new}" is not one whole segment'],
    ['*', '✗ Express 5 rejects "*": missing parameter name at index 1'],
    ['/*', '✗ Express 5 rejects "/*": missing parameter name at index 2'],
    ['/users/:id?', '✗ Express 5 rejects "/users/:id?": unexpected ? at index 10'],
    ['/:id(\\d+)', '✗ Express 5 rejects "/:id(\\d+)": unexpected ( at index 4'],
    ['/range/:from-:to', '✗ several params in one segment (":from-:to")'],
    ['/:a:b', '✗ several params in one segment (":a:b")'],
    ['/users/*splat/edit', '✗ "*splat" in the middle of "/users/*splat/edit"'],
    ['/users/', '✗ "/users/" matches only with its trailing slash in Express 5; Next redirects that URL'],
    ['/user-:id', '✗ a param shares its segment with text ("user-:id")'],
  ];
  test.each(cases)('%j → %s', (path, expected) => {
    expect(summary(mapExpressPath(path, { version: 5 }))).toBe(expected);
  });
});

describe('joinExpressPath', () => {
  const cases: [string[], string][] = [
    [['/api', '/users', '/:id'], '/api/users/:id'],
    [['/api', '/'], '/api'],
    [['/', '/'], '/'],
    [['/api/', '/x'], '/api/x'],
    [['/api', '*'], '/api/*'],
  ];
  test.each(cases)('%j → %s', (parts, joined) => expect(joinExpressPath(parts)).toBe(joined));
});

describe('detectOrderOverlaps: registration order vs Next preferring static segments', () => {
  const route = (order: number, method: string, path: string | string[]): OrderedRoute => ({
    method,
    path: typeof path === 'string' ? path : joinExpressPath(path),
    ...(typeof path === 'string' ? {} : { pathParts: path }),
    order,
    file: 'routes/items.js',
    line: 10 + order,
    column: 1,
  });
  const v4: ExpressPathOptions = { version: 4 };
  const brief = (routes: OrderedRoute[], options = v4) =>
    detectOrderOverlaps(routes, options).map((o) => `${o.kind} ${o.first.method} ${o.first.path} @${o.first.line} / ${o.second.method} ${o.second.path} @${o.second.line} ${o.example}`);

  const cases: [string, OrderedRoute[], string[]][] = [
    ['dynamic before static', [route(0, 'GET', '/items/:id'), route(1, 'GET', '/items/new')], ['shadowed GET /items/:id @10 / GET /items/new @11 /items/new']],
    ['static before dynamic: same outcome', [route(0, 'GET', '/items/new'), route(1, 'GET', '/items/:id')], []],
    ['other methods do not meet', [route(0, 'GET', '/items/:id'), route(1, 'POST', '/items/new')], []],
    ['ALL meets every method', [route(0, 'ALL', '/items/:id'), route(1, 'DELETE', '/items/new')], ['shadowed ALL /items/:id @10 / DELETE /items/new @11 /items/new']],
    ['GET answers HEAD in Express', [route(0, 'GET', '/items/:id'), route(1, 'HEAD', '/items/new')], ['shadowed GET /items/:id @10 / HEAD /items/new @11 /items/new']],
    ['v4 * before a static path', [route(0, 'GET', '/files/*'), route(1, 'GET', '/files/terms')], ['shadowed GET /files/* @10 / GET /files/terms @11 /files/terms']],
    ['catch-all before a deeper dynamic path', [route(0, 'GET', '/files/*'), route(1, 'GET', '/files/:a/:b')], ['shadowed GET /files/* @10 / GET /files/:a/:b @11 /files/a/b']],
    ['optional param takes one segment only', [route(0, 'GET', '/orders/:id?'), route(1, 'GET', '/orders/:id/receipt')], []],
    ['optional param before a static sibling', [route(0, 'GET', '/orders/:id?'), route(1, 'GET', '/orders/new')], ['shadowed GET /orders/:id? @10 / GET /orders/new @11 /orders/new']],
    ['optional param before its parent', [route(0, 'GET', '/orders/:id?'), route(1, 'GET', '/orders')], ['shadowed GET /orders/:id? @10 / GET /orders @11 /orders']],
    ['static first segment wins in both', [route(0, 'GET', '/a/:x'), route(1, 'GET', '/:y/b')], []],
    ['dynamic first segment: Next prefers the later static one', [route(0, 'GET', '/:y/b'), route(1, 'GET', '/a/:x')], ['shadowed GET /:y/b @10 / GET /a/:x @11 /a/b']],
    ['Express compares case-insensitively', [route(0, 'GET', '/Items/:id'), route(1, 'GET', '/items/new')], ['shadowed GET /Items/:id @10 / GET /items/new @11 /items/new']],
    ['duplicate pattern, other param names', [route(0, 'GET', '/users/:id'), route(1, 'GET', '/users/:userId')], ['duplicate GET /users/:id @10 / GET /users/:userId @11 /users/id']],
    ['duplicate ALL and GET', [route(0, 'ALL', '/ping'), route(1, 'GET', '/ping')], ['duplicate ALL /ping @10 / GET /ping @11 /ping']],
    ['disjoint static paths', [route(0, 'GET', '/items/:id'), route(1, 'GET', '/users/new')], []],
    ['different depths', [route(0, 'GET', '/items/:id'), route(1, 'GET', '/items/new/draft')], []],
    ['unrepresentable routes are skipped', [route(0, 'GET', '/items/:id(\\d+)'), route(1, 'GET', '/items/new')], []],
    ['order, not array position, decides', [route(1, 'GET', '/items/new'), route(0, 'GET', '/items/:id')], ['shadowed GET /items/:id @10 / GET /items/new @11 /items/new']],
    ['mount parts: router * under /api', [route(0, 'GET', ['/api', '*']), route(1, 'GET', ['/api', '/health'])], ['shadowed GET /api/* @10 / GET /api/health @11 /api/health']],
  ];
  test.each(cases)('%s', (_name, routes, expected) => {
    expect(brief(routes)).toEqual(expected);
  });

  test('Express 5 wildcard before a static path', () => {
    expect(brief([route(0, 'GET', '/files/*rest'), route(1, 'GET', '/files/terms')], { version: 5 })).toEqual(['shadowed GET /files/*rest @10 / GET /files/terms @11 /files/terms']);
  });

  test('the message names both registrations with file:line', () => {
    const [o] = detectOrderOverlaps([route(0, 'GET', '/items/:id'), route(1, 'GET', '/items/new')], v4);
    expect(o.message).toBe(
      'GET /items/:id (routes/items.js:10) is registered before GET /items/new (routes/items.js:11): Express answers /items/new with the first, Next with the second',
    );
  });
});
