// The files a migration writes, in the project's own style: when the project has Prettier installed
// (resolved from the project, never bundled) and configured, its Prettier formats them with its config.
//   - a file routeshift creates is formatted whole;
//   - a file it changes is formatted only when it was already formatted (Prettier's check passed on
//     the text before): then only routeshift's lines move, and untouched code keeps its exact bytes;
//   - files the project's .prettierignore names, and types Prettier does not know, are left as printed.
// Without Prettier the printer's choices follow each file: quotes and indent (parse.ts, printStyle), and
// semicolons — a file written without them gets none on the lines routeshift wrote (code-style.ts).
// With --no-format nothing here runs. Untouched code is reprinted byte for byte either way.

import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileOp } from '../plan/plan-types';
import { dropStatementSemicolons, writesWithoutSemicolons } from './code-style';

interface PrettierApi {
  version: string;
  format(source: string, options: Record<string, unknown>): Promise<string>;
  check(source: string, options: Record<string, unknown>): Promise<boolean>;
  resolveConfig(file: string, options?: Record<string, unknown>): Promise<Record<string, unknown> | null>;
  getFileInfo(file: string, options?: Record<string, unknown>): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/** The project's own Prettier, or undefined when it has none. */
export function projectPrettier(dir: string): PrettierApi | undefined {
  try {
    const requireFromProject = createRequire(path.join(dir, 'package.json'));
    return requireFromProject('prettier') as PrettierApi;
  } catch {
    return undefined;
  }
}

export interface FormatOutcome {
  ops: FileOp[];
  /** 'prettier 3.3.3' when the project's Prettier formatted files; undefined otherwise. */
  formatter?: string;
  /** Files formatted. */
  formatted: string[];
}

/** `ops` with the content of written files formatted by the project's Prettier, where it is configured. */
export async function formatOutputs(dir: string, ops: FileOp[], moves: Array<{ from: string; to: string }> = []): Promise<FormatOutcome> {
  const prettier = projectPrettier(dir);
  const plain = matchSemicolons(ops, moves);
  if (!prettier) return { ops: plain, formatted: [] };
  const formatted: string[] = [];
  const out: FileOp[] = [];
  for (const [i, op] of ops.entries()) {
    if (op.kind !== 'write') {
      out.push(op);
      continue;
    }
    const abs = path.join(dir, op.path);
    const config = await prettier.resolveConfig(abs, { editorconfig: true });
    const info = config ? await prettier.getFileInfo(abs, { ignorePath: path.join(dir, '.prettierignore') }) : undefined;
    // no Prettier config for it: the file's own style, as without Prettier
    if (!config || !info || info.ignored || !info.inferredParser) {
      out.push(plain[i]);
      continue;
    }
    const options = { ...config, filepath: abs };
    // a changed file keeps its untouched code as it is unless Prettier already formatted it
    if (op.before !== undefined && !(await prettier.check(op.before, options).catch(() => false))) {
      out.push(op);
      continue;
    }
    const content = await prettier.format(op.content, options).catch(() => undefined);
    if (content === undefined || content === op.content) {
      out.push(op);
      continue;
    }
    formatted.push(op.path);
    out.push({ ...op, content });
  }
  return { ops: out, formatter: formatted.length ? `prettier ${prettier.version}` : undefined, formatted };
}

/** Without a formatter: in files written without semicolons (or moved from one), the printed lines drop theirs. */
function matchSemicolons(ops: FileOp[], moves: Array<{ from: string; to: string }>): FileOp[] {
  const deleted = new Map(ops.filter((op) => op.kind === 'delete').map((op) => [op.path, op.before]));
  const movedFrom = new Map(moves.map((m) => [m.to, deleted.get(m.from)]));
  return ops.map((op) => {
    if (op.kind !== 'write' || !/\.[cm]?[jt]sx?$/.test(op.path)) return op;
    const style = op.before ?? movedFrom.get(op.path);
    if (style === undefined || !writesWithoutSemicolons(style)) return op;
    const content = dropStatementSemicolons(op.content, op.path);
    return content === op.content ? op : { ...op, content };
  });
}
