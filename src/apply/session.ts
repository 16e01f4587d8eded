// What a run does around its apply, in order: check the paths it was given (--app-dir, --report), take
// the project's lock, recover what an interrupted run left (before anything else), and watch for
// SIGINT/SIGTERM until it ends. A run that writes nothing (--dry, --patch) takes no lock and recovers
// nothing: it refuses while another run holds the lock or an interrupted run's journal is pending,
// since the tree it would read is half-changed; a stale lock (its pid dead) does not stop it.

import path from 'node:path';
import { applyPlanAsync, type OutputFile } from './apply';
import { journalExists, JOURNAL_FILE, recoverInterrupted, recoveryLine, RecoveryError } from './journal';
import { acquireLock, lockHolder, LockError, LOCK_FILE, type Lock } from './lock';
import { checkAppDir, checkReportPath, STATE_DIR, UnsafePathError } from './safe-paths';
import type { FileOp } from '../plan/plan-types';

export { STATE_DIR };

/** Exit status of a run stopped by a signal, as a shell reports it. */
export const signalExitCode = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);

export interface GuardOptions {
  dry: boolean;
  appDir?: string;
  /** Absolute report files (Markdown, JSON), and the --report value as given, when one was. */
  reports: { md: string; json: string; given?: string };
  stderr(text: string): void;
}

export interface RunGuard {
  /** --app-dir as a project-relative path (undefined: the default). */
  appDir?: string;
  /** The report files, project-relative (empty with --dry/--patch). */
  reportPaths: { md: string; json: string };
  /** Apply the plan and write the reports, in one transaction; signals roll it back. */
  apply(ops: FileOp[], outputs: OutputFile[]): Promise<void>;
  /** Release the lock and stop watching signals. */
  end(): void;
}

/** A one-line reason the run cannot start: a path outside the project, a held lock, a journal that cannot be recovered. */
export class GuardError extends Error {}

/** Start a run on the project in `root` (absolute): throws GuardError (one line) when it must not. */
export function beginRun(root: string, options: GuardOptions): RunGuard {
  let appDir: string | undefined;
  let reportPaths: { md: string; json: string };
  try {
    appDir = checkAppDir(root, options.appDir);
    const given = options.reports.given;
    // A run that writes nothing writes no report either: its --report is not checked.
    reportPaths = options.dry ? { md: '', json: '' } : {
      md: checkReportPath(root, options.reports.md, given ?? path.relative(root, options.reports.md)),
      json: checkReportPath(root, options.reports.json, given === undefined ? path.relative(root, options.reports.json) : `${given} (its JSON beside it)`),
    };
  } catch (err) {
    if (err instanceof UnsafePathError) throw new GuardError(err.message);
    throw err;
  }

  if (options.dry) {
    const holder = lockHolder(root);
    if (holder?.alive) throw new GuardError(`another routeshift run (${holder.pid ? `pid ${holder.pid}` : 'starting'}) is changing this tree; run again when it is done`);
    if (journalExists(root)) throw new GuardError(`an interrupted run left ${JOURNAL_FILE}; run routeshift without --dry or --patch to finish or undo it first`);
    return { appDir, reportPaths, apply: () => Promise.reject(new Error('a --dry run applies nothing')), end: () => undefined };
  }

  // Signals are watched from before the lock is taken: one that comes while the run plans (or before
  // it applies) releases the lock and exits; one that comes during the apply is handed to it.
  let lock: Lock | undefined;
  let phase: 'before' | 'applying' | 'after' = 'before';
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (phase === 'applying') {
      received ??= signal; // the apply sees it at its next step and rolls back
      return;
    }
    end();
    options.stderr(phase === 'before' ? `routeshift: interrupted (${signal}); nothing was written\n` : `routeshift: interrupted (${signal}); the migration was already complete\n`);
    process.exit(signalExitCode(signal));
  };
  const end = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    lock?.release();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    lock = acquireLock(root);
  } catch (err) {
    end();
    throw new GuardError(err instanceof LockError ? err.message : `cannot take the lock ${LOCK_FILE}: ${(err as Error).message}`);
  }
  if (lock.replacedStale !== undefined) options.stderr(`routeshift: removed a stale lock${lock.replacedStale ? ` of pid ${lock.replacedStale}` : ''} (no such process)\n`);

  try {
    options.stderr(recoveryLine(recoverInterrupted(root)));
  } catch (err) {
    end();
    throw new GuardError(err instanceof RecoveryError ? err.message : `cannot recover the interrupted run of ${STATE_DIR}/: ${(err as Error).message}`);
  }

  return {
    appDir,
    reportPaths,
    async apply(ops, outputs) {
      // A signal that came while the run planned (synchronous code) is handled first, as 'before'.
      await new Promise<void>((resolve) => setImmediate(resolve));
      phase = 'applying';
      try {
        await applyPlanAsync(root, ops, { outputs, interrupted: () => received });
      } finally {
        phase = 'after';
      }
    },
    end,
  };
}
