// The helper module routeshift adds for routes that come from Express: what Express's `res` did that
// a Response does not do by itself (the charset it adds to text types, res.send's type sniffing,
// sendStatus's text, res.send's ETag, res.cookie's format and millisecond maxAge, res.redirect's
// negotiated body, res.attachment's Content-Disposition, res.sendFile and res.download as the send
// module served files: ranges, conditional GET, its headers and errors), and what Express's `req` held that a Request does not (req.query as qs parses it, req.body as
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
  | 'expressHostname'
  | 'expressAttachment'
  | 'expressSendFile'
  | 'expressDownload';

const TS_SOURCE = `// Added by routeshift. Reproduces what Express's \`res\` did, so that route handlers migrated from
// Express answer exactly as before. Safe to edit; routeshift only adds it.
import { createHash } from 'node:crypto';
import { promises as fsPromises, Stats } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import * as nodePath from 'node:path';

// Express 4 (mime 1.x): the extensions res.type(), res.attachment and res.sendFile meet most, with
// mime 1.6's types (anything else is application/octet-stream, as for an extension mime does not know).
const TYPES: Record<string, string> = {
  '7z': 'application/x-7z-compressed', aac: 'audio/x-aac', appcache: 'text/cache-manifest',
  atom: 'application/atom+xml', avi: 'video/x-msvideo', bin: 'application/octet-stream', bmp: 'image/bmp',
  conf: 'text/plain', css: 'text/css', csv: 'text/csv', doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eot: 'application/vnd.ms-fontobject', epub: 'application/epub+zip', flac: 'audio/x-flac', gif: 'image/gif',
  gz: 'application/gzip', htm: 'text/html', html: 'text/html', ico: 'image/x-icon', ics: 'text/calendar',
  ini: 'text/plain', jar: 'application/java-archive', jpeg: 'image/jpeg', jpg: 'image/jpeg',
  js: 'application/javascript', json: 'application/json', jsonld: 'application/ld+json', jsx: 'text/jsx',
  log: 'text/plain', m4a: 'audio/mp4', manifest: 'text/cache-manifest', map: 'application/json',
  markdown: 'text/markdown', md: 'text/markdown', mid: 'audio/midi', midi: 'audio/midi',
  mjs: 'application/javascript', mov: 'video/quicktime', mp3: 'audio/mpeg', mp4: 'video/mp4', mpeg: 'video/mpeg',
  mpg: 'video/mpeg', odp: 'application/vnd.oasis.opendocument.presentation',
  ods: 'application/vnd.oasis.opendocument.spreadsheet', odt: 'application/vnd.oasis.opendocument.text',
  oga: 'audio/ogg', ogg: 'audio/ogg', ogv: 'video/ogg', otf: 'font/otf', pdf: 'application/pdf', png: 'image/png',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  rar: 'application/x-rar-compressed', rss: 'application/rss+xml', rtf: 'application/rtf', sh: 'application/x-sh',
  svg: 'image/svg+xml', svgz: 'image/svg+xml', swf: 'application/x-shockwave-flash', tar: 'application/x-tar',
  text: 'text/plain', tif: 'image/tiff', tiff: 'image/tiff', ts: 'video/mp2t', tsv: 'text/tab-separated-values',
  ttf: 'font/ttf', txt: 'text/plain', vtt: 'text/vtt', wasm: 'application/wasm', wav: 'audio/wav',
  weba: 'audio/webm', webm: 'video/webm', webmanifest: 'application/manifest+json', webp: 'image/webp',
  woff: 'font/woff', woff2: 'font/woff2', xhtml: 'application/xhtml+xml', xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xml: 'application/xml',
  yaml: 'text/yaml', yml: 'text/yaml', zip: 'application/zip',
};

/** mime 1.x's lookup: the text after the last '.', '/' or '\\', lower-cased, in the table. */
function mimeLookup(name: string): string {
  const ext = name.replace(/^.*[./\\\\]/, '').toLowerCase();
  return Object.prototype.hasOwnProperty.call(TYPES, ext) ? TYPES[ext] : 'application/octet-stream';
}

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
  const resolved = type.includes('/') ? type : mimeLookup(type);
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

/** Express's ETag for what res.send writes (the etag package, weak): the length in hex and the SHA-1, base64, cut at 27. */
function weakETag(chunk: string | Uint8Array): string {
  const hash = createHash('sha1').update(chunk).digest('base64').substring(0, 27);
  return 'W/"' + Buffer.byteLength(chunk).toString(16) + '-' + hash + '"';
}

/**
 * \\\`res.send(body)\\\`: a string goes out as text/html (unless a type was set), a Buffer as
 * application/octet-stream, an object, array, number or boolean as JSON, null as an empty body. Every
 * body gets Express's ETag unless one was set. 204 and 304 carry no body (nor type), 205 no body.
 */
export function expressSend(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  const status = init.status ?? 200;
  if ((body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) || typeof body === 'number' || typeof body === 'boolean') {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
    return expressSend(JSON.stringify(body), { status, headers });
  }
  // what Express writes: a Buffer as it is, a string in UTF-8 (and its type says so), null as '', undefined as nothing
  const chunk = body === null ? '' : body instanceof Uint8Array || body === undefined ? body : String(body);
  if (typeof chunk === 'string') {
    const type = headers.get('content-type');
    if (type !== null) headers.set('content-type', utf8(type));
    else if (body !== null) headers.set('content-type', 'text/html; charset=utf-8');
  } else if (chunk !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
  // computed on the body before 204 and 304 drop it, as Express does
  if (chunk !== undefined && !headers.has('etag')) headers.set('etag', weakETag(chunk));
  if (status === 204 || status === 304) {
    headers.delete('content-type');
    return new Response(null, bodyInit(init, headers));
  }
  // 205 and undefined send nothing; an empty body stays without a type (a Response given '' would claim text/plain)
  if (status === 205 || chunk === undefined) return new Response(null, bodyInit(init, headers));
  return new Response(typeof chunk !== 'string' ? new Uint8Array(chunk) : chunk === '' ? new Uint8Array() : chunk, bodyInit(init, headers));
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

// What Express's res.attachment, res.sendFile and res.download did (content-disposition 0.5, send 0.19
// with etag, fresh and range-parser, as Express 4.22 installs them). Written without template literals.
const TS_FILE_SOURCE = String.raw`// ————— files —————

// content-disposition: the base name, quoted when it is printable ISO-8859-1 (or as that with '?' for
// the rest), and also as filename* (UTF-8, percent-encoded) when it is not, or when it holds a %XX
function contentDisposition(filename: unknown): string {
  if (filename === undefined) return 'attachment';
  if (typeof filename !== 'string') throw new TypeError('filename must be a string');
  const name = nodePath.basename(filename);
  const quotable = /^[\x20-\x7e\x80-\xff]+$/.test(name);
  const fallback = name.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
  let header = 'attachment';
  if (quotable || fallback !== name) header += '; filename="' + fallback.replace(/([\\"])/g, '\\$1') + '"';
  if (fallback !== name || !quotable || /%[0-9A-Fa-f]{2}/.test(name)) {
    const encoded = encodeURIComponent(name).replace(/[\x00-\x20"'()*,/:;<=>?@[\\\]{}\x7f]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    header += "; filename*=UTF-8''" + encoded;
  }
  return header;
}

/**
 * res.attachment([filename]): Content-Disposition as Express writes it ('attachment; filename="items.csv"',
 * a name beyond ISO-8859-1 also as filename*), and the type of the name's extension (as res.type).
 */
export function expressAttachment(headers: Headers, filename?: string): void {
  if (filename) expressType(headers, nodePath.extname(filename));
  headers.set('Content-Disposition', contentDisposition(filename));
}

/** The options of res.sendFile and res.download that send reads. */
interface SendFileOptions {
  root?: string;
  headers?: Record<string, unknown>;
  maxAge?: number | string;
  maxage?: number | string;
  cacheControl?: boolean;
  immutable?: boolean;
  lastModified?: boolean;
  etag?: boolean;
  acceptRanges?: boolean;
  dotfiles?: 'allow' | 'deny' | 'ignore';
  hidden?: boolean;
  index?: string | string[] | boolean;
  extensions?: string | string[] | boolean;
  start?: number;
  end?: number;
  [option: string]: unknown;
}

interface ByteRange {
  start: number;
  end: number;
}

// a path with '..' for a segment
const UP_PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)/;

// ms: '1d', '2 hours', '500ms', '1.5y'
const MS_UNITS: Record<string, number> = { y: 31557600000, w: 604800000, d: 86400000, h: 3600000, m: 60000, s: 1000 };

function parseMs(text: string): number {
  const match = text.length > 100 ? null : /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(text);
  if (!match) return NaN;
  const unit = (match[2] || 'ms').toLowerCase();
  return parseFloat(match[1]) * (unit.startsWith('ms') || unit.startsWith('milli') ? 1 : MS_UNITS[unit[0]]);
}

// send's max-age: milliseconds, or an ms string; at most a year
function maxAgeOf(options: SendFileOptions): number {
  const given = options.maxAge || options.maxage;
  const ms = typeof given === 'string' ? parseMs(given) : Number(given);
  return isNaN(ms) ? 0 : Math.min(Math.max(0, ms), 31536000000);
}

function optionList(value: unknown, name: string): string[] {
  const list: string[] = [];
  for (const item of Array.isArray(value) ? value : value ? [value] : []) {
    if (typeof item !== 'string') throw new TypeError(name + ' must be array of strings or false');
    list.push(item);
  }
  return list;
}

// Express's own test: '/…', 'C:\…' or 'C:/…', '\\…'
function isAbsolutePath(file: string): boolean {
  return file[0] === '/' || (file[1] === ':' && (file[2] === '\\' || file[2] === '/')) || file.substring(0, 2) === '\\\\';
}

// what send hands to next(err): an http-errors error for its own refusals, the file system's error
// (with the status it stands for) when a stat or an open failed
function sendError(status: number, cause?: Error, headers?: Record<string, string>): Error {
  const message = STATUS_CODES[status] ?? String(status);
  const error: any = cause ?? new Error(message);
  if (!cause) error.name = message.split(' ').map((word) => word.slice(0, 1).toUpperCase() + word.slice(1)).join('').replace(/[^ _0-9a-z]/gi, '') + 'Error';
  error.status = error.statusCode = status;
  error.expose = !cause && status < 500;
  if (headers) error.headers = headers;
  return error;
}

function statError(error: NodeJS.ErrnoException): Error {
  return sendError(error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ENAMETOOLONG' ? 404 : 500, error);
}

function statOf(file: string): Promise<Stats | NodeJS.ErrnoException> {
  return fsPromises.stat(file).catch((error) => error);
}

function httpDate(value: string | null): number {
  return value ? Date.parse(value) : NaN;
}

// 'W/"a", "b"' → ['W/"a"', '"b"']
function tokenList(text: string): string[] {
  return text.split(',').map((token) => token.replace(/^ +| +$/g, '')).filter((token) => token !== '');
}

function matchesETag(list: string, etag: string): boolean {
  return tokenList(list).some((token) => token === etag || token === 'W/' + etag || 'W/' + token === etag);
}

// fresh: the client's copy (If-None-Match, If-Modified-Since) is the file's, unless it asks for no-cache
function isFresh(request: Request, headers: Headers): boolean {
  const modifiedSince = request.headers.get('if-modified-since');
  const noneMatch = request.headers.get('if-none-match');
  if (!modifiedSince && !noneMatch) return false;
  const cacheControl = request.headers.get('cache-control');
  if (cacheControl && /(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(cacheControl)) return false;
  if (noneMatch && noneMatch !== '*') {
    const etag = headers.get('etag');
    if (!etag || !matchesETag(noneMatch, etag)) return false;
  }
  if (modifiedSince) {
    const lastModified = headers.get('last-modified');
    if (!lastModified || !(httpDate(lastModified) <= httpDate(modifiedSince))) return false;
  }
  return true;
}

// If-Match, or else If-Unmodified-Since, that the file does not meet
function preconditionFails(request: Request, headers: Headers): boolean {
  const match = request.headers.get('if-match');
  if (match) {
    const etag = headers.get('etag');
    return !etag || (match !== '*' && !matchesETag(match, etag));
  }
  const unmodifiedSince = httpDate(request.headers.get('if-unmodified-since'));
  if (isNaN(unmodifiedSince)) return false;
  const lastModified = httpDate(headers.get('last-modified'));
  return isNaN(lastModified) || lastModified > unmodifiedSince;
}

// If-Range: an ETag the file still has, or a date it has not been modified since
function isRangeFresh(request: Request, headers: Headers): boolean {
  const ifRange = request.headers.get('if-range');
  if (!ifRange) return true;
  if (ifRange.indexOf('"') !== -1) {
    const etag = headers.get('etag');
    return Boolean(etag && ifRange.indexOf(etag) !== -1);
  }
  return httpDate(headers.get('last-modified')) <= httpDate(ifRange);
}

// range-parser with combine: the satisfiable ranges, overlapping and adjacent ones merged; -1 when none is
function parseRange(size: number, header: string): ByteRange[] | -1 {
  const ranges: ByteRange[] = [];
  for (const part of header.slice(header.indexOf('=') + 1).split(',')) {
    const bounds = part.split('-');
    let start = parseInt(bounds[0], 10);
    let end = parseInt(bounds[1], 10);
    if (isNaN(start)) {
      start = size - end;
      end = size - 1;
    } else if (isNaN(end)) end = size - 1;
    if (end > size - 1) end = size - 1;
    if (isNaN(start) || isNaN(end) || start > end || start < 0) continue;
    ranges.push({ start, end });
  }
  if (ranges.length === 0) return -1;
  ranges.sort((a, b) => a.start - b.start);
  const combined = [ranges[0]];
  for (const range of ranges.slice(1)) {
    const last = combined[combined.length - 1];
    if (range.start > last.end + 1) combined.push(range);
    else if (range.end > last.end) last.end = range.end;
  }
  return combined;
}

// the opened file from start to end (inclusive), read as the answer is read; closed when read or cancelled
function fileStream(handle: fsPromises.FileHandle, start: number, end: number): ReadableStream<Uint8Array> {
  const chunks = handle.createReadStream({ start, end })[Symbol.asyncIterator]();
  return new ReadableStream(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * res.sendFile(path[, options]), as Express serves it through send: the file streamed, its type from
 * its extension (a text type with '; charset=UTF-8'), Accept-Ranges, Cache-Control (public, max-age=0
 * unless options.maxAge says), Last-Modified, a weak ETag of its size and mtime, Content-Length; one
 * byte Range as 206 (several that do not merge: the whole file); a fresh conditional GET as 304; HEAD
 * without a body. Headers set before (and options.headers) stand over send's own.
 * What Express handed to next(err) is thrown, for the app's error handler: a missing file is the stat
 * error (ENOENT) with status 404, an unsatisfiable Range a 416 (with its Content-Range), a failed
 * If-Match a 412, a '..' segment a 403; a directory is an EISDIR error with status 404 (Express went on
 * to the next route). A relative path without options.root throws at once, as Express did.
 */
export function expressSendFile(request: Request, filePath: string, options?: SendFileOptions | null, init: ResponseInit = {}): Promise<Response> {
  if (!filePath) throw new TypeError('path argument is required to res.sendFile');
  if (typeof filePath !== 'string') throw new TypeError('path must be a string to res.sendFile');
  if (typeof options === 'function') throw new TypeError('res.sendFile with a callback is not migrated');
  const opts = options || {};
  if (!opts.root && !isAbsolutePath(filePath)) throw new TypeError('path must be absolute or specify root to res.sendFile');
  encodeURI(filePath);
  if (opts.dotfiles !== undefined && opts.dotfiles !== 'allow' && opts.dotfiles !== 'deny' && opts.dotfiles !== 'ignore') {
    throw new TypeError('dotfiles option must be "allow", "deny", or "ignore"');
  }
  const extensions = opts.extensions !== undefined ? optionList(opts.extensions, 'extensions option') : [];
  const index = opts.index !== undefined ? optionList(opts.index, 'index option') : ['index.html'];
  return serveFile(request, filePath, opts, extensions, index, new Headers(init.headers), init.status ?? 200);
}

async function serveFile(request: Request, filePath: string, options: SendFileOptions, extensions: string[], index: string[], headers: Headers, status: number): Promise<Response> {
  if (filePath.indexOf('\0') !== -1) throw sendError(400);
  const root = options.root ? nodePath.resolve(options.root) : null;
  const relative = root !== null && filePath ? nodePath.normalize('.' + nodePath.sep + filePath) : filePath;
  if (UP_PATH.test(relative)) throw sendError(403);
  const parts = root !== null ? relative.split(nodePath.sep) : nodePath.normalize(relative).split(nodePath.sep);
  const file = root !== null ? nodePath.normalize(nodePath.join(root, relative)) : nodePath.resolve(relative);
  // dot files: by default a name starting with '.' is not found, a dot folder on the way is served
  if (parts.some((part) => part.length > 1 && part[0] === '.')) {
    const hidden = parts[parts.length - 1][0] === '.' ? (options.hidden ? 'allow' : 'ignore') : 'allow';
    const access = options.dotfiles === undefined ? hidden : options.dotfiles;
    if (access === 'deny') throw sendError(403);
    if (access !== 'allow') throw sendError(404);
  }
  // 'dir/': its index.html (options.index)
  if (index.length && filePath[filePath.length - 1] === '/') return serveFirst(request, index.map((name) => nodePath.join(file, name)), undefined, options, headers, status);
  const found = await statOf(file);
  if (!(found instanceof Stats)) {
    // no extension: the names with options.extensions, in turn
    if (found.code === 'ENOENT' && !nodePath.extname(file) && file[file.length - 1] !== nodePath.sep) return serveFirst(request, extensions.map((ext) => file + '.' + ext), found, options, headers, status);
    throw statError(found);
  }
  if (found.isDirectory()) throw Object.assign(new Error('EISDIR, read'), { code: 'EISDIR', status: 404, statusCode: 404, expose: false });
  return sendStat(request, file, found, options, headers, status);
}

// the first of the candidates that is a file; else the last failure (none: a folder) as send reports it
async function serveFirst(request: Request, candidates: string[], failure: NodeJS.ErrnoException | undefined, options: SendFileOptions, headers: Headers, status: number): Promise<Response> {
  let last = failure;
  for (const candidate of candidates) {
    const found = await statOf(candidate);
    if (!(found instanceof Stats)) last = found;
    else if (found.isDirectory()) last = undefined;
    else return sendStat(request, candidate, found, options, headers, status);
  }
  throw last ? statError(last) : sendError(404);
}

async function sendStat(request: Request, file: string, stat: Stats, options: SendFileOptions, headers: Headers, status: number): Promise<Response> {
  // options.headers (res.download's Content-Disposition) as Node's setHeader sets them, over earlier ones
  const given = options.headers || {};
  for (const name of Object.keys(given)) {
    const value = given[name];
    headers.delete(name);
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
  }
  const acceptRanges = options.acceptRanges !== undefined ? Boolean(options.acceptRanges) : true;
  if (acceptRanges && !headers.get('accept-ranges')) headers.set('Accept-Ranges', 'bytes');
  if ((options.cacheControl !== undefined ? Boolean(options.cacheControl) : true) && !headers.get('cache-control')) {
    headers.set('Cache-Control', 'public, max-age=' + Math.floor(maxAgeOf(options) / 1000) + (options.immutable ? ', immutable' : ''));
  }
  if ((options.lastModified !== undefined ? Boolean(options.lastModified) : true) && !headers.get('last-modified')) headers.set('Last-Modified', stat.mtime.toUTCString());
  if ((options.etag !== undefined ? Boolean(options.etag) : true) && !headers.get('etag')) {
    headers.set('ETag', 'W/"' + stat.size.toString(16) + '-' + stat.mtime.getTime().toString(16) + '"');
  }
  if (!headers.get('content-type')) {
    const type = mimeLookup(file);
    headers.set('Content-Type', /^text\/|^application\/(javascript|json)/.test(type) ? type + '; charset=UTF-8' : type);
  }
  // conditional GET
  const conditional = ['if-match', 'if-unmodified-since', 'if-none-match', 'if-modified-since'].some((name) => request.headers.get(name));
  if (conditional && preconditionFails(request, headers)) throw sendError(412);
  if (conditional && ((status >= 200 && status < 300) || status === 304) && isFresh(request, headers)) {
    for (const name of ['Content-Encoding', 'Content-Language', 'Content-Length', 'Content-Range', 'Content-Type']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  // the bytes to send: options.start and options.end, then one Range
  let offset = options.start || 0;
  let length = Math.max(0, stat.size - offset);
  if (options.end !== undefined && length > options.end - offset + 1) length = options.end - offset + 1;
  const rangeHeader = request.headers.get('range');
  if (acceptRanges && rangeHeader !== null && /^ *bytes=/.test(rangeHeader)) {
    const ranges = parseRange(length, rangeHeader);
    const fresh = isRangeFresh(request, headers);
    if (ranges === -1 && fresh) {
      headers.set('Content-Range', 'bytes */' + length);
      throw sendError(416, undefined, { 'Content-Range': 'bytes */' + length });
    }
    if (ranges !== -1 && fresh && ranges.length === 1) {
      status = 206;
      headers.set('Content-Range', 'bytes ' + ranges[0].start + '-' + ranges[0].end + '/' + length);
      offset += ranges[0].start;
      length = ranges[0].end - ranges[0].start + 1;
    }
  }
  headers.set('Content-Length', String(length));
  if (request.method === 'HEAD' || status === 204 || status === 205 || status === 304) return new Response(null, { status, headers });
  const handle = await fsPromises.open(file, 'r').catch((error) => {
    throw statError(error);
  });
  return new Response(fileStream(handle, offset, Math.max(offset, offset + length - 1)), { status, headers });
}

/**
 * res.download(path[, filename][, options]): res.sendFile with Content-Disposition: attachment and the
 * name given (or the file's own), over any Content-Disposition in options.headers; a relative path is
 * resolved against the working directory, as Express did, unless options.root is given.
 */
export function expressDownload(request: Request, filePath: string, filename?: string | SendFileOptions | null, options?: SendFileOptions | null, init: ResponseInit = {}): Promise<Response> {
  if (typeof filename === 'function' || typeof options === 'function') throw new TypeError('res.download with a callback is not migrated');
  let name: unknown = filename;
  let opts: SendFileOptions | null = options || null;
  if (typeof filename === 'object' && options === undefined) {
    name = null;
    opts = filename;
  }
  const headers: Record<string, unknown> = { 'Content-Disposition': contentDisposition(name || filePath) };
  if (opts && opts.headers) {
    for (const key of Object.keys(opts.headers)) if (key.toLowerCase() !== 'content-disposition') headers[key] = opts.headers[key];
  }
  const merged: SendFileOptions = Object.create(opts);
  merged.headers = headers;
  return expressSendFile(request, !merged.root ? nodePath.resolve(filePath) : filePath, merged, init);
}
`;

/** Source of the Express helper module, for a TypeScript or JavaScript project. */
export function expressRuntimeSource(lang: 'ts' | 'js'): string {
  if (lang === 'ts') return `${TS_SOURCE}\n${TS_REQUEST_SOURCE}\n${TS_FILE_SOURCE}`;
  return `${stripTypes(TS_SOURCE)}\n${stripRequestTypes(TS_REQUEST_SOURCE)}\n${stripRequestTypes(TS_FILE_SOURCE)}`;
}

function stripTypes(source: string): string {
  return source
    .replace('const TYPES: Record<string, string> = {', 'const TYPES = {')
    .replace(/\(type: string\): string \{/g, '(type) {')
    .replace('(headers: Headers, name: string, value: unknown): void {', '(headers, name, value) {')
    .replace('(headers: Headers, type: string): void {', '(headers, type) {')
    .replace('(init: ResponseInit, headers: Headers): ResponseInit {', '(init, headers) {')
    .replace('(name: string): string {', '(name) {')
    .replace('(chunk: string | Uint8Array): string {', '(chunk) {')
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
    .replace('new Uint8Array(body), bodyInit', 'new Uint8Array(body), bodyInit');
}

/**
 * The request and file sections without their types. They are written so that their types stand only in
 * function signatures (each on one line), `const x: T =` / `let x: T =` declarations, `as Error` casts, a
 * WeakMap, interfaces (without braces inside) and two arrows.
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
