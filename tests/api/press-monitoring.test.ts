import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { answer, type Answer } from '../helpers/answer.js';
import { clippingDetail, clippingSummary, coverageRow, importResult } from '../../src/server/press/monitoring/schemas.js';

/** A listed clipping; an import's answer says `duplicate` beside it. */
type Clipping = Answer<typeof clippingSummary> & { duplicate?: boolean };
type Coverage = Answer<typeof coverageRow>;

const sentence = (n: number) =>
  `Paragraph ${n}: leaders of the ten member states met by video conference and agreed on the next steps of the regional recovery.`;

describe.each(engines)('media monitoring on %s', (engine) => {
  let h: Harness;
  let press: Client;

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the demo seed pages as coverage of the 37th Summit and AMM-53', async () => {
    const res = await press.get('/api/press/coverage');
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ meetings: Coverage[] }>().meetings;
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get('summit-37')?.clippings).toBe(2);
    expect(bySlug.get('amm-53')?.clippings).toBe(2);
    expect(bySlug.get('som-2020-05-18')?.clippings).toBe(1);
    expect(bySlug.get('summit-38-39')?.clippings).toBe(1);
    expect(bySlug.get('summit-37')?.languages).toEqual(['vi']);
  });

  it('lists the clippings of one meeting, the undated one with its date unknown', async () => {
    const coverage = (await press.get('/api/press/coverage')).json<{ meetings: Coverage[] }>().meetings;
    const summit3839 = coverage.find((r) => r.slug === 'summit-38-39')!;
    const list = (await press.get(`/api/press/clippings?meetingId=${summit3839.meetingId}`)).json<{ clippings: Clipping[] }>().clippings;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ headline: 'Thứ trưởng Nguyễn Quốc Dũng chủ trì tham dự Hội nghị tham vấn chung ASEAN', publishedAt: null });
  });

  it('imports an HTML page, links it by an English alias, and finds it again on a second import', async () => {
    const html = `<html lang="en"><head><meta property="article:published_time" content="2020-11-12T21:30:00+07:00"></head><body>
      <nav>Home World</nav><article><h1>The 37th ASEAN Summit opens <script>alert(1)</script></h1>
      ${[1, 2, 3].map((n) => `<p>${sentence(n)}</p>`).join('')}</article></body></html>`;
    const page = { source: 'https://example.org/summit-opens', content: html };
    const first = await press.post('/api/press/clippings', { pages: [page] });
    expect(first.statusCode).toBe(201);
    const [created] = answer(first, importResult).clippings;
    expect(created).toMatchObject({ duplicate: false, publishedAt: '2020-11-12T14:30:00.000Z', publishedZone: '+07:00', language: 'en' });
    expect(created!.headline).toBe('The 37th ASEAN Summit opens alert(1)');
    expect(created!.meetings.map((m) => m.name)).toEqual(['37th ASEAN Summit']);

    const again = await press.post('/api/press/clippings', { pages: [page] });
    expect(answer(again, importResult).clippings[0]).toMatchObject({ id: created!.id, duplicate: true });
    const detail = await press.get(`/api/press/clippings/${created!.id}`);
    expect(answer(detail, clippingDetail).body).toContain('Paragraph 3');
  });

  it('imports a page without a recognizable date with the date unknown', async () => {
    const res = await press.post('/api/press/clippings', {
      pages: [{ source: 'undated.txt', content: `Ministers met on ASEAN matters today\n${sentence(1)}\n${sentence(2)}` }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ clippings: Clipping[] }>().clippings[0]).toMatchObject({ publishedAt: null, publishedZone: null });
  });

  it('refuses empty imports and unknown zones, naming the field', async () => {
    const empty = await press.post('/api/press/clippings', { pages: [] });
    expect(empty.statusCode).toBe(400);
    const zone = await press.post('/api/press/clippings', { pages: [{ source: 'x', content: 'y', defaultZone: 'Mars/Olympus' }] });
    expect(zone.statusCode).toBe(400);
    expect(zone.json<{ details: Array<{ path: string }> }>().details.map((d) => d.path)).toContain('pages.0.defaultZone');
  });

  it('is for press officers and the secretariat only', async () => {
    const anonymous = await h.anonymous();
    expect((await anonymous.get('/api/press/coverage')).statusCode).toBe(401);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get('/api/press/clippings')).statusCode).toBe(403);
    expect((await journalist.post('/api/press/clippings', { pages: [{ source: 'x', content: 'y' }] })).statusCode).toBe(403);
  });
});
