// Field-by-field comparison of legacy and migrated responses. The declared differences below are
// the ONLY normalizations; each applies only where its comment says.

import { describeRequest } from './record';
import type { E2ERequest, RecordedResponse, ReportRow } from './types';

export interface Mismatch {
  request: string;
  field: string;
  legacy: string;
  migrated: string;
}

/**
 * (a) `application/json; charset=utf-8` (pages' res.json) ≡ `application/json` (NextResponse.json):
 * RFC 8259 defines no charset parameter for JSON. Applied to every response.
 */
function normalizeJsonType(type: string | null): string | null {
  return type !== null && /^application\/json;\s*charset=utf-8$/i.test(type) ? 'application/json' : type;
}

/**
 * (e) Set-Cookie, compared as cookies rather than text: attribute names and SameSite's value are
 * case-insensitive and their order carries no meaning (RFC 6265); a cookie that is being deleted
 * (Expires in 1970, or Max-Age=0) has a value nobody reads. Next's preview cookies hold per-build
 * secrets (`__prerender_bypass` is the build's previewModeId) and a timestamp (`__next_preview_data`):
 * their values are not compared, the rest of the cookie is; so for cookies a request names in
 * `sealedCookies` (sealed with a random salt each time, like iron-session's). Applied to every response.
 */
export function normalizeCookie(cookie: string, sealed: string[] = []): string {
  const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const name = eq === -1 ? pair : pair.slice(0, eq);
  let value = eq === -1 ? '' : pair.slice(eq + 1);
  const attrs = attributes
    .filter(Boolean)
    .map((a) => {
      const [k, ...v] = a.split('=');
      const key = k.trim().toLowerCase();
      const val = v.join('=').trim();
      return key === 'samesite' ? `${key}=${val.toLowerCase()}` : val ? `${key}=${val}` : key;
    })
    .sort();
  const deleted = attrs.some((a) => a === 'max-age=0' || /^expires=.*1970/.test(a));
  // (h) a cookie with a lifetime expires at the time of the answer plus Max-Age: the clock, not the app,
  // makes two runs differ; Max-Age is compared, Expires only as being there
  if (!deleted && attrs.some((a) => /^max-age=\d+$/.test(a))) attrs.forEach((a, i) => void (a.startsWith('expires=') && (attrs[i] = 'expires=<answer time + max-age>')));
  if (deleted || name === '__prerender_bypass' || name === '__next_preview_data' || sealed.includes(name)) value = '<value>';
  return [`${name}=${value}`, ...attrs].join('; ');
}

/**
 * (g) Vary, compared as the values the route itself added: Next adds its router's own (`rsc`,
 * `next-router-*`) to app routes, and pages answers carried `Accept-Encoding` from compression.
 * Applied to a recorded `vary` header.
 */
const FRAMEWORK_VARY = new Set(['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'accept-encoding']);
export function normalizeVary(value: string | null): string | null {
  if (value === null) return null;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && !FRAMEWORK_VARY.has(v.toLowerCase()))
    .join(', ');
}

/** Mismatches of one request, and the check that records one (values compared as JSON). */
function checker(req: E2ERequest): { out: Mismatch[]; check: (field: string, a: unknown, b: unknown) => void } {
  const out: Mismatch[] = [];
  const request = describeRequest(req);
  const check = (field: string, a: unknown, b: unknown) => {
    const left = JSON.stringify(a) ?? 'undefined';
    const right = JSON.stringify(b) ?? 'undefined';
    if (left !== right) out.push({ request, field, legacy: left, migrated: right });
  };
  return { out, check };
}

const hasCode = (row: ReportRow | undefined, code: string) => !!row?.diagnostics?.some((d) => d.code === code);

export function compareOne(req: E2ERequest, legacy: RecordedResponse, migrated: RecordedResponse, row: ReportRow | undefined): Mismatch[] {
  const { out, check } = checker(req);

  check('error', legacy.error, migrated.error);

  // (f) RS511: pages' res.revalidate rendered the path and threw when that failed; revalidatePath only
  // marks it stale and cannot fail. For requests that pin the migrated answer (`migrated`), that pinned
  // answer is what the migrated app must give, and only where the report row carries RS511.
  if (req.migrated && hasCode(row, req.migrated.code ?? 'RS511')) {
    check('status (pinned)', req.migrated.status, migrated.status);
    if (req.migrated.body !== undefined) check('body (pinned)', req.migrated.body, migrated.body);
    return out;
  }

  // (d) A method the migrated route does not export: the legacy handler answered through its own
  // fallback (405 with Allow and a body, a wrapper's 401, next-connect's 404), Next answers 405 with an
  // empty body before any code of the route runs, and HEAD as GET does. Only for requests marked
  // unsupportedMethod, only when the report row says RS501 (fallback dropped) or RS502 (code before the
  // dispatch, or a wrapper, no longer runs for them): the migrated status must be Next's (405; HEAD 200).
  if (req.unsupportedMethod && (hasCode(row, 'RS501') || hasCode(row, 'RS502'))) {
    const servedByGet = req.method === 'HEAD' && !!row?.methods?.includes('GET');
    check('status (Next)', servedByGet ? 200 : 405, migrated.status);
    return out;
  }
  check('status', legacy.status, migrated.status);

  let legacyType = normalizeJsonType(legacy.contentType);
  const migratedType = normalizeJsonType(migrated.contentType);
  // (b) A string body sent without Content-Type (res.send('x'), res.end('x')) has none in pages; a
  // route handler's string Response always carries text/plain;charset=UTF-8. Only for routes whose
  // report row carries RS503, and only when the legacy response had no content-type at all.
  if (
    legacyType === null &&
    migratedType === 'text/plain;charset=UTF-8' &&
    !legacy.body.startsWith('base64:') &&
    hasCode(row, 'RS503')
  ) {
    legacyType = migratedType;
  }
  check('content-type', legacyType, migratedType);

  // (c) Redirects: pages writes the target URL as the body, NextResponse.redirect sends none; the
  // status and the resolved Location are compared, the body is not.
  const isRedirect = legacy.status >= 300 && legacy.status < 400;
  if (!isRedirect) check('body', legacy.body, migrated.body);
  check('location', legacy.location, migrated.location);
  const cookie = (c: string) => normalizeCookie(c, req.sealedCookies);
  check('set-cookie', legacy.setCookies.map(cookie), migrated.setCookies.map(cookie));
  for (const name of req.record ?? []) {
    const norm = name === 'vary' ? normalizeVary : (v: string | null) => v;
    check(`header ${name}`, norm(legacy.headers[name] ?? null), norm(migrated.headers[name] ?? null));
  }
  return out;
}

export function compareAll(
  requests: E2ERequest[],
  legacy: RecordedResponse[],
  migrated: RecordedResponse[],
  rowFor: (source: string) => ReportRow | undefined,
): Mismatch[] {
  return requests.flatMap((req, i) => compareOne(req, legacy[i], migrated[i], rowFor(req.route)));
}

/**
 * An Express app's answer against its migrated one. Express answers are reproduced exactly (bodies of
 * redirects, text types and their charset included); the declared differences are (e) and (h) for
 * cookies, (g) for Vary, (k) for Content-Length, and these, each only where the report row carries its note:
 * (d') RS719: a method the URL's route does not export gets Next's 405 (HEAD: GET's answer), where
 *      Express went on to the app's later layers (its 404 handler);
 * (i)  RS717: a request in another letter case or with a trailing slash, which Express matched and Next
 *      does not, gets the answer the request pins in `migrated` (Next's 308 redirect, or what the app's
 *      remaining Express layers answer);
 * (j)  RS720: an answer that echoes the request URL's query text or protocol gets the one the request
 *      pins in `migrated` (the query as Next re-encodes it, the protocol of X-Forwarded-Proto).
 */
export function compareExpress(req: E2ERequest, legacy: RecordedResponse, migrated: RecordedResponse, row: ReportRow | undefined): Mismatch[] {
  const { out, check } = checker(req);
  check('error', legacy.error, migrated.error);
  if (req.unsupportedMethod && hasCode(row, 'RS719')) {
    check('status (Next)', req.method === 'HEAD' && row?.methods?.includes('GET') ? 200 : 405, migrated.status);
    return out;
  }
  if (req.migrated && hasCode(row, req.migrated.code ?? 'RS717')) {
    check('status (pinned)', req.migrated.status, migrated.status);
    if (req.migrated.body !== undefined) check('body (pinned)', req.migrated.body, migrated.body);
    return out;
  }
  check('status', legacy.status, migrated.status);
  check('content-type', legacy.contentType, migrated.contentType);
  check('body', legacy.body, migrated.body);
  check('location', legacy.location, migrated.location);
  const cookie = (c: string) => normalizeCookie(c, req.sealedCookies);
  check('set-cookie', legacy.setCookies.map(cookie), migrated.setCookies.map(cookie));
  for (const name of req.record ?? []) {
    // (k) Next streams a route handler's answer (chunked), without Content-Length: the length Express
    // sent must be the migrated body's, where there is one (HEAD and empty answers have none to measure)
    if (name === 'content-length' && migrated.headers[name] == null && legacy.headers[name] != null) {
      if (legacy.body !== '') check('content-length (body bytes)', Number(legacy.headers[name]), byteLength(migrated.body));
      continue;
    }
    const norm = name === 'vary' ? normalizeVary : (v: string | null) => v;
    check(`header ${name}`, norm(legacy.headers[name] ?? null), norm(migrated.headers[name] ?? null));
  }
  return out;
}

const byteLength = (body: string) => (body.startsWith('base64:') ? Buffer.from(body.slice(7), 'base64').length : Buffer.byteLength(body));

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** A compact, aligned table: request | field | legacy | migrated. */
export function formatMismatches(mismatches: Mismatch[]): string {
  const rows = [
    { request: 'request', field: 'field', legacy: 'legacy', migrated: 'migrated' },
    ...mismatches.map((m) => ({ ...m, legacy: clip(m.legacy, 90), migrated: clip(m.migrated, 90) })),
  ];
  const width = (key: keyof Mismatch) => Math.min(60, Math.max(...rows.map((r) => r[key].length)));
  const w = { request: width('request'), field: width('field'), legacy: width('legacy') };
  return rows
    .map((r) => [clip(r.request, 60).padEnd(w.request), r.field.padEnd(w.field), r.legacy.padEnd(w.legacy), r.migrated].join(' | '))
    .join('\n');
}
