// Sibling dynamic folders share one slug name in app/ (Next refuses [id] beside [userId]).
//   app/api/users/[id] (existing) + pages/api/users/[userId]/posts.ts  →  app/api/users/[id]/posts/route.ts

import { segmentKey, type Segment } from './route-path';

/** Where a dynamic segment sits in Next's route tree: normalized parent path + kind. */
function slotKey(segments: Segment[], index: number): string {
  return segments.slice(0, index).map(segmentKey).join('/') + '#' + segments[index].kind;
}

function collectNames(all: Segment[][], into: Map<string, string[]>): void {
  for (const segments of all) {
    segments.forEach((seg, i) => {
      if (seg.kind === 'static') return;
      const key = slotKey(segments, i);
      into.set(key, [...(into.get(key) ?? []), seg.name]);
    });
  }
}

/** Rename dynamic segments so every slot has one name: an existing app/ name wins, else the first in sorted order.
 *  [[id], [userId]] → [[id], [id]] */
export function unifySlugNames(routes: Segment[][], existing: Segment[][]): Segment[][] {
  const existingNames = new Map<string, string[]>();
  const routeNames = new Map<string, string[]>();
  collectNames(existing, existingNames);
  collectNames(routes, routeNames);
  const chosen = (key: string): string => {
    const pool = existingNames.get(key) ?? routeNames.get(key) ?? [];
    return [...pool].sort()[0];
  };
  return routes.map((segments) =>
    segments.map((seg, i) => (seg.kind === 'static' ? seg : { kind: seg.kind, name: chosen(slotKey(segments, i)) })),
  );
}
