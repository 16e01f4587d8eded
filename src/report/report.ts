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


/** 'RS301 pages/api/x.ts:12 <hint> — <message>' */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.code} ${d.file}:${d.line} ${codeInfo(d.code).hint} — ${d.message}`;
}

const STATUS_WORDS: Record<RouteRow['status'], string> = { migrated: 'migrated', left: 'left in place', error: 'error', skipped: 'skipped (outside --only)' };

/**
 * The report for people, ready to paste into a pull request: the counts, one section per route, then
 * what is left to do by hand as a checklist, each item with file:line.
 */
export function renderMarkdownReport(rows: RouteRow[]): string {
  const s = summarize(rows);
  const lines = [
    '# routeshift report',
    '',
    '| routes found | migrated | left in place | errors | skipped |',
    '|---:|---:|---:|---:|---:|',
    `| ${s.routesFound} | ${s.migrated} | ${s.left} | ${s.errors} | ${s.skipped} |`,
  ];
  const shown = rows.filter((r) => r.status !== 'skipped');
  if (shown.length) lines.push('', '## Routes');
  for (const r of shown) {
    const name = `${r.route ? `${r.route} ` : ''}\`${r.source}\``;
    lines.push('', `### ${name}${r.target ? ` → \`${r.target}\`` : ''}`, '', `${STATUS_WORDS[r.status]}${r.methods.length ? ` · ${r.methods.join(', ')}` : ''}`);
    if (r.diagnostics.length) lines.push('');
    for (const d of r.diagnostics) lines.push(`- ${codeInfo(d.code).blocks ? '**' + d.code + '**' : d.code} \`${d.file}:${d.line}\` ${d.message}`);
  }
  const skipped = rows.filter((r) => r.status === 'skipped');
  if (skipped.length) lines.push('', `Skipped (outside --only): ${skipped.map((r) => `\`${r.source}\`${r.route ? ` ${r.route}` : ''}`).join(', ')}`);
  const todo = followUps(rows);
  if (todo.length) lines.push('', '## Manual follow-ups', '', ...todo);
  return lines.join('\n') + '\n';
}

/** What a person has to do: why each route stayed (and how to move it), and each difference to review on a moved one. */
function followUps(rows: RouteRow[]): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  const add = (d: Diagnostic, what: string) => {
    const item = `- [ ] \`${d.file}:${d.line}\` ${what}: ${d.code} ${d.message} — ${codeInfo(d.code).hint}`;
    if (!seen.has(item) && seen.add(item)) items.push(item);
  };
  // first why routes stayed (each blocking reason), then the differences to review on the moved ones
  for (const r of rows) if (r.status === 'left' || r.status === 'error') for (const d of r.diagnostics) if (codeInfo(d.code).blocks) add(d, 'move by hand or fix, then run again');
  for (const r of rows) if (r.status === 'migrated') for (const d of r.diagnostics) if (!codeInfo(d.code).blocks) add(d, 'review');
  return items;
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
