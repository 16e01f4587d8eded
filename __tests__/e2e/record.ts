// Sends the request list to one server, in order, and records what each answer looked like.

import type { E2ERequest, RecordedResponse } from './types';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBody(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return `base64:${Buffer.from(bytes).toString('base64')}`;
  }
}

function resolveLocation(value: string | null, requestUrl: string, origin: string): string | null {
  if (value === null) return null;
  const resolved = new URL(value, requestUrl).href;
  // The two servers listen on different ports: name the server's own origin instead of its port.
  return resolved.startsWith(origin + '/') ? '<origin>' + resolved.slice(origin.length) : resolved;
}

export async function recordOne(origin: string, req: E2ERequest): Promise<RecordedResponse> {
  const url = origin + req.path;
  try {
    const res = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    const body = decodeBody(new Uint8Array(await res.arrayBuffer()));
    const headers: Record<string, string | null> = {};
    for (const name of req.record ?? []) headers[name] = res.headers.get(name);
    return {
      status: res.status,
      contentType: res.headers.get('content-type'),
      body,
      location: resolveLocation(res.headers.get('location'), url, origin),
      setCookies: res.headers.getSetCookie(),
      headers,
    };
  } catch (err) {
    return { status: 0, contentType: null, body: '', location: null, setCookies: [], headers: {}, error: String(err) };
  }
}

/** Sequential on purpose: some routes keep state between requests (the audit log). */
export async function recordAll(origin: string, requests: E2ERequest[]): Promise<RecordedResponse[]> {
  const out: RecordedResponse[] = [];
  for (const req of requests) out.push(await recordOne(origin, req));
  return out;
}

export function describeRequest(req: E2ERequest): string {
  return `${req.method} ${req.path}`;
}
