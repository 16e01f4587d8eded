// Reads how a handler selects the HTTP method, and decides the route's shape:
//   'split'  — one function per method (no shared code before the dispatch, or only req reads);
//   'shared' — the handler kept whole and exported under each method name.
//   switch (req.method) { case 'GET': …; case 'POST': … }   →   split: GET → […], POST → […]

import type { ASTPath } from 'jscodeshift';
import { ALL_METHODS, HTTP_METHODS, type HttpMethod } from '../types';
import type { DiagnosticSink } from '../diagnostics/sink';

export interface MethodBranch {
  methods: HttpMethod[];
  statements: any[];
}

export type DispatchPlan =
  | {
      shape: 'split';
      branches: MethodBranch[];
      /** Prelude declarations that only read req (`const { method, query } = req`), copied where used. */
      copyable: any[];
      /** True when a 405 fallback was dropped. */
      fallbackDropped: boolean;
      /** Where the dropped fallback began (for the report). */
      fallbackAt?: any;
    }
  | { shape: 'shared'; methods: HttpMethod[]; hasMethodCheck: boolean };

const METHOD_SET = new Set<string>(HTTP_METHODS);

interface Discriminant {
  req: string;
  names: Set<string>;
}

/** `req.method`, or a name bound to it by the prelude. */
function isDiscriminant(node: any, d: Discriminant): boolean {
  if (!node) return false;
  if (node.type === 'Identifier') return d.names.has(node.name);
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.object.type === 'Identifier' &&
    node.object.name === d.req &&
    node.property.type === 'Identifier' &&
    node.property.name === 'method'
  );
}

function stringValue(node: any): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral' || (node.type === 'Literal' && typeof node.value === 'string')) return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/** `method === 'GET' || method === 'HEAD'` → { positive: true, methods: [GET, HEAD] }; `!==` chains joined by && → negative. */
function readMethodTest(test: any, d: Discriminant): { positive: boolean; methods: string[] } | undefined {
  if (test.type === 'LogicalExpression') {
    const left = readMethodTest(test.left, d);
    const right = readMethodTest(test.right, d);
    if (!left || !right || left.positive !== right.positive) return undefined;
    if (left.positive && test.operator !== '||') return undefined;
    if (!left.positive && test.operator !== '&&') return undefined;
    return { positive: left.positive, methods: [...left.methods, ...right.methods] };
  }
  if (test.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(test.operator)) {
    const [disc, lit] = isDiscriminant(test.left, d) ? [test.left, test.right] : [test.right, test.left];
    const value = stringValue(lit);
    if (!isDiscriminant(disc, d) || value === undefined) return undefined;
    return { positive: test.operator === '===' || test.operator === '==', methods: [value] };
  }
  return undefined;
}

function asStatements(node: any): any[] {
  if (!node) return [];
  return node.type === 'BlockStatement' ? node.body : [node];
}

/** Visit every node under `node` with its parent; `visit` returns false to skip a subtree. */
export function walk(node: any, visit: (n: any, parent: any) => boolean | void, parent: any = null): void {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node, parent) === false) return;
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'comments' || key === 'tokens' || key === 'extra') continue;
    const v = node[key];
    if (Array.isArray(v)) v.forEach((c) => walk(c, visit, node));
    else if (v && typeof v.type === 'string') walk(v, visit, node);
  }
}

/** `x` in `a.x` or `{ x: 1 }`: a name, not a reference. */
export function isPropertyName(n: any, parent: any): boolean {
  if (!parent) return false;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === n && !parent.computed) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === n && !parent.computed && !parent.shorthand) return true;
  return false;
}

function isDiscriminantRef(n: any, parent: any, d: Discriminant): boolean {
  return isDiscriminant(n, d) && !(n.type === 'Identifier' && isPropertyName(n, parent));
}

/** Does `node` test the method (compare it, or switch on it)? Plain reads (`Method ${method}`) do not count. */
function testsMethod(node: any, d: Discriminant): boolean {
  let found = false;
  walk(node, (n, parent) => {
    if (found) return false;
    if (isDiscriminantRef(n, parent, d) && (parent?.type === 'BinaryExpression' || parent?.type === 'SwitchStatement')) found = true;
  });
  return found;
}

/** Does control never fall off the end of these statements? (A send counts: it becomes a return.) */
export function terminates(statements: any[], isSend: (stmt: any) => boolean): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (last.type === 'ReturnStatement' || last.type === 'ThrowStatement') return true;
  if (last.type === 'ExpressionStatement' && isSend(last)) return true;
  if (last.type === 'BlockStatement') return terminates(last.body, isSend);
  if (last.type === 'IfStatement') {
    return !!last.alternate && terminates(asStatements(last.consequent), isSend) && terminates(asStatements(last.alternate), isSend);
  }
  if (last.type === 'TryStatement') {
    const tryEnds = terminates(last.block.body, isSend);
    const catchEnds = !last.handler || terminates(last.handler.body.body, isSend);
    return (tryEnds && catchEnds) || (!!last.finalizer && terminates(last.finalizer.body, isSend));
  }
  return false;
}

/** A statement that only reads req: `const { method, query: { id } } = req`, `const id = req.query.id`. */
function isCopyableRead(stmt: any, req: string): boolean {
  if (stmt.type !== 'VariableDeclaration') return false;
  return stmt.declarations.every((decl: any) => {
    let init = decl.init;
    while (init && (init.type === 'TSAsExpression' || init.type === 'MemberExpression')) {
      if (init.type === 'MemberExpression' && init.computed && !stringValue(init.property)) return false;
      init = init.type === 'TSAsExpression' ? init.expression : init.object;
    }
    if (!(init && init.type === 'Identifier' && init.name === req)) return false;
    return patternHasNoDefaults(decl.id);
  });
}

function patternHasNoDefaults(pattern: any): boolean {
  if (pattern.type === 'Identifier') return true;
  if (pattern.type === 'ObjectPattern') {
    return pattern.properties.every((p: any) => p.type !== 'RestElement' && (p.value.type === 'Identifier' || patternHasNoDefaults(p.value)) && !p.computed);
  }
  return false;
}

/** Names bound to req.method by copyable prelude declarations (`const { method } = req`, `const m = req.method`). */
function methodNames(prelude: any[], req: string): Set<string> {
  const names = new Set<string>();
  for (const stmt of prelude) {
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const decl of stmt.declarations) {
      const init = decl.init;
      if (init?.type === 'Identifier' && init.name === req && decl.id.type === 'ObjectPattern') {
        for (const p of decl.id.properties) {
          if (p.type !== 'RestElement' && !p.computed && (p.key.name ?? p.key.value) === 'method' && p.value.type === 'Identifier') names.add(p.value.name);
        }
      }
      if (init?.type === 'MemberExpression' && init.object.type === 'Identifier' && init.object.name === req && init.property.name === 'method' && decl.id.type === 'Identifier') {
        names.add(decl.id.name);
      }
    }
  }
  return names;
}

interface Branches {
  listed: MethodBranch[];
  other: any[];
}

/** Read the dispatch statements starting at `body[start]`; undefined when they are not a plain dispatch. */
function readDispatch(body: any[], start: number, d: Discriminant, isSend: (s: any) => boolean, sink: DiagnosticSink): Branches | undefined {
  const first = body[start];
  if (first.type === 'SwitchStatement' && isDiscriminant(first.discriminant, d)) {
    if (start !== body.length - 1) return undefined;
    const listed: MethodBranch[] = [];
    let other: any[] = [];
    let pending: HttpMethod[] = [];
    for (const c of first.cases) {
      if (c.test) {
        const value = stringValue(c.test);
        if (!value || !METHOD_SET.has(value)) {
          sink.add('RS106', c, `case ${value === undefined ? 'expression' : `'${value}'`} is not an HTTP method`);
          return undefined;
        }
        pending.push(value as HttpMethod);
      }
      if (c.consequent.length === 0) continue;
      const stmts = stripTrailingBreak(c.consequent);
      if (stmts === undefined) return undefined;
      const endsCleanly = stmts.length < c.consequent.length || terminates(stmts, isSend) || c === first.cases[first.cases.length - 1];
      if (!endsCleanly || containsBreak(stmts)) return undefined;
      if (c.test) listed.push({ methods: pending, statements: stmts });
      else if (pending.length === 0) other = stmts;
      else return undefined; // `case 'GET': default:` — rare; keep whole
      pending = [];
    }
    return { listed, other };
  }
  // if / else-if chains, separate method ifs, and guards
  const listed: MethodBranch[] = [];
  let i = start;
  while (i < body.length && body[i].type === 'IfStatement') {
    let stmt = body[i];
    const test = readMethodTest(stmt.test, d);
    if (!test) break;
    if (!test.positive) {
      // guard: if (method !== 'POST') { …fallback… }  rest is the method's body
      if (stmt.alternate || !terminates(asStatements(stmt.consequent), isSend)) return undefined;
      const methods = validMethods(test.methods, stmt, sink);
      if (!methods) return undefined;
      return { listed: [...listed, { methods, statements: body.slice(i + 1) }], other: asStatements(stmt.consequent) };
    }
    // positive chain: if (m === 'GET') {…} else if (m === 'POST') {…} else {…}
    while (stmt) {
      const t = readMethodTest(stmt.test, d);
      if (!t || !t.positive) return undefined;
      const methods = validMethods(t.methods, stmt, sink);
      if (!methods) return undefined;
      listed.push({ methods, statements: asStatements(stmt.consequent) });
      const alt = stmt.alternate;
      if (alt && alt.type === 'IfStatement') {
        stmt = alt;
        continue;
      }
      if (alt) {
        if (i !== body.length - 1) return undefined;
        return { listed, other: asStatements(alt) };
      }
      break;
    }
    i++;
  }
  if (listed.length === 0) return undefined;
  const rest = body.slice(i);
  if (rest.some((s) => testsMethod(s, d))) return undefined;
  // without an else, branches that fall through would run the rest: only allowed when every branch ends
  if (rest.length > 0 && !listed.every((b) => terminates(b.statements, isSend))) return undefined;
  return { listed, other: rest };
}

function validMethods(values: string[], at: any, sink: DiagnosticSink): HttpMethod[] | undefined {
  for (const v of values) {
    if (!METHOD_SET.has(v)) {
      sink.add('RS106', at, `'${v}' is not an HTTP method`);
      return undefined;
    }
  }
  return values as HttpMethod[];
}

function stripTrailingBreak(stmts: any[]): any[] | undefined {
  const last = stmts[stmts.length - 1];
  if (last && last.type === 'BreakStatement') {
    if (last.label) return undefined;
    return stmts.slice(0, -1);
  }
  if (stmts.length === 1 && stmts[0].type === 'BlockStatement') {
    const inner = stmts[0].body;
    const innerLast = inner[inner.length - 1];
    if (innerLast && innerLast.type === 'BreakStatement' && !innerLast.label) return inner.slice(0, -1);
    return inner;
  }
  return stmts;
}

/** An unlabeled break that would leave the switch (not one inside an inner loop or switch). */
function containsBreak(stmts: any[]): boolean {
  let found = false;
  for (const stmt of stmts) {
    walk(stmt, (n) => {
      if (found) return false;
      if (n.type === 'BreakStatement' && !n.label) found = true;
      if (/^(For|ForIn|ForOf|While|DoWhile|Switch)Statement$/.test(n.type) || /Function/.test(n.type)) return false;
    });
  }
  return found;
}

/** Does a branch answer 405 (the legacy "method not allowed" fallback)? */
function answers405(stmts: any[]): boolean {
  let found = false;
  for (const stmt of stmts) {
    walk(stmt, (n) => {
      if ((n.type === 'NumericLiteral' || n.type === 'Literal') && n.value === 405) found = true;
    });
  }
  return found;
}

/** Decide the route's shape from the handler body. */
export function planDispatch(fn: ASTPath<any>, req: string, isSend: (s: any) => boolean, sink: DiagnosticSink): DispatchPlan | undefined {
  const body: any[] = fn.value.body.body;
  let start = 0;
  while (start < body.length && isCopyableRead(body[start], req)) start++;
  const prelude = body.slice(0, start);
  const d: Discriminant = { req, names: methodNames(prelude, req) };

  if (!testsMethod({ type: 'BlockStatement', body: body.slice(start) }, d)) {
    return { shape: 'shared', methods: [...ALL_METHODS], hasMethodCheck: false };
  }
  // the dispatch may follow other prelude code: find the first statement that tests the method
  let dispatchAt = start;
  while (dispatchAt < body.length && !isDispatchStatement(body[dispatchAt], d)) dispatchAt++;
  const branches = dispatchAt < body.length ? readDispatch(body, dispatchAt, d, isSend, sink) : undefined;
  if (sink.blocks()) return undefined;

  if (branches && dispatchAt === start) {
    const listedMethods = new Set(branches.listed.flatMap((b) => b.methods));
    const fallbackDropped = branches.other.length > 0 && answers405(branches.other);
    const result: MethodBranch[] = [...branches.listed];
    if (branches.other.length > 0 && !fallbackDropped) {
      const remaining = ALL_METHODS.filter((m) => !listedMethods.has(m));
      if (remaining.length > 0) result.push({ methods: remaining, statements: branches.other });
    }
    if (new Set(result.flatMap((b) => b.methods)).size === result.flatMap((b) => b.methods).length) {
      return { shape: 'split', branches: result, copyable: prelude, fallbackDropped, fallbackAt: branches.other[0] };
    }
  }
  // shared: keep the handler whole; export the methods it tests for (plus the rest when it answers them)
  const mentioned = collectMentionedMethods(body.slice(start), d);
  if (mentioned === undefined) {
    sink.add('RS106', fn.value, 'req.method is compared in a way routeshift cannot read');
    return undefined;
  }
  const methods = new Set<HttpMethod>(mentioned);
  // only a dispatch whose other methods get a 405 refuses them: a method read in an expression
  // (`req.method === 'POST' ? req.body : req.query`) answers every method
  if (!branches || (branches.other.length > 0 && !answers405(branches.other))) ALL_METHODS.forEach((m) => methods.add(m));
  return { shape: 'shared', methods: HTTP_METHODS.filter((m) => methods.has(m)), hasMethodCheck: true };
}

function isDispatchStatement(stmt: any, d: Discriminant): boolean {
  if (stmt.type === 'SwitchStatement') return isDiscriminant(stmt.discriminant, d);
  if (stmt.type === 'IfStatement') return !!readMethodTest(stmt.test, d);
  return false;
}

/** Every method literal req.method is compared with; undefined when it is used some other way. */
function collectMentionedMethods(body: any[], d: Discriminant): HttpMethod[] | undefined {
  const methods: HttpMethod[] = [];
  let unreadable = false;
  const visit = (n: any, parent: any): boolean | void => {
    if (unreadable) return false;
    if (isDiscriminantRef(n, parent, d)) {
      if (parent?.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(parent.operator)) {
        const other = parent.left === n ? parent.right : parent.left;
        const v = stringValue(other);
        if (v && METHOD_SET.has(v)) methods.push(v as HttpMethod);
        else unreadable = true;
      } else if (parent?.type === 'SwitchStatement') {
        for (const c of parent.cases) {
          if (!c.test) continue;
          const v = stringValue(c.test);
          if (v && METHOD_SET.has(v)) methods.push(v as HttpMethod);
          else unreadable = true;
        }
      } else if (parent?.type === 'BinaryExpression') {
        unreadable = true; // compared with something that is not a literal method
      }
      return false;
    }
  };
  body.forEach((s) => walk(s, visit));
  return unreadable ? undefined : methods;
}
