// Rewrites every read of the legacy `req` inside one route function onto the Request API.
//   req.query.id (segment)      →  (await params).id
//   req.query.page              →  query.page        (query = legacyQuery(request, await params))
//   req.body                    →  body              (body = await legacyBody(request))
//   req.headers['x-key']        →  request.headers.get('x-key') ?? undefined
//   req.cookies.token           →  request.cookies.get('token')?.value
//   req.url                     →  request.nextUrl.pathname.concat(request.nextUrl.search)

import type { ASTPath } from 'jscodeshift';
import { isInsideNestedFunction, paramReferences } from '../analyze/references';
import { incomingStream, type RewriteContext } from './context';
import { closeListenerToAbort } from './rewrite-stream';

export function keyOf(member: any): string | undefined {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  const p = member.property;
  if (p.type === 'StringLiteral' || (p.type === 'Literal' && typeof p.value === 'string')) return p.value;
  return undefined;
}

/** Skip TS casts upward: the path whose parent is not a cast. */
export function throughCasts(p: ASTPath<any>): ASTPath<any> {
  let cur = p;
  while (cur.parent && ['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression'].includes(cur.parent.value.type)) cur = cur.parent;
  return cur;
}

/** A read whose null-vs-undefined difference cannot show: `if (x)`, `!x`, `x || y`, `x?.y`, `x ?? y`. */
export function nullishInsensitive(p: ASTPath<any>): boolean {
  const parent = p.parent?.value;
  if (!parent) return false;
  if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression' || parent.type === 'WhileStatement') && parent.test === p.value) return true;
  if (parent.type === 'UnaryExpression' && parent.operator === '!') return true;
  if (parent.type === 'LogicalExpression' && parent.left === p.value && (parent.operator === '||' || parent.operator === '??')) return true;
  if (parent.type === 'LogicalExpression' && parent.left === p.value && parent.operator === '&&') return nullishInsensitive(p.parent);
  if ((parent.type === 'OptionalMemberExpression' || parent.type === 'OptionalCallExpression' || parent.type === 'MemberExpression') && parent.object === p.value && parent.optional) return true;
  if (parent.type === 'BinaryExpression' && (parent.operator === '==' || parent.operator === '!=')) {
    const other = parent.left === p.value ? parent.right : parent.left;
    return other.type === 'NullLiteral' || (other.type === 'Identifier' && other.name === 'undefined');
  }
  if (parent.type === 'BinaryExpression' && (parent.operator === '===' || parent.operator === '!==')) {
    // compared with a string: null and undefined both differ from it
    const other = parent.left === p.value ? parent.right : parent.left;
    return other.type === 'StringLiteral' || other.type === 'TemplateLiteral';
  }
  return false;
}

/**
 * `req.headers` / `req.headers.x` written: assigned, updated, deleted, or a destructuring or for-of
 * target. Route handlers read headers and cookies through calls (`request.headers.get('x')`), which
 * cannot be written to; such writes stay with the route (RS203).
 */
export function writesThrough(member: ASTPath<any>): boolean {
  const inner = member.parent?.value;
  const targets = [member, ...(inner && /MemberExpression$/.test(inner.type) && inner.object === member.value ? [member.parent] : [])];
  return targets.some((p: ASTPath<any>) => {
    for (let cur = p; ; cur = cur.parent) {
      const node = cur.value;
      const parent = cur.parent?.value;
      if (!parent) return false;
      if (parent.type === 'AssignmentExpression' && parent.left === node) return true;
      if (parent.type === 'UpdateExpression' || (parent.type === 'UnaryExpression' && parent.operator === 'delete')) return true;
      if ((parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === node) return true;
      const inPattern =
        parent.type === 'ArrayPattern' ||
        parent.type === 'ObjectPattern' ||
        parent.type === 'RestElement' ||
        (parent.type === 'AssignmentPattern' && parent.left === node) ||
        ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.value === node && cur.parent.parent?.value.type === 'ObjectPattern');
      if (!inPattern) return false;
    }
  });
}

/** Rewrite `req` reads in `fn`, whose first parameter is named `req`. */
export function rewriteRequest(ctx: RewriteContext, fn: ASTPath<any>, req: string): void {
  const { j, sink, names } = ctx;
  const request = () => j.identifier(names.request);
  const awaitParams = () => j.template.expression([ctx.input.next === 14 ? names.params : `(await ${names.params})`]);
  const segment = (key: string) => ctx.segments.get(key);

  for (const ref of paramReferences(j, fn, req)) {
    const parent = ref.parent.value;
    if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === ref.value) {
      const member = ref.parent;
      const key = keyOf(parent);
      const outer = member.parent?.value;
      if (outer && outer.type === 'AssignmentExpression' && outer.left === parent) {
        sink.add('RS203', parent, `\`${req}.${key ?? '[…]'}\` is assigned to`);
        continue;
      }
      if ((key === 'headers' || key === 'cookies') && writesThrough(member)) {
        sink.add('RS203', parent, `\`${req}.${key}\` is written to`);
        continue;
      }
      if (ctx.wrapperValue && key === ctx.wrapperValue.member) {
        // `req.session` set by a library wrapper: the value its route-handler form hands over
        member.replace(j.identifier(names.wrapperValue));
        continue;
      }
      switch (key) {
        case 'method':
          ref.replace(request());
          break;
        case 'query':
          rewriteQuery(ctx, fn, member, awaitParams, segment);
          break;
        case 'body':
          if (ctx.bodyParserDisabled) sink.add('RS201', parent, `\`${req}.body\` with bodyParser: false (raw body reads are not migrated yet)`);
          member.replace(j.identifier(names.body));
          break;
        case 'headers':
          rewriteHeaders(ctx, member);
          break;
        case 'cookies':
          rewriteCookies(ctx, member);
          break;
        case 'on':
        case 'once':
          if (closeListenerToAbort(ctx, ref)) break;
        // falls through: any other event reads the body
        case 'pipe':
        case 'setEncoding':
        case 'read':
          // the request as a stream: raw body reads (`req.on('data')`, `req.pipe(busboy)`)
          if (!ctx.bodyParserDisabled) sink.add('RS201', parent, `\`${req}.${key}\` reads the raw body while the body parser is on (pages had already consumed it)`);
          else ref.replace(incomingStream(ctx));
          break;
        case 'url':
          member.replace(j.template.expression([`${names.request}.nextUrl.pathname.concat(${names.request}.nextUrl.search)`]));
          break;
        default:
          sink.add('RS201', parent, `\`${req}.${key ?? '[…]'}\``);
      }
      continue;
    }
    // handled by the caller: delegations (fn(req, res)) and library calls
    if (parent.type === 'CallExpression' && parent.arguments.includes(ref.value)) continue;
    // for await (const chunk of req)
    if (parent.type === 'ForOfStatement' && parent.right === ref.value && parent.await) {
      if (!ctx.bodyParserDisabled) sink.add('RS201', parent, `\`for await … of ${req}\` reads the raw body while the body parser is on (pages had already consumed it)`);
      else ref.replace(incomingStream(ctx));
      continue;
    }
    sink.add('RS203', ref.value, `\`${req}\` used as a value`);
  }
}

type AwaitParams = () => any;

function rewriteQuery(ctx: RewriteContext, fn: ASTPath<any>, member: ASTPath<any>, awaitParams: AwaitParams, segment: (k: string) => any): void {
  const { j, names } = ctx;
  const nested = isInsideNestedFunction(member, fn);
  const outer = throughCasts(member);
  const outerParent = outer.parent?.value;
  const canAwait = !nested || ctx.input.next === 14;

  // req.query.id where id is a segment → (await params).id
  if (outer === member && outerParent && (outerParent.type === 'MemberExpression' || outerParent.type === 'OptionalMemberExpression') && outerParent.object === member.value) {
    const key = keyOf(outerParent);
    const seg = key !== undefined ? segment(key) : undefined;
    if (seg && canAwait) {
      member.replace(awaitParams());
      if (seg.name !== seg.legacyName || outerParent.computed) {
        outerParent.computed = false;
        outerParent.property = j.identifier(seg.name);
      }
      return;
    }
  }
  // const { id } = req.query (all segments) → const { id } = await params
  if (outerParent && outerParent.type === 'VariableDeclarator' && outerParent.init === outer.value && outerParent.id.type === 'ObjectPattern' && canAwait) {
    const props = outerParent.id.properties;
    const allSegments = props.every((p: any) => p.type !== 'RestElement' && !p.computed && segment(p.key.name ?? p.key.value));
    if (allSegments && props.length > 0) {
      for (const p of props) {
        const seg = segment(p.key.name ?? p.key.value);
        if (seg.name !== seg.legacyName) {
          p.key = j.identifier(seg.name);
          p.shorthand = false;
        }
      }
      member.replace(awaitParams());
      return;
    }
  }
  ctx.runtime.add('legacyQuery');
  member.replace(j.identifier(names.query));
}

/** Can an expression of low precedence (`a ?? b`) replace this one without parentheses? */
export function standsAlone(p: ASTPath<any>): boolean {
  const parent = p.parent?.value;
  if (!parent) return true;
  switch (parent.type) {
    case 'VariableDeclarator':
    case 'ReturnStatement':
    case 'ExpressionStatement':
    case 'ArrayExpression':
    case 'TemplateLiteral':
    case 'SpreadElement':
      return true;
    case 'CallExpression':
    case 'NewExpression':
    case 'OptionalCallExpression':
      return parent.callee !== p.value;
    case 'ObjectProperty':
    case 'Property':
      return parent.value === p.value;
    case 'AssignmentExpression':
      return parent.right === p.value;
    default:
      return false;
  }
}

export function rewriteHeaders(ctx: RewriteContext, member: ASTPath<any>): void {
  const { j, names } = ctx;
  const outer = member.parent?.value;
  if (outer && (outer.type === 'MemberExpression' || outer.type === 'OptionalMemberExpression') && outer.object === member.value) {
    const key = keyOf(outer);
    if (key !== undefined) {
      const call = `${names.request}.headers.get(${JSON.stringify(key.toLowerCase()).replace(/^"|"$/g, "'")})`;
      const target = member.parent;
      if (nullishInsensitive(throughCasts(target))) target.replace(j.template.expression([call]));
      else {
        const value = j.template.expression([`${call} ?? undefined`]);
        target.replace(standsAlone(target) ? value : j.parenthesizedExpression(value));
      }
      return;
    }
  }
  member.replace(j.template.expression([`Object.fromEntries(${names.request}.headers)`]));
}

function rewriteCookies(ctx: RewriteContext, member: ASTPath<any>): void {
  const { j, names } = ctx;
  const outer = member.parent?.value;
  if (outer && (outer.type === 'MemberExpression' || outer.type === 'OptionalMemberExpression') && outer.object === member.value) {
    const key = keyOf(outer);
    if (key !== undefined) {
      member.parent.replace(j.template.expression([`${names.request}.cookies.get('${key.replace(/'/g, "\\'")}')?.value`]));
      return;
    }
  }
  member.replace(j.template.expression([`Object.fromEntries(${names.request}.cookies.getAll().map((c) => [c.name, c.value]))`]));
}

/**
 * Turn destructuring of req into member reads, so each read is rewritten like any other.
 *   const { method, query: { id } } = req   →   const method = req.method, { id } = req.query
 */
export function expandReqDestructuring(ctx: RewriteContext, fn: ASTPath<any>, req: string): void {
  const { j, sink } = ctx;
  for (const ref of paramReferences(j, fn, req)) {
    const decl = ref.parent.value;
    if (decl.type !== 'VariableDeclarator' || decl.init !== ref.value || decl.id.type !== 'ObjectPattern') continue;
    const replacements: any[] = [];
    for (const prop of decl.id.properties) {
      const key = prop.type === 'RestElement' || prop.computed ? undefined : (prop.key.name ?? prop.key.value);
      if (key === undefined || prop.value.type === 'AssignmentPattern') {
        sink.add('RS203', prop, `\`${req}\` destructured with a rest element or default`);
        return;
      }
      replacements.push(j.variableDeclarator(prop.value, j.memberExpression(j.identifier(req), j.identifier(key))));
    }
    const declaration = ref.parent.parent.value;
    const index = declaration.declarations.indexOf(decl);
    declaration.declarations.splice(index, 1, ...replacements);
  }
}
