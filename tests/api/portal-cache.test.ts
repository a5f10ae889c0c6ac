import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetings } from '../../src/server/db/schema.js';
import { articles } from '../../src/server/press/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

const PUBLIC_URL = 'https://gavel.example.org';
// The shape of the built web UI's page (vite writes hashed assets).
const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>Gavel</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

/** Every JSON-LD block of a page, parsed (a malformed one fails the test). */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

const raw = (h: Harness, url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });

describe.each(engines)('public reads that scale, and what search engines see, on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let press: Client;
  let webRoot: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'gavel-web-'));
    writeFileSync(join(webRoot, 'index.html'), SHELL);
    h = await startHarness(engine, { webRoot, config: { publicUrl: PUBLIC_URL } });
    staff = await h.signIn('secretariat@gavel.demo');
    press = await h.signIn('press@gavel.demo');
    const db = h.database.db;
    ids['amm-53'] = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, 'amm-53')))[0]!.id;
    ids['internal'] = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.isPublic, false)))[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers with a strong ETag and Last-Modified, and 304 when the reader holds the answer', async () => {
    const first = await raw(h, '/api/portal/home');
    expect(first.statusCode).toBe(200);
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const lastModified = first.headers['last-modified'] as string;
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
    expect(first.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');

    const again = await raw(h, '/api/portal/home', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['etag']).toBe(etag);
    expect((await raw(h, '/api/portal/home', { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await raw(h, '/api/portal/home', { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    // If-Modified-Since counts only without If-None-Match.
    expect((await raw(h, '/api/portal/home', { 'if-modified-since': lastModified })).statusCode).toBe(304);
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await raw(h, '/api/portal/home', { 'if-modified-since': before })).statusCode).toBe(200);
    expect((await raw(h, '/api/portal/home', { 'if-none-match': '"stale"', 'if-modified-since': lastModified })).statusCode).toBe(200);

    for (const url of [
      '/api/portal/articles',
      '/api/portal/briefings',
      `/api/portal/meetings/${ids['amm-53']}`,
      '/api/portal/articles/som-18-may-2020',
      '/api/portal/atom.xml',
    ]) {
      const res = await raw(h, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('public, max-age=30, stale-while-revalidate=300');
      expect((await raw(h, url, { 'if-none-match': res.headers['etag'] as string })).statusCode, url).toBe(304);
    }
  });

  it('serves signed-in readers the same answer, kept by their browser only', async () => {
    const anonymous = await (await h.anonymous()).get('/api/portal/home');
    const signedIn = await press.get('/api/portal/home');
    expect(anonymous.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');
    expect(signedIn.headers['cache-control']).toBe('private, no-cache');
    expect(signedIn.headers['etag']).toBe(anonymous.headers['etag']);
    expect(signedIn.body).toBe(anonymous.body);
  });

  it('serves the response schema only: no draft body or author ids in a cached list', async () => {
    const home = (await raw(h, '/api/portal/home')).json<{ latest: Array<Record<string, unknown>> }>();
    expect(home.latest.length).toBeGreaterThan(0);
    for (const a of home.latest) {
      expect(a).not.toHaveProperty('bodyEn');
      expect(a).not.toHaveProperty('createdBy');
    }
  });

  it('changes the ETag when staff rename a public meeting, on the API and on the page', async () => {
    const url = `/api/portal/meetings/${ids['amm-53']}`;
    const before = await raw(h, url);
    const page = await raw(h, `/portal/meetings/${ids['amm-53']}`, { 'accept-language': 'en' });
    expect(page.statusCode).toBe(200);
    const { titleEn } = before.json<{ meeting: { titleEn: string } }>().meeting;
    expect((await staff.patch(`/api/meetings/${ids['amm-53']}`, { titleEn: `${titleEn} (renamed)` })).statusCode).toBe(200);

    const after = await raw(h, url, { 'if-none-match': before.headers['etag'] as string });
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.json<{ meeting: { titleEn: string } }>().meeting.titleEn).toBe(`${titleEn} (renamed)`);
    const renamed = await raw(h, `/portal/meetings/${ids['amm-53']}`, { 'accept-language': 'en', 'if-none-match': page.headers['etag'] as string });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.body).toContain(`${titleEn} (renamed)`);
  });

  it("puts a public meeting's schema.org Event, title and share preview in its page", async () => {
    const [m] = await h.database.db.select().from(meetings).where(eq(meetings.id, ids['amm-53']!));
    const res = await raw(h, `/portal/meetings/${m!.id}`, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['vary']).toContain('Accept-Language');
    expect(res.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain(`<title>${m!.titleEn.replace(/'/g, '&#39;')} · Gavel</title>`);
    expect(res.body).toContain(`<meta property="og:url" content="${PUBLIC_URL}/portal/meetings/${m!.id}">`);
    expect(res.body).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    const [event] = jsonLd(res.body);
    expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', url: `${PUBLIC_URL}/portal/meetings/${m!.id}` });
    expect(event!['name']).toEqual([
      { '@value': m!.titleEn, '@language': 'en' },
      { '@value': m!.titleVi, '@language': 'vi' },
    ]);
    // The host's wall clock with its offset, the same instant.
    const start = event!['startDate'] as string;
    expect(start).toBe(DateTime.fromJSDate(m!.startsAt, { zone: m!.hostTimeZone }).toISO({ suppressMilliseconds: true }));
    expect(start).toMatch(/[+-]\d\d:\d\d$/);
    expect(Date.parse(start)).toBe(m!.startsAt.getTime());
    expect(Date.parse(event!['endDate'] as string)).toBe(m!.endsAt.getTime());
    expect(event!['eventStatus']).toBe('https://schema.org/EventScheduled');
    const modes = { in_person: 'Offline', virtual: 'Online', hybrid: 'Mixed' } as const;
    expect(event!['eventAttendanceMode']).toBe(`https://schema.org/${modes[m!.format]}EventAttendanceMode`);

    // Vietnamese by default.
    const vi = await raw(h, `/portal/meetings/${m!.id}`);
    expect(vi.body).toContain('<html lang="vi"');
    expect(vi.body).toContain(`<title>${m!.titleVi.replace(/'/g, '&#39;')} · Gavel</title>`);
  });

  it('says when a meeting is cancelled or postponed, and how it is attended', async () => {
    const db = h.database.db;
    const [m] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, 'summit-37'));
    await db.transaction((tx) => tx.update(meetings).set({ status: 'cancelled', format: 'virtual' }).where(eq(meetings.id, m!.id)));
    const [cancelled] = jsonLd((await raw(h, `/portal/meetings/${m!.id}`)).body);
    expect(cancelled).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: `${PUBLIC_URL}/portal/meetings/${m!.id}/live` },
    });
    await db.transaction((tx) => tx.update(meetings).set({ status: 'postponed', format: 'hybrid' }).where(eq(meetings.id, m!.id)));
    const [postponed] = jsonLd((await raw(h, `/portal/meetings/${m!.id}`)).body);
    expect(postponed!['eventStatus']).toBe('https://schema.org/EventPostponed');
    expect(postponed!['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
  });

  it("puts a published article's schema.org NewsArticle in its page", async () => {
    const [a] = await h.database.db.select().from(articles).where(eq(articles.slug, 'som-18-may-2020'));
    const res = await raw(h, '/portal/articles/som-18-may-2020', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.statusCode).toBe(200);
    const [article] = jsonLd(res.body);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: a!.titleEn,
      inLanguage: 'en',
      url: `${PUBLIC_URL}/portal/articles/som-18-may-2020`,
      publisher: { '@type': 'Organization', name: 'Gavel' },
    });
    expect(Date.parse(article!['datePublished'] as string)).toBe((a!.publishAt ?? a!.publishedAt)!.getTime());
    expect(Number.isNaN(Date.parse(article!['dateModified'] as string))).toBe(false);
    const home = await raw(h, '/portal');
    expect(home.statusCode).toBe(200);
    expect(jsonLd(home.body)[0]).toMatchObject({ '@type': 'WebSite', url: `${PUBLIC_URL}/portal` });
  });

  it('names no internal meeting and no unpublished article in pages or the sitemap', async () => {
    const [internal] = await h.database.db.select().from(meetings).where(eq(meetings.id, ids['internal']!));
    const draft = await press.post('/api/press/articles', {
      slug: 'not-yet-public',
      category: 'news',
      titleEn: 'Secret draft headline',
      titleVi: 'Tiêu đề bản nháp bí mật',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>x</p>',
      bodyVi: '<p>x</p>',
    });
    expect(draft.statusCode).toBe(201);

    const internalPage = await raw(h, `/portal/meetings/${internal!.id}`, { 'accept-language': 'en' });
    expect(internalPage.statusCode).toBe(404);
    expect(internalPage.body).not.toContain(internal!.titleEn);
    expect(jsonLd(internalPage.body)).toEqual([]);
    const draftPage = await raw(h, '/portal/articles/not-yet-public', { 'accept-language': 'en' });
    expect(draftPage.statusCode).toBe(404);
    expect(draftPage.body).not.toContain('Secret draft headline');

    const sitemap = await raw(h, '/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toContain(`<loc>${PUBLIC_URL}/portal</loc>`);
    expect(sitemap.body).toContain(`<loc>${PUBLIC_URL}/portal/meetings/${ids['amm-53']}</loc>`);
    expect(sitemap.body).toContain(`<loc>${PUBLIC_URL}/portal/articles/som-18-may-2020</loc>`);
    expect(sitemap.body).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/);
    expect(sitemap.body).not.toContain(`/portal/meetings/${internal!.id}<`);
    expect(sitemap.body).not.toContain('not-yet-public');
    for (const page of ['/portal', `/portal/meetings/${ids['amm-53']}`, '/portal/articles/som-18-may-2020']) {
      const html = (await raw(h, page, { 'accept-language': 'en' })).body;
      expect(html, page).not.toContain(internal!.titleEn);
      expect(html, page).not.toContain('Secret draft headline');
    }
    expect((await raw(h, '/sitemap.xml', { 'if-none-match': sitemap.headers['etag'] as string })).statusCode).toBe(304);
  });

  it('serves a well-formed sitemap and a robots.txt that points at it', async () => {
    const sitemap = (await raw(h, '/sitemap.xml')).body;
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    if (existsSync('/usr/bin/xmllint')) {
      const dir = mkdtempSync(join(tmpdir(), 'gavel-sitemap-'));
      writeFileSync(join(dir, 'sitemap.xml'), sitemap);
      expect(() => execFileSync('xmllint', ['--noout', join(dir, 'sitemap.xml')], { stdio: 'pipe' })).not.toThrow();
      rmSync(dir, { recursive: true, force: true });
    }
    const robots = await raw(h, '/robots.txt');
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toContain('text/plain');
    const lines = robots.body.split('\n');
    expect(lines).toContain('Allow: /portal');
    expect(lines).toContain('Disallow: /api/');
    expect(lines).toContain('Allow: /api/portal/atom.xml');
    expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });
});
