// The data that flows through the pipeline: discover → analyze → plan → rewrite → apply/report.
// Paths are project-relative and POSIX-style ('pages/api/users/[id].ts') everywhere.

import type { DiagnosticCode } from './diagnostics/codes';

export type NextMajor = 14 | 15 | 16;

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
/** What a handler without a method check is exported as. */
export const ALL_METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface Diagnostic {
  code: DiagnosticCode;
  file: string;
  line: number;
  column: number;
  /** One line, naming the construct ("`res.write` at 12:5"). */
  message: string;
}

/** One dynamic segment of a route, in URL order. */
export interface RouteParam {
  /** The key legacy code read from `req.query` (the pages file name's bracket name). */
  legacyName: string;
  /** The key in the route handler's `params` (differs when sibling folders force one slug name). */
  name: string;
  kind: 'single' | 'catchAll' | 'optionalCatchAll';
}

/** Everything the pure pages/api transform needs to know about one route file. */
export interface PagesRouteInput {
  sourcePath: string;
  source: string;
  /** e.g. 'app/api/users/[id]/route.ts' */
  targetPath: string;
  params: RouteParam[];
  next: NextMajor;
  /** Project-relative path, without extension, of the shared legacy-API helper module. */
  runtimeModule: string;
  /** The project file an import specifier names, written in this route (or in `from`); undefined: a package, or not found. */
  resolveModule?: (specifier: string, from?: string) => { path: string; source: string } | undefined;
  /** Project files that import the module at `path` (routes included). */
  importersOf?: (path: string) => string[];
}

export interface ExtraFile {
  path: string;
  source: string;
  /** The file exists and is rewritten in place: its text before (a handler module migrated where it lives). */
  before?: string;
}

export interface TransformResult {
  status: 'migrated' | 'left' | 'not-a-route';
  /** The route module's text (status 'migrated'). */
  output?: string;
  /** Sibling modules written beside the route (non-route exports moved out). */
  extraFiles: ExtraFile[];
  /** Named exports that moved out of the route module: export name → project-relative module path without extension. */
  movedExports: Record<string, string>;
  methods: HttpMethod[];
  /** The route imports the shared legacy-API helper module. */
  needsRuntime: boolean;
  diagnostics: Diagnostic[];
}
