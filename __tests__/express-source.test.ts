// The Express app's own files once routes moved out: registrations and mounts removed, and the imports,
// requires, constants and helpers only they used, formatting untouched elsewhere.

import { analyzeExpressRoutes, resolverFor, type ExpressRoutesResult } from '../src/analyze/express-routes';
import { editExpressSource, type EditResult, type SourcePosition } from '../src/rewrite/express-source';
import { exampleExpressApp } from './helpers/express-project';

const dedent = (s: string) => {
  const lines = s.replace(/^\n/, '').replace(/\n[ ]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/** Where `snippet` starts in `source` (its `nth` occurrence); a leading `.` is skipped: `.get(a)` → the `get`. */
function at(source: string, snippet: string, nth = 0): SourcePosition {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = source.indexOf(snippet, i + 1);
    if (i === -1) throw new Error(`${snippet} not in source`);
  }
  if (snippet.startsWith('.')) i++;
  const before = source.slice(0, i).replace(/^\uFEFF/, '').split('\n'); // a byte order mark takes no column
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

interface Case {
  name: string;
  file?: string;
  input: string;
  /** Snippets locating the registrations to remove (`[snippet, nth]` for a later occurrence). */
  remove?: Array<string | [string, number]>;
  mounts?: string[];
  keptMounts?: string[];
  output: string;
  emptyRouter?: boolean;
  removedBindings?: string[];
  notRemoved?: string[];
}

function run(c: Case): EditResult {
  const input = dedent(c.input);
  const locate = (s: string | [string, number]) => (typeof s === 'string' ? at(input, s) : at(input, s[0], s[1]));
  return editExpressSource(c.file ?? 'routes/x.js', input, {
    registrations: (c.remove ?? []).map(locate),
    mounts: (c.mounts ?? []).map(locate),
    ...(c.keptMounts ? { keptMounts: c.keptMounts.map(locate) } : {}),
  });
}

const cases: Case[] = [
  // — registration statements —
  {
    name: 'a registration statement goes with its line; the others stay byte for byte',
    input: `
      const express = require('express');
      const router = express.Router();

      router.get('/a', (req, res) => res.send('a'));
      router.get('/b', (req, res) => {
        res.send(  "b"  )   // odd spacing stays
      });

      module.exports = router;
    `,
    remove: ["router.get('/a'"],
    output: `
      const express = require('express');
      const router = express.Router();

      router.get('/b', (req, res) => {
        res.send(  "b"  )   // odd spacing stays
      });

      module.exports = router;
    `,
  },
  {
    name: 'the comment lines directly above go with it, and one blank line is left between neighbours',
    input: `
      const router = require('express').Router();

      router.get('/:id', (req, res) => res.json(req.params));

      // Registered after /:id: Express never reaches it
      // (GET /new is "Item new not found").
      router.get('/new', (req, res) => res.json({}));

      /* before patch */
      router.patch('/:id', (req, res) => res.end());

      module.exports = router;
    `,
    remove: ["router.get('/new'", "router.patch('/:id'"],
    output: `
      const router = require('express').Router();

      router.get('/:id', (req, res) => res.json(req.params));

      module.exports = router;
    `,
  },
  {
    name: 'a comment heading statements that stay right below is kept; one after a blank line too',
    input: `
      const router = require('express').Router();

      // Users
      router.get('/users', list);
      router.get('/users/:id', one);

      // Section: admin

      router.get('/admin', admin);
      router.get('/admin/stats', stats); // trailing note goes with it

      module.exports = router;
    `,
    remove: ["router.get('/users'", "router.get('/admin'", "router.get('/admin/stats'"],
    output: `
      const router = require('express').Router();

      // Users
      router.get('/users/:id', one);

      // Section: admin

      module.exports = router;
    `,
  },
  {
    name: 'the file header comment stays when the first statement goes',
    input: `
      // Copyright Shop Inc.
      app.get('/x', h);

      module.exports = app;
    `,
    remove: ["app.get('/x'"],
    output: `
      // Copyright Shop Inc.

      module.exports = app;
    `,
  },
  {
    name: 'statements sharing a line: only the registration text goes',
    input: `
      const router = require('express').Router();
      router.use(log); router.get('/a', a);
      router.get('/b', b); router.get('/c', c);
      module.exports = router;
    `,
    remove: ["router.get('/a'", "router.get('/b'"],
    output: `
      const router = require('express').Router();
      router.use(log);
      router.get('/c', c);
      module.exports = router;
    `,
  },
  {
    name: 'no blank line left opening or closing a function body (a registrar module)',
    input: `
      module.exports = function register(app) {
        app.get('/a', a);

        app.get('/b', b);

        app.get('/c', c);
      };
    `,
    remove: ["app.get('/a'", "app.get('/c'"],
    output: `
      module.exports = function register(app) {
        app.get('/b', b);
      };
    `,
  },
  {
    name: 'no blank line left at the end of the file',
    input: `
      const app = require('express')();

      app.get('/a', a);
    `,
    remove: ["app.get('/a'"],
    output: `
      const app = require('express')();
    `,
  },

  // — router.route(p) chains —
  {
    name: 'route chain: removing one method leaves the others',
    input: `
      router.route('/').get(list).post(create);
      router.route('/:id').get(one).put(update).delete(remove);
    `,
    remove: ['.get(list)', '.put(update)'],
    output: `
      router.route('/').post(create);
      router.route('/:id').get(one).delete(remove);
    `,
  },
  {
    name: 'route chain over several lines: the method and the comment before it go',
    input: `
      router
        .route('/')
        // list
        .get((req, res) => {
          res.json([]);
        })
        // create
        .post(create);
      router
        .route('/:id')
        .get(one)
        .put(update);
    `,
    remove: ['.get((req, res)', '.put(update)'],
    output: `
      router
        .route('/')
        // create
        .post(create);
      router
        .route('/:id')
        .get(one);
    `,
  },
  {
    name: 'route chain: every method removed → the statement goes',
    input: `
      router.get('/x', x);

      router.route('/').get(list).post(create);

      router.get('/y', y);
    `,
    remove: ['.get(list)', '.post(create)'],
    output: `
      router.get('/x', x);

      router.get('/y', y);
    `,
  },
  {
    name: 'registrations chained on the router: each call is its own registration',
    input: `
      router.get('/a', a).get('/b', b).post('/c', c);
    `,
    remove: ["router.get('/a'", ".post('/c'"],
    output: `
      router.get('/b', b);
    `,
  },

  // — mounts —
  {
    name: 'mounts go; the routers and middleware only they used go too',
    input: `
      const express = require('express');
      const requireKey = require('../middleware/requireKey');
      const usersRouter = require('./users');
      const ordersRouter = require('./orders');
      const itemsRouter = require('./items');

      const app = express();
      app.use('/users', usersRouter);
      app.use('/api', requireKey, ordersRouter);
      app.use('/items', itemsRouter);
      module.exports = app;
    `,
    mounts: ["app.use('/users'", "app.use('/api'"],
    output: `
      const express = require('express');
      const itemsRouter = require('./items');

      const app = express();
      app.use('/items', itemsRouter);
      module.exports = app;
    `,
    removedBindings: ['requireKey', 'usersRouter', 'ordersRouter'],
  },

  // — imports and requires —
  {
    name: 'CommonJS: unused requires and destructured properties go; side-effect requires and express stay',
    input: `
      'use strict';
      require('dotenv/config');
      const express = require('express');
      const { getUser, listUsers, createUser } = require('../controllers/users');
      const {
        slugify,
        paginate,
      } = require('../lib/util');
      const db = require('../db').pool;

      const router = express.Router();
      router.get('/', listUsers);
      router.get('/:id', (req, res) => getUser(req, res, paginate, db));
      router.post('/', (req, res) => createUser(slugify(req.body.name)));
      module.exports = router;
    `,
    remove: ["router.get('/:id'", "router.post('/'"],
    output: `
      'use strict';
      require('dotenv/config');
      const express = require('express');
      const { listUsers } = require('../controllers/users');

      const router = express.Router();
      router.get('/', listUsers);
      module.exports = router;
    `,
    removedBindings: ['getUser', 'createUser', 'slugify', 'paginate', 'db'],
  },
  {
    name: 'CommonJS: one property of a multi-line destructuring, one declarator of several',
    input: `
      const {
        slugify,
        paginate,
        clamp,
      } = require('../lib/util');
      const a = require('a'), b = require('b'), c = require('c');

      router.get('/x', (req, res) => res.json([paginate(), a(), clamp()]));
      router.get('/y', (req, res) => res.json([slugify(), b(), c()]));
    `,
    remove: ["router.get('/x'"],
    output: `
      const {
        slugify,
      } = require('../lib/util');
      const b = require('b'), c = require('c');

      router.get('/y', (req, res) => res.json([slugify(), b(), c()]));
    `,
  },
  {
    name: 'a destructuring with a rest element keeps its properties until all are unused',
    input: `
      const { a, ...others } = require('./x');
      router.get('/a', (req, res) => res.json(a));
      router.get('/o', (req, res) => res.json(others));
    `,
    remove: ["router.get('/a'"],
    output: `
      const { a, ...others } = require('./x');
      router.get('/o', (req, res) => res.json(others));
    `,
  },
  {
    name: 'ESM: default, named and namespace specifiers go one by one; bare imports and what was unused before stay',
    file: 'routes/x.mjs',
    input: `
      import './instrument.mjs';
      import express, { json } from 'express';
      import store, { find, save, remove } from '../store.mjs';
      import auth, * as authLib from '../auth.mjs';
      import log, { level } from '../log.mjs';
      import * as metrics from '../metrics.mjs';

      const router = express.Router();
      router.use(json());
      router.get('/', (req, res) => res.json(find(store)));
      router.post('/', auth, (req, res) => res.json(save(req.body, authLib.user(req), metrics.count())));
      router.delete('/:id', auth, (req, res) => res.json(remove(req.params.id, level)));
      export default router;
    `,
    remove: ["router.post('/'", "router.get('/'"],
    output: `
      import './instrument.mjs';
      import express, { json } from 'express';
      import { remove } from '../store.mjs';
      import auth from '../auth.mjs';
      import log, { level } from '../log.mjs';

      const router = express.Router();
      router.use(json());
      router.delete('/:id', auth, (req, res) => res.json(remove(req.params.id, level)));
      export default router;
    `,
    removedBindings: ['store', 'find', 'save', 'authLib', 'metrics'],
  },
  {
    name: 'ESM: all named specifiers of a default import go → the braces go',
    file: 'routes/x.mjs',
    input: `
      import express from 'express';
      import db, { pool, query } from './db.mjs';
      const router = express.Router();
      router.get('/', (req, res) => res.json(query(pool)));
      router.get('/db', (req, res) => res.json(db));
      export default router;
    `,
    remove: ["router.get('/'"],
    output: `
      import express from 'express';
      import db from './db.mjs';
      const router = express.Router();
      router.get('/db', (req, res) => res.json(db));
      export default router;
    `,
  },
  {
    name: 'TypeScript: type imports and types count as references; imports, types and helpers only the moved handler used go',
    file: 'routes/x.ts',
    input: `
      import express, { type Request, type Response } from 'express';
      import { getUser, type User } from '../users';
      import type { Order } from '../orders';

      interface IdParams { id: string }
      type Named = Pick<User, 'name'>;

      const router = express.Router();
      const format = (u: Named): string => u.name;

      router.get('/:id', async (req: Request<IdParams>, res: Response) => {
        res.json(format(await getUser(req.params.id)));
      });
      router.get('/orders', (req: Request, res: Response) => {
        res.json([] as Order[]);
      });

      export default router;
    `,
    remove: ["router.get('/:id'"],
    output: `
      import express, { type Request, type Response } from 'express';
      import type { Order } from '../orders';

      const router = express.Router();

      router.get('/orders', (req: Request, res: Response) => {
        res.json([] as Order[]);
      });

      export default router;
    `,
    removedBindings: ['getUser', 'IdParams', 'format', 'Named', 'User'],
  },
  {
    name: 'TypeScript: import = require',
    file: 'routes/x.ts',
    input: `
      import express = require('express');
      import store = require('../store');
      const router = express.Router();
      router.get('/', (req, res) => res.json(store.items));
      export = router;
    `,
    remove: ["router.get('/'"],
    output: `
      import express = require('express');
      const router = express.Router();
      export = router;
    `,
    emptyRouter: true,
  },

  // — constants and functions —
  {
    name: 'pure constants and unexported helpers only the moved handlers read go, a pass at a time',
    input: `
      const path = require('path');
      const express = require('express');

      const router = express.Router();
      const PAGE_SIZE = 3;
      const LIMITS = { max: PAGE_SIZE * 10, tags: ['a', \`b\${PAGE_SIZE}\`] };
      const TERMS = path.join(__dirname, '..', 'files', 'terms.txt');
      /** A 1x1 transparent GIF. */
      const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP', 'base64');
      const cache = new Map();
      const db = connect();
      const KEEP = 1;

      function page(list, n) {
        return list.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE);
      }

      // formats a page
      function format(list) {
        return page(list, 0).map(String);
      }

      router.get('/', (req, res) => res.json(format(cache.get(LIMITS))));
      router.get('/terms', (req, res) => res.sendFile(TERMS));
      router.get('/pixel.gif', (req, res) => res.send(PIXEL));
      router.get('/db', (req, res) => res.json(db.all(KEEP)));
      module.exports = router;
    `,
    remove: ["router.get('/'", "router.get('/terms'", "router.get('/pixel.gif'", "router.get('/db'"],
    output: `
      const express = require('express');

      const router = express.Router();
      const db = connect();

      module.exports = router;
    `,
    removedBindings: ['LIMITS', 'TERMS', 'PIXEL', 'cache', 'KEEP', 'format', 'path', 'page', 'PAGE_SIZE'],
  },
  {
    name: 'what something else still reads stays: exports, other code, a later reference',
    input: `
      const store = require('../store');
      const helper = require('../helper');
      const LIMIT = 10;
      function used() { return LIMIT; }
      function exported() { return helper(); }
      exports.exported = exported;

      router.get('/a', (req, res) => res.json(store.all(used(), helper)));
      router.get('/b', (req, res) => res.json(used()));
      console.log(store.size);
    `,
    remove: ["router.get('/a'"],
    output: `
      const store = require('../store');
      const helper = require('../helper');
      const LIMIT = 10;
      function used() { return LIMIT; }
      function exported() { return helper(); }
      exports.exported = exported;

      router.get('/b', (req, res) => res.json(used()));
      console.log(store.size);
    `,
  },
  {
    name: 'a name read only where a parameter or local shadows it is unused; a block-level local elsewhere does not hide a read',
    input: `
      const store = require('../store');
      const items = require('../items');
      const users = require('../users');

      router.get('/a', (req, res) => res.json([store.a, items, users]));
      router.get('/b', (store) => store.b);
      router.get('/c', (req, res) => {
        {
          const items = [];
          res.json(items);
        }
        res.json(users);
      });
      function f() {
        if (x) {
          const items = 1;
        }
        return items;
      }
      module.exports = f;
    `,
    remove: ["router.get('/a'"],
    output: `
      const items = require('../items');
      const users = require('../users');

      router.get('/b', (store) => store.b);
      router.get('/c', (req, res) => {
        {
          const items = [];
          res.json(items);
        }
        res.json(users);
      });
      function f() {
        if (x) {
          const items = 1;
        }
        return items;
      }
      module.exports = f;
    `,
    removedBindings: ['store'],
  },
  {
    name: 'bindings nothing read before the edit stay (not this edit’s to remove)',
    input: `
      const express = require('express');
      const unusedBefore = require('./polyfill');
      const OLD = 1;
      function legacy() {}
      const store = require('./store');
      const router = express.Router();
      router.get('/', (req, res) => res.json(store));
      module.exports = router;
    `,
    remove: ["router.get('/'"],
    output: `
      const express = require('express');
      const unusedBefore = require('./polyfill');
      const OLD = 1;
      function legacy() {}
      const router = express.Router();
      module.exports = router;
    `,
    emptyRouter: false,
  },

  // — what is not removed —
  {
    name: 'registrations nested in another expression, or the lone body of an if, are reported and left (a method of a chain there still goes)',
    input: `
      ['/a', '/b'].forEach((p) => router.get(p, h));
      if (dev) router.get('/debug', debug);
      router.get('/x', x);
      const r = router.get('/y', y);
      router.route('/z').get(z);
      if (dev) router.route('/w').get(w).post(w);
    `,
    remove: ['router.get(p', "router.get('/debug'", "router.get('/x'", "router.get('/y'", 'forEach', "router.route('/z')", '.post(w)'],
    output: `
      ['/a', '/b'].forEach((p) => router.get(p, h));
      if (dev) router.get('/debug', debug);
      const r = router.get('/y', y);
      router.route('/z').get(z);
      if (dev) router.route('/w').get(w);
    `,
    notRemoved: [
      'registration 1:29 nested in another expression',
      'registration 4:11 nested in another expression',
      'registration 1:14 no call at this position',
      'registration 5:1 router.route() is not a registration: name its methods',
      'registration 2:10 the only statement of an if/loop body',
    ],
  },

  // — emptyRouter —
  {
    name: 'empty router: the module only creates, configures with middleware and exports its router',
    input: `
      'use strict';

      const express = require('express');
      const currentUser = require('../middleware/currentUser');

      const router = express.Router({ mergeParams: true });
      router.use(express.json());
      router.use((req, res, next) => next());

      router.get('/', (req, res) => res.json(currentUser(req)));

      module.exports = router;
    `,
    remove: ["router.get('/'"],
    output: `
      'use strict';

      const express = require('express');

      const router = express.Router({ mergeParams: true });
      router.use(express.json());
      router.use((req, res, next) => next());

      module.exports = router;
    `,
    emptyRouter: true,
  },
  {
    name: 'not empty: use(name) may mount a router when the caller does not say which mounts stay',
    input: `
      const { Router } = require('express');
      const currentUser = require('../middleware/currentUser');
      const router = Router();
      router.use(currentUser);
      router.get('/', h);
      module.exports = router;
    `,
    remove: ["router.get('/'"],
    output: `
      const { Router } = require('express');
      const currentUser = require('../middleware/currentUser');
      const router = Router();
      router.use(currentUser);
      module.exports = router;
    `,
    emptyRouter: false,
  },
  {
    name: 'empty: keptMounts given (none), so use(name) is middleware',
    input: `
      const { Router } = require('express');
      const currentUser = require('../middleware/currentUser');
      const router = Router();
      router.use(currentUser);
      router.get('/', h);
      module.exports = router;
    `,
    remove: ["router.get('/'"],
    keptMounts: [],
    output: `
      const { Router } = require('express');
      const currentUser = require('../middleware/currentUser');
      const router = Router();
      router.use(currentUser);
      module.exports = router;
    `,
    emptyRouter: true,
  },
  {
    name: 'not empty: a mount that stays',
    input: `
      const { Router } = require('express');
      const router = Router();
      router.use('/sub', require('./sub'));
      router.get('/', h);
      module.exports = router;
    `,
    remove: ["router.get('/'"],
    keptMounts: ["router.use('/sub'"],
    output: `
      const { Router } = require('express');
      const router = Router();
      router.use('/sub', require('./sub'));
      module.exports = router;
    `,
    emptyRouter: false,
  },
  {
    name: 'ESM empty router: export default router',
    file: 'routes/x.mjs',
    input: `
      import { Router } from 'express';
      import { list } from '../c.mjs';
      const router = new Router();
      router.get('/', list);
      export default router;
    `,
    remove: ["router.get('/'"],
    output: `
      import { Router } from 'express';
      const router = new Router();
      export default router;
    `,
    emptyRouter: true,
  },
  {
    name: 'not empty: the app itself, even with no routes left',
    input: `
      const express = require('express');
      const app = express();
      app.get('/', h);
      module.exports = app;
    `,
    remove: ["app.get('/'"],
    output: `
      const express = require('express');
      const app = express();
      module.exports = app;
    `,
    emptyRouter: false,
  },
  {
    name: 'a byte order mark stays when the first statement goes',
    input: "\uFEFFapp.get('/a', a);\n\napp.get('/b', b);\n",
    remove: ["app.get('/a'"],
    output: "\uFEFFapp.get('/b', b);\n",
  },
  {
    name: 'CRLF line endings',
    input: "const router = require('express').Router();\r\n\r\nrouter.get('/a', a);\r\n\r\nrouter.get('/b', b);\r\n",
    remove: ["router.get('/a'"],
    output: "const router = require('express').Router();\r\n\r\nrouter.get('/b', b);\r\n",
  },
];

describe('editExpressSource', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = run(c);
    expect(result.source).toBe(/^\n/.test(c.output) ? dedent(c.output) : c.output);
    if (c.emptyRouter !== undefined) expect(result.emptyRouter).toBe(c.emptyRouter);
    if (c.removedBindings) expect(result.removedBindings).toEqual(c.removedBindings);
    expect(result.notRemoved.map((n) => `${n.kind} ${n.line}:${n.column} ${n.reason}`)).toEqual(c.notRemoved ?? []);
  });

  test('tab indentation and CRLF: locations as the analysis gives them (tabs to stops of 4), cuts on the text as written', () => {
    const source = [
      "\uFEFFconst express = require('express');",
      "const store = require('./store');",
      'const app = express();',
      '',
      'if (process.env.DEV) {',
      "\tapp.get('/a', (req, res) => res.json(store));",
      '',
      "\tapp.get('/b', (req, res) => res.end());",
      '}',
      "app.route('/c')",
      '\t\t.get((req, res) => res.json(store))',
      '\t\t.post((req, res) => res.end());',
      'module.exports = app;',
      '',
    ].join('\r\n');
    const files = new Map([['app.js', source]]);
    const { routes } = analyzeExpressRoutes({ entry: 'app.js', files, resolve: resolverFor(files.keys()) });
    const moved = routes.filter((r) => r.method === 'GET');
    expect(moved.map((r) => `${r.path} ${r.line}:${r.column}`)).toEqual(['/a 6:5', '/b 8:5', '/c 11:10']);
    const result = editExpressSource('app.js', source, { registrations: moved.map(({ line, column }) => ({ line, column })), mounts: [] });
    expect(result.source).toBe(
      [
        "\uFEFFconst express = require('express');",
        'const app = express();',
        '',
        'if (process.env.DEV) {',
        '}',
        "app.route('/c')",
        '\t\t.post((req, res) => res.end());',
        'module.exports = app;',
        '',
      ].join('\r\n'),
    );
    expect(result.removedBindings).toEqual(['store']);
  });

  test('nothing requested: the source comes back unchanged', () => {
    const source = "const x = require('x');\nconst router = require('express').Router();\nmodule.exports = router;\n";
    expect(editExpressSource('a.js', source, { registrations: [], mounts: [] })).toEqual({ source, emptyRouter: true, notRemoved: [], removedBindings: [] });
  });
});

// — the example app, located by the analysis itself —

describe('examples/legacy-express', () => {
  const files = new Map(Object.entries(exampleExpressApp()));
  const analyze = (map: Map<string, string>): ExpressRoutesResult => analyzeExpressRoutes({ entry: 'app.js', files: map, resolve: resolverFor(map.keys()) });
  const table = analyze(files);
  const pos = (x: { line: number; column: number }) => ({ line: x.line, column: x.column });

  /** Remove the routes of `file` that `keep` rejects, edit, and check the re-analysed file has just the kept ones. */
  function moveRoutes(file: string, keep: (path: string) => boolean, mounts: SourcePosition[] = []) {
    const routes = table.routes.filter((r) => r.file === file);
    const result = editExpressSource(file, files.get(file)!, { registrations: routes.filter((r) => !keep(r.path)).map(pos), mounts });
    const after = analyze(new Map([...files, [file, result.source]]));
    expect(after.diagnostics.filter((d) => d.file === file)).toEqual([]);
    expect(after.routes.filter((r) => r.file === file).map((r) => `${r.method} ${r.path}`)).toEqual(routes.filter((r) => keep(r.path)).map((r) => `${r.method} ${r.path}`));
    expect(result.notRemoved).toEqual([]);
    return result;
  }

  test('routes/users.js: every route moved → an empty router the caller deletes', () => {
    const result = moveRoutes('routes/users.js', () => false);
    expect(result.source).toBe(dedent(`
      'use strict';

      const express = require('express');

      const router = express.Router();

      module.exports = router;
    `));
    expect(result.emptyRouter).toBe(true);
    expect(result.removedBindings).toEqual(['usersController', 'requireApiKey', 'asyncHandler']);
  });

  test('routes/items.js: all but /range/:from-:to and /:id(\\d+)/price moved → requireApiKey and PAGE_SIZE go, store stays', () => {
    const result = moveRoutes('routes/items.js', (p) => p === '/api/items/range/:from-:to' || p === '/api/items/:id(\\d+)/price');
    expect(result.source).toBe(dedent(`
      'use strict';

      const express = require('express');

      const store = require('../data/store');

      const router = express.Router();

      // Two params in one segment: /api/items/range/2-4
      router.get('/range/:from-:to', (req, res) => {
        const from = Number(req.params.from);
        const to = Number(req.params.to);
        if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
          return res.status(400).json({ error: 'range must be <from>-<to>' });
        }
        res.json(store.items.filter((i) => i.id >= from && i.id <= to).map((i) => i.id));
      });

      // A regex-constrained param: /api/items/3/price, not /api/items/abc/price
      router.get('/:id(\\\\d+)/price', (req, res) => {
        const item = store.items.find((i) => i.id === Number(req.params.id));
        if (!item) {
          return res.status(404).json({ error: \`Item \${req.params.id} not found\` });
        }
        res.json({ id: item.id, price: item.price, currency: 'EUR' });
      });

      module.exports = router;
    `));
    expect(result.emptyRouter).toBe(false);
    expect(result.removedBindings).toEqual(['requireApiKey', 'PAGE_SIZE']);
  });

  test('routes/api.js: the mounts of users, notes and orders removed → their requires go (and requireApiKey, only orders used it)', () => {
    const mounted = (f: string) => table.routers.find((r) => r.file === f)!.mounts.map(pos);
    const mounts = ['routes/users.js', 'routes/notes.js', 'routes/orders.js'].flatMap(mounted);
    expect(mounts).toHaveLength(3);
    const result = moveRoutes('routes/api.js', () => true, mounts);
    expect(result.source).toBe(dedent(`
      'use strict';

      const express = require('express');

      const itemsRouter = require('./items');
      const filesRouter = require('./files');
      const sessionRouter = require('./session');
      const debugRouter = require('./debug');

      const router = express.Router();

      router.get('/', (req, res) => {
        res.json({ name: 'shop-api', version: 1 });
      });

      router.use('/items', itemsRouter);
      router.use('/files', filesRouter);
      router.use('/session', sessionRouter);
      router.use('/debug', debugRouter);

      module.exports = router;
    `));
    expect(result.emptyRouter).toBe(false);
    expect(result.removedBindings).toEqual(['requireApiKey', 'usersRouter', 'notesRouter', 'ordersRouter']);
    // the routes under the removed mounts are no longer in the app
    const after = analyze(new Map([...files, ['routes/api.js', result.source]]));
    expect(after.routes.some((r) => /^\/api\/(users|orders)/.test(r.path))).toBe(false);
  });

  test('app.js: GET /health and ALL /api/ping moved → they and their comments go, nothing else', () => {
    const result = moveRoutes('app.js', (p) => p !== '/health' && p !== '/api/ping');
    const original = files.get('app.js')!;
    const cut = (from: string, to: string) => original.slice(0, original.indexOf(from)) + original.slice(original.indexOf(to));
    expect(result.source).toBe(cut('// Load balancer health check.', "app.use('/api', apiRouter);"));
    expect(result.emptyRouter).toBe(false);
    expect(result.removedBindings).toEqual([]);
  });

  test('routes/notes.js: the GET of a multi-line route(…) chain moved → .post stays on the chain; all moved → empty', () => {
    const result = moveRoutes('routes/notes.js', () => false);
    expect(result.emptyRouter).toBe(true);
    expect(result.removedBindings).toEqual(['store', 'requireApiKey']);
    const getOnly = table.routes.filter((r) => r.file === 'routes/notes.js' && r.method === 'GET').map(pos);
    const edited = editExpressSource('routes/notes.js', files.get('routes/notes.js')!, { registrations: getOnly, mounts: [] });
    const original = files.get('routes/notes.js')!;
    expect(edited.source).toBe(original.slice(0, original.indexOf("\n  .get((req, res) => {")) + original.slice(original.indexOf('\n  .post(requireApiKey')));
  });

  test('routes/files.js: the terms and pixel routes moved → TERMS, PIXEL (with its doc comment), then path go', () => {
    const result = moveRoutes('routes/files.js', (p) => p.startsWith('/api/files/docs'));
    expect(result.removedBindings).toEqual(['TERMS', 'PIXEL', 'path']);
    expect(result.source).toBe(dedent(`
      'use strict';

      const express = require('express');

      const store = require('../data/store');

      const router = express.Router();

      // Catch-all: /api/files/docs/guides/errors/handling
      router.get('/docs/*', (req, res) => {
        const slug = req.params[0];
        const doc = store.docs[slug];
        if (!doc) {
          return res.status(404).type('text').send(\`No doc at \${slug}\`);
        }
        res.type('text').send(doc);
      });

      module.exports = router;
    `));
  });

  test('routes/orders.js: every route moved, currentUser middleware left → empty once the caller says no mount stays', () => {
    const routes = table.routes.filter((r) => r.file === 'routes/orders.js').map(pos);
    const source = files.get('routes/orders.js')!;
    expect(editExpressSource('routes/orders.js', source, { registrations: routes, mounts: [] }).emptyRouter).toBe(false);
    const result = editExpressSource('routes/orders.js', source, { registrations: routes, mounts: [], keptMounts: [] });
    expect(result.emptyRouter).toBe(true);
    expect(result.removedBindings).toEqual(['ordersController', 'asyncHandler']);
  });
});
