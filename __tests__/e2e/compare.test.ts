// The comparison's declared differences apply only where stated; everything else must match.

import { compareOne, formatMismatches } from './compare';
import type { E2ERequest, RecordedResponse, ReportRow } from './types';

const req = (extra: Partial<E2ERequest> = {}): E2ERequest => ({ route: 'pages/api/x.ts', method: 'GET', path: '/api/x', ...extra });
const res = (extra: Partial<RecordedResponse> = {}): RecordedResponse => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: '{"a":1}',
  location: null,
  setCookies: [],
  headers: {},
  ...extra,
});
const row = (...codes: string[]): ReportRow => ({ source: 'pages/api/x.ts', status: 'migrated', diagnostics: codes.map((code) => ({ code })) });
const fields = (...args: Parameters<typeof compareOne>) => compareOne(...args).map((m) => m.field);

test('identical responses match', () => {
  expect(fields(req(), res(), res(), row())).toEqual([]);
});

test('(a) JSON with and without charset=utf-8 match; other parameters do not', () => {
  expect(fields(req(), res(), res({ contentType: 'application/json' }), row())).toEqual([]);
  expect(fields(req(), res({ contentType: 'text/html; charset=utf-8' }), res({ contentType: 'text/html' }), row())).toEqual(['content-type']);
});

test('(b) a missing legacy content-type equals text/plain only on RS503 routes', () => {
  const legacy = res({ contentType: null, body: 'ok' });
  const migrated = res({ contentType: 'text/plain;charset=UTF-8', body: 'ok' });
  expect(fields(req(), legacy, migrated, row('RS503'))).toEqual([]);
  expect(fields(req(), legacy, migrated, row())).toEqual(['content-type']);
  expect(fields(req(), legacy, res({ contentType: 'text/html', body: 'ok' }), row('RS503'))).toEqual(['content-type']);
  expect(fields(req(), legacy, res({ contentType: 'text/plain;charset=UTF-8', body: 'ko' }), row('RS503'))).toEqual(['body']);
});

test('(c) redirects compare status and Location, not the body', () => {
  const legacy = res({ status: 307, contentType: null, body: '/api/items', location: '<origin>/api/items' });
  expect(fields(req(), legacy, res({ status: 307, contentType: null, body: '', location: '<origin>/api/items' }), row())).toEqual([]);
  expect(fields(req(), legacy, res({ status: 307, contentType: null, body: '', location: '<origin>/api/other' }), row())).toEqual(['location']);
  expect(fields(req(), legacy, res({ status: 308, contentType: null, body: '', location: '<origin>/api/items' }), row())).toEqual(['status']);
});

test("(d) unsupported methods must get Next's answer (405; HEAD as GET), only when marked and reported RS501/RS502", () => {
  const legacy = res({ status: 405, contentType: null, body: 'Method PATCH Not Allowed', headers: { allow: 'GET, POST' } });
  const migrated = res({ status: 405, contentType: null, body: '', headers: { allow: null } });
  const marked = req({ method: 'PATCH', unsupportedMethod: true, record: ['allow'] });
  expect(fields(marked, legacy, migrated, row('RS501'))).toEqual([]);
  expect(fields(marked, res({ ...legacy, status: 401 }), migrated, row('RS502'))).toEqual([]);
  expect(fields(marked, legacy, res({ ...migrated, status: 401 }), row('RS501'))).toEqual(['status (Next)']);
  const head = req({ method: 'HEAD', unsupportedMethod: true });
  expect(fields(head, legacy, res({ ...migrated, status: 200 }), { ...row('RS501'), methods: ['GET'] })).toEqual([]);
  expect(fields(head, legacy, res({ ...migrated, status: 200 }), { ...row('RS501'), methods: ['POST'] })).toEqual(['status (Next)']);
  expect(fields(marked, legacy, migrated, row())).toEqual(['body', 'header allow']);
  expect(fields(req({ method: 'PATCH', record: ['allow'] }), legacy, migrated, row('RS501'))).toEqual(['body', 'header allow']);
});

test('(e) cookies compare as cookies: attribute order and case, deleted values, preview secrets', () => {
  const a = res({ setCookies: ['__prerender_bypass=abc; Path=/; HttpOnly; Secure; SameSite=None', 'gone=x; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'] });
  const b = res({ setCookies: ['__prerender_bypass=def; Path=/; Secure; HttpOnly; SameSite=none', 'gone=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'] });
  expect(fields(req(), a, b, row())).toEqual([]);
  expect(fields(req(), res({ setCookies: ['s=1; Path=/'] }), res({ setCookies: ['s=2; Path=/'] }), row())).toEqual(['set-cookie']);
  expect(fields(req(), res({ setCookies: ['s=1; Path=/; HttpOnly'] }), res({ setCookies: ['s=1; Path=/'] }), row())).toEqual(['set-cookie']);
});

test('(f) a pinned migrated answer replaces the legacy one only on RS511 routes', () => {
  const pinned = req({ migrated: { status: 200, body: '{"ok":true}' } });
  const legacy = res({ status: 500, body: 'Error revalidating' });
  expect(fields(pinned, legacy, res({ status: 200, body: '{"ok":true}' }), row('RS511'))).toEqual([]);
  expect(fields(pinned, legacy, res({ status: 500, body: 'Error revalidating' }), row('RS511'))).toEqual(['status (pinned)', 'body (pinned)']);
  expect(fields(pinned, legacy, res({ status: 200, body: '{"ok":true}' }), row())).toEqual(['status', 'body']);
});

test("(g) Vary is compared without Next's own router values and compression's Accept-Encoding", () => {
  const a = res({ headers: { vary: 'Origin, Accept-Encoding' } });
  const b = res({ headers: { vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Origin' } });
  expect(fields(req({ record: ['vary'] }), a, b, row())).toEqual([]);
  expect(fields(req({ record: ['vary'] }), a, res({ headers: { vary: 'rsc, Cookie' } }), row())).toEqual(['header vary']);
});

test('cookies, named headers and network errors are compared exactly', () => {
  const a = res({ setCookies: ['a=1; Path=/', 'b=2; Path=/'], headers: { 'x-total-count': '7' } });
  const b = res({ setCookies: ['a=1; Path=/'], headers: { 'x-total-count': '8' } });
  expect(fields(req({ record: ['x-total-count'] }), a, b, row())).toEqual(['set-cookie', 'header x-total-count']);
  expect(fields(req(), res(), res({ status: 0, error: 'ECONNRESET' }), row())).toEqual(['error', 'status']);
});

test('the mismatch table has one line per mismatch under a header', () => {
  const table = formatMismatches([{ request: 'GET /api/x', field: 'status', legacy: '200', migrated: '500' }]);
  expect(table.split('\n')).toEqual(['request    | field  | legacy | migrated', 'GET /api/x | status | 200    | 500']);
});
