// Where a pages/api file goes in app/, and which dynamic params its URL has.
//   pages/api/users/[id].ts  →  app/api/users/[id]/route.ts  (param `id`, single)

import path from 'node:path';
import type { RouteParam } from '../types';

export type Segment =
  | { kind: 'static'; value: string }
  | { kind: RouteParam['kind']; name: string };

export interface RouteTarget {
  targetPath: string;
  segments: Segment[];
  params: RouteParam[];
}

export const PAGES_DIRS = ['pages', 'src/pages'] as const;
export const ROUTE_SOURCE_EXTENSIONS = ['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs'] as const;

/** Thrown for file names that cannot be placed under app/ (RS606). */
export class UnrepresentableSegmentError extends Error {}

/** 'pages/api/a/[id].ts' → 'api/a/[id]' (the pages-relative route, without extension). */
export function pagesRouteName(sourcePath: string): string {
  const dir = PAGES_DIRS.find((d) => sourcePath.startsWith(d + '/'));
  if (!dir) throw new UnrepresentableSegmentError(`${sourcePath} is not under pages/ or src/pages/`);
  const rel = sourcePath.slice(dir.length + 1);
  return rel.slice(0, rel.length - path.posix.extname(rel).length);
}

/** One pages file-name segment as a segment of the route tree.
 *  '[id]' → single id; '[...slug]' → catchAll; '[[...slug]]' → optionalCatchAll; 'a' → static. */
export function parseSegment(raw: string): Segment {
  // a line break or other control character in a name would break the diff, the patch and one-line messages
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new UnrepresentableSegmentError(`segment ${JSON.stringify(raw)} has a control character`);
  let m = /^\[\[\.\.\.([^[\]./]+)\]\]$/.exec(raw);
  if (m) return { kind: 'optionalCatchAll', name: m[1] };
  m = /^\[\.\.\.([^[\]./]+)\]$/.exec(raw);
  if (m) return { kind: 'catchAll', name: m[1] };
  m = /^\[([^[\]./]+)\]$/.exec(raw);
  if (m) return { kind: 'single', name: m[1] };
  if (/[[\]]/.test(raw)) throw new UnrepresentableSegmentError(`segment "${raw}" mixes brackets with text`);
  if (/^\(.*\)$/.test(raw) || raw.startsWith('(')) throw new UnrepresentableSegmentError(`segment "${raw}" would be a route group in app/`);
  if (raw.startsWith('@')) throw new UnrepresentableSegmentError(`segment "${raw}" would be a parallel-route slot in app/`);
  return { kind: 'static', value: raw };
}

/** A segment as an app/ folder name.
 *  static '_x' → '%5Fx' (private folders are not routed); single id → '[id]'. */
export function folderName(seg: Segment): string {
  switch (seg.kind) {
    case 'static':
      return seg.value.startsWith('_') ? '%5F' + seg.value.slice(1) : seg.value;
    case 'single':
      return `[${seg.name}]`;
    case 'catchAll':
      return `[...${seg.name}]`;
    case 'optionalCatchAll':
      return `[[...${seg.name}]]`;
  }
}

/** The segments of a pages/api source path ('index' as the last segment vanishes). */
export function segmentsOfPagesRoute(sourcePath: string): Segment[] {
  const parts = pagesRouteName(sourcePath).split('/');
  if (parts[parts.length - 1] === 'index') parts.pop();
  const segments = parts.map(parseSegment);
  segments.forEach((seg, i) => {
    if ((seg.kind === 'catchAll' || seg.kind === 'optionalCatchAll') && i !== segments.length - 1) {
      throw new UnrepresentableSegmentError(`catch-all segment "${parts[i]}" is not the last one`);
    }
  });
  return segments;
}

/** `.ts`/`.tsx` sources become route.ts; `.js`/`.jsx`/`.mjs`/`.cjs` become route.js. */
export function routeFileName(sourcePath: string): string {
  return /\.tsx?$/.test(sourcePath) ? 'route.ts' : 'route.js';
}

/** The app/ path for `segments` under `appDir`, ending in `fileName`. */
export function targetPathFor(appDir: string, segments: Segment[], fileName: string): string {
  return [appDir, ...segments.map(folderName), fileName].join('/');
}

/** Params of `segments`; `legacy` gives the names the pages file used (same order). */
export function paramsOf(segments: Segment[], legacy: Segment[] = segments): RouteParam[] {
  const params: RouteParam[] = [];
  segments.forEach((seg, i) => {
    const old = legacy[i];
    if (seg.kind !== 'static' && old.kind !== 'static') params.push({ legacyName: old.name, name: seg.name, kind: seg.kind });
  });
  return params;
}

/** pages path → app target and params, before sibling slug names are unified. */
export function routeTarget(sourcePath: string, appDir: string): RouteTarget {
  const segments = segmentsOfPagesRoute(sourcePath);
  return { targetPath: targetPathFor(appDir, segments, routeFileName(sourcePath)), segments, params: paramsOf(segments) };
}

/** The segments an existing app/ entry answers, or undefined when it is not routed.
 *  'app/(shop)/api/%5Fx/[id]/route.ts' → api, _x, [id];  'app/_lib/route.ts' → undefined. */
export function segmentsOfAppEntry(entryPath: string, appDir: string): Segment[] | undefined {
  if (!entryPath.startsWith(appDir + '/')) return undefined;
  const folders = entryPath.slice(appDir.length + 1).split('/').slice(0, -1);
  const segments: Segment[] = [];
  for (const folder of folders) {
    if (folder.startsWith('_')) return undefined;
    if (/^\(\.{1,3}\)/.test(folder) || folder.startsWith('(...)')) return undefined; // intercepting route
    if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) continue; // route group, parallel slot
    const decoded = folder.replace(/^%5F/i, '_');
    try {
      segments.push(parseSegment(decoded));
    } catch {
      return undefined;
    }
  }
  return segments;
}

/** Segment with its name dropped: the key Next's route tree compares ('[]', '[...]', '[[...]]'). */
export function segmentKey(seg: Segment): string {
  if (seg.kind === 'static') return seg.value;
  return seg.kind === 'single' ? '[]' : seg.kind === 'catchAll' ? '[...]' : '[[...]]';
}

/** URL patterns a route answers, dynamic names normalized; an optional catch-all also answers its parent.
 *  api/[id] → ['/api/[]'];  api/[[...s]] → ['/api/[...]', '/api'] */
export function urlPatterns(segments: Segment[]): string[] {
  const keys = segments.map((s) => (s.kind === 'optionalCatchAll' ? '[...]' : segmentKey(s)));
  const patterns = ['/' + keys.join('/')];
  if (segments.length && segments[segments.length - 1].kind === 'optionalCatchAll') patterns.push('/' + keys.slice(0, -1).join('/'));
  return patterns;
}
