// Where each Express route goes in app/: one route.ts per final URL, one export per method.
//   GET /api/users/:id (routes/users.js:13), PUT /api/users/:id (routes/users.js:14)
//   →  app/api/users/[id]/route.js  { GET: users.js:13, PUT: users.js:14 }
// A route stays in Express, with the reason, when its path has no app/ form, when Express never reaches
// it (an earlier route answers its URLs, as '/items/:id' does for '/items/new': Next would prefer it),
// or when its URL and method are already taken by an earlier registration.

import type { ExpressRoute } from '../analyze/express-routes';
import { ALL_METHODS, type HttpMethod } from '../types';
import { detectOrderOverlaps, isUnrepresentable, mapExpressPath, type ExpressParam, type ExpressPathOptions, type PathNote } from './express-paths';
import { targetPathFor, type Segment } from './route-path';
import { unifySlugNames } from './slug-names';

export interface ExpressTarget {
  /** 'app/api/users/[id]/route.js' */
  target: string;
  segments: Segment[];
  /** The route's params; `name` is the slug in app/ (unified with siblings), `legacyName` the req.params key. */
  params: ExpressParam[];
  /** method → the registration that answers it (`app.all` fills the methods nothing else takes). */
  methods: Map<HttpMethod, ExpressRoute>;
  notes: PathNote[];
}

export interface LeftExpressRoute {
  route: ExpressRoute;
  code: 'RS710' | 'RS711' | 'RS713';
  message: string;
}

export interface ExpressRoutePlan {
  targets: ExpressTarget[];
  left: LeftExpressRoute[];
}

export interface ExpressPlanOptions extends ExpressPathOptions {
  appDir: string;
  /** 'route.ts' or 'route.js'. */
  fileName: string;
  /** Segments of routes app/ already has (their slug names win). */
  existing?: Segment[][];
}

const where = (r: ExpressRoute) => `${r.file}:${r.line}`;

/** Place every route of the table; routes are taken in Express's order. */
export function planExpressRoutes(routes: readonly ExpressRoute[], options: ExpressPlanOptions): ExpressRoutePlan {
  const left: LeftExpressRoute[] = [];
  const ordered = [...routes].sort((a, b) => a.order - b.order);

  // routes Express never reaches for some URL an earlier one takes: Next would route those URLs to them
  const shadowed = new Set<ExpressRoute>();
  for (const overlap of detectOrderOverlaps(ordered, options)) {
    if (overlap.kind !== 'shadowed') continue;
    const second = ordered.find((r) => r.order === overlap.second.order && r.file === overlap.second.file && r.line === overlap.second.line);
    if (second && !shadowed.has(second)) {
      shadowed.add(second);
      left.push({ route: second, code: 'RS711', message: `${overlap.message} (${overlap.example})` });
    }
  }

  const placed: Array<{ route: ExpressRoute; segments: Segment[]; params: ExpressParam[]; notes: PathNote[] }> = [];
  for (const route of ordered) {
    if (shadowed.has(route)) continue;
    const mapped = mapExpressPath(route.pathParts, options);
    if (isUnrepresentable(mapped)) {
      left.push({ route, code: 'RS710', message: `${route.path}: ${mapped.unrepresentable}` });
      continue;
    }
    // a trailing optional param (`/orders/:id?`) becomes two routes, with and without it: an optional
    // catch-all would also take deeper paths, and clash with a route registered at the parent URL
    const last = mapped.segments[mapped.segments.length - 1];
    const optional = last?.kind === 'optionalCatchAll' ? mapped.params.find((p) => p.name === last.name && p.form === 'first') : undefined;
    if (optional && last.kind === 'optionalCatchAll') {
      const without = mapped.params.filter((p) => p !== optional);
      placed.push({ route, segments: mapped.segments.slice(0, -1), params: without, notes: mapped.notes.filter((n) => n !== 'optional-deeper') });
      placed.push({ route, segments: [...mapped.segments.slice(0, -1), { kind: 'single', name: last.name }], params: [...without, { ...optional, kind: 'single', form: 'value' }], notes: mapped.notes.filter((n) => n !== 'optional-deeper') });
      continue;
    }
    placed.push({ route, segments: mapped.segments, params: mapped.params, notes: mapped.notes });
  }

  // sibling dynamic folders share one slug name; params keep their legacy req.params key
  const unified = unifySlugNames(placed.map((p) => p.segments), options.existing ?? []);
  const byTarget = new Map<string, ExpressTarget>();
  const alls: Array<{ target: ExpressTarget; route: ExpressRoute }> = [];
  placed.forEach((p, i) => {
    const segments = unified[i];
    const target = targetPathFor(options.appDir, segments, options.fileName);
    let entry = byTarget.get(target);
    if (!entry) {
      const renamed = renameParams(p.params, p.segments, segments);
      entry = { target, segments, params: renamed, methods: new Map(), notes: p.notes };
      byTarget.set(target, entry);
    }
    if (p.route.method === 'ALL') {
      alls.push({ target: entry, route: p.route });
      return;
    }
    const methods: HttpMethod[] = [p.route.method];
    for (const method of methods) {
      const taken = entry.methods.get(method);
      if (taken) left.push({ route: p.route, code: 'RS713', message: `${method} ${p.route.path} is answered first by ${where(taken)}` });
      else entry.methods.set(method, p.route);
    }
  });
  // app.all answers the methods no earlier registration took (in Express order, a later one never runs)
  for (const { target, route } of alls) {
    for (const m of [...ALL_METHODS, 'OPTIONS' as HttpMethod]) {
      const taken = target.methods.get(m);
      if (taken && taken.order < route.order) continue;
      if (taken) left.push({ route: taken, code: 'RS713', message: `${m} ${taken.path} is answered first by ${where(route)} (app.all)` });
      target.methods.set(m, route);
    }
  }
  const targets = [...byTarget.values()].filter((t) => t.methods.size > 0).sort((a, b) => (a.target < b.target ? -1 : 1));
  return { targets, left };
}

/** Params renamed with their segments (the legacy req.params key stays). */
function renameParams(params: ExpressParam[], before: Segment[], after: Segment[]): ExpressParam[] {
  const renames = new Map<string, string>();
  before.forEach((seg, i) => {
    const now = after[i];
    if (seg.kind !== 'static' && now.kind !== 'static') renames.set(seg.name, now.name);
  });
  return params.map((p) => ({ ...p, name: renames.get(p.name) ?? p.name }));
}
