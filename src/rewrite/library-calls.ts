// Library calls that take the legacy req/res and have a route-handler counterpart: one table, one rule each.
//   getServerSession(req, res, authOptions)   →  getServerSession(authOptions)
//   getToken({ req, secret })                 →  getToken({ req: request, secret })
//   await buffer(req)                         →  Buffer.from(await request.arrayBuffer())
// Any other call that is handed req or res is reported: routeshift cannot follow it.

import type { ASTPath } from 'jscodeshift';
import type { DiagnosticCode } from '../diagnostics/codes';
import { allocateName, incomingStream, type RewriteContext } from './context';
import { isReference, markIntroduced, refersTo } from '../analyze/references';
import { topLevelFunction } from '../analyze/top-level';

export interface LegacyNames {
  req?: string;
  res?: string;
}

interface CallSite {
  ctx: RewriteContext;
  path: ASTPath<any>;
  names: LegacyNames;
  /** The route function the call stands in. */
  fn: ASTPath<any>;
}

/** A rule rewrites the call in place and returns true, or returns a reason it cannot. */
type Rule = (site: CallSite) => true | { code: DiagnosticCode; message: string };

const isName = (node: any, name: string | undefined) => !!name && node?.type === 'Identifier' && node.name === name;

//   f(req, res, options) → f(options)
const dropReqRes: Rule = ({ ctx, path, names }) => {
  const args = path.value.arguments;
  if (args.length !== 3 || !isName(args[0], names.req) || !isName(args[1], names.res)) {
    return { code: 'RS202', message: 'a session call without the (req, res, options) arguments' };
  }
  path.value.arguments = [args[2]];
  ctx.sink.add('RS508', path.value, '`getServerSession(req, res, options)` → `getServerSession(options)`');
  return true;
};

//   f({ req, … }) → f({ req: request, … })
const reqPropertyToRequest: Rule = ({ ctx, path, names }) => {
  const [arg, ...rest] = path.value.arguments;
  const prop = arg?.type === 'ObjectExpression' ? arg.properties.find((p: any) => !p.computed && (p.key?.name ?? p.key?.value) === 'req') : undefined;
  const others = arg?.type === 'ObjectExpression' ? arg.properties.filter((p: any) => p !== prop) : [];
  if (!prop || rest.length || !isName(prop.value, names.req) || others.some((p: any) => refers(p, names))) {
    return { code: 'RS202', message: 'a token call whose `req` is not passed as `{ req }`' };
  }
  prop.shorthand = false;
  prop.value = ctx.j.identifier(ctx.names.request);
  return true;
};

//   getSession({ req }) → getSession({ req: { headers: { cookie: request.headers.get('cookie') ?? '' }, body } })
// next-auth's client fetches /api/auth/session, forwarding a plain `req.headers.cookie`, and POSTs
// `req.body` there when it is truthy (next-auth then refuses it without a CSRF token): the parsed
// body goes along so that it does the same.
const sessionFetch: Rule = ({ ctx, path, names }) => {
  const [arg, ...rest] = path.value.arguments;
  const prop = arg?.type === 'ObjectExpression' ? arg.properties.find((p: any) => !p.computed && (p.key?.name ?? p.key?.value) === 'req') : undefined;
  if (!prop || rest.length || !isName(prop.value, names.req) || arg.properties.some((p: any) => p !== prop && refers(p, names))) {
    return { code: 'RS202', message: 'a session call whose `req` is not passed as `{ req }`' };
  }
  prop.shorthand = false;
  const body = ctx.bodyParserDisabled ? '' : `, body: ${ctx.names.body}`;
  prop.value = ctx.j.template.expression([`{ headers: { cookie: ${ctx.names.request}.headers.get('cookie') ?? '' }${body} }`]);
  return true;
};

//   NextAuth(req, res, options) → NextAuth(request, context, options)   (next-auth's route-handler advanced form)
const nextAuthAdvanced: Rule = ({ ctx, path, names, fn }) => {
  const args = path.value.arguments;
  if (args.length !== 3 || !isName(args[0], names.req) || !isName(args[1], names.res)) return { code: 'RS202', message: 'NextAuth with arguments other than (req, res, options)' };
  if (!ctx.input.params.some((p) => p.legacyName === 'nextauth')) return { code: 'RS202', message: 'NextAuth(req, res, options) outside a [...nextauth] route' };
  path.value.arguments = [ctx.j.identifier(ctx.names.request), ctx.j.identifier(ctx.names.context), args[2]];
  ctx.takesContext.add(fn.value);
  ctx.sink.add('RS508', path.value, '`NextAuth(req, res, options)` → `NextAuth(request, context, options)`');
  return true;
};

/** Replace the call (and the `await` on it, when the replacement awaits by itself). */
function replaceCall(site: CallSite, awaited: string, pending: string): void {
  const { ctx, path } = site;
  const parent = path.parent.value;
  // the code names the route handler's request: when the legacy parameter was called `request` too, it is not `req`
  const written = (code: string) => markIntroduced(ctx.j.template.expression([code]), ctx.names.request);
  if (parent.type === 'AwaitExpression' && parent.argument === path.value) path.parent.replace(written(awaited));
  else path.replace(written(pending));
}

/** `f(req)` or `f(req, options)` with the request as the only legacy argument. */
function readsReqOnly(site: CallSite, maxArgs: number): boolean {
  const args = site.path.value.arguments;
  return args.length >= 1 && args.length <= maxArgs && isName(args[0], site.names.req) && !args.slice(1).some((a: any) => refers(a, site.names));
}

/** pages parsed the body before the handler ran: a raw read then got nothing, and migrating it would change that. */
function parserOn(site: CallSite): { code: DiagnosticCode; message: string } | undefined {
  if (site.ctx.bodyParserDisabled) return undefined;
  return { code: 'RS201', message: 'reads the raw body while the body parser is on (pages had already consumed it)' };
}

const rawBytes: Rule = (site) => {
  const off = parserOn(site);
  if (off) return off;
  if (!readsReqOnly(site, 1)) return { code: 'RS202', message: 'a raw-body call with other arguments' };
  const r = site.ctx.names.request;
  replaceCall(site, `Buffer.from(await ${r}.arrayBuffer())`, `${r}.arrayBuffer().then((bytes) => Buffer.from(bytes))`);
  return true;
};

/** `text(req)` → `request.text()`, `json(req)` → `request.json()`: the Request reads its body itself. */
const requestReads = (method: 'text' | 'json'): Rule => (site) => {
  const off = parserOn(site);
  if (off) return off;
  if (!readsReqOnly(site, 1)) return { code: 'RS202', message: 'a raw-body call with other arguments' };
  site.path.replace(site.ctx.j.template.expression([`${site.ctx.names.request}.${method}()`]));
  return true;
};
const rawText = requestReads('text');
const rawJson = requestReads('json');

//   getRawBody(req) → bytes; getRawBody(req, 'utf8') / getRawBody(req, { encoding: 'utf-8' }) → text
const getRawBody: Rule = (site) => {
  const off = parserOn(site);
  if (off) return off;
  if (!readsReqOnly(site, 2)) return { code: 'RS202', message: 'getRawBody with other arguments' };
  const opts = site.path.value.arguments[1];
  if (!opts) return rawBytes(site);
  const encoding = opts.type === 'ObjectExpression' ? opts.properties.find((p: any) => (p.key?.name ?? p.key?.value) === 'encoding')?.value : opts;
  const value = encoding?.type === 'StringLiteral' ? encoding.value.toLowerCase() : encoding?.type === 'BooleanLiteral' && encoding.value ? 'utf-8' : undefined;
  const onlyEncoding = opts.type !== 'ObjectExpression' || opts.properties.length === 1;
  if (!onlyEncoding || (value !== 'utf8' && value !== 'utf-8')) return { code: 'RS202', message: 'getRawBody with options other than a utf-8 encoding (limits are not reproduced)' };
  site.path.value.arguments = [site.path.value.arguments[0]];
  return rawText(site);
};

/**
 * Calls that read the request as a stream get it as one (`legacyIncoming(request)`):
 *   form.parse(req)              (formidable)
 *   readBody(req)                (a function of this file that only iterates or listens to its argument)
 */
function streamConsumer(site: CallSite, imports: Map<string, { module: string; imported: string }>): boolean {
  const { ctx, path, names } = site;
  const args = path.value.arguments;
  const at = args.findIndex((a: any) => isName(a, names.req));
  if (at === -1 || args.some((a: any) => isName(a, names.res))) return false;
  const callee = path.value.callee;
  const formidable = [...imports.values()].some((i) => i.module === 'formidable');
  const isFormParse = formidable && at === 0 && callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'parse';
  const local = callee.type === 'Identifier' ? localFunction(ctx, callee.name) : undefined;
  if (!isFormParse && !(local && onlyStreamUse(local.params[at], local))) return false;
  const off = parserOn(site);
  if (off) ctx.sink.add(off.code, path.value, `\`${ctx.j(callee).toSource()}(${names.req})\` ${off.message}`);
  else args[at] = incomingStream(ctx);
  // `function readBody(req: NextApiRequest)` reads a stream: it is typed and named as one
  const param = local?.params[at];
  if (param?.typeAnnotation && /NextApiRequest/.test(ctx.j(param.typeAnnotation).toSource())) {
    param.typeAnnotation = codeStatementOf(ctx, 'let x: NodeJS.ReadableStream;').declarations[0].id.typeAnnotation;
  }
  if (local && param?.type === 'Identifier' && param.name === names.req) renameLocalParam(ctx, local, param, 'stream');
  return true;
}

/** Rename a parameter of a function of this file, and every use of it in its body. */
function renameLocalParam(ctx: RewriteContext, fn: any, param: any, preferred: string): void {
  const taken = new Set<string>();
  ctx.j(fn.body).find(ctx.j.Identifier).forEach((p: any) => void taken.add(p.value.name));
  const to = allocateName(taken, preferred);
  // searched from the root: a path found from a detached node has no scope chain
  ctx.root
    .find(ctx.j.Identifier, { name: param.name })
    .forEach((p: any) => {
      if (p.value !== param && isReference(p) && p.scope?.lookup(param.name)?.node === fn) p.replace(ctx.j.identifier(to));
    });
  param.name = to;
}

function codeStatementOf(ctx: RewriteContext, code: string): any {
  return ctx.j.template.statement([code]);
}

function localFunction(ctx: RewriteContext, name: string): any {
  return topLevelFunction(ctx.j, ctx.root, name)?.path.value;
}

/** Is `param` used only as a stream: `for await (… of param)`, `param.on(…)`, `param.pipe(…)`? */
export function onlyStreamUse(param: any, fn: any): boolean {
  if (param?.type !== 'Identifier') return false;
  let ok = true;
  let used = false;
  const visit = (n: any, parent: any) => {
    if (!ok || !n || typeof n.type !== 'string') return;
    if (n.type === 'Identifier' && n.name === param.name && n !== param && !(parent?.type === 'MemberExpression' && parent.property === n && !parent.computed)) {
      used = true;
      const streamy =
        (parent?.type === 'ForOfStatement' && parent.right === n && parent.await) ||
        (parent?.type === 'MemberExpression' && parent.object === n && !parent.computed && ['on', 'once', 'pipe', 'setEncoding'].includes(parent.property.name));
      if (!streamy) ok = false;
    }
    for (const k of Object.keys(n)) {
      if (k === 'loc' || k === 'comments' || k === 'typeAnnotation') continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach((c) => visit(c, n));
      else if (v && typeof v.type === 'string') visit(v, n);
    }
  };
  visit(fn.body, fn);
  return ok && used;
}

function isPipeIntoRes(call: any, names: LegacyNames): boolean {
  const c = call.callee;
  return c.type === 'MemberExpression' && !c.computed && c.property.name === 'pipe' && call.arguments.length === 1 && isName(call.arguments[0], names.res);
}

/**
 * A connect middleware run through a promise helper, as Next.js's cors example does:
 *   await runMiddleware(req, res, cors)    (runMiddleware calls fn(req, res, callback) inside a Promise)
 *   await cors(req, res)                   (cors = initMiddleware(Cors(…)))
 *   →  const corsAnswer = await runLegacyMiddleware(request, responseHeaders, cors);
 *      if (corsAnswer) return corsAnswer;
 * Only middleware made by the `cors` package, whose use of req and res the helper's shim covers.
 */
function connectMiddleware(site: CallSite, imports: Map<string, { module: string; imported: string }>): boolean {
  const { ctx, path, names, fn } = site;
  const { j } = ctx;
  const call = path.value;
  const args = call.arguments;
  if (call.callee.type !== 'Identifier' || !isName(args[0], names.req) || !isName(args[1], names.res)) return false;
  const awaited = path.parent?.value.type === 'AwaitExpression' ? path.parent : undefined;
  const statement = awaited?.parent;
  if (!statement || statement.value.type !== 'ExpressionStatement' || !Array.isArray(statement.parentPath?.value)) return false;
  let middleware: any;
  if (args.length === 3 && args[2].type === 'Identifier' && promisifier(ctx, call.callee.name, imports, 3)) {
    middleware = corsMiddleware(ctx, args[2].name, imports);
    if (middleware) ctx.replacedImports.add(call.callee.name);
  } else if (args.length === 2) {
    // cors = initMiddleware(Cors(…)): the promisified middleware itself is called
    const made = moduleConst(ctx, call.callee.name);
    if (made?.type === 'CallExpression' && made.callee.type === 'Identifier' && made.arguments.length === 1 && promisifier(ctx, made.callee.name, imports, 1)) {
      const inner = made.arguments[0];
      if (isCorsCall(inner, imports)) {
        // the module's `cors` becomes the middleware itself; the promisifier is no longer needed here
        ctx.root.find(j.VariableDeclarator, { id: { name: call.callee.name } }).forEach((d: any) => void (d.value.init = inner));
        ctx.replacedImports.add(made.callee.name);
        middleware = j.identifier(call.callee.name);
      }
    }
  }
  if (!middleware) return false;
  ctx.runtime.add('runLegacyMiddleware');
  ctx.headersState.add(fn.value);
  // a name the function does not use yet (a second middleware call gets corsAnswer2)
  const used = new Set<string>(Object.values(ctx.names));
  j(fn).find(j.Identifier).forEach((p: any) => void used.add(p.value.name));
  const answer = allocateName(used, 'corsAnswer');
  statement.replace(
    ...codeStatementsOf(ctx, `const ${answer} = await runLegacyMiddleware(${ctx.names.request}, ${ctx.names.headers}, ${j(middleware).toSource()});\nif (${answer}) return ${answer};`),
  );
  return true;
}

function isCorsCall(node: any, imports: Map<string, { module: string; imported: string }>): boolean {
  return node?.type === 'CallExpression' && node.callee.type === 'Identifier' && imports.get(node.callee.name)?.module === 'cors';
}

/** `const cors = Cors({ … })` at the top of the file, made by the cors package: its identifier. */
function corsMiddleware(ctx: RewriteContext, name: string, imports: Map<string, { module: string; imported: string }>): any {
  return isCorsCall(moduleConst(ctx, name), imports) ? ctx.j.identifier(name) : undefined;
}

function moduleConst(ctx: RewriteContext, name: string): any {
  const program = ctx.root.find(ctx.j.Program).paths()[0].value;
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations as any[]) if (d.id.name === name) return d.init;
  }
  return undefined;
}

/**
 * A function that runs a connect middleware inside a Promise: `(req, res, fn) => new Promise(… fn(req, res, cb) …)`
 * (arity 3), or `(middleware) => (req, res) => new Promise(… middleware(req, res, cb) …)` (arity 1).
 * Found in this file or in the project module it is imported from.
 */
function promisifier(ctx: RewriteContext, name: string, imports: Map<string, { module: string; imported: string }>, arity: 1 | 3): boolean {
  let source: string | undefined;
  const local = localFunction(ctx, name);
  if (local) source = ctx.j(local).toSource();
  const from = imports.get(name);
  if (!source && from) {
    const file = ctx.input.resolveModule?.(from.module);
    if (file) source = file.source;
  }
  if (!source) return false;
  // TypeScript's annotations allowed: `(middleware: any): (req: NextApiRequest, res: NextApiResponse) => Promise<unknown>`
  const param = '(\\w+)\\s*(?::[^,)]*)?';
  const pattern =
    arity === 3
      ? /\(\s*(\w+)\s*(?::[^,]*)?,\s*(\w+)\s*(?::[^,]*)?,\s*(\w+)[\s\S]*?new Promise[\s\S]*?\b\3\(\s*\1\s*,\s*\2\s*,/
      : new RegExp(`\\(\\s*(\\w+)[^)]*\\)\\s*(?::[^{]*?)?(?:\\{\\s*return\\s*|=>\\s*)?\\(\\s*${param},\\s*${param}\\)\\s*(?::[^=]*?)?=>[\\s\\S]*?new Promise[\\s\\S]*?\\b\\1\\(\\s*\\2\\s*,\\s*\\3\\s*,`);
  return pattern.test(source);
}

function codeStatementsOf(ctx: RewriteContext, code: string): any[] {
  return ctx.j.template.statements(['\n' + code + '\n']);
}

/** module → exported name ('default' for a default import) → rule. */
const RULES: Record<string, Record<string, Rule>> = {
  'next-auth': { getServerSession: dropReqRes, unstable_getServerSession: dropReqRes, default: nextAuthAdvanced },
  'next-auth/react': { getSession: sessionFetch },
  'next-auth/client': { getSession: sessionFetch },
  'next-auth/next': { getServerSession: dropReqRes, unstable_getServerSession: dropReqRes },
  'next-auth/jwt': { getToken: reqPropertyToRequest },
  micro: { buffer: rawBytes, text: rawText, json: rawJson },
  'stream/consumers': { buffer: rawBytes, text: rawText, json: rawJson },
  'node:stream/consumers': { buffer: rawBytes, text: rawText, json: rawJson },
  'raw-body': { default: getRawBody },
};

/** Does `node` read req or res (property names aside)? */
function refers(node: any, names: LegacyNames): boolean {
  return [names.req, names.res].some((name) => !!name && refersTo(node, name));
}

/** local name → { module, imported } for every import of the file. */
function importsOf(ctx: RewriteContext): Map<string, { module: string; imported: string }> {
  const { j, root } = ctx;
  const out = new Map<string, { module: string; imported: string }>();
  root.find(j.ImportDeclaration).forEach((p) => {
    for (const s of p.value.specifiers ?? []) {
      const imported = s.type === 'ImportSpecifier' ? String((s.imported as any).name) : s.type === 'ImportDefaultSpecifier' ? 'default' : '*';
      out.set(String((s.local as any).name), { module: String(p.value.source.value), imported });
    }
  });
  return out;
}

/** The rule for a call's callee, if the callee is a known library function. */
function ruleFor(callee: any, imports: Map<string, { module: string; imported: string }>): Rule | undefined {
  if (callee.type === 'Identifier') {
    const from = imports.get(callee.name);
    return from ? RULES[from.module]?.[from.imported] : undefined;
  }
  // import * as micro from 'micro'; micro.buffer(req)
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier') {
    const from = imports.get(callee.object.name);
    if (from?.imported === '*' || from?.imported === 'default') return RULES[from.module]?.[callee.property.name];
  }
  return undefined;
}

/**
 * Rewrite the calls in `fn` that are handed req or res. `follow` gets first say over each call
 * (local delegations, wrappers); known library calls are rewritten; anything else is reported.
 */
export function rewriteLibraryCalls(ctx: RewriteContext, fn: ASTPath<any>, names: LegacyNames, follow?: (call: ASTPath<any>) => boolean): void {
  const { j, sink } = ctx;
  const imports = importsOf(ctx);
  const calls: ASTPath<any>[] = [];
  j(fn.get('body'))
    .find(j.CallExpression)
    .forEach((p) => {
      if (p.value.arguments.some((a: any) => refers(a, names))) calls.push(p);
    });
  // innermost first, so a replaced call never holds another one still to visit
  for (const p of calls.reverse()) {
    // before the file's own helpers: a local runMiddleware is a promisifier, not a helper that answers
    if (connectMiddleware({ ctx, path: p, names, fn }, imports)) continue;
    if (follow?.(p)) continue;
    if (isPipeIntoRes(p.value, names)) continue; // the streamed answer (rewrite-stream)
    if (streamConsumer({ ctx, path: p, names, fn }, imports)) continue;
    const rule = ruleFor(p.value.callee, imports);
    const direct = p.value.arguments.some((a: any) => isName(a, names.req) || isName(a, names.res));
    if (!rule && !direct) continue; // req/res inside an argument expression: rewritten as a read later
    const callee = p.value.callee;
    const outcome = rule ? rule({ ctx, path: p, names, fn }) : undefined;
    if (outcome === true) {
      ctx.replacedImports.add(callee.type === 'Identifier' ? callee.name : callee.object.name);
      continue;
    }
    const handsReq = p.value.arguments.some((a: any) => isName(a, names.req));
    const what = j(callee).toSource();
    sink.add(outcome?.code ?? (handsReq ? 'RS202' : 'RS304'), p.value, outcome ? `\`${what}\`: ${outcome.message}` : `\`${handsReq ? names.req : names.res}\` is passed to \`${what}\``);
  }
}
