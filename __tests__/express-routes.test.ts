import {
  analyzeExpressRoutes,
  findExpressEntry,
  resolverFor,
  type ExpressRoutesResult,
  type HandlerRef,
} from '../src/analyze/express-routes';
import { detectOrderOverlaps } from '../src/plan/express-paths';
import { exampleExpressApp } from './helpers/express-project';

const dedent = (s: string) => {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

function analyze(entry: string, sources: Record<string, string>): ExpressRoutesResult {
  const files = new Map(Object.entries(sources).map(([k, v]) => [k, dedent(v)]));
  return analyzeExpressRoutes({ entry, files, resolve: resolverFor(files.keys()) });
}

/** A handler reference in one line: `getUser`, `c.getUser<controllers/users.js#getUser>`, `asyncHandler(…)`, `inline/2@12`. */
function ref(h: HandlerRef): string {
  const from = (s: { module?: string; specifier: string; exportName: string; path: string[] }) =>
    `<${s.module ?? s.specifier}#${[s.exportName, ...s.path].join('.')}>`;
  switch (h.kind) {
    case 'inline':
      return `inline/${h.params}${h.async ? ' async' : ''}@${h.line}`;
    case 'local':
      return `${h.name}@${h.declaredAt.line}${h.init ? `=${ref(h.init)}` : ''}`;
    case 'imported':
      return h.name + from(h.source);
    case 'member':
      return h.name + (h.source ? from(h.source) : '');
    case 'call':
      return `${ref(h.callee)}(${h.args.map(ref).join(', ')})`;
    case 'other':
      return `?${h.text}`;
  }
}

/** `order METHOD path  file:line  handlers  | router middleware` */
const table = (r: ExpressRoutesResult) =>
  r.routes.map((x) => `${x.order} ${x.method} ${x.path}  ${x.file}:${x.line}  ${x.handlers.map(ref).join(' ')}${x.routerMiddleware.length ? '  | ' + x.routerMiddleware.map(ref).join(' ') : ''}`);
const diags = (r: ExpressRoutesResult) => r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`);

describe('CommonJS: nested routers across files, controllers, wrappers', () => {
  const result = analyze('app.js', {
    'app.js': `
      const express = require('express');
      const api = require('./routes');
      const app = express();
      app.use(express.json());
      app.get('/health', (req, res) => res.send('ok'));
      app.use('/api', api);
      app.get('/after', function (req, res) { res.end(); });
      app.use((err, req, res, next) => res.status(500).json({ error: err.message }));
      module.exports = app;
    `,
    'routes/index.js': `
      const { Router } = require('express');
      const router = Router();
      const requireKey = require('../middleware/requireKey');
      router.use('/users', require('./users'));
      router.use('/admin', requireKey, require('./admin'));
      module.exports = router;
    `,
    'routes/users.js': `
      const express = require('express');
      const users = require('../controllers/users');
      const { getUser } = require('../controllers/users');
      const asyncHandler = require('express-async-handler');
      const router = express.Router();
      router.route('/')
        .get(users.list)
        .post(asyncHandler(users.create));
      router.get('/:id', getUser);
      router.delete('/:id', asyncHandler(async (req, res) => { res.sendStatus(204); }));
      module.exports = router;
    `,
    'routes/admin.js': `
      const router = require('express').Router();
      function stats(req, res) { res.json({}); }
      router.get('/stats', stats);
      exports.router = router;
      module.exports = router;
    `,
    'controllers/users.js': `
      exports.list = (req, res) => res.json([]);
      exports.create = async (req, res) => res.status(201).json({});
      exports.getUser = (req, res) => res.json({});
    `,
    'middleware/requireKey.js': `module.exports = (req, res, next) => next();`,
  });

  test('the route table, in the order Express tries it', () => {
    expect(table(result)).toEqual([
      '1 GET /health  app.js:5  inline/2@5  | express.json<express#json>()',
      '2 GET /api/users  routes/users.js:7  users.list<controllers/users.js#list>  | express.json<express#json>()',
      '3 POST /api/users  routes/users.js:8  asyncHandler<express-async-handler#*>(users.create<controllers/users.js#create>)  | express.json<express#json>()',
      '4 GET /api/users/:id  routes/users.js:9  getUser<controllers/users.js#getUser>  | express.json<express#json>()',
      '5 DELETE /api/users/:id  routes/users.js:10  asyncHandler<express-async-handler#*>(inline/2 async@10)  | express.json<express#json>()',
      '7 GET /api/admin/stats  routes/admin.js:3  stats@2  | express.json<express#json>() requireKey<middleware/requireKey.js#*>',
      '8 GET /after  app.js:7  inline/2@7  | express.json<express#json>()',
    ]);
    expect(diags(result)).toEqual([]);
  });

  test('mount chains, path parts and the router each route sits on', () => {
    const stats = result.routes.find((r) => r.path === '/api/admin/stats')!;
    const admin = result.routers.find((r) => r.file === 'routes/admin.js')!;
    const index = result.routers.find((r) => r.file === 'routes/index.js')!;
    expect(stats.pathParts).toEqual(['/api', '/admin', '/stats']);
    expect(stats.mounts).toEqual([
      { file: 'app.js', line: 6, column: 1, prefix: '/api', router: index.id, mergeParams: false },
      { file: 'routes/index.js', line: 5, column: 1, prefix: '/admin', router: admin.id, mergeParams: false },
    ]);
    expect(stats.router).toBe(admin.id);
    expect(stats.index).toBe(0);
    // the site is where the function is written, wherever the reference stands
    const site = { file: 'routes/admin.js', line: 2, column: 1, start: 44, end: 86, params: 2, async: false };
    expect(stats.handlers).toEqual([{ kind: 'local', file: 'routes/admin.js', line: 3, column: 22, name: 'stats', declaredAt: { line: 2, column: 1 }, params: 2, async: false, site }]);
  });

  test('routers: kind, names, mounts, middleware (the error handler included)', () => {
    expect(
      result.routers.map((r) => ({
        kind: r.kind,
        name: r.name,
        file: r.file,
        line: r.line,
        mounts: r.mounts.map((m) => `${m.prefix}@${m.file}:${m.line}`),
        middleware: r.middleware.map((m) => `${m.index} ${m.path} ${ref(m.handler)}`),
        routeCount: r.routeCount,
      })),
    ).toEqual([
      { kind: 'router', name: 'router', file: 'routes/index.js', line: 2, mounts: ['/api@app.js:6'], middleware: ['1 /admin requireKey<middleware/requireKey.js#*>'], routeCount: 0 },
      { kind: 'router', name: 'router', file: 'routes/users.js', line: 5, mounts: ['/users@routes/index.js:4'], middleware: [], routeCount: 4 },
      { kind: 'router', name: 'router', file: 'routes/admin.js', line: 1, mounts: ['/admin@routes/index.js:5'], middleware: [], routeCount: 1 },
      {
        kind: 'app',
        name: 'app',
        file: 'app.js',
        line: 3,
        mounts: [],
        middleware: ['0 / express.json<express#json>()', '4 / inline/4@8'],
        routeCount: 2,
      },
    ]);
  });

  test('member handlers name the module and the export', () => {
    const list = result.routes.find((r) => r.method === 'GET' && r.path === '/api/users')!;
    expect(list.handlers[0]).toMatchObject({
      kind: 'member',
      name: 'users.list',
      property: 'list',
      source: { specifier: '../controllers/users', module: 'controllers/users.js', exportName: 'list', path: [] },
    });
    expect(list.line).toBe(7);
    expect(list.column).toBe(4);
  });
});

describe('mergeParams and params of mount paths', () => {
  const project = (merge: boolean) =>
    analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        app.use('/users/:userId/posts', require('./posts'));
        module.exports = app;
      `,
      'posts.js': `
        const express = require('express');
        const router = express.Router(${merge ? '{ mergeParams: true }' : ''});
        router.get('/:postId', (req, res) => res.json(req.params));
        router.use('/:postId/comments', require('./comments'));
        module.exports = router;
      `,
      'comments.js': `
        const express = require('express');
        const router = express.Router({ mergeParams: true });
        router.get('/', (req, res) => res.json(req.params));
        module.exports = router;
      `,
    });

  test('with mergeParams the mount params are visible', () => {
    const r = project(true);
    expect(r.routes.map((x) => [x.path, x.hiddenParams, x.mounts.map((m) => m.mergeParams)])).toEqual([
      ['/users/:userId/posts/:postId', [], [true]],
      ['/users/:userId/posts/:postId/comments', [], [true, true]],
    ]);
    expect(r.routers.map((x) => x.mergeParams)).toEqual([false, true, true]);
  });

  test('without it, req.params lacks them (and a merging child only sees what its parent had)', () => {
    const r = project(false);
    expect(r.routes.map((x) => [x.path, x.hiddenParams])).toEqual([
      ['/users/:userId/posts/:postId', ['userId']],
      ['/users/:userId/posts/:postId/comments', ['userId']],
    ]);
  });
});

describe('ESM and TypeScript', () => {
  test('import/export forms: default, named, namespace, re-exports, .js specifiers of .ts files', () => {
    const r = analyze('src/server.ts', {
      'src/server.ts': `
        import express, { type Request, type Response } from 'express';
        import { users, orders } from './routes/index.js';
        const app = express();
        app.get('/', (req: Request, res: Response) => { res.json({ ok: true }); });
        app.use('/users', users);
        app.use('/orders', orders);
        app.listen(3000);
      `,
      'src/routes/index.ts': `
        export { default as users } from './users';
        export { ordersRouter as orders } from './orders';
      `,
      'src/routes/users.ts': `
        import { Router } from 'express';
        import * as ctrl from '../controllers/users';
        import controller from '../controllers/default-object';
        import { getUser as fetchUser } from '../controllers/users';
        const router: Router = Router();
        router.get('/', ctrl.list);
        router.get('/:id', fetchUser);
        router.patch('/:id', controller.update);
        export default router;
      `,
      'src/routes/orders.ts': `
        import express from 'express';
        export const ordersRouter = express.Router({ mergeParams: true, strict: true });
        ordersRouter.post('/', async (req, res) => { res.status(201).end(); });
      `,
      'src/controllers/users.ts': `export const list = () => {}; export function getUser() {}`,
      'src/controllers/default-object.ts': `export default { update() {} };`,
    });
    expect(table(r)).toEqual([
      '0 GET /  src/server.ts:4  inline/2@4',
      '1 GET /users  src/routes/users.ts:6  ctrl.list<src/controllers/users.ts#list>',
      '2 GET /users/:id  src/routes/users.ts:7  fetchUser<src/controllers/users.ts#getUser>',
      '3 PATCH /users/:id  src/routes/users.ts:8  controller.update<src/controllers/default-object.ts#default.update>',
      '4 POST /orders  src/routes/orders.ts:3  inline/2 async@3',
    ]);
    expect(diags(r)).toEqual([]);
    expect(r.routers.map((x) => [x.kind, x.name, x.mergeParams, x.strict, x.listens])).toEqual([
      ['router', 'router', false, false, false],
      ['router', 'ordersRouter', true, true, false],
      ['app', 'app', false, false, true],
    ]);
  });

  test('TypeScript export = and import = require, typed handlers, a local const handler', () => {
    const r = analyze('app.ts', {
      'app.ts': `
        import express = require('express');
        import users = require('./users');
        const app: express.Express = express();
        app.use('/users', users);
        export = app;
      `,
      'users.ts': `
        import { Router, Request, Response, NextFunction } from 'express';
        const router = Router();
        const auth = (req: Request, res: Response, next: NextFunction): void => next();
        const show = async (req: Request<{ id: string }>, res: Response) => { res.json({ id: req.params.id }); };
        router.get('/:id', auth, show as any);
        export = router;
      `,
    });
    expect(table(r)).toEqual(['0 GET /users/:id  users.ts:5  auth@3 show@4']);
    expect(r.routes[0].handlers[1]).toMatchObject({ kind: 'local', params: 2, async: true });
  });
});

describe('registrars, router factories, chained registrations', () => {
  test('module.exports = function (app) {…} called with the app; routes it registers go on the app', () => {
    const r = analyze('server.js', {
      'server.js': `
        const express = require('express');
        const app = express();
        app.use(require("cors")());
        require('./routes')(app);
        require('./routes/items').register(app, '/items');
        app.get('/last', (req, res) => res.end());
        app.listen(3000);
      `,
      'routes/index.js': `
        const users = require('../controllers/users');
        module.exports = function (app) {
          app.get('/users', users.list);
          app.use('/v2', makeRouter());
        };
        function makeRouter() {
          const r = require('express').Router();
          r.get('/ping', (req, res) => res.send('pong')).post('/ping', (req, res) => res.sendStatus(201));
          return r;
        }
      `,
      'routes/items.js': `
        exports.register = (app, base) => {
          app.get(base, (req, res) => res.json([]));
          app.get(base + '/:id', (req, res) => res.json({}));
        };
      `,
      'controllers/users.js': `exports.list = (req, res) => res.json([]);`,
    });
    expect(table(r)).toEqual([
      '1 GET /users  routes/index.js:3  users.list<controllers/users.js#list>  | require("cors")<cors#*>()',
      '2 GET /v2/ping  routes/index.js:8  inline/2@8  | require("cors")<cors#*>()',
      '3 POST /v2/ping  routes/index.js:8  inline/2@8  | require("cors")<cors#*>()',
      '4 GET /items  routes/items.js:2  inline/2@2  | require("cors")<cors#*>()',
      '5 GET /items/:id  routes/items.js:3  inline/2@3  | require("cors")<cors#*>()',
      '6 GET /last  server.js:6  inline/2@6  | require("cors")<cors#*>()',
    ]);
    expect(r.routes[2].column).toBe(50); // the chained .post
    expect(diags(r)).toEqual([]);
  });

  test('ESM default-exported registrar, route().all() before methods, arrays of handlers', () => {
    const r = analyze('app.mjs', {
      'app.mjs': `
        import express from 'express';
        import registerRoutes from './routes.mjs';
        const app = express();
        registerRoutes(app);
        export default app;
      `,
      'routes.mjs': `
        import { authenticate, authorize } from './auth.mjs';
        import catchAsync from './catchAsync.mjs';
        export default function registerRoutes(app) {
          app.route('/books/:id')
            .all(authenticate)
            .get([authorize('read')], catchAsync(async (req, res) => res.json({})))
            .put(authorize('write'), (req, res) => res.end())
            .all((req, res) => res.sendStatus(405));
        }
      `,
      'auth.mjs': `export const authenticate = (req, res, next) => next(); export const authorize = (role) => (req, res, next) => next();`,
      'catchAsync.mjs': `export default (fn) => (req, res, next) => fn(req, res, next).catch(next);`,
    });
    expect(table(r)).toEqual([
      '0 ALL /books/:id  routes.mjs:5  authenticate<auth.mjs#authenticate>',
      "1 GET /books/:id  routes.mjs:6  authenticate<auth.mjs#authenticate> authorize<auth.mjs#authorize>(?'read') catchAsync<catchAsync.mjs#default>(inline/2 async@6)",
      "2 PUT /books/:id  routes.mjs:7  authenticate<auth.mjs#authenticate> authorize<auth.mjs#authorize>(?'write') inline/2@7",
      '3 ALL /books/:id  routes.mjs:8  authenticate<auth.mjs#authenticate> inline/2@8',
    ]);
  });

  test('a wrapped handler kept in a local const, and a handler passed through a registrar parameter', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const asyncHandler = require('./asyncHandler');
        const { show } = require('./controller');
        const app = express();
        const wrapped = asyncHandler(show);
        app.get('/a', wrapped);
        require('./register')(app, show);
      `,
      'register.js': `module.exports = (app, handler) => { app.get('/b', handler); };`,
      'asyncHandler.js': `module.exports = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);`,
      'controller.js': `exports.show = (req, res) => res.end();`,
    });
    expect(table(r)).toEqual([
      '0 GET /a  app.js:6  wrapped@5=asyncHandler<asyncHandler.js#*>(show<controller.js#show>)',
      '1 GET /b  register.js:1  show<controller.js#show>',
    ]);
  });
});

describe('router middleware: which use() layers run before a route', () => {
  test('path-scoped and order-scoped, outermost first', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const { a, b, admin, late, inner } = require('./mw');
        const app = express();
        app.use(a);
        app.get('/open', (req, res) => res.end());
        app.use('/admin', admin);
        app.use(b);
        const router = express.Router();
        router.use(inner);
        router.get('/users', (req, res) => res.end());
        app.use('/admin', router);
        app.use('/administrator', router);
        app.use(late);
      `,
      'mw.js': `exports.a = exports.b = exports.admin = exports.late = exports.inner = (req, res, next) => next();`,
    });
    expect(table(r)).toEqual([
      '1 GET /open  app.js:5  inline/2@5  | a<mw.js#a>',
      '5 GET /admin/users  app.js:10  inline/2@10  | a<mw.js#a> admin<mw.js#admin> b<mw.js#b> inner<mw.js#inner>',
      '7 GET /administrator/users  app.js:10  inline/2@10  | a<mw.js#a> b<mw.js#b> inner<mw.js#inner>',
    ]);
  });
});

describe('what is not followed is reported', () => {
  const r = analyze('app.js', {
    'app.js': `
      const express = require('express');
      const config = require('./config');
      const routers = { '/a': require('./a'), '/b': require('./b') };
      const app = express();
      const BASE = '/api';
      for (const [prefix, router] of Object.entries(routers)) {
        app.use(prefix, router);
      }
      ['/c'].forEach((p) => app.use(p, require('./c')));
      app.use(config.prefix, require('./d'));
      app.use(\`\${BASE}/v1\`, require('./e'));
      app.use(\`/\${process.env.VERSION}\`, require('./f'));
      app.get(config.paths.health, (req, res) => res.end());
      app.get(process.env.HEALTH_PATH, (req, res) => res.end());
      app.get(/^\\/re(gex)?$/, (req, res) => res.end());
      app.param('id', (req, res, next, id) => next());
      if (process.env.DEBUG) app.get('/debug', (req, res) => res.end());
      app.search('/s', (req, res) => res.end());
      const env = app.get('env');
      process.env.X && app.get('/x', (req, res) => res.end());
    `,
    'config.js': `module.exports = { prefix: process.env.PREFIX, paths: { health: '/health' } };`,
    'a.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'b.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'c.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'd.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'e.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'f.js': `const r = require('express').Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
    'routes/loaded-by-fs.js': `const express = require('express'); const r = express.Router(); r.get('/', (q, s) => s.end()); module.exports = r;`,
  });

  test('followed: the const-folded mount, a path from a config object, the conditional route', () => {
    expect(table(r)).toEqual(['0 GET /api/v1  e.js:1  inline/2@1', '1 GET /health  app.js:13  inline/2@13', '2 GET /debug  app.js:17  inline/2@17']);
  });

  test('reported with file:line', () => {
    expect(diags(r)).toEqual([
      'RS701 app.js:10 mount not followed: path `config.prefix` is not a literal',
      'RS701 app.js:12 mount not followed: path ``/${process.env.VERSION}`` is not a literal',
      'RS702 app.js:14 route path `process.env.HEALTH_PATH` is not a literal: `app.get` not followed',
      'RS702 app.js:15 route path `/^\\/re(gex)?$/` is not a literal: `app.get` not followed',
      "RS704 app.js:16 `app.param('id', …)` runs before routes with that param; not followed",
      'RS705 app.js:17 `app.get` runs only under a condition; followed as if it holds',
      'RS706 app.js:18 `SEARCH` routes have no route-handler export',
      'RS701 app.js:7 mount not followed: `app.use(…)` in a loop',
      'RS701 app.js:9 mount not followed: `app.use(…)` in a .forEach callback',
      'RS702 app.js:20 route not followed: `app.get(…)` in a conditional expression',
      'RS703 a.js:1 router `r` has 1 layer(s) but is not mounted on the app',
      'RS703 b.js:1 router `r` has 1 layer(s) but is not mounted on the app',
      'RS703 c.js:1 c.js creates an Express router but is not loaded from app.js',
      'RS703 routes/loaded-by-fs.js:1 routes/loaded-by-fs.js creates an Express router but is not loaded from app.js',
    ]);
  });

  test('diagnostics carry columns', () => {
    expect(r.diagnostics.find((d) => d.line === 7)).toEqual({ code: 'RS701', file: 'app.js', line: 7, column: 3, message: 'mount not followed: `app.use(…)` in a loop' });
  });
});

describe('use() arguments: paths, middleware, routers', () => {
  test('an unknown function before a router is middleware; an unknown path-like name is a path', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const passportAuth = require('some-auth-package');
        const api = require('./api');
        const app = express();
        app.use(passportAuth, api);
        app.use(process.env.API_BASE, api);
      `,
      'api.js': `
        let router;
        router = require('express').Router();
        router.get('/me', (req, res) => res.end());
        module.exports = router;
      `,
    });
    expect(table(r)).toEqual(['1 GET /me  api.js:3  inline/2@3  | passportAuth<some-auth-package#*>']);
    expect(diags(r)).toEqual(['RS701 app.js:6 mount not followed: path `process.env.API_BASE` is not a literal']);
    expect(r.routers.map((x) => [x.kind, x.name, x.routeCount, x.mounts.length])).toEqual([
      ['router', 'router', 1, 1],
      ['app', 'app', 0, 0],
    ]);
  });

  test('a require cycle gets the exports made so far, as in Node', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        exports.app = app;
        require('./routes');
      `,
      'routes.js': `
        const { app } = require('./app');
        app.get('/cyclic', (req, res) => res.end());
      `,
    });
    expect(table(r)).toEqual(['0 GET /cyclic  routes.js:2  inline/2@2']);
  });
});

describe('order numbers follow the stack, not the time of registration', () => {
  test('routes added to a router after it is mounted still run at the mount', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        const router = express.Router();
        app.get('/a', (req, res) => res.end());
        app.use('/r', router);
        app.get('/b', (req, res) => res.end());
        router.get('/late', (req, res) => res.end());
        router.get('/:id', (req, res) => res.end());
        router.get('/new', (req, res) => res.end());
      `,
    });
    expect(r.routes.map((x) => `${x.order} ${x.path}`)).toEqual(['0 /a', '1 /r/late', '2 /r/:id', '3 /r/new', '4 /b']);
    expect(detectOrderOverlaps(r.routes, { version: 4 }).map((o) => o.message)).toEqual([
      'GET /r/:id (app.js:8) is registered before GET /r/new (app.js:9): Express answers /r/new with the first, Next with the second',
    ]);
  });

  test('a router mounted twice appears under both prefixes', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        const v = express.Router();
        v.get('/x', (req, res) => res.end());
        app.use(['/v1'], v);
        app.use('/v2', v);
        app.use(v);
      `,
    });
    expect(r.routes.map((x) => `${x.order} ${x.path}`)).toEqual(['0 /v1/x', '1 /v2/x', '2 /x']);
    const v = r.routers.find((x) => x.kind === 'router')!;
    expect(v.mounts.map((m) => m.prefix)).toEqual(['/v1', '/v2', '/']);
    expect(v.routeCount).toBe(1);
  });

  test('array paths register one route each', () => {
    const r = analyze('app.js', {
      'app.js': `
        const app = require('express')();
        app.get(['/a', '/b'], (req, res) => res.end());
      `,
    });
    expect(r.routes.map((x) => `${x.order} ${x.path} ${x.line}`)).toEqual(['0 /a 2', '1 /b 2']);
  });
});

describe('input problems', () => {
  test('a file that does not parse is RS001, and the rest is still read', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        app.use('/broken', require('./broken'));
        app.get('/ok', (req, res) => res.end());
      `,
      'broken.js': `const r = require('express').Router(; module.exports = r;`,
    });
    // what broken.js exports is unknown: its use() layer stays a middleware reference
    expect(table(r)).toEqual(['1 GET /ok  app.js:4  inline/2@4']);
    expect(r.routers[0].middleware.map((m) => `${m.path} ${ref(m.handler)}`)).toEqual(["/broken require('./broken')<broken.js#*>"]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual(['RS001 broken.js:1']);
  });

  test('a missing entry, an entry without an app', () => {
    expect(diags(analyze('nope.js', { 'a.js': '' }))).toEqual(['RS708 nope.js:1 entry nope.js is not among the project files']);
    expect(diags(analyze('a.js', { 'a.js': 'module.exports = 1;' }))).toEqual(['RS708 a.js:1 no express() app is created from a.js']);
  });

  test('a router mounted inside itself', () => {
    const r = analyze('app.js', {
      'app.js': `
        const express = require('express');
        const app = express();
        const r = express.Router();
        r.get('/x', (req, res) => res.end());
        r.use('/again', r);
        app.use('/r', r);
      `,
    });
    expect(table(r)).toEqual(['0 GET /r/x  app.js:4  inline/2@4']);
    expect(diags(r)).toEqual(['RS707 app.js:5 router mounted inside itself at `/again`: not followed']);
  });
});

describe('findExpressEntry', () => {
  const cases: [string, Record<string, string>, string | undefined][] = [
    [
      'the module creating the app, not the one listening on the import',
      { 'app.js': `const express = require('express'); const app = express(); module.exports = app;`, 'server.js': `require('./app').listen(3000);` },
      'app.js',
    ],
    [
      'listen beats export',
      {
        'a/app.js': `const express = require('express'); const app = express(); module.exports = app;`,
        'b/server.js': `const express = require('express'); const app = express(); app.listen(1);`,
      },
      'b/server.js',
    ],
    ['ESM default export', { 'src/app.ts': `import express from 'express'; const app = express(); export default app;` }, 'src/app.ts'],
    ['TS import = require', { 'main.ts': `import express = require('express'); const app = express(); app.listen(8080);` }, 'main.ts'],
    ['routers only', { 'routes.js': `const express = require('express'); module.exports = express.Router();` }, undefined],
    [
      'ties: first in sorted order',
      { 'z.js': `const app = require('express')();`, 'm.js': `const express = require('express'); const app = express();` },
      'm.js',
    ],
  ];
  test.each(cases)('%s', (_name, files, entry) => {
    expect(findExpressEntry(new Map(Object.entries(files)))).toBe(entry);
  });
});

describe('resolverFor', () => {
  const resolve = resolverFor(['routes/index.js', 'routes/users.ts', 'src/lib/db.ts', 'data.json'], [{ pattern: '@/*', targets: ['src/*'] }]);
  const cases: [string, string, string | undefined][] = [
    ['./routes', 'app.js', 'routes/index.js'],
    ['./users.js', 'routes/index.js', 'routes/users.ts'],
    ['../data.json', 'routes/index.js', 'data.json'],
    ['@/lib/db', 'app.js', 'src/lib/db.ts'],
    ['express', 'app.js', undefined],
  ];
  test.each(cases)('%s from %s → %s', (spec, from, to) => expect(resolve(spec, from)).toBe(to));
});

describe('examples/legacy-express', () => {
  const files = new Map(Object.entries(exampleExpressApp()));

  test('the entry is found and the nested routers are followed', () => {
    const entry = findExpressEntry(files);
    expect(entry).toBe('app.js');
    const r = analyzeExpressRoutes({ entry: entry!, files, resolve: resolverFor(files.keys()) });
    const paths = r.routes.map((x) => `${x.method} ${x.path}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /api/users/:id', 'GET /api/users/:userId/notes', 'GET /api/files/docs/*', 'GET /api/items/new']));
    const notes = r.routes.find((x) => x.path === '/api/users/:userId/notes')!;
    expect(notes.hiddenParams).toEqual([]);
    expect(detectOrderOverlaps(r.routes, { version: 4 }).some((o) => o.first.path === '/api/items/:id' && o.second.path === '/api/items/new')).toBe(true);
  });
});
