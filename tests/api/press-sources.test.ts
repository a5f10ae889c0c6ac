/**
 * Media monitoring from the web: import by URL and watched sources, against
 * a real HTTP server on 127.0.0.1 started here, serving fixture news pages,
 * an RSS and an Atom feed, and the ways sites fail. The poll is run by
 * calling the sweep's function, never by waiting for its timer.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents } from '../../src/server/db/schema.js';
import { Fetcher, FetchProblem } from '../../src/server/press/monitoring/fetch.js';
import { createMonitor, pollDueSources, type Monitor } from '../../src/server/press/monitoring/watch.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { Answer } from '../helpers/answer.js';
import type { clippingSummary, monitorSource } from '../../src/server/press/monitoring/schemas.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/monitoring/${name}`, import.meta.url), 'utf8');
const pages: Record<string, string> = {
  '/articles/vn-thoi-su.html': fixture('vn-thoi-su.html'),
  '/articles/en-regional.html': fixture('en-regional.html'),
  '/articles/vn-kinh-te.html': fixture('vn-kinh-te.html'),
  '/private/secret.html': fixture('en-regional.html').replace('AMM-53', 'AMM-53 (private copy)'),
};

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

/** The fixture site: counts and keeps every request it receives. */
function startSite(): Promise<{ server: Server; base: string; requests: Seen[]; hits: (path: string) => number }> {
  const requests: Seen[] = [];
  let base = '';
  const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Thời sự</title><link>${base}/</link>
<item><title>Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37</title><link>${base}/articles/vn-thoi-su.html</link><guid>${base}/articles/vn-thoi-su.html</guid></item>
<item><title>ASEAN foreign ministers meet online</title><link>/articles/en-regional.html</link></item>
</channel></rss>`;
  const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kinh tế</title><id>urn:site:kinh-te</id><updated>2020-11-16T07:45:00+07:00</updated>
<entry><title>Doanh nghiệp kỳ vọng vào RCEP</title><id>urn:site:1</id><link rel="alternate" href="${base}/articles/vn-kinh-te.html"/><updated>2020-11-16T07:45:00+07:00</updated></entry>
</feed>`;
  const ATOM_MODIFIED = 'Mon, 16 Nov 2020 00:45:00 GMT';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers, at: Date.now() });
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (path === '/feed.rss') {
      if (req.headers['if-none-match'] === '"rss-1"') return send(304, 'application/rss+xml', '', { etag: '"rss-1"' });
      return send(200, 'application/rss+xml; charset=utf-8', rss(), { etag: '"rss-1"' });
    }
    if (path === '/feed.atom') {
      if (req.headers['if-modified-since'] === ATOM_MODIFIED) return send(304, 'application/atom+xml', '');
      return send(200, 'application/atom+xml', atom(), { 'last-modified': ATOM_MODIFIED });
    }
    if (path === '/private/feed.rss') return send(200, 'application/rss+xml', rss());
    if (path === '/not-a-feed') return send(200, 'text/html', pages['/articles/en-regional.html']!);
    if (path === '/feed-broken.xml') return send(200, 'application/xml', '<rss><channel><item><link>x</link></channel>');
    if (path === '/broken') return send(500, 'text/html', '<h1>Internal Server Error</h1>');
    if (path === '/slow') return; // never answers
    if (path === '/moved') return send(301, 'text/html', '', { location: '/articles/en-regional.html' });
    if (path === '/away') return send(302, 'text/html', '', { location: base.replace('127.0.0.1', 'localhost') + '/articles/en-regional.html' });
    if (path === '/image') return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    if (path === '/garbled') return send(200, 'text/html', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)));
    if (path === '/empty') return send(200, 'text/html', '   \n');
    if (path === '/huge') return send(200, 'text/html', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    if (path === '/nothing') return send(200, 'text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const page = pages[path];
    if (page) return send(200, 'text/html; charset=utf-8', page);
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, base, requests, hits: (p) => requests.filter((r) => r.path === p).length });
    });
  });
}

type Source = Answer<typeof monitorSource>;
/** A listed clipping; an import's answer says `duplicate` beside it. */
type Clipping = Answer<typeof clippingSummary> & { duplicate?: boolean };

const fetchOptions = { allowPrivate: true, timeoutMs: 400, hostIntervalMs: 0 };

describe('the monitoring fetcher', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => {
    site.server.closeAllConnections();
    site.server.close();
  });

  it('refuses private-network addresses unless allowed, and schemes other than http(s)', async () => {
    const strict = new Fetcher({ ...fetchOptions, allowPrivate: false });
    await expect(strict.get(`${site.base}/articles/en-regional.html`)).rejects.toMatchObject({ kind: 'private' });
    await expect(strict.get('http://[::1]/')).rejects.toMatchObject({ kind: 'private' });
    await expect(strict.get('file:///etc/passwd')).rejects.toMatchObject({ kind: 'url' });
    const before = site.hits('/articles/en-regional.html');
    expect(before).toBe(0);
    const open = new Fetcher(fetchOptions);
    expect((await open.get(`${site.base}/articles/en-regional.html`)).status).toBe(200);
  });

  it('keeps a polite interval between two requests to one host', async () => {
    const polite = new Fetcher({ ...fetchOptions, hostIntervalMs: 250 });
    await polite.get(`${site.base}/articles/vn-kinh-te.html`);
    await polite.get(`${site.base}/articles/vn-kinh-te.html`);
    const [a, b] = site.requests.filter((r) => r.path === '/articles/vn-kinh-te.html').slice(-2);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(240);
  });

  it('follows a redirect within the host, refuses one to another host, stops at the size limit and the timeout', async () => {
    const fetcher = new Fetcher(fetchOptions);
    const moved = await fetcher.get(`${site.base}/moved`);
    expect(moved.url).toBe(`${site.base}/articles/en-regional.html`);
    await expect(fetcher.get(`${site.base}/away`)).rejects.toMatchObject({ kind: 'redirect' });
    await expect(fetcher.get(`${site.base}/huge`)).rejects.toMatchObject({ kind: 'too_large' });
    const err: unknown = await fetcher.get(`${site.base}/slow`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchProblem);
    expect(err).toMatchObject({ kind: 'timeout' });
  });
});

describe.each(engines)('watched sources and import by URL on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let site: Awaited<ReturnType<typeof startSite>>;
  let monitor: Monitor;
  /** Polls as the sweep does, at a time by which every source is due. */
  let clock = Date.now();
  const poll = async () => {
    clock += 3 * 24 * 60 * 60_000;
    return pollDueSources(h.database.db, monitor, new Date(clock));
  };
  const source = async (id: number) => (await press.get('/api/press/sources')).json<{ sources: Source[] }>().sources.find((s) => s.id === id)!;
  const watch = async (kind: string, path: string) => {
    const res = await press.post('/api/press/sources', { kind, url: `${site.base}${path}`, name: path, intervalMinutes: 30 });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Source>();
  };
  const deactivate = async (id: number) => expect((await press.patch(`/api/press/sources/${id}`, { active: false })).statusCode).toBe(200);

  beforeAll(async () => {
    site = await startSite();
    h = await startHarness(engine, { config: { monitor: { ...fetchOptions, sweepMinutes: 0 } } });
    press = await h.signIn('press@gavel.demo');
    monitor = createMonitor(fetchOptions);
  });
  afterAll(async () => {
    site.server.closeAllConnections();
    site.server.close();
    await h?.close();
  });

  it('imports a page by URL with the extraction of pasted pages, once', async () => {
    const url = `${site.base}/articles/vn-thoi-su.html`;
    const res = await press.post('/api/press/clippings/fetch', { url });
    expect(res.statusCode, res.body).toBe(201);
    const [clipping] = res.json<{ clippings: Clipping[] }>().clippings;
    expect(clipping).toMatchObject({ source: url, title: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37', language: 'vi', duplicate: false });
    expect(clipping!.meetings.length).toBeGreaterThan(0);
    const again = await press.post('/api/press/clippings/fetch', { url });
    expect(again.json<{ clippings: Clipping[] }>().clippings[0]).toMatchObject({ id: clipping!.id, duplicate: true });
    expect(site.hits('/articles/vn-thoi-su.html')).toBe(1);
  });

  it('refuses by URL what is not a fetchable news page with a 4xx naming the reason, never a 500 or an empty clipping', async () => {
    const before = (await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings.length;
    const cases: [string, number, RegExp][] = [
      ['/away', 422, /another host/],
      ['/broken', 422, /500/],
      ['/slow', 422, /within/],
      ['/image', 422, /image\/png/],
      ['/garbled', 422, /not a text page/],
      ['/empty', 422, /empty/],
      ['/nothing', 422, /no text/],
      ['/huge', 422, /larger/],
      ['/private/secret.html', 422, /robots/],
      ['/missing', 422, /404/],
    ];
    for (const [path, status, reason] of cases) {
      const res = await press.post('/api/press/clippings/fetch', { url: `${site.base}${path}` });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(status);
      expect(res.json<{ code: string; details: { path: string; message: string }[] }>()).toMatchObject({ code: 'fetch_failed', details: [{ path: 'url' }] });
      expect(res.json<{ details: { message: string }[] }>().details[0]!.message, path).toMatch(reason);
    }
    for (const url of ['ftp://example.org/page', 'not a url', 'http://user:secret@example.org/']) {
      const res = await press.post('/api/press/clippings/fetch', { url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ details: { path: string }[] }>().details[0]!.path).toBe('url');
    }
    expect((await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings.length).toBe(before);
  });

  it('polls an RSS feed: its items imported once, then a conditional GET answered 304 imports nothing', async () => {
    const robotsBefore = site.hits('/robots.txt');
    const feed = await watch('feed', '/feed.rss');
    expect(feed).toMatchObject({ kind: 'feed', active: true, lastStatus: null });
    const first = await poll();
    expect(first).toEqual([{ sourceId: feed.id, status: 'ok', imported: 1, error: null }]);
    // vn-thoi-su was imported by URL already: found by its link, not fetched again; the relative link is resolved.
    expect(site.hits('/articles/vn-thoi-su.html')).toBe(1);
    expect(site.hits('/articles/en-regional.html')).toBeGreaterThanOrEqual(1);
    const regionalFetches = site.hits('/articles/en-regional.html');
    expect(await source(feed.id)).toMatchObject({ lastStatus: 'ok', failures: 0, clippings: 1 });

    const second = await poll();
    expect(second).toEqual([{ sourceId: feed.id, status: 'not_modified', imported: 0, error: null }]);
    const feedRequests = site.requests.filter((r) => r.path === '/feed.rss');
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[1]!.headers['if-none-match']).toBe('"rss-1"');
    expect(site.hits('/articles/en-regional.html')).toBe(regionalFetches);
    // robots.txt read once by the polls' monitor, and kept.
    expect(site.hits('/robots.txt')).toBe(robotsBefore + 1);
    await deactivate(feed.id);
  });

  it('polls an Atom feed with If-Modified-Since', async () => {
    const feed = await watch('feed', '/feed.atom');
    expect(await poll()).toEqual([{ sourceId: feed.id, status: 'ok', imported: 1, error: null }]);
    const list = (await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings;
    expect(list.some((c) => c.source === `${site.base}/articles/vn-kinh-te.html`)).toBe(true);
    expect(await poll()).toEqual([{ sourceId: feed.id, status: 'not_modified', imported: 0, error: null }]);
    expect(site.requests.filter((r) => r.path === '/feed.atom')[1]!.headers['if-modified-since']).toBe('Mon, 16 Nov 2020 00:45:00 GMT');
    await deactivate(feed.id);
  });

  it('respects robots.txt: a disallowed source is recorded as blocked and not fetched', async () => {
    const feed = await watch('feed', '/private/feed.rss');
    expect(await poll()).toMatchObject([{ sourceId: feed.id, status: 'blocked' }]);
    expect(site.hits('/private/feed.rss')).toBe(0);
    expect(await source(feed.id)).toMatchObject({ lastStatus: 'blocked', lastError: expect.stringMatching(/robots/) });
    await deactivate(feed.id);
  });

  it('records a failed poll with a retry at back-off: 500, timeout, redirect to another host, a feed that is not XML', async () => {
    const clippingsBefore = (await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings.length;
    const cases: [string, string, RegExp][] = [
      ['feed', '/broken', /500/],
      ['page', '/slow', /within 400 ms/],
      ['feed', '/away', /another host/],
      ['feed', '/not-a-feed', /not a feed/],
      ['feed', '/feed-broken.xml', /not well-formed/],
    ];
    const ids: number[] = [];
    for (const [kind, path] of cases) ids.push((await watch(kind, path)).id);
    const at = clock + 3 * 24 * 60 * 60_000;
    const outcomes = await poll();
    expect(outcomes).toHaveLength(cases.length);
    for (const [i, [, path, reason]] of cases.entries()) {
      const outcome = outcomes.find((o) => o.sourceId === ids[i])!;
      expect(outcome, path).toMatchObject({ status: 'failed', imported: 0 });
      expect(outcome.error, path).toMatch(reason);
      const recorded = await source(ids[i]!);
      expect(recorded).toMatchObject({ lastStatus: 'failed', failures: 1 });
      // The first retry comes after 5 minutes, sooner than the 30-minute interval.
      expect(new Date(recorded.nextDueAt).getTime() - at).toBe(5 * 60_000);
    }
    const again = await poll();
    for (const id of ids) {
      expect(again.find((o) => o.sourceId === id)).toMatchObject({ status: 'failed' });
      const recorded = await source(id);
      expect(recorded.failures).toBe(2);
      expect(new Date(recorded.nextDueAt).getTime() - clock).toBe(10 * 60_000);
    }
    expect((await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings.length).toBe(clippingsBefore);
    for (const id of ids) await deactivate(id);
  });

  it('polls a watched page: imported when it changes, a deactivated source is not polled', async () => {
    const page = await watch('page', '/articles/en-regional.html');
    const outcomes = await poll();
    // The page was imported from the RSS feed before: the same bytes, so the same clipping.
    expect(outcomes).toEqual([{ sourceId: page.id, status: 'ok', imported: 0, error: null }]);
    await deactivate(page.id);
    expect(await poll()).toEqual([]);
  });

  it('lists, edits and refuses sources with 4xx naming the field; every write in the change log', async () => {
    const created = await watch('feed', '/feed-new.rss');
    expect((await press.post('/api/press/sources', { kind: 'feed', url: created.url, name: 'x' })).statusCode).toBe(409);
    expect((await press.post('/api/press/sources', { kind: 'blog', url: `${site.base}/x`, name: 'x' })).statusCode).toBe(400);
    const badUrl = await press.post('/api/press/sources', { kind: 'feed', url: 'javascript:alert(1)', name: 'x' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json<{ details: { path: string }[] }>().details[0]!.path).toBe('url');
    expect((await press.post('/api/press/sources', { kind: 'feed', url: `${site.base}/y`, name: 'y', intervalMinutes: 1 })).statusCode).toBe(400);
    const edited = await press.patch(`/api/press/sources/${created.id}`, { name: 'Renamed', intervalMinutes: 120 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Renamed', intervalMinutes: 120 });
    expect((await press.patch('/api/press/sources/999999', { name: 'x' })).statusCode).toBe(404);
    await deactivate(created.id);
    const events = await h.database.db
      .select({ action: changeEvents.action })
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'monitor_source'), eq(changeEvents.entityId, String(created.id))))
      .orderBy(changeEvents.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    const anonymous = await h.anonymous();
    expect((await anonymous.get('/api/press/sources')).statusCode).toBe(401);
  });

  it('accepts a saved page above 1 MiB and refuses one above 10 MB with 4xx, never a 500', async () => {
    const paragraph = `<p>${'Các bộ trưởng ngoại giao ASEAN đã họp trực tuyến và thống nhất các bước tiếp theo. '.repeat(20)}</p>\n`;
    const big = `<html lang="vi"><body><article><h1>Trang lưu lớn</h1>${paragraph.repeat(Math.ceil(1_200_000 / paragraph.length))}</article></body></html>`;
    const ok = await press.post('/api/press/clippings', { pages: [{ source: 'saved.html', content: big }] });
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(201);
    const tooBig = await press.post('/api/press/clippings', { pages: [{ source: 'huge.html', content: 'a'.repeat(10 * 1024 * 1024 + 1) }] });
    expect([400, 413]).toContain(tooBig.statusCode);
    const empty = await press.post('/api/press/clippings', { pages: [{ source: 'empty.html', content: '  \n ' }] });
    expect(empty.statusCode).toBe(400);
    const nothing = await press.post('/api/press/clippings', { pages: [{ source: 'nav.html', content: '<html><body><nav></nav></body></html>' }] });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json<{ details: { path: string }[] }>().details[0]!.path).toBe('pages.0.content');
  });
});
