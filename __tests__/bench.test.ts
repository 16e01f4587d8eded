// `npm run bench` end to end at a toy size: it generates the repository, runs routeshift and the two
// jscodeshift yardsticks and the floors, and prints every line the targets are read from. It measures
// nothing here (the figures come from a real `npm run bench`); it keeps the script from rotting.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './helpers/built-cli';

const ROOT = path.resolve(__dirname, '..');
const RUN = path.join(ROOT, 'dist', 'bench', 'run.js');

ensureBuilt(RUN);

test('npm run bench at 12 and 24 handler files prints the table, the ratios, both floors, per-file time and peak RSS', () => {
  const r = spawnSync(process.execPath, [RUN], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_SIZES: '12,24', BENCH_ROUNDS: '1' },
  });
  expect([r.status, r.stderr.split('\n').filter((l) => !/^bench: \d+ handler files/.test(l) && l.trim())]).toEqual([0, []]);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^routeshift bench — \d+ cores, Node v\d+/);
  const table = lines.filter((l) => /^\| \d+ \|/.test(l)).map((l) => l.split('|')[2].trim());
  expect(table).toEqual(['routeshift --dry --express', 'jscodeshift rename + print', 'jscodeshift no-op', 'routeshift --dry --express', 'jscodeshift rename + print', 'jscodeshift no-op']);
  const rest = lines.filter((l) => !l.startsWith('|') && l.trim()).slice(1).map((l) => l.replace(/-?\d+(\.\d+)?/g, 'N'));
  expect(rest).toEqual([
    'ratio at N files: routeshift / jscodeshift rename = N (target ≤ N); routeshift / jscodeshift no-op = N',
    '  floor at N files: recast parse + print alone, one thread = N s (N ms/file) = N of the jscodeshift rename run',
    '  floor at N files on all N cores (one process per share, start-up included) = N s = N of the jscodeshift rename run',
    'ratio at N files: routeshift / jscodeshift rename = N (target ≤ N); routeshift / jscodeshift no-op = N',
    '  floor at N files: recast parse + print alone, one thread = N s (N ms/file) = N of the jscodeshift rename run',
    '  floor at N files on all N cores (one process per share, start-up included) = N s = N of the jscodeshift rename run',
    'per-file time at N vs N files: N% (target within N%)',
    'peak RSS at N files: N MiB (target ≤ N MiB)',
  ]);
}, 180000);
