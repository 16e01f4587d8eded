// The Express app's own files after some of its routes moved to route handlers: what remains still runs
// under Express, so the moved registrations (and the mounts of routers left empty) come out of its source,
// and with them the imports, constants and helpers only they used.
//   routes/items.js:  router.get('/', list); router.get('/range/:from-:to', range); …   (GET / moved)
//   →  router.get('/range/:from-:to', range); …   and `const PAGE_SIZE = 3;` gone once nothing reads it
//
// Pure: text in, text out. The file is parsed with the project's parser (analyze/parse.ts) and the edits
// are cuts of the original text at the nodes' own offsets, so every byte not cut stays as it was written.

import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../analyze/parse';
import { propName, unwrap } from '../analyze/express-routes';

/** 1-based line and column, as src/analyze/express-routes.ts reports them. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface SourceEdit {
  /**
   * Registrations to remove, by the location src/analyze/express-routes.ts gives them: the registration
   * CallExpression (`router.get('/x', h)`, `app.all(…)`), or, for a method chained on router.route(p)
   * (`router.route('/').get(a).post(b)`), the method's property name (`get`).
   */
  registrations: SourcePosition[];
  /** `use` calls to remove (mounts of routers left empty: `router.use('/users', usersRouter)`), by the location of the call. */
  mounts: SourcePosition[];
  /**
   * The `use` calls of this file that mount a router and stay (RouterInfo.mounts of routers whose parent is
   * created here). Given, every other `use` counts as middleware for `emptyRouter`; omitted, a `use` passing
   * anything but a call or a function expression (`router.use(sub)`, `router.use('/x', require('./x'))`)
   * may be a mount, and the file is not called empty.
   */
  keptMounts?: SourcePosition[];
}

export interface NotRemoved extends SourcePosition {
  kind: 'registration' | 'mount';
  reason: string;
}

export interface EditResult {
  source: string;
  /** The module now only creates (and exports) an empty router: the caller deletes the file and removes its mounts. */
  emptyRouter: boolean;
  /** Requested removals left in place (nested in another expression, not found…), with why. */
  notRemoved: NotRemoved[];
  /** Top-level bindings removed because nothing referenced them any more, in the order they went. */
  removedBindings: string[];
}

// ————— small AST helpers —————


const posKey = (p: SourcePosition) => `${p.line}:${p.column}`;

/** Where express-routes.ts locates a call: the method name for a call chained on a call, else the call. */
function callKey(node: any): string | undefined {
  const callee = unwrap(node.callee);
  const chained = callee?.type === 'MemberExpression' && unwrap(callee.object)?.type === 'CallExpression';
  const at = chained ? callee.property : node;
  return at?.loc ? `${at.loc.start.line}:${at.loc.start.column + 1}` : undefined;
}

interface Link {
  call: any;
  /** The callee's object as written (a wrapper included). */
  object: any;
  name?: string;
}

/** The method calls an expression statement is made of, innermost first: router.route('/').get(a).post(b) → route, get, post. */
function spine(expr: any): Link[] {
  const links: Link[] = [];
  let cur = unwrap(expr);
  while (cur?.type === 'CallExpression') {
    const callee = unwrap(cur.callee);
    if (callee?.type !== 'MemberExpression') break;
    links.unshift({ call: cur, object: callee.object, name: propName(callee) });
    cur = unwrap(callee.object);
  }
  return links;
}

function isStringish(n: any): boolean {
  return n?.type === 'StringLiteral' || (n?.type === 'TemplateLiteral' && n.expressions.length === 0);
}

function isRequireCall(n: any): boolean {
  n = unwrap(n);
  return n?.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1 && isStringish(n.arguments[0]);
}

/** require('x'), require('x').a.b */
function isRequireish(n: any): boolean {
  n = unwrap(n);
  while (n?.type === 'MemberExpression') n = unwrap(n.object);
  return isRequireCall(n);
}

/** The names a binding pattern declares. */
function patternNames(n: any, out: string[] = []): string[] {
  if (!n) return out;
  if (n.type === 'Identifier') out.push(n.name);
  else if (n.type === 'ObjectPattern') n.properties.forEach((p: any) => patternNames(p.type === 'RestElement' ? p.argument : p.value, out));
  else if (n.type === 'ArrayPattern') n.elements.forEach((e: any) => patternNames(e, out));
  else if (n.type === 'AssignmentPattern') patternNames(n.left, out);
  else if (n.type === 'RestElement') patternNames(n.argument, out);
  else if (n.type === 'TSParameterProperty') patternNames(n.parameter, out);
  return out;
}

// ————— pure initializers —————

const PURE_CALLS = new Set([
  'path.join', 'path.resolve', 'path.dirname', 'path.basename', 'path.extname', 'path.normalize', 'path.relative', 'path.format',
  'path.posix.join', 'path.posix.resolve', 'path.win32.join',
  'Buffer.from', 'Buffer.alloc', 'Object.freeze', 'Object.keys', 'Object.values', 'Object.entries', 'Object.fromEntries',
  'JSON.parse', 'JSON.stringify', 'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'Symbol.for', 'Array.of', 'Array.from',
  'Date.now', 'parseInt', 'parseFloat', 'Number.parseInt', 'Number.parseFloat', 'encodeURIComponent', 'decodeURIComponent',
  'Math.max', 'Math.min', 'Math.round', 'Math.floor', 'Math.ceil', 'Math.abs', 'Math.pow', 'Math.sqrt',
]);
const PURE_CONSTRUCTORS = new Set(['Set', 'Map', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'URL', 'URLSearchParams', 'Array', 'Error']);

function calleeText(n: any): string | undefined {
  n = unwrap(n);
  if (n?.type === 'Identifier') return n.name;
  if (n?.type === 'MemberExpression' && !n.computed) {
    const object = calleeText(n.object);
    return object && n.property.type === 'Identifier' ? `${object}.${n.property.name}` : undefined;
  }
  return undefined;
}

const isFunctionExpr = (n: any) => n?.type === 'FunctionExpression' || n?.type === 'ArrowFunctionExpression';

/** A value whose evaluation does nothing but make the value: a literal, `path.join(__dirname, 'x')`, `Buffer.from(s, 'base64')`, a function. */
function isPure(n: any): boolean {
  n = unwrap(n);
  if (!n) return false;
  switch (n.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'RegExpLiteral':
    case 'BigIntLiteral':
    case 'DecimalLiteral':
    case 'Identifier':
    case 'ThisExpression':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return true;
    case 'TemplateLiteral':
      return n.expressions.every(isPure);
    case 'UnaryExpression':
      return n.operator !== 'delete' && isPure(n.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return isPure(n.left) && isPure(n.right);
    case 'ConditionalExpression':
      return isPure(n.test) && isPure(n.consequent) && isPure(n.alternate);
    case 'SequenceExpression':
      return n.expressions.every(isPure);
    case 'ArrayExpression':
      return n.elements.every((e: any) => e === null || (e.type !== 'SpreadElement' && isPure(e)));
    case 'ObjectExpression':
      return n.properties.every((p: any) => {
        if (p.computed && !isPure(p.key)) return false;
        if (p.type === 'ObjectMethod') return true;
        return p.type === 'ObjectProperty' && isPure(p.value);
      });
    case 'MemberExpression':
      return isPure(n.object) && (!n.computed || isPure(n.property));
    case 'CallExpression':
    case 'NewExpression': {
      const name = calleeText(n.callee);
      const known = n.type === 'NewExpression' ? PURE_CONSTRUCTORS.has(name ?? '') : PURE_CALLS.has(name ?? '');
      return known && n.arguments.every((a: any) => a.type !== 'SpreadElement' && !isFunctionExpr(unwrap(a)) && isPure(a));
    }
    default:
      return false;
  }
}

// ————— references —————

/** Is this identifier path a read of a binding (not a property name, key, label or import/export name)? Type positions count. */
function isReference(p: ASTPath<any>): boolean {
  const node = p.value;
  const parent = p.parent?.value;
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.property !== node || parent.computed;
    case 'ObjectProperty':
    case 'Property':
      return parent.key !== node || parent.computed || parent.shorthand;
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
    case 'ClassProperty':
    case 'ClassAccessorProperty':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
    case 'TSAbstractMethodDefinition':
    case 'TSAbstractPropertyDefinition':
      return parent.key !== node || parent.computed;
    case 'TSEnumMember':
      return parent.id !== node;
    case 'TSQualifiedName':
      return parent.right !== node;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'PrivateName':
      return false;
    case 'ExportSpecifier':
      return parent.local === node;
    case 'JSXAttribute':
      return false;
    case 'JSXMemberExpression':
      return parent.object === node;
    default:
      return true;
  }
}

const BLOCKS = /^(BlockStatement|Program|SwitchStatement|ForStatement|ForInStatement|ForOfStatement|StaticBlock|TSModuleBlock)$/;
const FUNCTIONS = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|ObjectMethod|ClassMethod|ClassPrivateMethod)$/;

/**
 * The source range a declaration of `name` in an inner scope covers. ast-types puts a block's let/const in
 * the function's scope; the range is narrowed to the block so that a read outside it still counts.
 * undefined: unknown (the read counts).
 */
function shadowRange(decl: ASTPath<any>, scopeNode: any): [number, number] | undefined {
  let cur: ASTPath<any> = decl;
  for (;;) {
    const parent = cur.parent;
    if (!parent) return undefined;
    const t = parent.value.type;
    if (/^(ObjectPattern|ArrayPattern|ObjectProperty|AssignmentPattern|RestElement|TSParameterProperty)$/.test(t)) {
      cur = parent;
      continue;
    }
    if (t === 'VariableDeclarator') {
      const declaration = parent.parent;
      if (declaration?.value.kind === 'var') return [scopeNode.start, scopeNode.end];
      let up = declaration?.parent;
      while (up && !BLOCKS.test(up.value.type)) up = up.parent;
      return up ? [up.value.start, up.value.end] : undefined;
    }
    if (t === 'FunctionDeclaration' || t === 'ClassDeclaration') {
      if (parent.value.id !== cur.value) return FUNCTIONS.test(t) ? [parent.value.start, parent.value.end] : undefined;
      let up = parent.parent;
      while (up && !BLOCKS.test(up.value.type)) up = up.parent;
      return up ? [up.value.start, up.value.end] : undefined;
    }
    if (FUNCTIONS.test(t) || t === 'ClassExpression' || t === 'CatchClause') return [parent.value.start, parent.value.end];
    return undefined;
  }
}

/** Does this read of `name` reach the module's top-level binding (not one of an enclosing function or block)? */
function readsTopLevel(p: ASTPath<any>, name: string): boolean {
  try {
    const scope = (p as any).scope?.lookup(name);
    if (!scope || scope.isGlobal) return true;
    const decls: ASTPath<any>[] = scope.getBindings()[name] ?? [];
    const { start, end } = p.value;
    return !decls.some((d) => {
      const range = shadowRange(d, scope.node);
      return range !== undefined && start >= range[0] && end <= range[1];
    });
  } catch {
    return true;
  }
}

/** Which of `names` the module reads at top level, ignoring reads inside each name's own declaration ranges. */
function referencedNames(j: any, root: any, own: Map<string, Array<[number, number]>>): Set<string> {
  const found = new Set<string>();
  const visit = (p: ASTPath<any>) => {
    const name = p.value.name;
    if (found.has(name) || !own.has(name)) return;
    const { start, end } = p.value;
    if (own.get(name)!.some(([s, e]) => start >= s && end <= e)) return;
    if (!isReference(p)) return;
    if (p.value.type === 'JSXIdentifier' || readsTopLevel(p, name)) found.add(name);
  };
  root.find(j.Identifier).forEach(visit);
  root.find(j.JSXIdentifier).forEach(visit);
  return found;
}

// ————— the module's top-level bindings that can go —————

interface Binding {
  name: string;
  own: [number, number];
}

type Candidate =
  | { kind: 'import'; stmt: any; index: number; specifiers: Array<Binding & { node: any }> }
  | { kind: 'statement'; stmt: any; index: number; binding: Binding }
  | {
      kind: 'variables';
      stmt: any;
      index: number;
      declarators: Array<{ node: any; whole?: Binding; properties?: Array<{ node: any; bindings: Binding[] }>; rest?: boolean }>;
    };

/**
 * The top-level bindings that may go once unused: imports and requires (`const x = require('x')`,
 * `const { a, b } = require('x')`, `require('x').y`, `import x = require('x')`), `const`s with a pure
 * initializer (functions included), unexported function declarations, type aliases and interfaces.
 */
function candidatesOf(program: any): Candidate[] {
  const out: Candidate[] = [];
  program.body.forEach((stmt: any, index: number) => {
    if (stmt.type === 'ImportDeclaration' && stmt.specifiers?.length) {
      out.push({ kind: 'import', stmt, index, specifiers: stmt.specifiers.map((s: any) => ({ node: s, name: s.local.name, own: [s.start, s.end] })) });
    } else if (stmt.type === 'TSImportEqualsDeclaration' && !stmt.isExport && stmt.id) {
      out.push({ kind: 'statement', stmt, index, binding: { name: stmt.id.name, own: [stmt.start, stmt.end] } });
    } else if (((stmt.type === 'FunctionDeclaration' && !stmt.declare) || stmt.type === 'TSTypeAliasDeclaration' || stmt.type === 'TSInterfaceDeclaration') && stmt.id) {
      out.push({ kind: 'statement', stmt, index, binding: { name: stmt.id.name, own: [stmt.start, stmt.end] } });
    } else if (stmt.type === 'VariableDeclaration' && !stmt.declare) {
      const declarators = stmt.declarations.map((d: any) => {
        if (isRequireish(d.init)) {
          if (d.id.type === 'Identifier') return { node: d, whole: { name: d.id.name, own: [d.start, d.end] } };
          if (d.id.type === 'ObjectPattern') {
            return {
              node: d,
              rest: d.id.properties.some((p: any) => p.type === 'RestElement'),
              properties: d.id.properties.map((p: any) => ({
                node: p,
                bindings: patternNames(p.type === 'RestElement' ? p.argument : p.value).map((name) => ({ name, own: [p.start, p.end] })),
              })),
            };
          }
        } else if (stmt.kind === 'const' && d.id.type === 'Identifier' && isPure(d.init)) {
          return { node: d, whole: { name: d.id.name, own: [d.start, d.end] } };
        }
        return { node: d };
      });
      if (declarators.some((d: any) => d.whole || d.properties)) out.push({ kind: 'variables', stmt, index, declarators });
    }
  });
  return out;
}

function ownRanges(candidates: Candidate[]): Map<string, Array<[number, number]>> {
  const own = new Map<string, Array<[number, number]>>();
  const add = (b: Binding) => own.set(b.name, [...(own.get(b.name) ?? []), b.own]);
  for (const c of candidates) {
    if (c.kind === 'import') c.specifiers.forEach(add);
    else if (c.kind === 'statement') add(c.binding);
    else
      for (const d of c.declarators) {
        if (d.whole) add(d.whole);
        d.properties?.forEach((p) => p.bindings.forEach(add));
      }
  }
  return own;
}

// ————— cutting text —————

interface Cut {
  start: number;
  end: number;
  /** Whole lines go: blank lines around the gap are tidied. */
  lines: boolean;
}

interface Text {
  src: string;
  /** Where a node starts and ends in `src`. */
  start(node: any): number;
  end(node: any): number;
  comments: Array<{ start: number; end: number }>;
}

/** recast's countSpaces: the width of leading whitespace, tabs to stops of 4 (recast's default tabWidth). */
function indentWidth(spaces: string): number {
  let count = 0;
  for (const ch of spaces) {
    if (ch === '\t') count = Math.ceil(count / 4) * 4 === count ? count + 4 : Math.ceil(count / 4) * 4;
    else if (!'\v\f\r\ufeff'.includes(ch)) count += 1;
  }
  return count;
}

/**
 * Offsets into the text as written for the positions of a recast parse. recast hands the parser the text
 * with line breaks as \n and leading whitespace as spaces (tabs expanded), so babel's own offsets do not
 * name the original text; lines do, and within a line only the indentation differs.
 */
function offsets(src: string): (pos: { line: number; column: number }) => number {
  const starts: number[] = [];
  const lead: number[] = [];
  const width: number[] = [];
  const re = /\r\n|\r(?!\n)|\n|\u2028|\u2029/g;
  let at = 0;
  for (;;) {
    const m = re.exec(src);
    const line = src.slice(at, m ? m.index : src.length);
    const spaces = /^\s*/.exec(line)![0];
    starts.push(at);
    lead.push(spaces.length);
    width.push(indentWidth(spaces));
    if (!m) break;
    at = m.index + m[0].length;
  }
  return ({ line, column }) => {
    const i = Math.min(line, starts.length) - 1;
    return starts[i] + (column >= width[i] ? lead[i] + column - width[i] : column === 0 ? 0 : lead[i]);
  };
}

/** The start of the line holding `pos` (after a byte order mark on the first). */
const lineStartAt = (src: string, pos: number) => {
  const start = src.lastIndexOf('\n', pos - 1) + 1;
  return start === 0 && src.charCodeAt(0) === 0xfeff ? 1 : start;
};
const lineEndAt = (src: string, pos: number) => {
  const i = src.indexOf('\n', pos);
  return i === -1 ? src.length : i;
};
const blankLineBetween = (src: string, a: number, b: number) => /\n[ \t]*\r?\n/.test(src.slice(a, b));

/**
 * The cut that takes statement `siblings[index]` out of its list: its own lines, the comments directly
 * above it (unless they head statements that stay right below it, or open the file), a comment after it
 * on its last line. A statement sharing a line with another loses only its own text.
 */
function statementCut(text: Text, siblings: any[], index: number, removing: Set<any>): Cut {
  const { src } = text;
  const stmt = siblings[index];
  const start = text.start(stmt);
  const end = text.end(stmt);
  const ls = lineStartAt(src, start);
  const le = lineEndAt(src, end);
  const ownsStart = /^[ \t]*$/.test(src.slice(ls, start));
  const ownsEnd = /^[ \t]*(\/\/.*|\/\*.*?\*\/[ \t]*)?\r?$/.test(src.slice(end, le));
  if (!ownsStart || !ownsEnd) {
    if (ownsEnd) return { start: ls + /[ \t]*$/.exec(src.slice(ls, start))!.index, end, lines: false };
    return { start, end: end + /^[ \t]*/.exec(src.slice(end))![0].length, lines: false };
  }
  // Comments directly above belong to the statement, unless they open a paragraph whose statements stay:
  //   // Users            ← kept when router.get('/users/:id') stays
  //   router.get('/users', list);
  //   router.get('/users/:id', one);
  const headsKeptGroup = (i: number): boolean => {
    const next = siblings[i + 1];
    if (!next || blankLineBetween(src, text.end(siblings[i]), text.start(next))) return false;
    return !removing.has(next) || headsKeptGroup(i + 1);
  };
  const previousAdjacent = (pos: number) => index > 0 && !blankLineBetween(src, text.end(siblings[index - 1]), pos);
  const comments: Array<{ start: number; end: number }> = [];
  for (let top = start; ; ) {
    const c = [...text.comments].reverse().find((x) => x.end <= top);
    if (!c || !/^[ \t]*\r?\n[ \t]*$/.test(src.slice(c.end, top))) break;
    if (!/^[ \t]*$/.test(src.slice(lineStartAt(src, c.start), c.start))) break;
    if (/^(#![^\n]*\n)?\s*$/.test(src.slice(0, c.start))) break; // the file's header
    comments.unshift(c);
    top = c.start;
  }
  const own =
    comments.length > 0 && (!headsKeptGroup(index) || previousAdjacent(comments[0].start) || src.startsWith('/**', comments[comments.length - 1].start));
  const top = own ? comments[0].start : start;
  return { start: lineStartAt(src, top), end: le < src.length ? le + 1 : le, lines: true };
}

/** Cuts taking items `remove` out of a comma-separated list, separators with them (not all of them: the caller removes the whole). */
function listCuts(text: Text, items: any[], remove: Set<number>): Cut[] {
  const cuts: Cut[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!remove.has(i)) continue;
    let k = i;
    while (remove.has(k + 1)) k++;
    if (k + 1 < items.length) cuts.push({ start: text.start(items[i]), end: text.start(items[k + 1]), lines: false });
    else if (i > 0) cuts.push({ start: text.end(items[i - 1]), end: text.end(items[k]), lines: false });
    i = k;
  }
  return cuts;
}

/** Apply `cuts` (offsets into `src`); where whole lines went, leave no doubled blank line, none opening or closing a block or the file. */
function applyCuts(src: string, cuts: Cut[]): string {
  const sorted = [...cuts].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Cut[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.lines = last.lines || c.lines;
    } else merged.push({ ...c });
  }
  let out = '';
  let at = 0;
  const markers: number[] = [];
  for (const c of merged) {
    out += src.slice(at, c.start);
    if (c.lines) markers.push(out.length);
    at = c.end;
  }
  out += src.slice(at);
  const blank = (s: string) => s.trim() === '';
  for (const m of markers.reverse()) {
    const hasBefore = m > 0 && out[m - 1] === '\n';
    const beforeStart = hasBefore ? out.lastIndexOf('\n', m - 2) + 1 : 0;
    const before = hasBefore ? out.slice(beforeStart, m - 1) : '';
    const hasAfter = m < out.length;
    const afterEnd = lineEndAt(out, m);
    const after = out.slice(m, afterEnd);
    const dropAfter = () => (out = out.slice(0, m) + out.slice(Math.min(afterEnd + 1, out.length)));
    const dropBefore = () => (out = out.slice(0, beforeStart) + out.slice(m));
    if (hasAfter && blank(after) && (!hasBefore || blank(before) || /[{[(][ \t]*\r?$/.test(before))) dropAfter();
    else if (hasBefore && blank(before) && (!hasAfter || /^[ \t]*[}\])]/.test(after))) dropBefore();
  }
  return out;
}

/** Where a parenthesized node's closing parentheses end. */
function endAfterParens(text: Text, node: any): number {
  const src = text.src;
  let pos = text.end(node);
  if (!node.extra?.parenthesized) return pos;
  for (;;) {
    const m = /^\s*\)/.exec(src.slice(pos));
    if (!m) return pos;
    pos += m[0].length;
  }
}

function parse(path: string, source: string) {
  const { j, root } = parseSource(path, source);
  const file = root.get().value;
  const offset = offsets(source);
  const start = (node: any) => offset(node.loc.start);
  const end = (node: any) => offset(node.loc.end);
  const tokens: any[] = file.tokens ?? [];
  // the mapping assumes recast's default tab width: a name read at each mapped position proves it
  for (const t of tokens) {
    if (t.type?.label === 'name' && typeof t.value === 'string' && source.slice(start(t), end(t)) !== t.value) {
      throw new Error(`${path}:${t.loc.start.line}: positions of the parse do not map onto the source`);
    }
  }
  const comments = tokens.filter((t) => t.type === 'CommentLine' || t.type === 'CommentBlock').map((t) => ({ start: start(t), end: end(t) }));
  const text: Text = { src: source, start, end, comments };
  return { j, root, program: file.program, text };
}

// ————— the edit —————

function removeRegistrations(path: string, source: string, edit: SourceEdit, notRemoved: NotRemoved[]): string {
  const { j, root, text } = parse(path, source);
  const byKey = new Map<string, ASTPath<any>>();
  root.find(j.CallExpression).forEach((p: ASTPath<any>) => {
    if (unwrap(p.value.callee)?.type !== 'MemberExpression') return;
    const key = callKey(p.value);
    if (key && !byKey.has(key)) byKey.set(key, p);
  });

  // statement → its list, and the calls of its chain to take out
  const targets = new Map<any, { path: ASTPath<any>; calls: Set<any>; asked: NotRemoved[] }>();
  const seen = new Set<string>();
  const wanted: Array<SourcePosition & { kind: NotRemoved['kind'] }> = [
    ...edit.registrations.map((r) => ({ ...r, kind: 'registration' as const })),
    ...edit.mounts.map((r) => ({ ...r, kind: 'mount' as const })),
  ];
  for (const w of wanted) {
    const key = posKey(w);
    if (seen.has(key)) continue;
    seen.add(key);
    const miss = (reason: string) => notRemoved.push({ line: w.line, column: w.column, kind: w.kind, reason });
    const call = byKey.get(key);
    if (!call) {
      miss('no call at this position');
      continue;
    }
    let stmt = call.parent;
    while (stmt && !/(Statement|Declaration)$/.test(stmt.value.type)) stmt = stmt.parent;
    const links = stmt?.value.type === 'ExpressionStatement' ? spine(stmt.value.expression) : [];
    const link = links.find((l) => l.call === call.value);
    if (!link) {
      miss('nested in another expression');
      continue;
    }
    if (link.name === 'route') {
      miss('router.route() is not a registration: name its methods');
      continue;
    }
    const entry = targets.get(stmt!.value) ?? { path: stmt!, calls: new Set<any>(), asked: [] as NotRemoved[] };
    entry.calls.add(call.value);
    entry.asked.push({ line: w.line, column: w.column, kind: w.kind, reason: '' });
    targets.set(stmt!.value, entry);
  }

  const wholeStatements: Array<{ siblings: any[]; index: number; node: any }> = [];
  const cuts: Cut[] = [];
  for (const [node, { path: stmtPath, calls, asked }] of targets) {
    const links = spine(node.expression);
    const remaining = links.filter((l) => !calls.has(l.call));
    if (remaining.every((l) => l.name === 'route')) {
      const siblings = stmtPath.parentPath?.value;
      if (!Array.isArray(siblings)) {
        // `if (dev) router.get(…)`: taking the statement would take the if's body
        notRemoved.push(...asked.map((a) => ({ ...a, reason: 'the only statement of an if/loop body' })));
        continue;
      }
      wholeStatements.push({ siblings, index: siblings.indexOf(node), node });
    } else {
      for (const l of links) if (calls.has(l.call)) cuts.push({ start: endAfterParens(text, l.object), end: text.end(l.call), lines: false });
    }
  }
  const removing = new Set(wholeStatements.map((s) => s.node));
  for (const s of wholeStatements) cuts.push(statementCut(text, s.siblings, s.index, removing));
  return cuts.length ? applyCuts(source, cuts) : source;
}

/** One pass: take out the top-level bindings in `wasReferenced` that nothing reads now. Undefined: nothing to take. */
function removeUnusedOnce(path: string, source: string, wasReferenced: Set<string>, removed: string[]): string | undefined {
  const { j, root, program, text } = parse(path, source);
  const candidates = candidatesOf(program);
  const reads = referencedNames(j, root, ownRanges(candidates));
  const unused = (b: Binding) => wasReferenced.has(b.name) && !reads.has(b.name);

  const cuts: Cut[] = [];
  const whole: any[] = [];
  const names: string[] = [];
  for (const c of candidates) {
    if (c.kind === 'statement') {
      if (unused(c.binding)) {
        whole.push(c.stmt);
        names.push(c.binding.name);
      }
      continue;
    }
    if (c.kind === 'import') {
      const gone = new Set(c.specifiers.filter(unused).map((s) => s.node));
      if (gone.size === 0) continue;
      names.push(...c.specifiers.filter(unused).map((s) => s.name));
      if (gone.size === c.specifiers.length) {
        whole.push(c.stmt);
        continue;
      }
      const specs = c.stmt.specifiers as any[];
      const def = specs.find((s) => s.type === 'ImportDefaultSpecifier');
      const ns = specs.find((s) => s.type === 'ImportNamespaceSpecifier');
      const named = specs.filter((s) => s.type === 'ImportSpecifier');
      if (def && gone.has(def)) {
        // `x, { a }` / `x, * as ns` → `{ a }` / `* as ns`
        const next = text.end(def) + source.slice(text.end(def)).search(/[{*]/);
        cuts.push({ start: text.start(def), end: next, lines: false });
      }
      if (ns && gone.has(ns)) cuts.push({ start: text.end(def), end: text.end(ns), lines: false });
      if (named.length && named.every((s) => gone.has(s))) {
        const close = source.indexOf('}', text.end(named[named.length - 1]));
        cuts.push({ start: text.end(def), end: close + 1, lines: false });
      } else {
        cuts.push(...listCuts(text, named, new Set(named.flatMap((s, i) => (gone.has(s) ? [i] : [])))));
      }
      continue;
    }
    // variables
    const goneDeclarators = new Set<number>();
    const partial: Cut[] = [];
    c.declarators.forEach((d, i) => {
      if (d.whole) {
        if (unused(d.whole)) {
          goneDeclarators.add(i);
          names.push(d.whole.name);
        }
      } else if (d.properties) {
        const goneProps = new Set<number>();
        d.properties.forEach((p, k) => {
          if (p.bindings.length && p.bindings.every(unused)) goneProps.add(k);
        });
        if (goneProps.size === d.properties.length) {
          goneDeclarators.add(i);
          d.properties.forEach((p) => names.push(...p.bindings.map((b) => b.name)));
        } else if (goneProps.size && !d.rest) {
          // with a rest element, the others decide what it holds: leave them
          partial.push(...listCuts(text, d.properties.map((p) => p.node), goneProps));
          d.properties.forEach((p, k) => goneProps.has(k) && names.push(...p.bindings.map((b) => b.name)));
        }
      }
    });
    if (goneDeclarators.size === c.stmt.declarations.length) whole.push(c.stmt);
    else {
      cuts.push(...partial.filter((cut) => !c.declarators.some((d, i) => goneDeclarators.has(i) && cut.start >= text.start(d.node) && cut.end <= text.end(d.node))));
      cuts.push(...listCuts(text, c.stmt.declarations, goneDeclarators));
    }
  }
  if (cuts.length === 0 && whole.length === 0) return undefined;
  const removing = new Set(whole);
  for (const stmt of whole) cuts.push(statementCut(text, program.body, program.body.indexOf(stmt), removing));
  removed.push(...names);
  return applyCuts(source, cuts);
}

// ————— is what remains an empty router? —————

function isRouterFactory(n: any): boolean {
  n = unwrap(n);
  if (n?.type !== 'CallExpression' && n?.type !== 'NewExpression') return false;
  const callee = unwrap(n.callee);
  if (callee?.type === 'Identifier') return callee.name === 'Router';
  return callee?.type === 'MemberExpression' && propName(callee) === 'Router';
}

/** `mountsKnown`: the caller listed the mounts that stay, and none does: every `use` left is middleware. */
function isEmptyRouter(program: any, mountsKnown: boolean): boolean {
  const routers = new Set<string>();
  const isRouter = (n: any) => unwrap(n)?.type === 'Identifier' && routers.has(unwrap(n).name);
  const middlewareOnly = (call: any) => {
    if (mountsKnown) return true;
    const args = call.arguments.map(unwrap);
    const fns = args.length > 1 && (isStringish(args[0]) || args[0]?.type === 'ArrayExpression' || args[0]?.type === 'RegExpLiteral') ? args.slice(1) : args;
    return fns.every((a: any) => isFunctionExpr(a) || (a?.type === 'CallExpression' && !isRequireCall(a)));
  };
  for (const stmt of program.body) {
    switch (stmt.type) {
      case 'ImportDeclaration':
      case 'TSImportEqualsDeclaration':
        continue;
      case 'VariableDeclaration': {
        for (const d of stmt.declarations) {
          if (isRequireish(d.init)) continue;
          if (d.id.type === 'Identifier' && isRouterFactory(d.init)) routers.add(d.id.name);
          else return false;
        }
        continue;
      }
      case 'ExpressionStatement': {
        const e = unwrap(stmt.expression);
        if (stmt.directive || isRequireCall(e)) continue;
        if (e?.type === 'AssignmentExpression' && e.operator === '=' && isRouter(e.right) && /^(module\.exports|exports\.default)$/.test(calleeText(e.left) ?? '')) continue;
        const links = spine(e);
        if (links.length && isRouter(links[0].object) && links.every((l) => l.name === 'use' && middlewareOnly(l.call))) continue;
        return false;
      }
      case 'ExportDefaultDeclaration':
        if (isRouter(stmt.declaration)) continue;
        return false;
      case 'TSExportAssignment':
        if (isRouter(stmt.expression)) continue;
        return false;
      case 'ExportNamedDeclaration':
        if (!stmt.declaration && !stmt.source && stmt.specifiers.every((s: any) => s.local && routers.has(s.local.name))) continue;
        return false;
      default:
        return false;
    }
  }
  return routers.size > 0;
}

/**
 * Remove moved registrations and mounts from an Express module, then the top-level imports, requires,
 * constants and unexported functions that only they used (a pass at a time: one going can free another).
 * Bindings nothing read before the edit stay. Throws SourceParseError when `source` does not parse.
 */
export function editExpressSource(path: string, source: string, edit: SourceEdit): EditResult {
  const notRemoved: NotRemoved[] = [];
  const removedBindings: string[] = [];
  const before = parse(path, source);
  const candidates = candidatesOf(before.program);
  const wasReferenced = referencedNames(before.j, before.root, ownRanges(candidates));

  let out = removeRegistrations(path, source, edit, notRemoved);
  if (out !== source) {
    for (let next = removeUnusedOnce(path, out, wasReferenced, removedBindings); next !== undefined; next = removeUnusedOnce(path, out, wasReferenced, removedBindings)) {
      out = next;
    }
  }
  // kept mounts stay in the file (their positions name the original text): any left, the router is not empty
  const removedKeys = new Set([...edit.registrations, ...edit.mounts].map(posKey));
  notRemoved.forEach((n) => removedKeys.delete(posKey(n)));
  const mountLeft = (edit.keptMounts ?? []).some((k) => !removedKeys.has(posKey(k)));
  const emptyRouter = !mountLeft && isEmptyRouter(parse(path, out).program, edit.keptMounts !== undefined);
  return { source: out, emptyRouter, notRemoved, removedBindings };
}
