// What each function a route runs becomes in its route handler: the one place that decides, per
// middleware and handler reference, how the migrated route reproduces it.
//   express.json(), express.urlencoded({ extended: true })  →  parsers   (the pipeline parses the body first)
//   cookieParser()                                          →  dropped   (req.cookies is read from the Cookie header)
//   helmet(), morgan(), express.static(…)                    →  dropped, with where the job goes (RS716)
//   cors({ … })                                             →  connect   (run against the request as it is)
//   asyncHandler(fn), catchAsync(fn)                        →  what fn is (the pipeline catches rejections)
//   requireApiKey, (req, res) => {…}, ctrl.getUser          →  function  (rewritten into the pipeline's form)
//   anything else                                           →  blocked   (RS714: the route stays in Express)

import { parseExpression } from '@babel/parser';
import type { FunctionSite, HandlerRef } from './express-routes';

export type PipelineLayer =
  | { kind: 'parsers'; ref: HandlerRef }
  | { kind: 'dropped'; ref: HandlerRef; note?: string }
  | { kind: 'connect'; ref: HandlerRef; package: string; local: string; code: string }
  | { kind: 'function'; ref: HandlerRef; site: FunctionSite }
  | { kind: 'blocked'; ref: HandlerRef; reason: string };

/** Wrappers that only hand a rejected promise to next(err): the pipeline catches every rejection itself. */
const ASYNC_WRAPPER_NAMES = /^(asyncHandler|catchAsync|asyncWrap|wrapAsync|asyncMiddleware|catchErrors|asyncRoute|tryCatch|use)$/i;
const ASYNC_WRAPPER_PACKAGES = new Set(['express-async-handler', 'express-async-wrap', 'express-async-wrapper']);

/** App middleware with no place in a route handler, and where its job goes. */
const DROPPED: Record<string, string> = {
  helmet: 'helmet: its security headers go in next.config.js `headers()` (or middleware.ts)',
  morgan: 'morgan: request logging goes to middleware.ts or instrumentation.ts',
  compression: 'compression: the platform or `compress` in next.config.js compresses answers',
  'express.static': 'express.static: static files go in public/',
  'serve-static': 'serve-static: static files go in public/',
  'serve-favicon': 'serve-favicon: the favicon goes in app/ or public/',
};

/** Connect middleware run as it is against the request (legacy-api's runLegacyMiddleware covers what it touches). */
const CONNECT = new Set(['cors']);

/** The package function a call calls: `express.json()` → 'express.json', `cors(…)` → 'cors'. */
function packageCallee(ref: Extract<HandlerRef, { kind: 'call' }>): string | undefined {
  const callee = ref.callee;
  const source = callee.kind === 'imported' || callee.kind === 'member' ? callee.source : undefined;
  if (!source || source.module) return undefined;
  const names = [source.exportName === '*' || source.exportName === 'default' ? undefined : source.exportName, ...source.path].filter(Boolean);
  return [source.specifier, ...names].join('.');
}

const text = (ref: HandlerRef) => (ref.kind === 'other' ? ref.text : undefined);

/** `{ extended: true }` as written. */
function isExtendedTrue(ref: HandlerRef | undefined): boolean {
  const t = ref && text(ref);
  return !!t && /^\{\s*extended\s*:\s*true\s*,?\s*\}$/.test(t);
}

/** An argument written with literals only (no bindings of the app module): safe to write elsewhere. */
function isLiteralOnly(code: string): boolean {
  let ok = true;
  const walk = (node: any, parent?: any, key?: string) => {
    if (!ok || !node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier' && !(parent?.type === 'ObjectProperty' && key === 'key' && !parent.computed) && node.name !== 'undefined') ok = false;
    if (/Function|Call|New|Template|Regex/.test(node.type) && node.type !== 'TemplateElement') ok = /^TemplateLiteral$/.test(node.type) && node.expressions.length === 0;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc' || k === 'start' || k === 'end' || k === 'extra') continue;
      if (Array.isArray(v)) v.forEach((c) => walk(c, node, k));
      else if (v && typeof v === 'object') walk(v, node, k);
    }
  };
  try {
    walk(parseExpression(code));
  } catch {
    return false;
  }
  return ok;
}

/** What one reference of a route's chain becomes. */
export function classifyLayer(ref: HandlerRef, depth = 0): PipelineLayer {
  const blocked = (reason: string): PipelineLayer => ({ kind: 'blocked', ref, reason });
  if (ref.kind === 'call') {
    const pkg = packageCallee(ref);
    const args = ref.args;
    if (pkg === 'express.json' || pkg === 'body-parser.json') return args.length === 0 ? { kind: 'parsers', ref } : blocked(`\`${ref.name}(…)\` with options: routeshift reproduces the defaults only`);
    if (pkg === 'express.urlencoded' || pkg === 'body-parser.urlencoded') return args.length === 1 && isExtendedTrue(args[0]) ? { kind: 'parsers', ref } : blocked(`\`${ref.name}(…)\`: routeshift reproduces { extended: true } only`);
    if (pkg === 'cookie-parser') return args.length === 0 ? { kind: 'dropped', ref } : blocked('cookie-parser with a secret (signed cookies) is not migrated');
    if (pkg && Object.hasOwn(DROPPED, pkg)) return { kind: 'dropped', ref, note: DROPPED[pkg] };
    if (pkg && CONNECT.has(pkg)) {
      const code = args.map(text);
      if (code.some((c) => c === undefined || !isLiteralOnly(c))) return blocked(`\`${ref.name}(…)\` options read bindings of the app: write them as literals`);
      return { kind: 'connect', ref, package: pkg, local: ref.callee.kind === 'imported' ? ref.callee.name : pkg, code: `${ref.callee.kind === 'imported' ? ref.callee.name : pkg}(${code.join(', ')})` };
    }
    // asyncHandler(fn): the wrapper only hands rejections to next(err), which the pipeline does for every layer
    const calleeName = 'name' in ref.callee ? ref.callee.name.split('.').pop() ?? '' : '';
    const isWrapper = (pkg && ASYNC_WRAPPER_PACKAGES.has(pkg.split('.')[0])) || (ASYNC_WRAPPER_NAMES.test(calleeName) && ref.callee.site?.params === 1);
    if (isWrapper && args.length === 1 && depth < 4) {
      const inner = classifyLayer(args[0], depth + 1);
      return inner.kind === 'function' ? inner : blocked(`\`${ref.name}(…)\` wraps something that is not a function routeshift can see`);
    }
    return blocked(`\`${ref.name}(…)\`${pkg ? ` (${pkg.split('.')[0]})` : ''}: middleware built by a call is not migrated`);
  }
  if (ref.site) return { kind: 'function', ref, site: ref.site };
  if ((ref.kind === 'imported' || ref.kind === 'member') && ref.source && !ref.source.module) return blocked(`\`${ref.name}\` comes from the package ${ref.source.specifier}`);
  return blocked(`\`${ref.kind === 'other' ? ref.text : 'name' in ref ? ref.name : 'the function'}\` is not a function routeshift can see`);
}
