// Every request the end-to-end test replays against the legacy and the migrated app, in order.
// Each names the pages/api file that answers it, so the comparison can look up that route's
// report row (declared differences (b) and (d) depend on it) and so route coverage is checked.

import type { E2ERequest } from './types';

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const TEXT_TYPE = { 'content-type': 'text/plain' };
const API_KEY = { 'x-api-key': 'test-key' };

const json = (value: unknown) => ({ headers: JSON_TYPE, body: JSON.stringify(value) });

function group(route: string, requests: Omit<E2ERequest, 'route'>[]): E2ERequest[] {
  return requests.map((r) => ({ route: `pages/api/${route}`, ...r }));
}

export interface RequestContext {
  /** A next-auth JWT session cookie value for ada@example.com, minted with the app's secret. */
  sessionToken: string;
  /**
   * A valid next-auth CSRF cookie and the callback-url cookie, as a browser sends them after its
   * first visit. Without them next-auth issues a fresh random CSRF cookie on every request.
   */
  authCookies: string;
}

export function buildRequests({ sessionToken, authCookies }: RequestContext): E2ERequest[] {
  return [
    ...group('hello.js', [
      { method: 'GET', path: '/api/hello' },
      { method: 'POST', path: '/api/hello', ...json({ any: 'body' }) },
      { method: 'DELETE', path: '/api/hello' },
      { method: 'HEAD', path: '/api/hello', note: 'no method check: HEAD runs the handler, body dropped' },
    ]),
    ...group('health.ts', [
      { method: 'GET', path: '/api/health', record: ['cache-control'], legacy: { status: 200, body: '', contentType: null } },
      { method: 'HEAD', path: '/api/health', record: ['cache-control'] },
      { method: 'POST', path: '/api/health', record: ['cache-control'] },
    ]),
    ...group('items/index.ts', [
      { method: 'GET', path: '/api/items', record: ['x-total-count', 'link'] },
      { method: 'GET', path: '/api/items?page=2', record: ['x-total-count', 'link'] },
      { method: 'GET', path: '/api/items?tag=kitchen&tag=coffee', record: ['x-total-count'], note: 'repeated keys', legacy: { status: 200 } },
      { method: 'GET', path: '/api/items?tag=steel', record: ['x-total-count'] },
      { method: 'POST', path: '/api/items', ...json({ name: 'Mug', price: 10, tags: ['kitchen'] }) },
      { method: 'POST', path: '/api/items', ...json({ price: 3 }) },
      { method: 'POST', path: '/api/items', headers: JSON_TYPE, body: '{"name": ', note: 'malformed JSON', legacy: { status: 400, body: 'Invalid JSON', contentType: null } },
      { method: 'POST', path: '/api/items', note: 'no body, no content-type' },
      { method: 'PATCH', path: '/api/items', unsupportedMethod: true, record: ['allow'] },
      { method: 'DELETE', path: '/api/items', unsupportedMethod: true },
    ]),
    ...group('items/[id].ts', [
      { method: 'GET', path: '/api/items/2' },
      { method: 'GET', path: '/api/items/5?id=9', note: 'segment wins over the search param', legacy: { status: 200, body: '{"id":5,"name":"Steel whisk","price":12,"tags":["steel"]}' } },
      { method: 'GET', path: '/api/items/99', legacy: { status: 404, body: '{"error":"Item 99 not found"}' } },
      { method: 'GET', path: '/api/items/abc' },
      { method: 'PUT', path: '/api/items/3', ...json({ price: 35, id: 77 }) },
      { method: 'PUT', path: '/api/items/99', ...json({ price: 1 }) },
      { method: 'DELETE', path: '/api/items/4', legacy: { status: 204, body: '', contentType: null } },
      { method: 'DELETE', path: '/api/items/99' },
      { method: 'POST', path: '/api/items/2', ...json({}), unsupportedMethod: true },
    ]),
    ...group('posts/index.ts', [
      { method: 'GET', path: '/api/posts', record: ['cache-control'] },
      { method: 'GET', path: '/api/posts?drafts=true', record: ['cache-control'] },
      { method: 'POST', path: '/api/posts', ...json({ title: 'New', slug: 'new' }) },
      { method: 'POST', path: '/api/posts', ...json({ title: 'No slug' }) },
      { method: 'POST', path: '/api/posts', headers: JSON_TYPE, body: '{title:', note: 'malformed JSON' },
      { method: 'PUT', path: '/api/posts', ...json({}), unsupportedMethod: true },
    ]),
    ...group('users/[id]/orders.ts', [
      { method: 'GET', path: '/api/users/u1/orders' },
      { method: 'GET', path: '/api/users/u1/orders?page=2' },
      { method: 'GET', path: '/api/users/u1/orders?page=2&limit=3' },
      { method: 'GET', path: '/api/users/u1/orders?id=u2', note: 'segment wins over the search param' },
      { method: 'GET', path: '/api/users/nobody/orders' },
      { method: 'POST', path: '/api/users/u2/orders', note: 'no method check' },
    ]),
    ...group('admin/stats.ts', [
      { method: 'GET', path: '/api/admin/stats' },
      { method: 'GET', path: '/api/admin/stats', headers: { 'x-api-key': 'wrong' } },
      { method: 'GET', path: '/api/admin/stats', headers: API_KEY },
      { method: 'DELETE', path: '/api/admin/stats', headers: API_KEY },
      { method: 'DELETE', path: '/api/admin/stats' },
      // Without the key the legacy prelude answers 401 first; the route handler answers 405 (RS502).
      // Only the keyed request is comparable.
      { method: 'PUT', path: '/api/admin/stats', headers: API_KEY, unsupportedMethod: true },
    ]),
    ...group('docs/[...slug].ts', [
      { method: 'GET', path: '/api/docs/getting-started' },
      { method: 'GET', path: '/api/docs/guides/routing/api-routes' },
      { method: 'GET', path: '/api/docs/guides/getting%20started', note: 'encoded segment' },
      { method: 'GET', path: '/api/docs/a?slug=x', note: 'segment wins over the search param' },
    ]),
    ...group('files/[[...path]].ts', [
      { method: 'GET', path: '/api/files' },
      { method: 'GET', path: '/api/files/images' },
      { method: 'GET', path: '/api/files/images/2024/cat.png' },
    ]),
    ...group('echo/[kind].ts', [
      { method: 'GET', path: '/api/echo/basic' },
      { method: 'GET', path: '/api/echo/basic?a=1&b=2' },
      { method: 'GET', path: '/api/echo/basic?tag=a&tag=b', note: 'repeated keys', legacy: { status: 200, body: '{"query":{"tag":["a","b"],"kind":"basic"}}' } },
      { method: 'GET', path: '/api/echo/basic?x=1&kind=other&y=2', note: 'clash: segment wins, key order', legacy: { status: 200, body: '{"query":{"x":"1","kind":"basic","y":"2"}}' } },
      { method: 'GET', path: '/api/echo/basic?empty=', note: 'empty value' },
    ]),
    ...group('forms/contact.ts', [
      { method: 'POST', path: '/api/forms/contact', headers: FORM_TYPE, body: 'name=Ada&email=ada%40example.com&topics=a&topics=b' },
      { method: 'POST', path: '/api/forms/contact', headers: FORM_TYPE, body: 'name=Nobody' },
      { method: 'POST', path: '/api/forms/contact', ...json({ email: 'json@example.com' }), note: 'pages parses by content type' },
      { method: 'GET', path: '/api/forms/contact', unsupportedMethod: true },
    ]),
    ...group('notes.js', [
      { method: 'POST', path: '/api/notes', headers: TEXT_TYPE, body: 'first line\nsecond line\n' },
      { method: 'POST', path: '/api/notes', headers: TEXT_TYPE, body: '' },
      { method: 'POST', path: '/api/notes', ...json({ a: 1 }), note: 'JSON body is an object, not text', legacy: { status: 201, body: '{"lines":0,"first":null,"bodyType":"object"}' } },
      { method: 'GET', path: '/api/notes', unsupportedMethod: true },
    ]),
    ...group('debug/headers.ts', [
      {
        method: 'GET',
        path: '/api/debug/headers',
        headers: { 'user-agent': 'e2e-agent/1.0', 'accept-language': 'en-GB', 'x-request-id': 'req-1', authorization: 'Bearer abc' },
      },
      { method: 'GET', path: '/api/debug/headers', headers: { 'user-agent': 'e2e-agent/1.0' }, note: 'absent header is omitted, not null', legacy: { status: 200, body: '{"userAgent":"e2e-agent/1.0","language":"*","authorization":"absent"}' } },
    ]),
    ...group('debug/url.ts', [
      { method: 'GET', path: '/api/debug/url' },
      { method: 'GET', path: '/api/debug/url?x=1&y=two%20words', note: 'pages re-serializes the query: %20 becomes +', legacy: { status: 200, body: '{"url":"/api/debug/url?x=1&y=two+words","pathname":"/api/debug/url","search":"x=1&y=two+words","method":"GET"}' } },
      { method: 'POST', path: '/api/debug/url?from=form' },
    ]),
    ...group('cart.ts', [
      { method: 'GET', path: '/api/cart' },
      { method: 'GET', path: '/api/cart', headers: { cookie: 'cart=1,2,2; currency=USD' } },
      { method: 'GET', path: '/api/cart', headers: { cookie: 'cart=7,99' } },
      { method: 'POST', path: '/api/cart', unsupportedMethod: true },
    ]),
    ...group('products/[sku].ts', [
      { method: 'GET', path: '/api/products/cup-01' },
      { method: 'GET', path: '/api/products/KET-02', legacy: { status: 409 } },
      { method: 'GET', path: '/api/products/nope', legacy: { status: 404, body: '{"error":"Unknown product","sku":"nope"}' } },
    ]),
    ...group('export/report.ts', [
      { method: 'GET', path: '/api/export/report?format=csv', record: ['content-disposition'] },
      { method: 'GET', path: '/api/export/report?format=text', record: ['content-disposition'], note: 'res.send(string): no content-type', legacy: { status: 200, contentType: null } },
      { method: 'GET', path: '/api/export/report?format=binary', legacy: { status: 200, body: '\x01\x02\x03\x04\x05\x06\x07', contentType: 'application/octet-stream' } },
      { method: 'GET', path: '/api/export/report', note: 'res.send(object) is JSON', legacy: { status: 200, body: '{"generated":"static","count":7}', contentType: 'application/json; charset=utf-8' } },
    ]),
    ...group('session/login.ts', [
      { method: 'POST', path: '/api/session/login', ...json({ email: 'ada@example.com', password: 'analytical' }), record: ['cache-control'] },
      { method: 'POST', path: '/api/session/login', ...json({ email: 'grace@example.com', password: 'cobol', remember: true }), record: ['cache-control'] },
      { method: 'POST', path: '/api/session/login', ...json({ email: 'ada@example.com', password: 'wrong' }) },
      { method: 'POST', path: '/api/session/login', headers: JSON_TYPE, body: '{"email"', note: 'malformed JSON' },
      { method: 'GET', path: '/api/session/login', unsupportedMethod: true },
    ]),
    ...group('session/logout.ts', [
      { method: 'POST', path: '/api/session/logout' },
      { method: 'GET', path: '/api/session/logout' },
    ]),
    ...group('go.ts', [
      { method: 'GET', path: '/api/go', legacy: { status: 307 } },
      { method: 'GET', path: '/api/go?to=docs', note: 'absolute redirect' },
    ]),
    ...group('old-items.ts', [{ method: 'GET', path: '/api/old-items', legacy: { status: 301 } }]),
    ...group('webhooks/raw.ts', [
      { method: 'POST', path: '/api/webhooks/raw', ...json({ event: 'paid' }) },
      { method: 'POST', path: '/api/webhooks/raw', headers: JSON_TYPE, body: 'not json', note: 'bodyParser: false never parses', legacy: { status: 200, body: 'ok', contentType: null } },
      { method: 'GET', path: '/api/webhooks/raw', unsupportedMethod: true },
    ]),
    ...group('reports/monthly.ts', [
      { method: 'GET', path: '/api/reports/monthly' },
      { method: 'GET', path: '/api/reports/monthly?month=2024-03' },
    ]),
    ...group('uploads/avatar.ts', [
      { method: 'POST', path: '/api/uploads/avatar', ...json({ filename: 'me.png', data: Buffer.from('hello').toString('base64') }) },
      { method: 'POST', path: '/api/uploads/avatar', ...json({}) },
      { method: 'GET', path: '/api/uploads/avatar', unsupportedMethod: true },
    ]),
    ...group('auth/[...nextauth].ts', [
      { method: 'GET', path: '/api/auth/providers' },
      { method: 'GET', path: '/api/auth/session', headers: { cookie: authCookies }, record: ['cache-control'] },
    ]),
    // Only the signed-out case, from a browser that already holds next-auth's CSRF cookie. Legacy
    // getServerSession(req, res, …) sets cookies through res (a random CSRF cookie on a first visit,
    // a re-issued session JWE when signed in); getServerSession(authOptions) in a route handler
    // cannot set cookies, so those two cases differ by design and are not in the list.
    ...group('account.ts', [{ method: 'GET', path: '/api/account', headers: { cookie: authCookies }, legacy: { status: 401 } }]),
    ...group('profile.ts', [
      { method: 'GET', path: '/api/profile' },
      { method: 'GET', path: '/api/profile', headers: { cookie: `next-auth.session-token=${sessionToken}` } },
      { method: 'GET', path: '/api/profile', headers: { cookie: 'next-auth.session-token=garbage' } },
    ]),
    ...group('_internal/ping.ts', [{ method: 'GET', path: '/api/_internal/ping' }]),
    // Left in place by routeshift: they must keep answering exactly as before.
    ...group('legacy/logged.ts', [{ method: 'GET', path: '/api/legacy/logged', record: ['x-handled-by'] }]),
    ...group('legacy/stats.ts', [{ method: 'GET', path: '/api/legacy/stats' }]),
    ...group('legacy/import.ts', [
      { method: 'GET', path: '/api/legacy/import' },
      { method: 'POST', path: '/api/legacy/import?source=csv' },
      { method: 'GET', path: '/api/legacy/import', note: 'the code after the send ran', legacy: { status: 200, body: '{"audits":1}' } },
    ]),
    ...group('events.ts', [{ method: 'GET', path: '/api/events', record: ['cache-control'] }]),
  ];
}
