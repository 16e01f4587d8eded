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

const hasCode = (row: ReportRow | undefined, code: string) => !!row?.diagnostics?.some((d) => d.code === code);

export function compareOne(req: E2ERequest, legacy: RecordedResponse, migrated: RecordedResponse, row: ReportRow | undefined): Mismatch[] {
  const out: Mismatch[] = [];
  const request = describeRequest(req);
  const check = (field: string, a: unknown, b: unknown) => {
    const left = JSON.stringify(a) ?? 'undefined';
    const right = JSON.stringify(b) ?? 'undefined';
    if (left !== right) out.push({ request, field, legacy: left, migrated: right });
  };

  check('error', legacy.error, migrated.error);
  check('status', legacy.status, migrated.status);

  // (d) A method the migrated route does not export: the legacy handler answered through its own
  // fallback (usually 405 with Allow and a body), Next answers 405 with an empty body. Only the
  // status is compared, only for requests marked unsupportedMethod, only when the report row says RS501
  // (fallback dropped) or RS502 (shared handler exported only under the methods it tests for).
  if (req.unsupportedMethod && (hasCode(row, 'RS501') || hasCode(row, 'RS502'))) return out;

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
  check('set-cookie', legacy.setCookies, migrated.setCookies);
  for (const name of req.record ?? []) check(`header ${name}`, legacy.headers[name], migrated.headers[name]);
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
