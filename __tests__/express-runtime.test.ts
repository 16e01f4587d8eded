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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
  // res.send's ETag: every body it writes, before 204/304 drop it, unless one was set
  { name: 'send(\'\') has the empty body\'s ETag', express: (_q, r) => void r.send(''), helper: (h) => h.expressSend('') },
  { name: 'send(non-ASCII text): ETag over its UTF-8 bytes', express: (_q, r) => void r.send('naïve — ✓ 😀'), helper: (h) => h.expressSend('naïve — ✓ 😀') },
  { name: 'send(a long JSON body)', express: (_q, r) => void r.send({ items: Array.from({ length: 200 }, (_, i) => ({ i, name: `item ${i}` })) }), helper: (h) => h.expressSend({ items: Array.from({ length: 200 }, (_, i) => ({ i, name: `item ${i}` })) }) },
  { name: 'send(empty Buffer)', express: (_q, r) => void r.send(Buffer.alloc(0)), helper: (h) => h.expressSend(Buffer.alloc(0)) },
  { name: 'send(Buffer of bytes)', express: (_q, r) => void r.send(Buffer.from([0, 255, 1, 254, 128])), helper: (h) => h.expressSend(Buffer.from([0, 255, 1, 254, 128])) },
  { name: 'an ETag already set is kept', express: (_q, r) => void r.set('ETag', '"v7"').send('x'), helper: (h) => { const hd = new Headers(); hd.set('ETag', '"v7"'); return h.expressSend('x', { headers: hd }); } },
  { name: 'sendStatus(204): the ETag of its text stays', express: (_q, r) => void r.sendStatus(204), helper: (h) => h.expressSendStatus(204) },
  { name: 'send(null) after set(Content-Type): the charset is added', express: (_q, r) => void r.set('Content-Type', 'image/png').send(null), helper: (h) => { const hd = new Headers(); h.setExpressHeader(hd, 'Content-Type', 'image/png'); return h.expressSend(null, { headers: hd }); } },
  { name: 'status 205: no body, the type kept', express: (_q, r) => void r.status(205).send('reset'), helper: (h) => h.expressSend('reset', { status: 205 }) },
  { name: 'send(undefined): no body, no ETag', express: (_q, r) => void r.send(undefined), helper: (h) => h.expressSend(undefined) },
  // res.attachment
  { name: 'attachment(items.csv), then send', express: (_q, r) => void r.attachment('items.csv').send('id,name\n'), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, 'items.csv'); return h.expressSend('id,name\n', { headers: hd }); } },
  { name: 'attachment() alone', express: (_q, r) => void r.attachment().send(Buffer.from('x')), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd); return h.expressSend(Buffer.from('x'), { headers: hd }); } },
  { name: 'attachment of a path: its base name', express: (_q, r) => void r.attachment('/var/exports/2024/report.pdf').send(Buffer.from('%PDF')), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, '/var/exports/2024/report.pdf'); return h.expressSend(Buffer.from('%PDF'), { headers: hd }); } },
  { name: 'attachment of a non-ASCII name: filename*', express: (_q, r) => void r.attachment('Résumé — 履歴書.txt').send('cv'), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, 'Résumé — 履歴書.txt'); return h.expressSend('cv', { headers: hd }); } },
  { name: 'attachment of a Latin-1 name: quoted as it is', express: (_q, r) => void r.attachment('café.json').json({}), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, 'café.json'); return h.expressJson({}, { headers: hd }); } },
  { name: 'attachment with quotes, a %XX and no extension', express: (_q, r) => void r.attachment('say "hi" 100%25 README').send('x'), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, 'say "hi" 100%25 README'); return h.expressSend('x', { headers: hd }); } },
  { name: 'attachment of a dot file', express: (_q, r) => void r.attachment('.env').send('x'), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, '.env'); return h.expressSend('x', { headers: hd }); } },
  { name: 'attachment(name.tar.gz): the last extension', express: (_q, r) => void r.attachment('backup.tar.gz').end(), helper: (h) => { const hd = new Headers(); h.expressAttachment(hd, 'backup.tar.gz'); return new Response(null, { headers: hd }); } },
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

/**
 * Content-Disposition as Express set it, copied URI-encoded into X-Disposition: a non-ASCII value (a
 * Latin-1 file name) reaches the client as whatever bytes Node wrote, which fetch decodes its own way.
 */
function keepDisposition(_req: express.Request, res: express.Response, next: express.NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: express.Response, ...args: any[]) {
    const disposition = this.getHeader('Content-Disposition');
    if (disposition !== undefined) this.setHeader('X-Disposition', encodeURIComponent(String(disposition)));
    return (writeHead as any).apply(this, args);
  } as any;
  next();
}

/** What Express's req held, as the request routes below answer it (errors of the body parsers included). */
function describeReq(req: express.Request) {
  return { query: req.query, body: req.body, cookies: req.cookies, hostname: req.hostname ?? null };
}

beforeAll(async () => {
  for (const lang of FLAVOURS) flavours[lang] = load(lang);
  helpers = flavours.ts;
  const app = express();
  app.use(keepDisposition);
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
    etag: r.headers.get('etag'),
    disposition: r.headers.has('x-disposition') ? decodeURIComponent(r.headers.get('x-disposition')!) : r.headers.get('content-disposition'),
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

describe("res.type's table is mime 1.x's, as Express looks it up", () => {
  const EXTENSIONS = [
    '7z', 'aac', 'appcache', 'atom', 'avi', 'bin', 'bmp', 'conf', 'css', 'csv', 'doc', 'docx', 'eot', 'epub', 'flac', 'gif', 'gz',
    'htm', 'html', 'ico', 'ics', 'ini', 'jar', 'jpeg', 'jpg', 'js', 'json', 'jsonld', 'jsx', 'log', 'm4a', 'manifest', 'map',
    'markdown', 'md', 'mid', 'midi', 'mjs', 'mov', 'mp3', 'mp4', 'mpeg', 'mpg', 'odp', 'ods', 'odt', 'oga', 'ogg', 'ogv', 'otf',
    'pdf', 'png', 'ppt', 'pptx', 'rar', 'rss', 'rtf', 'sh', 'svg', 'svgz', 'swf', 'tar', 'text', 'tif', 'tiff', 'ts', 'tsv', 'ttf',
    'txt', 'vtt', 'wasm', 'wav', 'weba', 'webm', 'webmanifest', 'webp', 'woff', 'woff2', 'xhtml', 'xls', 'xlsx', 'xml', 'yaml',
    'yml', 'zip',
    // not in the table: mime's default, as for what mime 1.x does not know either
    'form', 'cjs', 'avif', 'unknownext', 'constructor', '__proto__', '',
    // how mime reads a name: the text after the last '.', in any case
    'JSON', '.csv', 'a.b.csv', 'Report.PDF',
  ];
  test('every extension gives the type Express gives', async () => {
    const app = express();
    app.get('/type', (req, res) => void res.type(String(req.query.ext)).end());
    const typeServer = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const { port } = typeServer.address() as AddressInfo;
      for (const ext of EXTENSIONS) {
        const viaExpress = (await fetch(`http://127.0.0.1:${port}/type?ext=${encodeURIComponent(ext)}`)).headers.get('content-type');
        for (const lang of FLAVOURS) {
          const headers = new Headers();
          flavours[lang].expressType(headers, ext);
          expect({ lang, ext, type: headers.get('content-type') }).toEqual({ lang, ext, type: viaExpress });
        }
      }
    } finally {
      await new Promise((resolve) => typeServer.close(resolve));
    }
  });
});

test("res.send's ETag is the etag package's, weak", () => {
  const etag = require('etag');
  for (const lang of FLAVOURS) {
    for (const body of ['', 'x', 'naïve ✓', '<p>' + 'long '.repeat(500) + '</p>']) {
      expect(flavours[lang].expressSend(body).headers.get('etag')).toBe(etag(body, { weak: true }));
    }
    expect(flavours[lang].expressSend(Buffer.from([1, 2, 3])).headers.get('etag')).toBe(etag(Buffer.from([1, 2, 3]), { weak: true }));
    expect(flavours[lang].expressJson({ a: 1 }).headers.get('etag')).toBe(etag('{"a":1}', { weak: true }));
    expect(flavours[lang].expressSendStatus(204).headers.get('etag')).toBe(etag('No Content', { weak: true }));
  }
});

// ————— files: res.sendFile and res.download —————

/** The files the cases serve, with one fixed mtime (milliseconds included), made when the module loads. */
const FILE_DIR = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'routeshift-files-'));
const MTIME = new Date('2024-03-05T06:07:08.901Z');
const BIG = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));
const FILE_CONTENTS: Record<string, string | Buffer> = {
  'notes.txt': 'Hello, file!\nSecond line: ü.\n',
  'data.json': '{"a":1,"list":[1,2,3]}',
  'pixel.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'blob.qqq': Buffer.from([0, 1, 2, 3, 250, 251]),
  'page.html': '<!doctype html><p>Not here</p>\n',
  'empty.txt': '',
  'big.bin': BIG,
  '.secret': 'hidden',
  '.dot/inner.txt': 'inside a dot folder',
  'sub/index.html': '<p>index</p>',
  'sub/readme.md': '# Readme',
  'naïve file.txt': 'accented name',
};
for (const [name, content] of Object.entries(FILE_CONTENTS)) {
  const file = path.join(FILE_DIR, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, MTIME, MTIME);
}
const f = (name: string) => path.join(FILE_DIR, name);
const statOf = (name: string) => fs.statSync(f(name));
/** The ETag send gives a file, and its Last-Modified. */
const fileETag = (name: string) => `W/"${statOf(name).size.toString(16)}-${statOf(name).mtime.getTime().toString(16)}"`;
const LAST_MODIFIED = MTIME.toUTCString();

/** A call of res.sendFile or res.download, as data: the Express side runs in its own process (see below). */
interface FileCase {
  name: string;
  call: 'sendFile' | 'download';
  args: any[];
  /** res.status(…) before the call */
  status?: number;
  /** res.set(…) before the call */
  set?: Record<string, string>;
  headers?: Record<string, string>;
  method?: string;
}

const send = (name: string, options?: any) => ({ call: 'sendFile' as const, args: options === undefined ? [name] : [name, options] });
const download = (...args: any[]) => ({ call: 'download' as const, args });

const FILE_CASES: FileCase[] = [
  { name: 'a text file: text/plain; charset=UTF-8, the cache headers, its ETag', ...send(f('notes.txt')) },
  { name: 'a JSON file', ...send(f('data.json')) },
  { name: 'a PNG', ...send(f('pixel.png')) },
  { name: 'an extension mime does not know: application/octet-stream', ...send(f('blob.qqq')) },
  { name: 'an empty file', ...send(f('empty.txt')) },
  { name: 'a large file, streamed', ...send(f('big.bin')) },
  { name: 'a file with a non-ASCII name', ...send(f('naïve file.txt')) },
  { name: 'HEAD: the headers, no body', ...send(f('notes.txt')), method: 'HEAD' },
  { name: 'a missing file: the stat error, 404', ...send(f('missing.txt')) },
  { name: 'a missing file without an extension', ...send(f('missing')) },
  { name: 'a file under a file: ENOTDIR, 404', ...send(f('notes.txt/inner')) },
  { name: 'root and a relative name', ...send('notes.txt', { root: FILE_DIR }) },
  { name: 'root and a name in a folder', ...send('sub/readme.md', { root: FILE_DIR }) },
  { name: 'root and ../ : 403', ...send('../etc/passwd', { root: FILE_DIR }) },
  { name: 'root and a .. that stays inside: 403 all the same', ...send('sub/../notes.txt', { root: FILE_DIR }) },
  { name: 'an absolute path with ..: 403', ...send(f('sub/../notes.txt')) },
  { name: 'a relative path without root: the TypeError', ...send('notes.txt') },
  { name: 'a NUL in the path: 400', ...send(f('no\0tes.txt')) },
  { name: 'a dot file: not found', ...send(f('.secret')) },
  { name: 'a dot file, dotfiles allow', ...send(f('.secret'), { dotfiles: 'allow' }) },
  { name: 'a dot file, dotfiles deny: 403', ...send(f('.secret'), { dotfiles: 'deny' }) },
  { name: 'a dot file, hidden: true', ...send(f('.secret'), { hidden: true }) },
  { name: 'in a dot folder: served', ...send(f('.dot/inner.txt')) },
  { name: 'in a dot folder, dotfiles deny: 403', ...send(f('.dot/inner.txt'), { dotfiles: 'deny' }) },
  { name: 'in a dot folder under root, dotfiles ignore: 404', ...send('.dot/inner.txt', { root: FILE_DIR, dotfiles: 'ignore' }) },
  { name: 'dotfiles with a wrong value: the TypeError', ...send(f('notes.txt'), { dotfiles: 'sometimes' }) },
  { name: 'a folder with a slash: its index.html', ...send(f('sub') + '/') },
  { name: 'a folder with a slash, another index', ...send(f('sub') + '/', { index: ['none.html', 'readme.md'] }) },
  { name: 'a folder with a slash and no index file: the stat error', ...send(f('.dot') + '/', { dotfiles: 'allow' }) },
  { name: 'extensions: readme → readme.md', ...send(f('sub/readme'), { extensions: ['txt', 'md'] }) },
  { name: 'extensions, none there', ...send(f('sub/other'), { extensions: ['txt'] }) },
  { name: 'Range bytes=0-4: 206', ...send(f('notes.txt')), headers: { range: 'bytes=0-4' } },
  { name: 'Range bytes=-5: the last five', ...send(f('notes.txt')), headers: { range: 'bytes=-5' } },
  { name: 'Range bytes=7-: to the end', ...send(f('notes.txt')), headers: { range: 'bytes=7-' } },
  { name: 'Range past the end is cut', ...send(f('notes.txt')), headers: { range: 'bytes=10-9999' } },
  { name: 'Range in a large file', ...send(f('big.bin')), headers: { range: 'bytes=100000-200000' } },
  { name: 'Range not satisfiable: 416 with Content-Range', ...send(f('notes.txt')), headers: { range: 'bytes=1000-2000' } },
  { name: 'Range on an empty file: 416', ...send(f('empty.txt')), headers: { range: 'bytes=0-' } },
  { name: 'two Ranges: the whole file', ...send(f('notes.txt')), headers: { range: 'bytes=0-1,5-6' } },
  { name: 'two overlapping Ranges: merged', ...send(f('notes.txt')), headers: { range: 'bytes=0-3,2-6' } },
  { name: 'two adjacent Ranges: merged', ...send(f('notes.txt')), headers: { range: 'bytes=4-6,0-3' } },
  { name: 'a Range of another unit: ignored', ...send(f('notes.txt')), headers: { range: 'items=0-4' } },
  { name: 'a malformed bytes Range: 416', ...send(f('notes.txt')), headers: { range: 'bytes=abc' } },
  { name: 'If-Range with the ETag: 206', ...send(f('notes.txt')), headers: { range: 'bytes=0-4', 'if-range': fileETag('notes.txt') } },
  { name: 'If-Range with another ETag: 200', ...send(f('notes.txt')), headers: { range: 'bytes=0-4', 'if-range': 'W/"1-1"' } },
  { name: 'If-Range with an older date: 200', ...send(f('notes.txt')), headers: { range: 'bytes=0-4', 'if-range': 'Mon, 01 Jan 2024 00:00:00 GMT' } },
  { name: 'If-Range with Last-Modified: 206', ...send(f('notes.txt')), headers: { range: 'bytes=0-4', 'if-range': LAST_MODIFIED } },
  { name: 'If-Range stale and unsatisfiable: 200', ...send(f('notes.txt')), headers: { range: 'bytes=1000-', 'if-range': 'W/"1-1"' } },
  { name: 'HEAD with a Range: 206, no body', ...send(f('notes.txt')), headers: { range: 'bytes=0-4' }, method: 'HEAD' },
  { name: 'If-None-Match with the ETag: 304', ...send(f('notes.txt')), headers: { 'if-none-match': fileETag('notes.txt') } },
  { name: 'If-None-Match with the strong form of the ETag: 304', ...send(f('notes.txt')), headers: { 'if-none-match': `"x", ${fileETag('notes.txt').slice(2)}` } },
  { name: 'If-None-Match with another: 200', ...send(f('notes.txt')), headers: { 'if-none-match': '"other"' } },
  { name: 'If-None-Match *: 200 (fresh reads * as no match)', ...send(f('notes.txt')), headers: { 'if-none-match': '*' } },
  { name: 'If-Modified-Since its Last-Modified: 304', ...send(f('notes.txt')), headers: { 'if-modified-since': LAST_MODIFIED } },
  { name: 'If-Modified-Since an older date: 200', ...send(f('notes.txt')), headers: { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' } },
  { name: 'a fresh ETag and Cache-Control: no-cache: 200', ...send(f('notes.txt')), headers: { 'if-none-match': fileETag('notes.txt'), 'cache-control': 'no-cache' } },
  { name: 'If-Match another ETag: 412', ...send(f('notes.txt')), headers: { 'if-match': '"other"' } },
  { name: 'If-Match the ETag: 200', ...send(f('notes.txt')), headers: { 'if-match': fileETag('notes.txt') } },
  { name: 'If-Unmodified-Since an older date: 412', ...send(f('notes.txt')), headers: { 'if-unmodified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' } },
  { name: 'If-Unmodified-Since a later date: 200', ...send(f('notes.txt')), headers: { 'if-unmodified-since': 'Mon, 01 Jan 2035 00:00:00 GMT' } },
  { name: 'start and end options', ...send(f('notes.txt'), { start: 2, end: 6 }) },
  { name: 'maxAge as an ms string, immutable', ...send(f('notes.txt'), { maxAge: '1d', immutable: true }) },
  { name: 'maxAge in ms', ...send(f('notes.txt'), { maxAge: 90_500 }) },
  { name: 'maxAge past a year', ...send(f('notes.txt'), { maxage: '2y' }) },
  { name: 'maxAge not understood', ...send(f('notes.txt'), { maxAge: 'soon' }) },
  { name: 'options.headers, a Content-Type among them', ...send(f('notes.txt'), { headers: { 'X-Custom': 'a', 'Content-Type': 'text/x-mine' } }) },
  { name: 'lastModified, etag, cacheControl, acceptRanges off; a Range is ignored', ...send(f('notes.txt'), { lastModified: false, etag: false, cacheControl: false, acceptRanges: false }), headers: { range: 'bytes=0-4' } },
  { name: 'status(404) first: the page with 404, never 304', ...send(f('page.html')), status: 404, headers: { 'if-none-match': fileETag('page.html') } },
  { name: 'status(201) and a Range: 206', ...send(f('notes.txt')), status: 201, headers: { range: 'bytes=0-1' } },
  { name: 'a Content-Type and Cache-Control set before win', ...send(f('notes.txt')), set: { 'Content-Type': 'text/x-custom', 'Cache-Control': 'no-store', 'X-Custom': 'kept' } },
  { name: 'an ETag set before is the one conditional GET compares', ...send(f('notes.txt')), set: { ETag: '"mine"' }, headers: { 'if-none-match': '"mine"' } },
  // res.download
  { name: 'download(path): attachment with the file\'s name', ...download(f('notes.txt')) },
  { name: 'download(path, name)', ...download(f('data.json'), 'export.json') },
  { name: 'download with a non-ASCII name', ...download(f('notes.txt'), 'Résumé ü — 履歴.txt') },
  { name: 'download of a non-ASCII file name', ...download(f('naïve file.txt')) },
  { name: 'download with options.headers: its Content-Disposition is not taken', ...download(f('notes.txt'), 'report.csv', { headers: { 'Content-Disposition': 'inline', 'X-Custom': 'b' } }) },
  { name: 'download(path, options): options in the name\'s place', ...download('notes.txt', { root: FILE_DIR, maxAge: '1h' }) },
  { name: 'download(path, null, options)', ...download(f('notes.txt'), null, { maxAge: 5000 }) },
  { name: 'download of a path relative to the working directory', ...download(path.relative(process.cwd(), f('notes.txt'))) },
  { name: 'download of a missing file: 404', ...download(f('missing.csv'), 'x.csv') },
  { name: 'download with a Range: 206 with the disposition', ...download(f('notes.txt'), 'n.txt'), headers: { range: 'bytes=-4' } },
  { name: 'download, fresh: 304 keeps the disposition', ...download(f('notes.txt')), headers: { 'if-modified-since': LAST_MODIFIED } },
  { name: 'download(path, a number): the TypeError', ...download(f('notes.txt'), 42) },
];

/** What Express handed to next(err), as the error handler below describes it. */
function describeError(error: any) {
  return JSON.parse(JSON.stringify({
    name: error.name, message: error.message, status: error.status, statusCode: error.statusCode, expose: error.expose, code: error.code, headers: error.headers,
  }));
}

const FILE_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'cache-control', 'last-modified', 'etag', 'x-custom'];

async function describeFile(r: Response) {
  const headers: Record<string, string | null> = {};
  for (const name of FILE_HEADERS) headers[name] = r.headers.get(name);
  headers['content-disposition'] = r.headers.has('x-disposition') ? decodeURIComponent(r.headers.get('x-disposition')!) : r.headers.get('content-disposition');
  const body = Buffer.from(await r.arrayBuffer());
  return { status: r.status, headers, size: body.length, body: body.toString('base64') };
}

/**
 * The Express side of the file cases, in a process of its own: inside Jest's sandbox `err instanceof
 * Error` fails for Node's own errors (another realm), and send then describes a failed stat otherwise
 * than it does in a real server.
 */
const FILE_SERVER = `
const express = require(${JSON.stringify(require.resolve('express'))});
const app = express();
app.use((req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const disposition = this.getHeader('Content-Disposition');
    if (disposition !== undefined) this.setHeader('X-Disposition', encodeURIComponent(String(disposition)));
    return writeHead.apply(this, args);
  };
  next();
});
app.all('/file', (req, res) => {
  const c = JSON.parse(req.query.case);
  if (c.status) res.status(c.status);
  for (const [name, value] of Object.entries(c.set || {})) res.set(name, value);
  res[c.call](...c.args);
});
app.use((err, req, res, next) => {
  res.removeHeader('Content-Range');
  const { name, message, status, statusCode, expose, code, headers } = err;
  res.status(200).set('X-Thrown', '1').json({ name, message, status, statusCode, expose, code, headers });
});
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/**
 * A request through Node's http client, answered as a Response: fetch would add Cache-Control: no-cache
 * (and Pragma) to a conditional request, which makes send answer 200 where a browser's revalidation gets 304.
 */
function nodeFetch(url: string, init: { method: string; headers: Record<string, string> }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method, headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const body = Buffer.concat(chunks);
        resolve(new Response(body.length ? body : null, { status: res.statusCode, headers }));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The same call through the helpers. */
function helperFileCall(h: Helpers, request: Request, c: FileCase): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(c.set ?? {})) h.setExpressHeader(headers, name, value);
  const init = { status: c.status, headers };
  return c.call === 'sendFile' ? h.expressSendFile(request, c.args[0], c.args[1], init) : h.expressDownload(request, c.args[0], c.args[1], c.args[2], init);
}

describe('expressSendFile and expressDownload serve files as res.sendFile and res.download did (send)', () => {
  let child: ChildProcess;
  let fileOrigin: string;
  const seen = new Set<string>();

  beforeAll(async () => {
    const script = path.join(__dirname, '..', '.tmp', `express-files-${process.pid}.js`);
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(script, FILE_SERVER);
    child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'ignore'] });
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout!.once('data', (data) => {
        const line = String(data).trim();
        if (/^\d+$/.test(line)) resolve(line);
        else reject(new Error(`the Express file server printed ${JSON.stringify(line)}, not its port`));
      });
      child.once('exit', (code) => reject(new Error(`the Express file server exited (${code})`)));
    });
    fs.rmSync(script);
    fileOrigin = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    child.kill();
    fs.rmSync(FILE_DIR, { recursive: true, force: true });
  });

  test.each(FILE_CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = FILE_CASES[i];
    const init = { method: c.method ?? 'GET', headers: c.headers ?? {} };
    const url = `${fileOrigin}/file?case=${encodeURIComponent(JSON.stringify(c))}`;
    const r = await nodeFetch(url, init);
    const viaExpress = r.headers.get('x-thrown') ? { thrown: await r.json() } : await describeFile(r);
    seen.add(('thrown' in viaExpress ? 'thrown ' + (viaExpress.thrown.status ?? viaExpress.thrown.name) : viaExpress.status) + (c.call === 'download' ? ' download' : ''));
    for (const lang of FLAVOURS) {
      let viaHelper;
      try {
        viaHelper = await describeFile(await helperFileCall(flavours[lang], new Request(url, init), c));
      } catch (error) {
        viaHelper = { thrown: describeError(error) };
      }
      expect({ lang, ...viaHelper }).toEqual({ lang, ...viaExpress });
    }
  });

  test('the cases cover what send answers: 200, 206, 304, and the errors it hands on', () => {
    expect([...seen].sort()).toEqual(
      ['200', '200 download', '206', '206 download', '304', '304 download', '404', 'thrown 400', 'thrown 403', 'thrown 404', 'thrown 404 download', 'thrown 412', 'thrown 416', 'thrown TypeError', 'thrown TypeError download'].sort(),
    );
  });

  test('the cases do answer with files: a 200 names its Last-Modified and ETag', async () => {
    const r = await flavours.ts.expressSendFile(new Request('http://x/'), f('notes.txt'));
    expect(r.headers.get('last-modified')).toBe(LAST_MODIFIED);
    expect(r.headers.get('etag')).toBe(fileETag('notes.txt'));
    expect(await r.text()).toBe(FILE_CONTENTS['notes.txt']);
  });

  test('a folder: Express goes on to the next route (here its 404); the helper throws EISDIR with 404', async () => {
    const folder = send(f('sub'));
    const noIndex = send(f('sub') + '/', { index: false });
    for (const c of [folder, noIndex]) {
      const r = await nodeFetch(`${fileOrigin}/file?case=${encodeURIComponent(JSON.stringify(c))}`, { method: 'GET', headers: {} });
      expect(r.status).toBe(404);
      expect(await r.text()).toMatch(/Cannot GET \/file/);
      for (const lang of FLAVOURS) {
        await expect(helperFileCall(flavours[lang], new Request('http://x/'), { name: '', ...c })).rejects.toMatchObject({ code: 'EISDIR', status: 404, message: 'EISDIR, read' });
      }
    }
  });

  test('argument errors throw at once, as Express threw them in the handler', () => {
    for (const lang of FLAVOURS) {
      const h = flavours[lang];
      expect(() => h.expressSendFile(new Request('http://x/'), 'notes.txt')).toThrow(new TypeError('path must be absolute or specify root to res.sendFile'));
      expect(() => h.expressSendFile(new Request('http://x/'), '')).toThrow(new TypeError('path argument is required to res.sendFile'));
      expect(() => h.expressSendFile(new Request('http://x/'), f('notes.txt'), () => {})).toThrow(/callback/);
      expect(() => h.expressDownload(new Request('http://x/'), f('notes.txt'), 'a.txt', () => {})).toThrow(/callback/);
    }
  });

  test('the file is streamed: its body is read in chunks, and a cancelled body closes it', async () => {
    for (const lang of FLAVOURS) {
      const r = await flavours[lang].expressSendFile(new Request('http://x/'), f('big.bin'));
      const reader = r.body!.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      expect(first.value!.byteLength).toBeLessThan(BIG.length);
      await reader.cancel();
      const whole = Buffer.from(await (await flavours[lang].expressSendFile(new Request('http://x/'), f('big.bin'))).arrayBuffer());
      expect(whole.equals(BIG)).toBe(true);
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
