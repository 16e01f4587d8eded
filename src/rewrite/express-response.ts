// Express's `res` in the response-intent model (rewrite-response.ts): the same chains, places, tail
// positions and state, with Express's sends and setters answered through express-runtime.ts.
//   res.status(201).json(user)                  →  return expressJson(user, { status: 201 })
//   res.set('X-Total-Count', String(n))          →  setExpressHeader(responseHeaders, 'X-Total-Count', String(n))
//   res.cookie('sid', v, { maxAge }).json(x)     →  expressCookie(responseHeaders, 'sid', v, { maxAge });
//                                                   return expressJson(x, { headers: responseHeaders })
//   res.sendStatus(404)                          →  return expressSendStatus(404)
//   res.redirect(301, '/items')                  →  return expressRedirect(request, '/items', 301)
//   res.attachment('items.csv')                  →  expressAttachment(responseHeaders, 'items.csv')
//   res.sendFile(path.join(DIR, name))           →  return await expressSendFile(request, path.join(DIR, name))
//   res.download(file, 'report.csv')             →  return await expressDownload(request, file, 'report.csv')
//   return next(err)                             →  throw err

import type { ASTPath } from 'jscodeshift';
import { isPropertyName, walk } from '../analyze/method-dispatch';
import { isInsideNestedFunction, paramReferences } from '../analyze/references';
import { awaitPromiseChains } from './await-promise-chains';
import { codeStatement, needImport, type RewriteContext } from './context';
import { pipedInto } from './rewrite-stream';
import {
  bodyKind,
  declareState,
  insideLoop,
  placeOf,
  readChain,
  replaceStatement,
  responseExpression,
  stringArg,
  tailPosition,
  type ResponseChain,
  type ResponseOp,
  type State,
} from './rewrite-response';

const SENDS = new Set(['json', 'send', 'sendStatus', 'end', 'redirect', 'pipe', 'sendFile', 'download']);
/** Setters that write a header: a chain holding one makes the route keep its headers in `responseHeaders`. */
const HEADER_SETTERS = new Set(['set', 'header', 'setHeader', 'append', 'type', 'contentType', 'cookie', 'clearCookie', 'location', 'attachment']);

/** What the rest of Express's res does, said in the diagnostic. */
const UNSUPPORTED: Record<string, string> = {
  render: 'renders a server-side view: not an API route',
  jsonp: 'JSONP is not migrated',
  format: 'res.format content negotiation is not migrated',
  write: 'a streamed answer (not migrated for Express yet)',
  writeHead: 'a streamed answer (not migrated for Express yet)',
  flushHeaders: 'a streamed answer (not migrated for Express yet)',
  locals: 'res.locals outside a migrated Express app is not migrated',
};

/** Rewrite every use of Express's `res` in `fn`. */
export function rewriteExpressResponse(ctx: RewriteContext, fn: ASTPath<any>, res: string): void {
  const { j, sink } = ctx;
  const chains: ResponseChain[] = [];
  for (const ref of paramReferences(j, fn, res)) {
    const parent = ref.parent.value;
    // res.locals: one object per request that every layer shares (the pipeline's responseLocals)
    if (ctx.express?.pipeline && isMember(parent, ref.value, 'locals')) {
      ref.parent.replace(j.memberExpression(j.identifier(ctx.names.context), j.identifier('responseLocals')));
      continue;
    }
    if (parent.type === 'CallExpression' && parent.arguments.includes(ref.value)) {
      // source.pipe(res): a send whose body is the source stream
      const pipe = pipedInto(ref);
      if (pipe && isInsideNestedFunction(ref, fn)) sink.add('RS302', pipe.value, '`pipe(res)` inside a callback');
      else if (pipe) chains.push({ ops: [{ name: 'pipe', args: [pipe.value.callee.object], node: pipe.value }], outer: pipe });
      continue; // otherwise handed to a function: followed or reported with the library calls
    }
    const chain = readChain(ref);
    if (!chain) {
      sink.add('RS304', ref.value, `\`${res}\` used as a value`);
      continue;
    }
    if (isInsideNestedFunction(ref, fn)) {
      sink.add('RS302', chain.outer.value, `\`${res}.${chain.ops[0].name}\` inside a callback`);
      continue;
    }
    const refused = chain.ops.map((op) => refusal(op, res) ?? fileRefusal(ctx, op, res)).find(Boolean);
    if (refused) {
      sink.add('RS303', refused.node, refused.message);
      continue;
    }
    const sendAt = chain.ops.findIndex((op) => SENDS.has(op.name));
    if (sendAt !== -1 && sendAt !== chain.ops.length - 1) {
      sink.add('RS303', chain.ops[sendAt + 1].node, `\`${res}.${chain.ops[sendAt + 1].name}\` after a send`);
      continue;
    }
    chains.push(chain);
  }
  if (sink.blocks()) return;

  const state: State = {
    status: chains.some((c) => !isTerminal(c) && c.ops.some((op) => op.name === 'status')),
    headers: !!ctx.inWrapper || ctx.headersState.has(fn.value) || chains.some((c) => c.ops.some((op) => HEADER_SETTERS.has(op.name))),
  };

  for (const chain of chains) {
    const place = placeOf(chain);
    const first = chain.ops[0].name;
    if (place.kind === 'other') {
      sink.add('RS304', chain.outer.value, `\`${res}.${first}(…)\` used inside an expression`);
      continue;
    }
    if (!isTerminal(chain)) {
      if (place.kind === 'return') {
        sink.add('RS304', chain.outer.value, `\`return ${res}.${first}(…)\` without a send`);
        continue;
      }
      replaceStatement(ctx, place.statement, chain.ops.flatMap((op) => setterStatements(ctx, op)));
      continue;
    }
    // the chain's setters run first, its status goes into the answer: res.set(…).status(201).json(x)
    const setters = chain.ops.slice(0, -1).filter((op) => op.name !== 'status').flatMap((op) => setterStatements(ctx, op));
    const answer = j.returnStatement(awaitFile(ctx, chain, place.statement, fn, buildResponse(ctx, chain, state)));
    if (place.kind === 'return') {
      replaceStatement(ctx, place.statement, [...setters, answer]);
      continue;
    }
    const tail = tailPosition(place.statement, fn);
    if (!tail.tail) {
      const send = chain.ops[chain.ops.length - 1].name;
      sink.add(tail.loop || insideLoop(place.statement, fn) ? 'RS305' : 'RS301', chain.outer.value, `\`${res}.${send}(…)\` is followed by code that still runs`);
      continue;
    }
    if (tail.trailing) tail.trailing.prune();
    replaceStatement(ctx, place.statement, [...setters, answer]);
  }
  if (state.status || state.headers) declareState(ctx, fn, state);
}

function isTerminal(chain: ResponseChain): boolean {
  return SENDS.has(chain.ops[chain.ops.length - 1].name);
}

const isNumber = (node: any) => node?.type === 'NumericLiteral' || (node?.type === 'Literal' && typeof node.value === 'number');

/** Why an op of a chain cannot be migrated, or undefined. */
function refusal(op: ResponseOp, res: string): { node: any; message: string } | undefined {
  const say = (message: string) => ({ node: op.node, message: `\`${res}.${op.name}\`: ${message}` });
  if (Object.hasOwn(UNSUPPORTED, op.name)) return say(UNSUPPORTED[op.name]);
  if (!SENDS.has(op.name) && !HEADER_SETTERS.has(op.name) && op.name !== 'status') return { node: op.node, message: `\`${res}.${op.name}\`` };
  if (op.args.some((a) => a.type === 'SpreadElement')) return say('spread arguments');
  const count = op.args.length;
  if ((op.name === 'json' || op.name === 'send') && count > 1) return say('the (status, body) argument forms Express 4 deprecated');
  if (op.name === 'redirect' && (count < 1 || count > 2)) return say(`${count} arguments`);
  if ((op.name === 'status' || op.name === 'sendStatus' || op.name === 'type' || op.name === 'contentType' || op.name === 'location') && count !== 1) return say(`${count} arguments`);
  if ((op.name === 'set' || op.name === 'header') && (count < 1 || count > 2)) return say(`${count} arguments`);
  if (op.name === 'attachment' && count > 1) return say(`${count} arguments`);
  if ((op.name === 'sendFile' || op.name === 'download') && count < 1) return say('no path');
  if ((op.name === 'setHeader' || op.name === 'append') && count !== 2) return say(`${count} arguments`);
  if (op.name === 'cookie' && (count < 2 || count > 3)) return say(`${count} arguments`);
  if (op.name === 'clearCookie' && (count < 1 || count > 2)) return say(`${count} arguments`);
  // Node's end(chunk, encoding): 'base64', 'hex'… decoded the chunk into other bytes; a callback ran after it
  if (op.name === 'end' && (count > 2 || (count === 2 && !/^utf-?8$/i.test(op.args[1]?.type === 'StringLiteral' ? op.args[1].value : '')))) return say('an encoding other than utf8, or a callback');
  if (op.name === 'cookie' && signsCookie(op.args[2])) return say('signed cookies (cookie-parser with a secret) are not migrated');
  return undefined;
}

const isFunctionNode = (node: any) => node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression';

/**
 * res.sendFile and res.download are migrated for an absolute path, or a name under the root option; not
 * with a callback (it took the errors the route now throws), nor with a path from the module's own
 * folder (__dirname: the route moves to app/ and Next bundles it), nor with a relative path written out
 * and no root (sendFile refused it; download read it from the working directory).
 */
function fileRefusal(ctx: RewriteContext, op: ResponseOp, res: string): { node: any; message: string } | undefined {
  if (op.name !== 'sendFile' && op.name !== 'download') return undefined;
  const say = (message: string) => ({ node: op.node, message: `\`${res}.${op.name}\`: ${message}` });
  const [file, ...rest] = op.args;
  const callbackAt = op.name === 'sendFile' ? 2 : 3;
  if (op.args.length > callbackAt || rest.some((arg) => isFunctionNode(arg) || namesFunction(ctx, arg))) return say('a callback (it took the errors the route now throws): not migrated');
  // sendFile(path, options); download(path, filename, options) or download(path, options)
  const options = op.name === 'sendFile' ? rest[0] : rest[1] ?? (rest[0]?.type === 'ObjectExpression' ? rest[0] : undefined);
  const root = rootOption(options);
  if (fromModuleFolder(ctx, file) || (root !== 'none' && root !== 'unknown' && fromModuleFolder(ctx, root))) {
    return say('a path from the module\'s own folder (__dirname, import.meta): the route moves to app/ and Next bundles it; build the path from process.cwd() or give an absolute one');
  }
  const text = leadingText(file);
  if (text !== undefined && !isAbsoluteText(text) && root === 'none') {
    return say(op.name === 'sendFile' ? 'a relative path without the root option (Express refused it)' : 'a path relative to the working directory: give an absolute path (path.join(process.cwd(), …)) or the root option');
  }
  return undefined;
}

/** An identifier naming a function the file declares (a callback handed by name). */
function namesFunction(ctx: RewriteContext, node: any): boolean {
  if (node?.type !== 'Identifier') return false;
  const { j, root } = ctx;
  if (root.find(j.FunctionDeclaration, { id: { name: node.name } }).size() > 0) return true;
  return root.find(j.VariableDeclarator, { id: { type: 'Identifier', name: node.name } }).some((d: ASTPath<any>) => isFunctionNode(d.value.init));
}

/** The root option's value; 'none' when the options surely have none, 'unknown' when they cannot be read. */
function rootOption(options: any): any {
  if (!options) return 'none';
  if (options.type !== 'ObjectExpression') return 'unknown';
  if (options.properties.some((p: any) => p.type === 'SpreadElement' || p.computed)) return 'unknown';
  const root = options.properties.find((p: any) => (p.key?.name ?? p.key?.value) === 'root');
  return root ? root.value : 'none';
}

/** Does the expression use the module's location (__dirname, __filename, import.meta), itself or through the file's variables? */
function fromModuleFolder(ctx: RewriteContext, node: any, seen = new Set<string>()): boolean {
  let found = false;
  walk(node, (n, parent) => {
    if (found) return false;
    if (n.type === 'MetaProperty') found = true;
    if (n.type !== 'Identifier' || isPropertyName(n, parent)) return undefined;
    if (n.name === '__dirname' || n.name === '__filename') found = true;
    else if (!seen.has(n.name)) {
      seen.add(n.name);
      ctx.root.find(ctx.j.VariableDeclarator, { id: { type: 'Identifier', name: n.name } }).forEach((d: ASTPath<any>) => {
        if (!found && d.value.init && fromModuleFolder(ctx, d.value.init, seen)) found = true;
      });
    }
    return undefined;
  });
  return found;
}

/** The text a path starts with, when it is written out: 'files/a.txt', `/srv/${name}`. */
function leadingText(node: any): string | undefined {
  const text = stringArg(node);
  if (text !== undefined) return text;
  if (node?.type === 'TemplateLiteral' && (node.expressions.length === 0 || node.quasis[0].value.cooked)) return node.quasis[0].value.cooked;
  return undefined;
}

/** Express's test of an absolute path: '/…', 'C:\…', '\\…'. */
function isAbsoluteText(text: string): boolean {
  return text[0] === '/' || (text[1] === ':' && (text[2] === '\\' || text[2] === '/')) || text.startsWith('\\\\');
}

/**
 * A file send is awaited (the route answers a Response; a missing file throws), except inside a try
 * block with a catch: in Express its errors went to next(err), past the handler's own catch, so there
 * the promise is returned as it is and its rejection passes the catch too.
 */
function awaitFile(ctx: RewriteContext, chain: ResponseChain, statement: ASTPath<any>, fn: ASTPath<any>, answer: any): any {
  const send = chain.ops[chain.ops.length - 1].name;
  if (send !== 'sendFile' && send !== 'download') return answer;
  for (let child = statement, p = statement.parent; p && p.value !== fn.value; child = p, p = p.parent) {
    if (p.value.type === 'TryStatement' && p.value.handler && p.value.block === child.value) return answer;
  }
  return ctx.j.awaitExpression(answer);
}

/** `{ signed: true }`, or options routeshift cannot see into that might sign. */
function signsCookie(options: any): boolean {
  if (!options) return false;
  if (options.type !== 'ObjectExpression') return false;
  return options.properties.some((p: any) => p.type === 'SpreadElement' || (!p.computed && (p.key?.name ?? p.key?.value) === 'signed' && !(p.value?.type === 'BooleanLiteral' && p.value.value === false)));
}

//   res.status(404)                 →  responseStatus = 404;
//   res.set('Cache-Control', 'x')    →  responseHeaders.set('Cache-Control', 'x');
//   res.set({ A: a, B: 'b' })        →  setExpressHeader(responseHeaders, 'A', a); responseHeaders.set('B', 'b');
//   res.type('json')                →  expressType(responseHeaders, 'json');
//   res.cookie('sid', v, options)    →  expressCookie(responseHeaders, 'sid', v, options);
function setterStatements(ctx: RewriteContext, op: ResponseOp): any[] {
  const { j, names } = ctx;
  const headers = names.headers;
  const [a, b, c] = op.args;
  const helper = (name: 'setExpressHeader' | 'expressType' | 'expressCookie' | 'clearExpressCookie' | 'expressLocation' | 'expressAttachment', args: any[], lead = headers) => {
    ctx.runtime.add(name);
    return codeStatement(j, [`${name}(${lead}, `, ...args.slice(1).map(() => ', '), ');'], ...args);
  };
  switch (op.name) {
    case 'status':
      return [codeStatement(j, [`${names.status} = `, ';'], a)];
    case 'set':
    case 'header':
      if (b !== undefined) return [setHeader(ctx, a, b, helper)];
      if (a.type === 'ObjectExpression' && a.properties.every((p: any) => (p.type === 'ObjectProperty' || p.type === 'Property') && !p.computed && p.kind !== 'get' && p.kind !== 'set' && !p.method)) {
        return a.properties.map((p: any) => setHeader(ctx, j.stringLiteral(p.key.name ?? String(p.key.value)), p.value, helper));
      }
      ctx.runtime.add('setExpressHeader');
      return [codeStatement(j, ['Object.entries(', `).forEach(([name, value]) => setExpressHeader(${headers}, name, value));`], a)];
    case 'setHeader':
      // Node's own setHeader: the value as given (no charset added)
      if (stringArg(b) !== undefined || b.type === 'TemplateLiteral') return [codeStatement(j, [`${headers}.set(`, ', ', ');'], a, b)];
      if (isNumber(b)) return [codeStatement(j, [`${headers}.set(`, `, '${b.value}');`], a)];
      return [helper('setExpressHeader', [a, b])];
    case 'append':
      if (b.type === 'ArrayExpression' && b.elements.every((e: any) => e && e.type !== 'SpreadElement')) return b.elements.map((e: any) => appendHeader(ctx, a, e));
      return [appendHeader(ctx, a, b)];
    case 'type':
    case 'contentType':
      return [helper('expressType', [a])];
    case 'cookie':
      return [helper('expressCookie', c ? [a, b, c] : [a, b])];
    case 'clearCookie':
      return [helper('clearExpressCookie', b ? [a, b] : [a])];
    case 'location':
      return [helper('expressLocation', [j.identifier(headers), a], names.request)];
    case 'attachment':
      if (a) return [helper('expressAttachment', [a])];
      ctx.runtime.add('expressAttachment');
      return [codeStatement(j, [`expressAttachment(${headers});`])];
  }
  return [];
}

/** res.set(name, value): a plain string header as it is; a Content-Type or a value of another kind through setExpressHeader. */
function setHeader(ctx: RewriteContext, name: any, value: any, helper: (name: 'setExpressHeader', args: any[]) => any): any {
  const literalName = stringArg(name);
  const text = stringArg(value) !== undefined || value.type === 'TemplateLiteral';
  if (text && literalName !== undefined && literalName.toLowerCase() !== 'content-type') return codeStatement(ctx.j, [`${ctx.names.headers}.set(`, ', ', ');'], name, value);
  return helper('setExpressHeader', [name, value]);
}

/** res.append(name, value): one more value of the header (strings as they are, anything else through String). */
function appendHeader(ctx: RewriteContext, name: any, value: any): any {
  const text = stringArg(value) !== undefined || value.type === 'TemplateLiteral';
  return codeStatement(ctx.j, [`${ctx.names.headers}.append(`, text ? ', ' : ', String(', text ? ');' : '));'], name, value);
}

/** The Response a send chain answers with. */
function buildResponse(ctx: RewriteContext, chain: ResponseChain, state: State): any {
  const { j, names, sink } = ctx;
  const statusOp = [...chain.ops].reverse().find((op) => op.name === 'status');
  const send = chain.ops[chain.ops.length - 1];
  const init = { status: statusOp?.args[0] ?? (state.status ? names.status : undefined), headers: state.headers };
  const headersArg = state.headers ? `, ${names.headers}` : '';
  const call = (helper: 'expressJson' | 'expressSend', body: any) => {
    ctx.runtime.add(helper);
    return responseExpression(ctx, `${helper}($0$init)`, [body], init);
  };
  const empty = () => responseExpression(ctx, init.status !== undefined || init.headers ? 'new Response(null$init)' : 'new Response()', [], init);
  const [body] = send.args;
  switch (send.name) {
    case 'json':
      return call('expressJson', body ?? j.identifier('undefined'));
    case 'send':
      if (!body) return empty();
      // res.send(404): Express 4's old form of sendStatus
      if (isNumber(body)) return sendStatus(ctx, body, headersArg);
      return call('expressSend', body);
    case 'sendStatus':
      return sendStatus(ctx, body, headersArg);
    case 'end': {
      // Node's own end: the body as given, no type added
      const noBody = isNumber(init.status) && (init.status.value === 204 || init.status.value === 304);
      if (!body || noBody || body.type === 'NullLiteral') return empty();
      if (bodyKind(body) === 'bytes') return responseExpression(ctx, 'new Response(new Uint8Array($0)$init)', [body], init);
      if (!chain.ops.some((op) => op.name === 'type' || op.name === 'contentType' || (op.name === 'attachment' && op.args.length > 0) || ((op.name === 'set' || op.name === 'header' || op.name === 'setHeader') && /^content-type$/i.test(stringArg(op.args[0]) ?? '')))) {
        sink.add('RS503', send.node, '`res.end(text)`: a Content-Type may not be set');
      }
      return responseExpression(ctx, 'new Response($0$init)', [body], init);
    }
    case 'redirect': {
      // res.redirect(url), res.redirect(status, url), and the old res.redirect(url, status)
      const [first, second] = send.args;
      const [url, status] = !second ? [first, undefined] : isNumber(second) && !isNumber(first) ? [first, second] : [second, first];
      ctx.runtime.add('expressRedirect');
      if (!status && !state.headers) return responseExpression(ctx, `expressRedirect(${names.request}, $0)`, [url], {});
      return responseExpression(ctx, `expressRedirect(${names.request}, $0, $1${headersArg})`, [url, status ?? j.numericLiteral(302)], {});
    }
    case 'sendFile':
    case 'download': {
      // expressSendFile(request, path, options, init) · expressDownload(request, path, filename, options, init)
      const helper = send.name === 'sendFile' ? 'expressSendFile' : 'expressDownload';
      ctx.runtime.add(helper);
      const withInit = init.status !== undefined || init.headers;
      const slots = send.name === 'sendFile' ? 2 : 3;
      const holes = send.args.map((_arg: any, i: number) => `$${i}`);
      while (withInit && holes.length < slots) holes.push(send.name === 'sendFile' ? '{}' : 'undefined');
      return responseExpression(ctx, `${helper}(${names.request}, ${holes.join(', ')}$init)`, send.args, init);
    }
    case 'pipe':
      needImport(ctx, 'node:stream', 'Readable');
      return responseExpression(ctx, `new Response(Readable.toWeb($0)${ctx.typescript ? ' as ReadableStream' : ''}$init)`, [body], init);
  }
  return j.identifier('undefined');
}

function sendStatus(ctx: RewriteContext, status: any, headersArg: string): any {
  ctx.runtime.add('expressSendStatus');
  return responseExpression(ctx, `expressSendStatus($0${headersArg})`, [status], {});
}

/**
 * `next` in an Express handler: `next(err)` hands the error to the app's error handler; in a route
 * handler the error is thrown (it reaches Next's 500, or the error handler routeshift reproduces).
 *   return next(err)   →  throw err
 *   catch (e) { next(e) }  (last)  →  catch (e) { throw e }
 *   load().then((x) => res.json(x)).catch(next)  →  try { const x = await load(); return expressJson(x) } catch (error) { throw error }
 * next() and next('route') — on to the next route — and next as a value are reported.
 */
export function rewriteNextCalls(ctx: RewriteContext, fn: ASTPath<any>, next: string, res?: string): void {
  const { j, sink } = ctx;
  // promise.catch(next): a callback handing the error on, which an awaited chain turns into a catch block
  for (const ref of paramReferences(j, fn, next)) {
    const call = ref.parent.value;
    const callee = call.callee;
    if (call.type !== 'CallExpression' || call.arguments.length !== 1 || call.arguments[0] !== ref.value) continue;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'catch') ref.replace(j.template.expression([`(error) => ${next}(error)`]));
  }
  if (res) awaitPromiseChains(ctx, fn, res);
  for (const ref of paramReferences(j, fn, next)) {
    const call = ref.parent;
    if (call.value.type !== 'CallExpression' || call.value.callee !== ref.value) {
      sink.add('RS105', ref.value, `\`${next}\` used as a value (handed on as a callback)`);
      continue;
    }
    const [error, ...rest] = call.value.arguments;
    if (!error || rest.length || error.type === 'SpreadElement') {
      sink.add('RS105', call.value, `\`${next}(${error ? '…' : ''})\` hands the request on to the next route (not migrated)`);
      continue;
    }
    if (stringArg(error) === 'route' || stringArg(error) === 'router') {
      sink.add('RS105', call.value, `\`${next}('${stringArg(error)}')\` skips to the next route (not migrated)`);
      continue;
    }
    if (isInsideNestedFunction(ref, fn)) {
      sink.add('RS302', call.value, `\`${next}(error)\` inside a callback`);
      continue;
    }
    let expr: ASTPath<any> = call;
    if (expr.parent?.value.type === 'AwaitExpression' || (expr.parent?.value.type === 'UnaryExpression' && expr.parent.value.operator === 'void')) expr = expr.parent;
    const statement = expr.parent;
    if (statement?.value.type === 'ReturnStatement') {
      statement.replace(j.throwStatement(error));
      continue;
    }
    if (statement?.value.type !== 'ExpressionStatement') {
      sink.add('RS304', call.value, `\`${next}(error)\` used inside an expression`);
      continue;
    }
    const tail = tailPosition(statement, fn);
    if (!tail.tail) {
      sink.add(tail.loop || insideLoop(statement, fn) ? 'RS305' : 'RS301', call.value, `\`${next}(error)\` is followed by code that still runs`);
      continue;
    }
    if (tail.trailing) tail.trailing.prune();
    statement.replace(j.throwStatement(error));
  }
}

/** `object.name` (not computed). */
function isMember(node: any, object: any, name: string): boolean {
  return (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object === object && !node.computed && node.property.type === 'Identifier' && node.property.name === name;
}
