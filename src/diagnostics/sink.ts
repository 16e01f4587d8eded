// Collects a file's diagnostics with their positions; the one channel every transform reports through.

import type { Diagnostic } from '../types';
import { CODES, type DiagnosticCode } from './codes';

export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  /** Record `code` at `node`'s position (nodes created by a rewrite have none: line 1). */
  add(code: DiagnosticCode, node: any, message: string): void {
    const start = node?.loc?.start;
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
