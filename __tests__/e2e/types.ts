// Shapes shared by the end-to-end harness: what is sent, what is recorded, what the CLI reports.

export interface E2ERequest {
  /** The pages/api source file that answers this request (project-relative). */
  route: string;
  method: string;
  /** Path and query, e.g. '/api/items/5?id=9'. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Response headers to record and compare besides the fixed fields. */
  record?: string[];
  /** The route does not handle this method; see declared difference (d). */
  unsupportedMethod?: boolean;
  /** Why the request is in the list, when the path does not say it. */
  note?: string;
  /** What the legacy app is known to answer: pins the legacy semantics the comparison relies on. */
  legacy?: { status: number; body?: string; contentType?: string | null };
  /** Cookies this request's answer seals with a random salt: compared without their value (compare.ts (e)). */
  sealedCookies?: string[];
  /** A declared difference: the answer the migrated app must give instead, where the report row carries `code`
   *  (compare.ts: (f) RS511 for pages, the default; (i) RS717 and (j) RS720 for Express). */
  migrated?: { status: number; body?: string; code?: string };
}

export interface RecordedResponse {
  status: number;
  contentType: string | null;
  /** UTF-8 text, or `base64:<data>` when the bytes are not valid UTF-8. */
  body: string;
  /** Location resolved against the request URL; the server's own origin is written as `<origin>`. */
  location: string | null;
  setCookies: string[];
  headers: Record<string, string | null>;
  /** Set when the request failed at the network level. */
  error?: string;
}

export interface ReportDiagnostic {
  code: string;
  [key: string]: unknown;
}

export interface ReportRow {
  source: string;
  /** An Express registration's method and path. */
  route?: string;
  target?: string | null;
  methods?: string[];
  status: 'migrated' | 'left' | 'error' | 'skipped';
  diagnostics: ReportDiagnostic[];
}

export interface Report {
  summary: Record<string, unknown>;
  routes: ReportRow[];
}
