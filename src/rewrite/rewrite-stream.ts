// Streamed answers: from the first `res.write` (or `res.writeHead`/`flushHeaders`) to the
// end of the handler, the legacy code writes the body as it goes. That tail becomes the body of a
// stream the route returns; what came before (auth checks, early sends) stays as it was.
//   res.writeHead(200, { 'Content-Type': 'text/event-stream' });      responseStatus = 200; responseHeaders.set('Content-Type', 'text/event-stream');
//   for (const e of events) res.write(`data: ${e}\n\n`);         →    return legacyStream({ status: responseStatus, headers: responseHeaders }, request.signal, async (stream) => {
//   res.end();                                                            for (const e of events) stream.write(`data: ${e}\n\n`); stream.end(); });
// (`file.pipe(res)` is a send of the response-intent model: rewrite-response.ts.)

import type { ASTPath } from 'jscodeshift';
import { paramReferences } from '../analyze/references';
import { allocateName, codeStatement, type RewriteContext } from './context';

const STREAM_OPS = new Set(['write', 'writeHead', 'flushHeaders']);
const HEAD_OPS = new Set(['writeHead', 'flushHeaders', 'setHeader', 'status']);

/** `res.<name>(…)` for a reference path; the member name or undefined. */
function memberCall(ref: ASTPath<any>): { name: string; call: ASTPath<any> } | undefined {
  const parent = ref.parent?.value;
  if (parent?.type !== 'MemberExpression' || parent.object !== ref.value || parent.computed) return undefined;
  const call = ref.parent.parent;
  if (call?.value.type !== 'CallExpression' || call.value.callee !== parent) return undefined;
  return { name: parent.property.name, call };
}

/** `x.pipe(res)` for a reference path. */
export function pipedInto(ref: ASTPath<any>): ASTPath<any> | undefined {
  const call = ref.parent;
  const v = call?.value;
  if (v?.type !== 'CallExpression' || v.arguments.length !== 1 || v.arguments[0] !== ref.value) return undefined;
  return v.callee.type === 'MemberExpression' && !v.callee.computed && v.callee.property.name === 'pipe' ? call : undefined;
}

/** The statement of the function's own body list that holds `p`. */
function topStatement(p: ASTPath<any>, fn: ASTPath<any>): ASTPath<any> | undefined {
  let cur = p;
  while (cur.parent && cur.parent.value !== fn.value.body) cur = cur.parent;
  return cur.parent ? cur : undefined;
}

/** The statement (in a statement list) that holds a reference. */
function topStatementOf(p: ASTPath<any>): ASTPath<any> | undefined {
  let cur: ASTPath<any> | null = p;
  while (cur && !(cur.value.type === 'ExpressionStatement' && Array.isArray(cur.parentPath?.value))) cur = cur.parent;
  return cur ?? undefined;
}

/** Is the statement a head op alone: `res.writeHead(…)`, `res.setHeader(…)`, `res.status(…)`, `res.flushHeaders()`? */
function headOp(stmt: any, res: string): string | undefined {
  if (stmt.type !== 'ExpressionStatement') return undefined;
  const e = stmt.expression;
  if (e.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && e.left.object.name === res && e.left.property.name === 'statusCode') return 'statusCode';
  if (e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || e.callee.object.type !== 'Identifier' || e.callee.object.name !== res) return undefined;
  const name = e.callee.property.name;
  return HEAD_OPS.has(name) ? name : undefined;
}

/**
 * `req.on('close', fn)` / `res.on('close', fn)`: the client went away → `request.signal.addEventListener('abort', fn)`.
 * Returns false when the call is not a close listener.
 */
export function closeListenerToAbort(ctx: RewriteContext, ref: ASTPath<any>): boolean {
  const member = memberCall(ref);
  if (!member || (member.name !== 'on' && member.name !== 'once')) return false;
  const [event, listener] = member.call.value.arguments;
  if (!listener || event?.type !== 'StringLiteral' || (event.value !== 'close' && event.value !== 'aborted')) return false;
  const once = member.name === 'once' ? ', { once: true }' : '';
  member.call.replace(ctx.j.template.expression([`${ctx.names.request}.signal.addEventListener('abort', `, `${once})`], listener));
  return true;
}

export type StreamOutcome = 'none' | 'streamed' | 'blocked';

/**
 * Turn the streamed tail of `fn` into a returned stream. 'streamed' means the caller must declare
 * the status and header state (the head statements left behind set them).
 */
export function rewriteStreamedTail(ctx: RewriteContext, fn: ASTPath<any>, res: string): StreamOutcome {
  const { j, sink } = ctx;
  const refs = paramReferences(j, fn, res);
  const streaming = refs.filter((r) => STREAM_OPS.has(memberCall(r)?.name ?? ''));
  if (streaming.length === 0) return 'none';
  // writeHead/flushHeaders without a write: the head, then an ordinary send (`res.writeHead(307, …); res.end()`)
  if (!refs.some((r) => memberCall(r)?.name === 'write')) {
    const heads = streaming.map((r) => topStatementOf(r)).filter((s): s is ASTPath<any> => !!s && !!headOp(s.value, res));
    if (heads.length !== streaming.length) return 'none';
    for (const stmt of heads) {
      const list = stmt.parentPath.value as any[];
      const at = list.indexOf(stmt.value);
      desugarHead(ctx, list, at, at + 1, res);
    }
    return 'none';
  }
  if (fn.value.body.type !== 'BlockStatement') return 'none';
  const body: any[] = fn.value.body.body;
  const starts = streaming.map((r) => topStatement(r, fn)).filter(Boolean) as ASTPath<any>[];
  const start = Math.min(...starts.map((s) => body.indexOf(s.value)));
  // head statements first (writeHead, setHeader…), then the tail that writes
  let tailAt = start;
  while (tailAt < body.length && headOp(body[tailAt], res)) tailAt++;
  const tail = body.slice(tailAt);
  const tailNodes = new Set(tail);
  const inTail = (r: ASTPath<any>) => {
    const top = topStatement(r, fn);
    return !!top && tailNodes.has(top.value);
  };

  // every use of res in the tail must be a write or an end
  const writer = allocateName(new Set(Object.values(ctx.names)), 'stream');
  for (const r of refs.filter(inTail)) {
    const member = memberCall(r);
    if (member && (member.name === 'write' || member.name === 'end')) continue;
    if (closeListenerToAbort(ctx, r)) continue;
    const what = member ? `\`${res}.${member.name}\`` : pipedInto(r) ? '`pipe(res)`' : `\`${res}\``;
    sink.add('RS303', r.parent.value, `${what} after the response started streaming`);
    return 'blocked';
  }
  // head ops after the first write cannot change a response that is already out
  for (const r of refs) {
    if (inTail(r) || !STREAM_OPS.has(memberCall(r)?.name ?? '')) continue;
    const top = topStatement(r, fn);
    if (top && !headOp(top.value, res)) {
      sink.add('RS303', r.parent.value, `\`${res}.${memberCall(r)!.name}\` where routeshift cannot tell the streamed part apart`);
      return 'blocked';
    }
  }

  const init = `{ status: ${ctx.names.status}, headers: ${ctx.names.headers} }`;
  for (const r of refs.filter(inTail)) if (memberCall(r)) r.replace(j.identifier(writer));
  tailAt = desugarHead(ctx, body, start, tailAt, res);
  ctx.runtime.add('legacyStream');
  const run = codeStatement(j, [`return legacyStream(${init}, ${ctx.names.request}.signal, async (${writer}) => {});`]);
  run.argument.arguments[2].body.body = tail;
  body.splice(tailAt, tail.length, run);
  return 'streamed';
}

//   res.writeHead(200, { 'Content-Type': 'text/plain' })   →   res.status(200); res.setHeader('Content-Type', 'text/plain')
//   res.flushHeaders()                                        →   (nothing: the head goes out with the stream)
// Rewrites body[from, to) in place; returns where the head now ends.
function desugarHead(ctx: RewriteContext, body: any[], from: number, to: number, res: string): number {
  const { j } = ctx;
  const out: any[] = [];
  for (const stmt of body.slice(from, to)) {
    const name = headOp(stmt, res);
    if (name === 'flushHeaders') continue;
    if (name !== 'writeHead') {
      out.push(stmt);
      continue;
    }
    const [status, headers] = stmt.expression.arguments;
    out.push(codeStatement(j, [`${res}.status(`, ');'], status));
    if (headers?.type === 'ObjectExpression' && headers.properties.every((p: any) => p.type === 'ObjectProperty' || p.type === 'Property')) {
      for (const p of headers.properties) {
        const key = p.computed ? p.key : p.key.type === 'Identifier' ? j.stringLiteral(p.key.name) : p.key;
        out.push(codeStatement(j, [`${res}.setHeader(`, ', ', ');'], key, p.value));
      }
    } else if (headers) {
      const value = ctx.typescript ? 'value as any' : 'value';
      out.push(codeStatement(j, ['for (const [name, value] of Object.entries(', `)) ${res}.setHeader(name, ${value});`], headers));
    }
  }
  body.splice(from, to - from, ...out);
  return from + out.length;
}
