// The plan as a git-style unified diff (what `--dry` prints and `--patch` writes; `git apply` accepts it).
// A route that moves is shown as git shows a move: one section with `rename from`/`rename to` and the
// content diff between the old file and the new one.
//   delete pages/api/a.ts + write app/api/a/route.ts (a move)
//   →  'diff --git a/pages/api/a.ts b/app/api/a/route.ts\nsimilarity index 62%\nrename from pages/api/a.ts\nrename to …'

import { structuredPatch } from 'diff';
import type { FileOp } from '../plan/plan-types';

/** '@@ -a,b +c,d @@' as git writes it (an empty side starts at 0). */
function hunkHeader(h: { oldStart: number; oldLines: number; newStart: number; newLines: number }): string {
  const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
  const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
  return `@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@`;
}

/** The hunks turning `before` into `after`, with '--- '/'+++ ' lines; empty when there is no content change. */
function hunks(before: string, after: string, oldName: string, newName: string): string[] {
  const patch = structuredPatch(oldName, newName, before, after, '', '', { context: 3 });
  if (patch.hunks.length === 0) return [];
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const h of patch.hunks) out.push(hunkHeader(h), ...h.lines);
  return out;
}

/** One file's section of the diff; empty when the operation changes nothing. */
export function renderFileDiff(op: FileOp): string {
  const a = `a/${op.path}`;
  const b = `b/${op.path}`;
  const head = `diff --git ${a} ${b}`;
  if (op.kind === 'delete') return [head, 'deleted file mode 100644', ...hunks(op.before, '', a, '/dev/null')].join('\n') + '\n';
  if (op.before === undefined) return [head, 'new file mode 100644', ...hunks('', op.content, '/dev/null', b)].join('\n') + '\n';
  const body = hunks(op.before, op.content, a, b);
  return body.length ? [head, ...body].join('\n') + '\n' : '';
}

/** A file the plan moves: its old path is deleted, its new one written. */
export interface Move {
  from: string;
  to: string;
}

/** Share of the lines the two texts have in common, as git's similarity index (rounded down). */
function similarity(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b) {
    const n = counts.get(line) ?? 0;
    if (n > 0) {
      common++;
      counts.set(line, n - 1);
    }
  }
  return Math.floor((200 * common) / (a.length + b.length));
}

/** A move as one section: the rename, then the content diff from the old file to the new one. */
function renderMove(from: Extract<FileOp, { kind: 'delete' }>, to: Extract<FileOp, { kind: 'write' }>): string {
  const a = `a/${from.path}`;
  const b = `b/${to.path}`;
  const head = [`diff --git ${a} ${b}`, `similarity index ${similarity(from.before, to.content)}%`, `rename from ${from.path}`, `rename to ${to.path}`];
  return [...head, ...hunks(from.before, to.content, a, b)].join('\n') + '\n';
}

/** The plan's sections, in path order (a move at its new path): written one by one, the diff need not be held whole. */
export function* diffSections(ops: FileOp[], moves: Move[] = []): Generator<string> {
  const byPath = new Map(ops.map((op) => [op.path, op]));
  const pairs = new Map<string, Move>();
  for (const m of moves) {
    const from = byPath.get(m.from);
    const to = byPath.get(m.to);
    if (from?.kind === 'delete' && to?.kind === 'write' && to.before === undefined) pairs.set(m.to, m);
  }
  const moved = new Set([...pairs.values()].map((m) => m.from));
  const sorted = ops.filter((op) => !moved.has(op.path)).sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  for (const op of sorted) {
    const move = pairs.get(op.path);
    const section = move ? renderMove(byPath.get(move.from) as Extract<FileOp, { kind: 'delete' }>, op as Extract<FileOp, { kind: 'write' }>) : renderFileDiff(op);
    if (section) yield section;
  }
}

/** The whole plan as one patch. */
export function renderDiff(ops: FileOp[], moves: Move[] = []): string {
  return [...diffSections(ops, moves)].join('');
}

// git's default colours: file headers bold, hunk headers cyan, removed lines red, added lines green
const BOLD = '\x1b[1m';
const CYAN = '\x1b[36m';
const RED = '\x1b[31m';
const GREEN = '\x1b[32m';
const RESET = '\x1b[m';

/** A diff section coloured for a terminal, as `git diff` colours it. */
export function colorDiff(section: string): string {
  return section
    .split('\n')
    .map((line, i, lines) => {
      if (i === lines.length - 1 && line === '') return line;
      if (/^(diff --git|index |similarity index|rename (from|to)|new file mode|deleted file mode|--- |\+\+\+ )/.test(line)) return BOLD + line + RESET;
      if (line.startsWith('@@')) return line.replace(/^(@@[^@]*@@)/, CYAN + '$1' + RESET);
      if (line.startsWith('-')) return RED + line + RESET;
      if (line.startsWith('+')) return GREEN + line + RESET;
      return line;
    })
    .join('\n');
}
