// routeshift's pages/api rewrite as a standard jscodeshift transform, one file at a time, in place:
//   npx jscodeshift -t node_modules/routeshift/dist/transforms/pages-api-handler.js pages/api/users.ts
// The file's new text is the route module routeshift would write at its app/ target (the same text:
// transformPagesRoute, same inputs), relative imports already pointing from that target. It does not
// move the file, write the helper module (<app-dir>/_lib/legacy-api) a route may import, write sibling
// modules, or re-point importers: the `routeshift` command does all of that. A handler routeshift
// would leave in place is left unchanged here too, with its blocking diagnostics reported.
// Options (jscodeshift passes unknown flags through): --next=14|15|16 (default 16),
// --appDir=<dir> or --app-dir=<dir> (default app, or src/app for src/pages).

import type { API, FileInfo, Options } from 'jscodeshift';
import { CODES } from '../src/diagnostics/codes';
import { routeTarget, UnrepresentableSegmentError } from '../src/plan/route-path';
import { RUNTIME_MODULE_NAME } from '../src/rewrite/legacy-runtime';
import type { Diagnostic, NextMajor } from '../src/types';
import { transformPagesRoute } from './pages-api';

/** '/home/me/shop/src/pages/api/a.ts' or './pages/api/a.ts' → 'src/pages/api/a.ts' / 'pages/api/a.ts'. */
function projectPath(filePath: string): string | undefined {
  const posix = filePath.replace(/\\/g, '/');
  const m = /(?:^|\/)((?:src\/)?pages\/api\/.+)$/.exec(posix);
  return m?.[1];
}

function nextMajor(value: unknown): NextMajor {
  if (value === undefined || value === null || value === true) return 16;
  const n = Number(value);
  if (n === 14 || n === 15 || n === 16) return n;
  throw new Error(`--next takes 14, 15 or 16, not ${String(value)}`);
}

function transformer(file: FileInfo, api: API, options: Options = {}): string | undefined {
  const say = (msg: string) => (typeof api?.report === 'function' ? api.report(msg) : process.stderr.write(`${file.path}: ${msg}\n`));
  const at = (d: Diagnostic) => `${d.code} ${file.path}:${d.line}:${d.column} ${d.message}`;

  const sourcePath = projectPath(file.path);
  if (!sourcePath) {
    say('not under pages/api or src/pages/api: left unchanged');
    return undefined;
  }
  const appDir = String(options.appDir ?? options['app-dir'] ?? (sourcePath.startsWith('src/') ? 'src/app' : 'app')).replace(/\/+$/, '');
  let target;
  try {
    target = routeTarget(sourcePath, appDir);
  } catch (err) {
    if (!(err instanceof UnrepresentableSegmentError)) throw err;
    say(`RS606 ${file.path}:1:1 ${err.message}: left unchanged`);
    return undefined;
  }
  const runtimeModule = `${appDir}/${RUNTIME_MODULE_NAME}`;
  const result = transformPagesRoute({
    sourcePath,
    source: file.source,
    targetPath: target.targetPath,
    params: target.params,
    next: nextMajor(options.next),
    runtimeModule,
  });

  if (result.status !== 'migrated' || result.output === undefined) {
    const blocking = result.diagnostics.filter((d) => CODES[d.code].blocks);
    for (const d of blocking.length ? blocking : result.diagnostics) say(`${at(d)} (left unchanged)`);
    return undefined;
  }
  if (result.extraFiles.length) {
    // the route would import modules only routeshift writes (moved exports, wrapper forms)
    say(`needs routeshift: the migration also writes ${result.extraFiles.map((f) => f.path).join(', ')} (left unchanged)`);
    return undefined;
  }
  for (const d of result.diagnostics) say(`note ${at(d)}`);
  say(`migrated: move it to ${target.targetPath} (its relative imports already point from there)`);
  if (result.needsRuntime) say(`imports ${runtimeModule}, the helper module routeshift writes and this transform does not: run routeshift, or add it yourself`);
  return result.output === file.source ? undefined : result.output;
}

transformer.parser = 'tsx';

export = transformer;
