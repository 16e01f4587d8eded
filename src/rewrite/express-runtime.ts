// The helper module routeshift adds for routes that come from Express: what Express's `res` did that
// a Response does not do by itself (the charset it adds to text types, res.send's type sniffing,
// sendStatus's text, res.cookie's format and millisecond maxAge, res.redirect's negotiated body), and
// what Express's `req` held that a Request does not (req.query as qs parses it, req.body as
// express.json and express.urlencoded parse it, req.cookies as cookie-parser parses them, req.hostname).
// Written once as `<app-dir>/_lib/express-api.ts`; each route imports the helpers it uses.

export const EXPRESS_RUNTIME_MODULE_NAME = '_lib/express-api';

export type ExpressHelper =
  | 'expressCookie'
  | 'clearExpressCookie'
  | 'expressRedirect'
  | 'expressSend'
  | 'expressJson'
  | 'expressSendStatus'
  | 'expressType'
  | 'expressLocation'
  | 'setExpressHeader'
  | 'expressQuery'
  | 'expressBody'
  | 'expressCookies'
  | 'expressHostname';

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
 * application/octet-stream, an object, array, number or boolean as JSON, null as nothing. 204 and 304
 * carry no body.
 */
export function expressSend(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  const status = init.status ?? 200;
  if ((body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) || typeof body === 'number' || typeof body === 'boolean') {
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

/** res.json(value): any value as JSON (a string, a number, null too), application/json with its charset. */
export function expressJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  // JSON.stringify(undefined) is undefined: no body, as Express sends none (with the type all the same)
  return expressSend(JSON.stringify(body), { status: init.status, headers });
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

/** Where res.location and res.redirect point: the URL encoded as Express encodes it; 'back' is the Referrer, or '/'. */
function locationOf(request: Request, url: unknown): string {
  const referrer = request.headers.get('referrer') || request.headers.get('referer');
  return encodeUrl(url === 'back' ? referrer || '/' : String(url));
}

/** res.location(url): the Location header, as Express writes it. */
export function expressLocation(request: Request, headers: Headers, url: unknown): void {
  setExpressHeader(headers, 'Location', locationOf(request, url));
}

/**
 * \\\`res.redirect([status,] url)\\\`: 302 by default, the Location encoded as Express encodes it ('back':
 * the Referrer), and the short body Express negotiates from the Accept header (text, HTML, or none).
 */
export function expressRedirect(request: Request, url: string, status = 302, headers?: Headers): Response {
  const out = new Headers(headers);
  const location = locationOf(request, url);
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

// What Express's `req` held. Written without template literals (String.raw keeps its escapes as they are).
const TS_REQUEST_SOURCE = String.raw`// ————— the request —————

const hasOwn = (value: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(value, key);

interface QsOptions {
  arrayLimit: number;
  depth: number;
  strictDepth: boolean;
}

// qs's decoder: '+' is a space; a malformed escape leaves the text as it was
function qsDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  if (spaced.indexOf('%') === -1) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

// 'a[b][0]' becomes 'a', '[b]', '[0]': at most depth bracket groups, the rest of the key one more segment
function qsSegments(key: string, options: QsOptions): string[] {
  const segments: string[] = [];
  let open = key.indexOf('[');
  const parent = open >= 0 ? key.slice(0, open) : key;
  if (parent) segments.push(parent);
  for (let collected = 0; open >= 0 && collected < options.depth; collected++) {
    let level = 1;
    let close = -1;
    for (let i = open + 1; i < key.length && close < 0; i++) {
      if (key[i] === '[') level++;
      else if (key[i] === ']' && --level === 0) close = i;
    }
    if (close < 0) {
      segments.push('[' + key.slice(open) + ']');
      return segments;
    }
    segments.push(key.slice(open, close + 1));
    open = key.indexOf('[', close + 1);
  }
  if (open >= 0) {
    if (options.strictDepth) throw new RangeError('Input depth exceeded depth option of ' + options.depth + ' and strictDepth is true');
    segments.push('[' + key.slice(open) + ']');
  }
  return segments;
}

// the segments and the value, nested: '[]' appends, '[n]' below arrayLimit is an array index
function qsNest(chain: string[], value: unknown, options: QsOptions): any {
  let leaf: any = value;
  for (let i = chain.length - 1; i >= 0; i--) {
    const root = chain[i];
    let node: any = {};
    if (root === '[]') node = [].concat(leaf);
    else {
      const clean = root[0] === '[' && root[root.length - 1] === ']' ? root.slice(1, -1) : root;
      const index = parseInt(clean, 10);
      if (!isNaN(index) && root !== clean && String(index) === clean && index >= 0 && index < options.arrayLimit) {
        node = [];
        node[index] = leaf;
      } else if (clean !== '__proto__') node[clean] = leaf;
    }
    leaf = node;
  }
  return leaf;
}

// qs's merge: objects merge key by key, arrays append, a value meeting an object makes a pair
function qsMerge(target: any, source: any): any {
  if (!source) return target;
  if (typeof source !== 'object') {
    if (!Array.isArray(target)) return [target, source];
    target.push(source);
    return target;
  }
  if (!target || typeof target !== 'object') return [target].concat(source);
  if (Array.isArray(target) && Array.isArray(source)) {
    for (let i = 0; i < source.length; i++) {
      if (!(i in source)) continue;
      const item = source[i];
      if (!hasOwn(target, i)) target[i] = item;
      else if (target[i] && typeof target[i] === 'object' && item && typeof item === 'object') target[i] = qsMerge(target[i], item);
      else target.push(item);
    }
    return target;
  }
  const into = Array.isArray(target) ? Object.assign({}, target) : target;
  for (const key of Object.keys(source)) into[key] = hasOwn(into, key) ? qsMerge(into[key], source[key]) : source[key];
  return into;
}

// arrays lose their holes ('a[1]=x' is ['x'])
function qsCompact(value: any): any {
  for (const key of Object.keys(value)) {
    if (value[key] && typeof value[key] === 'object') value[key] = qsCompact(value[key]);
  }
  if (!Array.isArray(value)) return value;
  const dense = [];
  for (const item of value) if (item !== undefined) dense.push(item);
  return dense;
}

// qs.parse (qs 6.16, as Express 4.22 installs it) for the options Express and body-parser give it
function parseQs(text: string, options: QsOptions): Record<string, any> {
  const flat = Object.create(null);
  for (const part of text.replace(/%5B/gi, '[').replace(/%5D/gi, ']').split('&', 1000)) {
    const bracketEquals = part.indexOf(']=');
    const at = bracketEquals === -1 ? part.indexOf('=') : bracketEquals + 1;
    const key = qsDecode(at === -1 ? part : part.slice(0, at));
    const value = at === -1 ? '' : qsDecode(part.slice(at + 1));
    flat[key] = !hasOwn(flat, key) ? value : Array.isArray(flat[key]) ? flat[key].concat(value) : [flat[key], value];
  }
  let result = {};
  for (const key of Object.keys(flat)) {
    if (key) result = qsMerge(result, qsNest(qsSegments(key, options), flat[key], options));
  }
  return qsCompact(result);
}

/**
 * req.query, as Express 4's query parser made it (qs, allowPrototypes, arrayLimit 1000):
 * 'a[b]=1' is { a: { b: '1' } }, 'a=1&a=2' and 'a[]=1&a[]=2' are { a: ['1', '2'] }, '+' is a space.
 */
export function expressQuery(request: Request): Record<string, any> {
  const url = request.url;
  const at = url.indexOf('?');
  const end = url.indexOf('#');
  return parseQs(at === -1 ? '' : url.slice(at + 1, end === -1 ? undefined : end), { arrayLimit: 1000, depth: 5, strictDepth: false });
}

// what body-parser's errors carry: the status it answered with, its type, expose
function bodyError(status: number, type: string, error: Error): Error {
  return Object.assign(error, { status, statusCode: status, expose: true, type });
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

const BODY_LIMIT = 102400;

// the body as text, within express.json's and express.urlencoded's limit (100kb), gzip and deflate inflated
async function bodyText(request: Request, body: ReadableStream, charset: string): Promise<string | Error> {
  const encoding = (request.headers.get('content-encoding') ?? 'identity').toLowerCase();
  const length = request.headers.get('content-length');
  const tooLarge = () => bodyError(413, 'entity.too.large', new Error('request entity too large'));
  if (encoding === 'identity' && length !== null && Number(length) > BODY_LIMIT) return tooLarge();
  let decoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return bodyError(415, 'charset.unsupported', new Error('unsupported charset "' + charset.toUpperCase() + '"'));
  }
  let stream = body;
  if (encoding === 'gzip' || encoding === 'deflate') stream = stream.pipeThrough(new DecompressionStream(encoding));
  else if (encoding !== 'identity') return bodyError(415, 'encoding.unsupported', new Error('unsupported content encoding "' + encoding + '"'));
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > BODY_LIMIT) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
}

// express.json: '{…}' or '[…]' only (strict), '' is {}; its SyntaxError keeps JSON.parse's message
function parseJsonBody(text: string): any {
  if (text.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/.exec(text)?.[1];
  try {
    if (first !== '{' && first !== '[') {
      // body-parser's strict error: JSON.parse's message for the text from that character on
      const index = first === undefined ? -1 : text.indexOf(first);
      const partial = index === -1 ? '' : text.substring(0, index) + '#'.repeat(text.length - index);
      try {
        JSON.parse(partial);
      } catch (error) {
        const message = String((error as Error).message).replace(/#+/g, (hashes) => text.substring(index, index + hashes.length));
        throw new SyntaxError(message);
      }
    }
    return JSON.parse(text);
  } catch (error) {
    return Object.assign(bodyError(400, 'entity.parse.failed', error as Error), { body: text });
  }
}

// express.urlencoded({ extended: true }): qs with at most 1000 parameters and 32 levels
function parseFormBody(text: string): any {
  if (text.length === 0) return {};
  const count = text.split('&').length;
  if (count > 1000) return bodyError(413, 'parameters.too.many', new Error('too many parameters'));
  try {
    return parseQs(text, { arrayLimit: Math.max(100, count), depth: 32, strictDepth: true });
  } catch (error) {
    if (error instanceof RangeError) return bodyError(400, 'querystring.parse.rangeError', new Error('The input exceeded the depth'));
    throw error;
  }
}

/**
 * req.body, as express.json() and express.urlencoded({ extended: true }) made it: JSON for
 * application/json, qs for application/x-www-form-urlencoded, {} for anything else or no body.
 * A body they refused (malformed JSON 400, over 100kb 413, an unsupported charset 415) comes back
 * as the Error they passed on, with its status, statusCode, type and expose, for the route to throw.
 */
export function expressBody(request: Request): Promise<any> {
  let body = bodies.get(request);
  if (!body) bodies.set(request, (body = readBody(request)));
  return body;
}

// read once per request: a route and the functions it hands the request to share one body
const bodies = new WeakMap<Request, Promise<any>>();

async function readBody(request: Request): Promise<any> {
  const contentType = request.headers.get('content-type');
  const type = mediaType(contentType);
  const json = type === 'application/json';
  if (!request.body || (!json && type !== 'application/x-www-form-urlencoded')) return {};
  const charset = charsetOf(contentType) ?? 'utf-8';
  if (json ? charset.slice(0, 4) !== 'utf-' : charset !== 'utf-8') {
    return bodyError(415, 'charset.unsupported', new Error('unsupported charset "' + charset.toUpperCase() + '"'));
  }
  const text = await bodyText(request, request.body, charset);
  if (text instanceof Error) return text;
  return json ? parseJsonBody(text) : parseFormBody(text);
}

// cookie's parse (0.7): the first of a name wins, quotes come off, values are URI-decoded when they can be
function parseCookieHeader(header: string): Record<string, any> {
  const cookies: Record<string, any> = {};
  const blank = (at: number) => header[at] === ' ' || header[at] === '\t';
  for (let index = 0; index < header.length; ) {
    const eq = header.indexOf('=', index);
    if (eq === -1) break;
    let end = header.indexOf(';', index);
    if (end === -1) end = header.length;
    else if (eq > end) {
      index = header.lastIndexOf(';', eq - 1) + 1;
      continue;
    }
    let keyStart = index;
    while (keyStart < eq && blank(keyStart)) keyStart++;
    let keyEnd = eq;
    while (keyEnd > keyStart && blank(keyEnd - 1)) keyEnd--;
    const key = header.slice(keyStart, keyEnd);
    if (!hasOwn(cookies, key)) {
      let valueStart = eq + 1;
      while (valueStart < end && blank(valueStart)) valueStart++;
      let valueEnd = end;
      while (valueEnd > valueStart && blank(valueEnd - 1)) valueEnd--;
      if (header[valueStart] === '"' && header[valueEnd - 1] === '"') {
        valueStart++;
        valueEnd--;
      }
      const value = header.slice(valueStart, valueEnd);
      try {
        cookies[key] = value.indexOf('%') === -1 ? value : decodeURIComponent(value);
      } catch {
        cookies[key] = value;
      }
    }
    index = end + 1;
  }
  return cookies;
}

/** req.cookies, as cookie-parser (without a secret) made them: URI-decoded, 'j:' values parsed as JSON. */
export function expressCookies(request: Request): Record<string, any> {
  const header = request.headers.get('cookie');
  if (!header || header.length < 2) return {};
  const cookies = parseCookieHeader(header);
  for (const key of Object.keys(cookies)) {
    const value = cookies[key];
    if (typeof value !== 'string' || value.slice(0, 2) !== 'j:') continue;
    try {
      const parsed = JSON.parse(value.slice(2));
      if (parsed) cookies[key] = parsed;
    } catch {
      // not JSON: the text stays
    }
  }
  return cookies;
}

/** req.hostname: the Host header without its port (no trusted proxy: X-Forwarded-Host is not read). */
export function expressHostname(request: Request): string | undefined {
  const host = request.headers.get('host');
  if (!host) return undefined;
  const offset = host[0] === '[' ? host.indexOf(']') + 1 : 0;
  const colon = host.indexOf(':', offset);
  return colon === -1 ? host : host.substring(0, colon);
}
`;

/** Source of the Express helper module, for a TypeScript or JavaScript project. */
export function expressRuntimeSource(lang: 'ts' | 'js'): string {
  return lang === 'ts' ? `${TS_SOURCE}\n${TS_REQUEST_SOURCE}` : `${stripTypes(TS_SOURCE)}\n${stripRequestTypes(TS_REQUEST_SOURCE)}`;
}

function stripTypes(source: string): string {
  return source
    .replace('const TYPES: Record<string, string> = {', 'const TYPES = {')
    .replace(/\(type: string\): string \{/g, '(type) {')
    .replace('(headers: Headers, name: string, value: unknown): void {', '(headers, name, value) {')
    .replace('(headers: Headers, type: string): void {', '(headers, type) {')
    .replace('(init: ResponseInit, headers: Headers): ResponseInit {', '(init, headers) {')
    .replace('(body: unknown, init: ResponseInit = {}): Response {', '(body, init = {}) {')
    .replace('(body: unknown, init: ResponseInit = {}): Response {', '(body, init = {}) {')
    .replace('(request: Request, url: unknown): string {', '(request, url) {')
    .replace('(request: Request, headers: Headers, url: unknown): void {', '(request, headers, url) {')
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

/**
 * The request section without its types. It is written so that its types stand only in function
 * signatures, `const x: T =` / `let x: T =` declarations, `as Error` casts, a WeakMap, an interface and two arrows.
 */
function stripRequestTypes(source: string): string {
  const withoutTypes = (params: string) => splitParams(params).map((p) => p.replace(/^(\w+)\??: .*?( = .*)?$/, '$1$2')).join(', ');
  return source
    .replace(/\ninterface \w+ \{[^}]*\}\n/g, '\n')
    .replace(/^((?:export )?(?:async )?function \w+)\((.*)\)(?:: [^{]+)? \{$/gm, (_m, head: string, params: string) => `${head}(${withoutTypes(params)}) {`)
    .replace(/^(\s*(?:const|let) \w+): [^=]+ = /gm, '$1 = ')
    .replace(/ as Error\b/g, '')
    .replace('new WeakMap<Request, Promise<any>>()', 'new WeakMap()')
    .replace(/\((\w+): \w+(?:, (\w+): \w+)*\)(?:: \w+)? =>/g, (m) => m.replace(/: \w+/g, ''));
}

/** 'a: string, b: Record<string, any>' → ['a: string', 'b: Record<string, any>'] (commas inside brackets kept). */
function splitParams(params: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of params) {
    if (c === '<' || c === '(' || c === '{') depth++;
    if (c === '>' || c === ')' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
