// Which project module a specifier names: relative paths and tsconfig/jsconfig `paths` aliases.
//   '@/pages/api/auth/[...nextauth]' with "@/*": ["./src/*"]  →  'src/pages/api/auth/[...nextauth]'

import path from 'node:path';
import { relativeSpecifier } from '../rewrite/import-specifiers';

/** A `paths` entry made project-relative: "@/*": ["./src/*"] → { pattern: '@/*', targets: ['src/*'] }. */
export interface PathAlias {
  pattern: string;
  targets: string[];
}

const MODULE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/** JSON with comments and trailing commas (tsconfig style) → value; undefined when unreadable. */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += ch;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The `paths` aliases of a tsconfig.json/jsconfig.json text, plus baseUrl as a catch-all '*' alias. */
export function pathAliasesOf(tsconfigText: string): PathAlias[] {
  const json = parseJsonc(tsconfigText) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined;
  const options = json?.compilerOptions ?? {};
  const base = options.baseUrl ?? '.';
  const aliases: PathAlias[] = Object.entries(options.paths ?? {}).map(([pattern, targets]) => ({
    pattern,
    targets: (Array.isArray(targets) ? targets : []).map((t) => path.posix.normalize(path.posix.join(base, t))),
  }));
  if (options.baseUrl !== undefined) aliases.push({ pattern: '*', targets: [path.posix.normalize(path.posix.join(base, '*'))] });
  return aliases;
}

/** The wildcard part of `text` matched against `pattern` ('@/*' vs '@/lib/db' → 'lib/db'), or undefined. */
function matchWildcard(pattern: string, text: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === text ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (text.length < prefix.length + suffix.length || !text.startsWith(prefix) || !text.endsWith(suffix)) return undefined;
  return text.slice(prefix.length, text.length - suffix.length);
}

/** Project-relative candidate paths `specifier` may name from `fromFile` (extension and trailing '/' dropped). */
export function resolveSpecifier(specifier: string, fromFile: string, aliases: PathAlias[]): string[] {
  const clean = (p: string) => path.posix.normalize(p).replace(/\/$/, '').replace(MODULE_EXTENSION, '');
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return [clean(path.posix.join(path.posix.dirname(fromFile), specifier))];
  }
  const found: string[] = [];
  for (const alias of aliases) {
    const middle = matchWildcard(alias.pattern, specifier);
    if (middle === undefined) continue;
    for (const target of alias.targets) found.push(clean(target.replace('*', middle)));
  }
  return found;
}

/** The specifier for project module `modulePath`, written the way `oldSpecifier` was (alias or relative, same extension).
 *  ('@/pages/api/auth/[...nextauth]', 'src/app/api/auth/[...nextauth]/auth-options') → '@/app/api/auth/[...nextauth]/auth-options' */
export function specifierFor(modulePath: string, oldSpecifier: string, fromFile: string, aliases: PathAlias[]): string {
  const ext = MODULE_EXTENSION.exec(oldSpecifier)?.[0] ?? '';
  if (!oldSpecifier.startsWith('.')) {
    for (const alias of aliases) {
      if (matchWildcard(alias.pattern, oldSpecifier) === undefined) continue;
      for (const target of alias.targets) {
        const middle = matchWildcard(target, modulePath);
        if (middle !== undefined) return alias.pattern.replace('*', middle) + ext;
      }
    }
  }
  return relativeSpecifier(fromFile, modulePath) + ext;
}

/** Module specifiers written in `text`, found by a cheap scan (import/export-from, require, import()). */
export function specifiersInText(text: string): string[] {
  const found: string[] = [];
  const re = /(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*(['"])([^'"\n]+)\1/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[2]);
  return found;
}

/** Module keys of a route source: 'pages/api/a/index.ts' → ['pages/api/a/index', 'pages/api/a']. */
export function moduleKeysOf(sourcePath: string): string[] {
  const noExt = sourcePath.replace(MODULE_EXTENSION, '');
  return noExt.endsWith('/index') ? [noExt, noExt.slice(0, -'/index'.length)] : [noExt];
}

/** Project path without its module extension: 'app/api/a/route.ts' → 'app/api/a/route'. */
export function stripModuleExtension(p: string): string {
  return p.replace(MODULE_EXTENSION, '');
}
