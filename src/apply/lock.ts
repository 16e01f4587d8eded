// One run at a time: `.routeshift/lock` holds the pid of the run that writes the tree, created with
// O_EXCL so that of two runs starting together exactly one gets it. A lock whose pid is no longer
// alive (a run killed with SIGKILL, a crash) is stale: the next run removes it and takes the tree.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FaultPoints } from './fault';
import { STATE_DIR } from './safe-paths';

export const LOCK_FILE = `${STATE_DIR}/lock`;

export class LockError extends Error {}

export interface LockHolder {
  pid: number;
  host: string;
  alive: boolean;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): { text: string; holder?: LockHolder; ageMs: number } | undefined {
  let text: string;
  let ageMs: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    ageMs = Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  try {
    const { pid, host } = JSON.parse(text);
    if (!Number.isInteger(pid) || pid <= 0) return { text, ageMs };
    // A lock taken on another machine (a shared folder) cannot be checked: it counts as alive.
    return { text, ageMs, holder: { pid, host: String(host ?? ''), alive: host !== os.hostname() || pidAlive(pid) } };
  } catch {
    return { text, ageMs };
  }
}

/** Who holds the lock of the project in `root`, if anyone (a lock still being written counts as alive). */
export function lockHolder(root: string): LockHolder | undefined {
  const found = readHolder(path.join(root, LOCK_FILE));
  if (!found) return undefined;
  return found.holder ?? { pid: 0, host: '', alive: found.ageMs < 10_000 };
}

export interface Lock {
  /** A stale lock this run replaced: the pid it named. */
  replacedStale?: number;
  release(): void;
}

/** Take the project's lock, or throw a LockError naming the run that holds it. */
export function acquireLock(root: string): Lock {
  const file = path.join(root, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date().toISOString() }) + '\n';
  new FaultPoints(false).step('lock');
  let replacedStale: number | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // the folder went away under us (a run releasing): again
      if (code !== 'EEXIST') throw new LockError(`cannot create the lock ${LOCK_FILE}: ${(err as Error).message}`);
      const found = readHolder(file);
      if (!found) continue; // released meanwhile
      const alive = found.holder ? found.holder.alive : found.ageMs < 10_000;
      if (alive) {
        const who = found.holder ? `pid ${found.holder.pid}` : 'a run that is starting';
        throw new LockError(`another routeshift run (${who}) is working on this tree; wait for it, or remove ${LOCK_FILE} if no run is active`);
      }
      // Stale: remove it only if it is still the very lock we judged (another run may have replaced it).
      const again = readHolder(file);
      if (again && again.text === found.text) {
        fs.rmSync(file, { force: true });
        replacedStale = found.holder?.pid ?? 0;
      }
      continue;
    }
    try {
      fs.writeSync(fd, mine);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    let released = false;
    return {
      replacedStale,
      release() {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file, { force: true });
        } catch {
          /* already gone */
        }
        removeStateDirIfEmpty(root);
      },
    };
  }
  throw new LockError(`cannot take the lock ${LOCK_FILE}: it keeps changing`);
}

/** Remove `.routeshift/` (and its staging folder) when nothing is left in them. */
export function removeStateDirIfEmpty(root: string): void {
  for (const d of [`${STATE_DIR}/staging`, STATE_DIR]) {
    try {
      fs.rmdirSync(path.join(root, d));
    } catch {
      /* not empty, or gone */
    }
  }
}
