/**
 * The portal's pages as a reader without JavaScript gets them: the content
 * is in the root element, in the reader's language, escaped, cached with an
 * ETag like the rest, and never names what the public may not read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { meetings } from '../../src/server/db/schema.js';
import { documents } from '../../src/server/documents/schema.js';
import { pageLanguage } from '../../src/server/http/page-language.js';
import { articles } from '../../src/server/press/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>Gavel</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** What is inside the root element: the page's content, not its head. */
const rootOf = (html: string) => html.slice(html.indexOf('<div id="root">'), html.lastIndexOf('</div>'));
/** The text a reader sees, tags dropped and entities of the escape decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the language of a portal page', () => {
  it('is ?lang= when given, else the first of vi and en the browser prefers', () => {
    expect(pageLanguage('en', 'vi')).toBe('en');
    expect(pageLanguage(undefined, undefined)).toBe('vi');
    expect(pageLanguage(undefined, 'en-GB,en;q=0.9')).toBe('en');
    expect(pageLanguage(undefined, 'fr-FR, vi;q=0.5, en;q=0.4')).toBe('vi');
    expect(pageLanguage(undefined, 'en;q=0.3, vi-VN;q=0.8')).toBe('vi');
    expect(pageLanguage(undefined, 'vi;q=0, en')).toBe('en');
    expect(pageLanguage(undefined, 'fr-FR')).toBe('en');
  });
});

describe.each(engines)('portal pages readable without JavaScript, on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let webRoot: string;
  type Meeting = Awaited<ReturnType<typeof meetingBy>>;
  const meetingBy = async (where: ReturnType<typeof eq>) => (await h.database.db.select().from(meetings).where(where))[0]!;
  let amm53: Meeting;
  let internal: Meeting;
  const raw = (url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'gavel-web-'));
    writeFileSync(join(webRoot, 'index.html'), SHELL);
    h = await startHarness(engine, { webRoot });
    press = await h.signIn('press@gavel.demo');
    amm53 = await meetingBy(eq(meetings.slug, 'amm-53'));
    internal = await meetingBy(eq(meetings.isPublic, false));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("shows a meeting's title, date, place and public documents in the page, in the reader's language", async () => {
    const m = amm53;
    const res = await raw(`/portal/meetings/${m.id}`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(root).toContain(`<h1>${esc(m.titleEn)}</h1>`);
    expect(root).toMatch(/<main[ >]/);
    const text = textOf(root);
    expect(text).toContain(DateTime.fromJSDate(m.startsAt, { zone: m.hostTimeZone }).toFormat('d MMMM yyyy'));
    expect(text).toContain(m.hostCityEn);
    expect(text).toContain('Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting');
    // A restricted document of the meeting is not on its public page.
    expect(text).not.toContain('Report to the 53rd AMM (generic item 1)');

    const vi = await raw(`/portal/meetings/${m.id}?lang=vi`, { 'accept-language': 'en' });
    expect(vi.statusCode).toBe(200);
    expect(vi.body).toContain('<html lang="vi"');
    expect(rootOf(vi.body)).toContain(`<h1>${esc(m.titleVi)}</h1>`);
    expect(textOf(rootOf(vi.body))).toContain(m.hostCityVi);
    expect(textOf(rootOf(vi.body))).toContain(`tháng ${DateTime.fromJSDate(m.startsAt, { zone: m.hostTimeZone }).month}`);

    const bad = await raw(`/portal/meetings/${m.id}?lang=de`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('lang');
  });

  it('stays cached with an ETag: 304 to a reader who holds the page, a new page after a change', async () => {
    const url = `/portal/meetings/${amm53.id}`;
    const first = await raw(url, { 'accept-language': 'en' });
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');
    expect((await raw(url, { 'accept-language': 'en', 'if-none-match': etag })).statusCode).toBe(304);
    // Another language is another page.
    expect((await raw(`${url}?lang=vi`, { 'if-none-match': etag })).statusCode).toBe(200);
  });

  it("shows a published article's headline and text, and escapes what editors typed", async () => {
    const db = h.database.db;
    const [a] = await db.select().from(articles).where(eq(articles.slug, 'som-18-may-2020'));
    const res = await raw('/portal/articles/som-18-may-2020', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(root).toContain(`<h1>${esc(a!.titleEn)}</h1>`);
    const text = textOf(root);
    expect(text).toContain(a!.leadEn);
    const firstWords = textOf(a!.bodyEn).trim().split(' ').slice(0, 8).join(' ');
    expect(firstWords.length).toBeGreaterThan(10);
    expect(text).toContain(firstWords);

    await db.transaction((tx) => tx.update(articles).set({ titleEn: 'Ministers <script>alert(1)</script> & "partners"' }).where(eq(articles.id, a!.id)));
    const hostile = await raw('/portal/articles/som-18-may-2020', { 'accept-language': 'en' });
    expect(hostile.body).not.toContain('<script>alert(1)</script>');
    expect(rootOf(hostile.body)).toContain('<h1>Ministers &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;partners&quot;</h1>');
    await db.transaction((tx) => tx.update(articles).set({ titleEn: a!.titleEn }).where(eq(articles.id, a!.id)));
  });

  it('shows the latest news and meetings on the home page', async () => {
    const home = (await h.anonymous()).get('/api/portal/home');
    const { latest, outcomeMeetings } = (await home).json<{ latest: Array<{ titleVi: string }>; outcomeMeetings: Array<{ titleVi: string }> }>();
    const res = await raw('/portal');
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(root).toMatch(/<h1>Cổng thông tin<\/h1>/);
    for (const a of latest) expect(textOf(root)).toContain(a.titleVi);
    for (const m of outcomeMeetings) expect(textOf(root)).toContain(m.titleVi);
  });

  it("answers a missing file with 404, never the app's page; any other path gets the page", async () => {
    // The harness's app serves no web UI: this one does, from the test's folder.
    const web = await buildApp({ database: h.database, config: { ...loadConfig({}), logLevel: 'silent' }, serveWeb: true, webRoot, logger: false });
    try {
      const get = (url: string) => web.inject({ method: 'GET', url });
      for (const url of [
        '/assets/CalendarPage-0ld0ld.js',
        '/assets/index-0ld0ld.css',
        '/assets/missing',
        '/favicon-old.png',
        '/%61ssets/x.js',
        '/ASSETS/x.js',
      ]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type'], url).not.toMatch(/text\/html/);
      }
      for (const url of ['/meetings/1', '/journal/2020-11-12', '/no-such-page']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).toContain('<div id="root"></div>');
      }
    } finally {
      await web.close();
    }
  });

  it('answers 404 with no content for an internal meeting, an unpublished article or a restricted document', async () => {
    const draft = await press.post('/api/press/articles', {
      slug: 'ssr-draft',
      category: 'news',
      titleEn: 'Unpublished SSR headline',
      titleVi: 'Tiêu đề chưa đăng',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>Secret body text</p>',
      bodyVi: '<p>Nội dung bí mật</p>',
    });
    expect(draft.statusCode).toBe(201);
    const internalPage = await raw(`/portal/meetings/${internal.id}`, { 'accept-language': 'en' });
    expect(internalPage.statusCode).toBe(404);
    expect(internalPage.body).toContain('<div id="root"></div>');
    expect(internalPage.body).not.toContain(internal.titleEn);
    const draftPage = await raw('/portal/articles/ssr-draft', { 'accept-language': 'en' });
    expect(draftPage.statusCode).toBe(404);
    expect(draftPage.body).not.toContain('Unpublished SSR headline');
    expect(draftPage.body).not.toContain('Secret body text');

    const [restricted] = await h.database.db.select().from(documents).where(eq(documents.titleEn, 'Report to the 53rd AMM (generic item 1)'));
    for (const page of ['/portal', `/portal/meetings/${amm53.id}`, '/portal/articles/som-18-may-2020']) {
      for (const lang of ['en', 'vi']) {
        const html = (await raw(`${page}?lang=${lang}`)).body;
        expect(html, page).not.toContain(internal.titleEn);
        expect(html, page).not.toContain(internal.titleVi);
        expect(html, page).not.toContain('Unpublished SSR headline');
        expect(textOf(html), page).not.toContain(restricted!.titleEn);
        expect(textOf(html), page).not.toContain(restricted!.titleVi);
      }
    }
  });
});
