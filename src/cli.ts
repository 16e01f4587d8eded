// Command line: parse arguments (yargs), then run. Bad usage is one line on stderr and exit status 2.

import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { processIO, run, type RunIO } from './run';
import type { NextMajor } from './types';

class UsageError extends Error {}

export const HELP = `routeshift [dir]          migrate the project in dir (default .) in place
  --dry                   write nothing; print the unified diff (moves included) and the report summary
  --patch <file>          write nothing but <file>: the diff as a patch that \`git apply\` accepts
  --only <path>           migrate only sources under <path> (repeatable); everything else stays as it is
  --app-dir <dir>         where route handlers go (default app/, or src/app/ when the project uses src/pages/)
  --next <14|15|16>       target Next.js major (default: read from the project's package.json, else 16)
  --report <file>         report path, inside the project (default routeshift-report.md in dir, with routeshift-report.json beside it)
  --force                 run on a git tree with uncommitted changes
  --express [entry]       also migrate the Express app created in <entry> (default: the module that calls express())
  --cpus <n>              worker threads for the per-route rewrite (default: every core)
  --silent                no progress bar, no summary (errors still go to stderr)
  --fail-on-left          exit 3 when any route was left in place (for CI)
  --no-format             do not format written files with the project's Prettier
  --help, --version

Exit status: 0 done (routes may be left in place), 1 could not run or a file errored, 2 bad usage,
3 routes were left in place (with --fail-on-left).
`;

/** routeshift's own version, from the package.json above this module (src/ or dist/src/). */
function ownVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (pkg.name === 'routeshift') return String(pkg.version);
  }
  return '0.0.0';
}

function parser(argv: string[]) {
  return yargs(argv)
    .scriptName('routeshift')
    .version(false)
    .help(false)
    .option('help', { type: 'boolean' })
    .option('version', { type: 'boolean' })
    .command('$0 [dir]', 'migrate the project in dir (default .) in place', (y) =>
      y.positional('dir', { type: 'string', default: '.', describe: 'project directory' }),
    )
    .option('dry', { type: 'boolean', default: false, describe: 'write nothing; print the unified diff (moves included) and the report summary' })
    .option('patch', { type: 'string', requiresArg: true, describe: 'write nothing but <file>: the diff as a patch that `git apply` accepts' })
    .option('only', { type: 'string', requiresArg: true, describe: 'migrate only sources under <path> (repeatable); everything else stays as it is' })
    .option('app-dir', { type: 'string', requiresArg: true, describe: 'where route handlers go (default app/, or src/app/ when the project uses src/pages/)' })
    .option('next', { type: 'string', choices: ['14', '15', '16'], requiresArg: true, describe: "target Next.js major (default: read from the project's package.json, else 16)" })
    .option('report', { type: 'string', requiresArg: true, describe: 'report path, inside the project (default routeshift-report.md in dir, with routeshift-report.json beside it)' })
    .option('force', { type: 'boolean', default: false, describe: 'run on a git tree with uncommitted changes' })
    .option('express', { type: 'string', describe: 'also migrate the Express app created in <entry> (default: the module that calls express())' })
    .option('cpus', { type: 'number', requiresArg: true, describe: 'worker threads for the per-route rewrite (default: every core)' })
    .option('silent', { type: 'boolean', default: false, describe: 'no progress bar, no summary (errors still go to stderr)' })
    .option('fail-on-left', { type: 'boolean', default: false, describe: 'exit 3 when any route was left in place (for CI)' })
    .option('format', { type: 'boolean', default: true, describe: "format written files with the project's Prettier (--no-format: do not)" })
    .strict()
    .exitProcess(false)
    .showHelpOnFail(false)
    .fail((msg, err) => {
      throw new UsageError(msg || err?.message || 'bad usage');
    })
    .parserConfiguration({ 'camel-case-expansion': true, 'duplicate-arguments-array': true })
    .locale('en');
}

const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Run the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: string[], io: RunIO = processIO): Promise<number> {
  let args: Record<string, unknown>;
  try {
    args = parser(argv).parseSync() as Record<string, unknown>;
  } catch (err) {
    io.stderr(`routeshift: ${String((err as Error).message).replace(/\s*\n\s*/g, ' ').trim()}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(ownVersion() + '\n');
    return 0;
  }
  for (const key of ['patch', 'app-dir', 'report', 'next', 'dir', 'express', 'cpus'] as const) {
    if (Array.isArray(args[key])) {
      io.stderr(`routeshift: --${key} given more than once\n`);
      return 2;
    }
  }
  const cpus = args.cpus as number | undefined;
  if (cpus !== undefined && !(Number.isInteger(cpus) && cpus >= 1)) {
    io.stderr(`routeshift: --cpus takes a whole number of 1 or more, not ${String(args.cpus)}\n`);
    return 2;
  }
  return run(
    {
      dir: String(args.dir ?? '.'),
      dry: Boolean(args.dry),
      patch: args.patch as string | undefined,
      only: asList(args.only),
      appDir: args['app-dir'] as string | undefined,
      next: args.next === undefined ? undefined : (Number(args.next) as NextMajor),
      report: args.report as string | undefined,
      force: Boolean(args.force),
      express: args.express === undefined ? undefined : args.express === '' ? true : String(args.express),
      cpus,
      silent: Boolean(args.silent),
      failOnLeft: Boolean(args['fail-on-left']),
      format: args.format !== false,
    },
    io,
  );
}
