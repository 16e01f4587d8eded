// The one helper module routeshift adds to a project: what pages/api did for every request
// (body parsing, the merged req.query, res.send's type sniffing) that route handlers do not do.
// A route imports only the helpers it needs; the module is written once and never changes.

export const RUNTIME_MODULE_NAME = '_lib/legacy-api';

/** The helpers a rewritten route can import from the module. */
export type RuntimeHelper = 'RouteHandler' | 'legacyBody' | 'legacyIncoming' | 'legacyQuery' | 'legacyResponseHeaders' | 'legacyRevalidate' | 'legacySend' | 'legacyStream' | 'mergeLegacyHeaders' | 'runLegacyMiddleware' | 'setLegacyHeader';

const TS_SOURCE = `// Added by routeshift. Reproduces what the pages/api runtime did for every request, so that
// migrated route handlers answer exactly as before. Safe to edit; routeshift only adds it.
import { parse as parseQueryString } from 'node:querystring';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { revalidatePath } from 'next/cache';
import type { NextRequest } from 'next/server';

const BODY_LIMIT_BYTES = 1024 * 1024;
const bodies = new WeakMap<Request, Promise<any>>();

/**
 * \`req.body\` as the pages body parser produced it: JSON, urlencoded or text by Content-Type.
 * A malformed JSON body or one over 1mb resolves to the error Response pages answered with.
 */
export function legacyBody(request: Request): Promise<any> {
  let body = bodies.get(request);
  if (!body) {
    body = parseBody(request);
    bodies.set(request, body);
  }
  return body;
}

async function parseBody(request: Request): Promise<any> {
  const type = (request.headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > BODY_LIMIT_BYTES) return plainError(413, 'Body exceeded 1mb limit');
  const text = bytes.toString('utf8');
  if (type === 'application/json' || type === 'application/ld+json') {
    if (text.length === 0) return {};
    try {
      return JSON.parse(text);
    } catch {
      return plainError(400, 'Invalid JSON');
    }
  }
  if (type === 'application/x-www-form-urlencoded') return { ...parseQueryString(text) };
  return text;
}

function plainError(status: number, message: string): Response {
  return new Response(new TextEncoder().encode(message), { status, statusText: message });
}

/** \`req.query\`: search params (repeated keys as arrays) merged with the route's params, params winning. */
export function legacyQuery(
  request: NextRequest,
  params: { [key: string]: string | string[] | undefined } = {},
): Partial<{ [key: string]: string | string[] }> {
  const query: Partial<{ [key: string]: string | string[] }> = {};
  for (const [key, value] of request.nextUrl.searchParams) {
    const previous = query[key];
    query[key] = previous === undefined ? value : ([] as string[]).concat(previous, value);
  }
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query[key] = value;
  }
  return query;
}

/** \`res.send(body)\` for a body whose type is only known at run time. */
export function legacySend(body: unknown, init: ResponseInit = {}): Response {
  const status = init.status ?? 200;
  if (body === null || body === undefined || status === 204 || status === 304) return new Response(null, init);
  if (body instanceof Uint8Array) {
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
    return new Response(new Uint8Array(body), { ...init, headers });
  }
  if (typeof body === 'object' || typeof body === 'number' || typeof body === 'boolean') {
    const headers = new Headers(init.headers);
    headers.set('content-type', 'application/json; charset=utf-8');
    return new Response(JSON.stringify(body), { ...init, headers });
  }
  // a string went out as pages sent it: without a Content-Type
  return new Response(new TextEncoder().encode(String(body)), init);
}

/**
 * \`req\` as the Node stream pages handed over, for code that reads the raw body itself
 * (\`for await (const chunk of req)\`, \`req.on('data')\`, formidable): Buffer chunks, headers, method, url.
 */
export function legacyIncoming(request: Request): IncomingMessage {
  const stream = request.body ? Readable.fromWeb(request.body as any) : Readable.from([]);
  const url = new URL(request.url);
  const incoming = Object.assign(stream, { headers: Object.fromEntries(request.headers), method: request.method, url: url.pathname + url.search });
  return incoming as unknown as IncomingMessage;
}

/** What \`res.write\` and \`res.end\` do once the head is out. */
export type LegacyWriter = { write(chunk: string | Uint8Array): boolean; end(chunk?: string | Uint8Array): void };

/**
 * A streamed answer: \`run\` writes the body as the legacy code wrote it with res.write, and the
 * response ends when it calls end() (not when it returns: an event stream stays open) or when the
 * client goes away (\`signal\`).
 */
export function legacyStream(init: ResponseInit, signal: AbortSignal, run: (stream: LegacyWriter) => unknown): Response {
  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (open) controller.close();
        open = false;
      };
      signal.addEventListener('abort', close);
      const writer: LegacyWriter = {
        write(chunk) {
          if (open) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
          return open;
        },
        end(chunk) {
          if (chunk !== undefined) writer.write(chunk);
          close();
        },
      };
      Promise.resolve()
        .then(() => run(writer))
        .catch((error) => {
          if (open) controller.error(error);
          open = false;
        });
    },
  });
  return new Response(body, init);
}

/**
 * \`res.revalidate(path)\`: pages refused a path without a leading '/' (the promise rejected); other
 * paths are marked stale with revalidatePath, which, unlike pages, never fails (RS511).
 */
export function legacyRevalidate(path: string): Promise<void> {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return Promise.reject(new Error(\`Invalid urlPath provided to revalidate(), must be a path e.g. /blog/post-1, received \${path}\`));
  }
  revalidatePath(path);
  return Promise.resolve();
}

/** What a wrapper wraps, once migrated: a route handler function. */
export type RouteHandler = (request: NextRequest, context: any) => Response | Promise<Response>;

const wrapperHeaders = new WeakMap<Request, Headers>();

/**
 * The headers wrappers set with res.setHeader, one set per request: in pages they stayed on the one
 * \`res\`, so an answer given later by any wrapper (an outer one's error answer) carried them too.
 */
export function legacyResponseHeaders(request: Request): Headers {
  let headers = wrapperHeaders.get(request);
  if (!headers) {
    headers = new Headers();
    wrapperHeaders.set(request, headers);
  }
  return headers;
}

/**
 * Headers a wrapper set with res.setHeader before handing over: the handler's own answer keeps the
 * headers it set itself (it set them later), and gains the wrapper's other ones.
 */
export function mergeLegacyHeaders(response: Response, headers: Headers): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of headers) {
    if (name === 'set-cookie') continue;
    if (!merged.has(name)) merged.set(name, value);
  }
  for (const cookie of headers.getSetCookie()) merged.append('set-cookie', cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/** A connect-style middleware, as \`cors()\` returns one. */
export type LegacyMiddleware = (req: any, res: any, next: (result?: unknown) => void) => void;

/**
 * \`await runMiddleware(req, res, cors)\`: the middleware runs against the request; the headers it
 * sets go into \`headers\` (the route's answers carry them). It either lets the request through
 * (undefined) or answers by itself, as cors answers a preflight (the Response).
 */
export function runLegacyMiddleware(request: Request, headers: Headers, middleware: LegacyMiddleware): Promise<Response | undefined> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const req = { method: request.method, url: url.pathname + url.search, headers: Object.fromEntries(request.headers) };
    let status = 200;
    const res = {
      get statusCode() {
        return status;
      },
      set statusCode(value: number) {
        status = value;
      },
      setHeader: (name: string, value: string | number | readonly string[]) => setLegacyHeader(headers, name, value),
      getHeader: (name: string) => headers.get(name) ?? undefined,
      removeHeader: (name: string) => headers.delete(name),
      end: (body?: string) => resolve(new Response(body ? new TextEncoder().encode(body) : null, { status, headers })),
    };
    middleware(req, res, (result) => (result instanceof Error ? reject(result) : resolve(undefined)));
  });
}

/** \`res.setHeader(name, value)\`: an array value sends the header once per element. */
export function setLegacyHeader(headers: Headers, name: string, value: string | number | readonly string[]): void {
  headers.delete(name);
  for (const item of Array.isArray(value) ? value : [value]) headers.append(name, String(item));
}
`;

/** Source of the helper module, for a TypeScript or JavaScript project. */
export function legacyRuntimeSource(lang: 'ts' | 'js'): string {
  return lang === 'ts' ? TS_SOURCE : stripTypes(TS_SOURCE);
}

// The JavaScript flavour is the TypeScript one with its few annotations removed.
//   legacyBody(request: Request): Promise<any> {   →   legacyBody(request) {
function stripTypes(source: string): string {
  return source
    .replace("import type { NextRequest } from 'next/server';\n", '')
    .replace(/\/\*\* What [^\n]*\*\/\nexport type LegacyWriter = [^\n]*\n\n/, '')
    .replace("import type { IncomingMessage } from 'node:http';\n", '')
    .replace(/\/\*\* What a wrapper wraps[^\n]*\nexport type RouteHandler = [^\n]*\n\n/, '')
    .replace('(response: Response, headers: Headers): Response {', '(response, headers) {')
    .replace('(path: string): Promise<void> {', '(path) {')
    .replace(/\/\*\* A connect-style middleware[^\n]*\nexport type LegacyMiddleware = [^\n]*\n\n/, '')
    .replace('(request: Request, headers: Headers, middleware: LegacyMiddleware): Promise<Response | undefined> {', '(request, headers, middleware) {')
    .replace('set statusCode(value: number) {', 'set statusCode(value) {')
    .replace('setHeader: (name: string, value: string | number | readonly string[]) =>', 'setHeader: (name, value) =>')
    .replace('getHeader: (name: string) =>', 'getHeader: (name) =>')
    .replace('removeHeader: (name: string) =>', 'removeHeader: (name) =>')
    .replace('end: (body?: string) =>', 'end: (body) =>')
    .replace('new WeakMap<Request, Headers>()', 'new WeakMap()')
    .replace('(request: Request): Headers {', '(request) {')
    .replace('(request: Request): IncomingMessage {', '(request) {')
    .replace('return incoming as unknown as IncomingMessage;', 'return incoming;')
    .replace('Readable.fromWeb(request.body as any)', 'Readable.fromWeb(request.body)')
    .replace('(init: ResponseInit, signal: AbortSignal, run: (stream: LegacyWriter) => unknown): Response {', '(init, signal, run) {')
    .replace('new ReadableStream<Uint8Array>({', 'new ReadableStream({')
    .replace('const writer: LegacyWriter = {', 'const writer = {')
    .replace('new WeakMap<Request, Promise<any>>()', 'new WeakMap()')
    .replace(/\(\[\] as string\[\]\)/g, '[]')
    .replace(/\): Promise<any> \{/g, ') {')
    .replace(/\): Response \{/g, ') {')
    .replace(/\): void \{/g, ') {')
    .replace(/\(request: (Request|NextRequest)/g, '(request')
    .replace(/\n  request: NextRequest,/, '\n  request,')
    .replace(/\(status: number, message: string\)/g, '(status, message)')
    .replace(/\n  params: \{ \[key: string\]: string \| string\[\] \| undefined \} = \{\},\n\): Partial<\{ \[key: string\]: string \| string\[\] \}> \{/, '\n  params = {},\n) {')
    .replace(/const query: Partial<\{ \[key: string\]: string \| string\[\] \}> = \{\};/, 'const query = {};')
    .replace('(body: unknown, init: ResponseInit = {})', '(body, init = {})')
    .replace('(headers: Headers, name: string, value: string | number | readonly string[])', '(headers, name, value)');
}
