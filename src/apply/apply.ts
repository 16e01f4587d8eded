// The only module that writes to disk: applies a plan as one transaction (all or nothing), and
// writes patch files.
//
// An apply is staged, journaled, then committed:
//   1. every path is checked (inside the project, no links: safe-paths.ts) and every file read by the
//      plan must still hold the bytes it was planned from; nothing is written when one fails;
//   2. stage: each new content goes to .routeshift/staging/<id>/new/<i> (fsync'd);
//   3. journal: .routeshift/journal.json lists every op with before/after hashes (journal.ts);
//   4. commit, op by op: an existing file is moved aside to old/<i> (rename), the new one renamed into
//      place (atomic per file);
//   5. the journal is marked committed (the commit point), emptied pages/api folders and the staging
//      folder are removed.
// Any failure before 5 (an I/O error, a refused permission, SIGINT/SIGTERM seen between two steps)
// rolls every change back from the journal; a failure the rollback itself cannot get past, or a
// SIGKILL, leaves the journal, and the next run undoes it (or finishes it, once committed) first.
// ROUTESHIFT_FAULT names steps that fail as a real I/O error would (fault.ts), for the tests.

import fs from 'node:fs';
import path from 'node:path';
import type { FileOp } from '../plan/plan-types';
import { FaultPoints } from './fault';
import { fsyncDir, JOURNAL_FILE, journalExists, lexists, rollBack, rollForward, sha256, STAGING_DIR, writeJournal, discardStaging, type Journal } from './journal';
import { unsafePathReason } from './safe-paths';

export class ApplyError extends Error {}

/** A signal stopped the apply: `committed` false, every change was rolled back (unless the message says otherwise); true, the migration was complete. */
export class ApplyInterrupted extends ApplyError {
  constructor(
    readonly signal: NodeJS.Signals,
    readonly committed: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** A file written with the plan, in the same transaction, whether or not it exists (the reports). */
export interface OutputFile {
  path: string;
  content: string;
}

export interface ApplyOptions {
  /** Project-relative files replaced along with the plan (the reports). */
  outputs?: OutputFile[];
  /** Asked between steps (applyPlanAsync): a signal received, to stop at and roll back. */
  interrupted?: () => NodeJS.Signals | undefined;
}

function readBytes(abs: string): Buffer | undefined {
  try {
    return fs.lstatSync(abs).isFile() ? fs.readFileSync(abs) : undefined;
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

/** Paths of the plan that are no place to write (outside the project, links, '..'): one line. */
export function unsafeOps(dir: string, paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const reason = unsafePathReason(dir, p);
    if (reason) out.push(`${p}: ${reason}`);
  }
  return out;
}

/** Every reason the plan cannot be applied to `dir` as it is now (empty: it can). */
export function validatePlan(dir: string, ops: FileOp[]): string[] {
  const problems: string[] = [];
  for (const op of ops) {
    const abs = path.join(dir, op.path);
    const now = readBytes(abs);
    if (op.kind === 'write' && op.before === undefined && lexists(abs)) problems.push(`${op.path}: already exists`);
    else if (op.before !== undefined && (now === undefined || !now.equals(Buffer.from(op.before)))) problems.push(`${op.path}: changed since it was read`);
    if (op.kind === 'write') {
      const parent = checkParentCreatable(abs);
      if (parent) problems.push(`${op.path}: ${parent}`);
    }
  }
  return problems;
}

/** One file of the transaction: its final state (write or delete) and what it holds now. */
interface TxOp {
  path: string;
  kind: 'write' | 'delete';
  content?: Buffer;
  before?: Buffer;
  mode?: number;
}

/** The plan (and outputs) as one op per path, as the plan meant them in order (a delete after the
 *  writes of a path wins); writes that change no byte are dropped. Throws ApplyError when it cannot apply. */
function prepare(dir: string, ops: FileOp[], outputs: OutputFile[]): TxOp[] {
  if (journalExists(dir)) throw new ApplyError(`an interrupted run left ${JOURNAL_FILE}; run routeshift (without --dry or --patch) to finish or undo it first`);
  const unsafe = unsafeOps(dir, [...new Set([...ops.map((o) => o.path), ...outputs.map((o) => o.path)])]);
  if (unsafe.length) throw new ApplyError(`refused, nothing was written: ${unsafe.slice(0, 3).join('; ')}${unsafe.length > 3 ? `; and ${unsafe.length - 3} more` : ''}`);
  const problems = validatePlan(dir, ops);
  const planned = new Set(ops.map((o) => o.path));
  for (const o of outputs) {
    if (planned.has(o.path)) problems.push(`${o.path}: the report would replace a file of the plan`);
    const parent = checkParentCreatable(path.join(dir, o.path));
    if (parent) problems.push(`${o.path}: ${parent}`);
  }
  if (problems.length) throw new ApplyError(`cannot apply the plan: ${problems.join('; ')}`);
  const final = new Map<string, { kind: 'write' | 'delete'; content?: string }>();
  for (const op of ops) if (op.kind === 'write') final.set(op.path, { kind: 'write', content: op.content });
  for (const op of ops) if (op.kind === 'delete') final.set(op.path, { kind: 'delete' });
  for (const o of outputs) final.set(o.path, { kind: 'write', content: o.content });
  const writes: TxOp[] = [];
  const deletes: TxOp[] = [];
  for (const [p, f] of final) {
    const abs = path.join(dir, p);
    const before = readBytes(abs);
    const content = f.content === undefined ? undefined : Buffer.from(f.content);
    if (f.kind === 'write' && before && content && before.equals(content)) continue;
    if (f.kind === 'delete' && !before) continue;
    const op: TxOp = { path: p, kind: f.kind, content, before, mode: before ? fs.statSync(abs).mode & 0o7777 : undefined };
    (f.kind === 'write' ? writes : deletes).push(op);
  }
  return [...writes, ...deletes];
}

/** Folders a write creates (not there now), parents first. */
function dirsToCreate(dir: string, ops: TxOp[]): string[] {
  const out = new Set<string>();
  for (const op of ops) {
    if (op.kind !== 'write') continue;
    const chain: string[] = [];
    for (let d = path.posix.dirname(op.path); d !== '.' && !lexists(path.join(dir, d)); d = path.posix.dirname(d)) chain.unshift(d);
    chain.forEach((d) => out.add(d));
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

let runCounter = 0;

class Transaction {
  phase: 'stage' | 'commit' | 'finish' = 'stage';
  readonly journal: Journal;
  private readonly staging: string;

  constructor(
    private readonly dir: string,
    private readonly ops: TxOp[],
    readonly faults: FaultPoints,
  ) {
    const id = `${Date.now().toString(36)}-${process.pid}-${++runCounter}`;
    this.staging = path.join(dir, STAGING_DIR, id);
    this.journal = {
      version: 1,
      tool: 'routeshift',
      id,
      pid: process.pid,
      state: 'pending',
      staging: `${STAGING_DIR}/${id}`,
      ops: ops.map((op) => ({ path: op.path, kind: op.kind, before: op.before ? sha256(op.before) : null, after: op.content ? sha256(op.content) : null })),
      dirs: dirsToCreate(dir, ops),
      prune: ops.filter((op) => op.kind === 'delete').map((op) => op.path),
    };
  }

  /** The steps, one per yield: the drivers check for a signal between two steps. */
  *run(): Generator<void, void, void> {
    const { dir, ops, faults, staging } = this;
    faults.step('staging');
    fs.mkdirSync(path.join(staging, 'new'), { recursive: true });
    fs.mkdirSync(path.join(staging, 'old'), { recursive: true });
    yield;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (op.kind !== 'write') continue;
      faults.step(`stage:${i}`);
      const fd = fs.openSync(path.join(staging, 'new', String(i)), 'wx');
      try {
        fs.writeSync(fd, op.content!);
        if (op.mode !== undefined) fs.fchmodSync(fd, op.mode);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      yield;
    }
    faults.step('journal');
    fsyncDir(path.join(staging, 'new'));
    writeJournal(dir, this.journal);
    this.phase = 'commit';
    yield;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      const abs = path.join(dir, op.path);
      if (op.before) {
        faults.step(`backup:${i}`);
        fs.renameSync(abs, path.join(staging, 'old', String(i)));
        yield;
      }
      if (op.kind === 'write') {
        faults.step(`place:${i}`);
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.renameSync(path.join(staging, 'new', String(i)), abs);
        yield;
      }
    }
    faults.step('commit');
    for (const d of new Set([...ops.map((op) => path.dirname(path.join(dir, op.path))), path.join(staging, 'old')])) fsyncDir(d);
    writeJournal(dir, { ...this.journal, state: 'committed' });
    this.phase = 'finish';
    yield;
    rollForward(dir, this.journal, faults);
  }

  /** Undo what was done so far (before the commit point). */
  undo(): void {
    if (this.phase === 'stage') discardStaging(this.dir, this.journal.staging);
    else rollBack(this.dir, this.journal, this.faults);
  }
}

const errorText = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];

/** Turn a failed step into the ApplyError that says where the tree stands. */
function failed(tx: Transaction, err: unknown): ApplyError {
  if (tx.phase === 'finish') return new ApplyError(`the migration is in place, but cleaning up failed (${errorText(err)}); the next run finishes it`);
  try {
    tx.undo();
  } catch (undoErr) {
    return new ApplyError(`cannot apply the plan: ${errorText(err)}; undoing it failed too (${errorText(undoErr)}): the next run undoes it from ${JOURNAL_FILE}`);
  }
  return new ApplyError(`cannot apply the plan: ${errorText(err)}; nothing was changed`);
}

function interruptedError(tx: Transaction, signal: NodeJS.Signals): ApplyInterrupted {
  try {
    tx.undo();
  } catch (undoErr) {
    return new ApplyInterrupted(signal, false, `interrupted (${signal}); undoing the apply failed (${errorText(undoErr)}): the next run undoes it from ${JOURNAL_FILE}`);
  }
  return new ApplyInterrupted(signal, false, `interrupted (${signal}); every change was rolled back, the tree is as it was`);
}

function begin(dir: string, ops: FileOp[], options: ApplyOptions): Transaction | undefined {
  const txOps = prepare(dir, ops, options.outputs ?? []);
  if (txOps.length === 0) return undefined;
  return new Transaction(dir, txOps, new FaultPoints());
}

/** Apply `ops` to `dir` as one transaction (see the top of this file); throws ApplyError when it cannot,
 *  with the tree as it was (or, the message says so, with a journal the next run recovers from). */
export function applyPlan(dir: string, ops: FileOp[], options: ApplyOptions = {}): void {
  const tx = begin(dir, ops, options);
  if (!tx) return;
  const steps = tx.run();
  while (!advance(tx, steps));
}

/** One step of the transaction; true when it has ended. A failing step becomes the ApplyError that says what happened. */
function advance(tx: Transaction, steps: Generator<void>): boolean {
  try {
    return !!steps.next().done;
  } catch (err) {
    throw failed(tx, err);
  }
}

/** applyPlan that lets signals in between steps: when `options.interrupted()` names one before the
 *  commit point, every change is rolled back and ApplyInterrupted thrown; after it, the apply
 *  finishes and ApplyInterrupted (committed) is thrown. */
export async function applyPlanAsync(dir: string, ops: FileOp[], options: ApplyOptions = {}): Promise<void> {
  const tx = begin(dir, ops, options);
  const signal = () => options.interrupted?.();
  if (tx) {
    const steps = tx.run();
    for (;;) {
      if (advance(tx, steps)) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
      const sig = signal();
      if (sig && tx.phase !== 'finish') {
        steps.return();
        throw interruptedError(tx, sig);
      }
    }
  }
  await new Promise<void>((resolve) => setImmediate(resolve)); // a signal sent during the last steps
  const sig = signal();
  if (sig) throw new ApplyInterrupted(sig, true, `interrupted (${sig}) after the commit point; the migration is complete`);
}

/** Write one output file outside the transaction (the patch of --patch), creating its directory. */
export function writeOutputFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
