// Express's `req` inside one route function, onto the Request API and the helpers of express-runtime.ts
// (rewrite-request.ts is the pages/api counterpart; rewriteRequest hands Express routes here).
//   req.params.id           →  (await params).id                 (how each param is read: ParamForm, express-paths.ts)
//   req.params[0]           →  (await params).path.join('/')     (Express 4's unnamed '*')
//   req.query.page          →  query.page                         (const query = expressQuery(request))
//   req.body                →  body                               (const body = await expressBody(request), thrown when refused)
//   req.get('User-Agent')   →  request.headers.get('user-agent') ?? undefined
//   req.cookies.sid         →  expressCookies(request).sid
//   req.hostname            →  expressHostname(request)
//   req.path                →  request.nextUrl.pathname.slice(10) || '/'   (relative to the mount, '/api/items')

import type { ASTPath } from 'jscodeshift';
import { isInsideNestedFunction, paramReferences } from '../analyze/references';
import type { ParamForm } from '../plan/express-paths';
import { allocateName, codeStatement, codeStatements, type RewriteContext } from './context';
import { keyOf, nullishInsensitive, rewriteHeaders, standsAlone, throughCasts, writesThrough } from './rewrite-request';
import { closeListenerToAbort } from './rewrite-stream';
import { mentions } from './route-module';

/** Members of Express's req that other middleware set, or that have no route-handler equivalent. */
const BLOCKED: Record<string, string> = {
  user: 'set by middleware (passport, a guard): not migrated',
  session: 'sessions are not migrated',
  flash: 'req.flash (sessions) is not migrated',
  login: 'passport is not migrated',
  logout: 'passport is not migrated',
  logIn: 'passport is not migrated',
  logOut: 'passport is not migrated',
  isAuthenticated: 'passport is not migrated',
  ip: 'the client address has no route-handler equivalent',
  ips: 'the client address has no route-handler equivalent',
  socket: 'the socket has no route-handler equivalent',
  connection: 'the socket has no route-handler equivalent',
  signedCookies: 'signed cookies (cookie-parser with a secret) are not migrated',
  app: 'the Express app has no route-handler equivalent',
  res: 'res reached through req',
  next: 'next reached through req',
  route: 'the matched Express route has no route-handler equivalent',
};

/** What Express's req has (or had from its parsers); any other member is a value middleware set on it. */
const REQUEST_API = new Set([
  'method', 'params', 'query', 'body', 'headers', 'get', 'header', 'cookies', 'hostname', 'protocol', 'secure', 'path', 'url', 'originalUrl', 'baseUrl',
  'on', 'once', 'pipe', 'accepts', 'acceptsCharsets', 'acceptsEncodings', 'acceptsLanguages', 'is', 'range', 'fresh', 'stale', 'xhr', 'subdomains',
  'rawHeaders', 'httpVersion', 'httpVersionMajor', 'httpVersionMinor', 'trailers', 'rawTrailers', 'aborted', 'complete', 'read', 'setTimeout',
]);

/** `req.user`, `req.account`: a value of the pipeline's locals (sessions, passport and the socket stay reported). */
function isLocal(key: string): boolean {
  return !REQUEST_API.has(key) && (key === 'user' || !Object.hasOwn(BLOCKED, key));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Rewrite every read of Express's `req` in `fn`. */
export function rewriteExpressRequest(ctx: RewriteContext, fn: ASTPath<any>, req: string): void {
  const { j, sink, names } = ctx;
  const request = names.request;
  const url = `${request}.nextUrl`;
  const mount = ctx.express?.mount ?? '';
  // in the app's pipeline the mount is the route's: matched at run time (`/users/:userId/notes`)
  const mountLength = ctx.express?.pipeline ? `${names.context}.baseUrl.length` : mount ? String(mount.length) : '';
  const path = mountLength ? `${url}.pathname.slice(${mountLength}) || '/'` : `${url}.pathname`;
  const refs = paramReferences(j, fn, req);
  // the route's params, awaited where they are read; when a callback reads them, awaited once at the top
  const readsParams = (ref: ASTPath<any>) => ref.parent.value.object === ref.value && keyOf(ref.parent.value) === 'params';
  const params =
    ctx.input.next === 14 ? names.params : refs.some((ref) => readsParams(ref) && isInsideNestedFunction(ref, fn)) ? awaitedParamsName(ctx) : `(await ${names.params})`;
  for (const ref of refs) {
    const parent = ref.parent.value;
    if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === ref.value) {
      const member = ref.parent;
      const key = keyOf(parent);
      const outer = member.parent?.value;
      const local = ctx.express?.pipeline && key !== undefined && isLocal(key);
      if (local) {
        // a value middleware hands on (req.user = …), read or written: the pipeline's locals
        member.replace(j.memberExpression(j.memberExpression(j.identifier(names.context), j.identifier('locals')), parent.property, parent.computed));
        continue;
      }
      if (outer?.type === 'AssignmentExpression' && outer.left === parent) {
        sink.add('RS203', parent, `\`${req}.${key ?? '[…]'}\` is assigned to`);
        continue;
      }
      if ((key === 'headers' || key === 'cookies' || key === 'signedCookies') && writesThrough(member)) {
        sink.add('RS203', parent, `\`${req}.${key}\` is written to`);
        continue;
      }
      const replace = (code: string) => replaceWith(ctx, member, code);
      switch (key) {
        case 'method':
          ref.replace(j.identifier(request));
          break;
        case 'params':
          if (ctx.express?.pipeline) member.replace(j.memberExpression(j.identifier(names.context), j.identifier('params')));
          else rewriteParams(ctx, member, req, params);
          break;
        case 'query':
          member.replace(j.identifier(names.query));
          break;
        case 'body':
          member.replace(j.identifier(names.body));
          break;
        case 'headers':
          rewriteHeaders(ctx, member);
          break;
        case 'get':
        case 'header':
          rewriteGet(ctx, member, `${req}.${key}`);
          break;
        case 'cookies':
          ctx.runtime.add('expressCookies');
          replace(`expressCookies(${request})`);
          break;
        case 'hostname':
          ctx.runtime.add('expressHostname');
          replace(`expressHostname(${request})`);
          break;
        case 'protocol':
          // without 'trust proxy', Express read the connection: http unless it was TLS; Next's URL takes X-Forwarded-Proto
          sink.add('RS720', parent, `\`${req}.protocol\` follows X-Forwarded-Proto, which Next trusts (Express without 'trust proxy' read the connection)`);
          replace(`${url}.protocol.slice(0, -1)`);
          break;
        case 'secure':
          sink.add('RS720', parent, `\`${req}.secure\` follows X-Forwarded-Proto, which Next trusts (Express without 'trust proxy' read the connection)`);
          replace(`${url}.protocol === 'https:'`);
          break;
        case 'path':
          replace(path);
          break;
        case 'url':
          sink.add('RS720', parent, `\`${req}.url\`: Next re-encodes the query ([ ] as %5B %5D, spaces as +)`);
          replace(mountLength ? `(${path}).concat(${url}.search)` : `${url}.pathname.concat(${url}.search)`);
          break;
        case 'originalUrl':
          sink.add('RS720', parent, `\`${req}.originalUrl\`: Next re-encodes the query ([ ] as %5B %5D, spaces as +)`);
          replace(`${url}.pathname.concat(${url}.search)`);
          break;
        case 'baseUrl':
          if (ctx.express?.pipeline) replace(`${names.context}.baseUrl`);
          else member.replace(j.stringLiteral(mount));
          break;
        case 'on':
        case 'once':
          if (closeListenerToAbort(ctx, ref)) break;
          sink.add('RS201', parent, `\`${req}.${key}\`: the request as a stream (Express's body parsers had read it)`);
          break;
        default:
          sink.add('RS201', parent, `\`${req}.${key ?? '[…]'}\`${key && Object.hasOwn(BLOCKED, key) ? `: ${BLOCKED[key]}` : ''}`);
      }
      continue;
    }
    // handed to a function: followed or reported with the library calls (route-function.ts)
    if (parent.type === 'CallExpression' && parent.arguments.includes(ref.value)) continue;
    sink.add('RS203', ref.value, `\`${req}\` used as a value`);
  }
}

/** Replace `target` with `code`, in parentheses where an expression of low precedence cannot stand. */
function replaceWith(ctx: RewriteContext, target: ASTPath<any>, code: string): void {
  const expr = ctx.j.template.expression([code]);
  const loose = /^(Logical|Binary|Conditional|Assignment|Await)Expression$/.test(expr.type) && !expr.extra?.parenthesized;
  target.replace(loose && !fits(target) ? ctx.j.parenthesizedExpression(expr) : expr);
}

/** Where any expression stands without parentheses: standsAlone's places and the test of an if or a loop. */
function fits(target: ASTPath<any>): boolean {
  const outer = throughCasts(target);
  const parent = outer.parent?.value;
  if (outer !== target) return false;
  if ((parent?.type === 'IfStatement' || parent?.type === 'WhileStatement' || parent?.type === 'DoWhileStatement') && parent.test === target.value) return true;
  return standsAlone(target);
}

/** `req.get('User-Agent')` / `req.header(name)` → the header, undefined when absent (Referer and Referrer are one). */
function rewriteGet(ctx: RewriteContext, member: ASTPath<any>, written: string): void {
  const call = member.parent;
  if (call?.value.type !== 'CallExpression' || call.value.callee !== member.value || call.value.arguments.length !== 1 || call.value.arguments[0].type === 'SpreadElement') {
    ctx.sink.add('RS201', member.value, `\`${written}\` other than called with one header name`);
    return;
  }
  const headers = `${ctx.names.request}.headers`;
  const arg = call.value.arguments[0];
  const literal = arg.type === 'StringLiteral' || (arg.type === 'Literal' && typeof arg.value === 'string') ? (arg.value as string).toLowerCase() : undefined;
  const insensitive = nullishInsensitive(throughCasts(call));
  if (literal === 'referer' || literal === 'referrer') {
    const read = `${headers}.get('referrer') || ${headers}.get('referer')`;
    replaceWith(ctx, call, insensitive ? read : `(${read}) ?? undefined`);
    return;
  }
  if (literal !== undefined) {
    replaceWith(ctx, call, insensitive ? `${headers}.get(${quote(literal)})` : `${headers}.get(${quote(literal)}) ?? undefined`);
    return;
  }
  // a computed name: read as given (Headers are case-insensitive); the Referer alias is not applied
  const expr = ctx.j.template.expression([`${headers}.get(`, insensitive ? ')' : ') ?? undefined'], arg);
  call.replace(insensitive || fits(call) ? expr : ctx.j.parenthesizedExpression(expr));
}

/** The name of the route params awaited once at the top, for reads inside callbacks (where `await` cannot stand). */
const awaitedParamsNames = new WeakMap<RewriteContext, string>();

function awaitedParamsName(ctx: RewriteContext): string {
  let name = awaitedParamsNames.get(ctx);
  if (!name) {
    const taken = new Set<string>(Object.values(ctx.names));
    ctx.root.find(ctx.j.Identifier).forEach((p: any) => void taken.add(p.value.name));
    name = allocateName(taken, 'routeParams');
    awaitedParamsNames.set(ctx, name);
  }
  return name;
}

type ExpressRouteParam = { name: string; form: ParamForm };

/** How legacy code's req.params[key] is read from the route's params (express-paths.ts, ParamForm). */
function paramRead(base: string, param: ExpressRouteParam): string {
  const prop = IDENTIFIER.test(param.name) ? `${base}.${param.name}` : `${base}[${quote(param.name)}]`;
  switch (param.form) {
    case 'first':
      return `${prop}?.[0]`;
    case 'joined':
      return `${prop}.join('/')`;
    case 'slashJoined':
      return `'/' + (${prop} ?? []).join('/')`;
    default:
      return prop;
  }
}

function paramKey(member: any): string | undefined {
  const p = member.property;
  if (member.computed && (p.type === 'NumericLiteral' || (p.type === 'Literal' && typeof p.value === 'number'))) return String(p.value);
  return keyOf(member);
}

// `base` is the awaited params: `(await params)`, `routeParams` (awaited at the top) or `params` (Next 14).
//   req.params.id                  →  (await params).id
//   const { userId } = req.params   →  const { userId } = await params
//   const { id } = req.params       →  const id = (await params).id?.[0]        (a form other than 'value')
//   res.json(req.params)            →  res.json({ id: (await params).id?.[0] })
function rewriteParams(ctx: RewriteContext, member: ASTPath<any>, req: string, base: string): void {
  const { j, sink } = ctx;
  const params = ctx.express?.params ?? new Map<string, ExpressRouteParam>();
  const outer = member.parent?.value;
  const unknown = (key: string, at: any) => sink.add('RS201', at, `\`${req}.params.${key}\` is not a param of this route`);

  if ((outer?.type === 'MemberExpression' || outer?.type === 'OptionalMemberExpression') && outer.object === member.value) {
    const key = paramKey(outer);
    const param = key !== undefined ? params.get(key) : undefined;
    if (key !== undefined && !param) return unknown(key, outer);
    if (param) {
      const assigned = member.parent.parent?.value;
      if (assigned?.type === 'AssignmentExpression' && assigned.left === outer) {
        sink.add('RS203', outer, `\`${req}.params.${key}\` is assigned to`);
        return;
      }
      replaceWith(ctx, member.parent, paramRead(base, param));
      return;
    }
  }

  const plain = [...params].every(([legacy, p]) => p.form === 'value' && p.name === legacy);
  if (outer?.type === 'VariableDeclarator' && outer.init === member.value && outer.id.type === 'ObjectPattern') {
    const props: any[] = outer.id.properties;
    const simple = props.every((p) => (p.type === 'ObjectProperty' || p.type === 'Property') && !p.computed);
    if (simple) {
      const keyOfProp = (p: any): string => p.key.name ?? String(p.key.value);
      const missing = props.find((p) => !params.has(keyOfProp(p)));
      if (missing) return unknown(keyOfProp(missing), missing);
      if (props.every((p) => params.get(keyOfProp(p))!.form === 'value')) {
        // const { id } = await params (keys renamed where the route's param has another name)
        for (const p of props) {
          const param = params.get(keyOfProp(p))!;
          if (param.name === keyOfProp(p)) continue;
          p.key = IDENTIFIER.test(param.name) ? j.identifier(param.name) : j.stringLiteral(param.name);
          p.shorthand = false;
        }
        member.replace(j.template.expression([base.replace(/^\(await (.*)\)$/, 'await $1')]));
        return;
      }
      // one declarator per key: const id = (await params).id?.[0], rest = …
      const declaration = member.parent.parent.value;
      const declarators = props.map((p) => {
        const read = j.template.expression([paramRead(base, params.get(keyOfProp(p))!)]);
        if (p.value.type === 'AssignmentPattern') return j.variableDeclarator(p.value.left, j.logicalExpression('??', read, p.value.right));
        return j.variableDeclarator(p.value, read);
      });
      declaration.declarations.splice(declaration.declarations.indexOf(outer), 1, ...declarators);
      return;
    }
  }
  // req.params as a whole: the params object itself, or one rebuilt with Express's keys and values
  if (plain) {
    replaceWith(ctx, member, base.replace(/^\(await (.*)\)$/, 'await $1'));
    return;
  }
  const entries = [...params].map(([legacy, p]) => `${IDENTIFIER.test(legacy) || /^\d+$/.test(legacy) ? legacy : quote(legacy)}: ${paramRead(base, p)}`);
  member.replace(j.template.expression([`{ ${entries.join(', ')} }`]));
}

/**
 * What a function that reads the request needs at its top, in place of Express's middleware:
 *   const body = await expressBody(request); if (body instanceof Error) throw body;
 *   const query = expressQuery(request);
 *   const routeParams = await params;       (reads inside callbacks)
 * A body express.json / express.urlencoded refused is thrown: Express handed it to the app's
 * error handler before the route ran (it carries their status: 400, 413, 415).
 */
export function expressPreamble(ctx: RewriteContext, node: any): any[] {
  const { j, names } = ctx;
  const out: any[] = [];
  if (mentions(node.body, names.body) || ctx.readsBodyFirst.has(node)) {
    ctx.runtime.add('expressBody');
    out.push(...codeStatements(j, [`const ${names.body} = await expressBody(${names.request});\nif (${names.body} instanceof Error) throw ${names.body};\n`]));
  }
  if (mentions(node.body, names.query)) {
    ctx.runtime.add('expressQuery');
    out.push(codeStatement(j, [`const ${names.query} = expressQuery(${names.request});`]));
  }
  const awaited = awaitedParamsNames.get(ctx);
  if (awaited && mentions(node.body, awaited)) out.push(codeStatement(j, [`const ${awaited} = await ${names.params};`]));
  return out;
}
