// The helper module routeshift adds for routes that come from Express: what Express's `res` did that
// a Response does not do by itself (the charset it adds to text types, res.send's type sniffing,
// sendStatus's text, res.cookie's format and millisecond maxAge, res.redirect's negotiated body).
// Written once as `<app-dir>/_lib/express-api.ts`; each route imports the helpers it uses.

export const EXPRESS_RUNTIME_MODULE_NAME = '_lib/express-api';

export type ExpressHelper = 'expressCookie' | 'clearExpressCookie' | 'expressRedirect' | 'expressSend' | 'expressSendStatus' | 'expressType' | 'setExpressHeader';

const TS_SOURCE = `// Added by routeshift. Reproduces what Express's \`res\` did, so that route handlers migrated from
// Express answer exactly as before. Safe to edit; routeshift only adds it.
import { STATUS_CODES } from 'node:http';

// Express 4 (mime 1.x): the types res.type() names most, and the text types it gives a charset.
const TYPES: Record<string, string> = {
  bin: 'application/octet-stream',
  css: 'text/css',
  csv: 'text/csv',
  form: 'application/x-www-form-urlencoded',
  htm: 'text/html',
  html: 'text/html',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  js: 'application/javascript',
  json: 'application/json',
  md: 'text/markdown',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  text: 'text/plain',
  txt: 'text/plain',
  xml: 'application/xml',
};

function withCharset(type: string): string {
  if (/;\\s*charset\\s*=/i.test(type)) return type;
  const base = type.split(';')[0].trim().toLowerCase();
  return /^text\\/|^application\\/(javascript|json)/.test(base) ? \`\${type}; charset=utf-8\` : type;
}

/** \\\`res.set(name, value)\\\` / \\\`res.header\\\`: arrays send the header once each; Content-Type gains its charset. */
export function setExpressHeader(headers: Headers, name: string, value: unknown): void {
  headers.delete(name);
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  for (const v of values) headers.append(name, name.toLowerCase() === 'content-type' ? withCharset(v) : v);
}

/** \\\`res.type(t)\\\`: 'json' → application/json; charset=utf-8, 'text/csv' as given (with its charset). */
export function expressType(headers: Headers, type: string): void {
  const resolved = type.includes('/') ? type : (TYPES[type.replace(/^\\./, '').toLowerCase()] ?? 'application/octet-stream');
  setExpressHeader(headers, 'Content-Type', resolved);
}

/** A string body is written in UTF-8, and its type says so (Express's setCharset). */
function utf8(type: string): string {
  const [base, ...params] = type.split(';').map((p) => p.trim());
  return [base.toLowerCase(), ...params.filter((p) => !/^charset=/i.test(p)), 'charset=utf-8'].join('; ');
}

function bodyInit(init: ResponseInit, headers: Headers): ResponseInit {
  return { status: init.status ?? 200, headers };
}

/**
 * \\\`res.send(body)\\\`: a string goes out as text/html (unless a type was set), a Buffer as
 * application/octet-stream, an object or array as JSON, null as nothing. 204 and 304 carry no body.
 */
export function expressSend(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  const status = init.status ?? 200;
  if (body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
    return expressSend(JSON.stringify(body), { status, headers });
  }
  if (status === 204 || status === 304) {
    headers.delete('content-type');
    return new Response(null, bodyInit(init, headers));
  }
  if (body instanceof Uint8Array) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
    return new Response(new Uint8Array(body), bodyInit(init, headers));
  }
  // null and undefined send nothing, with no type (a Response given '' would claim text/plain)
  if (body === null || body === undefined) return new Response(body === null ? new Uint8Array() : null, bodyInit(init, headers));
  const text = String(body);
  headers.set('content-type', headers.has('content-type') ? utf8(headers.get('content-type')!) : 'text/html; charset=utf-8');
  return new Response(text, bodyInit(init, headers));
}

/** \\\`res.sendStatus(code)\\\`: the status's text as a plain-text body. */
export function expressSendStatus(status: number, headers?: Headers): Response {
  const init = new Headers(headers);
  init.set('content-type', 'text/plain; charset=utf-8');
  return expressSend(STATUS_CODES[status] ?? String(status), { status, headers: init });
}

export interface ExpressCookieOptions {
  maxAge?: number;
  expires?: Date;
  domain?: string;
  path?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: boolean | 'lax' | 'strict' | 'none' | 'Lax' | 'Strict' | 'None';
  partitioned?: boolean;
  priority?: 'low' | 'medium' | 'high';
  encode?: (value: string) => string;
}

/**
 * \\\`res.cookie(name, value, options)\\\`, written as Express writes it: an object value as \\\`j:\\\` + JSON,
 * maxAge in milliseconds (Max-Age in seconds, and Expires), Path / by default.
 */
export function expressCookie(headers: Headers, name: string, value: unknown, options: ExpressCookieOptions = {}): void {
  const opts = { ...options };
  const text = typeof value === 'object' ? 'j:' + JSON.stringify(value) : String(value);
  let maxAgeSeconds: number | undefined;
  if (opts.maxAge != null && !isNaN(opts.maxAge - 0)) {
    opts.expires = new Date(Date.now() + (opts.maxAge - 0));
    maxAgeSeconds = Math.floor((opts.maxAge - 0) / 1000);
  }
  let cookie = \`\${name}=\${(opts.encode ?? encodeURIComponent)(text)}\`;
  if (maxAgeSeconds !== undefined) cookie += \`; Max-Age=\${maxAgeSeconds}\`;
  if (opts.domain) cookie += \`; Domain=\${opts.domain}\`;
  cookie += \`; Path=\${opts.path ?? '/'}\`;
  if (opts.expires) cookie += \`; Expires=\${opts.expires.toUTCString()}\`;
  if (opts.httpOnly) cookie += '; HttpOnly';
  if (opts.secure) cookie += '; Secure';
  if (opts.partitioned) cookie += '; Partitioned';
  if (opts.priority) cookie += \`; Priority=\${opts.priority[0].toUpperCase()}\${opts.priority.slice(1).toLowerCase()}\`;
  if (opts.sameSite) {
    const same = opts.sameSite === true ? 'strict' : String(opts.sameSite).toLowerCase();
    cookie += \`; SameSite=\${same[0].toUpperCase()}\${same.slice(1)}\`;
  }
  headers.append('set-cookie', cookie);
}

/** \\\`res.clearCookie(name, options)\\\`: an empty value that expired in 1970, at Path / by default. */
export function clearExpressCookie(headers: Headers, name: string, options: ExpressCookieOptions = {}): void {
  expressCookie(headers, name, '', { expires: new Date(1), path: '/', ...options });
}

// encodeurl: encode what a URL may not hold, keep what is already encoded
function encodeUrl(url: string): string {
  return url
    .replace(/([\\uD800-\\uDBFF][\\uDC00-\\uDFFF])|[\\uD800-\\uDFFF]/g, (_, pair) => pair || '\\uFFFD')
    .replace(/(?:[^\\x21\\x23-\\x3B\\x3D\\x3F-\\x5F\\x61-\\x7A\\x7C\\x7E]+|%+(?![0-9A-Fa-f]{2})){1,1024}/g, encodeURI);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Which of text/plain and text/html the Accept header prefers (Express's res.format, text first on a tie). */
function preferredText(accept: string | null): 'text' | 'html' | undefined {
  if (!accept) return 'text';
  let best: { kind: 'text' | 'html'; q: number; specificity: number } | undefined;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const [type, subtype] = range.trim().toLowerCase().split('/');
    for (const kind of ['text', 'html'] as const) {
      const wanted = kind === 'text' ? 'plain' : 'html';
      const matches = (type === '*' && subtype === '*') || (type === 'text' && (subtype === '*' || subtype === wanted));
      if (!matches || !(q > 0)) continue;
      const specificity = type === '*' ? 0 : subtype === '*' ? 1 : 2;
      if (!best || q > best.q || (q === best.q && specificity > best.specificity)) best = { kind, q, specificity };
    }
  }
  return best?.kind;
}

/**
 * \\\`res.redirect([status,] url)\\\`: 302 by default, the Location encoded as Express encodes it, and the
 * short body Express negotiates from the Accept header (text, HTML, or none).
 */
export function expressRedirect(request: Request, url: string, status = 302, headers?: Headers): Response {
  const out = new Headers(headers);
  const location = encodeUrl(String(url));
  out.set('location', location);
  const kind = preferredText(request.headers.get('accept'));
  const reason = STATUS_CODES[status];
  const body = kind === 'text' ? \`\${reason}. Redirecting to \${location}\` : kind === 'html' ? \`<p>\${reason}. Redirecting to \${escapeHtml(location)}</p>\` : '';
  out.append('vary', 'Accept');
  if (kind) out.set('content-type', kind === 'text' ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
  // no acceptable type: an empty body without one (a Response given '' would claim text/plain)
  return new Response(request.method === 'HEAD' ? null : kind ? body : new Uint8Array(), { status, headers: out });
}
`;

/** Source of the Express helper module, for a TypeScript or JavaScript project. */
export function expressRuntimeSource(lang: 'ts' | 'js'): string {
  return lang === 'ts' ? TS_SOURCE : stripTypes(TS_SOURCE);
}

function stripTypes(source: string): string {
  return source
    .replace('const TYPES: Record<string, string> = {', 'const TYPES = {')
    .replace(/\(type: string\): string \{/g, '(type) {')
    .replace('(headers: Headers, name: string, value: unknown): void {', '(headers, name, value) {')
    .replace('(headers: Headers, type: string): void {', '(headers, type) {')
    .replace('(init: ResponseInit, headers: Headers): ResponseInit {', '(init, headers) {')
    .replace('(body: unknown, init: ResponseInit = {}): Response {', '(body, init = {}) {')
    .replace('(status: number, headers?: Headers): Response {', '(status, headers) {')
    .replace(/export interface ExpressCookieOptions \{[^}]*\}\n\n/, '')
    .replace('(headers: Headers, name: string, value: unknown, options: ExpressCookieOptions = {}): void {', '(headers, name, value, options = {}) {')
    .replace('let maxAgeSeconds: number | undefined;', 'let maxAgeSeconds;')
    .replace('(headers: Headers, name: string, options: ExpressCookieOptions = {}): void {', '(headers, name, options = {}) {')
    .replace('(url: string): string {', '(url) {')
    .replace('(text: string): string {', '(text) {')
    .replace("(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' })[c]!);", "(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' })[c]);")
    .replace("(accept: string | null): 'text' | 'html' | undefined {", '(accept) {')
    .replace("let best: { kind: 'text' | 'html'; q: number; specificity: number } | undefined;", 'let best;')
    .replace("for (const kind of ['text', 'html'] as const) {", "for (const kind of ['text', 'html']) {")
    .replace('(request: Request, url: string, status = 302, headers?: Headers): Response {', '(request, url, status = 302, headers) {')
    .replace("headers.get('content-type')!)", "headers.get('content-type'))")
    .replace('new Uint8Array(body), bodyInit', 'new Uint8Array(body), bodyInit');
}
