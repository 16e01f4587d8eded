// What one file's rewrite shares: the names it introduces, the imports it needs, its diagnostics.

import type { Collection, JSCodeshift } from 'jscodeshift';
import type { DiagnosticSink } from '../diagnostics/sink';
import type { ParamForm } from '../plan/express-paths';
import type { PagesRouteInput, RouteParam } from '../types';
import type { ExpressHelper } from './express-runtime';
import type { RuntimeHelper } from './legacy-runtime';

/** Names routeshift introduces, chosen once per file so they never collide with the file's own. */
export interface IntroducedNames {
  request: string;
  params: string;
  body: string;
  query: string;
  status: string;
  headers: string;
  /** `req` as a Node stream (legacyIncoming), for raw body reads. */
  incoming: string;
  /** The route context `{ params }`, when a call needs it whole (NextAuth's advanced form). */
  context: string;
  /** What a library wrapper hands the handler (iron-session's session). */
  wrapperValue: string;
}

export interface RewriteContext {
  j: JSCodeshift;
  root: Collection;
  input: PagesRouteInput;
  sink: DiagnosticSink;
  names: IntroducedNames;
  /** legacy query key → route param */
  segments: Map<string, RouteParam>;
  /** `config.api.bodyParser === false`: req.body was undefined in pages. */
  bodyParserDisabled: boolean;
  typescript: boolean;
  /** Helpers the route imports from its helper module (input.runtimeModule): legacy-api's, or express-api's. */
  runtime: Set<RuntimeHelper | ExpressHelper>;
  /** Named imports the rewritten module needs: module → names ('next/server' → NextResponse). */
  imports: Map<string, Set<string>>;
  /** Local names of imports the rewrite stopped using (removed at the end when nothing else uses them). */
  replacedImports: Set<string>;
  /** Local functions the request was handed to, rewritten once each (route-function.ts). */
  helpers: Map<any, unknown>;
  /** Route functions that must parse the body first because a helper they call reads it. */
  readsBodyFirst: Set<any>;
  /** Route functions that hand the whole route context on (they take `(request, context)`). */
  takesContext: Set<any>;
  /** Route functions whose answers all carry the header set (a middleware wrote into it). */
  headersState: Set<any>;
  /** Set while a wrapper's function is rewritten: its headers are the request's shared set. */
  inWrapper?: boolean;
  /**
   * Set while a function of a migrated Express app is rewritten: the expression of the headers every
   * layer of the request shares (`context.headers`, what Express's one `res` held), so a header set
   * before next() or next(err) is not lost.
   */
  sharedHeaders?: string;
  /** A library wrapper hands the handler a third argument, read where legacy code read `req.<member>`. */
  wrapperValue?: { member: string; type: { name: string; module: string } };
  /** Whose `req`/`res` the legacy code uses: Next's pages/api (the default) or Express's. */
  dialect?: 'pages' | 'express';
  /** The Express route the function answers (dialect 'express'). */
  express?: ExpressRoute;
}

export interface ExpressRoute {
  /** The static mount prefix req.path and req.url are relative to ('/api/items'); '' for a route of the app itself. */
  mount: string;
  /** legacy `req.params` key → the route handler's param and how the legacy value is rebuilt from it. */
  params: Map<string, { name: string; form: ParamForm }>;
  /** Project-relative path, without extension, of the Express helper module ('app/_lib/express-api'). */
  runtimeModule: string;
  /**
   * A function of the app's pipeline (express-app.ts): it takes `(request, context)` whatever route it
   * serves; `req.params` is `context.params` (Express's keys, rebuilt by the route), and values middleware
   * set on req (`req.user`) live in `context.locals`.
   */
  pipeline?: boolean;
}

/** Record that the rewritten module needs `import { name } from 'module'`. */
export function needImport(ctx: RewriteContext, module: string, name: string): void {
  let names = ctx.imports.get(module);
  if (!names) ctx.imports.set(module, (names = new Set()));
  names.add(name);
}

/** A fresh context for one file; `taken` are the names the file already uses. */
export function createContext(fields: Pick<RewriteContext, 'j' | 'root' | 'input' | 'sink' | 'bodyParserDisabled' | 'typescript'>, taken: Set<string>): RewriteContext {
  return {
    ...fields,
    names: introduceNames(taken),
    segments: new Map(fields.input.params.map((p) => [p.legacyName, p])),
    runtime: new Set(),
    imports: new Map(),
    replacedImports: new Set(),
    helpers: new Map(),
    readsBodyFirst: new Set(),
    takesContext: new Set(),
    headersState: new Set(),
  };
}

/** A fresh copy of a node, without source positions: printed anew wherever it is put. */
export function freshCopy<T>(node: T): T {
  if (Array.isArray(node)) return node.map(freshCopy) as any;
  if (!node || typeof node !== 'object') return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node as any)) {
    if (k === 'loc' || k === 'original' || k === 'tokens' || k === 'start' || k === 'end' || k === 'range' || k === 'comments') continue;
    out[k] = freshCopy(v);
  }
  return out;
}

/** Pick `preferred`, or `preferred2`, `preferred3`… whichever the file does not use yet. */
export function allocateName(taken: Set<string>, preferred: string): string {
  let name = preferred;
  for (let n = 2; taken.has(name); n++) name = `${preferred}${n}`;
  taken.add(name);
  return name;
}

export function introduceNames(taken: Set<string>): IntroducedNames {
  return {
    request: allocateName(taken, 'request'),
    params: allocateName(taken, 'params'),
    body: allocateName(taken, 'body'),
    query: allocateName(taken, 'query'),
    status: allocateName(taken, 'responseStatus'),
    headers: allocateName(taken, 'responseHeaders'),
    incoming: allocateName(taken, 'incoming'),
    context: allocateName(taken, 'context'),
    wrapperValue: allocateName(taken, 'session'),
  };
}

/**
 * Statements written as code; each is printed with exactly the text given. The snippet is padded
 * with a newline on each side so that recast, which measures blank lines around a statement in its
 * source, sets it on its own line.
 */
/** The request as a Node stream: `incoming`, declared once per route function (`legacyIncoming(request)`). */
export function incomingStream(ctx: RewriteContext): any {
  ctx.runtime.add('legacyIncoming');
  return ctx.j.identifier(ctx.names.incoming);
}

export function codeStatements(j: JSCodeshift, parts: string[], ...nodes: any[]): any[] {
  const padded = [...parts];
  padded[0] = '\n' + padded[0];
  padded[padded.length - 1] += '\n';
  return j.template.statements(padded, ...nodes);
}

export function codeStatement(j: JSCodeshift, parts: string[], ...nodes: any[]): any {
  return codeStatements(j, parts, ...nodes)[0];
}
