// Express paths → app/ route segments, with the path-to-regexp semantics each Express major uses:
// Express 4 → path-to-regexp 0.1.x (4.21 pins 0.1.12, 4.22 pins ~0.1.13), Express 5 → router 2 →
// path-to-regexp 8.x. The notes below cite the package sources (`npm pack path-to-regexp@0.1.12`,
// `path-to-regexp@8.4.2`), which is what this module was checked against.
//   v4 '/users/:id'          →  users/[id]              (req.params.id → params.id)
//   v4 '/docs/*'             →  docs/[...path]          (req.params[0] → params.path.join('/'))
//   v4 '/orders/:id?'        →  orders/[[...id]]        (req.params.id → params.id?.[0])
//   v5 '/files/*rest'        →  files/[...rest]         (both give string[])
//   v5 '/users{/:id}'        →  users/[[...id]]
//   v4 '/:id(\\d+)'          →  { unrepresentable: … }

import type { RouteParam } from '../types';
import { parseSegment, segmentKey, UnrepresentableSegmentError, type Segment } from './route-path';

export type ExpressVersion = 4 | 5;

export interface ExpressPathOptions {
  version: ExpressVersion;
  /** `case sensitive routing` / Router({ caseSensitive }) — default false, as in Express. */
  caseSensitive?: boolean;
  /** `strict routing` / Router({ strict }) — default false, as in Express. */
  strict?: boolean;
}

/**
 * How legacy code's `req.params[legacyName]` is built from the route handler's `params[name]`:
 *   value        string → string                        (:id → [id])
 *   first        id?.[0]                                (v4 trailing :id? → [[...id]])
 *   joined       path.join('/')                         (v4 trailing /* → [...path]; Express gives 'a/b')
 *   slashJoined  '/' + (path ?? []).join('/')           (v4 bare '*' → [[...path]]; Express gives '/a/b', '/')
 *   array        the same string[] (or undefined)       (v5 *name, {/*name})
 */
export type ParamForm = 'value' | 'first' | 'joined' | 'slashJoined' | 'array';

/** A RouteParam whose legacyName is the `req.params` key ('id', or '0' for v4's unnamed `*`). */
export interface ExpressParam extends RouteParam {
  form: ParamForm;
}

/**
 * Behaviour the app/ route does not reproduce exactly (for the report):
 *   star-matches-empty  v4 '/x/*' also answers '/x/' with req.params[0] === '' (Next redirects '/x/' to '/x')
 *   optional-deeper     [[...id]] also answers '/x/a/b', which Express's ':id?' does not match
 *   case-insensitive    Express matches '/Users' for '/users'; Next does not
 *   trailing-slash      Express answers '/users/' like '/users'; Next redirects it (308)
 */
export type PathNote = 'star-matches-empty' | 'optional-deeper' | 'case-insensitive' | 'trailing-slash';

export interface ExpressPathMapping {
  segments: Segment[];
  params: ExpressParam[];
  notes: PathNote[];
}

export interface Unrepresentable {
  unrepresentable: string;
}

export type ExpressPathResult = ExpressPathMapping | Unrepresentable;

export function isUnrepresentable(r: ExpressPathResult): r is Unrepresentable {
  return 'unrepresentable' in r;
}

/** One item of a parsed path, before placement rules. */
type Item =
  | { kind: 'static'; value: string }
  | { kind: 'single'; name: string }
  | { kind: 'optional'; name: string; written: string }
  | { kind: 'star' } // v4 '/*' (unnamed key 0)
  | { kind: 'bareStar' } // v4 '*' as a whole part: everything below the mount, the mount itself included
  | { kind: 'wildcard'; name: string } // v5 '*name'
  | { kind: 'optionalWildcard'; name: string }; // v5 '{/*name}'

class PathRejected extends Error {}
const reject = (reason: string): never => {
  throw new PathRejected(reason);
};

// ————— Express 4: path-to-regexp 0.1.12 —————

/**
 * The one regular expression path-to-regexp 0.1.12 (index.js) rewrites a path with. Everything it does
 * not match is copied into the RegExp source unchanged, so `?`, `+`, `(`, `[`, `|`… outside a match are
 * regular-expression syntax; `.` is escaped to a literal dot; `*` becomes `(.*)` (an unnamed key,
 * req.params[0]); `/(` opens a non-capturing group; `\\x` is copied as an escape.
 * Groups of a param match: (slash)(format '.')':'(name \w+)(capture '(…)')(star '*')(optional '?').
 * 0.1.13 (Express 4.22) only changes the backtrack text used for several params in one segment,
 * which this mapping rejects anyway.
 */
const V4_TOKEN = /\\.|(\/)?(\.)?:(\w+)(\(.*?\))?(\*)?(\?)?|[.*]|\/\(/g;
const V4_REGEX_SYNTAX = /[?+()[\]{}|^$]/;

type Piece =
  | { t: 'text'; v: string }
  | { t: 'param'; name: string; optional: boolean; slash: boolean; wildcard?: boolean; written: string }
  | { t: 'star' };

/** '/a/:id?' → pieces [text '/a', param id (optional, slash)]; regex syntax rejected with a reason. */
function v4Pieces(part: string): Piece[] {
  const pieces: Piece[] = [];
  const text = (v: string) => {
    if (!v) return;
    const last = pieces[pieces.length - 1];
    if (last?.t === 'text') last.v += v;
    else pieces.push({ t: 'text', v });
  };
  const gap = (v: string) => {
    const bad = V4_REGEX_SYNTAX.exec(v);
    if (bad) reject(`"${bad[0]}" in "${part}" is regular-expression syntax in Express 4`);
    text(v);
  };
  const re = new RegExp(V4_TOKEN.source, 'g');
  let pos = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    gap(part.slice(pos, m.index));
    pos = m.index + m[0].length;
    const [match, slash, format, name, capture, star, optional] = m;
    if (match[0] === '\\') {
      if (/[A-Za-z0-9]/.test(match[1])) reject(`"${match}" in "${part}" is a regular-expression class`);
      text(match[1]);
    } else if (match === '.') text('.');
    else if (match === '*') pieces.push({ t: 'star' });
    else if (match === '/(') reject(`"${part}" has a regular-expression group`);
    else {
      if (capture) reject(`":${name}${capture}" restricts the param with a regular expression`);
      if (star) reject(`":${name}*" matches one segment and the rest into two params`);
      if (format) text('.');
      pieces.push({ t: 'param', name, optional: !!optional, slash: !!slash, written: `:${name}${optional ?? ''}` });
    }
  }
  gap(part.slice(pos));
  return pieces;
}

// ————— Express 5: path-to-regexp 8.x —————

type V5Token = { type: 'text'; value: string } | { type: 'param'; name: string } | { type: 'wildcard'; name: string } | { type: 'group'; tokens: V5Token[] };

// path-to-regexp 8.4.2 dist/index.js: ID_START / ID_CONTINUE name a param; `"…"` quotes any name.
const ID_START = /^[$_\p{ID_Start}]$/u;
const ID_CONTINUE = /^[$\u200c\u200d\p{ID_Continue}]$/u;

/** path-to-regexp 8 `parse`: text, `:name`, `*name`, `{…}` optional groups, `\\` escapes; `}()[]+?!`
 *  are reserved and throw (Express 5 fails at startup), as do nameless `:`/`*` ('*' alone included). */
function v5Tokens(str: string): V5Token[] {
  const chars = [...str];
  let index = 0;
  const consumeUntil = (end: string): V5Token[] => {
    const output: V5Token[] = [];
    let path = '';
    const writePath = () => {
      if (path) output.push({ type: 'text', value: path });
      path = '';
    };
    while (index < chars.length) {
      const value = chars[index++];
      if (value === end) {
        writePath();
        return output;
      }
      if (value === '\\') {
        if (index === chars.length) reject(`Express 5 rejects "${str}": unexpected end after \\`);
        path += chars[index++];
        continue;
      }
      if (value === ':' || value === '*') {
        let name = '';
        if (ID_START.test(chars[index] ?? '')) {
          do name += chars[index++];
          while (ID_CONTINUE.test(chars[index] ?? ''));
        } else if (chars[index] === '"') {
          index++;
          while (index < chars.length && chars[index] !== '"') {
            if (chars[index] === '\\') index++;
            name += chars[index++];
          }
          if (chars[index++] !== '"') reject(`Express 5 rejects "${str}": unterminated quote`);
        }
        if (!name) reject(`Express 5 rejects "${str}": missing parameter name at index ${index}`);
        writePath();
        output.push(value === ':' ? { type: 'param', name } : { type: 'wildcard', name });
        continue;
      }
      if (value === '{') {
        writePath();
        output.push({ type: 'group', tokens: consumeUntil('}') });
        continue;
      }
      if ('}()[]+?!'.includes(value)) reject(`Express 5 rejects "${str}": unexpected ${value} at index ${index - 1}`);
      path += value;
    }
    if (end) reject(`Express 5 rejects "${str}": unexpected end, expected ${end}`);
    writePath();
    return output;
  };
  return consumeUntil('');
}

/** Tokens → pieces; a trailing `{/:id}` / `{/*rest}` group becomes an optional piece, other groups are rejected. */
function v5Pieces(part: string): Piece[] | { pieces: Piece[]; optionalTail: Item } {
  const tokens = v5Tokens(part);
  const pieces: Piece[] = [];
  let optionalTail: Item | undefined;
  tokens.forEach((tok, i) => {
    if (tok.type === 'text') pieces.push({ t: 'text', v: tok.value });
    else if (tok.type === 'param') pieces.push({ t: 'param', name: tok.name, optional: false, slash: false, written: ':' + tok.name });
    else if (tok.type === 'wildcard') pieces.push({ t: 'param', name: tok.name, optional: false, slash: false, wildcard: true, written: '*' + tok.name });
    else {
      const inner = tok.tokens;
      const last = i === tokens.length - 1;
      const simple = inner.length === 2 && inner[0].type === 'text' && inner[0].value === '/' && (inner[1].type === 'param' || inner[1].type === 'wildcard');
      if (!last) reject(`optional part "{${stringifyV5(inner)}}" in the middle of "${part}"`);
      if (!simple) reject(`optional part "{${stringifyV5(inner)}}" of "${part}" is not one whole segment`);
      const p = inner[1] as { type: 'param' | 'wildcard'; name: string };  // checked by `simple`
      optionalTail = p.type === 'param' ? { kind: 'optional', name: p.name, written: `{/:${p.name}}` } : { kind: 'optionalWildcard', name: p.name };
    }
  });
  return optionalTail ? { pieces, optionalTail } : pieces;
}

function stringifyV5(tokens: V5Token[]): string {
  return tokens
    .map((t) => (t.type === 'text' ? t.value : t.type === 'param' ? ':' + t.name : t.type === 'wildcard' ? '*' + t.name : `{${stringifyV5(t.tokens)}}`))
    .join('');
}

// ————— pieces → items —————

/** Split pieces at '/' into segments; a param written with its slash ('/:id') starts a segment. */
function segmentsOfPieces(pieces: Piece[]): Piece[][] {
  const segs: Piece[][] = [[]];
  for (const p of pieces) {
    if (p.t === 'text') {
      const parts = p.v.split('/');
      parts.forEach((v, i) => {
        if (i > 0) segs.push([]);
        if (v) segs[segs.length - 1].push({ t: 'text', v });
      });
    } else {
      if (p.t === 'param' && p.slash) segs.push([]);
      segs[segs.length - 1].push(p);
    }
  }
  return segs;
}

function written(seg: Piece[]): string {
  return seg.map((p) => (p.t === 'text' ? p.v : p.t === 'star' ? '*' : p.written)).join('');
}

/** One segment's pieces → an item: all text → static; one param alone → dynamic; anything mixed → rejected. */
function itemOf(seg: Piece[]): Item {
  const dynamic = seg.filter((p) => p.t !== 'text');
  if (dynamic.length === 0) return { kind: 'static', value: seg.map((p) => (p.t === 'text' ? p.v : '')).join('') };
  if (dynamic.length > 1) reject(`several params in one segment ("${written(seg)}")`);
  if (seg.length > 1) reject(`a param shares its segment with text ("${written(seg)}")`);
  const p = dynamic[0];
  if (p.t === 'star') return { kind: 'star' };
  if (p.wildcard) return { kind: 'wildcard', name: p.name };
  if (p.optional) return { kind: 'optional', name: p.name, written: p.written };
  return { kind: 'single', name: p.name };
}

/** One path (a mount prefix or the route path, as written) → items. */
function itemsOfPart(part: string, version: ExpressVersion, isLast: boolean): Item[] {
  if (part === '' || part === '/') return [];
  if (version === 4 && part === '*') return [{ kind: 'bareStar' }];
  let pieces: Piece[];
  let tail: Item | undefined;
  if (version === 4) pieces = v4Pieces(part);
  else {
    const r = v5Pieces(part);
    if (Array.isArray(r)) pieces = r;
    else ({ pieces, optionalTail: tail } = r);
  }
  if (!part.startsWith('/')) reject(`"${part}" does not start with "/": Express never matches it`);
  const segs = segmentsOfPieces(pieces).slice(1); // the leading '/' opens an empty first segment
  const last = segs[segs.length - 1];
  if (segs.length && last.length === 0) {
    // a written trailing slash: v4 (non-strict) appends '/?' after it anyway (index.js: `path[path.length - 1] === '/' ? '?'`);
    // v5 keeps it as text, so '/users/' matches only with the slash (8.x: trailing '(?:\/$)?' is extra)
    if (version === 5 && isLast && !tail) reject(`"${part}" matches only with its trailing slash in Express 5; Next redirects that URL`);
    segs.pop();
  }
  const items = segs.map((seg) => {
    if (seg.length === 0) reject(`"${part}" has an empty segment`);
    return itemOf(seg);
  });
  return tail ? [...items, tail] : items;
}

/** Items → segments and params; catch-alls and optional params only at the very end, names unique. */
function place(items: Item[], whole: string): ExpressPathMapping {
  const segments: Segment[] = [];
  const params: ExpressParam[] = [];
  const notes: PathNote[] = [];
  const taken = new Set(items.flatMap((it) => ('name' in it ? [it.name] : [])));
  const starName = () => ['path', 'path1', 'path2', 'splat'].find((n) => !taken.has(n)) as string;
  items.forEach((it, i) => {
    const isLast = i === items.length - 1;
    switch (it.kind) {
      case 'static': {
        let seg: Segment;
        try {
          seg = parseSegment(it.value);
        } catch (err) {
          if (err instanceof UnrepresentableSegmentError) reject(err.message);
          throw err;
        }
        if (seg.kind !== 'static') reject(`segment "${it.value}" mixes brackets with text`);
        segments.push(seg);
        return;
      }
      case 'single':
        if (params.some((p) => p.legacyName === it.name)) reject(`param "${it.name}" appears twice in "${whole}"`);
        segments.push({ kind: 'single', name: it.name });
        params.push({ legacyName: it.name, name: it.name, kind: 'single', form: 'value' });
        return;
      case 'optional':
        if (!isLast) reject(`optional segment "${it.written}" in the middle of "${whole}"`);
        if (params.some((p) => p.legacyName === it.name)) reject(`param "${it.name}" appears twice in "${whole}"`);
        segments.push({ kind: 'optionalCatchAll', name: it.name });
        params.push({ legacyName: it.name, name: it.name, kind: 'optionalCatchAll', form: 'first' });
        notes.push('optional-deeper');
        return;
      case 'star':
      case 'bareStar': {
        if (!isLast) reject(`"*" in the middle of "${whole}"`);
        const name = starName();
        const kind = it.kind === 'star' ? 'catchAll' : 'optionalCatchAll';
        segments.push({ kind, name });
        params.push({ legacyName: '0', name, kind, form: it.kind === 'star' ? 'joined' : 'slashJoined' });
        if (it.kind === 'star') notes.push('star-matches-empty');
        return;
      }
      case 'wildcard':
      case 'optionalWildcard': {
        if (!isLast) reject(`"*${it.name}" in the middle of "${whole}"`);
        if (params.some((p) => p.legacyName === it.name)) reject(`param "${it.name}" appears twice in "${whole}"`);
        const kind = it.kind === 'wildcard' ? 'catchAll' : 'optionalCatchAll';
        segments.push({ kind, name: it.name });
        params.push({ legacyName: it.name, name: it.name, kind, form: 'array' });
        return;
      }
    }
  });
  return { segments, params, notes };
}

/**
 * An Express path → app/ segments. `path` is the full path, or its parts as written, outermost mount
 * first (['/api', '/users', '/:id']): a part is matched below the previous one, which matters for
 * v4's bare '*' (router.get('*') under '/api' answers '/api' too).
 *   mapExpressPath('/items/:id', { version: 4 }) → { segments: items, [id]; params: [id value]; notes: [case-insensitive, trailing-slash] }
 */
export function mapExpressPath(path: string | readonly string[], options: ExpressPathOptions): ExpressPathResult {
  const parts = typeof path === 'string' ? [path] : [...path];
  const whole = joinExpressPath(parts);
  let mapping: ExpressPathMapping;
  try {
    const items = parts.flatMap((part, i) => itemsOfPart(part, options.version, i === parts.length - 1));
    mapping = place(items, whole);
  } catch (err) {
    if (err instanceof PathRejected) return { unrepresentable: err.message };
    throw err;
  }
  // 0.1.12: flags = options.sensitive ? '' : 'i'; `path += strict ? '' : … '/?'`.
  // 8.x: new RegExp(pattern, sensitive ? '' : 'i'); trailing (default true) adds '(?:\/$)?'.
  if (!options.caseSensitive && mapping.segments.some((s) => s.kind === 'static' && /[a-z]/i.test(s.value))) mapping.notes.push('case-insensitive');
  if (!options.strict && mapping.segments.length > 0) mapping.notes.push('trailing-slash');
  return mapping;
}

/** Parts → one path for display: ['/api', '/users', '/:id'] → '/api/users/:id'; ['/api', '/'] → '/api'; ['/api', '*'] → '/api/*'. */
export function joinExpressPath(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === '' || part === '/') continue;
    out = out.replace(/\/+$/, '') + (part.startsWith('/') ? part : '/' + part);
  }
  return out || '/';
}

// ————— registration order vs Next's specificity —————

export interface OrderedRoute {
  method: string;
  path: string;
  /** The path as written per mount, outermost first (preferred over `path` when given). */
  pathParts?: readonly string[];
  order: number;
  file: string;
  line: number;
  column: number;
}

/**
 * Two routes one URL reaches, where Express and Next pick differently:
 *   shadowed   Express tries `first` (registered earlier) and it answers; Next prefers `second`
 *              (static over dynamic): '/items/:id' before '/items/new'
 *   duplicate  the same URL pattern registered twice: Express answers with `first` (`second` only
 *              after next()); in app/ they share one route.ts
 */
export interface OrderOverlap {
  kind: 'shadowed' | 'duplicate';
  first: OrderedRoute;
  second: OrderedRoute;
  /** A URL both answer: '/items/new'. */
  example: string;
  message: string;
}

/** A segment as Express matches it: a v4 ':id?' that became [[...id]] still takes at most one segment. */
type MatchSeg = Segment | { kind: 'optionalSingle'; name: string };

/** static 0 < [id] 1 < [...a] 2 < [[...a]] 3 — Next's preference at one level (lower wins). */
const RANK: Record<MatchSeg['kind'], number> = { static: 0, single: 1, catchAll: 2, optionalCatchAll: 3, optionalSingle: 3 };

function matchSegs(m: ExpressPathMapping): MatchSeg[] {
  return m.segments.map((s) => (s.kind === 'optionalCatchAll' && m.params.some((p) => p.name === s.name && p.form === 'first') ? { kind: 'optionalSingle', name: s.name } : s));
}

const sampleOf = (s: MatchSeg) => (s.kind === 'static' ? s.value : s.name);

/** A URL both answer in Express, as segments (static text, or the param name), or undefined.
 *  Static text compares case-insensitively (0.1.12 and 8.x compile with flag 'i').
 *  [items, [id]] × [items, new] → ['items', 'new'];  [a, [...p]] × [a] → undefined */
function commonUrl(a: MatchSeg[], b: MatchSeg[]): string[] | undefined {
  if (a.length === 0 && b.length === 0) return [];
  const [x, y] = [a[0], b[0]];
  // optional: zero segments here, or one (optionalSingle) / one or more (optionalCatchAll)
  if (x?.kind === 'optionalCatchAll' || x?.kind === 'optionalSingle') {
    if (b.length === 0) return [];
    return commonUrl([x.kind === 'optionalSingle' ? { kind: 'single', name: x.name } : { kind: 'catchAll', name: x.name }], b);
  }
  if (y?.kind === 'optionalCatchAll' || y?.kind === 'optionalSingle') return commonUrl(b, a);
  if (!x || !y) return undefined;
  if (x.kind === 'catchAll') return sampleUrl(b);
  if (y.kind === 'catchAll') return sampleUrl(a);
  if (x.kind === 'static' && y.kind === 'static' && x.value.toLowerCase() !== y.value.toLowerCase()) return undefined;
  const tail = commonUrl(a.slice(1), b.slice(1));
  if (!tail) return undefined;
  return [sampleOf(y.kind === 'static' ? y : x), ...tail];
}

/** The shortest URL non-empty `segs` answer: [a, [id], [[...s]]] → ['a', 'id']. */
function sampleUrl(segs: MatchSeg[]): string[] {
  const last = segs[segs.length - 1];
  const optional = last.kind === 'optionalCatchAll' || last.kind === 'optionalSingle';
  return (segs.length > 1 && optional ? segs.slice(0, -1) : segs).map(sampleOf);
}

/** Which of two overlapping routes Next answers their common URL with: the more specific at the first
 *  difference ('a' or 'b'), or 'same' (one pattern; static text differing only in case counts as equal). */
function nextPrefers(a: MatchSeg[], b: MatchSeg[]): 'a' | 'b' | 'same' {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    // a path that ended is exact: preferred over an optional catch-all that matches nothing there
    const ra = i < a.length ? RANK[a[i].kind] : -1;
    const rb = i < b.length ? RANK[b[i].kind] : -1;
    if (ra !== rb) return ra < rb ? 'a' : 'b';
  }
  return 'same';
}

function methodsMeet(a: string, b: string): boolean {
  if (a === b || a === 'ALL' || b === 'ALL') return true;
  // Express answers HEAD with a GET route (router/route.js `_handles_method`: name === 'head' → 'get')
  return (a === 'GET' && b === 'HEAD') || (a === 'HEAD' && b === 'GET');
}

/** Pairs whose outcome depends on registration order; routes without an app/ equivalent are skipped. */
export function detectOrderOverlaps(routes: readonly OrderedRoute[], options: ExpressPathOptions): OrderOverlap[] {
  const mapped = routes
    .map((r) => ({ r, m: mapExpressPath(r.pathParts ?? r.path, options) }))
    .filter((x): x is { r: OrderedRoute; m: ExpressPathMapping } => !isUnrepresentable(x.m))
    .sort((x, y) => x.r.order - y.r.order);
  const found: OrderOverlap[] = [];
  const where = (r: OrderedRoute) => `${r.method} ${r.path} (${r.file}:${r.line})`;
  for (let i = 0; i < mapped.length; i++) {
    for (let k = i + 1; k < mapped.length; k++) {
      const [first, second] = [mapped[i], mapped[k]];
      if (!methodsMeet(first.r.method, second.r.method)) continue;
      const [a, b] = [matchSegs(first.m), matchSegs(second.m)];
      const url = commonUrl(a, b);
      if (!url) continue;
      const example = '/' + url.join('/');
      const prefers = nextPrefers(a, b);
      if (prefers === 'a') continue;
      if (prefers === 'b') {
        found.push({
          kind: 'shadowed',
          first: first.r,
          second: second.r,
          example,
          message: `${where(first.r)} is registered before ${where(second.r)}: Express answers ${example} with the first, Next with the second`,
        });
      } else if (first.m.segments.map(segmentKey).join('/') === second.m.segments.map(segmentKey).join('/')) {
        found.push({
          kind: 'duplicate',
          first: first.r,
          second: second.r,
          example,
          message: `${where(first.r)} and ${where(second.r)} answer the same URLs: Express reaches the second only through next()`,
        });
      }
    }
  }
  return found;
}
