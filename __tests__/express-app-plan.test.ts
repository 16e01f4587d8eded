// The whole Express migration as data: small in-memory projects in, the exact file operations, the
// written text that matters and one report row per registration out (src/plan/express-app-plan.ts).

import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { planExpressApp, type ExpressAppInput } from '../src/plan/express-app-plan';
import type { Plan } from '../src/plan/plan-types';
import { applied, inputOf, nextRun, type Files } from './helpers/express-project';
import { typeProblems } from './helpers/type-check';

/** `text` with each of `lines` cut out (each must be there): what an edit of the Express source removes. */
const without = (text: string, ...lines: string[]) => lines.reduce((t, line) => (t.includes(line) ? t.replace(line, '') : fail(`not in the source: ${line}`)), text);
const fail = (why: string): never => {
  throw new Error(why);
};

const opsOf = (plan: Plan) => plan.ops.map((o) => `${o.kind} ${o.path}`);
const rowsOf = (plan: Plan) => plan.rows.map((r) => [r.status, r.source, r.route ?? '-', r.target ?? '-', r.diagnostics.map((d) => d.code).join(',') || '-'].join(' '));
const writtenOf = (plan: Plan) => new Map(plan.ops.flatMap((o) => (o.kind === 'write' ? [[o.path, o.content] as [string, string]] : [])));

/** The generated pipeline module, reduced to what varies per app: its imports and its two lists. */
const pipelineOf = (text: string) =>
  [...[...text.matchAll(/^import .*$/gm)].map((m) => m[0]), /const appLayers[^;]*;/.exec(text)![0], /const errorHandlers[^;]*;/.exec(text)![0]].join('\n').replace(/\n\s*/g, ' ');

/** A project, the call's options, and what must come out: ops, rows, exact texts, pipelineOf(app/_lib/express-app.*). */
type Case = { name: string; files: Files; options?: Partial<ExpressAppInput>; ops: string[]; rows: string[]; texts?: Files; pipeline?: string };

// ————— projects —————

const CJS: Files = {
  'app.js': `const express = require('express');
const app = express();
app.use(express.json());
app.use('/api/users', require('./routes/users'));
module.exports = app;
`,
  'routes/users.js': `const express = require('express');
const users = require('../controllers/users');

const GREETING = 'hello';
const router = express.Router();

router.get('/:id/greet', (req, res) => {
  res.json({ greeting: GREETING, id: req.params.id });
});
router.get('/:id', users.getUser);
module.exports = router;
`,
  'controllers/users.js': `const store = { u1: { id: 'u1', name: 'Ada' } };

exports.getUser = (req, res) => {
  const user = store[req.params.id];
  if (!user) return res.status(404).json({ error: 'not found' });
  res.json(user);
};
`,
};

const ESM: Files = {
  'app.js': `import express from 'express';
import users from './routes/users.js';
const app = express();
app.use(express.json());
app.use('/api/users', users);
export default app;
`,
  'routes/users.js': `import express from 'express';
import { getUser } from '../controllers/users.js';

const LIMIT = 10;
const router = express.Router();

router.get('/', (req, res) => {
  res.json({ limit: LIMIT, q: req.query.q ?? null });
});
router.get('/:id', getUser);
export default router;
`,
  'controllers/users.js': `export function getUser(req, res) {
  res.json({ id: req.params.id });
}
`,
};

const TS: Files = {
  'src/app.ts': `import express from 'express';
import users from './routes/users';
const app = express();
app.use(express.json());
app.use('/api/users', users);
export default app;
`,
  'src/routes/users.ts': `import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/:id', (req: Request, res: Response) => {
  res.json({ id: req.params.id });
});
router.post('/', async (req: Request, res: Response) => {
  const body: { name?: string } = req.body;
  res.status(201).json({ name: body.name ?? 'anon' });
});
export default router;
`,
};

const SHARED_GUARD: Files = {
  'app.js': `const express = require('express');
const orders = require('./routes/orders');
const errorHandler = require('./middleware/errorHandler');
const app = express();
app.use('/orders', orders);
app.use(errorHandler);
module.exports = app;
`,
  'routes/orders.js': `const express = require('express');
const requireKey = require('../middleware/requireKey');

const router = express.Router();
router.get('/:id(\\\\d+)', requireKey, (req, res) => {
  res.json({ order: Number(req.params.id) });
});
router.get('/', requireKey, (req, res) => {
  res.json([]);
});

module.exports = router;
`,
  'middleware/requireKey.js': `module.exports = function requireKey(req, res, next) {
  if (req.get('x-key') !== 'k') return res.status(401).json({ error: 'key' });
  next();
};
`,
  'middleware/errorHandler.js': `module.exports = (err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message });
};
`,
};

const TWO_ROUTERS: Files = {
  'app.js': `const express = require('express');
const app = express();
app.use('/api/users', require('./routes/users'));
app.use('/api/orders', require('./routes/orders'));
app.get('/health', (req, res) => res.send('ok'));
module.exports = app;
`,
  'routes/users.js': `const router = require('express').Router();
router.get('/', (req, res) => res.json([]));
module.exports = router;
`,
  'routes/orders.js': `const router = require('express').Router();
router.get('/', (req, res) => res.json([]));
module.exports = router;
`,
};
const ONLY_USERS_APP = without(TWO_ROUTERS['app.js'], "app.use('/api/users', require('./routes/users'));\n");
const ONLY_USERS_ROUTE = `import { expressRoute } from '../../_lib/express-app';

import { expressJson } from '../../_lib/express-api';

// GET /api/users — routes/users.js:2
export const GET = expressRoute({ mount: 2 }, (request, context) => {
  return expressJson([]);
});
`;

const ITEMS_APP = `const express = require('express');
const app = express();
app.use('/items', require('./routes/items'));
module.exports = app;
`;
const ITEMS_ROUTER = `const router = require('express').Router();
router.get('/export', (req, res) => res.render('export', { title: 'Export' }));
router.get('/:id', (req, res) => res.json({ id: req.params.id }));
router.get('/', (req, res) => res.json([]));
module.exports = router;
`;
const ITEMS_LIST_ROUTE = (line: number) => `import { expressRoute } from '../_lib/express-app';

import { expressJson } from '../_lib/express-api';

// GET /items — routes/items.js:${line}
export const GET = expressRoute({ mount: 1 }, (request, context) => {
  return expressJson([]);
});
`;

const SESSION: Files = {
  'app.js': `const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');

const app = express();
app.use(helmet());
app.use(morgan('dev'));
app.get('/health', (req, res) => res.send('ok'));
app.use(require('express-session')({ secret: 's', resave: false, saveUninitialized: false }));
app.get('/me', (req, res) => res.json({ user: req.session.user ?? null }));
module.exports = app;
`,
};

const MIGRATED = 'RS717,RS719';

const cases: Case[] = [
  {
    name: 'CommonJS: router emptied and deleted with its mount and require, controller rewritten in place, module constant moved in',
    files: CJS,
    ops: ['write controllers/users.js', 'write app/api/users/[id]/greet/route.js', 'write app/api/users/[id]/route.js', 'write app.js', 'delete routes/users.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: [`migrated routes/users.js:7 GET /api/users/:id/greet app/api/users/[id]/greet/route.js ${MIGRATED}`, `migrated routes/users.js:10 GET /api/users/:id app/api/users/[id]/route.js ${MIGRATED}`],
    texts: {
      'controllers/users.js': `const { expressJson } = require('../app/_lib/express-api');
const store = { u1: { id: 'u1', name: 'Ada' } };

exports.getUser = (request, context) => {
  const user = store[context.params.id];
  if (!user) return expressJson({ error: 'not found' }, { status: 404 });
  return expressJson(user);
};
`,
      'app/api/users/[id]/greet/route.js': `import { expressRoute } from '../../../../_lib/express-app';

import { expressJson } from '../../../../_lib/express-api';

const GREETING = 'hello';

// GET /api/users/:id/greet — routes/users.js:7
export const GET = expressRoute({ mount: 2, params: { id: 'id' } }, (request, context) => {
  return expressJson({ greeting: GREETING, id: context.params.id });
});
`,
      'app/api/users/[id]/route.js': `import { expressRoute } from '../../../_lib/express-app';
import users from '../../../../controllers/users';

// GET /api/users/:id — routes/users.js:10
export const GET = expressRoute({ mount: 2, params: { id: 'id' } }, users.getUser);
`,
      'app.js': without(CJS['app.js'], "app.use('/api/users', require('./routes/users'));\n"),
    },
    pipeline: "import { expressBody } from './express-api'; const appLayers = [ parseBody, ]; const errorHandlers = [];",
  },
  {
    name: 'ES modules: export default router, named controller import',
    files: ESM,
    ops: ['write controllers/users.js', 'write app/api/users/[id]/route.js', 'write app/api/users/route.js', 'write app.js', 'delete routes/users.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: [`migrated routes/users.js:7 GET /api/users app/api/users/route.js ${MIGRATED}`, `migrated routes/users.js:10 GET /api/users/:id app/api/users/[id]/route.js ${MIGRATED}`],
    texts: {
      'controllers/users.js': `import { expressJson } from '../app/_lib/express-api';
export function getUser(request, context) {
  return expressJson({ id: context.params.id });
}
`,
      'app/api/users/route.js': `import { expressRoute } from '../../_lib/express-app';

import { expressJson, expressQuery } from '../../_lib/express-api';

const LIMIT = 10;

// GET /api/users — routes/users.js:7
export const GET = expressRoute({ mount: 2 }, (request, context) => {
  const query = expressQuery(request);
  return expressJson({ limit: LIMIT, q: query.q ?? null });
});
`,
      'app/api/users/[id]/route.js': `import { expressRoute } from '../../../_lib/express-app';
import { getUser } from '../../../../controllers/users';

// GET /api/users/:id — routes/users.js:10
export const GET = expressRoute({ mount: 2, params: { id: 'id' } }, getUser);
`,
      'app.js': without(ESM['app.js'], "import users from './routes/users.js';\n", "app.use('/api/users', users);\n"),
    },
  },
  {
    name: "TypeScript: handlers annotated with Express's Request/Response become route.ts without Express's types",
    files: TS,
    options: { lang: 'ts' },
    ops: ['write app/api/users/[id]/route.ts', 'write app/api/users/route.ts', 'write src/app.ts', 'delete src/routes/users.ts', 'write app/_lib/express-app.ts', 'write app/_lib/express-api.ts'],
    rows: [`migrated src/routes/users.ts:5 GET /api/users/:id app/api/users/[id]/route.ts ${MIGRATED}`, `migrated src/routes/users.ts:8 POST /api/users app/api/users/route.ts ${MIGRATED}`],
    texts: {
      'app/api/users/route.ts': `import { NextRequest } from 'next/server';
import { expressRoute } from '../../_lib/express-app';

import { expressBody, expressJson } from '../../_lib/express-api';

// POST /api/users — src/routes/users.ts:8
export const POST = expressRoute({ mount: 2 }, async (request: NextRequest, context: any) => {
  const body2 = await expressBody(request);
  if (body2 instanceof Error) throw body2;

  const body: { name?: string } = body2;
  return expressJson({ name: body.name ?? 'anon' }, { status: 201 });
});
`,
      'app/api/users/[id]/route.ts': `import { NextRequest } from 'next/server';
import { expressRoute } from '../../../_lib/express-app';

import { expressJson } from '../../../_lib/express-api';

// GET /api/users/:id — src/routes/users.ts:5
export const GET = expressRoute({ mount: 2, params: { id: 'id' } }, (request: NextRequest, context: any) => {
  return expressJson({ id: context.params.id });
});
`,
      'src/app.ts': without(TS['src/app.ts'], "import users from './routes/users';\n", "app.use('/api/users', users);\n"),
    },
    pipeline: "import type { NextRequest } from 'next/server'; import { expressBody } from './express-api'; const appLayers: Layer[] = [ parseBody, ]; const errorHandlers: ErrorHandler[] = [];",
  },
  {
    name: 'a guard used by a route that stays (/:id(\\d+)) is copied to requireKey.app.js; the error handler app.js keeps, likewise',
    files: SHARED_GUARD,
    ops: ['write middleware/requireKey.app.js', 'write middleware/errorHandler.app.js', 'write app/orders/route.js', 'write routes/orders.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: ['left routes/orders.js:5 GET /orders/:id(\\d+) - RS710', `migrated routes/orders.js:8 GET /orders app/orders/route.js ${MIGRATED}`],
    texts: {
      'middleware/requireKey.app.js': `const { expressJson } = require('../app/_lib/express-api');
module.exports = function requireKey(request, context) {
  if (request.headers.get('x-key') !== 'k') return expressJson({ error: 'key' }, { status: 401 });
};
`,
      'middleware/errorHandler.app.js': `const { expressJson } = require('../app/_lib/express-api');
module.exports = (err, request, context) => {
  return expressJson({ error: err.message }, { status: err.status || 500 });
};
`,
      'app/orders/route.js': `import { expressRoute } from '../_lib/express-app';
import requireKey from '../../middleware/requireKey.app';

import { expressJson } from '../_lib/express-api';

// GET /orders — routes/orders.js:8
export const GET = expressRoute({ mount: 1 }, requireKey, (request, context) => {
  return expressJson([]);
});
`,
      'routes/orders.js': without(SHARED_GUARD['routes/orders.js'], "router.get('/', requireKey, (req, res) => {\n  res.json([]);\n});\n"),
    },
    pipeline: "import errorHandler from '../../middleware/errorHandler.app'; import { expressBody } from './express-api'; const appLayers = []; const errorHandlers = [ errorHandler, ];",
  },
  ...[['/api/users', 'a mount path'], ['routes/users.js', 'a file']].map(([only, what]) => ({
    name: `only: ['${only}'] (${what}): the other routes are skipped, their files untouched`,
    files: TWO_ROUTERS,
    options: { only: [only] },
    ops: ['write app/api/users/route.js', 'write app.js', 'delete routes/users.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: [`migrated routes/users.js:2 GET /api/users app/api/users/route.js ${MIGRATED}`, 'skipped routes/orders.js:2 GET /api/orders app/api/orders/route.js -', 'skipped app.js:5 GET /health app/health/route.js -'],
    texts: { 'app/api/users/route.js': ONLY_USERS_ROUTE, 'app.js': ONLY_USERS_APP },
  })),
  {
    name: "only: ['/api/user'] is no prefix of /api/users: nothing selected, nothing written",
    files: TWO_ROUTERS,
    options: { only: ['/api/user'] },
    ops: [],
    rows: ['skipped routes/users.js:2 GET /api/users app/api/users/route.js -', 'skipped routes/orders.js:2 GET /api/orders app/api/orders/route.js -', 'skipped app.js:5 GET /health app/health/route.js -'],
  },
  {
    name: 'RS712: /items/:id stays, since its route module would take /items/export, registered before it and left in Express',
    files: {
      'app.js': ITEMS_APP,
      'routes/items.js': ITEMS_ROUTER,
    },
    ops: ['write app/items/route.js', 'write routes/items.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: ['left routes/items.js:2 GET /items/export app/items/export/route.js RS303', 'left routes/items.js:3 GET /items/:id app/items/[id]/route.js RS712', `migrated routes/items.js:4 GET /items app/items/route.js ${MIGRATED}`],
    texts: {
      'app/items/route.js': ITEMS_LIST_ROUTE(4),
      'routes/items.js': without(ITEMS_ROUTER, "router.get('/', (req, res) => res.json([]));\n"),
    },
  },
  {
    name: 'RS712: a route module must not lack the method of a later registration that stays on its URLs',
    files: {
      'app.js': `const express = require('express');
const app = express();
app.get('/items/:id', (req, res) => res.json({ id: req.params.id }));
app.post('/items/export', (req, res) => res.render('export'));
module.exports = app;
`,
    },
    ops: [],
    rows: ['left app.js:3 GET /items/:id app/items/[id]/route.js RS712', 'left app.js:4 POST /items/export app/items/export/route.js RS303'],
  },
  {
    name: 'RS712, second run: app/items/[id]/route.js exists, so /items/new stays in Express',
    files: {
      'app.js': ITEMS_APP,
      'routes/items.js': "const router = require('express').Router();\nrouter.get('/new', (req, res) => res.json({ draft: true }));\nrouter.get('/', (req, res) => res.json([]));\nmodule.exports = router;\n",
    },
    options: { appFiles: ['app/items/[id]/route.js'] },
    ops: ['write app/items/route.js', 'write routes/items.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: ['left routes/items.js:2 GET /items/new app/items/new/route.js RS712', `migrated routes/items.js:3 GET /items app/items/route.js ${MIGRATED}`],
    texts: { 'app/items/route.js': ITEMS_LIST_ROUTE(3) },
  },
  {
    name: 'RS714: routes behind express-session stay; helmet and morgan are dropped with RS716 notes on the rows',
    files: SESSION,
    ops: ['write app/health/route.js', 'write app.js', 'write app/_lib/express-app.js', 'write app/_lib/express-api.js'],
    rows: [`migrated app.js:8 GET /health app/health/route.js RS716,RS716,${MIGRATED}`, 'left app.js:10 GET /me app/me/route.js RS716,RS716,RS714'],
    texts: {
      'app/health/route.js': `import { expressRoute } from '../_lib/express-app';

import { expressSend } from '../_lib/express-api';

// GET /health — app.js:8
export const GET = expressRoute({}, (request, context) => {
  return expressSend('ok');
});
`,
      'app.js': without(SESSION['app.js'], "app.get('/health', (req, res) => res.send('ok'));\n"),
    },
    pipeline: "import { expressBody } from './express-api'; const appLayers = []; const errorHandlers = [];",
  },
];

describe('planExpressApp: project in, operations and rows out', () => {
  test.each(cases)('$name', (c) => {
    const plan = planExpressApp(inputOf(c.files, c.options));
    expect(rowsOf(plan)).toEqual(c.rows);
    expect(opsOf(plan)).toEqual(c.ops);
    const written = writtenOf(plan);
    for (const [path, text] of Object.entries(c.texts ?? {})) expect([path, written.get(path)]).toEqual([path, text]);
    if (c.pipeline) expect(pipelineOf(written.get(`app/_lib/express-app.${c.options?.lang ?? 'js'}`)!)).toBe(c.pipeline);
    // a write replaces what was there (before), a delete names what it removes; untouched files are not written
    for (const op of plan.ops) {
      const had = c.files[op.path];
      if (op.kind === 'delete' || had !== undefined) expect([op.path, op.before]).toEqual([op.path, had]);
      if (op.kind === 'write') expect(op.content).not.toBe(had);
    }
    // every written file parses (TypeScript as TypeScript); no route module imports from 'express' (its
    // Request/Response types would shadow the global Request and Response the route handler answers with)
    for (const [path, text] of written) {
      expect(() => parse(text, { sourceType: 'unambiguous', plugins: /\.tsx?$/.test(path) ? ['typescript'] : [] })).not.toThrow();
      if (path.startsWith('app/')) expect([path, /from 'express'|require\('express'\)/.test(text)]).toEqual([path, false]);
    }
  });

  test.each(cases)('a second run over the first run’s result plans nothing: $name', (c) => {
    const input = inputOf(c.files, c.options);
    const first = planExpressApp(input);
    const second = planExpressApp(nextRun(input, first));
    expect(opsOf(second)).toEqual([]);
    expect(second.rows.filter((r) => r.status === 'migrated')).toEqual([]);
  });

  test('every row carries its diagnostics with file:line; RS716 names where the dropped job goes', () => {
    const plan = planExpressApp(inputOf(SESSION));
    const notes = plan.rows[0].diagnostics.filter((d) => d.code === 'RS716').map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(notes).toEqual([
      'app.js:6 helmet: its security headers go in next.config.js `headers()` (or middleware.ts)',
      'app.js:7 morgan: request logging goes to middleware.ts or instrumentation.ts',
    ]);
    const blocked = plan.rows[1].diagnostics.find((d) => d.code === 'RS714')!;
    expect(`${blocked.file}:${blocked.line} ${blocked.message}`).toBe("app.js:9 `require('express-session')(…)` (express-session): middleware built by a call is not migrated");
  });

  test('a .app.js copy someone edited since the last run is theirs: RS601, the routes that use it stay', () => {
    const input = inputOf({ ...SHARED_GUARD, 'middleware/requireKey.app.js': '// mine\n' });
    const plan = planExpressApp(input);
    expect(rowsOf(plan)).toEqual(['left routes/orders.js:5 GET /orders/:id(\\d+) - RS710', 'left routes/orders.js:8 GET /orders app/orders/route.js RS601']);
    expect(opsOf(plan)).toEqual([]);
  });

  test('--only, then the rest: the app functions module of the first run is the one the second writes (app.js lines moved in between)', () => {
    const files = {
      ...TWO_ROUTERS,
      'app.js': TWO_ROUTERS['app.js'].replace('module.exports = app;\n', "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message });\n});\nmodule.exports = app;\n"),
    };
    const input = inputOf(files, { only: ['/api/users'] });
    const first = planExpressApp(input);
    expect(first.rows.filter((r) => r.status === 'migrated').map((r) => r.route)).toEqual(['GET /api/users']);
    const second = planExpressApp(nextRun(input, first, { only: undefined }));
    // the first run removed the /api/users mount above the error handler; nothing about the module changes
    expect(second.rows.filter((r) => r.status === 'migrated').map((r) => r.route)).toEqual(['GET /api/orders', 'GET /health']);
    expect(opsOf(second)).toEqual(['write app/api/orders/route.js', 'write app/health/route.js', 'write app.js', 'delete routes/orders.js']);
  });

  // Was (found by the Express app fuzz, FUZZ_APP_SEED=1195): a registration duplicated below the first
  // stays (RS713, Express never reaches it); after the first run moved the first one, a second run saw the
  // duplicate reachable in Express and wrote its route module over the first run's (before: none).
  test('a registration whose route module already exists stays (RS712): Next answers those URLs there', () => {
    const files = { ...TWO_ROUTERS, 'routes/users.js': TWO_ROUTERS['routes/users.js'].replace("router.get('/', (req, res) => res.json([]));\n", "router.get('/', (req, res) => res.json([]));\nrouter.get('/', (req, res) => res.json(['second']));\n") };
    const input = inputOf(files);
    const first = planExpressApp(input);
    expect(rowsOf(first).filter((r) => r.includes('/api/users'))).toEqual([`migrated routes/users.js:2 GET /api/users app/api/users/route.js ${MIGRATED}`, 'left routes/users.js:3 GET /api/users - RS713']);
    const second = planExpressApp(nextRun(input, first));
    expect(opsOf(second)).toEqual([]);
    expect(second.rows.filter((r) => r.route === 'GET /api/users').map((r) => r.diagnostics.map((d) => `${d.code} ${d.message}`))).toEqual([
      ['RS712 app/api/users already answers /api/users in Next (every method): Express no longer sees these requests'],
    ]);
  });

  test('a run that migrates what an earlier --only skipped leaves the first run’s files alone', () => {
    const input = inputOf(TWO_ROUTERS, { only: ['/api/users'] });
    const first = planExpressApp(input);
    const second = planExpressApp(nextRun(input, first, { only: undefined }));
    expect(opsOf(second)).toEqual(['write app/api/orders/route.js', 'write app/health/route.js', 'write app.js', 'delete routes/orders.js']);
    expect(writtenOf(second).get('app.js')).toBe("const express = require('express');\nconst app = express();\nmodule.exports = app;\n");
  });
});

// ————— found by these tests and fixed: each states what must hold —————

const lines = (...l: string[]) => l.join('\n') + '\n';
const MOUNTS_USERS = lines("const express = require('express');", 'const app = express();', "app.use('/api/users', require('./routes/users'));", 'module.exports = app;');
const TS_APP = lines("import express from 'express';", "import users from './routes/users';", 'const app = express();', "app.use('/api/users', users);", 'export default app;');
const writesOf = (plan: Plan, path: string) => plan.ops.filter((o) => o.path === path).length;

describe('found and fixed', () => {
  // Was: bringBindings (transforms/express-route.ts) takes a function declaration's own name for a read of the
  // top level: `function guard(req, res, next)` is moved in rewritten AND copied in as dead Express code (in TS
  // naming NextFunction, never imported, and `req: Request`, now the global Request: tsc fails).
  test('a router-file function declaration used as a layer is moved in once, with no Express-form copy', () => {
    const router = lines(
      "const { Router } = require('express');",
      'const router = Router();',
      "function guard(req, res, next) { if (!req.get('x-key')) return res.status(401).json({ error: 'key' }); next(); }",
      'function show(req, res) { res.json({ id: req.params.id }); }',
      "router.get('/:id', guard, show);",
      'module.exports = router;',
    );
    const route = writtenOf(planExpressApp(inputOf({ 'app.js': MOUNTS_USERS, 'routes/users.js': router }))).get('app/api/users/[id]/route.js')!;
    expect(route).toContain('function guard(request, context)');
    expect(route).not.toContain('function guard(req, res, next)');
    expect(route).not.toContain('function show(req, res)');
  });

  // Was: transforms/express-module.ts rewrites a TS controller in place but keeps its
  // `import { Request, Response } from 'express'`; the rewritten body now builds `new Response(null, …)`
  // (from res.status(204).end()), which binds to Express's Response — a type (TS2693), undefined at run time.
  test("a TS controller rewritten in place does not keep Express's Response import once its body constructs a Response", () => {
    const files = {
      'app.ts': TS_APP,
      'routes/users.ts': lines("import { Router } from 'express';", "import { removeUser } from '../controllers/users';", 'const router = Router();', "router.delete('/:id', removeUser);", 'export default router;'),
      'controllers/users.ts': lines("import { Request, Response } from 'express';", '', 'export function removeUser(req: Request, res: Response) {', '  res.status(204).end();', '}'),
    };
    const controller = writtenOf(planExpressApp(inputOf(files, { lang: 'ts' }))).get('controllers/users.ts')!;
    expect(controller).toContain('new Response(null, { status: 204 })');
    expect(controller).not.toMatch(/import \{[^}]*\bResponse\b[^}]*\} from 'express'/);
  });

  // Was: bringBindings skips identifiers under TS type nodes (isReference), so the types a moved handler
  // reads — an imported interface, an interface of the router file — are not brought into route.ts:
  // `body2 as NewUser` and `query2 as Query` name types the module does not have (tsc: Cannot find name).
  test('types a moved TS handler reads (an imported interface, a local one) come with it into route.ts', () => {
    const files = {
      'app.ts': TS_APP,
      'types.ts': 'export interface NewUser { name: string }\n',
      'routes/users.ts': lines(
        "import { Router, Request, Response } from 'express';",
        "import { NewUser } from '../types';",
        'interface Query { q?: string }',
        'const router = Router();',
        "router.post('/', (req: Request, res: Response) => {",
        '  const body = req.body as NewUser;',
        '  const query = req.query as Query;',
        '  res.status(201).json({ name: body.name, q: query.q });',
        '});',
        'export default router;',
      ),
    };
    const route = writtenOf(planExpressApp(inputOf(files, { lang: 'ts' }))).get('app/api/users/route.ts')!;
    expect(route).toContain('as NewUser');
    expect(route).toMatch(/import (type )?\{ NewUser \} from '\.\.\/\.\.\/\.\.\/types'/);
    expect(route).toMatch(/interface Query \{ q\?: string \}/);
  });

  // Was: an inline `app.use((req, res, next) => {…})` of the entry is an app layer of the migrated routes, but
  // moduleFunctions() rewrites app.js itself as a pipeline module (a first write of app.js) and appModuleOf()
  // cannot import an inline function: the pipeline ran without it (X-App silently lost), app.js written twice.
  // Then: RS714, every route of an app with such a middleware stayed. Now it moves into express-app-functions.
  // Also was: a header a middleware set before next() went into a `new Headers()` of its own and was lost.
  test('inline app middleware of the entry file moves into express-app-functions.js; its headers reach the answer; app.js is kept', () => {
    const app = MOUNTS_USERS.replace(
      'const app = express();\n',
      "const app = express();\nconst VERSION = '2024-06';\napp.use((req, res, next) => {\n  res.set('X-App', VERSION);\n  next();\n});\nfunction requestId(req, res, next) {\n  res.setHeader('X-Request-Id', req.get('x-request-id') || 'none');\n  next();\n}\napp.use(requestId);\napp.use(function poweredBy(req, res, next) {\n  res.set('X-Served-By', 'shop');\n  next();\n});\n",
    );
    const plan = planExpressApp(inputOf({ 'app.js': app, 'routes/users.js': TWO_ROUTERS['routes/users.js'] }));
    expect(rowsOf(plan)).toEqual([`migrated routes/users.js:2 GET /api/users app/api/users/route.js ${MIGRATED}`]);
    expect(opsOf(plan)).toEqual(['write app/api/users/route.js', 'write app.js', 'delete routes/users.js', 'write app/_lib/express-app.js', 'write app/_lib/express-app-functions.js', 'write app/_lib/express-api.js']);
    const written = writtenOf(plan);
    expect(written.get('app/_lib/express-app-functions.js')).toBe(`import { setExpressHeader } from './express-api';

const VERSION = '2024-06';

// app middleware — app.js
export const middleware = (request, context) => {
  const responseHeaders = context.headers;
  setExpressHeader(responseHeaders, 'X-App', VERSION);
};

// app middleware — app.js
export const requestId = function requestId(request, context) {
  const responseHeaders = context.headers;
  setExpressHeader(responseHeaders, 'X-Request-Id', request.headers.get('x-request-id') || 'none');
};

// app middleware — app.js
export const poweredBy = function poweredBy(request, context) {
  const responseHeaders = context.headers;
  responseHeaders.set('X-Served-By', 'shop');
};
`);
    expect(pipelineOf(written.get('app/_lib/express-app.js')!)).toBe(
      "import * as appFunctions from './express-app-functions'; import { expressBody } from './express-api'; const appLayers = [ appFunctions.middleware, appFunctions.requestId, appFunctions.poweredBy, ]; const errorHandlers = [];",
    );
    // Express keeps its middleware for what it still serves; only the mount of the emptied router goes
    expect(written.get('app.js')).toBe(without(app, "app.use('/api/users', require('./routes/users'));\n"));
  });

  // Was: the same for an inline 4-argument error handler of the entry file: express-app.js got
  // `errorHandlers = []`, so an error thrown by the migrated route was Next's bare 500, not the app's JSON;
  // with the route in a router file, app.js was also written twice (once with the handler rewritten).
  const ERRORS = "app.use((err, req, res, next) => {\n  if (res.headersSent) return next(err);\n  res.status(500).json({ error: err.message });\n});\nmodule.exports = app;\n";
  const BOOM = "(req, res) => { throw new Error('boom'); }";
  test.each([
    ['a router file', { 'app.js': MOUNTS_USERS.replace('module.exports = app;\n', ERRORS), 'routes/users.js': lines("const router = require('express').Router();", `router.get('/', ${BOOM});`, 'module.exports = router;') }],
    ['the entry itself', { 'app.js': MOUNTS_USERS.replace(/app\.use\('\/api\/users'.*\n/, `app.get('/api/users', ${BOOM});\n`).replace('module.exports = app;\n', ERRORS) }],
  ] as Array<[string, Files]>)('an inline error handler of the entry file moves into express-app-functions.js (route in %s)', (_where, files) => {
    const plan = planExpressApp(inputOf(files));
    expect(plan.rows.map((r) => r.status)).toEqual(['migrated']);
    expect(writesOf(plan, 'app.js')).toBe(1);
    const written = writtenOf(plan);
    expect(written.get('app/_lib/express-app-functions.js')).toBe(`import { expressJson } from './express-api';

// app error handler — app.js
export const errorHandler = (err, request, context) => {
  return expressJson({ error: err.message }, { status: 500 });
};
`);
    expect(pipelineOf(written.get('app/_lib/express-app.js')!)).toBe(
      "import * as appFunctions from './express-app-functions'; import { expressBody } from './express-api'; const appLayers = []; const errorHandlers = [ appFunctions.errorHandler, ];",
    );
    // a second run over the result plans nothing (the module is the app's, the same every run)
    const input = inputOf(files);
    expect(opsOf(planExpressApp(nextRun(input, plan)))).toEqual([]);
  });

  test('TypeScript: the moved app functions are typed with the pipeline module\'s Layer and ErrorHandler', () => {
    const app = lines(
      "import express, { Request, Response, NextFunction } from 'express';",
      "import users from './routes/users';",
      'const app = express();',
      'app.use((req: Request, res: Response, next: NextFunction) => {',
      "  res.set('X-App', 'demo');",
      '  next();',
      '});',
      "app.use('/api/users', users);",
      'app.use((err: Error, req: Request, res: Response, next: NextFunction) => {',
      '  res.status(500).json({ error: err.message });',
      '});',
      'export default app;',
    );
    const plan = planExpressApp(inputOf({ 'app.ts': app, 'routes/users.ts': lines("import { Router } from 'express';", 'const router = Router();', "router.get('/', (req, res) => res.json([]));", 'export default router;') }, { lang: 'ts' }));
    expect(plan.rows.map((r) => r.status)).toEqual(['migrated']);
    const written = writtenOf(plan);
    expect(written.get('app/_lib/express-app-functions.ts')).toBe(`import { NextRequest } from 'next/server';
import type { Layer } from './express-app';
import type { ErrorHandler } from './express-app';

import { expressJson } from './express-api';

// app middleware — app.ts
export const middleware: Layer = (request: NextRequest, context: any) => {
  const responseHeaders = context.headers;
  responseHeaders.set('X-App', 'demo');
};

// app error handler — app.ts
export const errorHandler: ErrorHandler = (err: Error, request: NextRequest, context: any) => {
  return expressJson({ error: err.message }, { status: 500 });
};
`);
    expect(written.get('app/_lib/express-app.ts')).toContain('export type Layer = (request: NextRequest, context: Context) => unknown;');
    // what the plan writes under app/ type-checks as a Next project checks it (strict)
    const root = path.join(__dirname, '..', '.tmp', `express-app-plan-ts-${process.pid}`);
    const files = [...written].filter(([p]) => p.startsWith('app/')).map(([p, text]) => {
      fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      fs.writeFileSync(path.join(root, p), text);
      return path.join(root, p);
    });
    const problems = typeProblems(files, root);
    fs.rmSync(root, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  // Was: RS303, every route reading res.locals stayed (52 uses in the corpus's Express apps)
  test('res.locals is the request\'s context.responseLocals, shared by every layer', () => {
    const files = {
      'app.js': MOUNTS_USERS.replace('const app = express();\n', "const app = express();\napp.use((req, res, next) => {\n  res.locals.by = req.get('x-user') || 'anonymous';\n  next();\n});\n"),
      'routes/users.js': lines("const router = require('express').Router();", 'router.get(\'/\', (req, res) => res.json({ by: res.locals.by, keys: Object.keys(res.locals) }));', 'module.exports = router;'),
    };
    const written = writtenOf(planExpressApp(inputOf(files)));
    expect(written.get('app/_lib/express-app-functions.js')).toBe(`// app middleware — app.js
export const middleware = (request, context) => {
  context.responseLocals.by = request.headers.get('x-user') || 'anonymous';
};
`);
    expect(written.get('app/api/users/route.js')).toContain('return expressJson(\n    { by: context.responseLocals.by, keys: Object.keys(context.responseLocals) }\n  );');
    expect(written.get('app/_lib/express-app.js')).toContain('locals: {}, responseLocals: Object.create(null), baseUrl');
  });

  test('a header a handler sets before next(err) reaches the error handler\'s answer: every layer writes context.headers', () => {
    const files = {
      'app.js': MOUNTS_USERS.replace('module.exports = app;\n', "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message });\n});\nmodule.exports = app;\n"),
      'routes/users.js': lines("const router = require('express').Router();", "router.get('/', (req, res, next) => {", "  res.set('X-Step', 'listing');", "  next(new Error('no store'));", '});', 'module.exports = router;'),
    };
    const route = writtenOf(planExpressApp(inputOf(files))).get('app/api/users/route.js');
    expect(route).toBe(`import { expressRoute } from '../../_lib/express-app';

// GET /api/users — routes/users.js:2
export const GET = expressRoute({ mount: 2 }, (request, context) => {
  const responseHeaders = context.headers;
  responseHeaders.set('X-Step', 'listing');
  throw new Error('no store');
});
`);
  });

  test('an app function that reads module state of app.js keeps every route in Express (RS715, located in app.js)', () => {
    const app = MOUNTS_USERS.replace('const app = express();\n', "const app = express();\nlet hits = 0;\napp.use((req, res, next) => {\n  hits++;\n  next();\n});\n");
    const plan = planExpressApp(inputOf({ 'app.js': app, 'routes/users.js': TWO_ROUTERS['routes/users.js'] }));
    expect(opsOf(plan)).toEqual([]);
    expect(plan.rows.map((r) => [r.status, r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`)])).toEqual([
      ['left', ['RS715 app.js:3 the handler reads `hits`, state of app.js shared by its routes']],
    ]);
  });

  // Was: express-app.js is generated from the current run's routes only (commonAppLayers) and overwritten: a
  // second run migrating /health (registered before app.use(requireAuth)) writes `appLayers = []`, and
  // /api/users, migrated by the first run with requireAuth as its app layer, stops requiring auth.
  test('a later run keeps the app layers the routes of an earlier run depend on', () => {
    const files = {
      'app.js': MOUNTS_USERS.replace('const app = express();\n', "const requireAuth = require('./middleware/requireAuth');\nconst app = express();\napp.get('/health', (req, res) => res.send('ok'));\napp.use(requireAuth);\n"),
      'middleware/requireAuth.js': lines('module.exports = function requireAuth(req, res, next) {', "  if (!req.get('authorization')) return res.status(401).json({ error: 'auth' });", '  next();', '};'),
      'routes/users.js': TWO_ROUTERS['routes/users.js'],
    };
    const input = inputOf(files, { only: ['/api/users'] });
    const first = planExpressApp(input);
    // the pipeline is the app's: /health runs before requireAuth, so requireAuth is the route's own layer
    expect(pipelineOf(writtenOf(first).get('app/_lib/express-app.js')!)).toContain('const appLayers = [];');
    expect(writtenOf(first).get('app/api/users/route.js')).toContain('requireAuth');
    const second = planExpressApp(nextRun(input, first, { only: undefined }));
    const after = applied(applied(input.files, first), second);
    const stillRuns = /const appLayers[^;]*requireAuth/.test(after.get('app/_lib/express-app.js')!) || after.get('app/api/users/route.js')!.includes('requireAuth');
    expect(stillRuns).toBe(true);
  });
});
