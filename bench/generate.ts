/**
 * Synthetic legacy repositories for benchmarking routeshift.
 *
 * `generateRepo(dir, n, seed)` writes a Next.js project with `n` `pages/api` handler files (plus an
 * Express service of about n/20 router files) whose mix follows ../shared/corpus-stats.md: most
 * handlers dispatch on `req.method` (if/else chains, `switch`, guards), about a third call next-auth's
 * `getServerSession` with `authOptions` imported from `[...nextauth]`, many read `req.query`/`req.body`
 * and set headers (mostly `Allow` before a 405), some are wrapped by project wrappers from `lib/api/`,
 * a few carry `export const config`, a few are JavaScript. A small share are written the way real
 * code is that routeshift deliberately leaves in place (`res.setPreviewData`, `req.socket`, a send
 * followed by more work).
 *
 * The tree is a pure function of (n, seed): a seeded PRNG (mulberry32) drives every choice and
 * nothing reads the clock or the environment, so the same arguments give byte-identical files.
 */
import * as fs from 'fs';
import * as path from 'path';

// ---------------------------------------------------------------------------------------------
// PRNG

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = (seed >>> 0) ^ 0x9e3779b9;
    for (let i = 0; i < 4; i++) this.next();
  }
  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [v, w] of entries) {
      x -= w;
      if (x < 0) return v;
    }
    return entries[entries.length - 1][0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface Resource {
  plural: string; // projects
  singular: string; // project
  Sing: string; // Project
  Plural: string; // Projects
  fields: [string, string]; // required field, optional field
  subs: string[]; // sub-resources under [id]/
}

function resource(plural: string, singular: string, fields: [string, string], subs: string[]): Resource {
  const cap = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  return { plural, singular, Sing: cap(singular), Plural: cap(plural), fields, subs };
}

const RESOURCES: Resource[] = [
  resource('projects', 'project', ['name', 'description'], ['members', 'activity', 'settings', 'export', 'archive', 'stats']),
  resource('teams', 'team', ['name', 'plan'], ['members', 'invites', 'usage', 'settings', 'billing']),
  resource('invoices', 'invoice', ['customerId', 'dueDate'], ['lines', 'pdf', 'send', 'payments']),
  resource('customers', 'customer', ['email', 'name'], ['orders', 'notes', 'export', 'merge']),
  resource('orders', 'order', ['customerId', 'items'], ['items', 'refund', 'shipments', 'timeline']),
  resource('products', 'product', ['title', 'price'], ['variants', 'images', 'inventory', 'reviews']),
  resource('posts', 'post', ['title', 'body'], ['comments', 'views', 'publish', 'revisions']),
  resource('comments', 'comment', ['body', 'postId'], ['replies', 'flag', 'reactions']),
  resource('tags', 'tag', ['name', 'color'], ['posts', 'merge']),
  resource('users', 'user', ['email', 'name'], ['sessions', 'roles', 'avatar', 'activity', 'preferences']),
  resource('webhooks', 'webhook', ['url', 'events'], ['deliveries', 'test', 'rotate-secret']),
  resource('tickets', 'ticket', ['subject', 'priority'], ['messages', 'assign', 'close', 'attachments']),
  resource('notes', 'note', ['title', 'content'], ['share', 'history']),
  resource('tasks', 'task', ['title', 'dueDate'], ['complete', 'subtasks', 'comments', 'assignees']),
  resource('reports', 'report', ['name', 'query'], ['run', 'schedule', 'export']),
  resource('subscriptions', 'subscription', ['planId', 'customerId'], ['cancel', 'resume', 'usage', 'invoices']),
  resource('coupons', 'coupon', ['code', 'percentOff'], ['redemptions', 'disable']),
  resource('addresses', 'address', ['line1', 'city'], ['validate', 'default']),
  resource('reviews', 'review', ['rating', 'text'], ['helpful', 'report', 'reply']),
  resource('notifications', 'notification', ['title', 'channel'], ['read', 'dismiss']),
  resource('integrations', 'integration', ['provider', 'config'], ['sync', 'logs', 'disconnect']),
  resource('deployments', 'deployment', ['ref', 'environment'], ['logs', 'promote', 'rollback', 'status']),
  resource('environments', 'environment', ['name', 'region'], ['variables', 'deployments', 'lock']),
  resource('keys', 'key', ['name', 'scopes'], ['rotate', 'usage']),
  resource('jobs', 'job', ['type', 'payload'], ['retry', 'cancel', 'logs']),
  resource('documents', 'document', ['title', 'folderId'], ['versions', 'share', 'download', 'lock']),
  resource('bookings', 'booking', ['slot', 'guestEmail'], ['confirm', 'cancel', 'reschedule']),
  resource('events', 'event', ['name', 'startsAt'], ['attendees', 'tickets', 'check-in']),
  resource('campaigns', 'campaign', ['name', 'audienceId'], ['send', 'stats', 'duplicate']),
  resource('forms', 'form', ['title', 'fields'], ['submissions', 'export', 'publish']),
];

const NAMESPACE_BASES = [
  '', 'v1', 'admin', 'account', 'dashboard', 'billing', 'internal', 'public', 'integrations', 'mobile',
  'partner', 'studio', 'workspace', 'marketplace', 'support', 'analytics',
];
const AREAS = ['crm', 'shop', 'cms', 'hr', 'ops', 'finance', 'growth', 'labs', 'portal', 'platform'];

type AuthStyle = 'session' | 'wrapper' | 'apikey' | 'none';

const NAMESPACE_AUTH: Record<string, AuthStyle> = {
  admin: 'wrapper', internal: 'apikey', public: 'none', v1: 'apikey',
};

// ---------------------------------------------------------------------------------------------
// Per-file context

interface Ns {
  dir: string; // 'pages/api/v1' etc.
  auth: AuthStyle;
  js: boolean;
}

class Imports {
  private order: string[] = [];
  private named = new Map<string, Set<string>>();
  private defaults = new Map<string, string>();
  private types = new Map<string, Set<string>>();
  private touch(spec: string) {
    if (!this.order.includes(spec)) this.order.push(spec);
  }
  add(spec: string, ...names: string[]) {
    this.touch(spec);
    const set = this.named.get(spec) ?? new Set<string>();
    for (const n of names) set.add(n);
    this.named.set(spec, set);
  }
  def(spec: string, name: string) {
    this.touch(spec);
    this.defaults.set(spec, name);
  }
  type(spec: string, ...names: string[]) {
    this.touch(spec);
    const set = this.types.get(spec) ?? new Set<string>();
    for (const n of names) set.add(n);
    this.types.set(spec, set);
  }
  render(): string {
    const lines: string[] = [];
    for (const spec of this.order) {
      const t = this.types.get(spec);
      const d = this.defaults.get(spec);
      const n = this.named.get(spec);
      if (t && !d && !n) {
        lines.push(`import type { ${[...t].join(', ')} } from '${spec}';`);
        continue;
      }
      const parts: string[] = [];
      if (d) parts.push(d);
      const names = [...(n ?? [])];
      if (t) names.push(...[...t].map((x) => `type ${x}`));
      if (names.length) parts.push(`{ ${names.join(', ')} }`);
      lines.push(`import ${parts.join(', ')} from '${spec}';`);
    }
    return lines.join('\n');
  }
}

class Ctx {
  imports = new Imports();
  req: string;
  res: string;
  constructor(
    public rng: Rng,
    public file: string, // repo-relative, e.g. pages/api/v1/projects/index.ts
    public ts: boolean,
  ) {
    const renamed = rng.chance(0.05);
    this.req = renamed ? 'request' : 'req';
    this.res = renamed ? 'response' : 'res';
  }
  /** A module of lib/: '@/lib/x' from TypeScript (mostly), a relative path otherwise. */
  lib(name: string): string {
    if (this.ts && !this.relLib) return `@/lib/${name}`;
    return this.rel(`lib/${name}`);
  }
  relLib = false;
  rel(target: string): string {
    let r = path.posix.relative(path.posix.dirname(this.file), target);
    if (!r.startsWith('.')) r = `./${r}`;
    return r;
  }
  /** `: T` in TypeScript, nothing in JavaScript. */
  t(type: string): string {
    return this.ts ? `: ${type}` : '';
  }
  as(type: string): string {
    return this.ts ? ` as ${type}` : '';
  }
  params(resType = 'NextApiResponse'): string {
    if (!this.ts) return `${this.req}, ${this.res}`;
    this.imports.type('next', 'NextApiRequest', 'NextApiResponse');
    return `${this.req}: NextApiRequest, ${this.res}: ${resType}`;
  }
}

/** Text with `req`/`res` written as the context names them. */
function rr(c: Ctx, s: string): string {
  if (c.req === 'req') return s;
  return s.replace(/\breq\b/g, c.req).replace(/\bres\b/g, c.res);
}

function indent(s: string, by = '  '): string {
  return s
    .split('\n')
    .map((l) => (l.length ? by + l : l))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of handler bodies

interface Guard {
  code: string; // statements, unindented, using req/res
  ownerExpr: string; // an expression naming the caller
}

function authGuard(c: Ctx, style: AuthStyle): Guard | null {
  if (style === 'session') {
    c.imports.add('next-auth/next', 'getServerSession');
    const viaRoute = c.rng.chance(0.75);
    if (viaRoute) {
      const target = 'pages/api/auth/[...nextauth]';
      const spec = c.ts && c.rng.chance(0.3) ? '@/pages/api/auth/[...nextauth]' : c.rel(target);
      c.imports.add(spec, 'authOptions');
    } else {
      c.imports.add(c.lib('auth'), 'authOptions');
    }
    const strict = c.rng.chance(0.5);
    const status = c.rng.pick([401, 401, 401, 403]);
    const answer = c.rng.chance(0.8) ? `res.status(${status}).json({ error: 'Unauthorized' })` : `res.status(${status}).end()`;
    const cond = strict ? '!session?.user?.email' : '!session';
    const code = c.rng.chance(0.6)
      ? `const session = await getServerSession(req, res, authOptions);\nif (${cond}) {\n  return ${answer};\n}\n`
      : `const session = await getServerSession(req, res, authOptions);\nif (${cond}) return ${answer};\n`;
    return { code, ownerExpr: strict ? 'session.user.email' : 'session.user?.email' };
  }
  if (style === 'apikey') {
    c.imports.add(c.lib('auth'), 'verifyApiKey');
    const header = c.rng.pick(['x-api-key', 'x-api-key', 'authorization']);
    const read =
      header === 'authorization'
        ? `const token = req.headers.authorization?.replace(/^Bearer /, '');\nconst client = await verifyApiKey(token);\n`
        : `const client = await verifyApiKey(req.headers['x-api-key']${c.as('string | undefined')});\n`;
    return {
      code: `${read}if (!client) {\n  return res.status(401).json({ error: 'Invalid API key' });\n}\n`,
      ownerExpr: 'client.accountId',
    };
  }
  return null;
}

function allow405(c: Ctx, methods: string[], methodExpr = 'req.method', ret = true): string {
  const r = ret ? 'return ' : '';
  const v = c.rng.weighted<number>([
    [0, 4],
    [1, 2],
    [2, 4],
    [3, 1],
  ]);
  const allow = c.rng.chance(0.6) ? `[${methods.map((m) => `'${m}'`).join(', ')}]` : `'${methods.join(', ')}'`;
  switch (v) {
    case 0:
      return `res.setHeader('Allow', ${allow});\n${r}res.status(405).json({ error: \`Method \${${methodExpr}} Not Allowed\` });`;
    case 1:
      return `res.setHeader('Allow', ${allow});\n${r}res.status(405).end(\`Method \${${methodExpr}} Not Allowed\`);`;
    case 2:
      return `${r}res.status(405).json({ message: 'Method not allowed' });`;
    default:
      return `res.setHeader('Allow', ${allow});\n${r}res.status(405).end();`;
  }
}

function modelImport(c: Ctx, r: Resource, ...fns: string[]) {
  c.imports.add(c.lib(`models/${r.plural}`), ...fns);
}

// Handler bodies: each returns { body, methods } with `body` the statements of the handler
// (unindented), written with req/res (renamed afterwards).

interface Body {
  body: string;
  extra?: string; // top-level code after the imports (constants, local functions)
  after?: string; // top-level code after the handler
  config?: string; // export const config = …
  async?: boolean;
}

function listBlock(c: Ctx, r: Resource, owner: string | null, ret: boolean): string {
  const r0 = ret ? 'return ' : '';
  modelImport(c, r, `list${r.Plural}`);
  const ownerArg = owner ? `, ownerEmail: ${owner}` : '';
  const v = c.rng.int(0, 2);
  if (v === 0) {
    return (
      `const { page = '1', limit = '20', q } = req.query;\n` +
      `const take = Math.min(Number(limit) || 20, 100);\n` +
      `const ${r.plural} = await list${r.Plural}({ page: Number(page), take, search: typeof q === 'string' ? q : undefined${ownerArg} });\n` +
      (c.rng.chance(0.4) ? `res.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');\n` : '') +
      `${r0}res.status(200).json({ data: ${r.plural}, page: Number(page) });`
    );
  }
  if (v === 1) {
    return `const ${r.plural} = await list${r.Plural}(${owner ? `{ ownerEmail: ${owner} }` : ''});\n${r0}res.status(200).json(${r.plural});`;
  }
  return (
    `const cursor = req.query.cursor${c.as('string | undefined')};\n` +
    `const ${r.plural} = await list${r.Plural}({ cursor, take: 50${ownerArg} });\n` +
    `res.setHeader('X-Total-Count', String(${r.plural}.length));\n` +
    `${r0}res.json({ items: ${r.plural}, nextCursor: ${r.plural}.length === 50 ? ${r.plural}[49].id : null });`
  );
}

function createBlock(c: Ctx, r: Resource, owner: string | null, ret: boolean): string {
  const r0 = ret ? 'return ' : '';
  modelImport(c, r, `create${r.Sing}`);
  const [f1, f2] = r.fields;
  const ownerField = owner ? `, ownerEmail: ${owner}` : '';
  if (c.rng.chance(0.3)) {
    c.imports.add(c.lib('validation'), `${r.singular}Schema`);
    return (
      `const parsed = ${r.singular}Schema.safeParse(req.body);\n` +
      `if (!parsed.success) {\n  return res.status(422).json({ errors: parsed.error.issues });\n}\n` +
      `const ${r.singular} = await create${r.Sing}({ ...parsed.data${ownerField} });\n` +
      `${r0}res.status(201).json(${r.singular});`
    );
  }
  return (
    `const { ${f1}, ${f2} } = req.body;\n` +
    `if (!${f1}) {\n  return res.status(400).json({ error: '${f1} is required' });\n}\n` +
    `const ${r.singular} = await create${r.Sing}({ ${f1}, ${f2}${ownerField} });\n` +
    `${r0}res.status(201).json(${r.singular});`
  );
}

function collectionBody(c: Ctx, r: Resource, guard: Guard | null): Body {
  const owner = guard ? guard.ownerExpr : null;
  const pre = guard ? guard.code + '\n' : '';
  const style = c.rng.weighted<string>([
    ['get-only', 28],
    ['switch', 12],
    ['ifelse', 32],
    ['ifs', 16],
    ['delegate', 12],
  ]);
  if (style === 'get-only') {
    // Read-only lists: no method check at all, or a guard.
    const guardGet = c.rng.chance(0.4) ? `if (req.method !== 'GET') {\n${indent(allow405(c, ['GET']))}\n}\n\n` : '';
    return { body: guardGet + pre + listBlock(c, r, owner, c.rng.chance(0.5)) + '\n' };
  }
  if (style === 'switch') {
    const fallback = c.rng.chance(0.75);
    return {
      body:
        pre +
        `switch (req.method) {\n` +
        `  case 'GET': {\n${indent(listBlock(c, r, owner, true), '    ')}\n  }\n` +
        `  case 'POST': {\n${indent(createBlock(c, r, owner, true), '    ')}\n  }\n` +
        (fallback ? `  default:\n${indent(allow405(c, ['GET', 'POST']), '    ')}\n` : '') +
        `}\n`,
    };
  }
  if (style === 'ifelse') {
    const fallback = c.rng.chance(0.65);
    return {
      body:
        pre +
        `if (req.method === 'GET') {\n${indent(listBlock(c, r, owner, true))}\n` +
        `} else if (req.method === 'POST') {\n${indent(createBlock(c, r, owner, true))}\n` +
        (fallback ? `} else {\n${indent(allow405(c, ['GET', 'POST']))}\n}\n` : '}\n'),
    };
  }
  if (style === 'ifs') {
    return {
      body:
        pre +
        `if (req.method === 'GET') {\n${indent(listBlock(c, r, owner, true))}\n}\n\n` +
        `if (req.method === 'POST') {\n${indent(createBlock(c, r, owner, true))}\n}\n` +
        (c.rng.chance(0.7) ? '\n' + allow405(c, ['GET', 'POST']) + '\n' : ''),
    };
  }
  // delegate: case 'GET': return getX(req, res)
  const P = c.params();
  const local = guard === null;
  const ownerParam = local ? '' : `, ownerEmail${c.t('string')}`;
  const ownerArg = local ? '' : `, ${owner}`;
  const ownerUse = local ? null : 'ownerEmail';
  const after =
    `\nasync function get${r.Plural}(${P}${ownerParam}) {\n${indent(listBlock(c, r, ownerUse, true))}\n}\n` +
    `\nasync function create${r.Sing}Handler(${P}${ownerParam}) {\n${indent(createBlock(c, r, ownerUse, true))}\n}\n`;
  if (c.rng.chance(0.5)) {
    return {
      body:
        pre +
        `switch (req.method) {\n  case 'GET':\n    return get${r.Plural}(req, res${ownerArg});\n  case 'POST':\n    return create${r.Sing}Handler(req, res${ownerArg});\n  default:\n${indent(allow405(c, ['GET', 'POST']), '    ')}\n}\n`,
      after,
    };
  }
  return {
    body:
      pre +
      `if (req.method === 'GET') return get${r.Plural}(req, res${ownerArg});\nif (req.method === 'POST') return create${r.Sing}Handler(req, res${ownerArg});\n\n${allow405(c, ['GET', 'POST'])}\n`,
    after,
  };
}

function itemBody(c: Ctx, r: Resource, param: string, guard: Guard | null): Body {
  const b = itemBodyText(c, r, param, guard);
  // import the model functions the chosen methods call, and only those
  const used = [`get${r.Sing}`, `update${r.Sing}`, `delete${r.Sing}`].filter((fn) => b.body.includes(`${fn}(`));
  if (used.length) modelImport(c, r, ...used);
  return b;
}

function itemBodyText(c: Ctx, r: Resource, param: string, guard: Guard | null): Body {
  const pre = guard ? guard.code + '\n' : '';
  const update = c.rng.chance(0.6) ? 'PUT' : 'PATCH';
  const [f1, f2] = r.fields;
  const idRead = c.rng.weighted<string>([
    [`const { ${param} } = req.query;\n`, 4],
    [`const ${param} = req.query.${param}${c.as('string')};\n`, 4],
    [`const ${param} = String(req.query.${param});\n`, 2],
  ]);
  const id = param;
  const style = c.rng.weighted<string>([
    ['ifs', 45],
    ['ifelse', 35],
    ['switch', 12],
    ['destructured', 8],
  ]);
  const getCode = `const ${r.singular} = await get${r.Sing}(${id}${c.as('string')});\nif (!${r.singular}) {\n  return res.status(404).json({ error: '${r.Sing} not found' });\n}\nreturn ${c.rng.chance(0.2) ? 'res.send' : 'res.status(200).json'}(${r.singular});`;
  const updCode =
    update === 'PUT'
      ? `const { ${f1}, ${f2} } = req.body;\nconst updated = await update${r.Sing}(${id}${c.as('string')}, { ${f1}, ${f2} });\nreturn res.status(200).json(updated);`
      : `const updated = await update${r.Sing}(${id}${c.as('string')}, req.body);\nreturn res.json(updated);`;
  const delCode = c.rng.chance(0.6)
    ? `await delete${r.Sing}(${id}${c.as('string')});\nreturn res.status(204).end();`
    : `await delete${r.Sing}(${id}${c.as('string')});\nreturn res.status(200).json({ deleted: true });`;
  const methods = ['GET', update, 'DELETE'];
  if (style === 'ifs') {
    // read-only or read/delete items are as common as full CRUD ones
    const set = c.rng.weighted<string[]>([
      [['GET'], 3],
      [['GET', 'DELETE'], 2],
      [methods, 5],
    ]);
    const blocks = set.map((m) => `if (req.method === '${m}') {\n${indent(m === 'GET' ? getCode : m === 'DELETE' ? delCode : updCode)}\n}\n`);
    return {
      body: pre + idRead + '\n' + blocks.join('\n') + (c.rng.chance(0.65) ? '\n' + allow405(c, set) + '\n' : ''),
    };
  }
  if (style === 'ifelse') {
    const set = c.rng.chance(0.4) ? ['GET', 'DELETE'] : methods;
    const blocks = set.map((m, i) => `${i ? ' else ' : ''}if (req.method === '${m}') {\n${indent(m === 'GET' ? getCode : m === 'DELETE' ? delCode : updCode)}\n}`);
    const fallback = c.rng.chance(0.6) ? ` else {\n${indent(allow405(c, set))}\n}` : '';
    return { body: pre + idRead + '\n' + blocks.join('') + fallback + '\n' };
  }
  if (style === 'switch') {
    return {
      body:
        pre +
        idRead +
        `\nswitch (req.method) {\n  case 'GET': {\n${indent(getCode, '    ')}\n  }\n  case '${update}': {\n${indent(updCode, '    ')}\n  }\n  case 'DELETE': {\n${indent(delCode, '    ')}\n  }\n  default:\n${indent(allow405(c, methods), '    ')}\n}\n`,
    };
  }
  return {
    body:
      pre +
      `const {\n  query: { ${param} },\n  method,\n} = req;\n\nswitch (method) {\n  case 'GET': {\n${indent(getCode, '    ')}\n  }\n  case '${update}': {\n${indent(updCode, '    ')}\n  }\n  case 'DELETE': {\n${indent(delCode, '    ')}\n  }\n  default:\n${indent(allow405(c, methods, 'method'), '    ')}\n}\n`,
  };
}

function subBody(c: Ctx, r: Resource, sub: string, param: string, guard: Guard | null): Body {
  const pre = guard ? guard.code + '\n' : '';
  c.imports.add(c.lib('db'), 'db');
  const fk = `${r.singular}Id`;
  const table = sub.replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
  const idExpr = `req.query.${param}${c.as('string')}`;
  const kind = c.rng.weighted<string>([
    ['list', 34],
    ['list-post', 16],
    ['action', 18],
    ['export', 12],
    ['settings', 10],
    ['stats', 10],
  ]);
  if (kind === 'list') {
    return {
      body:
        pre +
        `const ${param} = ${idExpr};\nconst { cursor, take = '25' } = req.query;\nconst rows = await db.${table}.findMany({\n  where: { ${fk}: ${param} },\n  take: Math.min(parseInt(take${c.as('string')}, 10) || 25, 100),\n  ...(cursor ? { cursor: { id: cursor${c.as('string')} }, skip: 1 } : {}),\n  orderBy: { createdAt: 'desc' },\n});\n\nreturn res.status(200).json({ items: rows, nextCursor: rows.length ? rows[rows.length - 1].id : null });\n`,
    };
  }
  if (kind === 'list-post') {
    const P = c.params();
    return {
      body:
        pre +
        `if (req.method === 'GET') return handleGet(req, res);\nif (req.method === 'POST') return handlePost(req, res);\n\n${allow405(c, ['GET', 'POST'])}\n`,
      after:
        `\nasync function handleGet(${P}) {\n  const ${param} = ${idExpr};\n  const rows = await db.${table}.findMany({ where: { ${fk}: ${param} } });\n  res.status(200).json(rows);\n}\n` +
        `\nasync function handlePost(${P}) {\n  const ${param} = ${idExpr};\n  const { name, role = 'member' } = req.body${c.as('{ name?: string; role?: string }')};\n  if (!name) {\n    return res.status(400).json({ error: 'name is required' });\n  }\n  const row = await db.${table}.create({ data: { ${fk}: ${param}, name, role } });\n  res.status(201).json(row);\n}\n`,
    };
  }
  if (kind === 'action') {
    return {
      body:
        `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\n\n` +
        pre +
        `const { ${param} } = req.query;\nconst { reason } = req.body ?? {};\nconst result = await db.${r.singular}.update({\n  where: { id: ${param}${c.as('string')} },\n  data: { ${table}At: new Date(), ${table}Reason: reason ?? null },\n});\nres.status(200).json({ ok: true, ${r.singular}: result });\n`,
    };
  }
  if (kind === 'export') {
    return {
      body:
        pre +
        `const ${param} = ${idExpr};\nconst rows = await db.${table}.findMany({ where: { ${fk}: ${param} } });\nconst csv = ['id,name,createdAt', ...rows.map((row${c.t('any')}) => \`\${row.id},\${JSON.stringify(row.name ?? '')},\${row.createdAt}\`)].join('\\n');\n\nres.setHeader('Content-Type', 'text/csv; charset=utf-8');\nres.setHeader('Content-Disposition', \`attachment; filename="${r.singular}-\${${param}}-${sub}.csv"\`);\nres.status(200).send(csv);\n`,
      config: c.rng.chance(0.5) ? `export const config = {\n  maxDuration: ${c.rng.pick([30, 60])},\n};` : c.rng.chance(0.3) ? `export const config = {\n  api: {\n    responseLimit: '8mb',\n  },\n};` : undefined,
    };
  }
  if (kind === 'settings') {
    return {
      body:
        pre +
        `const ${param} = ${idExpr};\n\ntry {\n  if (req.method === 'PUT') {\n    const settings = await db.${r.singular}Settings.upsert({\n      where: { ${fk}: ${param} },\n      update: req.body,\n      create: { ...req.body, ${fk}: ${param} },\n    });\n    return res.json(settings);\n  }\n\n  const settings = await db.${r.singular}Settings.findUnique({ where: { ${fk}: ${param} } });\n  res.json(settings ?? { notifications: true, timezone: 'UTC' });\n} catch (e) {\n  console.error('[${sub}]', e);\n  res.status(500).json({ error: 'Something went wrong' });\n}\n`,
    };
  }
  c.imports.add(c.lib('cache'), 'cached');
  return {
    body:
      pre +
      `const ${param} = ${idExpr};\nconst stats = await cached(\`${r.singular}:\${${param}}:${sub}\`, 300, () => db.${table}.aggregate({ where: { ${fk}: ${param} }, _count: true }));\nres.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=60');\nres.status(200).json(stats);\n`,
    config: c.rng.chance(0.4) ? `export const config = {\n  maxDuration: 30,\n};` : undefined,
  };
}

function collectionActionBody(c: Ctx, r: Resource, action: string, guard: Guard | null): Body {
  const pre = guard ? guard.code + '\n' : '';
  if (action === 'search') {
    c.imports.add(c.lib('search'), 'searchIndex');
    return {
      body:
        pre +
        `const { q, limit = '10' } = req.query;\nif (typeof q !== 'string' || q.trim().length < 2) {\n  return res.status(400).json({ error: 'Query must be at least 2 characters' });\n}\nconst hits = await searchIndex('${r.plural}', q.trim(), Number(limit));\nres.setHeader('Cache-Control', 'public, s-maxage=30');\nreturn res.status(200).json({ hits, total: hits.length });\n`,
    };
  }
  if (action === 'bulk') {
    modelImport(c, r, `delete${r.Sing}`, `update${r.Sing}`);
    return {
      body:
        `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\n` +
        pre +
        `const { ids, action } = req.body${c.as('{ ids?: string[]; action?: string }')};\nif (!Array.isArray(ids) || ids.length === 0) {\n  return res.status(400).json({ error: 'ids must be a non-empty array' });\n}\nif (action === 'delete') {\n  await Promise.all(ids.map((id) => delete${r.Sing}(id)));\n} else {\n  await Promise.all(ids.map((id) => update${r.Sing}(id, { archived: action === 'archive' })));\n}\nres.status(200).json({ updated: ids.length });\n`,
    };
  }
  // count
  modelImport(c, r, `count${r.Plural}`);
  return {
    body: pre + `const total = await count${r.Plural}({ status: req.query.status${c.as('string | undefined')} });\nres.status(200).json({ total });\n`,
  };
}

// ---------------------------------------------------------------------------------------------
// Handler files

type Shape = 'decl' | 'named' | 'const' | 'arrow' | 'cjs';

function handlerName(c: Ctx, base: string): string {
  if (c.rng.chance(0.7)) return 'handler';
  return `${camel(base)}Handler`;
}

interface Wrap {
  names: string[]; // outermost first
  args?: string; // extra args of the innermost
}

function renderHandlerFile(c: Ctx, b: Body, opts: { name: string; shape?: Shape; wrap?: Wrap | null; config?: string; headerComment?: string; asyncFn?: boolean }): string {
  const rng = c.rng;
  let shape: Shape = opts.shape ?? rng.weighted<Shape>([
    ['decl', 82],
    ['named', 6],
    ['const', 6],
    ['arrow', 6],
  ]);
  if (!c.ts && !opts.shape && rng.chance(0.25)) shape = 'cjs';
  const wrap = opts.wrap ?? null;
  if (wrap && (shape === 'decl' || shape === 'arrow')) shape = 'named';
  const asyncKw = opts.asyncFn === false ? '' : 'async ';
  const params = c.params();
  const body = rr(c, indent(b.body.replace(/\n+$/, '')));
  const after = b.after ? rr(c, b.after) : '';
  let fn: string;
  const name = opts.name;
  const wrapped = (id: string) => {
    if (!wrap) return id;
    let s = wrap.args ? `${id}, ${wrap.args}` : id;
    for (let i = wrap.names.length - 1; i >= 0; i--) s = `${wrap.names[i]}(${s})`;
    return s;
  };
  switch (shape) {
    case 'decl':
      fn = `export default ${asyncKw}function ${name}(${params}) {\n${body}\n}\n`;
      break;
    case 'named':
      fn = `${asyncKw}function ${name}(${params}) {\n${body}\n}\n`;
      break;
    case 'const':
      fn = `const ${name} = ${asyncKw}(${params}) => {\n${body}\n};\n`;
      break;
    case 'arrow':
      fn = `export default ${asyncKw}(${params}) => {\n${body}\n};\n`;
      break;
    case 'cjs':
      fn = `${asyncKw}function ${name}(${params}) {\n${body}\n}\n`;
      break;
  }
  let tail = '';
  if (shape === 'named' || shape === 'const') tail = `\nexport default ${wrapped(name)};\n`;
  if (shape === 'cjs') tail = wrap ? `\nmodule.exports = ${wrapped(name)};\n` : `\nmodule.exports = ${name};\n`;
  const imports = c.imports.render();
  const parts = [opts.headerComment ? opts.headerComment + '\n' : '', imports, '\n\n'];
  if (b.extra) parts.push(b.extra.replace(/\n+$/, ''), '\n\n');
  const config = opts.config ?? b.config;
  if (config) parts.push(config, '\n\n');
  parts.push(fn, tail, after);
  return parts.join('').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

function wrapperFor(c: Ctx): Wrap {
  const v = c.rng.int(0, 3);
  if (v === 0) {
    c.imports.add(c.lib('api/with-auth'), 'withAuth');
    return { names: ['withAuth'] };
  }
  if (v === 1) {
    c.imports.add(c.lib('api/with-auth'), 'withAuth');
    return { names: ['withAuth'], args: `{ roles: ['admin'] }` };
  }
  if (v === 2) {
    c.imports.add(c.lib('api/with-errors'), 'withErrors');
    return { names: ['withErrors'] };
  }
  c.imports.add(c.lib('api/with-errors'), 'withErrors');
  c.imports.add(c.lib('api/with-auth'), 'withAuth');
  return { names: ['withErrors', 'withAuth'] };
}

// ---------------------------------------------------------------------------------------------
// Singletons: endpoints a namespace has once

interface Singleton {
  kind: string;
  weight: number;
  paths: string[]; // candidate paths (without extension) inside the namespace
  nsFilter?: (ns: Ns) => boolean;
  build(c: Ctx, ns: Ns): string;
}

const TS_ONLY = (ns: Ns) => !ns.js;

const SINGLETONS: Singleton[] = [
  {
    kind: 'hello',
    weight: 1.5,
    paths: ['hello'],
    build(c) {
      const type = c.ts ? `type Data = {\n  name: string;\n};\n` : '';
      const p = c.ts ? (c.imports.type('next', 'NextApiRequest', 'NextApiResponse'), `req: NextApiRequest, res: NextApiResponse<Data>`) : 'req, res';
      return `${c.imports.render()}\n\n${type ? type + '\n' : ''}export default function handler(${p}) {\n  res.status(200).json({ name: 'John Doe' });\n}\n`.replace(/^\n+/, '');
    },
  },
  {
    kind: 'health',
    weight: 3,
    paths: ['health', 'healthz', 'ping'],
    build(c) {
      const v = c.rng.int(0, 1);
      const body =
        v === 0
          ? `res.setHeader('Cache-Control', 'no-store');\nres.status(200).json({ status: 'ok', uptime: Math.round(process.uptime()) });\n`
          : `res.status(200).send('ok');\n`;
      return renderHandlerFile(c, { body }, { name: 'health', asyncFn: false });
    },
  },
  {
    kind: 'status',
    weight: 2,
    paths: ['status', 'version'],
    build(c) {
      c.imports.add(c.lib('db'), 'db');
      const body = `try {\n  await db.$queryRaw\`SELECT 1\`;\n  res.status(200).json({ ok: true, version: process.env.VERCEL_GIT_COMMIT_SHA ?? 'dev' });\n} catch (error) {\n  res.status(503).json({ ok: false, error: 'database unavailable' });\n}\n`;
      return renderHandlerFile(c, { body }, { name: 'status' });
    },
  },
  {
    kind: 'me',
    weight: 4,
    paths: ['me', 'user', 'profile'],
    nsFilter: TS_ONLY,
    build(c) {
      const g = authGuard(c, 'session')!;
      c.imports.add(c.lib('db'), 'db');
      const body =
        g.code +
        `\nif (req.method === 'PATCH') {\n  const { name, image } = req.body;\n  const user = await db.user.update({ where: { email: ${g.ownerExpr} }, data: { name, image } });\n  return res.status(200).json(user);\n}\n\nconst user = await db.user.findUnique({\n  where: { email: ${g.ownerExpr} },\n  select: { id: true, name: true, email: true, image: true },\n});\nreturn res.status(200).json(user);\n`;
      return renderHandlerFile(c, { body }, { name: 'me' });
    },
  },
  {
    kind: 'contact',
    weight: 3,
    paths: ['contact', 'feedback-form', 'support-request', 'demo-request'],
    build(c) {
      c.imports.add(c.lib('mailer'), 'sendMail');
      const body = `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\n\nconst { name, email, message } = req.body;\nif (!email || !message) {\n  return res.status(400).json({ error: 'Email and message are required' });\n}\n\ntry {\n  await sendMail({\n    to: process.env.CONTACT_EMAIL${c.ts ? '!' : ''},\n    replyTo: email,\n    subject: \`Message from \${name || email}\`,\n    text: message,\n  });\n  return res.status(200).json({ sent: true });\n} catch (err) {\n  console.error(err);\n  return res.status(500).json({ error: 'Could not send your message' });\n}\n`;
      return renderHandlerFile(c, { body }, { name: 'contact' });
    },
  },
  {
    kind: 'newsletter',
    weight: 2,
    paths: ['newsletter', 'subscribe', 'waitlist'],
    build(c) {
      c.imports.add(c.lib('mailer'), 'addSubscriber');
      const form = c.rng.chance(0.5);
      const answer = form
        ? `if (req.headers['content-type']?.includes('application/x-www-form-urlencoded')) {\n  return res.redirect(303, '/thanks');\n}\nreturn res.status(201).json({ subscribed: true });`
        : `return res.status(201).json({ subscribed: true });`;
      const body = `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\nconst email = String(req.body.email || '').trim().toLowerCase();\nif (!/^[^@\\s]+@[^@\\s]+$/.test(email)) {\n  return res.status(422).json({ error: 'Please enter a valid email' });\n}\nawait addSubscriber(email);\n${answer}\n`;
      return renderHandlerFile(c, { body }, { name: 'subscribe' });
    },
  },
  {
    kind: 'login',
    weight: 2,
    paths: ['login', 'sign-in'],
    build(c) {
      c.imports.add('cookie', 'serialize');
      c.imports.add(c.lib('auth'), 'verifyPassword', 'signToken');
      const body = `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\n\nconst { email, password } = req.body;\nconst user = await verifyPassword(email, password);\nif (!user) {\n  return res.status(401).json({ error: 'Invalid email or password' });\n}\n\nconst token = await signToken({ sub: user.id });\nres.setHeader(\n  'Set-Cookie',\n  serialize('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 7 }),\n);\nres.status(200).json({ id: user.id, email: user.email });\n`;
      return renderHandlerFile(c, { body }, { name: 'login' });
    },
  },
  {
    kind: 'logout',
    weight: 2,
    paths: ['logout', 'sign-out'],
    build(c) {
      c.imports.add('cookie', 'serialize');
      const redirect = c.rng.chance(0.5);
      const body = `res.setHeader('Set-Cookie', [\n  serialize('token', '', { path: '/', httpOnly: true, maxAge: 0 }),\n  serialize('refresh_token', '', { path: '/api', httpOnly: true, maxAge: 0 }),\n]);\n${redirect ? `res.redirect('/');` : `res.status(200).json({ loggedOut: true });`}\n`;
      return renderHandlerFile(c, { body }, { name: 'logout', asyncFn: false });
    },
  },
  {
    kind: 'session-cookie',
    weight: 2,
    paths: ['session', 'preferences'],
    build(c) {
      c.imports.add(c.lib('auth'), 'verifyToken');
      const body = `const token = req.cookies.token;\nif (!token) {\n  return res.status(401).json({ error: 'Not signed in' });\n}\nconst payload = await verifyToken(token);\nif (!payload) {\n  return res.status(401).json({ error: 'Session expired' });\n}\nconst theme = req.cookies['theme'] ?? 'system';\nres.status(200).json({ userId: payload.sub, theme });\n`;
      return renderHandlerFile(c, { body }, { name: 'session' });
    },
  },
  {
    kind: 'oauth-callback',
    weight: 1.5,
    paths: ['oauth/github/callback', 'oauth/slack/callback', 'oauth/google/callback'],
    build(c) {
      const provider = c.file.split('/').slice(-2, -1)[0];
      c.imports.add(c.lib('integrations'), 'exchangeCode');
      const body = `const { code, state } = req.query;\nif (!code || state !== req.cookies.oauth_state) {\n  return res.redirect(302, '/settings/integrations?error=state_mismatch');\n}\n\nconst account = await exchangeCode('${provider}', code${c.as('string')});\nres.setHeader('Set-Cookie', 'oauth_state=; Path=/; Max-Age=0; HttpOnly');\nres.redirect(\`/settings/integrations?connected=\${encodeURIComponent(account.login)}\`);\n`;
      return renderHandlerFile(c, { body }, { name: 'callback' });
    },
  },
  {
    kind: 'shortlink',
    weight: 2,
    paths: ['r/[code]', 'go/[slug]', 's/[id]'],
    build(c) {
      const param = /\[(\w+)\]/.exec(c.file)![1];
      c.imports.add(c.lib('links'), 'resolveLink');
      const perm = c.rng.chance(0.5);
      const body = `const link = await resolveLink(req.query.${param}${c.as('string')});\nif (!link) {\n  return res.status(404).json({ error: 'Link not found' });\n}\n${perm ? `res.redirect(301, link.url);` : `res.redirect(link.url);`}\n`;
      return renderHandlerFile(c, { body }, { name: 'redirect' });
    },
  },
  {
    kind: 'catch-all-files',
    weight: 2.5,
    paths: ['files/[...path]', 'assets/[...key]', 'storage/[...path]'],
    build(c) {
      const param = /\[\.\.\.(\w+)\]/.exec(c.file)![1];
      c.imports.add(c.lib('storage'), 'readObject');
      const body = `const segments = req.query.${param}${c.as('string[]')};\nconst key = segments.join('/');\nconst object = await readObject(key);\nif (!object) {\n  return res.status(404).json({ error: \`No file at \${key}\` });\n}\nres.setHeader('Content-Type', object.contentType);\nres.setHeader('Cache-Control', 'public, max-age=31536000, immutable');\nres.status(200).send(object.body);\n`;
      return renderHandlerFile(c, { body }, { name: 'serveFile' });
    },
  },
  {
    kind: 'optional-catch-all',
    weight: 2,
    paths: ['docs/[[...slug]]', 'help/[[...slug]]', 'tree/[[...path]]'],
    build(c) {
      const param = /\[\[\.\.\.(\w+)\]\]/.exec(c.file)![1];
      c.imports.add(c.lib('cms'), 'getPage');
      const body = `if (req.method === 'GET') {\n  const segments = (req.query.${param}${c.as('string[] | undefined')}) ?? [];\n  const page = await getPage(segments.join('/') || 'index');\n  if (!page) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  return res.status(200).json({ path: '/' + segments.join('/'), page });\n}\n`;
      return renderHandlerFile(c, { body }, { name: 'docs' });
    },
  },
  {
    kind: 'catch-all-content',
    weight: 1.5,
    paths: ['content/[...slug]', 'cms/[...slug]'],
    build(c) {
      c.imports.add(c.lib('cms'), 'getPage');
      const body = `const { slug } = req.query;\nconst path = Array.isArray(slug) ? slug.join('/') : slug;\n\nconst page = await getPage(path${c.as('string')});\nif (!page) {\n  res.status(404).json({ error: \`No page at /\${path}\` });\n  return;\n}\n\nconst lastModified = new Date(page.updatedAt).toUTCString();\nif (req.headers['if-modified-since'] === lastModified) {\n  res.status(304).end();\n  return;\n}\n\nres.setHeader('Last-Modified', lastModified);\nres.status(200).json(page);\n`;
      return renderHandlerFile(c, { body }, { name: 'contentHandler' });
    },
  },
  {
    kind: 'webhook-raw',
    weight: 3,
    paths: ['webhooks/stripe', 'webhooks/paddle', 'webhooks/lemonsqueezy'],
    nsFilter: TS_ONLY,
    build(c) {
      // Kept as req/res: with the request parameter named \`request\`, routeshift flags its own
      // \`request.arrayBuffer()\` rewrite of \`buffer(request)\` as RS201 (reported to the lead).
      c.req = 'req';
      c.res = 'res';
      c.imports.add('micro', 'buffer');
      c.imports.add(c.lib('stripe'), 'stripe');
      c.imports.add(c.lib('billing'), 'handleBillingEvent');
      const config = `export const config = {\n  api: {\n    bodyParser: false,\n  },\n};`;
      const body = `if (req.method !== 'POST') {\n  res.setHeader('Allow', 'POST');\n  return res.status(405).end('Method Not Allowed');\n}\n\nconst buf = await buffer(req);\nconst signature = req.headers['stripe-signature']${c.as('string')};\n\nlet event;\ntry {\n  event = stripe.webhooks.constructEvent(buf, signature, process.env.STRIPE_WEBHOOK_SECRET${c.ts ? '!' : ''});\n} catch (err) {\n  return res.status(400).send(\`Webhook Error: \${(err${c.as('Error')}).message}\`);\n}\n\nawait handleBillingEvent(event);\nres.json({ received: true });\n`;
      return renderHandlerFile(c, { body }, { name: 'webhook', config });
    },
  },
  {
    kind: 'webhook-json',
    weight: 1.5,
    paths: ['webhooks/github', 'webhooks/slack', 'webhooks/sendgrid', 'webhooks/vercel'],
    build(c) {
      c.imports.add(c.lib('webhooks'), 'verifySignature', 'enqueueWebhook');
      const provider = path.posix.basename(c.file).replace(/\.\w+$/, '');
      const body = `if (req.method !== 'POST') {\n  return res.status(405).json({ error: 'Method not allowed' });\n}\n\nconst signature = req.headers['x-hub-signature-256'] || req.headers['x-signature'];\nif (!verifySignature('${provider}', JSON.stringify(req.body), signature${c.as('string')})) {\n  return res.status(401).json({ error: 'Bad signature' });\n}\n\nconst event = req.headers['x-github-event'] ?? req.body.type;\nswitch (event) {\n  case 'ping':\n    return res.status(200).json({ pong: true });\n  default:\n    await enqueueWebhook('${provider}', event${c.as('string')}, req.body);\n    return res.status(202).json({ accepted: true });\n}\n`;
      return renderHandlerFile(c, { body }, { name: 'webhook' });
    },
  },
  {
    kind: 'cron',
    weight: 4,
    paths: ['cron/cleanup', 'cron/digest', 'cron/sync', 'cron/reindex', 'cron/expire-trials', 'cron/reminders'],
    build(c) {
      const job = path.posix.basename(c.file).replace(/\.\w+$/, '');
      c.imports.add(c.lib('jobs'), 'runJob');
      const config = c.rng.chance(0.8) ? `export const config = {\n  maxDuration: ${c.rng.pick([30, 60, 60, 300])},\n};` : `export const config = {\n  runtime: 'nodejs',\n  maxDuration: 60,\n};`;
      const body = `if (req.headers.authorization !== \`Bearer \${process.env.CRON_SECRET}\`) {\n  return res.status(401).json({ error: 'Unauthorized' });\n}\n\nconst started = Date.now();\nconst result = await runJob('${job}');\nres.status(200).json({ job: '${job}', ...result, ms: Date.now() - started });\n`;
      return renderHandlerFile(c, { body }, { name: 'cron', config });
    },
  },
  {
    kind: 'upload',
    weight: 2,
    paths: ['upload', 'avatar', 'import'],
    nsFilter: TS_ONLY,
    build(c) {
      c.imports.add(c.lib('storage'), 'putObject');
      const config = `export const config = {\n  api: {\n    bodyParser: {\n      sizeLimit: '${c.rng.pick(['4mb', '8mb', '10mb'])}',\n    },\n  },\n};`;
      const body = `if (req.method !== 'POST') {\n${indent(allow405(c, ['POST']))}\n}\n\nconst { image } = req.body${c.as('{ image?: string }')};\nconst match = image?.match(/^data:(image\\/(png|jpe?g|webp));base64,(.+)$/);\nif (!match) {\n  return res.status(400).json({ error: 'Expected a base64 image data URL' });\n}\n\nconst [, contentType, ext, data] = match;\nconst url = await putObject(\`uploads/\${Date.now()}.\${ext}\`, Buffer.from(data, 'base64'), contentType);\nreturn res.status(201).json({ url });\n`;
      return renderHandlerFile(c, { body }, { name: 'upload', config });
    },
  },
  {
    kind: 'revalidate',
    weight: 1,
    paths: ['revalidate'],
    build(c) {
      const body = `if (req.query.secret !== process.env.REVALIDATE_SECRET) {\n  return res.status(401).json({ message: 'Invalid token' });\n}\ntry {\n  await res.revalidate(\`/blog/\${req.query.slug}\`);\n  return res.json({ revalidated: true });\n} catch (err) {\n  return res.status(500).send('Error revalidating');\n}\n`;
      return renderHandlerFile(c, { body }, { name: 'revalidate' });
    },
  },
  {
    kind: 'next-connect',
    weight: 4,
    paths: ['activity-feed', 'audit-log', 'timeline'],
    build(c) {
      const p = c.ts ? (c.imports.type('next', 'NextApiRequest', 'NextApiResponse'), '<NextApiRequest, NextApiResponse>') : '';
      c.imports.add('next-connect', 'createRouter');
      c.imports.add(c.lib('events'), 'listEvents', 'recordEvent');
      const P = c.ts ? `req: NextApiRequest, res: NextApiResponse, next: () => Promise<unknown>` : 'req, res, next';
      const imports = c.imports.render();
      // next-connect's import order: 'next-connect' first reads better
      return (
        `${imports}\n\nconst router = createRouter${p}();\n\nfunction requireJson(${P}) {\n  if (req.method === 'POST' && !req.headers['content-type']?.includes('application/json')) {\n    res.status(415).json({ error: 'JSON only' });\n    return;\n  }\n  return next();\n}\n\nrouter\n  .use(requireJson)\n  .get(async (req, res) => {\n    res.status(200).json(await listEvents(req.query.since${c.as('string | undefined')}));\n  })\n  .post(async (req, res) => {\n    const event = await recordEvent(req.body);\n    res.status(201).json(event);\n  });\n\nexport default router.handler();\n`
      );
    },
  },
  {
    kind: 'cors',
    weight: 1.5,
    paths: ['embed', 'widget', 'oembed'],
    build(c) {
      c.imports.def('cors', 'Cors');
      c.imports.add(c.lib('init-middleware'), 'initMiddleware');
      c.imports.add(c.lib('db'), 'db');
      const extra = `// Initialize the cors middleware\nconst cors = initMiddleware(\n  Cors({\n    methods: ['GET', 'OPTIONS'],\n  }),\n);`;
      const body = `await cors(req, res);\nconst count = await db.embed.count({ where: { siteId: req.query.site${c.as('string')} } });\nres.json({ site: req.query.site, count });\n`;
      return renderHandlerFile(c, { body, extra }, { name: 'handler' });
    },
  },
  {
    kind: 'exit-preview',
    weight: 1,
    paths: ['exit-preview'],
    build(c) {
      const body = `res.clearPreviewData();\nres.redirect(307, '/');\n`;
      return renderHandlerFile(c, { body }, { name: 'exitPreview', asyncFn: false });
    },
  },
  {
    kind: 'edge',
    weight: 1,
    paths: ['geo', 'og-meta', 'edge-time'],
    nsFilter: TS_ONLY,
    build(c) {
      const sig = c.ts ? 'req: Request' : 'req';
      return `export const config = {\n  runtime: 'edge',\n};\n\nexport default async function handler(${sig}) {\n  const { searchParams } = new URL(req.url);\n  const name = searchParams.get('name') ?? 'world';\n  return new Response(JSON.stringify({ hello: name, at: new Date().toISOString() }), {\n    status: 200,\n    headers: { 'content-type': 'application/json', 'cache-control': 's-maxage=60' },\n  });\n}\n`;
    },
  },
  // ---- deliberately left in place (realistic cases routeshift refuses) ----
  {
    kind: 'LEFT:preview-data',
    weight: 1.5,
    paths: ['preview', 'draft'],
    build(c) {
      c.imports.add(c.lib('cms'), 'getPage');
      const body = `if (req.query.secret !== process.env.PREVIEW_SECRET || !req.query.slug) {\n  return res.status(401).json({ message: 'Invalid token' });\n}\nconst page = await getPage(req.query.slug${c.as('string')});\nif (!page) {\n  return res.status(401).json({ message: 'Invalid slug' });\n}\nres.setPreviewData({});\nres.redirect(page.path);\n`;
      return renderHandlerFile(c, { body }, { name: 'preview' });
    },
  },
  {
    kind: 'LEFT:req-socket',
    weight: 2,
    paths: ['feedback', 'rate', 'vote', 'report-abuse'],
    build(c) {
      c.imports.add(c.lib('rate-limit'), 'rateLimit');
      c.imports.add(c.lib('db'), 'db');
      const body = `if (req.method !== 'POST') {\n  return res.status(405).json({ error: 'Method not allowed' });\n}\n\nconst ip = (req.headers['x-forwarded-for']${c.as('string | undefined')})?.split(',')[0] ?? req.socket.remoteAddress;\nconst { success } = await rateLimit.limit(ip ?? 'anonymous');\nif (!success) {\n  return res.status(429).json({ error: 'Too many requests' });\n}\n\nawait db.feedback.create({ data: { ...req.body, ip } });\nreturn res.status(201).json({ ok: true });\n`;
      return renderHandlerFile(c, { body }, { name: 'feedback' });
    },
  },
  {
    kind: 'LEFT:send-then-work',
    weight: 1.2,
    paths: ['track', 'beacon', 'collect'],
    build(c) {
      c.imports.add(c.lib('analytics'), 'recordPageView');
      const body = `if (req.method !== 'POST') {\n  return res.status(405).end();\n}\n// Answer the beacon right away, then record it.\nres.status(202).json({ queued: true });\nawait recordPageView(req.body);\n`;
      return renderHandlerFile(c, { body }, { name: 'track' });
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Plan

export interface PlannedFile {
  path: string; // repo-relative
  kind: string;
}

interface Work {
  path: string; // without extension
  kind: string;
  ns: Ns;
  build: (c: Ctx) => string;
}

function namespaceDir(k: number): string {
  const B = NAMESPACE_BASES.length;
  const base = NAMESPACE_BASES[k % B];
  const round = Math.floor(k / B);
  let prefix = '';
  if (round > 0) {
    const area = AREAS[(round - 1) % AREAS.length];
    const v = Math.floor((round - 1) / AREAS.length);
    prefix = v === 0 ? area : `v${v + 1}/${area}`;
  }
  const parts = ['pages/api', prefix, base].filter(Boolean);
  return parts.join('/');
}

function planNamespace(rng: Rng, ns: Ns, isRoot: boolean): Work[] {
  const out: Work[] = [];
  if (isRoot) {
    out.push({ path: `${ns.dir}/auth/[...nextauth]`, kind: 'nextauth', ns, build: (c) => nextAuthFile(c) });
  }
  // resource clusters
  const resources = rng.shuffle(RESOURCES).slice(0, rng.int(5, 9));
  for (const r of resources) {
    const param = r.plural === 'posts' ? 'slug' : rng.chance(0.6) ? 'id' : `${r.singular}Id`;
    const style = (): AuthStyle => (rng.chance(0.85) ? ns.auth : rng.pick<AuthStyle>(['none', 'session']));
    const base = `${ns.dir}/${r.plural}`;
    const a1 = style();
    out.push({ path: `${base}/index`, kind: 'collection', ns, build: (c) => resourceFile(c, a1, (g) => collectionBody(c, r, g), r.plural) });
    const a2 = style();
    out.push({ path: `${base}/[${param}]`, kind: 'item', ns, build: (c) => resourceFile(c, a2, (g) => itemBody(c, r, param, g), r.singular) });
    if (rng.chance(0.55)) {
      const subs = rng.shuffle(r.subs).slice(0, rng.chance(0.2) ? 3 : rng.int(1, 2));
      for (const sub of subs) {
        const a3 = style();
        out.push({ path: `${base}/[${param}]/${sub}`, kind: 'sub', ns, build: (c) => resourceFile(c, a3, (g) => subBody(c, r, sub, param, g), sub) });
      }
    }
    if (rng.chance(0.3)) {
      const action = rng.pick(['search', 'bulk', 'count']);
      const a4 = style();
      out.push({ path: `${base}/${action}`, kind: 'collection-action', ns, build: (c) => resourceFile(c, a4, (g) => collectionActionBody(c, r, action, g), action) });
    }
  }
  // singletons
  const used = new Set<string>();
  const count = rng.int(7, 12);
  const pool = SINGLETONS.filter((s) => !s.nsFilter || s.nsFilter(ns));
  for (let i = 0; i < count; i++) {
    const s = rng.weighted(pool.map((x) => [x, x.weight] as const));
    const free = s.paths.filter((p) => !used.has(p));
    if (!free.length) continue;
    const p = rng.pick(free);
    used.add(p);
    out.push({ path: `${ns.dir}/${p}`, kind: s.kind, ns, build: (c) => s.build(c, ns) });
  }
  return rng.shuffle(out);
}

function resourceFile(c: Ctx, auth: AuthStyle, makeBody: (g: Guard | null) => Body, name: string): string {
  let wrap: Wrap | null = null;
  let guard: Guard | null = null;
  if (auth === 'wrapper') wrap = wrapperFor(c);
  else guard = authGuard(c, auth);
  const b = makeBody(guard);
  // maxDuration is the commonest config key in the corpus (23 of 61): slow list and bulk endpoints
  if (!b.config && c.rng.chance(0.06)) b.config = `export const config = {\n  maxDuration: ${c.rng.pick([15, 30, 60])},\n};`;
  return renderHandlerFile(c, b, { name: handlerName(c, name), wrap });
}

function nextAuthFile(c: Ctx): string {
  if (c.ts) {
    return `import NextAuth, { type NextAuthOptions } from 'next-auth';\nimport GithubProvider from 'next-auth/providers/github';\nimport GoogleProvider from 'next-auth/providers/google';\nimport { PrismaAdapter } from '@next-auth/prisma-adapter';\nimport { db } from '@/lib/db';\n\nexport const authOptions: NextAuthOptions = {\n  adapter: PrismaAdapter(db),\n  providers: [\n    GithubProvider({\n      clientId: process.env.GITHUB_ID!,\n      clientSecret: process.env.GITHUB_SECRET!,\n    }),\n    GoogleProvider({\n      clientId: process.env.GOOGLE_CLIENT_ID!,\n      clientSecret: process.env.GOOGLE_CLIENT_SECRET!,\n    }),\n  ],\n  session: { strategy: 'jwt' },\n  callbacks: {\n    session({ session, token }) {\n      if (session.user && token.sub) {\n        (session.user as { id?: string }).id = token.sub;\n      }\n      return session;\n    },\n  },\n};\n\nexport default NextAuth(authOptions);\n`;
  }
  return `import NextAuth from 'next-auth';\nimport GithubProvider from 'next-auth/providers/github';\n\nexport const authOptions = {\n  providers: [\n    GithubProvider({\n      clientId: process.env.GITHUB_ID,\n      clientSecret: process.env.GITHUB_SECRET,\n    }),\n  ],\n};\n\nexport default NextAuth(authOptions);\n`;
}

function planPages(rng: Rng, n: number): Work[] {
  const work: Work[] = [];
  for (let k = 0; work.length < n; k++) {
    const dir = namespaceDir(k);
    const base = NAMESPACE_BASES[k % NAMESPACE_BASES.length];
    const auth: AuthStyle =
      NAMESPACE_AUTH[base] ??
      rng.weighted<AuthStyle>([
        ['session', 45],
        ['wrapper', 25],
        ['none', 30],
      ]);
    const ns: Ns = { dir, auth, js: k > 0 && rng.chance(0.08) };
    for (const w of planNamespace(rng, ns, k === 0)) {
      if (work.length >= n) break;
      work.push(w);
    }
  }
  return work;
}

// ---------------------------------------------------------------------------------------------
// lib/

function libFiles(usedModels: Set<string>): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  files.push([
    'lib/db.ts',
    `import { PrismaClient } from '@prisma/client';\n\nconst globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };\n\nexport const db = globalForPrisma.prisma ?? new PrismaClient();\n\nif (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;\n`,
  ]);
  files.push([
    'lib/auth.ts',
    `import { createHash, timingSafeEqual } from 'crypto';\nimport { SignJWT, jwtVerify } from 'jose';\nimport { db } from './db';\n\nexport { authOptions } from '@/pages/api/auth/[...nextauth]';\n\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET ?? 'dev-secret');\n\nexport async function signToken(claims: { sub: string }): Promise<string> {\n  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('7d').sign(secret);\n}\n\nexport async function verifyToken(token: string): Promise<{ sub: string } | null> {\n  try {\n    const { payload } = await jwtVerify(token, secret);\n    return payload as { sub: string };\n  } catch {\n    return null;\n  }\n}\n\nconst hash = (value: string) => createHash('sha256').update(value).digest();\n\nexport async function verifyPassword(email: string, password: string) {\n  const user = await db.user.findUnique({ where: { email } });\n  if (!user?.passwordHash) return null;\n  const ok = timingSafeEqual(hash(password), Buffer.from(user.passwordHash, 'hex'));\n  return ok ? user : null;\n}\n\nexport async function verifyApiKey(key: string | undefined) {\n  if (!key) return null;\n  return db.apiKey.findFirst({ where: { hashed: hash(key).toString('hex'), revokedAt: null } });\n}\n`,
  ]);
  files.push([
    'lib/api/with-auth.ts',
    `import type { NextApiHandler, NextApiRequest } from 'next';\nimport { getServerSession } from 'next-auth/next';\nimport { authOptions } from '@/pages/api/auth/[...nextauth]';\nimport { db } from '@/lib/db';\n\nexport interface AuthOptions {\n  roles?: Array<'admin' | 'member'>;\n}\n\nfunction apiKey(req: NextApiRequest): string | undefined {\n  const value = req.headers['x-api-key'];\n  return Array.isArray(value) ? value[0] : value;\n}\n\n/** Lets a request through with the service API key or a session of a user with an allowed role. */\nexport function withAuth(handler: NextApiHandler, { roles = ['admin', 'member'] }: AuthOptions = {}): NextApiHandler {\n  return async (req, res) => {\n    const key = apiKey(req);\n    if (key !== undefined) {\n      if (key !== process.env.SERVICE_API_KEY) return res.status(403).json({ error: 'Invalid API key' });\n      return handler(req, res);\n    }\n    const session = await getServerSession(req, res, authOptions);\n    if (!session?.user?.email) return res.status(401).json({ error: 'Authentication required' });\n    const user = await db.user.findUnique({ where: { email: session.user.email } });\n    if (!user || !roles.includes(user.role)) return res.status(403).json({ error: 'Forbidden' });\n    return handler(req, res);\n  };\n}\n`,
  ]);
  files.push([
    'lib/api/with-errors.ts',
    `import type { NextApiHandler } from 'next';\n\n/** An error a handler throws on purpose: its status and message reach the client. */\nexport class HttpError extends Error {\n  constructor(\n    public readonly status: number,\n    message: string,\n  ) {\n    super(message);\n    this.name = 'HttpError';\n  }\n}\n\n/** Turns anything a handler throws into a JSON error answer instead of Next's HTML 500 page. */\nexport function withErrors(handler: NextApiHandler): NextApiHandler {\n  return async (req, res) => {\n    try {\n      await handler(req, res);\n    } catch (err) {\n      if (err instanceof HttpError) {\n        return res.status(err.status).json({ error: err.message });\n      }\n      console.error(\`[api] \${req.method} \${req.url} failed:\`, err);\n      res.status(500).json({ error: 'Internal Server Error' });\n    }\n  };\n}\n`,
  ]);
  const schemas = [...usedModels].sort().map((p) => {
    const r = RESOURCES.find((x) => x.plural === p)!;
    return `export const ${r.singular}Schema = z.object({\n  ${r.fields[0]}: z.string().min(1),\n  ${r.fields[1]}: z.string().optional(),\n});`;
  });
  files.push(['lib/validation.ts', `import * as z from 'zod';\n\n${schemas.join('\n\n')}\n`]);
  const simple: Array<[string, string]> = [
    ['lib/mailer.ts', `import { Resend } from 'resend';\n\nconst resend = new Resend(process.env.RESEND_API_KEY);\n\nexport async function sendMail(message: { to: string; replyTo?: string; subject: string; text: string }) {\n  await resend.emails.send({ from: 'noreply@example.com', ...message });\n}\n\nexport async function addSubscriber(email: string) {\n  await resend.contacts.create({ email, audienceId: process.env.RESEND_AUDIENCE_ID! });\n}\n`],
    ['lib/cache.ts', `import { Redis } from '@upstash/redis';\n\nconst redis = Redis.fromEnv();\n\nexport async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {\n  const hit = await redis.get<T>(key);\n  if (hit !== null) return hit;\n  const value = await load();\n  await redis.set(key, value, { ex: ttlSeconds });\n  return value;\n}\n`],
    ['lib/rate-limit.ts', `import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\n\nexport const rateLimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '10 s') });\n`],
    ['lib/stripe.ts', `import Stripe from 'stripe';\n\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });\n`],
    ['lib/billing.ts', `import type Stripe from 'stripe';\nimport { db } from './db';\n\nexport async function handleBillingEvent(event: Stripe.Event) {\n  if (event.type === 'checkout.session.completed') {\n    const session = event.data.object as Stripe.Checkout.Session;\n    await db.subscription.update({ where: { checkoutId: session.id }, data: { status: 'active' } });\n  }\n}\n`],
    ['lib/webhooks.ts', `import { createHmac, timingSafeEqual } from 'crypto';\nimport { db } from './db';\n\nexport function verifySignature(provider: string, payload: string, signature: string | undefined): boolean {\n  if (!signature) return false;\n  const secret = process.env[\`\${provider.toUpperCase()}_WEBHOOK_SECRET\`] ?? '';\n  const expected = 'sha256=' + createHmac('sha256', secret).update(payload).digest('hex');\n  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));\n}\n\nexport async function enqueueWebhook(provider: string, event: string, payload: unknown) {\n  await db.webhookEvent.create({ data: { provider, event, payload: payload as object } });\n}\n`],
    ['lib/storage.ts', `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';\n\nconst s3 = new S3Client({});\nconst Bucket = process.env.S3_BUCKET!;\n\nexport async function readObject(key: string) {\n  try {\n    const out = await s3.send(new GetObjectCommand({ Bucket, Key: key }));\n    return { contentType: out.ContentType ?? 'application/octet-stream', body: Buffer.from(await out.Body!.transformToByteArray()) };\n  } catch {\n    return null;\n  }\n}\n\nexport async function putObject(key: string, body: Buffer, contentType: string) {\n  await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));\n  return \`https://\${Bucket}.s3.amazonaws.com/\${key}\`;\n}\n`],
    ['lib/cms.ts', `import { createClient } from '@sanity/client';\n\nconst client = createClient({ projectId: process.env.SANITY_PROJECT_ID, dataset: 'production', apiVersion: '2023-05-03', useCdn: true });\n\nexport async function getPage(path: string) {\n  return client.fetch<{ title: string; body: unknown; path: string; updatedAt: string } | null>(\n    '*[_type == "page" && path.current == $path][0]{ title, body, "path": path.current, "updatedAt": _updatedAt }',\n    { path },\n  );\n}\n`],
    ['lib/links.ts', `import { db } from './db';\n\nexport async function resolveLink(code: string) {\n  const link = await db.link.findUnique({ where: { code } });\n  if (link) await db.link.update({ where: { code }, data: { clicks: { increment: 1 } } });\n  return link;\n}\n`],
    ['lib/search.ts', `import { MeiliSearch } from 'meilisearch';\n\nconst client = new MeiliSearch({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_KEY });\n\nexport async function searchIndex(index: string, q: string, limit = 10) {\n  const { hits } = await client.index(index).search(q, { limit });\n  return hits;\n}\n`],
    ['lib/analytics.ts', `import { db } from './db';\n\nexport async function recordPageView(event: { path?: string; referrer?: string }) {\n  await db.pageView.create({ data: { path: event.path ?? '/', referrer: event.referrer ?? null } });\n}\n`],
    ['lib/jobs.ts', `import { db } from './db';\n\nexport async function runJob(name: string) {\n  const run = await db.jobRun.create({ data: { name, startedAt: new Date() } });\n  // each job is a query the scheduler runs on its own schedule\n  const affected = await db.$executeRawUnsafe(\`CALL run_job('\${name.replace(/'/g, '')}')\`);\n  await db.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), affected } });\n  return { affected };\n}\n`],
    ['lib/events.ts', `import { db } from './db';\n\nexport async function listEvents(since?: string) {\n  return db.event.findMany({ where: since ? { createdAt: { gt: new Date(since) } } : {}, orderBy: { createdAt: 'desc' }, take: 100 });\n}\n\nexport async function recordEvent(data: Record<string, unknown>) {\n  return db.event.create({ data: { type: String(data.type ?? 'custom'), payload: data as object } });\n}\n`],
    ['lib/integrations.ts', `export async function exchangeCode(provider: string, code: string): Promise<{ login: string; accessToken: string }> {\n  const res = await fetch(\`https://oauth.example.com/\${provider}/token\`, { method: 'POST', body: new URLSearchParams({ code }) });\n  if (!res.ok) throw new Error(\`\${provider} token exchange failed: \${res.status}\`);\n  return res.json();\n}\n`],
    // Next.js's cors example keeps this helper in plain JavaScript, as most projects copied it.
    ['lib/init-middleware.js', `// Helper method to wait for a middleware to execute before continuing\n// And to throw an error when an error happens in a middleware\nexport function initMiddleware(middleware) {\n  return (req, res) =>\n    new Promise((resolve, reject) => {\n      middleware(req, res, (result) => {\n        if (result instanceof Error) {\n          return reject(result);\n        }\n        return resolve(result);\n      });\n    });\n}\n`],
    ['lib/logger.ts', `export const logger = {\n  info: (msg: string, meta?: object) => console.log(JSON.stringify({ level: 'info', msg, ...meta })),\n  error: (msg: string, meta?: object) => console.error(JSON.stringify({ level: 'error', msg, ...meta })),\n};\n`],
    ['lib/utils.ts', `export const slugify = (name: string) =>\n  name\n    .toLowerCase()\n    .replace(/[^a-z0-9]+/g, '-')\n    .replace(/(^-|-$)/g, '');\n\nexport function first(value: string | string[] | undefined): string | undefined {\n  return Array.isArray(value) ? value[0] : value;\n}\n`],
  ];
  files.push(...simple);
  for (const p of [...usedModels].sort()) {
    const r = RESOURCES.find((x) => x.plural === p)!;
    const m = r.singular.replace(/-([a-z])/g, (_x, ch: string) => ch.toUpperCase());
    files.push([
      `lib/models/${r.plural}.ts`,
      `import { db } from '../db';\n\nexport interface List${r.Plural}Options {\n  page?: number;\n  take?: number;\n  cursor?: string;\n  search?: string;\n  status?: string;\n  ownerEmail?: string | null;\n}\n\nexport async function list${r.Plural}({ page = 1, take = 20, cursor, search, status, ownerEmail }: List${r.Plural}Options = {}) {\n  return db.${m}.findMany({\n    where: {\n      ...(search ? { ${r.fields[0]}: { contains: search, mode: 'insensitive' } } : {}),\n      ...(status ? { status } : {}),\n      ...(ownerEmail ? { owner: { email: ownerEmail } } : {}),\n    },\n    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : { skip: (page - 1) * take }),\n    take,\n    orderBy: { createdAt: 'desc' },\n  });\n}\n\nexport async function count${r.Plural}(where: { status?: string } = {}) {\n  return db.${m}.count({ where });\n}\n\nexport async function get${r.Sing}(id: string) {\n  return db.${m}.findUnique({ where: { id } });\n}\n\nexport async function create${r.Sing}(data: Record<string, unknown>) {\n  return db.${m}.create({ data });\n}\n\nexport async function update${r.Sing}(id: string, data: Record<string, unknown>) {\n  return db.${m}.update({ where: { id }, data });\n}\n\nexport async function delete${r.Sing}(id: string) {\n  await db.${m}.delete({ where: { id } });\n}\n`,
    ]);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Express service

const EXPRESS_NAMES = [
  'widgets', 'shipments', 'vendors', 'warehouses', 'carriers', 'quotes', 'leads', 'contracts', 'payouts',
  'ledgers', 'suppliers', 'couriers', 'returns', 'claims', 'licenses', 'devices', 'locations', 'schedules',
  'rates', 'manifests',
];
const EXPRESS_SUBS = ['history', 'notes', 'audit', 'status', 'attachments', 'summary'];
const CONTROLLED = new Set(['vendors', 'shipments']);

function singularOf(name: string): string {
  if (name.endsWith('ies')) return name.slice(0, -3) + 'y';
  if (name.endsWith('es') && /(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  return name.replace(/s$/, '');
}

function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());
}

const RESERVED = new Set(['return', 'delete', 'new', 'class', 'default', 'function', 'switch', 'case', 'import', 'export', 'package']);

/** A variable name for one row of the collection (never a reserved word: `returns` → `returnRow`). */
function rowName(collection: string): string {
  const sing = camel(singularOf(collection));
  return RESERVED.has(sing) ? `${sing}Row` : sing;
}

function expressRouter(rng: Rng, name: string, collection: string): string {
  const sing = rowName(collection);
  const useController = CONTROLLED.has(name);
  const lines: string[] = [`'use strict';`, ``, `const express = require('express');`, ``];
  const routes: string[] = [];
  const count = rng.int(3, 6);
  // Static paths before '/:id' so Express reaches every route.
  const candidates = ['list', 'create', 'search', 'get', 'update', 'patch', 'remove', 'sub'];
  const chosen = new Set<string>(['list', 'get']);
  for (const x of rng.shuffle(candidates)) {
    if (chosen.size >= count) break;
    if (x === 'update' && chosen.has('patch')) continue;
    if (x === 'patch' && chosen.has('update')) continue;
    chosen.add(x);
  }
  const guarded = rng.chance(0.7);
  const asyncStyle = rng.chance(0.5);
  const sub = rng.pick(EXPRESS_SUBS);
  const guard = guarded ? 'requireAuth, ' : '';
  if (useController) {
    const ctl = `${camel(name)}Controller`;
    lines.push(`const ${ctl} = require('../controllers/${ctl}');`);
    if (guarded) lines.push(`const requireAuth = require('../middleware/requireAuth');`);
    lines.push(``, `const router = express.Router();`, ``);
    const order = ['list', 'create', 'search', 'get', 'update', 'patch', 'remove', 'sub'].filter((x) => chosen.has(x));
    for (const x of order) {
      switch (x) {
        case 'list': routes.push(`router.get('/', ${ctl}.list);`); break;
        case 'create': routes.push(`router.post('/', ${guard}${ctl}.create);`); break;
        case 'search': routes.push(`router.get('/search', ${ctl}.search);`); break;
        case 'get': routes.push(`router.get('/:id', ${ctl}.show);`); break;
        case 'update': routes.push(`router.put('/:id', ${guard}${ctl}.update);`); break;
        case 'patch': routes.push(`router.patch('/:id', ${guard}${ctl}.update);`); break;
        case 'remove': routes.push(`router.delete('/:id', ${guard}${ctl}.remove);`); break;
        case 'sub': routes.push(`router.get('/:id/${sub}', ${ctl}.${camel(sub)});`); break;
      }
    }
    lines.push(routes.join('\n'), ``, `module.exports = router;`, ``);
    return lines.join('\n');
  }
  lines.push(`const store = require('../services/store');`);
  if (guarded) lines.push(`const requireAuth = require('../middleware/requireAuth');`);
  lines.push(``, `const router = express.Router();`, `const COLLECTION = '${collection}';`, ``);
  const order = ['list', 'search', 'create', 'sub', 'get', 'update', 'patch', 'remove'].filter((x) => chosen.has(x));
  for (const x of order) {
    switch (x) {
      case 'list':
        routes.push(
          `router.get('/', (req, res) => {\n  const page = Math.max(1, parseInt(req.query.page, 10) || 1);\n  const limit = Math.min(100, parseInt(req.query.limit, 10) || 20);\n  const all = store.list(COLLECTION, { status: req.query.status });\n  res.set('X-Total-Count', String(all.length));\n  res.json({ page, items: all.slice((page - 1) * limit, page * limit) });\n});`,
        );
        break;
      case 'search':
        routes.push(
          `router.get('/search', (req, res) => {\n  const q = String(req.query.q || '').trim();\n  if (q.length < 2) {\n    return res.status(400).json({ error: 'q must be at least 2 characters' });\n  }\n  res.json(store.search(COLLECTION, q));\n});`,
        );
        break;
      case 'create':
        routes.push(
          `router.post('/', ${guard}(req, res) => {\n  const { name, notes } = req.body;\n  if (!name) {\n    return res.status(400).json({ error: 'name is required' });\n  }\n  const ${sing} = store.insert(COLLECTION, { name, notes: notes || null });\n  res.status(201).json(${sing});\n});`,
        );
        break;
      case 'sub':
        routes.push(
          `router.get('/:id/${sub}', (req, res) => {\n  const ${sing} = store.get(COLLECTION, req.params.id);\n  if (!${sing}) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  res.json({ id: ${sing}.id, ${camel(sub)}: store.related(COLLECTION, req.params.id, '${sub}') });\n});`,
        );
        break;
      case 'get':
        routes.push(
          asyncStyle
            ? `router.get('/:id', async (req, res, next) => {\n  try {\n    const ${sing} = await store.load(COLLECTION, req.params.id);\n    if (!${sing}) {\n      return res.status(404).json({ error: \`${sing} \${req.params.id} not found\` });\n    }\n    res.json(${sing});\n  } catch (err) {\n    next(err);\n  }\n});`
            : `router.get('/:id', (req, res) => {\n  const ${sing} = store.get(COLLECTION, req.params.id);\n  if (!${sing}) {\n    return res.status(404).json({ error: \`${sing} \${req.params.id} not found\` });\n  }\n  res.json(${sing});\n});`,
        );
        break;
      case 'update':
      case 'patch':
        routes.push(
          `router.${x === 'update' ? 'put' : 'patch'}('/:id', ${guard}(req, res) => {\n  const ${sing} = store.get(COLLECTION, req.params.id);\n  if (!${sing}) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  const updated = store.update(COLLECTION, req.params.id, req.body);\n  res.status(200).json(updated);\n});`,
        );
        break;
      case 'remove':
        routes.push(
          `router.delete('/:id', ${guard}(req, res) => {\n  const removed = store.remove(COLLECTION, req.params.id);\n  if (!removed) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  res.status(204).end();\n});`,
        );
        break;
    }
  }
  lines.push(routes.join('\n\n'), ``, `module.exports = router;`, ``);
  return lines.join('\n');
}

function controllerFile(name: string): string {
  const sing = rowName(name);
  const subs = EXPRESS_SUBS.map(
    (s) => `exports.${camel(s)} = (req, res) => {\n  const ${sing} = store.get(COLLECTION, req.params.id);\n  if (!${sing}) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  res.json({ id: ${sing}.id, ${camel(s)}: store.related(COLLECTION, req.params.id, '${s}') });\n};`,
  );
  return `'use strict';\n\nconst store = require('../services/store');\n\nconst COLLECTION = '${name}';\n\nexports.list = (req, res) => {\n  const items = store.list(COLLECTION, { status: req.query.status });\n  res.set('X-Total-Count', String(items.length));\n  res.json(items);\n};\n\nexports.search = (req, res) => {\n  const q = String(req.query.q || '').trim();\n  if (!q) {\n    return res.status(400).json({ error: 'q is required' });\n  }\n  res.json(store.search(COLLECTION, q));\n};\n\nexports.show = (req, res) => {\n  const ${sing} = store.get(COLLECTION, req.params.id);\n  if (!${sing}) {\n    return res.status(404).json({ error: \`${sing} \${req.params.id} not found\` });\n  }\n  res.json(${sing});\n};\n\nexports.create = (req, res, next) => {\n  const { name } = req.body;\n  if (!name) {\n    return res.status(400).json({ error: 'name is required' });\n  }\n  try {\n    const ${sing} = store.insert(COLLECTION, req.body);\n    res.status(201).json(${sing});\n  } catch (err) {\n    next(err);\n  }\n};\n\nexports.update = (req, res) => {\n  const updated = store.update(COLLECTION, req.params.id, req.body);\n  if (!updated) {\n    return res.status(404).json({ error: 'Not found' });\n  }\n  res.json(updated);\n};\n\nexports.remove = (req, res) => {\n  if (!store.remove(COLLECTION, req.params.id)) {\n    return res.sendStatus(404);\n  }\n  res.sendStatus(204);\n};\n\n${subs.join('\n\n')}\n`;
}

function expressFiles(rng: Rng, routers: number): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const names: string[] = [];
  for (let i = 0; i < routers; i++) {
    const base = EXPRESS_NAMES[i % EXPRESS_NAMES.length];
    const round = Math.floor(i / EXPRESS_NAMES.length);
    names.push(round === 0 ? base : `${base}-${round + 1}`);
  }
  const mountGuarded = new Set<string>();
  for (const name of names) {
    const collection = name.replace(/-\d+$/, '');
    files.push([`routes/${name}.js`, expressRouter(rng, name, collection)]);
    if (!CONTROLLED.has(name) && rng.chance(0.15)) mountGuarded.add(name);
  }
  const requires = names.map((n) => `router.use('/${n}', ${mountGuarded.has(n) ? 'requireAuth, ' : ''}require('./${n}'));`);
  files.push([
    'routes/index.js',
    `'use strict';\n\nconst express = require('express');\n\nconst requireAuth = require('../middleware/requireAuth');\n\nconst router = express.Router();\n\nrouter.get('/', (req, res) => {\n  res.json({ service: 'legacy-api', version: 2 });\n});\n\n${requires.join('\n')}\n\nmodule.exports = router;\n`,
  ]);
  files.push([
    'server/app.js',
    `'use strict';\n\nconst express = require('express');\n\nconst routes = require('../routes');\nconst errorHandler = require('../middleware/errorHandler');\n\nconst app = express();\n\napp.use(express.json());\napp.use(express.urlencoded({ extended: true }));\n\napp.get('/healthz', (req, res) => {\n  res.send('ok');\n});\n\napp.use('/api/legacy', routes);\n\napp.use((req, res) => {\n  res.status(404).json({ error: 'Not found', path: req.originalUrl });\n});\n\napp.use(errorHandler);\n\nmodule.exports = app;\n`,
  ]);
  files.push([
    'server/index.js',
    `'use strict';\n\nconst app = require('./app');\n\nconst port = Number(process.env.PORT) || 4000;\n\napp.listen(port, () => {\n  console.log(\`legacy api listening on :\${port}\`);\n});\n`,
  ]);
  files.push([
    'middleware/requireAuth.js',
    `'use strict';\n\nconst TOKEN = process.env.LEGACY_API_TOKEN || 'dev-token';\n\n/** Guard: only callers with the service token get through. */\nfunction requireAuth(req, res, next) {\n  const header = req.get('authorization') || '';\n  if (!header.startsWith('Bearer ')) {\n    return res.status(401).json({ error: 'Missing bearer token' });\n  }\n  if (header.slice(7) !== TOKEN) {\n    return res.status(403).json({ error: 'Invalid token' });\n  }\n  next();\n}\n\nmodule.exports = requireAuth;\n`,
  ]);
  files.push([
    'middleware/errorHandler.js',
    `'use strict';\n\n// eslint-disable-next-line no-unused-vars\nfunction errorHandler(err, req, res, next) {\n  const status = err.status || err.statusCode || 500;\n  if (status >= 500) console.error(err);\n  res.status(status).json({ error: status >= 500 ? 'Internal Server Error' : err.message });\n}\n\nmodule.exports = errorHandler;\n`,
  ]);
  files.push([
    'services/store.js',
    `'use strict';\n\n// In-memory stand-in for the legacy service's database.\nconst collections = new Map();\nlet nextId = 1;\n\nfunction table(name) {\n  if (!collections.has(name)) collections.set(name, []);\n  return collections.get(name);\n}\n\nexports.list = (name, { status } = {}) => table(name).filter((row) => !status || row.status === status);\nexports.search = (name, q) => table(name).filter((row) => String(row.name || '').toLowerCase().includes(q.toLowerCase()));\nexports.get = (name, id) => table(name).find((row) => String(row.id) === String(id));\nexports.load = async (name, id) => exports.get(name, id);\nexports.related = (name, id, kind) => table(\`\${name}:\${id}:\${kind}\`);\nexports.insert = (name, data) => {\n  const row = { id: String(nextId++), status: 'active', ...data };\n  table(name).push(row);\n  return row;\n};\nexports.update = (name, id, data) => {\n  const row = exports.get(name, id);\n  if (!row) return null;\n  Object.assign(row, data);\n  return row;\n};\nexports.remove = (name, id) => {\n  const rows = table(name);\n  const index = rows.findIndex((row) => String(row.id) === String(id));\n  if (index === -1) return false;\n  rows.splice(index, 1);\n  return true;\n};\n`,
  ]);
  for (const name of names.filter((n) => CONTROLLED.has(n))) {
    files.push([`controllers/${camel(name)}Controller.js`, controllerFile(name)]);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Project files

function projectFiles(): Array<[string, string]> {
  const pkg = {
    name: 'legacy-monorepo-app',
    version: '3.12.0',
    private: true,
    scripts: {
      dev: 'next dev',
      build: 'prisma generate && next build',
      start: 'next start',
      'start:legacy': 'node server/index.js',
      lint: 'next lint',
    },
    dependencies: {
      '@aws-sdk/client-s3': '^3.540.0',
      '@next-auth/prisma-adapter': '^1.0.7',
      '@prisma/client': '^5.11.0',
      '@sanity/client': '^6.15.7',
      '@upstash/ratelimit': '^1.0.1',
      '@upstash/redis': '^1.28.4',
      cookie: '^0.6.0',
      cors: '^2.8.5',
      express: '^4.19.2',
      jose: '^5.2.3',
      meilisearch: '^0.38.0',
      micro: '^10.0.1',
      next: '^14.2.3',
      'next-auth': '^4.24.7',
      'next-connect': '^1.0.0',
      react: '^18.2.0',
      'react-dom': '^18.2.0',
      resend: '^3.2.0',
      stripe: '^14.21.0',
      zod: '^3.22.4',
    },
    devDependencies: {
      '@types/cookie': '^0.6.0',
      '@types/cors': '^2.8.17',
      '@types/express': '^4.17.21',
      '@types/node': '^20.11.30',
      '@types/react': '^18.2.67',
      prisma: '^5.11.0',
      typescript: '^5.4.3',
    },
  };
  const tsconfig = {
    compilerOptions: {
      target: 'es5',
      lib: ['dom', 'dom.iterable', 'esnext'],
      allowJs: true,
      skipLibCheck: true,
      strict: true,
      noEmit: true,
      esModuleInterop: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      isolatedModules: true,
      jsx: 'preserve',
      incremental: true,
      baseUrl: '.',
      paths: { '@/*': ['./*'] },
    },
    include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'],
    exclude: ['node_modules', 'server', 'routes'],
  };
  return [
    ['package.json', JSON.stringify(pkg, null, 2) + '\n'],
    ['tsconfig.json', JSON.stringify(tsconfig, null, 2) + '\n'],
    ['next-env.d.ts', `/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n\n// NOTE: This file should not be edited\n// see https://nextjs.org/docs/basic-features/typescript for more information.\n`],
    ['next.config.js', `/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n};\n\nmodule.exports = nextConfig;\n`],
    ['.gitignore', `node_modules\n.next\n.env*.local\n`],
    ['pages/_app.tsx', `import type { AppProps } from 'next/app';\n\nexport default function App({ Component, pageProps }: AppProps) {\n  return <Component {...pageProps} />;\n}\n`],
    ['pages/index.tsx', `export default function Home() {\n  return <main>Dashboard</main>;\n}\n`],
  ];
}

// ---------------------------------------------------------------------------------------------
// Entry point

export interface GenerateResult {
  files: number;
  handlers: number;
  express: number;
}

export interface GeneratePlan {
  files: Array<[string, string]>;
  handlers: PlannedFile[];
  express: number;
}

const TS_ONLY_KINDS = new Set(['nextauth', 'webhook-raw', 'upload', 'edge', 'me']);

/** The repository as (path, contents) pairs, in a fixed order; nothing is written. */
export function planRepo(handlerFiles: number, seed = 1): GeneratePlan {
  if (!Number.isInteger(handlerFiles) || handlerFiles < 0) throw new Error(`handlerFiles must be a non-negative integer, got ${handlerFiles}`);
  const rng = new Rng(seed);
  const work = planPages(rng, handlerFiles);
  const files: Array<[string, string]> = [];
  const handlers: PlannedFile[] = [];
  const usedModels = new Set<string>();
  for (const w of work) {
    // 5% of the files of a TypeScript namespace are JavaScript all the same (an old file never converted)
    const ts = !w.ns.js && (TS_ONLY_KINDS.has(w.kind) || !rng.chance(0.04));
    const file = `${w.path}.${ts ? 'ts' : 'js'}`;
    const c = new Ctx(rng, file, ts);
    c.relLib = ts && rng.chance(0.2);
    const text = w.build(c);
    for (const m of text.matchAll(/lib\/models\/([a-z-]+)'/g)) usedModels.add(m[1]);
    for (const m of text.matchAll(/\b(\w+)Schema\.safeParse/g)) {
      const r = RESOURCES.find((x) => x.singular === m[1]);
      if (r) usedModels.add(r.plural);
    }
    files.push([file, text]);
    handlers.push({ path: file, kind: w.kind });
  }
  files.push(...libFiles(usedModels));
  const routers = handlerFiles === 0 ? 0 : Math.max(1, Math.round(handlerFiles * 0.05));
  if (routers > 0) files.push(...expressFiles(rng, routers));
  files.push(...projectFiles());
  return { files, handlers, express: routers };
}

export function generateRepo(dir: string, handlerFiles: number, seed = 1): GenerateResult {
  const plan = planRepo(handlerFiles, seed);
  const made = new Set<string>();
  for (const [rel, text] of plan.files) {
    const abs = path.join(dir, rel);
    const parent = path.dirname(abs);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(abs, text);
  }
  return { files: plan.files.length, handlers: plan.handlers.length, express: plan.express };
}
