// The module that runs a migrated Express app's request pipeline: `<app-dir>/_lib/express-app.{ts,js}`.
// Every migrated method is `expressRoute(route, ...layers)`; a request goes through the layers in
// Express's order — the app's own middleware, the body parsers, router and route middleware, the
// handler — and what any of them throws (or hands to next(err)) goes to the app's error handler.
// Generated per app: its app-level layers and error handlers are written in (express-app.ts decides them).

export const EXPRESS_APP_MODULE_NAME = '_lib/express-app';
/** The app's own middleware and error handlers that were written inline in its entry file, moved and rewritten. */
export const EXPRESS_APP_FUNCTIONS_MODULE_NAME = '_lib/express-app-functions';

export interface ExpressAppModule {
  lang: 'ts' | 'js';
  /** Import statements the layers and error handlers need, specifiers relative to the module. */
  imports: string[];
  /** The app-level layers in order: `connectLayer(cors({ … }))`, `parseBody`. */
  layers: string[];
  /** The app's error-handling middleware, in order. */
  errorHandlers: string[];
  /** The file `app.use` calls come from (named in the header comment). */
  appFile: string;
  /** Some layer is connect middleware (run through legacy-api's runLegacyMiddleware). */
  connect: boolean;
  /** The app sends `X-Powered-By: Express` (Express's default, unless app.disable('x-powered-by')). */
  poweredBy: boolean;
}

/** Source of the pipeline module. */
export function expressAppSource(m: ExpressAppModule): string {
  const ts = m.lang === 'ts';
  const t = (type: string) => (ts ? `: ${type}` : '');
  const list = (items: string[]) => (items.length ? `[\n  ${items.join(',\n  ')},\n]` : '[]');
  const types = ts
    ? `
type Context = { params: Record<string, any>; locals: Record<string, any>; responseLocals: Record<string, any>; baseUrl: string; headers: Headers };
export type Layer = (request: NextRequest, context: Context) => unknown;
export type ErrorHandler = (error: any, request: NextRequest, context: Context) => unknown;
/** How the route's URL maps onto Express's: the mount's depth (req.baseUrl) and req.params by Express key. */
type RouteShape = { mount?: number; params?: Record<string, string | [string, 'first' | 'joined' | 'slashJoined' | 'array']> };
`
    : '';
  return `// Added by routeshift: the request pipeline of the Express app in ${m.appFile}, for its routes migrated
// to route handlers. In Express's order: the app's middleware, the body parsers, the route's middleware
// and handler; what they throw or hand to next(err) goes to the app's error handler. Safe to edit.
${ts ? "import type { NextRequest } from 'next/server';\n" : ''}${m.imports.join('\n')}
import { expressBody } from './express-api';
${m.connect ? "import { runLegacyMiddleware } from './legacy-api';\n" : ''}${types}
/** The app's body parsers (express.json, express.urlencoded) ran before any route: a body they refuse goes to the error handler. */
async function parseBody(request${t('NextRequest')})${t('Promise<void>')} {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;
}

${
    m.connect
      ? `/** A connect middleware (cors) run against the request: it answers, or lets the request through with the headers it set. */
function connectLayer(middleware${t('any')})${t('Layer')} {
  return async (request, context) => {
    const answer = await runLegacyMiddleware(request, context.headers, middleware);
    // an answer of its own carries the headers it set
    if (answer) context.headers = new Headers();
    return answer;
  };
}
`
      : ''
  }
const appLayers${t('Layer[]')} = ${list(m.layers)};

const errorHandlers${t('ErrorHandler[]')} = ${list(m.errorHandlers)};

/** One method of a migrated route: the app's layers, then the route's (middleware first, the handler last). */
export function expressRoute(route${t('RouteShape')}, ...layers${t('Layer[]')}) {
  return async (request${t('NextRequest')}, nextContext${t('{ params?: any }')})${t('Promise<Response>')} => {
    const pathname = request.nextUrl.pathname;
    const baseUrl = route.mount ? pathname.split('/').slice(0, route.mount + 1).join('/') : '';
    const context${t('Context')} = { params: expressParams(route, (await nextContext?.params) ?? {}), locals: {}, responseLocals: Object.create(null), baseUrl, headers: new Headers() };
    let answer${t('Response')};
    try {
      answer = await run([...appLayers, ...layers], request, context);
    } catch (error) {
      answer = await handleError(error, request, context);
    }
    return finish(request, answer, context.headers);
  };
}

async function run(layers${t('Layer[]')}, request${t('NextRequest')}, context${t('Context')})${t('Promise<Response>')} {
  for (const layer of layers) {
    const answer = await layer(request, context);
    if (answer instanceof Response) return answer;
  }
  throw new Error(\`\${request.method} \${request.nextUrl.pathname}: no layer answered (Express would have left the request open)\`);
}

async function handleError(error${t('unknown')}, request${t('NextRequest')}, context${t('Context')})${t('Promise<Response>')} {
  for (const handler of errorHandlers) {
    try {
      const answer = await handler(error, request, context);
      if (answer instanceof Response) return answer;
    } catch (next) {
      error = next;
    }
  }
  throw error;
}

/** req.params as Express made it, from the route's params. */
function expressParams(route${t('RouteShape')}, params${t('Record<string, any>')})${t('Record<string, any>')} {
  const out${t('Record<string, any>')} = {};
  for (const [key, spec] of Object.entries(route.params ?? {})) {
    const [name, form] = typeof spec === 'string' ? [spec, 'value'] : spec;
    const value = params[name];
    out[key] = form === 'first' ? value?.[0] : form === 'joined' ? value.join('/') : form === 'slashJoined' ? '/' + (value ?? []).join('/') : value;
  }
  return out;
}

/**
 * The answer, as Express would have sent it: with the headers app middleware set (cors), and 304 when
 * a conditional GET finds it fresh (Express's req.fresh: If-None-Match against its ETag, If-Modified-Since).
 */
function finish(request${t('NextRequest')}, answer${t('Response')}, headers${t('Headers')})${t('Response')} {
  const merged = new Headers(headers);${m.poweredBy ? "\n  merged.set('x-powered-by', 'Express');" : ''}
  answer.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    if (name !== 'vary' || !merged.has('vary')) return merged.set(name, value);
    // a field Vary already names is not named again (Express's res.vary); a middleware answers on the shared headers
    const named = String(merged.get('vary')).toLowerCase().split(',').map((field) => field.trim());
    const more = value.split(',').map((field) => field.trim()).filter((field) => field && !named.includes(field.toLowerCase()));
    if (more.length) merged.set('vary', [merged.get('vary'), ...more].join(', '));
  });
  // an answer built on the shared headers (a middleware's) already carries their cookies: they are sent once
  const shared = headers.getSetCookie();
  const own = answer.headers.getSetCookie();
  const carried = shared.length > 0 && shared.every((cookie, i) => own[i] === cookie);
  for (const cookie of carried ? own.slice(shared.length) : own) merged.append('set-cookie', cookie);
  if (isFresh(request, answer.status, merged)) {
    for (const name of ['content-type', 'content-length', 'transfer-encoding']) merged.delete(name);
    return new Response(null, { status: 304, headers: merged });
  }
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: merged });
}

function isFresh(request${t('NextRequest')}, status${t('number')}, headers${t('Headers')})${t('boolean')} {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if ((status < 200 || status >= 300) && status !== 304) return false;
  const noneMatch = request.headers.get('if-none-match');
  const modifiedSince = request.headers.get('if-modified-since');
  if (!noneMatch && !modifiedSince) return false;
  if (/(?:^|,)\\s*?no-cache\\s*?(?:,|$)/.test(request.headers.get('cache-control') ?? '')) return false;
  if (noneMatch && noneMatch !== '*') {
    const etag = headers.get('etag');
    if (!etag) return false;
    const matches = noneMatch.split(',').map((tag) => tag.trim());
    if (!matches.some((tag) => tag === etag || tag === 'W/' + etag || 'W/' + tag === etag)) return false;
  }
  if (modifiedSince) {
    const lastModified = headers.get('last-modified');
    if (!lastModified || !(Date.parse(lastModified) <= Date.parse(modifiedSince))) return false;
  }
  return true;
}
`;
}
