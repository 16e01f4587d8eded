// What routeshift is expected to do with each file of examples/legacy-app/pages/api.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files that must stay in pages/api, with the diagnostic that says why. */
export const LEFT_IN_PLACE: Record<string, string> = {
  'pages/api/legacy/import.ts': 'RS301', // res.json(...) and then more code
  'pages/api/advanced/preview/enter.ts': 'RS303', // res.setPreviewData: no route-handler equivalent
};

/** Every file under pages/api, project-relative, POSIX separators. */
export function listApiFiles(appDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(appDir, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(appDir, 'pages', 'api'));
  return out.sort();
}

/**
 * pages/api/a/index.ts → app/api/a/route.ts; pages/api/a/b.js → app/api/a/b/route.js;
 * a segment starting with `_` (a private folder in app/) is escaped as `%5F…`.
 */
export function expectedTarget(source: string): string {
  const match = /^pages\/(.*?)(?:\/index)?\.(ts|js)$/.exec(source);
  if (!match) throw new Error(`not a pages/api source: ${source}`);
  const segments = match[1].split('/').map((s) => (s.startsWith('_') ? `%5F${s.slice(1)}` : s));
  return `app/${segments.join('/')}/route.${match[2]}`;
}
