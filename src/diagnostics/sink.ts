// Collects a file's diagnostics with their positions; the one channel every transform reports through.

import type { Diagnostic } from '../types';
import { CODES, type DiagnosticCode } from './codes';

export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  /**
   * Record `code` at `node`'s position. A node without one (recast drops it on some declarations;
   * nodes a rewrite creates have none) takes its first child's; failing that, line 1.
   */
  add(code: DiagnosticCode, node: any, message: string): void {
    const start = positionOf(node);
    const line = start?.line ?? 1;
    const column = (start?.column ?? 0) + 1;
    if (this.items.some((d) => d.code === code && d.line === line && d.column === column)) return;
    this.items.push({ code, file: this.file, line, column, message });
  }

  /** True when a recorded diagnostic keeps the route where it is. */
  blocks(): boolean {
    return this.items.some((d) => CODES[d.code].blocks);
  }
}

function positionOf(node: any, depth = 0): { line: number; column: number } | undefined {
  if (!node || typeof node !== 'object' || depth > 3) return undefined;
  if (node.loc?.start) return node.loc.start;
  for (const key of ['id', 'key', 'params', 'body', 'expression', 'declaration', 'argument']) {
    const child = node[key];
    const found = Array.isArray(child) ? child.map((c) => positionOf(c, depth + 1)).find(Boolean) : positionOf(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
