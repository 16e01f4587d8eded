// Every request the end-to-end test replays against the legacy and the migrated app, in order.
// Each names the pages/api file that answers it, so the comparison can look up that route's
// report row (declared differences (b) and (d) depend on it) and so route coverage is checked.

import { createHmac } from 'node:crypto';
import type { E2ERequest } from './types';

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const TEXT_TYPE = { 'content-type': 'text/plain' };
const API_KEY = { 'x-api-key': 'test-key' };

const json = (value: unknown) => ({ headers: JSON_TYPE, body: JSON.stringify(value) });

/** The example app's fallback webhook secret (WEBHOOK_SECRET is not set for the servers). */
const WEBHOOK_SECRET = 'whsec_e2e';
/** A fixed signing time: the example app checks no tolerance, so answers never depend on the clock. */
const WEBHOOK_TIME = '1700000000';
/** Odd spacing and non-ASCII: a signature over re-serialized JSON would not match these bytes. */
const WEBHOOK_EVENT = '{"id":"evt_1",  "type":"invoice.paid",\n "data":{"customer":"Café Ada","amount":4200}}\n';

/** A `payment-signature` header like Stripe's: `t=<time>,v1=<hex HMAC-SHA256 of "<time>.<raw body>">`. */
function signature(payload: string, secret = WEBHOOK_SECRET, t = WEBHOOK_TIME): string {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`;
}

function webhook(payload: string, sig: string | null, note?: string): Omit<E2ERequest, 'route'> {
  const headers: Record<string, string> = { ...JSON_TYPE };
  if (sig !== null) headers['payment-signature'] = sig;
  return { method: 'POST', path: '', headers, body: payload, ...(note ? { note } : {}) };
}

/** Requests every raw-body webhook route gets (path filled in per route). */
function webhookCases(): Omit<E2ERequest, 'route'>[] {
  const ok = { status: 200, body: '{"received":true,"type":"invoice.paid"}' };
  const mismatch = { status: 400, body: 'Webhook Error: No signatures found matching the expected signature for payload', contentType: null };
  const reserialized = JSON.stringify(JSON.parse(WEBHOOK_EVENT));
  const big = JSON.stringify({ id: 'evt_2', type: 'catalog.synced', data: { rows: 'x'.repeat(200_000) } });
  return [
    { ...webhook(WEBHOOK_EVENT, signature(WEBHOOK_EVENT), 'valid signature over the exact bytes'), legacy: ok },
    { ...webhook(reserialized, signature(WEBHOOK_EVENT), 'same event re-serialized: the bytes differ'), legacy: mismatch },
    { ...webhook(WEBHOOK_EVENT, signature(WEBHOOK_EVENT, 'whsec_other'), 'signed with another secret'), legacy: mismatch },
    { ...webhook(WEBHOOK_EVENT, null, 'no signature header'), legacy: mismatch },
    { ...webhook(WEBHOOK_EVENT, 'v1=abc', 'no timestamp'), legacy: { status: 400, body: 'Webhook Error: Unable to extract timestamp and signatures from header', contentType: null } },
    { ...webhook(WEBHOOK_EVENT, `${signature('other')},v1=${signature(WEBHOOK_EVENT).split('v1=')[1]}`, 'rotated secret: second v1 matches'), legacy: ok },
    { ...webhook('not json', signature('not json'), 'signed, but not JSON'), legacy: { status: 400, body: 'Webhook Error: Payload is not valid JSON', contentType: null } },
    { ...webhook(big, signature(big), '200 kB: arrives in many chunks') },
    { method: 'GET', path: '', unsupportedMethod: true, record: ['allow'] },
  ];
}

const withPath = (path: string, requests: Omit<E2ERequest, 'route'>[]) => requests.map((r) => ({ ...r, path: path + r.path }));

const BOUNDARY = '----routeshiftE2EBoundary7MA4YWxk';
const MULTIPART_TYPE = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
type Part = { name: string; value: string } | { name: string; filename: string; type: string; content: string };

/** A multipart/form-data body written out by hand, CRLF line ends, fixed boundary. */
function multipart(parts: Part[]): { headers: Record<string, string>; body: string } {
  const body = parts
    .map((part) =>
      'filename' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n${part.content}\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
    )
    .join('');
  return { headers: MULTIPART_TYPE, body: `${body}--${BOUNDARY}--\r\n` };
}

const file = (name: string, filename: string, content: string, type = 'text/plain'): Part => ({ name, filename, type, content });

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
  /** An iron-session cookie value sealing { shopper: { name: 'Ada', cart: ['t1', 't2'] } }. */
  shopSession: string;
}

export function buildRequests({ sessionToken, authCookies, shopSession }: RequestContext): E2ERequest[] {
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
    // advanced/: the patterns real apps wrap their handlers in. Wrappers from the app's own lib/api.
    // Signed-in requests through getServerSession(req, res, …) are left out, as for account.ts: the
    // legacy call re-issues the session cookie (a fresh JWE), a route handler cannot.
    ...group('advanced/wrapped/secret.ts', [
      { method: 'GET', path: '/api/advanced/wrapped/secret', headers: { cookie: authCookies }, note: 'no key, no session', legacy: { status: 401, body: '{"error":"Authentication required"}' } },
      { method: 'GET', path: '/api/advanced/wrapped/secret', headers: { 'x-api-key': 'wrong' }, legacy: { status: 403, body: '{"error":"Invalid API key"}' } },
      { method: 'GET', path: '/api/advanced/wrapped/secret', headers: API_KEY, legacy: { status: 200, body: '{"stats":{"items":7,"posts":3,"users":2,"orders":5},"scope":"admin"}' } },
      { method: 'POST', path: '/api/advanced/wrapped/secret', headers: API_KEY, note: 'no method check' },
    ]),
    ...group('advanced/wrapped/catalog.ts', [
      { method: 'GET', path: '/api/advanced/wrapped/catalog', record: ['cache-control'] },
      { method: 'GET', path: '/api/advanced/wrapped/catalog?maxPrice=20&tag=steel', record: ['cache-control'], legacy: { status: 200, body: '{"count":1,"items":[{"id":5,"name":"Steel whisk","price":12}]}' } },
      { method: 'GET', path: '/api/advanced/wrapped/catalog?maxPrice=abc', record: ['cache-control'], note: 'HttpError → 400; the cache header was already set', legacy: { status: 400, body: '{"error":"maxPrice must be a number, got \\"abc\\""}' } },
      { method: 'GET', path: '/api/advanced/wrapped/catalog?tag=broken', record: ['cache-control'], note: 'thrown Error → withErrors answers 500 JSON', legacy: { status: 500, body: '{"error":"Internal Server Error"}', contentType: 'application/json; charset=utf-8' } },
    ]),
    ...group('advanced/wrapped/inventory.ts', [
      { method: 'GET', path: '/api/advanced/wrapped/inventory', headers: API_KEY, legacy: { status: 200, body: '{"total":7,"ids":[1,2,3,4,5,6,7]}' } },
      { method: 'POST', path: '/api/advanced/wrapped/inventory', headers: { ...API_KEY, ...JSON_TYPE }, body: JSON.stringify({ name: 'Milk jug', price: 14 }), legacy: { status: 201 } },
      { method: 'POST', path: '/api/advanced/wrapped/inventory', headers: { ...API_KEY, ...JSON_TYPE }, body: JSON.stringify({ price: -1 }), legacy: { status: 422 } },
      { method: 'PUT', path: '/api/advanced/wrapped/inventory', headers: API_KEY, unsupportedMethod: true, record: ['allow'], legacy: { status: 405 } },
      { method: 'POST', path: '/api/advanced/wrapped/inventory', headers: { 'x-api-key': 'wrong', ...JSON_TYPE }, body: '{}', note: 'the wrapper answers before the method switch', legacy: { status: 403 } },
      { method: 'DELETE', path: '/api/advanced/wrapped/inventory', headers: { cookie: authCookies }, unsupportedMethod: true, note: 'the wrapper answers before the method switch (migrated: Next answers DELETE first)', legacy: { status: 401 } },
    ]),
    ...group('advanced/things.ts', [
      { method: 'GET', path: '/api/advanced/things' },
      { method: 'GET', path: '/api/advanced/things?archived=true' },
      { method: 'DELETE', path: '/api/advanced/things?id=t2', legacy: { status: 200, body: '{"removed":"t2","label":"Umbrella"}' } },
      { method: 'DELETE', path: '/api/advanced/things?id=t9', legacy: { status: 404 } },
      { method: 'POST', path: '/api/advanced/things', ...json({}), unsupportedMethod: true, record: ['allow'], legacy: { status: 405, body: '{"error":"Method POST Not Allowed"}' } },
      { method: 'HEAD', path: '/api/advanced/things', unsupportedMethod: true, record: ['allow'], note: 'the method map has no HEAD: 405 (a route handler exporting GET answers HEAD)', legacy: { status: 405 } },
    ]),
    // next-connect v1: router.use(guard).get().post(), handler({ onError, onNoMatch }).
    ...group('advanced/connect/orders.ts', [
      { method: 'GET', path: '/api/advanced/connect/orders', legacy: { status: 401 } },
      { method: 'GET', path: '/api/advanced/connect/orders', headers: API_KEY, legacy: { status: 200, body: '{"user":"u1","orders":["o-100","o-101","o-103","o-104"],"total":199}' } },
      { method: 'GET', path: '/api/advanced/connect/orders?user=u2', headers: API_KEY },
      { method: 'POST', path: '/api/advanced/connect/orders', headers: { ...API_KEY, ...JSON_TYPE }, body: JSON.stringify({ userId: 'u2', total: 30 }), legacy: { status: 201 } },
      { method: 'POST', path: '/api/advanced/connect/orders', headers: { ...API_KEY, ...JSON_TYPE }, body: JSON.stringify({ userId: 'nobody', total: 30 }), note: 'thrown ValidationError → onError 422', legacy: { status: 422, body: '{"error":"userId must name a known user"}' } },
      { method: 'PUT', path: '/api/advanced/connect/orders', headers: API_KEY, record: ['allow'], note: 'onNoMatch', legacy: { status: 405 } },
      { method: 'PUT', path: '/api/advanced/connect/orders', record: ['allow'], note: 'no key: only middleware matches, so onNoMatch answers, the guard never runs', legacy: { status: 405 } },
    ]),
    ...group('advanced/connect/convert.ts', [
      { method: 'GET', path: '/api/advanced/connect/convert', legacy: { status: 200, body: '{"from":"USD","to":"EUR","amount":1,"converted":0.5}' } },
      { method: 'GET', path: '/api/advanced/connect/convert?amount=10&to=gbp' },
      { method: 'GET', path: '/api/advanced/connect/convert?to=xyz', legacy: { status: 400 } },
      { method: 'GET', path: '/api/advanced/connect/convert?amount=abc', note: "the handler throws: next-connect's default onError", legacy: { status: 500, body: 'Internal Server Error', contentType: null } },
      { method: 'POST', path: '/api/advanced/connect/convert?amount=2', note: "next-connect's default onNoMatch: 404, req.url (with the query) in the text", legacy: { status: 404, body: 'Route POST /api/advanced/connect/convert?amount=2 not found', contentType: null } },
    ]),
    // next-auth variants. getSession({ req }) (next-auth/react) is not covered: on the server it
    // fetches NEXTAUTH_URL/api/auth/session (http://localhost:3000), which no test server serves.
    // getSession({ req }) on the server: next-auth's client fetches this server's /api/auth/session
    // (NEXTAUTH_URL_INTERNAL) with the request's cookie.
    ...group('advanced/auth/client-session.ts', [
      { method: 'GET', path: '/api/advanced/auth/client-session', legacy: { status: 401, body: '{"signedIn":false}' } },
      { method: 'GET', path: '/api/advanced/auth/client-session', headers: { cookie: `next-auth.session-token=${sessionToken}` }, legacy: { status: 200, body: '{"signedIn":true,"email":"ada@example.com"}' } },
      { method: 'POST', path: '/api/advanced/auth/client-session', headers: { cookie: `next-auth.session-token=${sessionToken}`, ...JSON_TYPE }, body: '{"x":1}', note: 'with a body, getSession POSTs it to /api/auth/session, which refuses it without a CSRF token', legacy: { status: 401, body: '{"signedIn":false}' } },
    ]),
    ...group('advanced/auth/token.ts', [
      { method: 'GET', path: '/api/advanced/auth/token', legacy: { status: 401, body: '{"error":"No valid token"}' } },
      { method: 'GET', path: '/api/advanced/auth/token', headers: { cookie: `next-auth.session-token=${sessionToken}` }, legacy: { status: 200, body: '{"email":"ada@example.com","name":"Ada Lovelace"}' } },
      { method: 'GET', path: '/api/advanced/auth/token', headers: { authorization: `Bearer ${sessionToken}` }, note: 'getToken also reads a Bearer token', legacy: { status: 200, body: '{"email":"ada@example.com","name":"Ada Lovelace"}' } },
      { method: 'GET', path: '/api/advanced/auth/token', headers: { cookie: 'next-auth.session-token=garbage' }, legacy: { status: 401 } },
    ]),
    // Signed out only, for the reason given at account.ts.
    ...group('advanced/auth/legacy-session.ts', [
      { method: 'GET', path: '/api/advanced/auth/legacy-session', headers: { cookie: authCookies }, legacy: { status: 401, body: '{"signedIn":false}' } },
    ]),
    // Raw bodies (bodyParser: false) signed like Stripe webhooks, read three ways.
    ...group('advanced/webhooks/payment.ts', withPath('/api/advanced/webhooks/payment', webhookCases())),
    ...group('advanced/webhooks/iterated.ts', withPath('/api/advanced/webhooks/iterated', webhookCases()).map((r) =>
      // This one also answers the byte count.
      r.legacy?.status === 200 ? { ...r, legacy: { status: 200 } } : r,
    )),
    ...group('advanced/webhooks/evented.ts', withPath('/api/advanced/webhooks/evented', webhookCases())),
    ...group('advanced/upload.ts', [
      {
        method: 'POST',
        path: '/api/advanced/upload',
        ...multipart([
          { name: 'subject', value: 'Broken handle' },
          { name: 'tag', value: 'kettle' },
          { name: 'tag', value: 'urgent' },
          file('photo', 'handle.txt', 'pretend this is a photo of a broken handle\n'),
          file('receipt', 'receipt.csv', 'item,price\nPour-over kettle,45\nCafé crème,4\n', 'text/csv'),
        ]),
        legacy: {
          status: 200,
          body: '{"subject":"Broken handle","tags":["kettle","urgent"],"files":[{"field":"photo","name":"handle.txt","type":"text/plain","size":43},{"field":"receipt","name":"receipt.csv","type":"text/csv","size":46}]}',
        },
      },
      { method: 'POST', path: '/api/advanced/upload', ...multipart([{ name: 'subject', value: 'Just a question' }]), legacy: { status: 200, body: '{"subject":"Just a question","tags":[],"files":[]}' } },
      { method: 'POST', path: '/api/advanced/upload', ...multipart([file('photo', 'a.txt', 'a')]), note: 'files but no subject', legacy: { status: 422, body: '{"error":"subject is required","files":1}' } },
      {
        method: 'POST',
        path: '/api/advanced/upload',
        ...multipart([{ name: 'subject', value: 'Too many' }, ...[1, 2, 3, 4].map((n) => file('photo', `p${n}.txt`, `photo ${n}`))]),
        note: 'maxFiles: 3',
      },
      { method: 'POST', path: '/api/advanced/upload', headers: TEXT_TYPE, body: 'subject=plain', note: 'formidable has no parser for text/plain' },
      { method: 'GET', path: '/api/advanced/upload', unsupportedMethod: true, record: ['allow'] },
    ]),
    // Streamed answers: the recorder reads each body to its end, so only the bytes are compared.
    ...group('advanced/stream/sse.ts', [
      {
        method: 'GET',
        path: '/api/advanced/stream/sse',
        headers: { accept: 'text/event-stream' },
        record: ['cache-control'],
        legacy: {
          status: 200,
          contentType: 'text/event-stream',
          body: ['received', 'packed', 'shipped'].map((s, i) => `id: ${i + 1}\nevent: status\ndata: {"order":"o-100","status":"${s}"}\n\n`).join(''),
        },
      },
    ]),
    ...group('advanced/stream/chunks.ts', [
      { method: 'GET', path: '/api/advanced/stream/chunks', record: ['content-disposition'], legacy: { status: 200, contentType: 'text/csv; charset=utf-8' } },
    ]),
    ...group('advanced/stream/piped.ts', [
      { method: 'GET', path: '/api/advanced/stream/piped', note: 'a file stream piped into res', legacy: { status: 200, contentType: 'text/markdown; charset=utf-8' } },
      { method: 'GET', path: '/api/advanced/stream/piped?format=summary', note: 'Readable.from piped into res', legacy: { status: 200, body: 'Returns: 30 days.\nRefunds: 5 working days.\nContact: support@example.com\n' } },
    ]),
    // Answers sent from promise callbacks.
    ...group('advanced/promises/thing.ts', [
      { method: 'GET', path: '/api/advanced/promises/thing?id=t1', legacy: { status: 200, body: '{"id":"t1","label":"Left sock","archived":false}' } },
      { method: 'GET', path: '/api/advanced/promises/thing?id=t9', note: 'rejects: .catch answers 500', legacy: { status: 500, body: '{"error":"Thing t9 not found"}' } },
      { method: 'GET', path: '/api/advanced/promises/thing?id=zz', legacy: { status: 500, body: '{"error":"Malformed id \\"zz\\""}' } },
    ]),
    ...group('advanced/promises/chain.ts', [
      { method: 'GET', path: '/api/advanced/promises/chain', record: ['cache-control'], legacy: { status: 200, body: '{"id":"t1","label":"LEFT SOCK","active":true}' } },
      { method: 'GET', path: '/api/advanced/promises/chain?id=t3', record: ['cache-control'] },
      { method: 'GET', path: '/api/advanced/promises/chain?id=t9', record: ['cache-control'], legacy: { status: 404 } },
      { method: 'GET', path: '/api/advanced/promises/chain?id=bad', record: ['cache-control'], legacy: { status: 400 } },
    ]),
    // res.revalidate throws for a path without a page (Next renders it internally and gets a 404);
    // pages/shop.tsx is the app's one ISR page.
    ...group('advanced/revalidate.ts', [
      { method: 'POST', path: '/api/advanced/revalidate?path=/shop', legacy: { status: 401 } },
      { method: 'POST', path: '/api/advanced/revalidate?secret=rv_e2e&path=/shop', legacy: { status: 200, body: '{"revalidated":true,"path":"/shop"}' } },
      {
        method: 'POST',
        path: '/api/advanced/revalidate?secret=rv_e2e&path=/missing',
        note: 'no page there: res.revalidate throws; revalidatePath cannot fail (declared difference (f), RS511)',
        legacy: { status: 500, body: 'Error revalidating', contentType: null },
        migrated: { status: 200, body: '{"revalidated":true,"path":"/missing"}' },
      },
      { method: 'POST', path: '/api/advanced/revalidate?secret=rv_e2e&path=shop', note: 'not a path: res.revalidate throws', legacy: { status: 500, body: 'Error revalidating', contentType: null } },
    ]),
    // Preview and draft mode. __prerender_bypass carries the build's previewModeId (random per
    // build: set when turning draft mode on AND when turning it off), __next_preview_data a signed,
    // encrypted JWT with its issue time: two builds cannot agree on them. Only clearPreviewData()
    // (exit.ts) sets fixed text: both cookies empty and expired.
    ...group('advanced/preview/draft.ts', [
      { method: 'GET', path: '/api/advanced/preview/draft', note: 'Set-Cookie value differs per build', legacy: { status: 200, body: '{"draftMode":true}' } },
      { method: 'DELETE', path: '/api/advanced/preview/draft', note: 'Set-Cookie value differs per build', legacy: { status: 200, body: '{"draftMode":false}' } },
    ]),
    ...group('advanced/preview/enter.ts', [
      { method: 'GET', path: '/api/advanced/preview/enter', legacy: { status: 400 } },
      { method: 'GET', path: '/api/advanced/preview/enter?slug=hello-world', note: 'Set-Cookie values differ per build and per second', legacy: { status: 200, body: '{"preview":true,"slug":"hello-world"}' } },
    ]),
    ...group('advanced/preview/exit.ts', [{ method: 'GET', path: '/api/advanced/preview/exit', legacy: { status: 200, body: '{"preview":false}' } }]),
    ...group('advanced/reexported.ts', [
      { method: 'GET', path: '/api/advanced/reexported' },
      { method: 'GET', path: '/api/advanced/reexported?pinned=1', legacy: { status: 200, body: '{"notes":[{"id":1,"text":"Order more filters","pinned":true}]}' } },
      { method: 'POST', path: '/api/advanced/reexported', ...json({ text: '  Buy beans ' }), legacy: { status: 201, body: '{"id":3,"text":"Buy beans","pinned":false}' } },
      { method: 'POST', path: '/api/advanced/reexported', ...json({}), legacy: { status: 400 } },
      { method: 'PATCH', path: '/api/advanced/reexported', unsupportedMethod: true, record: ['allow'], legacy: { status: 405 } },
    ]),
    // Left in place by routeshift: they must keep answering exactly as before.
    ...group('legacy/logged.ts', [{ method: 'GET', path: '/api/legacy/logged', record: ['x-handled-by'] }]),
    ...group('legacy/stats.ts', [{ method: 'GET', path: '/api/legacy/stats' }]),
    ...group('legacy/import.ts', [
      { method: 'GET', path: '/api/legacy/import' },
      { method: 'POST', path: '/api/legacy/import?source=csv' },
      { method: 'GET', path: '/api/legacy/import', note: 'the code after the send ran', legacy: { status: 200, body: '{"audits":1}' } },
    ]),
    ...group('events.ts', [{ method: 'GET', path: '/api/events', record: ['cache-control'] }]),
    // iron-session 6 (withIronSessionApiRoute): a sealed cookie read and written. A seal carries a
    // random salt, so a freshly sealed cookie's value differs on every answer (sealedCookies).
    ...group('advanced/session/me.ts', [
      { method: 'GET', path: '/api/advanced/session/me', legacy: { status: 401, body: '{"signedIn":false}' } },
      { method: 'GET', path: '/api/advanced/session/me', headers: { cookie: `shop-session=${shopSession}` }, legacy: { status: 200, body: '{"signedIn":true,"name":"Ada","items":2}' } },
      { method: 'DELETE', path: '/api/advanced/session/me', headers: { cookie: `shop-session=${shopSession}` }, legacy: { status: 200, body: '{"signedIn":false}' } },
    ]),
    ...group('advanced/session/login.ts', [
      { method: 'POST', path: '/api/advanced/session/login', ...json({ name: 'Grace' }), sealedCookies: ['shop-session'], legacy: { status: 200, body: '{"signedIn":true,"name":"Grace"}' } },
      { method: 'POST', path: '/api/advanced/session/login', ...json({}), legacy: { status: 400 } },
      { method: 'GET', path: '/api/advanced/session/login', unsupportedMethod: true, record: ['allow'], legacy: { status: 405 } },
    ]),
    // cors through Next.js's runMiddleware helper: its headers on every answer, its own preflight answer.
    ...group('advanced/cors.ts', [
      { method: 'GET', path: '/api/advanced/cors?amount=21', headers: { origin: 'https://shop.example' }, record: ['access-control-allow-origin', 'access-control-allow-credentials', 'vary'], legacy: { status: 200, body: '{"amount":21,"doubled":42}' } },
      { method: 'GET', path: '/api/advanced/cors?amount=x', record: ['access-control-allow-origin', 'vary'], legacy: { status: 400 } },
      { method: 'POST', path: '/api/advanced/cors', ...json({ amount: 4 }), record: ['access-control-allow-origin'], legacy: { status: 200, body: '{"amount":4,"doubled":8}' } },
      {
        method: 'OPTIONS',
        path: '/api/advanced/cors',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        record: ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-allow-credentials', 'vary'],
        note: 'the preflight: cors answers 204 before the handler',
        legacy: { status: 204, body: '' },
      },
    ]),
  ];
}
