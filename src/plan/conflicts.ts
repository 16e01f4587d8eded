// Plan conflicts that keep a route where it is: RS601 target exists, RS602 two sources → one target,
// RS603 an app/ entry already serves the URL.

import type { Diagnostic } from '../types';
import { segmentsOfAppEntry, urlPatterns, type Segment } from './route-path';

export interface Placed {
  source: string;
  targetPath: string;
  segments: Segment[];
}

const APP_ENTRY = /\/(?:route|page)\.(?:[cm]?[jt]sx?)$/;

/** The routed app/ entries (route.* and page.*) among `appFiles`, with their segments. */
export function appEntriesOf(appFiles: string[], appDir: string): { path: string; segments: Segment[] }[] {
  const entries: { path: string; segments: Segment[] }[] = [];
  for (const file of appFiles) {
    if (!APP_ENTRY.test('/' + file)) continue;
    const segments = segmentsOfAppEntry(file, appDir);
    if (segments) entries.push({ path: file, segments });
  }
  return entries;
}

function at(source: string, code: Diagnostic['code'], message: string): Diagnostic {
  return { code, file: source, line: 1, column: 1, message };
}

/** Conflict diagnostics per route source. */
export function findConflicts(placed: Placed[], appFiles: string[], appDir: string): Map<string, Diagnostic[]> {
  const found = new Map<string, Diagnostic[]>();
  const add = (source: string, d: Diagnostic) => found.set(source, [...(found.get(source) ?? []), d]);
  const existing = new Set(appFiles);

  const byTarget = new Map<string, Placed[]>();
  for (const p of placed) byTarget.set(p.targetPath, [...(byTarget.get(p.targetPath) ?? []), p]);
  for (const [target, group] of byTarget) {
    if (group.length < 2) continue;
    const names = group.map((g) => g.source).join(', ');
    for (const p of group) add(p.source, at(p.source, 'RS602', `${names} all map to ${target}`));
  }

  const servedBy = new Map<string, string>();
  for (const e of appEntriesOf(appFiles, appDir)) for (const u of urlPatterns(e.segments)) if (!servedBy.has(u)) servedBy.set(u, e.path);
  for (const p of placed) {
    if (existing.has(p.targetPath)) {
      add(p.source, at(p.source, 'RS601', `${p.targetPath} already exists`));
      continue;
    }
    const clash = urlPatterns(p.segments).map((u) => servedBy.get(u)).find(Boolean);
    if (clash) add(p.source, at(p.source, 'RS603', `${clash} already serves this URL`));
  }
  return found;
}
