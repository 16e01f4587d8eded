// The run's report: JSON for CI, Markdown for people, and a short text summary for the terminal.

import { codeInfo } from '../diagnostics/codes';
import type { RouteRow } from '../plan/plan-types';
import type { Diagnostic } from '../types';

export interface ReportSummary {
  routesFound: number;
  migrated: number;
  left: number;
  errors: number;
  skipped: number;
}

export interface ReportJson {
  schemaVersion: 1;
  tool: 'routeshift';
  summary: ReportSummary;
  routes: {
    source: string;
    /** Express registrations: 'GET /api/users/:id'. */
    route?: string;
    target: string | null;
    methods: string[];
    status: RouteRow['status'];
    diagnostics: (Diagnostic & { hint: string; blocks: boolean })[];
  }[];
}

export function summarize(rows: RouteRow[]): ReportSummary {
  const count = (s: RouteRow['status']) => rows.filter((r) => r.status === s).length;
  return { routesFound: rows.length, migrated: count('migrated'), left: count('left'), errors: count('error'), skipped: count('skipped') };
}

export function reportJson(rows: RouteRow[]): ReportJson {
  return {
    schemaVersion: 1,
    tool: 'routeshift',
    summary: summarize(rows),
    routes: rows.map((r) => ({
      source: r.source,
      ...(r.route ? { route: r.route } : {}),
      target: r.target,
      methods: [...r.methods],
      status: r.status,
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        file: d.file,
        line: d.line,
        column: d.column,
        message: d.message,
        hint: codeInfo(d.code).hint,
        blocks: codeInfo(d.code).blocks,
      })),
    })),
  };
}

export function renderJsonReport(rows: RouteRow[]): string {
  return JSON.stringify(reportJson(rows), null, 2) + '\n';
}

/** A table cell: no pipes, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** 'RS301 pages/api/x.ts:12 <hint> — <message>' */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.code} ${d.file}:${d.line} ${codeInfo(d.code).hint} — ${d.message}`;
}

export function renderMarkdownReport(rows: RouteRow[]): string {
  const s = summarize(rows);
  const lines = [
    '# routeshift report',
    '',
    '| routes found | migrated | left in place | errors | skipped |',
    '|---:|---:|---:|---:|---:|',
    `| ${s.routesFound} | ${s.migrated} | ${s.left} | ${s.errors} | ${s.skipped} |`,
    '',
    '| source → target | methods | status | diagnostics |',
    '|---|---|---|---|',
  ];
  for (const r of rows) {
    const where = `${r.route ? `${r.route} ` : ''}\`${r.source}\` → ${r.target ? `\`${r.target}\`` : '—'}`;
    const diags = r.diagnostics.map((d) => cell(formatDiagnostic(d))).join('<br>');
    lines.push(`| ${cell(where)} | ${r.methods.join(', ')} | ${r.status} | ${diags} |`);
  }
  return lines.join('\n') + '\n';
}

/** Terminal summary: one count line, then one line per route left in place or errored. */
export function renderTextSummary(rows: RouteRow[]): string {
  const s = summarize(rows);
  const lines = [`routeshift: ${s.routesFound} routes found: ${s.migrated} migrated, ${s.left} left in place, ${s.errors} errors, ${s.skipped} skipped`];
  for (const r of rows.filter((row) => row.status === 'left' || row.status === 'error')) {
    const first = r.diagnostics.find((d) => codeInfo(d.code).blocks) ?? r.diagnostics[0];
    lines.push(`  ${r.status.padEnd(5)} ${r.source}${r.route ? ` ${r.route}` : ''}${first ? `  ${first.code} ${first.file}:${first.line}:${first.column} ${first.message}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
