// The journal of one apply: `.routeshift/journal.json`, written (fsync'd, then renamed into place)
// before the first file of the tree changes, and rewritten with state 'committed' once every file is
// in place. It lists every operation with the sha256 of the bytes before and after, the folders the
// apply creates, and the staging folder holding the new contents (`new/<i>`) and the originals it
// moved aside (`old/<i>`). From it and what is on disk, an interrupted apply is undone exactly
// (state 'pending') or finished (state 'committed'): both are idempotent, so a recovery that is
// itself interrupted is simply run again.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FaultPoints } from './fault';
import { removeStateDirIfEmpty } from './lock';
import { lexicalPathReason, STATE_DIR, unsafePathReason } from './safe-paths';

export const JOURNAL_FILE = `${STATE_DIR}/journal.json`;
export const STAGING_DIR = `${STATE_DIR}/staging`;

export interface JournalOp {
  path: string;
  kind: 'write' | 'delete';
  /** sha256 of the file before the apply; null: it did not exist. */
  before: string | null;
  /** sha256 of the file after the apply; null: it is deleted. */
  after: string | null;
}

export interface Journal {
  version: 1;
  tool: 'routeshift';
  id: string;
  pid: number;
  state: 'pending' | 'committed';
  /** Project-relative staging folder of this apply. */
  staging: string;
  ops: JournalOp[];
  /** Folders the apply creates, parents first (removed again, when empty, by a rollback). */
  dirs: string[];
  /** Deleted files whose emptied pages/api folders are removed once committed. */
  prune: string[];
}

export class RecoveryError extends Error {}

export const sha256 = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');

export function hashOf(abs: string): string | null {
  try {
    return sha256(fs.readFileSync(abs));
  } catch {
    return null;
  }
}

export function lexists(abs: string): boolean {
  try {
    fs.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

export function fsyncDir(abs: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* some file systems cannot fsync a folder: the rename is still atomic */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Write the journal atomically: a temporary file, fsync'd, renamed over journal.json, folder fsync'd. */
export function writeJournal(root: string, journal: Journal): void {
  const file = path.join(root, JOURNAL_FILE);
  const tmp = file + '.tmp';
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(journal, null, 1) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
}

export function readJournal(root: string): Journal | undefined {
  const file = path.join(root, JOURNAL_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const j = JSON.parse(text) as Journal;
    if (j.version !== 1 || !Array.isArray(j.ops) || !Array.isArray(j.dirs) || !Array.isArray(j.prune) || typeof j.staging !== 'string' || !['pending', 'committed'].includes(j.state)) throw new Error('unknown shape');
    // Every path it names must be one apply could have written: recovery never leaves the project.
    if (!/^\.routeshift\/staging\/[A-Za-z0-9_-]+$/.test(j.staging)) throw new Error(`staging folder ${j.staging}`);
    for (const p of [...j.ops.map((o) => o.path), ...j.dirs, ...j.prune]) {
      const reason = lexicalPathReason(p);
      if (reason) throw new Error(`${p}: ${reason}`);
    }
    return j;
  } catch (err) {
    throw new RecoveryError(`the journal ${JOURNAL_FILE} of an interrupted run cannot be read (${(err as Error).message}); restore the tree from version control, then remove ${STATE_DIR}/`);
  }
}

export const journalExists = (root: string) => lexists(path.join(root, JOURNAL_FILE));

const PAGES_API_DIRS = ['pages/api', 'src/pages/api'];

/** Remove folders left empty by a deletion, up to and including pages/api (never pages/ itself). */
export function removeEmptyDirs(root: string, deleted: string): void {
  const top = PAGES_API_DIRS.find((d) => deleted.startsWith(d + '/'));
  if (!top) return;
  let rel = path.posix.dirname(deleted);
  while (rel === top || rel.startsWith(top + '/')) {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs) || fs.readdirSync(abs).length > 0) return;
    fs.rmdirSync(abs);
    rel = path.posix.dirname(rel);
  }
}

/** Remove a staging folder, the journal (and its temporary file), then .routeshift/ when empty. */
export function discardStaging(root: string, staging: string | undefined): void {
  if (staging) fs.rmSync(path.join(root, staging), { recursive: true, force: true });
  fs.rmSync(path.join(root, JOURNAL_FILE), { force: true });
  fs.rmSync(path.join(root, JOURNAL_FILE + '.tmp'), { force: true });
  removeStateDirIfEmpty(root);
}

/** Undo a pending apply, op by op in reverse, from what is on disk: an original moved aside comes
 *  back (replacing the new file where it was placed); a new file that was placed is removed; folders
 *  the apply created go when empty. A file whose bytes are neither the journal's before nor after was
 *  changed by someone else: nothing of it is touched and a RecoveryError is thrown (journal kept). */
export function rollBack(root: string, journal: Journal, faults: FaultPoints): void {
  const staging = path.join(root, journal.staging);
  for (let i = journal.ops.length - 1; i >= 0; i--) {
    const op = journal.ops[i];
    const abs = path.join(root, op.path);
    const backup = path.join(staging, 'old', String(i));
    const staged = path.join(staging, 'new', String(i));
    const hereHash = lexists(abs) ? hashOf(abs) : null;
    const acts = lexists(backup) || (op.before === null && op.after !== null && lexists(abs) && !lexists(staged));
    const unsafe = acts ? unsafePathReason(root, op.path) : undefined;
    if (unsafe) throw new RecoveryError(`cannot undo the interrupted run: ${op.path}: ${unsafe}; resolve it by hand (${JOURNAL_FILE} lists every file with its hashes)`);
    if (lexists(backup)) {
      // The original was moved aside; the path holds the new content or nothing.
      if (lexists(abs) && hereHash !== op.after) throw foreign(op.path);
      faults.step(`undo:${i}`);
      if (lexists(abs)) fs.rmSync(abs);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.renameSync(backup, abs);
    } else if (op.before === null && op.after !== null && lexists(abs) && !lexists(staged)) {
      // A new file that was placed.
      if (hereHash !== op.after) throw foreign(op.path);
      faults.step(`undo:${i}`);
      fs.rmSync(abs);
    }
    // Otherwise this op never touched the tree.
  }
  faults.step('undo-dirs');
  for (const d of [...journal.dirs].reverse()) {
    try {
      fs.rmdirSync(path.join(root, d));
    } catch {
      /* not empty, or not created */
    }
  }
  faults.step('undo-cleanup');
  discardStaging(root, journal.staging);
}

/** Finish a committed apply: every file is in place; remove emptied pages/api folders and the staging folder. */
export function rollForward(root: string, journal: Journal, faults: FaultPoints): void {
  faults.step('prune');
  for (const p of journal.prune) removeEmptyDirs(root, p);
  faults.step('cleanup');
  discardStaging(root, journal.staging);
}

function foreign(rel: string): RecoveryError {
  return new RecoveryError(`cannot undo the interrupted run: ${rel} was changed since; resolve it by hand (${JOURNAL_FILE} lists every file with its hashes), then remove ${STATE_DIR}/`);
}

export type Recovery = { done: 'nothing' } | { done: 'rolled back' | 'rolled forward'; pid: number; files: number };

/** Before anything else, with the lock held: finish or undo what an interrupted run left. Staging
 *  folders without a journal (a run stopped before its first change to the tree) are removed. */
export function recoverInterrupted(root: string): Recovery {
  const journal = readJournal(root);
  const faults = new FaultPoints(false);
  if (!journal) {
    const stagingRoot = path.join(root, STAGING_DIR);
    if (lexists(stagingRoot) || lexists(path.join(root, JOURNAL_FILE + '.tmp'))) {
      faults.step('recover-discard');
      fs.rmSync(stagingRoot, { recursive: true, force: true });
      discardStaging(root, undefined);
    }
    return { done: 'nothing' };
  }
  const recoveryFaults = new FaultPoints(false, process.env.ROUTESHIFT_FAULT?.split(',').filter((s) => s.startsWith('recover-')).map((s) => s.slice('recover-'.length)).join(','));
  if (journal.state === 'committed') {
    rollForward(root, journal, recoveryFaults);
  } else {
    rollBack(root, journal, recoveryFaults);
  }
  // Other staging folders (none in normal use) go with it.
  fs.rmSync(path.join(root, STAGING_DIR), { recursive: true, force: true });
  removeStateDirIfEmpty(root);
  return { done: journal.state === 'committed' ? 'rolled forward' : 'rolled back', pid: journal.pid, files: journal.ops.length };
}

/** The one line a run prints after recovering. */
export function recoveryLine(r: Recovery): string {
  if (r.done === 'nothing') return '';
  return r.done === 'rolled back'
    ? `routeshift: an interrupted run (pid ${r.pid}) was rolled back: its ${r.files} file operations are undone, the tree is as it was before it\n`
    : `routeshift: an interrupted run (pid ${r.pid}) had committed: finished it, its ${r.files} file operations are in place\n`;
}
