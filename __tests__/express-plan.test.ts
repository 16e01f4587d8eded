// Where Express routes go in app/: one route file per final URL, one export per method; what stays and why.

import { analyzeExpressRoutes, findExpressEntry, resolverFor, type ExpressRoute } from '../src/analyze/express-routes';
import { planExpressRoutes } from '../src/plan/express-plan';
import { exampleExpressApp } from './helpers/express-project';

const OPTIONS = { version: 4 as const, appDir: 'app', fileName: 'route.js' };

function tableOf(files: Record<string, string>): ExpressRoute[] {
  const map = new Map(Object.entries(files));
  const entry = findExpressEntry(map)!;
  return analyzeExpressRoutes({ entry, files: map, resolve: resolverFor(map.keys()) }).routes;
}

function summary(routes: ExpressRoute[], options = OPTIONS) {
  const plan = planExpressRoutes(routes, options);
  return {
    targets: plan.targets.map((t) => `${t.target} ${[...t.methods].map(([m, r]) => `${m}<-${r.line}`).join(' ')}${t.params.length ? ' ' + t.params.map((p) => `${p.legacyName}->${p.name}:${p.form}`).join(',') : ''}`),
    left: plan.left.map((l) => `${l.code} ${l.route.method} ${l.route.path}`),
  };
}

test('the example Express app: every route placed or left with its reason', () => {
  const { targets, left } = summary(tableOf(exampleExpressApp()));
  expect(targets).toEqual([
    'app/api/debug/echo/route.js GET<-23 POST<-23 PUT<-23 PATCH<-23 DELETE<-23 OPTIONS<-23',
    'app/api/debug/request/route.js GET<-8',
    'app/api/files/docs/[...path]/route.js GET<-28 0->path:joined',
    'app/api/files/pixel.gif/route.js GET<-21',
    'app/api/files/terms/download/route.js GET<-17',
    'app/api/files/terms/route.js GET<-13',
    'app/api/items/[id]/route.js GET<-79 PATCH<-92 id->id:value',
    'app/api/items/export/route.js GET<-32',
    'app/api/items/legacy-list/route.js GET<-56',
    'app/api/items/route.js GET<-12',
    'app/api/orders/[id]/receipt/route.js GET<-16 id->id:value',
    'app/api/orders/[id]/route.js GET<-14 id->id:value',
    'app/api/orders/route.js GET<-14 POST<-15',
    'app/api/ping/route.js GET<-36 POST<-36 PUT<-36 PATCH<-36 DELETE<-36 OPTIONS<-36',
    'app/api/route.js GET<-16',
    'app/api/session/login/route.js POST<-11',
    'app/api/session/logout/route.js POST<-34',
    'app/api/session/me/route.js GET<-25',
    'app/api/users/[id]/avatar/route.js GET<-16 id->id:value',
    'app/api/users/[id]/notes/[noteId]/route.js DELETE<-32 userId->id:value,noteId->noteId:value',
    'app/api/users/[id]/notes/route.js GET<-13 POST<-21 userId->id:value',
    'app/api/users/[id]/route.js GET<-13 PUT<-14 DELETE<-15 id->id:value',
    'app/api/users/route.js GET<-11 POST<-11',
    'app/health/route.js GET<-31',
  ]);
  expect(left).toEqual(['RS711 GET /api/items/new', 'RS710 GET /api/items/range/:from-:to', 'RS710 GET /api/items/:id(\\d+)/price']);
});

test('app.all takes the methods no earlier registration took; a later one that never runs stays', () => {
  const routes = tableOf({
    'app.js': [
      "const express = require('express');",
      'const app = express();',
      "app.get('/a', (req, res) => res.send('get'));",
      "app.all('/a', (req, res) => res.send('all'));",
      "app.post('/a', (req, res) => res.send('post'));",
      'module.exports = app;',
    ].join('\n'),
  });
  expect(summary(routes)).toEqual({
    targets: ['app/a/route.js GET<-3 POST<-4 PUT<-4 PATCH<-4 DELETE<-4 OPTIONS<-4'],
    left: ['RS713 POST /a'],
  });
});

test('the same method and URL twice: the first answers, the second stays', () => {
  const routes = tableOf({
    'app.js': "const express = require('express');\nconst app = express();\napp.get('/x/:id', (req, res) => res.end());\napp.get('/x/:key', (req, res) => res.end());\nmodule.exports = app;\n",
  });
  expect(summary(routes).left).toEqual(['RS713 GET /x/:key']);
});

test('a trailing optional param becomes the route without it and the route with it', () => {
  const routes = tableOf({
    'app.js': "const express = require('express');\nconst app = express();\napp.get('/files/:name?', (req, res) => res.end());\napp.post('/files', (req, res) => res.end());\nmodule.exports = app;\n",
  });
  expect(summary(routes).targets).toEqual(['app/files/[name]/route.js GET<-3 name->name:value', 'app/files/route.js GET<-3 POST<-4']);
});

test("sibling params share one slug; the route keeps reading its own req.params key", () => {
  const routes = tableOf({
    'app.js': "const express = require('express');\nconst app = express();\napp.get('/u/:id', (req, res) => res.end());\napp.get('/u/:userId/posts', (req, res) => res.end());\nmodule.exports = app;\n",
  });
  expect(summary(routes).targets).toEqual(['app/u/[id]/posts/route.js GET<-4 userId->id:value', 'app/u/[id]/route.js GET<-3 id->id:value']);
});
