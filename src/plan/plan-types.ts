// What the planner produces: file operations for apply/diff, and one row per route for the report.

import type { Diagnostic, HttpMethod } from '../types';

/** A file to write (`before`: the text it replaces, absent for a new file) or to delete. */
export type FileOp =
  | { kind: 'write'; path: string; content: string; before?: string }
  | { kind: 'delete'; path: string; before: string };

export type RouteStatus = 'migrated' | 'left' | 'error' | 'skipped';

export interface RouteRow {
  /** The legacy file (pages/api), or the registration's file:line (Express). */
  source: string;
  /** An Express registration: its method and full path as written ('GET /api/users/:id'). */
  route?: string;
  /** Where the route goes (or would go); null when its name cannot be placed under app/. */
  target: string | null;
  methods: HttpMethod[];
  status: RouteStatus;
  diagnostics: Diagnostic[];
}

export interface Plan {
  ops: FileOp[];
  rows: RouteRow[];
}
