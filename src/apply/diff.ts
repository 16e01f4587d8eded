// The plan as a git-style unified diff (what `--dry` prints and `--patch` writes; `git apply` accepts it).
//   write app/api/a/route.ts (new) + delete pages/api/a.ts  →  'diff --git a/app/api/a/route.ts b/…\nnew file mode 100644\n…'

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

/** The whole plan as one patch, files in path order. */
export function renderDiff(ops: FileOp[]): string {
  return [...ops]
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map(renderFileDiff)
    .join('');
}
