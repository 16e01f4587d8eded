// Runs a Node script in this process and, when the process ends, writes its peak resident set size on
// stderr as a last line: `peak-rss-kb <n>` (worker threads share the process, so they are counted).
//   node dist/bench/rss.js dist/bin/routeshift.js <dir> --dry

import fs from 'node:fs';
import path from 'node:path';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => {
  fs.writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(path.resolve(script));
