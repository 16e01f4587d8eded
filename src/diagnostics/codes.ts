// Every message a user sees has a code here: one registry, explained in the README.
// `blocks: true` means the route is left where it is; `false` is a note on a migrated route.

export interface CodeInfo {
  title: string;
  blocks: boolean;
  /** One-line hint: what the user can do about it. */
  hint: string;
}

export const CODES = {
  // — input —
  RS001: { title: 'file does not parse', blocks: true, hint: 'Fix what the message names (a syntax error, bytes that are not UTF-8, a file over 1 MB, code nested too deep); the file was left untouched.' },
  RS002: { title: 'not a route handler', blocks: true, hint: 'A module in pages/api without a default-exported handler is a helper: move it out of pages/api (next build type-checks every pages/api module as a route once app/ exists).' },

  // — handler shape —
  RS101: { title: 'wrapper not migrated', blocks: true, hint: 'The default export wraps the handler (withX(handler)) in a wrapper routeshift cannot rewrite: a library wrapper without a known route-handler form, or one of the project\'s own that RS108 explains.' },
  RS102: { title: 'handler shape not understood', blocks: true, hint: 'Export a function (req, res) => … as default so routeshift can find it.' },
  RS103: { title: 'next-connect router not understood', blocks: true, hint: 'Routers are migrated when their middleware are functions of the file that answer or call next() last, and their options are onError/onNoMatch; the message names what differs.' },
  RS104: { title: 'handler lives in another module', blocks: true, hint: 'A re-exported handler is migrated where it lives only when no other file imports its module; otherwise move it into the route first.' },
  RS105: { title: 'handler parameters not understood', blocks: true, hint: 'Use plain (req, res) parameters; destructured or rest parameters are not migrated.' },
  RS106: { title: 'method dispatch not understood', blocks: true, hint: 'Dispatch on req.method with if/else or switch over string literals.' },
  RS107: { title: 'method map', blocks: true, hint: 'A wrapper takes an object of per-method handlers ({ GET: fn }); export each as a method by hand.' },
  RS108: { title: 'wrapper not understood', blocks: true, hint: 'A project wrapper must return a (req, res) function that ends by handing over with handler(req, res); the message names what differs.' },

  // — request —
  RS201: { title: 'request API without a route-handler equivalent', blocks: true, hint: 'This req member (socket, ip, streams…) has no route-handler equivalent; rewrite by hand.' },
  RS202: { title: 'req handed to other code', blocks: true, hint: 'req is passed to a function routeshift cannot follow (a library without a known counterpart, another module); functions of the same file are followed.' },
  RS203: { title: 'req used as a value', blocks: true, hint: 'req is stored, returned or reassigned; only member reads are migrated.' },

  // — response —
  RS301: { title: 'response sent before code that still runs', blocks: true, hint: 'A send followed by more code cannot become a return; move the send last.' },
  RS302: { title: 'response sent inside a callback', blocks: true, hint: 'Sends inside .then/.on/setTimeout callbacks need await-style code first.' },
  RS303: { title: 'response API without a route-handler equivalent', blocks: true, hint: 'This res member (setPreviewData, a head change after a write, sockets…) has no route-handler equivalent; rewrite by hand (preview mode: switch to draft mode first).' },
  RS304: { title: 'res handed to other code', blocks: true, hint: 'res is passed to a function routeshift cannot follow (a library, another module).' },
  RS305: { title: 'response sent inside a loop', blocks: true, hint: 'Sends inside loops are not migrated.' },
  RS306: { title: 'types the route handler cannot keep', blocks: true, hint: 'NextApiRequest/NextApiResponse are used outside the handler; rewrite those uses by hand.' },

  // — config —
  RS401: { title: 'config key not understood', blocks: true, hint: 'Only api.bodyParser, api.responseLimit, api.externalResolver, maxDuration and runtime are mapped.' },

  // — notes on migrated routes —
  RS501: { title: 'legacy 405 fallback dropped', blocks: false, hint: 'Next answers unexported methods with 405 (empty body, no Allow header) and OPTIONS with 204.' },
  RS502: { title: 'unsupported methods no longer reach the handler', blocks: false, hint: 'Code before the method check (auth, 404s) no longer runs for methods the route does not export: they get 405.' },
  RS503: { title: 'text body gains a Content-Type', blocks: false, hint: 'A string body sent without a Content-Type header now carries text/plain;charset=UTF-8 (pages sent none).' },
  RS504: { title: 'redirect body dropped', blocks: false, hint: 'pages wrote the target URL as the redirect body; the route handler answers with the same status and Location and an empty body.' },
  RS505: { title: 'body size limit not reproduced', blocks: false, hint: 'api.bodyParser.sizeLimit has no route-handler equivalent; enforce a limit in the platform or by reading request.body yourself.' },
  RS506: { title: 'response size limit not reproduced', blocks: false, hint: 'api.responseLimit has no route-handler equivalent.' },
  RS507: { title: 'edge runtime', blocks: false, hint: 'runtime = "edge" is kept; Next 16 recommends the Node.js runtime.' },
  RS508: { title: 'next-auth call rewritten', blocks: false, hint: 'getServerSession(req, res, options) became getServerSession(options), which reads headers() and cookies().' },
  RS509: { title: 'dynamic segment renamed', blocks: false, hint: 'Sibling dynamic folders must share one slug name in app/; the param was renamed.' },
  RS510: { title: 'exports moved to a sibling module', blocks: false, hint: 'route files may only export methods and segment config; other exports moved beside the route and importers were re-pointed.' },
  RS511: { title: 'revalidation deferred', blocks: false, hint: 'res.revalidate regenerated the page before answering and failed for paths without a page; revalidatePath marks the path stale (regenerated on its next visit) and never fails.' },

  // — plan —
  RS601: { title: 'target already exists', blocks: true, hint: 'A file already exists where the route handler would go; remove or rename it and run again.' },
  RS602: { title: 'two sources map to one target', blocks: true, hint: 'e.g. pages/api/a.ts and pages/api/a/index.ts; merge them first.' },
  RS603: { title: 'URL already served by app/', blocks: true, hint: 'An app/ route already answers this URL; resolve the duplication by hand.' },
  RS604: { title: 'imported in a way that cannot be re-pointed', blocks: true, hint: 'Another file imports the handler or a name that does not move; update that file first.' },
  RS605: { title: 'helper module conflict', blocks: true, hint: 'The legacy-API helper module exists with other content; restore or remove it.' },
  RS606: { title: 'segment name not representable', blocks: true, hint: 'This file name cannot be placed under app/ as-is.' },
  RS607: { title: 'internal error', blocks: true, hint: 'routeshift failed on this file; it was left untouched. Please report it with the file.' },

  // — Express: the route table —
  RS701: { title: 'Express mount not followed', blocks: true, hint: 'A router mounted in a loop, a callback or under a computed path: routeshift cannot tell which URLs it serves; write the mount with a literal path.' },
  RS702: { title: 'Express route not followed', blocks: true, hint: 'A route registered under a computed path or inside an expression; write it with a literal path.' },
  RS703: { title: 'Express router not mounted', blocks: false, hint: 'The router is created but never mounted on the app from the entry: its routes are not served and not migrated.' },
  RS704: { title: 'app.param callback', blocks: true, hint: 'app.param/router.param callbacks run before the routes with that param; move the lookup into the handlers or a middleware first.' },
  RS705: { title: 'conditional Express registration', blocks: false, hint: 'The route or mount is registered only under a condition; it was followed as if the condition holds.' },
  RS706: { title: 'HTTP method without a route-handler export', blocks: true, hint: 'Route handlers export GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS only.' },
  RS707: { title: 'router mounted inside itself', blocks: true, hint: 'The mount cycle is not followed.' },
  RS708: { title: 'no Express app found', blocks: true, hint: 'Name the module that calls express() with --express <file>.' },
  RS710: { title: 'Express path has no app/ form', blocks: true, hint: 'Regex params, several params in one segment and optional params in the middle have no folder form; split the route or keep it in Express.' },
  RS711: { title: 'route shadowed by an earlier one', blocks: true, hint: 'Express never reaches this route (an earlier registration answers its URLs) while Next would prefer it; remove it or reorder, then run again.' },
  RS712: { title: 'URLs would change hands', blocks: true, hint: 'Next answers a URL with the most specific route module it has and only then falls back to Express; moving this route would take URLs another route still answers (in Express, or in app/ from an earlier run). Migrate them together, or reorder.' },
  RS713: { title: 'method answered by an earlier registration', blocks: true, hint: 'Another registration answers this method and URL first in Express; only the first one is migrated.' },
  RS714: { title: 'middleware not migrated', blocks: true, hint: 'The route runs middleware routeshift cannot run in a route handler (a package without a known form, options it does not reproduce, a middleware that is not a function it can see); the message names it.' },
  RS715: { title: 'handler shares module state', blocks: true, hint: 'The handler reads a binding of its router file that is not a constant or an import (a let, a mutable object): moving it would split the state; move the state into a module of its own first.' },
  RS716: { title: "middleware's job moves", blocks: false, hint: 'App middleware with no place in a route handler was dropped; the message says where its job goes (next.config.js headers, middleware.ts, public/).' },
  RS717: { title: 'Next matches URLs differently', blocks: false, hint: 'Next matches paths case-sensitively and redirects a trailing slash (308), where Express ignored both; requests relying on that now reach Express only if it still serves them.' },
  RS718: { title: '__dirname read from the project folder', blocks: false, hint: 'A moved declaration used __dirname; it now resolves from process.cwd() (next start runs in the project folder).' },
  RS719: { title: 'unregistered methods answer 405', blocks: false, hint: 'Next answers a method the route module does not export with 405 (HEAD with GET\'s answer); Express went on to the app\'s later layers (its 404 handler). Requests relying on that now get 405.' },
  RS720: { title: 'the request URL as Next rebuilds it', blocks: false, hint: "Next hands route handlers a URL it rebuilt: the query re-encoded ([ ] as %5B %5D, spaces as +) and the protocol taken from X-Forwarded-Proto; Express without 'trust proxy' kept the raw text and read the connection. Values that echo them can differ in text." },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function codeInfo(code: DiagnosticCode): CodeInfo {
  return CODES[code];
}
