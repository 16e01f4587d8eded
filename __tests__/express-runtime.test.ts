// The Express helper module answers as Express's own `res` does: each case runs the same call
// through real Express 4 (in-process, on 127.0.0.1) and through the helper, and compares status,
// content type, body, Location, Vary and Set-Cookie (an Expires computed from "now" is masked).
// Its request helpers read a request as Express's `req` did: req.query against the real qs with
// Express's options and through Express itself, req.body against express.json and
// express.urlencoded (errors included), req.cookies against cookie-parser, req.hostname against
// Express. Every case runs with the TypeScript and the JavaScript flavour of the module.

import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import cookieParser from 'cookie-parser';
import * as http from 'node:http';
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import qs from 'qs';
import * as ts from 'typescript';
import { expressRuntimeSource } from '../src/rewrite/express-runtime';

type Helpers = Record<string, (...args: any[]) => any>;

interface Case {
  name: string;
  /** What the Express handler does with res (and req). */
  express: (req: express.Request, res: express.Response) => void;
  /** The same, written with the helpers: returns the Response. */
  helper: (h: Helpers, request: Request) => Response;
  headers?: Record<string, string>;
  method?: string;
}

const CASES: Case[] = [
  { name: 'send(string) is text/html', express: (_q, r) => void r.send('<b>hi</b>'), helper: (h) => h.expressSend('<b>hi</b>') },
  { name: 'send(object) is JSON', express: (_q, r) => void r.status(201).send({ a: [1, 'x'] }), helper: (h) => h.expressSend({ a: [1, 'x'] }, { status: 201 }) },
  { name: 'send(Buffer) is octet-stream', express: (_q, r) => void r.send(Buffer.from('raw')), helper: (h) => h.expressSend(Buffer.from('raw')) },
  { name: 'send(null) sends nothing, no type', express: (_q, r) => void r.send(null), helper: (h) => h.expressSend(null) },
  { name: 'send after type(text)', express: (_q, r) => void r.type('text').send('plain'), helper: (h) => { const hd = new Headers(); h.expressType(hd, 'text'); return h.expressSend('plain', { headers: hd }); } },
  { name: 'send after set(Content-Type, text/csv)', express: (_q, r) => void r.set('Content-Type', 'text/csv').send('a,b'), helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'Content-Type', 'text/csv'); return h.expressSend('a,b', { headers: hd }); } },
  { name: 'set(Content-Type, image/png) gains no charset', express: (_q, r) => void r.set('Content-Type', 'image/png').send(Buffer.from([1, 2])), helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'Content-Type', 'image/png'); return h.expressSend(Buffer.from([1, 2]), { headers: hd }); } },
  { name: 'type(json) and a string', express: (_q, r) => void r.type('json').send('{"x":1}'), helper: (h) => { const hd = new Headers(); h.expressType(hd, 'json'); return h.expressSend('{"x":1}', { headers: hd }); } },
  { name: 'status 204 strips the body and type', express: (_q, r) => void r.status(204).send('gone'), helper: (h) => h.expressSend('gone', { status: 204 }) },
  { name: 'sendStatus(404)', express: (_q, r) => void r.sendStatus(404), helper: (h) => h.expressSendStatus(404) },
  { name: 'sendStatus(418)', express: (_q, r) => void r.sendStatus(418), helper: (h) => h.expressSendStatus(418) },
  { name: 'sendStatus(299) (no text)', express: (_q, r) => void r.sendStatus(299), helper: (h) => h.expressSendStatus(299) },
  {
    name: 'cookie with maxAge (ms), httpOnly, sameSite',
    express: (_q, r) => void r.cookie('sid', 'a b', { maxAge: 3_600_000, httpOnly: true, sameSite: 'lax' }).json({ ok: true }),
    helper: (h) => { const hd = new Headers(); h.expressCookie(hd, 'sid', 'a b', { maxAge: 3_600_000, httpOnly: true, sameSite: 'lax' }); return h.expressSend({ ok: true }, { headers: hd }); },
  },
  {
    name: 'cookie with an object value, path and domain',
    express: (_q, r) => void r.cookie('prefs', { theme: 'dark' }, { path: '/api', domain: 'example.com', secure: true }).send('ok'),
    helper: (h) => { const hd = new Headers(); h.expressCookie(hd, 'prefs', { theme: 'dark' }, { path: '/api', domain: 'example.com', secure: true }); return h.expressSend('ok', { headers: hd }); },
  },
  {
    name: 'clearCookie',
    express: (_q, r) => void r.clearCookie('sid').sendStatus(200),
    helper: (h) => { const hd = new Headers(); h.clearExpressCookie(hd, 'sid'); return h.expressSendStatus(200, hd); },
  },
  { name: 'redirect, no Accept', express: (_q, r) => r.redirect('/login?next=/a b'), helper: (h, q) => h.expressRedirect(q, '/login?next=/a b') },
  { name: 'redirect 301, Accept html', express: (_q, r) => r.redirect(301, 'https://example.com/x'), helper: (h, q) => h.expressRedirect(q, 'https://example.com/x', 301), headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } },
  { name: 'redirect, Accept json only', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: 'application/json' } },
  { name: 'redirect, Accept */*', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: '*/*' } },
  { name: 'redirect, Accept text/html;q=0.5, text/plain', express: (_q, r) => r.redirect('/x'), helper: (h, q) => h.expressRedirect(q, '/x'), headers: { accept: 'text/html;q=0.5, text/plain' } },
  { name: 'redirect with an HTML-ish target', express: (_q, r) => r.redirect('/a?b=<c>&d="e"'), helper: (h, q) => h.expressRedirect(q, '/a?b=<c>&d="e"'), headers: { accept: 'text/html' } },
  {
    name: 'set(array) and append',
    express: (_q, r) => void r.set('X-Tags', ['a', 'b']).append('X-Tags', 'c').json([]),
    helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'X-Tags', ['a', 'b']); hd.append('X-Tags', 'c'); return h.expressSend([], { headers: hd }); },
  },
  { name: 'json(object) at 201', express: (_q, r) => void r.status(201).json({ id: 7, tags: ['a'] }), helper: (h) => h.expressJson({ id: 7, tags: ['a'] }, { status: 201 }) },
  { name: 'json(string) is JSON, not HTML', express: (_q, r) => void r.json('hi'), helper: (h) => h.expressJson('hi') },
  { name: 'json(null)', express: (_q, r) => void r.json(null), helper: (h) => h.expressJson(null) },
  { name: 'json(0)', express: (_q, r) => void r.json(0), helper: (h) => h.expressJson(0) },
  { name: 'json(undefined) sends no body', express: (_q, r) => void r.json(undefined), helper: (h) => h.expressJson(undefined) },
  { name: 'json at 204', express: (_q, r) => void r.status(204).json({ a: 1 }), helper: (h) => h.expressJson({ a: 1 }, { status: 204 }) },
  { name: 'json after type(text)', express: (_q, r) => void r.type('text').json({ a: 1 }), helper: (h) => { const hd = new Headers(); h.expressType(hd, 'text'); return h.expressJson({ a: 1 }, { headers: hd }); } },
  { name: 'send(true) is JSON', express: (_q, r) => void r.send(true), helper: (h) => h.expressSend(true) },
  { name: 'send(false, status) is JSON (the old argument order)', express: (_q, r) => void (r as any).send(false, 201), helper: (h) => h.expressSend(false, { status: 201 }) },
  { name: 'json(0) at 201 through send: a number body is JSON', express: (_q, r) => void r.status(201).json(0), helper: (h) => h.expressSend(0, { status: 201 }) },
  { name: 'location, then sendStatus', express: (_q, r) => void r.location('/items/a b?x=ü').sendStatus(201), helper: (h, q) => { const hd = new Headers(); h.expressLocation(q, hd, '/items/a b?x=ü'); return h.expressSendStatus(201, hd); } },
  { name: 'location back, with a Referer', express: (_q, r) => void r.location('back').json({}), helper: (h, q) => { const hd = new Headers(); h.expressLocation(q, hd, 'back'); return h.expressJson({}, { headers: hd }); }, headers: { referer: 'http://shop.example/cart?x=1' } },
  { name: 'location back, no Referer', express: (_q, r) => void r.location('back').end(), helper: (h, q) => { const hd = new Headers(); h.expressLocation(q, hd, 'back'); return new Response(null, { headers: hd }); } },
  { name: 'redirect back', express: (_q, r) => r.redirect('back'), helper: (h, q) => h.expressRedirect(q, 'back'), headers: { referer: '/from', accept: 'text/html' } },
];

const FLAVOURS = ['ts', 'js'] as const;
const flavours: Record<(typeof FLAVOURS)[number], Helpers> = {} as any;
let helpers: Helpers;
let server: Server;
let origin: string;

/** The helper module of one flavour, compiled as a project would compile it. */
function load(lang: 'ts' | 'js'): Helpers {
  const out = ts.transpileModule(expressRuntimeSource(lang), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true } }).outputText;
  const file = path.join(__dirname, '..', '.tmp', `express-api-${lang}-${process.pid}.js`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out);
  const helpers = require(file);
  fs.rmSync(file);
  return helpers;
}

/** What Express's req held, as the request routes below answer it (errors of the body parsers included). */
function describeReq(req: express.Request) {
  return { query: req.query, body: req.body, cookies: req.cookies, hostname: req.hostname ?? null };
}

beforeAll(async () => {
  for (const lang of FLAVOURS) flavours[lang] = load(lang);
  helpers = flavours.ts;
  const app = express();
  CASES.forEach((c, i) => app.all(`/case/${i}`, c.express));
  // the request side, with the parsers the Express app mounts
  app.use('/req', express.json(), express.urlencoded({ extended: true }), cookieParser());
  app.all('/req', (req, res) => void res.json(describeReq(req)));
  app.use((err: any, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(err.status ?? 500).json({ error: { status: err.status, type: err.type, message: err.message } });
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const maskExpires = (cookie: string) => cookie.replace(/Expires=(?!Thu, 01 Jan 1970)[^;]*/, 'Expires=<now + max-age>');

async function describeResponse(r: Response) {
  return {
    status: r.status,
    contentType: r.headers.get('content-type'),
    body: await r.text(),
    location: r.headers.get('location'),
    vary: r.headers.get('vary'),
    tags: r.headers.get('x-tags'),
    cookies: r.headers.getSetCookie().map(maskExpires),
  };
}

test.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
  const c = CASES[i];
  const init = { method: c.method ?? 'GET', headers: c.headers ?? {}, redirect: 'manual' as const };
  const viaExpress = await describeResponse(await fetch(`${origin}/case/${i}`, init));
  for (const lang of FLAVOURS) {
    const viaHelper = await describeResponse(c.helper(flavours[lang], new Request(`${origin}/case/${i}`, init)));
    expect({ lang, ...viaHelper }).toEqual({ lang, ...viaExpress });
  }
});

// ————— the request —————

/** Query strings as a browser sends them (already URL-safe), with what qs makes of each. */
const QUERIES = [
  'a=1', 'a=1&b=2', 'a=1&a=2', 'a=1&a=2&a=3', 'a[]=1&a[]=2', 'a[0]=x&a[1]=y', 'a[1]=y&a[0]=x', 'a[1]=x', 'a[]=',
  'a[b]=1&a[c]=2', 'a[b][c][d]=1', 'a[b][c][d][e][f][g][h]=deep', 'filter[tag]=kitchen&filter[maxPrice]=20',
  'q=hello+world', 'q=a%20b%2Bc', 'q=%E2%9C%93', 'q=%zz', 'q=100%', 'a', 'a&b=', '=x', '&&a=1&&', 'a=b=c', 'a=1;b=2',
  'a[]=1&a=2', 'a=1&a[]=2', 'a[b]=1&a=2', 'a=1&a[b]=2', 'a[0]=1&a[b]=2', 'a[]=1&a[b]=2', 'a[0][b]=1&a[0][c]=2',
  'a[0][b]=1&a[1][b]=2', 'a[b][]=1&a[b][]=2', 'a[x][0]=1&a[x][1]=2&a[y]=3', 'a%5Bb%5D=1', 'a%5bb%5d=1', 'a[b=1', 'a]b=1',
  'a[b]c=1', 'a[[b]]=1', 'a[999]=x', 'a[1000]=x', 'a[-1]=x', 'a[01]=x', 'hasOwnProperty=1', 'toString=x&a=1',
  '__proto__[x]=1', 'a[__proto__]=1', 'constructor[prototype]=1', 'b=1&0=x&a=2', 'page=2&sort=-price&tags[]=a&tags[]=b',
  'ids=1,2,3', 'a[]=1&a[]=2&a[5]=z',
];

describe('expressQuery reads the query as Express 4 did', () => {
  test.each(QUERIES)('%s (the real qs, Express\'s options)', (query) => {
    const expected = qs.parse(query, { allowPrototypes: true, arrayLimit: 1000 });
    for (const lang of FLAVOURS) {
      const actual = flavours[lang].expressQuery(new Request(`http://example.com/items?${query}#part`));
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      expect(actual).toEqual(expected);
    }
  });

  test('through Express itself, the same', async () => {
    for (const query of QUERIES) {
      const viaExpress = await (await fetch(`${origin}/req?${query}`)).json();
      const viaHelper = JSON.parse(JSON.stringify(helpers.expressQuery(new Request(`${origin}/req?${query}`))));
      expect({ query, result: viaHelper }).toEqual({ query, result: viaExpress.query });
    }
  });

  test('no query at all is {}', () => {
    expect(helpers.expressQuery(new Request('http://example.com/items'))).toEqual({});
    expect(helpers.expressQuery(new Request('http://example.com/items?'))).toEqual({});
  });
});

interface BodyCase {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

const big = (n: number) => 'x'.repeat(n);
const BODIES: BodyCase[] = [
  { name: 'JSON object', headers: { 'content-type': 'application/json' }, body: '{"email":"a@b.c","n":[1,2],"deep":{"x":null}}' },
  { name: 'JSON array, charset=utf-8', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '[1,"two"]' },
  { name: 'JSON with a BOM', headers: { 'content-type': 'application/json' }, body: '\uFEFF{"a":1}' },
  { name: 'JSON, uppercase type', headers: { 'content-type': 'Application/JSON' }, body: '{"a":1}' },
  { name: 'JSON, empty body', headers: { 'content-type': 'application/json' }, body: '' },
  { name: 'JSON, malformed', headers: { 'content-type': 'application/json' }, body: '{"a":' },
  { name: 'JSON, trailing garbage', headers: { 'content-type': 'application/json' }, body: '{"a":1}x' },
  { name: 'JSON, a string (strict)', headers: { 'content-type': 'application/json' }, body: '"text"' },
  { name: 'JSON, a number (strict)', headers: { 'content-type': 'application/json' }, body: ' 42' },
  { name: 'JSON, only spaces (strict)', headers: { 'content-type': 'application/json' }, body: '   ' },
  { name: 'JSON, latin1 charset', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"a":1}' },
  { name: 'JSON, over 100kb', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: big(102400) }) },
  { name: 'JSON, exactly 100kb', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: big(102400 - 8) }) },
  { name: 'JSON, gzip', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: new Uint8Array(zlib.gzipSync('{"z":true}')) },
  { name: 'JSON, deflate', headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: new Uint8Array(zlib.deflateSync('{"z":1}')) },
  { name: 'JSON, br (unsupported)', headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: new Uint8Array(zlib.brotliCompressSync('{"z":1}')) },
  { name: 'JSON patch type is not parsed', headers: { 'content-type': 'application/json-patch+json' }, body: '[{"op":"add"}]' },
  { name: 'form, nested and repeated', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.c&password=p+w&user[name]=Ann&tags[]=x&tags[]=y&next=/me' },
  { name: 'form, charset=utf-8', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }, body: 'a=%E2%9C%93' },
  { name: 'form, latin1 charset', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=iso-8859-1' }, body: 'a=1' },
  { name: 'form, empty', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' },
  { name: 'form, 1000 parameters', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Array.from({ length: 1000 }, (_, i) => `k${i}=${i}`).join('&') },
  { name: 'form, 1001 parameters', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Array.from({ length: 1001 }, (_, i) => `k${i}=${i}`).join('&') },
  { name: 'form, 150 values of one array', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Array.from({ length: 150 }, (_, i) => `a[]=${i}`).join('&') },
  { name: 'form, 32 levels', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a' + '[b]'.repeat(32) + '=1' },
  { name: 'form, 33 levels', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a' + '[b]'.repeat(33) + '=1' },
  { name: 'text/plain is not parsed', headers: { 'content-type': 'text/plain' }, body: 'hello' },
  { name: 'no content type', body: '{"a":1}' },
  { name: 'GET without a body', method: 'GET' },
  { name: 'POST without a body, JSON type', headers: { 'content-type': 'application/json' } },
];

/** The helper's reading of a request, shaped as the Express routes above answer. */
async function describeWithHelpers(h: Helpers, request: Request) {
  const body = await h.expressBody(request);
  if (body instanceof Error) {
    const e = body as any;
    return { error: { status: e.status, type: e.type, message: e.message } };
  }
  return { query: h.expressQuery(request), body, cookies: h.expressCookies(request), hostname: h.expressHostname(request) ?? null };
}

describe('expressBody reads the body as express.json and express.urlencoded({ extended: true }) did', () => {
  test.each(BODIES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const method = c.method ?? 'POST';
    const init = () => ({ method, headers: c.headers ?? {}, body: c.body });
    const viaExpress = await (await fetch(`${origin}/req`, init())).json();
    for (const lang of FLAVOURS) {
      const request = new Request(`${origin}/req`, { ...init(), headers: { ...c.headers, host: new URL(origin).host } });
      const viaHelper = JSON.parse(JSON.stringify(await describeWithHelpers(flavours[lang], request)));
      expect({ lang, ...viaHelper }).toEqual({ lang, ...viaExpress });
    }
  });

  test('read once per request: a second read answers the same body', async () => {
    for (const lang of FLAVOURS) {
      const request = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
      const first = await flavours[lang].expressBody(request);
      expect(await flavours[lang].expressBody(request)).toBe(first);
      expect(first).toEqual({ a: 1 });
    }
  });

  test('a refused body is an Error a route can throw, carrying its status', async () => {
    const refused = await helpers.expressBody(new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }));
    expect(refused).toBeInstanceOf(SyntaxError);
    expect(refused).toMatchObject({ status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed', body: '{' });
  });
});

/** A request with a Host (and other headers) fetch would not send as given. */
function rawGet(pathname: string, headers: Record<string, string>): Promise<any> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end();
  });
}

const COOKIES = [
  'a=1; b=2', 'a=1; a=2', 'x="quoted"; y="', 'sp = v ; t=u', 'enc=a%20b%3Bc', 'bad=%E0%A4%A', 'j=j:{"a":[1,2]}',
  'j2=j:notjson', 'j3=j:0', 'j4=j:"s"', 'novalue; a=1', 'a=1;;b=2', 'x', '', '=v; k=w', 'a=;b=2',
];

describe('expressCookies reads cookies as cookie-parser did', () => {
  test.each(COOKIES)('Cookie: %s', async (cookie) => {
    const viaExpress = await rawGet('/req', cookie ? { cookie } : {});
    for (const lang of FLAVOURS) {
      const request = new Request('http://example.com/req', { headers: cookie ? { cookie } : {} });
      expect({ lang, cookies: JSON.parse(JSON.stringify(flavours[lang].expressCookies(request))) }).toEqual({ lang, cookies: viaExpress.cookies });
    }
  });
});

describe('expressHostname reads the Host header as Express did (no trusted proxy)', () => {
  test.each(['example.com', 'example.com:8080', 'EXAMPLE.com:80', '[::1]:3000', '[::1]', '127.0.0.1:3000'])('Host: %s', async (host) => {
    const viaExpress = await rawGet('/req', { host, 'x-forwarded-host': 'proxy.example' });
    for (const lang of FLAVOURS) {
      const request = new Request('http://example.com/req', { headers: { host, 'x-forwarded-host': 'proxy.example' } });
      expect(flavours[lang].expressHostname(request) ?? null).toBe(viaExpress.hostname);
    }
  });
});

test('the JavaScript flavour is plain JavaScript exporting the same helpers', () => {
  const js = expressRuntimeSource('js');
  const file = path.join(__dirname, '..', '.tmp', `express-api-check-${process.pid}.mjs`);
  fs.writeFileSync(file, js);
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  fs.rmSync(file);
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
  expect(() => ts.transpileModule(js, { reportDiagnostics: true, compilerOptions: { allowJs: true } })).not.toThrow();
  const names = (src: string) => [...src.matchAll(/export function (\w+)/g)].map((m) => m[1]);
  expect(names(js)).toEqual(names(expressRuntimeSource('ts')));
  expect(js).not.toMatch(/: (string|number|unknown|Headers|Response|ResponseInit|Request)\b|interface |as const|\)!/);
});
