// Every request the Express end-to-end test sends to examples/legacy-express, in order (some routes
// change the in-memory data: later answers depend on earlier requests).
//
// `route` names the registration that answers in Express: `<file> <METHOD> <full path>`, the full
// path being the concatenation of the mount prefixes and the route's own path, as written (ROUTES
// lists them all). Requests answered by app-level middleware name it: `app.js USE cors`,
// `app.js USE notFound`. A request for a method the path's routes do not register names the route
// of that path and is marked `unsupportedMethod` (Express answers with the app's 404 handler; Next
// will answer 405). `migrated` pins what Next answers instead where Express's matching differs by
// design (case-insensitive paths, trailing slash): declared differences for the comparison.

import { createHash } from 'node:crypto';
import type { E2ERequest } from '../e2e/types';

export interface ExpressRoute {
  /** Project-relative file of the registration. */
  file: string;
  /** Upper-case method, `ALL` for app.all/router.all. */
  method: string;
  /** Mount prefixes + route path, in Express 4 syntax. */
  path: string;
  /** Middleware between the app and the handler, outermost first (app-level parsers and cors omitted). */
  middleware: string[];
  /** Why the route can never be reached in Express (an earlier registration matches first). */
  shadowedBy?: string;
  /** What the migration can only report. */
  reportOnly?: string;
}

const r = (file: string, method: string, path: string, middleware: string[] = [], extra: Partial<ExpressRoute> = {}): ExpressRoute => ({
  file,
  method,
  path,
  middleware,
  ...extra,
});

const ORDERS_MW = ['requireApiKey (mount)', 'currentUser (router.use)'];

/** The app's route table, in registration order. */
export const ROUTES: ExpressRoute[] = [
  r('app.js', 'GET', '/health'),
  r('app.js', 'ALL', '/api/ping'),
  r('routes/api.js', 'GET', '/api'),
  r('routes/users.js', 'GET', '/api/users'),
  r('routes/users.js', 'POST', '/api/users'),
  r('routes/users.js', 'GET', '/api/users/:id'),
  r('routes/users.js', 'PUT', '/api/users/:id', ['requireApiKey', 'asyncHandler']),
  r('routes/users.js', 'DELETE', '/api/users/:id', ['requireApiKey']),
  r('routes/users.js', 'GET', '/api/users/:id/avatar'),
  r('routes/notes.js', 'GET', '/api/users/:userId/notes'),
  r('routes/notes.js', 'POST', '/api/users/:userId/notes', ['requireApiKey']),
  r('routes/notes.js', 'DELETE', '/api/users/:userId/notes/:noteId', ['requireApiKey']),
  r('routes/orders.js', 'GET', '/api/orders/:id?', [...ORDERS_MW, 'asyncHandler']),
  r('routes/orders.js', 'POST', '/api/orders', [...ORDERS_MW, 'asyncHandler']),
  r('routes/orders.js', 'GET', '/api/orders/:id/receipt', ORDERS_MW),
  r('routes/items.js', 'GET', '/api/items'),
  r('routes/items.js', 'GET', '/api/items/export'),
  r('routes/items.js', 'GET', '/api/items/legacy-list'),
  r('routes/items.js', 'GET', '/api/items/range/:from-:to', [], { reportOnly: 'two params in one segment' }),
  r('routes/items.js', 'GET', '/api/items/:id(\\d+)/price', [], { reportOnly: 'regex param' }),
  r('routes/items.js', 'GET', '/api/items/:id'),
  r('routes/items.js', 'GET', '/api/items/new', [], { shadowedBy: 'routes/items.js GET /api/items/:id' }),
  r('routes/items.js', 'PATCH', '/api/items/:id', ['requireApiKey']),
  r('routes/files.js', 'GET', '/api/files/terms'),
  r('routes/files.js', 'GET', '/api/files/terms/download'),
  r('routes/files.js', 'GET', '/api/files/pixel.gif'),
  r('routes/files.js', 'GET', '/api/files/docs/*'),
  r('routes/session.js', 'POST', '/api/session/login'),
  r('routes/session.js', 'GET', '/api/session/me'),
  r('routes/session.js', 'POST', '/api/session/logout'),
  r('routes/debug.js', 'GET', '/api/debug/request'),
  r('routes/debug.js', 'ALL', '/api/debug/echo'),
];

export const routeId = (route: Pick<ExpressRoute, 'file' | 'method' | 'path'>) => `${route.file} ${route.method} ${route.path}`;

/** Answered by app-level middleware, not by a route. */
export const CORS = 'app.js USE cors';
export const NOT_FOUND = 'app.js USE notFound';

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const TEXT_TYPE = { 'content-type': 'text/plain' };
const KEY = { 'x-api-key': 'test-key' };
const HTML_ACCEPT = { accept: 'text/html' };
const ORIGIN = { origin: 'https://shop.example' };

const json = (value: unknown, headers: Record<string, string> = {}) => ({ headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(value) });
const form = (body: string, headers: Record<string, string> = {}) => ({ headers: { ...FORM_TYPE, ...headers }, body });

const JSON_UTF8 = 'application/json; charset=utf-8';
const TEXT_UTF8 = 'text/plain; charset=utf-8';
const HTML_UTF8 = 'text/html; charset=utf-8';

/** Express's default ETag (the `etag` package, weak) for a string body. */
export function weakEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(body).toString(16)}-${hash}"`;
}

/** Headers cors sets on every answer; recorded where the request sends an Origin. */
const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-expose-headers', 'vary'];
const PREFLIGHT_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers', 'vary', 'content-length'];

/** A request of a group; `route` overrides the group's where middleware answers instead. */
type Req = Omit<E2ERequest, 'route'> & { route?: string };

function group(route: string, requests: Req[]): E2ERequest[] {
  return requests.map((q) => ({ route, ...q }));
}

const at = (file: string, method: string, path: string) => routeId({ file, method, path });

export function buildRequests(): E2ERequest[] {
  // the app's inline middleware (app.js) sets X-Api-Version on every request it passes on: every answer records it
  return requestList().map((q) => ({ ...q, record: [...(q.record ?? []), 'x-api-version'] }));
}

function requestList(): E2ERequest[] {
  return [
    ...group(at('app.js', 'GET', '/health'), [
      { method: 'GET', path: '/health', record: ['etag', 'x-powered-by', 'content-length'], note: 'res.send(string) is text/html', legacy: { status: 200, body: 'ok', contentType: HTML_UTF8 } },
      { method: 'GET', path: '/health', headers: { 'if-none-match': weakEtag('ok'), 'cache-control': 'max-age=0' }, record: ['etag'], note: 'conditional GET (a browser revalidating): Express answers 304 from its ETag; with Cache-Control: no-cache (fetch adds it otherwise) it answers 200', legacy: { status: 304, body: '', contentType: null } },
      { method: 'HEAD', path: '/health', record: ['content-length'], note: 'HEAD runs the GET route, body dropped', legacy: { status: 200, body: '', contentType: HTML_UTF8 } },
      { method: 'GET', path: '/HEALTH', note: 'Express matches case-insensitively; Next does not', legacy: { status: 200, body: 'ok' }, migrated: { status: 404 } },
      { method: 'GET', path: '/health/', note: 'Express ignores a trailing slash; Next redirects it (308)', legacy: { status: 200, body: 'ok' }, migrated: { status: 308 } },
      { method: 'POST', path: '/health', unsupportedMethod: true, legacy: { status: 404, body: '{"error":"Not found","path":"/health"}' } },
    ]),
    ...group(at('app.js', 'ALL', '/api/ping'), [
      { method: 'GET', path: '/api/ping', note: "res.type('text')", legacy: { status: 200, body: 'pong GET', contentType: TEXT_UTF8 } },
      { method: 'POST', path: '/api/ping', legacy: { status: 200, body: 'pong POST' } },
      { method: 'DELETE', path: '/api/ping', legacy: { status: 200, body: 'pong DELETE' } },
      { method: 'PATCH', path: '/api/ping', legacy: { status: 200, body: 'pong PATCH' } },
      { method: 'HEAD', path: '/api/ping', note: 'app.all sees HEAD itself', legacy: { status: 200, body: '' } },
    ]),
    ...group(CORS, [
      {
        method: 'OPTIONS',
        path: '/api/items',
        headers: { ...ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
        record: PREFLIGHT_HEADERS,
        note: 'preflight: cors answers 204 before any route',
        legacy: { status: 204, body: '', contentType: null },
      },
      { method: 'OPTIONS', path: '/api/ping', record: PREFLIGHT_HEADERS, note: 'every OPTIONS is a preflight for cors: app.all never sees it', legacy: { status: 204, body: '' } },
      { route: at('routes/api.js', 'GET', '/api'), method: 'GET', path: '/api', headers: { origin: 'https://evil.example' }, record: CORS_HEADERS, note: 'a fixed origin is sent whatever the Origin', legacy: { status: 200 } },
    ]),
    ...group(NOT_FOUND, [
      { method: 'GET', path: '/api/nope', legacy: { status: 404, body: '{"error":"Not found","path":"/api/nope"}', contentType: JSON_UTF8 } },
      { method: 'GET', path: '/nope?x=1', note: 'originalUrl keeps the query', legacy: { status: 404, body: '{"error":"Not found","path":"/nope?x=1"}' } },
    ]),
    ...group(at('routes/api.js', 'GET', '/api'), [
      { method: 'GET', path: '/api', record: ['etag'], legacy: { status: 200, body: '{"name":"shop-api","version":1}', contentType: JSON_UTF8 } },
      { method: 'GET', path: '/api/', note: 'trailing slash', legacy: { status: 200 }, migrated: { status: 308 } },
    ]),
    ...group(at('routes/users.js', 'GET', '/api/users'), [
      { method: 'GET', path: '/api/users', record: ['x-total-count'], legacy: { status: 200, body: '[{"id":"u1","name":"Ada Lovelace","role":"admin"},{"id":"u2","name":"Grace Hopper","role":"member"},{"id":"u3","name":"Alan Turing","role":"member"}]' } },
      { method: 'GET', path: '/api/users?role=member&sort=name', record: ['x-total-count'], legacy: { status: 200, body: '[{"id":"u3","name":"Alan Turing","role":"member"},{"id":"u2","name":"Grace Hopper","role":"member"}]' } },
      { method: 'GET', path: '/api/users?role=nobody', record: ['x-total-count'], legacy: { status: 200, body: '[]' } },
      { method: 'PATCH', path: '/api/users', unsupportedMethod: true, legacy: { status: 404, body: '{"error":"Not found","path":"/api/users"}' } },
    ]),
    ...group(at('routes/users.js', 'POST', '/api/users'), [
      { method: 'POST', path: '/api/users', ...json({ name: 'Edsger Dijkstra', email: 'edsger@example.com' }), legacy: { status: 201, body: '{"id":"u4","name":"Edsger Dijkstra","email":"edsger@example.com","role":"member"}' } },
      { method: 'POST', path: '/api/users', ...form('name=Barbara+Liskov&email=barbara%40example.com&role=admin'), note: 'urlencoded body', legacy: { status: 201, body: '{"id":"u5","name":"Barbara Liskov","email":"barbara@example.com","role":"admin"}' } },
      { method: 'POST', path: '/api/users', ...json({ name: 'No Email' }), legacy: { status: 400, body: '{"error":"name and email are required"}' } },
      { method: 'POST', path: '/api/users', ...json({ name: 'Ada again', email: 'ada@example.com' }), note: 'next(httpError(409)) → error handler', legacy: { status: 409, body: '{"error":"Email ada@example.com is already registered"}' } },
      { method: 'POST', path: '/api/users', headers: JSON_TYPE, body: '{"name": ', note: 'malformed JSON: express.json → error handler', legacy: { status: 400, body: '{"error":"Malformed JSON body"}' } },
      { method: 'POST', path: '/api/users', headers: TEXT_TYPE, body: '{"name":"T","email":"t@example.com"}', note: 'text/plain: no parser runs, req.body is {}', legacy: { status: 400, body: '{"error":"name and email are required"}' } },
      { method: 'POST', path: '/api/users', note: 'no body: req.body is {}', legacy: { status: 400 } },
      {
        method: 'POST',
        path: '/api/users',
        ...json({ name: 'Big', email: 'big@example.com', bio: 'x'.repeat(150_000) }),
        note: "express.json's 100kb limit → 413 through the error handler",
        legacy: { status: 413, body: '{"error":"request entity too large"}' },
      },
    ]),
    ...group(at('routes/users.js', 'GET', '/api/users/:id'), [
      { method: 'GET', path: '/api/users/u1', legacy: { status: 200, body: '{"id":"u1","name":"Ada Lovelace","email":"ada@example.com","role":"admin"}' } },
      { method: 'GET', path: '/api/users/u4', note: 'created above' },
      { method: 'GET', path: '/api/users/nobody', legacy: { status: 404, body: '{"error":"User nobody not found"}' } },
      { method: 'GET', path: '/api/users/U1', note: 'param values keep their case', legacy: { status: 404 } },
      { method: 'GET', path: '/api/Users/u1', note: 'Express matches case-insensitively; Next does not', legacy: { status: 200 }, migrated: { status: 404 } },
      { method: 'GET', path: '/api/users/u1/', note: 'trailing slash', legacy: { status: 200 }, migrated: { status: 308 } },
      { method: 'GET', path: '/api/users/Ada%20Lovelace', note: 'decoded param', legacy: { status: 404, body: '{"error":"User Ada Lovelace not found"}' } },
    ]),
    ...group(at('routes/users.js', 'PUT', '/api/users/:id'), [
      { method: 'PUT', path: '/api/users/u2', ...json({ role: 'admin' }), note: 'route guard: no key', legacy: { status: 401, body: '{"error":"API key required"}' } },
      { method: 'PUT', path: '/api/users/u2', ...json({ role: 'admin' }, { 'x-api-key': 'wrong' }), legacy: { status: 401, body: '{"error":"Invalid API key"}' } },
      { method: 'PUT', path: '/api/users/u2', ...json({ role: 'admin', name: 'Rear Admiral Hopper' }, KEY), legacy: { status: 200, body: '{"id":"u2","name":"Rear Admiral Hopper","email":"grace@example.com","role":"admin"}' } },
      { method: 'PUT', path: '/api/users/u2', ...json({ role: 'owner' }, KEY), note: 'thrown in async handler → asyncHandler → error handler, details', legacy: { status: 422, body: '{"error":"role must be admin or member","details":{"role":"owner"}}' } },
      { method: 'PUT', path: '/api/users/u9', ...json({ role: 'admin' }, KEY), note: 'rejected await → error handler', legacy: { status: 404, body: '{"error":"User u9 not found"}' } },
      { method: 'PUT', path: '/api/users/u2', headers: { ...JSON_TYPE, ...KEY }, body: '{role', note: 'malformed JSON: the parser runs before the guard and the route', legacy: { status: 400, body: '{"error":"Malformed JSON body"}' } },
      { method: 'PUT', path: '/api/users/u2', headers: { ...JSON_TYPE }, body: '{role', note: 'malformed JSON without key: the parser still answers first', legacy: { status: 400 } },
    ]),
    ...group(at('routes/users.js', 'DELETE', '/api/users/:id'), [
      { method: 'DELETE', path: '/api/users/u3', note: 'no key', legacy: { status: 401 } },
      { method: 'DELETE', path: '/api/users/u3', headers: KEY, note: 'res.sendStatus(204): no body, no type', legacy: { status: 204, body: '', contentType: null } },
      { method: 'DELETE', path: '/api/users/u3', headers: KEY, note: 'res.sendStatus(404): the status text as body', legacy: { status: 404, body: 'Not Found', contentType: TEXT_UTF8 } },
    ]),
    ...group(at('routes/users.js', 'GET', '/api/users/:id/avatar'), [
      { method: 'GET', path: '/api/users/u1/avatar', note: 'res.redirect: 302, text body', legacy: { status: 302, body: 'Found. Redirecting to https://cdn.shop.example/avatars/u1.png', contentType: TEXT_UTF8 } },
      {
        method: 'GET',
        path: '/api/users/a%20b/avatar',
        headers: HTML_ACCEPT,
        note: 'Accept: text/html: an HTML body; the param is re-encoded by the handler',
        legacy: { status: 302, body: '<p>Found. Redirecting to https://cdn.shop.example/avatars/a%20b.png</p>', contentType: HTML_UTF8 },
      },
      { method: 'HEAD', path: '/api/users/u1/avatar', note: 'HEAD: same status and Location, no body', legacy: { status: 302, body: '' } },
    ]),
    ...group(at('routes/notes.js', 'GET', '/api/users/:userId/notes'), [
      { method: 'GET', path: '/api/users/u1/notes', note: 'mergeParams: :userId from the mount path', legacy: { status: 200, body: '{"userId":"u1","notes":[{"id":1,"text":"Order more filters"},{"id":2,"text":"Call the grinder supplier"}]}' } },
      { method: 'GET', path: '/api/users/u9/notes', legacy: { status: 404, body: '{"error":"User u9 not found"}' } },
      { method: 'PUT', path: '/api/users/u1/notes', unsupportedMethod: true, legacy: { status: 404 } },
    ]),
    ...group(at('routes/notes.js', 'POST', '/api/users/:userId/notes'), [
      { method: 'POST', path: '/api/users/u2/notes', ...json({ text: '  Restock mugs ' }, KEY), legacy: { status: 201, body: '{"id":4,"userId":"u2","text":"Restock mugs"}' } },
      { method: 'POST', path: '/api/users/u2/notes', ...form('text=From+the+form', KEY), legacy: { status: 201, body: '{"id":5,"userId":"u2","text":"From the form"}' } },
      { method: 'POST', path: '/api/users/u2/notes', ...json({}, KEY), legacy: { status: 400, body: '{"error":"text is required"}' } },
      { method: 'POST', path: '/api/users/u2/notes', ...json({ text: 'no key' }), legacy: { status: 401 } },
    ]),
    ...group(at('routes/notes.js', 'DELETE', '/api/users/:userId/notes/:noteId'), [
      { method: 'DELETE', path: '/api/users/u1/notes/2', headers: KEY, legacy: { status: 204, body: '' } },
      { method: 'DELETE', path: '/api/users/u2/notes/1', headers: KEY, note: "u1's note", legacy: { status: 404, body: '{"error":"Note 1 of u2 not found"}' } },
      { method: 'DELETE', path: '/api/users/u1/notes/1', note: 'no key', legacy: { status: 401 } },
      { method: 'GET', path: '/api/users/u1/notes/1', unsupportedMethod: true, note: 'only DELETE is registered here', legacy: { status: 404 } },
    ]),
    ...group(at('routes/orders.js', 'GET', '/api/orders/:id?'), [
      { method: 'GET', path: '/api/orders', note: 'router-level guard (mount)', legacy: { status: 401, body: '{"error":"API key required"}' } },
      { method: 'GET', path: '/api/orders', headers: KEY, note: 'no :id; no user: every order', legacy: { status: 200, body: '{"user":null,"count":3,"orders":["o-100","o-101","o-102"]}' } },
      { method: 'GET', path: '/api/orders', headers: { ...KEY, 'x-user-id': 'u1' }, note: 'req.user from currentUser', legacy: { status: 200, body: '{"user":"u1","count":2,"orders":["o-100","o-102"]}' } },
      { method: 'GET', path: '/api/orders/', headers: KEY, note: 'trailing slash: the optional param is absent', legacy: { status: 200 }, migrated: { status: 308 } },
      { method: 'GET', path: '/api/orders/o-101', headers: KEY, legacy: { status: 200, body: '{"id":"o-101","userId":"u2","lines":[{"itemId":2,"qty":3}],"total":18}' } },
      { method: 'GET', path: '/api/orders/o-101', headers: { ...KEY, 'x-user-id': 'u1' }, note: 'admin sees any order', legacy: { status: 200 } },
      { method: 'GET', path: '/api/orders/o-100', headers: { ...KEY, 'x-user-id': 'u4' }, note: 'a member, not the owner', legacy: { status: 403, body: '{"error":"Not your order"}' } },
      { method: 'GET', path: '/api/orders/o-999', headers: KEY, legacy: { status: 404, body: 'Not Found', contentType: TEXT_UTF8 } },
      { method: 'DELETE', path: '/api/orders/o-100', headers: KEY, unsupportedMethod: true, legacy: { status: 404 } },
      { method: 'DELETE', path: '/api/orders/o-100', unsupportedMethod: true, note: 'the mount guard answers before the 404 handler', legacy: { status: 401 } },
    ]),
    ...group(at('routes/orders.js', 'POST', '/api/orders'), [
      { method: 'POST', path: '/api/orders', ...json({ lines: [{ itemId: 2 }] }, KEY), note: 'thrown 401 (no req.user)', legacy: { status: 401, body: '{"error":"X-User-Id must name a known user"}' } },
      {
        method: 'POST',
        path: '/api/orders',
        ...json({ lines: [{ itemId: 2, qty: 2 }, { itemId: 6 }] }, { ...KEY, 'x-user-id': 'u2' }),
        note: 'res.status(201).location(…).json(…)',
        legacy: { status: 201, body: '{"id":"o-103","userId":"u2","lines":[{"itemId":2,"qty":2},{"itemId":6,"qty":1}],"total":30}' },
      },
      { method: 'POST', path: '/api/orders', ...json({ lines: [] }, { ...KEY, 'x-user-id': 'u2' }), legacy: { status: 422, body: '{"error":"lines must be a non-empty array"}' } },
      { method: 'POST', path: '/api/orders', ...json({ lines: [{ itemId: 99 }] }, { ...KEY, 'x-user-id': 'u2' }), note: 'plain Error thrown → generic 500', legacy: { status: 500, body: '{"error":"Internal Server Error"}', contentType: JSON_UTF8 } },
      {
        method: 'POST',
        path: '/api/orders',
        ...form('lines[0][itemId]=3&lines[0][qty]=1&lines[1][itemId]=4', { ...KEY, 'x-user-id': 'u1' }),
        note: 'urlencoded extended: nested arrays from qs',
        legacy: { status: 201, body: '{"id":"o-104","userId":"u1","lines":[{"itemId":3,"qty":1},{"itemId":4,"qty":1}],"total":128}' },
      },
    ]),
    ...group(at('routes/orders.js', 'GET', '/api/orders/:id/receipt'), [
      {
        method: 'GET',
        path: '/api/orders/o-103/receipt',
        headers: KEY,
        record: ['content-disposition'],
        note: 'res.attachment + res.send(string)',
        legacy: { status: 200, body: 'Receipt o-103\n2 x Paper filters @ 6\n1 x Travel mug @ 18\nTotal: 30\n', contentType: TEXT_UTF8 },
      },
      { method: 'GET', path: '/api/orders/o-999/receipt', headers: KEY, record: ['content-disposition'], legacy: { status: 404, body: 'Not Found' } },
      { method: 'GET', path: '/api/orders/o-100/receipt', legacy: { status: 401 } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items'), [
      { method: 'GET', path: '/api/items', record: ['x-total-count', 'link', 'cache-control', 'etag'], legacy: { status: 200 } },
      { method: 'GET', path: '/api/items?page=2', record: ['x-total-count', 'link', 'cache-control'], note: 'res.append: two Link values' },
      { method: 'GET', path: '/api/items?page=3', record: ['x-total-count', 'link'] },
      {
        method: 'GET',
        path: '/api/items?filter[tag]=kitchen',
        record: ['x-total-count', 'link'],
        note: 'qs: filter[tag] is req.query.filter.tag',
        legacy: { status: 200, body: '{"page":1,"items":[{"id":1,"name":"Pour-over kettle","price":45,"tags":["kitchen","coffee"]},{"id":3,"name":"Burr grinder","price":120,"tags":["kitchen","coffee"]},{"id":4,"name":"Tea towel","price":8,"tags":["kitchen"]}]}' },
      },
      { method: 'GET', path: '/api/items?filter%5Btag%5D=coffee&filter%5BmaxPrice%5D=20', record: ['x-total-count'], note: 'encoded brackets nest too', legacy: { status: 200, body: '{"page":1,"items":[{"id":2,"name":"Paper filters","price":6,"tags":["coffee"]},{"id":6,"name":"Travel mug","price":18,"tags":["coffee","steel"]}]}' } },
      { method: 'GET', path: '/api/items?filter[maxPrice]=cheap', legacy: { status: 400, body: '{"error":"filter[maxPrice] must be a number"}' } },
      { method: 'GET', path: '/api/items?filter=kitchen', record: ['x-total-count'], note: 'a flat filter is a string: no filtering' },
      { method: 'HEAD', path: '/api/items', record: ['x-total-count', 'link', 'content-length'], legacy: { status: 200, body: '' } },
      { method: 'GET', path: '/api/items', headers: ORIGIN, record: CORS_HEADERS, note: 'cors headers on an actual request' },
      { method: 'POST', path: '/api/items', ...json({ name: 'Mug' }), unsupportedMethod: true, legacy: { status: 404 } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items/export'), [
      { method: 'GET', path: '/api/items/export', note: 'res.send(object) is JSON', legacy: { status: 200, contentType: JSON_UTF8 } },
      { method: 'GET', path: '/api/items/export?format=csv', record: ['content-disposition'], note: "res.attachment('items.csv') sets the type", legacy: { status: 200, contentType: 'text/csv; charset=utf-8' } },
      { method: 'GET', path: '/api/items/export?format=text', legacy: { status: 200, contentType: TEXT_UTF8 } },
      { method: 'GET', path: '/api/items/export?format=html', legacy: { status: 200, contentType: HTML_UTF8 } },
      { method: 'GET', path: '/api/items/export?format=bin', note: 'res.send(Buffer)', legacy: { status: 200, body: 'base64:yv4RlAJYLuADIASwBwgDhA==', contentType: 'application/octet-stream' } },
      { method: 'GET', path: '/api/items/export?format=xml', legacy: { status: 400, body: 'Bad Request', contentType: TEXT_UTF8 } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items/legacy-list'), [
      { method: 'GET', path: '/api/items/legacy-list', legacy: { status: 301, body: 'Moved Permanently. Redirecting to /api/items', contentType: TEXT_UTF8 } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items/range/:from-:to'), [
      { method: 'GET', path: '/api/items/range/2-4', legacy: { status: 200, body: '[2,3,4]' } },
      { method: 'GET', path: '/api/items/range/5-3', legacy: { status: 400, body: '{"error":"range must be <from>-<to>"}' } },
      { method: 'GET', path: '/api/items/range/a-b', note: 'both params match anything without a slash', legacy: { status: 400 } },
      { method: 'GET', path: '/api/items/range/10-12-14', note: 'lazy :from: from=10, to=12-14', legacy: { status: 400 } },
      { route: NOT_FOUND, method: 'GET', path: '/api/items/range/7', note: 'no dash: no route matches, the 404 handler answers', legacy: { status: 404, body: '{"error":"Not found","path":"/api/items/range/7"}' } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items/:id(\\d+)/price'), [
      { method: 'GET', path: '/api/items/3/price', legacy: { status: 200, body: '{"id":3,"price":120,"currency":"EUR"}' } },
      { method: 'GET', path: '/api/items/99/price', legacy: { status: 404, body: '{"error":"Item 99 not found"}' } },
      { route: NOT_FOUND, method: 'GET', path: '/api/items/abc/price', note: 'the regex refuses: the 404 handler answers', legacy: { status: 404, body: '{"error":"Not found","path":"/api/items/abc/price"}' } },
    ]),
    ...group(at('routes/items.js', 'GET', '/api/items/:id'), [
      { method: 'GET', path: '/api/items/2', legacy: { status: 200, body: '{"id":2,"name":"Paper filters","price":6,"tags":["coffee"]}' } },
      { method: 'GET', path: '/api/items/99', legacy: { status: 404, body: '{"error":"Item 99 not found"}' } },
      { method: 'GET', path: '/api/items/new', note: 'order-dependent overlap: /:id is registered before /new and answers', legacy: { status: 404, body: '{"error":"Item new not found"}' } },
    ]),
    ...group(at('routes/items.js', 'PATCH', '/api/items/:id'), [
      { method: 'PATCH', path: '/api/items/5', ...json({ price: 14 }, KEY), legacy: { status: 200, body: '{"id":5,"name":"Steel whisk","price":14,"tags":["kitchen","steel"]}' } },
      { method: 'PATCH', path: '/api/items/5', ...form('price=15', KEY), note: 'urlencoded: price is a string', legacy: { status: 200, body: '{"id":5,"name":"Steel whisk","price":15,"tags":["kitchen","steel"]}' } },
      { method: 'PATCH', path: '/api/items/5', ...json({ price: -1 }, KEY), legacy: { status: 422 } },
      { method: 'PATCH', path: '/api/items/99', ...json({ price: 1 }, KEY), legacy: { status: 404 } },
      { method: 'PATCH', path: '/api/items/5', ...json({ price: 1 }), legacy: { status: 401 } },
      { method: 'DELETE', path: '/api/items/5', headers: KEY, unsupportedMethod: true, legacy: { status: 404 } },
    ]),
    ...group(at('routes/files.js', 'GET', '/api/files/terms'), [
      { method: 'GET', path: '/api/files/terms', record: ['accept-ranges', 'cache-control', 'content-length'], note: 'res.sendFile: charset=UTF-8 (upper case), Last-Modified and an mtime ETag not recorded', legacy: { status: 200, contentType: 'text/plain; charset=UTF-8' } },
      { method: 'HEAD', path: '/api/files/terms', record: ['content-length'], legacy: { status: 200, body: '' } },
      { method: 'GET', path: '/api/files/terms', headers: { range: 'bytes=0-20' }, record: ['content-range', 'content-length'], note: 'sendFile serves ranges', legacy: { status: 206, body: 'Shop terms of service' } },
    ]),
    ...group(at('routes/files.js', 'GET', '/api/files/terms/download'), [
      { method: 'GET', path: '/api/files/terms/download', record: ['content-disposition', 'content-length'], legacy: { status: 200, contentType: 'text/plain; charset=UTF-8' } },
    ]),
    ...group(at('routes/files.js', 'GET', '/api/files/pixel.gif'), [
      { method: 'GET', path: '/api/files/pixel.gif', record: ['cache-control', 'content-length'], note: "res.type('gif') + res.send(Buffer)", legacy: { status: 200, contentType: 'image/gif' } },
    ]),
    ...group(at('routes/files.js', 'GET', '/api/files/docs/*'), [
      { method: 'GET', path: '/api/files/docs/getting-started', legacy: { status: 200, body: 'Welcome to the shop API.', contentType: TEXT_UTF8 } },
      { method: 'GET', path: '/api/files/docs/guides/errors/handling', legacy: { status: 200, body: 'Errors are JSON: { "error": message }.' } },
      { method: 'GET', path: '/api/files/docs/guides%2Forders', note: 'an encoded slash is decoded into the * capture', legacy: { status: 200, body: 'Send X-Api-Key and X-User-Id to place an order.' } },
      { method: 'GET', path: '/api/files/docs/nothing/here', legacy: { status: 404, body: 'No doc at nothing/here', contentType: TEXT_UTF8 } },
      { method: 'GET', path: '/api/files/docs/', note: '* matches the empty rest (a Next catch-all needs a segment: Next redirects the trailing slash)', legacy: { status: 404, body: 'No doc at ' }, migrated: { status: 308 } },
    ]),
    ...group(at('routes/session.js', 'GET', '/api/session/me'), [
      { method: 'GET', path: '/api/session/me', legacy: { status: 401, body: '{"signedIn":false}' } },
      { method: 'GET', path: '/api/session/me', headers: { cookie: 'sid=s_u1; theme=dark' }, legacy: { status: 200, body: '{"signedIn":true,"name":"Ada Lovelace","theme":"dark"}' } },
      { method: 'GET', path: '/api/session/me', headers: { cookie: 'sid=s_u2' }, legacy: { status: 200, body: '{"signedIn":true,"name":"Rear Admiral Hopper","theme":"light"}' } },
      { method: 'GET', path: '/api/session/me', headers: { cookie: 'sid=bogus; theme=dark' }, legacy: { status: 401 } },
      { method: 'GET', path: '/api/session/me', headers: { cookie: 'sid=s_u1; theme=j%3A%22dark%22' }, note: 'cookie-parser decodes and parses j: JSON cookies', legacy: { status: 200, body: '{"signedIn":true,"name":"Ada Lovelace","theme":"dark"}' } },
      { method: 'GET', path: '/api/session/me', headers: { cookie: 'sid=%73_u1' }, note: 'cookie values are URI-decoded', legacy: { status: 200 } },
    ]),
    ...group(at('routes/session.js', 'POST', '/api/session/login'), [
      { method: 'POST', path: '/api/session/login', ...json({ email: 'ada@example.com', password: 'wrong' }), legacy: { status: 401, body: '{"error":"Invalid email or password"}' } },
      { method: 'POST', path: '/api/session/login', ...json({ email: 'ada@example.com', password: 'analytical', theme: 'dark' }), note: 'maxAge in ms → Max-Age in s + Expires (clock-dependent)', legacy: { status: 200, body: '{"signedIn":true,"user":{"id":"u1","name":"Ada Lovelace"}}' } },
      { method: 'POST', path: '/api/session/login', ...form('email=grace%40example.com&password=cobol&next=%2Fapi%2Fsession%2Fme'), note: 'form login: cookies + 303', legacy: { status: 303, body: 'See Other. Redirecting to /api/session/me' } },
      { method: 'POST', path: '/api/session/login', ...form('email=grace%40example.com&password=cobol&next=https%3A%2F%2Fevil.example'), note: 'only local next', legacy: { status: 200 } },
      { method: 'GET', path: '/api/session/login', unsupportedMethod: true, legacy: { status: 404 } },
    ]),
    ...group(at('routes/session.js', 'POST', '/api/session/logout'), [
      { method: 'POST', path: '/api/session/logout', headers: { cookie: 'sid=s_u1; theme=dark' }, note: 'clearCookie ×2 + redirect (302 default)', legacy: { status: 302, body: 'Found. Redirecting to /api' } },
      { method: 'POST', path: '/api/session/logout', headers: HTML_ACCEPT, legacy: { status: 302, body: '<p>Found. Redirecting to /api</p>', contentType: HTML_UTF8 } },
    ]),
    ...group(at('routes/debug.js', 'GET', '/api/debug/request'), [
      {
        method: 'GET',
        path: '/api/debug/request',
        headers: { 'user-agent': 'e2e-agent/1.0', 'x-request-id': 'req-1' },
        note: 'req.path is relative to the mount; fetch sends Accept: */*',
        legacy: { status: 200, body: '{"method":"GET","hostname":"127.0.0.1","protocol":"http","path":"/request","originalUrl":"/api/debug/request","query":{},"userAgent":"e2e-agent/1.0","accept":"*/*","requestId":"req-1"}' },
      },
      {
        method: 'GET',
        path: '/api/debug/request?x=1&a[b]=2&a[c][d]=3&list=1&list=2&q=two%20words+plus',
        headers: { 'user-agent': 'e2e-agent/1.0', accept: 'application/json' },
        note: 'qs: nested objects, repeated keys → array, + and %20 → space',
        legacy: {
          status: 200,
          body: '{"method":"GET","hostname":"127.0.0.1","protocol":"http","path":"/request","originalUrl":"/api/debug/request?x=1&a[b]=2&a[c][d]=3&list=1&list=2&q=two%20words+plus","query":{"x":"1","a":{"b":"2","c":{"d":"3"}},"list":["1","2"],"q":"two words plus"},"userAgent":"e2e-agent/1.0","accept":"application/json","requestId":null}',
        },
        // the same query, as Next re-encodes it before the route handler sees it
        migrated: {
          code: 'RS720',
          status: 200,
          body: '{"method":"GET","hostname":"127.0.0.1","protocol":"http","path":"/request","originalUrl":"/api/debug/request?x=1&a%5Bb%5D=2&a%5Bc%5D%5Bd%5D=3&list=1&list=2&q=two+words+plus","query":{"x":"1","a":{"b":"2","c":{"d":"3"}},"list":["1","2"],"q":"two words plus"},"userAgent":"e2e-agent/1.0","accept":"application/json","requestId":null}',
        },
      },
      { method: 'GET', path: '/api/debug/request', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example', 'user-agent': 'e2e-agent/1.0' }, note: "'trust proxy' is off: X-Forwarded-* ignored",
        legacy: { status: 200, body: '{"method":"GET","hostname":"127.0.0.1","protocol":"http","path":"/request","originalUrl":"/api/debug/request","query":{},"userAgent":"e2e-agent/1.0","accept":"*/*","requestId":null}' },
        // Next's URL takes the protocol from X-Forwarded-Proto
        migrated: { code: 'RS720', status: 200, body: '{"method":"GET","hostname":"127.0.0.1","protocol":"https","path":"/request","originalUrl":"/api/debug/request","query":{},"userAgent":"e2e-agent/1.0","accept":"*/*","requestId":null}' },
      },
      { method: 'GET', path: '/API/Debug/Request?Q=1', headers: { 'user-agent': 'e2e-agent/1.0' }, note: 'case-insensitive: req.path keeps the request case', legacy: { status: 200, body: '{"method":"GET","hostname":"127.0.0.1","protocol":"http","path":"/Request","originalUrl":"/API/Debug/Request?Q=1","query":{"Q":"1"},"userAgent":"e2e-agent/1.0","accept":"*/*","requestId":null}' }, migrated: { status: 404 } },
    ]),
    ...group(at('routes/debug.js', 'ALL', '/api/debug/echo'), [
      { method: 'GET', path: '/api/debug/echo', note: 'no body: req.body is {}', legacy: { status: 200, body: '{"method":"GET","contentType":null,"body":{}}' } },
      { method: 'POST', path: '/api/debug/echo', ...json({ a: 1, nested: { b: [1, 2] } }), legacy: { status: 200, body: '{"method":"POST","contentType":"application/json","body":{"a":1,"nested":{"b":[1,2]}}}' } },
      { method: 'POST', path: '/api/debug/echo', ...form('a=1&b[c]=2&list[]=x&list[]=y'), note: 'urlencoded extended (qs)', legacy: { status: 200, body: '{"method":"POST","contentType":"application/x-www-form-urlencoded","body":{"a":"1","b":{"c":"2"},"list":["x","y"]}}' } },
      { method: 'POST', path: '/api/debug/echo', headers: TEXT_TYPE, body: 'hello', note: 'no text parser: {}', legacy: { status: 200, body: '{"method":"POST","contentType":"text/plain","body":{}}' } },
      { method: 'PUT', path: '/api/debug/echo', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '[1,2]', legacy: { status: 200, body: '{"method":"PUT","contentType":"application/json; charset=utf-8","body":[1,2]}' } },
      { method: 'DELETE', path: '/api/debug/echo', legacy: { status: 200, body: '{"method":"DELETE","contentType":null,"body":{}}' } },
      { method: 'POST', path: '/api/debug/echo', headers: JSON_TYPE, body: '"just a string"', note: 'strict: only objects and arrays', legacy: { status: 400, body: '{"error":"Malformed JSON body"}' } },
    ]),
  ];
}
