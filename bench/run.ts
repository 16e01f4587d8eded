// `npm run bench`: how routeshift's whole migration compares with the standard tool doing the least a
// codemod can do, on the same files, measured in one run on this machine.
//   1. generate deterministic synthetic legacy repos (bench/generate.ts): 1,000 and 10,000 pages/api
//      handler files in a realistic mix, plus Express routers mounted across files;
//   2. time, alternating, ROUNDS times each: `routeshift --dry --express` (every core), the jscodeshift
//      CLI with a transform that renames one identifier and prints (bench/transforms/rename.js), and the
//      jscodeshift CLI with a transform that does nothing (its runner's floor), on the same files;
//   3. print medians, files/s, routeshift's peak RSS, and the ratios the targets are stated in.
// BENCH_SIZES=1000,10000, BENCH_ROUNDS=3 and BENCH_ROUNDS_LARGE (rounds at the largest size) override the defaults.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRepo } from './generate';

const ROOT = path.resolve(__dirname, '..', '..');
const WORK = path.join(ROOT, '.tmp', 'bench');
const ROUTESHIFT = path.join(ROOT, 'dist', 'bin', 'routeshift.js');
const RSS = path.join(ROOT, 'dist', 'bench', 'rss.js');
const JSCODESHIFT = path.join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
const RENAME = path.join(ROOT, 'bench', 'transforms', 'rename.js');
const NOOP = path.join(ROOT, 'bench', 'transforms', 'noop.js');
const FLOOR = path.join(ROOT, 'dist', 'bench', 'floor.js');

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** Rounds at the largest size (a 10,000-file round takes minutes on two cores). */
const roundsLarge = Number(process.env.BENCH_ROUNDS_LARGE ?? rounds);

interface Timing {
  seconds: number;
  rssKb?: number;
}

function timed(args: string[], cwd: string): Timing {
  const started = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${res.status}:\n${res.stderr.slice(-2000)}`);
  const rss = /peak-rss-kb (\d+)\s*$/.exec(res.stderr);
  return { seconds, rssKb: rss ? Number(rss[1]) : undefined };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The handler files the yardstick runs over: the ones routeshift migrates (pages/api and the Express routers). */
function handlerFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(p);
      else if (/\.(js|ts)$/.test(entry.name)) out.push(p);
    }
  };
  for (const top of ['pages/api', 'routes']) if (fs.existsSync(path.join(dir, top))) walk(top);
  return out.sort();
}

interface Row {
  size: number;
  files: number;
  routeshift: Timing[];
  rename: Timing[];
  noop: Timing[];
  /** recast parse + print of the same files, one thread, in seconds (no process start-up). */
  floor: number[];
  /** The same on every core: the files split into one share per core, the shares at once (wall seconds, start-up included). */
  floorAllCores: number[];
}

/** recast parse + print of `files` split over one process per core, all at once: the wall time. */
async function floorOnAllCores(dir: string, files: string[]): Promise<number> {
  const cores = os.availableParallelism();
  const lists = Array.from({ length: cores }, (_, i) => {
    const list = path.join(WORK, `floor-share-${i}.txt`);
    fs.writeFileSync(list, files.filter((_, k) => k % cores === i).join('\n'));
    return list;
  });
  const started = process.hrtime.bigint();
  await Promise.all(lists.map((list) => new Promise<void>((resolve, reject) => spawn(process.execPath, [FLOOR, dir, list], { stdio: 'ignore' }).once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`floor exited ${code}`)))))));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function benchOne(size: number): Promise<Row> {
  const dir = path.join(WORK, `repo-${size}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const made = generateRepo(dir, size);
  const files = handlerFiles(dir);
  const list = path.join(WORK, `files-${size}.txt`);
  fs.writeFileSync(list, files.join('\n'));
  const row: Row = { size, files: files.length, routeshift: [], rename: [], noop: [], floor: [], floorAllCores: [] };
  const jscodeshift = (transform: string) => [JSCODESHIFT, '-t', transform, '--dry', '--silent', '--parser=tsx', '--extensions=js,ts', ...files];
  process.stderr.write(`bench: ${size} handler files (${made.files} files, ${made.express} Express routers)`);
  const n = size === Math.max(...sizes) && sizes.length > 1 ? roundsLarge : rounds;
  for (let r = 0; r < n; r++) {
    row.routeshift.push(timed([RSS, ROUTESHIFT, dir, '--dry', '--force', '--silent', '--express'], ROOT));
    row.rename.push(timed(jscodeshift(RENAME), dir));
    row.noop.push(timed(jscodeshift(NOOP), dir));
    row.floor.push(Number(spawnSync(process.execPath, [FLOOR, dir, list], { encoding: 'utf8' }).stdout.trim()));
    row.floorAllCores.push(await floorOnAllCores(dir, files));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return row;
}

async function main(): Promise<void> {
  fs.mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await benchOne(size));
  const s = (t: Timing[]) => median(t.map((x) => x.seconds));
  const lines = [
    `routeshift bench — ${os.cpus().length} cores, Node ${process.version}, medians of alternating rounds (${rows.map((r) => `${r.routeshift.length} at ${r.size}`).join(', ')})`,
    '',
    '| handler files | tool | median s | files/s | ms/file | peak RSS |',
    '|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const rss = Math.max(...r.routeshift.map((t) => t.rssKb ?? 0)) / 1024;
    for (const [name, t, mem] of [
      ['routeshift --dry --express', r.routeshift, `${rss.toFixed(0)} MiB`],
      ['jscodeshift rename + print', r.rename, '—'],
      ['jscodeshift no-op', r.noop, '—'],
    ] as const) {
      lines.push(`| ${r.files} | ${name} | ${s(t).toFixed(2)} | ${(r.files / s(t)).toFixed(0)} | ${((s(t) * 1000) / r.files).toFixed(2)} | ${mem} |`);
    }
  }
  lines.push('');
  for (const r of rows) {
    lines.push(`ratio at ${r.files} files: routeshift / jscodeshift rename = ${(s(r.routeshift) / s(r.rename)).toFixed(2)} (target ≤ 0.50); routeshift / jscodeshift no-op = ${(s(r.routeshift) / s(r.noop)).toFixed(2)}`);
    const floor = median(r.floor);
    lines.push(`  floor at ${r.files} files: recast parse + print alone, one thread = ${floor.toFixed(2)} s (${((floor * 1000) / r.files).toFixed(2)} ms/file) = ${(floor / s(r.rename)).toFixed(2)} of the jscodeshift rename run`);
    const wide = median(r.floorAllCores);
    lines.push(`  floor at ${r.files} files on all ${os.availableParallelism()} cores (one process per share, start-up included) = ${wide.toFixed(2)} s = ${(wide / s(r.rename)).toFixed(2)} of the jscodeshift rename run`);
  }
  if (rows.length >= 2) {
    const [small, large] = [rows[0], rows[rows.length - 1]];
    const per = (r: Row) => s(r.routeshift) / r.files;
    lines.push(`per-file time at ${large.files} vs ${small.files} files: ${((per(large) / per(small) - 1) * 100).toFixed(1)}% (target within 15%)`);
    lines.push(`peak RSS at ${large.files} files: ${(Math.max(...large.routeshift.map((t) => t.rssKb ?? 0)) / 1024).toFixed(0)} MiB (target ≤ 512 MiB)`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exit(1);
});
