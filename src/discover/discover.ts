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
  /**
   * Source files whose names are not UTF-8, left out of the lists above (they cannot be opened by the
   * name the file system reports): 'pages/api/caf\\xe9.js', each byte outside printable ASCII as \\xNN.
   */
  unreadable: string[];
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

/**
 * A name that is not UTF-8 comes back from the file system with U+FFFD in it: no file has that name, so
 * reading it fails. Such files are not seen (they stay where they are, untouched).
 */
const readableName = (p: string) => !p.includes('\uFFFD');

/** How to show a name that is not UTF-8: its bytes, those outside printable ASCII as \xNN. */
function displayName(dir: string, p: string): string {
  const escape = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
  const parent = path.posix.dirname(p);
  if (parent.includes('\uFFFD')) return p;
  try {
    const entry = fs.readdirSync(path.join(dir, parent), { encoding: 'buffer' }).find((e) => e.toString('utf8') === path.posix.basename(p));
    return entry ? `${parent}/${escape(entry)}` : p;
  } catch {
    return p;
  }
}

export function discover(dir: string): Discovery {
  const { pagesDir, appDir } = nextDirsOf(dir);
  const opts = { cwd: dir, ignore: IGNORE, dot: false, followSymbolicLinks: false };
  const routes = globby
    .sync(`${pagesDir}/api/${ROUTE_GLOB}`, { ...opts, gitignore: true })
    .filter((p) => !p.endsWith('.d.ts') && readableName(p))
    .sort();
  const appFiles = globby.sync(['app/**', 'src/app/**'], { ...opts, dot: true }).filter(readableName).sort();
  const allSources = globby.sync(SOURCE_GLOB, { ...opts, gitignore: true });
  const sourceFiles = allSources.filter(readableName).sort();
  const unreadable = allSources.filter((p) => !readableName(p)).map((p) => displayName(dir, p)).sort();
  const tsconfig = ['tsconfig.json', 'jsconfig.json'].find((f) => fs.existsSync(path.join(dir, f)));
  return { pagesDir, defaultAppDir: appDir, routes, appFiles, sourceFiles, tsconfig, unreadable };
}
