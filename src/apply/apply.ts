// The only module that writes to disk: applies a plan (all or nothing), and writes report/patch files.

import fs from 'node:fs';
import path from 'node:path';
import type { FileOp } from '../plan/plan-types';

export class ApplyError extends Error {}

const PAGES_API_DIRS = ['pages/api', 'src/pages/api'];

function readIfFile(abs: string): string | undefined {
  try {
    return fs.statSync(abs).isFile() ? fs.readFileSync(abs, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest existing ancestor of `abs` must be a writable directory. */
function checkParentCreatable(abs: string): string | undefined {
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  if (!fs.statSync(dir).isDirectory()) return `${dir} is not a directory`;
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    return `${dir} is not writable`;
  }
  return undefined;
}

/** Every reason the plan cannot be applied to `dir` as it is now (empty: it can). */
export function validatePlan(dir: string, ops: FileOp[]): string[] {
  const problems: string[] = [];
  for (const op of ops) {
    const abs = path.join(dir, op.path);
    const now = readIfFile(abs);
    if (op.kind === 'write' && op.before === undefined && fs.existsSync(abs)) problems.push(`${op.path}: already exists`);
    else if (op.before !== undefined && now !== op.before) problems.push(`${op.path}: changed since it was read`);
    if (op.kind === 'write') {
      const parent = checkParentCreatable(abs);
      if (parent) problems.push(`${op.path}: ${parent}`);
    }
  }
  return problems;
}

/** Remove directories left empty by a deletion, up to and including pages/api (never pages/ itself). */
function removeEmptyDirs(dir: string, deleted: string): void {
  const root = PAGES_API_DIRS.find((d) => deleted.startsWith(d + '/'));
  if (!root) return;
  let rel = path.posix.dirname(deleted);
  while (rel === root || rel.startsWith(root + '/')) {
    const abs = path.join(dir, rel);
    if (!fs.existsSync(abs) || fs.readdirSync(abs).length > 0) return;
    fs.rmdirSync(abs);
    rel = path.posix.dirname(rel);
  }
}

/** Apply `ops` to `dir`: validate everything, write new/changed files, then delete moved sources.
 *  A failure while writing restores what was already written. */
export function applyPlan(dir: string, ops: FileOp[]): void {
  const problems = validatePlan(dir, ops);
  if (problems.length) throw new ApplyError(`cannot apply the plan: ${problems.join('; ')}`);
  const done: FileOp[] = [];
  try {
    for (const op of ops) {
      if (op.kind !== 'write') continue;
      const abs = path.join(dir, op.path);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, op.content);
      done.push(op);
    }
  } catch (err) {
    for (const op of done.reverse()) {
      const abs = path.join(dir, op.path);
      if (op.before === undefined) fs.rmSync(abs, { force: true });
      else fs.writeFileSync(abs, op.before);
    }
    throw new ApplyError(`cannot apply the plan: ${(err as Error).message}`);
  }
  for (const op of ops) {
    if (op.kind !== 'delete') continue;
    fs.rmSync(path.join(dir, op.path));
    removeEmptyDirs(dir, op.path);
  }
}

/** Write one output file (report, patch), creating its directory. */
export function writeOutputFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
