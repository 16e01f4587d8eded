/**
 * node dist/bench/generate-cli.js <dir> <handlerFiles> [seed]
 * Writes a synthetic legacy repository (see bench/generate.ts) and prints what it wrote.
 */
import * as fs from 'fs';
import { generateRepo, planRepo } from './generate';

function main(argv: string[]): number {
  const [dir, n, seedArg] = argv;
  if (!dir || !n || !/^\d+$/.test(n) || (seedArg !== undefined && !/^\d+$/.test(seedArg))) {
    process.stderr.write('usage: generate-cli <dir> <handlerFiles> [seed]\n');
    return 2;
  }
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    process.stderr.write(`generate-cli: ${dir} is not empty\n`);
    return 1;
  }
  const handlerFiles = Number(n);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  const started = process.hrtime.bigint();
  const result = generateRepo(dir, handlerFiles, seed);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(
    `generated ${dir}: ${result.files} files, ${result.handlers} pages/api handlers, ${result.express} Express router files (seed ${seed}) in ${ms.toFixed(0)} ms\n`,
  );
  if (process.env.GENERATE_MIX) {
    const counts = new Map<string, number>();
    for (const h of planRepo(handlerFiles, seed).handlers) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
    for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`  ${kind.padEnd(22)} ${String(count).padStart(6)}  ${((100 * count) / handlerFiles).toFixed(1)}%\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
