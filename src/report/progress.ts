// The progress bar of a long run: on the terminal's stderr only (run.ts decides when), drawn by
// cli-progress, gone when the run ends.

import { SingleBar } from 'cli-progress';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

export function progressBar(stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({ stream, format: 'routeshift {bar} {value}/{total} routes  {eta_formatted} left', hideCursor: true, clearOnComplete: true, etaBuffer: 200 });
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
