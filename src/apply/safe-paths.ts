// Only inside the project: every path apply writes or deletes, `--app-dir` and `--report` are checked
// before anything is written. A path is refused when it is absolute, has '..' or an encoded slash,
// lies in .git/ or routeshift's own .routeshift/, is itself a symbolic link, or when the real path of
// its deepest existing ancestor (symbolic links resolved) is outside the project's real path.

import fs from 'node:fs';
import path from 'node:path';

/** routeshift's own folder in the project: lock, journal, staging. */
export const STATE_DIR = '.routeshift';

export class UnsafePathError extends Error {}

function lstatOrUndefined(abs: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(abs);
  } catch {
    return undefined;
  }
}

const isInside = (realRoot: string, real: string) => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);

/** Why `rel` (project-relative, '/'-separated) is no place to write; undefined when it is fine.
 *  `kind` 'file': the path itself must not be a link, a folder or anything but a plain file;
 *  'dir': it may be an existing folder (or a link to one inside the project). */
export function unsafePathReason(root: string, rel: string, kind: 'file' | 'dir' = 'file'): string | undefined {
  const lexical = lexicalPathReason(rel);
  if (lexical) return lexical;
  const segments = rel.split('/');
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return 'the project folder cannot be resolved';
  }
  const abs = path.join(root, ...segments);
  const own = lstatOrUndefined(abs);
  if (own?.isSymbolicLink()) {
    let target: string;
    try {
      target = fs.realpathSync(abs);
    } catch {
      return `a symbolic link to ${fs.readlinkSync(abs)}, which does not exist`;
    }
    if (!isInside(realRoot, target)) return `a symbolic link to ${target}, outside the project`;
    if (kind === 'file') return `a symbolic link (to ${path.relative(realRoot, target)}); routeshift writes no file through a link`;
  } else if (own && kind === 'file' && !own.isFile()) return own.isDirectory() ? 'a folder, not a file' : 'not a regular file';
  else if (own && kind === 'dir' && !own.isDirectory()) return 'not a folder';
  // The deepest existing ancestor (a dangling link counts as existing: it cannot be created through).
  let ancestor = path.dirname(abs);
  while (ancestor !== root && !lstatOrUndefined(ancestor)) ancestor = path.dirname(ancestor);
  let real: string;
  try {
    real = fs.realpathSync(ancestor);
  } catch {
    return `${path.relative(root, ancestor)} is a symbolic link to nothing`;
  }
  if (!isInside(realRoot, real)) return `${path.relative(root, ancestor)} leads outside the project (to ${real})`;
  return undefined;
}

/** Why `rel` is no project-relative path to write, from its text alone (undefined: it is one). */
export function lexicalPathReason(rel: string): string | undefined {
  if (typeof rel !== 'string' || rel === '') return 'an empty path';
  if (rel.includes('\0')) return 'a NUL byte in the path';
  if (rel.includes('\\')) return 'a backslash in the path';
  if (path.posix.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return 'an absolute path';
  if (/%(25)*(2f|5c)/i.test(rel)) return 'an encoded slash in the path';
  const segments = rel.split('/');
  if (segments.some((s) => s === '..')) return "'..' in the path";
  if (segments.some((s) => s === '' || s === '.')) return 'an empty or "." segment in the path';
  if (segments[0] === '.git' || segments[0] === STATE_DIR) return `inside ${segments[0]}/`;
  return undefined;
}

/** `--app-dir` as a project-relative path ('src/app'), or an UnsafePathError. Absolute paths inside the project are accepted. */
export function checkAppDir(root: string, appDir: string | undefined): string | undefined {
  if (appDir === undefined) return undefined;
  let rel = appDir.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (path.isAbsolute(appDir)) {
    const inside = projectRelative(root, appDir);
    if (inside === undefined) throw new UnsafePathError(`--app-dir ${appDir}: outside the project`);
    rel = inside;
  }
  const reason = unsafePathReason(root, rel, 'dir');
  if (reason) throw new UnsafePathError(`--app-dir ${appDir}: ${/outside/.test(reason) ? reason : `refused (${reason})`}`);
  return rel;
}

/** `abs` relative to the project (real paths compared, so a project reached through a link still matches); undefined when outside. */
export function projectRelative(root: string, abs: string): string | undefined {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return undefined;
  }
  // Resolve the deepest existing ancestor (never the last name itself: a link there is judged as a link), keep the rest as written.
  const resolved = path.resolve(abs);
  let existing = path.dirname(resolved);
  const rest: string[] = [path.basename(resolved)];
  while (!lstatOrUndefined(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  let real: string;
  try {
    real = fs.realpathSync(existing);
  } catch {
    real = existing;
  }
  const full = path.join(real, ...rest);
  if (!isInside(realRoot, full) || full === realRoot) return undefined;
  return path.relative(realRoot, full).split(path.sep).join('/');
}

/** A report file (absolute) as a project-relative path, or an UnsafePathError: reports are written inside the project only. */
export function checkReportPath(root: string, abs: string, shown: string): string {
  if (/%(25)*(2f|5c)/i.test(shown)) throw new UnsafePathError(`--report ${shown}: refused (an encoded slash in the path)`);
  const rel = projectRelative(root, abs);
  if (rel === undefined) throw new UnsafePathError(`--report ${shown}: outside the project; reports are written inside it`);
  const reason = unsafePathReason(root, rel, 'file');
  if (reason) throw new UnsafePathError(`--report ${shown}: ${/outside/.test(reason) ? reason : `refused (${reason})`}`);
  return rel;
}
