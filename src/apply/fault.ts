// Fault injection, for the apply tests: ROUTESHIFT_FAULT makes a named step of apply fail the way a
// real I/O error (or a signal) would at that point. The steps are the real ones; nothing is mocked.
//
//   ROUTESHIFT_FAULT=<spec>[,<spec>…]     spec = <step>[@<how>]
//   <step>  a number: the n-th step of one apply (from 1; rollback steps continue the count), or a
//           name: 'place:3' (that step), 'place' (the first place step), 'lock', 'recover-undo:2'…
//   <how>   EIO (default), EACCES, EPERM, ENOSPC: the step throws that error instead of acting;
//           SIGKILL, SIGINT, SIGTERM: the process sends itself the signal as the step starts.
// Each spec fires once. Unset (the normal case), every step is a no-op check.

export const FAULT_ENV = 'ROUTESHIFT_FAULT';

const ERRORS = { EIO: 'i/o error', EACCES: 'permission denied', EPERM: 'operation not permitted', ENOSPC: 'no space left on device' } as const;
const SIGNALS = ['SIGKILL', 'SIGINT', 'SIGTERM'] as const;
type How = keyof typeof ERRORS | (typeof SIGNALS)[number];

interface Spec {
  step: string;
  how: How;
  fired: boolean;
}

function parseFaults(text: string | undefined): Spec[] {
  if (!text) return [];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [step, how = 'EIO'] = s.split('@');
      const upper = how.toUpperCase();
      if (!step || !(upper in ERRORS || (SIGNALS as readonly string[]).includes(upper))) throw new Error(`${FAULT_ENV}: cannot read "${s}"`);
      return { step, how: upper as How, fired: false };
    });
}

/** The fault points of one apply (numbered) or of one named-only phase (lock, recovery). */
export class FaultPoints {
  private n = 0;
  private readonly specs: Spec[];

  constructor(private readonly numbered = true, env: string | undefined = process.env[FAULT_ENV]) {
    this.specs = parseFaults(env);
  }

  /** Steps passed so far. */
  get count(): number {
    return this.n;
  }

  /** Called as each step starts, before it touches the file system. */
  step(name: string): void {
    if (this.numbered) this.n++;
    if (this.specs.length === 0) return;
    const spec = this.specs.find((s) => !s.fired && ((this.numbered && s.step === String(this.n)) || s.step === name || name.startsWith(s.step + ':')));
    if (!spec) return;
    spec.fired = true;
    if ((SIGNALS as readonly string[]).includes(spec.how)) {
      process.kill(process.pid, spec.how as NodeJS.Signals);
      if (spec.how === 'SIGKILL') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
      return;
    }
    const code = spec.how as keyof typeof ERRORS;
    const err = new Error(`${code}: ${ERRORS[code]}, ${name} (fault injected at step ${this.numbered ? this.n : name})`) as NodeJS.ErrnoException;
    err.code = code;
    err.syscall = name;
    throw err;
  }
}
