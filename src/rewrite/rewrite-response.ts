// The response-intent model: every `res.*` form becomes one intent (status, headers, body),
// and one builder turns an intent into the Response the route handler returns.
//   res.status(201).json(user)            →  return NextResponse.json(user, { status: 201 })
//   res.status(404); … res.json(e)        →  responseStatus = 404; … return NextResponse.json(e, { status: responseStatus })
//   res.setHeader('Allow', ['GET'])       →  setLegacyHeader(responseHeaders, 'Allow', ['GET'])

import { codeStatement, codeStatements, needImport } from './context';
import type { ASTPath } from 'jscodeshift';
import { isInsideNestedFunction, paramReferences } from '../analyze/references';
import type { RewriteContext } from './context';
import { pipedInto, rewriteStreamedTail } from './rewrite-stream';
import { mentions } from './route-module';

/** One call (or `statusCode =` assignment) in a `res` chain. */
export interface ResponseOp {
  name: string;
  args: any[];
  node: any;
}

/** A whole `res.a(…).b(…)` expression, read from the `res` identifier outwards. */
export interface ResponseChain {
  ops: ResponseOp[];
  /** The outermost expression of the chain. */
  outer: ASTPath<any>;
}

const SENDS = new Set(['json', 'send', 'end', 'redirect', 'pipe']);
const SETTERS = new Set(['status', 'setHeader']);
/** Calls with an effect beyond this response: `res.revalidate`, `res.setDraftMode`. */
const EFFECTS = new Set(['revalidate', 'setDraftMode', 'clearPreviewData']);

type BodyKind = 'text' | 'json' | 'bytes' | 'unknown';

/** How many arguments each call takes where routeshift rewrites it (fewer or more, or a spread, stay). */
const ARITY: Record<string, [number, number]> = { status: [1, 1], setHeader: [2, 2], json: [1, 1], send: [0, 1], end: [0, 2], redirect: [1, 2], pipe: [1, 1], revalidate: [1, 2], setDraftMode: [1, 1], clearPreviewData: [0, 1] };

/**
 * The call's arguments are ones the rewrite reads: no spread, a count it knows (`res.json()` answered an
 * empty body, `res.status()` threw), and `end`'s second argument the default encoding (pages decoded
 * the chunk with it: 'base64' sent other bytes).
 */
function argumentsFit(op: ResponseOp): boolean {
  const [min, max] = ARITY[op.name] ?? [0, Infinity];
  if (op.args.length < min || op.args.length > max || op.args.some((a: any) => a.type === 'SpreadElement')) return false;
  if (op.name === 'end' && op.args.length === 2) return /^utf-?8$/i.test(stringArg(op.args[1]) ?? '');
  return true;
}

/** Read the chain that starts at a `res` reference; undefined when `res` is used some other way. */
export function readChain(ref: ASTPath<any>): ResponseChain | undefined {
  const ops: ResponseOp[] = [];
  let cur = ref;
  for (;;) {
    const parent = cur.parent?.value;
    if (!parent) break;
    if (parent.type === 'MemberExpression' && parent.object === cur.value && !parent.computed && parent.property.type === 'Identifier') {
      const call = cur.parent.parent?.value;
      if (call && call.type === 'CallExpression' && call.callee === parent) {
        ops.push({ name: parent.property.name, args: call.arguments, node: call });
        cur = cur.parent.parent;
        continue;
      }
      const assign = call;
      if (parent.property.name === 'statusCode' && assign?.type === 'AssignmentExpression' && assign.left === parent && assign.operator === '=' && ops.length === 0) {
        ops.push({ name: 'status', args: [assign.right], node: assign });
        cur = cur.parent.parent;
        break;
      }
      ops.push({ name: parent.property.name, args: [], node: parent });
      return { ops, outer: cur.parent };
    }
    break;
  }
  return ops.length > 0 ? { ops, outer: cur } : undefined;
}

/** Where a chain stands: its own statement, a return's argument, or somewhere else. */
export function placeOf(chain: ResponseChain): { kind: 'statement' | 'return' | 'other'; statement: ASTPath<any> } {
  let p = chain.outer;
  if (p.parent?.value.type === 'AwaitExpression' || (p.parent?.value.type === 'UnaryExpression' && p.parent.value.operator === 'void')) p = p.parent;
  const parent = p.parent;
  if (parent?.value.type === 'ExpressionStatement') return { kind: 'statement', statement: parent };
  if (parent?.value.type === 'ReturnStatement') return { kind: 'return', statement: parent };
  return { kind: 'other', statement: parent };
}

/** Statically known kind of a body value; identifiers declared in the file with a literal are followed. */
export function bodyKind(node: any): BodyKind {
  switch (node.type) {
    case 'StringLiteral':
    case 'TemplateLiteral':
      return 'text';
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return 'json';
    case 'Literal':
      return typeof node.value === 'string' ? 'text' : 'json';
    case 'BinaryExpression':
      return node.operator === '+' && (bodyKind(node.left) === 'text' || bodyKind(node.right) === 'text') ? 'text' : 'unknown';
    case 'CallExpression': {
      const c = node.callee;
      if (c.type === 'MemberExpression' && c.object.type === 'Identifier' && c.object.name === 'Buffer') return 'bytes';
      if (c.type === 'MemberExpression' && c.object.type === 'Identifier' && c.object.name === 'JSON' && c.property.name === 'stringify') return 'text';
      if (c.type === 'Identifier' && c.name === 'String') return 'text';
      return 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** Is this statement a response send (it will become a return)? Used by the dispatch reader. */
export function isSendStatement(stmt: any, res: string | undefined): boolean {
  if (!res || stmt.type !== 'ExpressionStatement') return false;
  let e = stmt.expression;
  if (e.type === 'AwaitExpression') e = e.argument;
  while (e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression') {
    if (e.callee.property.type === 'Identifier' && SENDS.has(e.callee.property.name)) {
      let base = e.callee.object;
      while (base.type === 'CallExpression' && base.callee.type === 'MemberExpression') base = base.callee.object;
      return base.type === 'Identifier' && base.name === res;
    }
    e = e.callee.object;
  }
  return false;
}

/**
 * Is `stmt` the last thing its function does? It may be followed only by `return;` or a switch's `break;`,
 * and each enclosing statement must itself be in tail position. A loop on the way makes it `loop`.
 */
export function tailPosition(stmt: ASTPath<any>, fn: ASTPath<any>): { tail: boolean; loop?: boolean; trailing?: ASTPath<any> } {
  let p = stmt;
  let trailing: ASTPath<any> | undefined;
  for (;;) {
    const parent = p.parent;
    if (!parent) return { tail: false };
    const pv = parent.value;
    if (Array.isArray(p.parentPath?.value) && p.value.type !== 'SwitchCase') {
      const list = p.parentPath.value as any[];
      const index = list.indexOf(p.value);
      const after = list.slice(index + 1);
      const isBreak = after.length === 1 && after[0].type === 'BreakStatement' && !after[0].label && pv.type === 'SwitchCase';
      const isBareReturn = after.length === 1 && after[0].type === 'ReturnStatement' && !after[0].argument;
      if (after.length > 0 && !isBreak && !isBareReturn) return { tail: false };
      if (p === stmt && (isBreak || isBareReturn)) trailing = p.parentPath.get(index + 1);
      // `…; return;` ends the function wherever it stands (loops and callbacks are checked elsewhere)
      if (isBareReturn && !insideLoop(p, fn)) return { tail: true, trailing };
      if (pv.type === 'SwitchCase' && !isBreak && !isBareReturn) {
        const cases = parent.parentPath.value as any[];
        if (cases.indexOf(pv) !== cases.length - 1) return { tail: false }; // falls through into the next case
      }
    }
    if (pv === fn.value) return { tail: true, trailing };
    if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(pv.type)) return { tail: false, loop: true };
    if (/Function/.test(pv.type) || pv.type === 'LabeledStatement') return { tail: false };
    p = parent;
  }
}

export function insideLoop(p: ASTPath<any>, fn: ASTPath<any>): boolean {
  for (let cur = p.parent; cur && cur.value !== fn.value; cur = cur.parent) {
    if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(cur.value.type)) return true;
  }
  return false;
}

/** Rewrite every `res` use in `fn` (second parameter named `res`). Returns whether state variables are needed. */
export function rewriteResponse(ctx: RewriteContext, fn: ASTPath<any>, res: string): void {
  const { j, sink } = ctx;
  const streamed = rewriteStreamedTail(ctx, fn, res);
  if (streamed === 'blocked') return;
  const chains: ResponseChain[] = [];
  for (const ref of paramReferences(j, fn, res)) {
    const parent = ref.parent.value;
    if (parent.type === 'CallExpression' && parent.arguments.includes(ref.value)) {
      // source.pipe(res): a send whose body is the source stream
      const pipe = pipedInto(ref);
      if (pipe && isInsideNestedFunction(ref, fn)) sink.add('RS302', pipe.value, '`pipe(res)` inside a callback');
      else if (pipe) chains.push({ ops: [{ name: 'pipe', args: [pipe.value.callee.object], node: pipe.value }], outer: pipe });
      continue; // otherwise: delegations and library calls, handled before
    }
    const chain = readChain(ref);
    if (!chain) {
      sink.add('RS304', ref.value, `\`${res}\` used as a value`);
      continue;
    }
    // res.revalidate(path) is an effect with a value (a promise): it stands anywhere, callbacks included
    if (chain.ops.length === 1 && chain.ops[0].name === 'revalidate') {
      const call = revalidateCall(ctx, chain.ops[0]);
      // a plain revalidatePath(…) is not awaited; legacyRevalidate(…) keeps the await that catches its refusal
      const awaited = chain.outer.parent?.value.type === 'AwaitExpression' && call.callee.name === 'revalidatePath' ? chain.outer.parent : chain.outer;
      awaited.replace(call);
      continue;
    }
    if (isInsideNestedFunction(ref, fn)) {
      sink.add('RS302', chain.outer.value, `\`${res}.${chain.ops[0].name}\` inside a callback`);
      continue;
    }
    const draft = chain.ops.find((op) => op.name === 'setDraftMode' && draftModeSwitch(op.args[0]) === undefined);
    if (draft) {
      sink.add('RS303', draft.node, `\`${res}.setDraftMode\` with an option that is not a literal \`{ enable: true | false }\``);
      continue;
    }
    const unknown = chain.ops.find((op) => !SENDS.has(op.name) && !SETTERS.has(op.name) && !EFFECTS.has(op.name));
    if (unknown) {
      sink.add('RS303', unknown.node, `\`${res}.${unknown.name}\``);
      continue;
    }
    const misfit = chain.ops.find((op) => !argumentsFit(op));
    if (misfit) {
      const what = misfit.args.some((a: any) => a.type === 'SpreadElement') ? 'a spread argument' : misfit.name === 'end' && misfit.args.length === 2 ? 'an encoding other than utf8' : `${misfit.args.length} argument${misfit.args.length === 1 ? '' : 's'}`;
      sink.add('RS303', misfit.node, `\`${res}.${misfit.name}\` with ${what}`);
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

  const state = {
    status: streamed === 'streamed' || chains.some((c) => !isTerminal(c) && c.ops.some((op) => op.name === 'status')),
    // a wrapper answers with the headers every layer set so far (they were all on the one res)
    headers: streamed === 'streamed' || !!ctx.inWrapper || ctx.headersState.has(fn.value) || chains.some((c) => c.ops.some((op) => op.name === 'setHeader')),
  };

  for (const chain of chains) {
    const place = placeOf(chain);
    if (place.kind === 'other') {
      sink.add('RS304', chain.outer.value, `\`${res}.${chain.ops[0].name}(…)\` used inside an expression`);
      continue;
    }
    if (!isTerminal(chain)) {
      if (place.kind === 'return') {
        sink.add('RS304', chain.outer.value, `\`return ${res}.${chain.ops[0].name}(…)\` without a send`);
        continue;
      }
      replaceStatement(ctx, place.statement, chain.ops.flatMap((op) => setterStatement(ctx, op)));
      continue;
    }
    const response = buildResponse(ctx, chain, state);
    // the chain's own setters run before its send: res.setHeader('X', y).status(201).json(v)
    const setters = chain.ops.slice(0, -1).filter((op) => op.name !== 'status').flatMap((op) => setterStatement(ctx, op));
    if (place.kind === 'return') {
      if (setters.length) replaceStatement(ctx, place.statement, [...setters, j.returnStatement(response)]);
      else place.statement.value.argument = response;
      continue;
    }
    const tail = tailPosition(place.statement, fn);
    if (!tail.tail) {
      sink.add(tail.loop || insideLoop(place.statement, fn) ? 'RS305' : 'RS301', chain.outer.value, `\`${res}.${chain.ops[chain.ops.length - 1].name}(…)\` is followed by code that still runs`);
      continue;
    }
    if (tail.trailing) tail.trailing.prune();
    replaceStatement(ctx, place.statement, [...setters, j.returnStatement(response)]);
  }
  if (state.status || state.headers) declareState(ctx, fn, state);
}

/** A Content-Type set in the send's own chain (elsewhere it may be conditional: the note is kept). */
function sendSetsContentType(chain: ResponseChain): boolean {
  return chain.ops.some((op) => op.name === 'setHeader' && /^content-type$/i.test(stringArg(op.args[0]) ?? ''));
}

function isTerminal(chain: ResponseChain): boolean {
  return SENDS.has(chain.ops[chain.ops.length - 1].name);
}

export function stringArg(node: any): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral' || (node.type === 'Literal' && typeof node.value === 'string')) return node.value;
  return undefined;
}

/** Replace one statement with several (wrapping them in a block where a single statement must stand). */
export function replaceStatement(ctx: RewriteContext, statement: ASTPath<any>, replacements: any[]): void {
  const inList = Array.isArray(statement.parentPath?.value);
  if (replacements.length === 1 || !inList) statement.replace(replacements.length === 1 ? replacements[0] : ctx.j.blockStatement(replacements));
  else statement.replace(...replacements);
}

//   res.status(404)            →  responseStatus = 404;
//   res.setHeader('X-A', 'b')  →  responseHeaders.set('X-A', 'b');
//   await res.revalidate('/')  →  revalidatePath('/');
//   res.setDraftMode({ enable: true })  →  (await draftMode()).enable();
function setterStatement(ctx: RewriteContext, op: ResponseOp): any {
  const { j, names } = ctx;
  if (op.name === 'clearPreviewData') {
    // both preview cookies expire, with the attributes pages gave them (next dev: SameSite=Lax, not Secure)
    needImport(ctx, 'next/headers', 'draftMode');
    needImport(ctx, 'next/headers', 'cookies');
    const [draft, jar] = ctx.input.next === 14 ? ['draftMode()', 'cookies()'] : ['(await draftMode())', '(await cookies())'];
    const attributes = "{ expires: new Date(0), httpOnly: true, path: '/', sameSite: process.env.NODE_ENV === 'development' ? 'lax' : 'none', secure: process.env.NODE_ENV !== 'development' }";
    return codeStatements(j, [`${draft}.disable();\n${jar}.set('__next_preview_data', '', ${attributes});`]);
  }
  if (op.name === 'setDraftMode') {
    needImport(ctx, 'next/headers', 'draftMode');
    const draft = ctx.input.next === 14 ? 'draftMode()' : '(await draftMode())';
    return codeStatement(j, [`${draft}.${draftModeSwitch(op.args[0]) ? 'enable' : 'disable'}();`]);
  }
  if (op.name === 'status') return codeStatement(j, [`${names.status} = `, ';'], op.args[0]);
  const [name, value] = op.args;
  const kind = value ? value.type : '';
  if (kind === 'StringLiteral' || kind === 'TemplateLiteral' || (kind === 'Literal' && typeof value.value === 'string')) {
    return codeStatement(j, [`${names.headers}.set(`, ', ', ');'], name, value);
  }
  if (kind === 'NumericLiteral') return codeStatement(j, [`${names.headers}.set(`, `, '${value.value}');`], name);
  ctx.runtime.add('setLegacyHeader');
  return codeStatement(j, [`setLegacyHeader(${names.headers}, `, ', ', ');'], name, value);
}

//   res.revalidate('/blog')   →   revalidatePath('/blog')
//   res.revalidate(path)      →   legacyRevalidate(path)   (refuses a path without a leading '/', as pages did)
function revalidateCall(ctx: RewriteContext, op: ResponseOp): any {
  ctx.sink.add('RS511', op.node, '`res.revalidate(path)` → `revalidatePath(path)`');
  const arg = op.args[0];
  const literal = stringArg(arg) ?? (arg?.type === 'TemplateLiteral' ? arg.quasis[0].value.cooked : undefined);
  if (literal !== undefined && literal.startsWith('/')) {
    needImport(ctx, 'next/cache', 'revalidatePath');
    return ctx.j.template.expression(['revalidatePath(', ')'], op.args[0]);
  }
  ctx.runtime.add('legacyRevalidate');
  return ctx.j.template.expression(['legacyRevalidate(', ')'], op.args[0]);
}

/** `{ enable: true }` → true, `{ enable: false }` → false, anything else → undefined. */
function draftModeSwitch(arg: any): boolean | undefined {
  if (arg?.type !== 'ObjectExpression' || arg.properties.length !== 1) return undefined;
  const [prop] = arg.properties;
  const key = prop.key?.name ?? prop.key?.value;
  const value = prop.value;
  if (key !== 'enable' || prop.computed || !(value?.type === 'BooleanLiteral' || (value?.type === 'Literal' && typeof value.value === 'boolean'))) return undefined;
  return value.value;
}

export type State = { status: boolean; headers: boolean };

/**
 * Code for a Response, with user expressions as nodes: `code` holds `$0`, `$1`… and an `init`
 * slot `$init` that becomes `, { status, headers }` or nothing.
 *   ('NextResponse.json($0$init)', [user])   →   NextResponse.json(user, { status: 201 })
 */
export function responseExpression(ctx: RewriteContext, code: string, nodes: any[], init: { status?: any; headers?: boolean }): any {
  const { j, names } = ctx;
  const parts: string[] = [];
  const values: any[] = [];
  const initParts: Array<string | any> = [];
  if (init.status !== undefined || init.headers) {
    initParts.push(', { ');
    if (init.status !== undefined) initParts.push('status: ', init.status);
    if (init.headers) initParts.push(init.status !== undefined ? ', ' : '', `headers: ${names.headers}`);
    initParts.push(' }');
  }
  // split `code` into literal text and node holes
  let rest = code;
  let text = '';
  const pushNode = (node: any) => {
    if (typeof node === 'string') {
      text += node;
      return;
    }
    parts.push(text);
    values.push(node);
    text = '';
  };
  while (rest.length) {
    const m = rest.match(/\$(\d+|init)/);
    if (!m || m.index === undefined) {
      text += rest;
      break;
    }
    text += rest.slice(0, m.index);
    if (m[1] === 'init') initParts.forEach(pushNode);
    else pushNode(nodes[Number(m[1])]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(text);
  return j.template.expression(parts, ...values);
}

function buildResponse(ctx: RewriteContext, chain: ResponseChain, state: State): any {
  const { names, sink } = ctx;
  const statusOp = [...chain.ops].reverse().find((op) => op.name === 'status');
  const send = chain.ops[chain.ops.length - 1];
  const init = { status: statusOp?.args[0] ?? (state.status ? names.status : undefined), headers: state.headers };
  const inline = statusOp?.args[0];
  // pages strips the body of 204 and 304 answers
  const noBody = inline && (inline.type === 'NumericLiteral' || inline.type === 'Literal') && (inline.value === 204 || inline.value === 304);
  const json = (body: any) => {
    needImport(ctx, 'next/server', 'NextResponse');
    return responseExpression(ctx, 'NextResponse.json($0$init)', [body], init);
  };
  const empty = () => responseExpression(ctx, init.status !== undefined || init.headers ? 'new Response(null$init)' : 'new Response()', [], init);
  const text = (body: any) => responseExpression(ctx, 'new Response($0$init)', [body], init);

  switch (send.name) {
    case 'json':
      return noBody ? empty() : json(send.args[0]);
    case 'send': {
      const body = send.args[0];
      if (!body || noBody) return empty();
      const kind = bodyKind(body);
      if (kind === 'json') return json(body);
      if (kind === 'text') {
        if (!sendSetsContentType(chain)) sink.add('RS503', send.node, '`res.send(string)`: a Content-Type may not be set');
        return text(body);
      }
      if (kind === 'bytes' && !state.headers) {
        const status = init.status !== undefined ? 'status: $1, ' : '';
        return responseExpression(ctx, `new Response(new Uint8Array($0), { ${status}headers: { 'content-type': 'application/octet-stream' } })`, [body, init.status], {});
      }
      ctx.runtime.add('legacySend');
      return responseExpression(ctx, 'legacySend($0$init)', [body], init);
    }
    case 'end': {
      const body = send.args[0];
      if (!body || noBody || body.type === 'NullLiteral') return empty();
      if (bodyKind(body) === 'bytes') return responseExpression(ctx, 'new Response(new Uint8Array($0)$init)', [body], init);
      if (!sendSetsContentType(chain)) sink.add('RS503', send.node, '`res.end(text)`: a Content-Type may not be set');
      return text(body);
    }
    case 'pipe': {
      needImport(ctx, 'node:stream', 'Readable');
      return responseExpression(ctx, `new Response(Readable.toWeb($0)${ctx.typescript ? ' as ReadableStream' : ''}$init)`, [send.args[0]], init);
    }
    case 'redirect': {
      // pages sent Location as given; `request.url` under `next start` carries the server's own origin
      // (http://localhost:3000), so a relative target stays relative rather than being resolved against it
      const [first, second] = send.args;
      const url = second ?? first;
      const status = second ? first : '307';
      sink.add('RS504', send.node, '`res.redirect` answers with an empty body');
      const location = state.headers ? `new Headers([...${names.headers}, ['location', $0]])` : '{ location: $0 }';
      return responseExpression(ctx, `new Response(null, { status: $1, headers: ${location} })`, [url, status], {});
    }
  }
  return ctx.j.identifier('undefined');
}

//   (start of the function)  let responseStatus = 200; const responseHeaders = new Headers();
export function declareState(ctx: RewriteContext, fn: ASTPath<any>, state: { status: boolean; headers: boolean }): void {
  const { j, names } = ctx;
  const decls: any[] = [];
  if (state.status) decls.push(codeStatement(j, [`let ${names.status} = 200;`]));
  if (state.headers && ctx.inWrapper && !mentions(fn.value.body, names.headers)) {
    // a wrapper that neither answers nor sets a header needs no headers
  } else if (state.headers && ctx.inWrapper) {
    ctx.runtime.add('legacyResponseHeaders');
    decls.push(codeStatement(j, [`const ${names.headers} = legacyResponseHeaders(${names.request});`]));
  } else if (state.headers && ctx.sharedHeaders) decls.push(codeStatement(j, [`const ${names.headers} = ${ctx.sharedHeaders};`]));
  else if (state.headers) decls.push(codeStatement(j, [`const ${names.headers} = new Headers();`]));
  fn.value.body.body.unshift(...decls);
}
