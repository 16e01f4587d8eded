// Find what the migration touches: pages/api route files, existing app/ files, project sources that may import routes.
// Next reads either the root pages/ + app/ or src/pages/ + src/app/: root wins when either root folder exists.

import fs from 'node:fs';
import path from 'node:path';
import globby from 'globby';

export interface Discovery {
  /** 'pages' or 'src/pages': the pages folder Next reads. */
  pagesDir: string;
  /** 'app' or 'src/app': where route handlers go unless --app-dir says otherwise. */
  defaultAppDir: string;
  /** pages/api sources, sorted. */
  routes: string[];
  /** Every file under app/ and src/app/ (route.*, page.* and the rest), sorted. */
  appFiles: string[];
  /** Project source files (js/ts family) outside node_modules and .next, sorted. */
  sourceFiles: string[];
  /** 'tsconfig.json' or 'jsconfig.json' when present. */
  tsconfig?: string;
}

const IGNORE = ['**/node_modules/**', '**/.next/**', '**/.git/**'];
const ROUTE_GLOB = '**/*.{js,jsx,ts,tsx,mjs,cjs}';
const SOURCE_GLOB = '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Which folders Next uses in `dir`: root pages/ + app/ when either exists, else src/pages + src/app when
 * either exists; a project with neither (an Express app) gets them under src/ when it has one, else at the root.
 */
export function nextDirsOf(dir: string): { pagesDir: string; appDir: string } {
  const has = (p: string) => isDir(path.join(dir, p));
  const root = has('pages') || has('app') || (!has('src/pages') && !has('src/app') && !has('src'));
  return root ? { pagesDir: 'pages', appDir: 'app' } : { pagesDir: 'src/pages', appDir: 'src/app' };
}

export function discover(dir: string): Discovery {
  const { pagesDir, appDir } = nextDirsOf(dir);
  const opts = { cwd: dir, ignore: IGNORE, dot: false, followSymbolicLinks: false };
  const routes = globby
    .sync(`${pagesDir}/api/${ROUTE_GLOB}`, { ...opts, gitignore: true })
    .filter((p) => !p.endsWith('.d.ts'))
    .sort();
  const appFiles = globby.sync(['app/**', 'src/app/**'], { ...opts, dot: true }).sort();
  const sourceFiles = globby.sync(SOURCE_GLOB, { ...opts, gitignore: true }).sort();
  const tsconfig = ['tsconfig.json', 'jsconfig.json'].find((f) => fs.existsSync(path.join(dir, f)));
  return { pagesDir, defaultAppDir: appDir, routes, appFiles, sourceFiles, tsconfig };
}
