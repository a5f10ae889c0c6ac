import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Article {
  id: number;
  slug: string;
  status: string;
  titleEn: string;
  titleVi: string;
  bodyEn: string;
  views: number;
  meetings: Array<{ id: number; nameEn: string }>;
  related?: Article[];
}

describe.each(engines)('news and the public portal on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let secretariat: Client;
  let anon: Client;
  let summit37: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    secretariat = await h.signIn('secretariat@gavel.demo');
    anon = await h.anonymous();
    const meetings = (await anon.get('/api/meetings?series=SUMMIT')).json<{ meetings: Array<{ id: number; edition: number }> }>().meetings;
    summit37 = meetings.find((m) => m.edition === 37)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const draft = (slug: string, extra: Record<string, unknown> = {}) => ({
    slug,
    category: 'news',
    titleEn: 'Leaders adopt the Hanoi Declaration',
    titleVi: 'Lãnh đạo thông qua Tuyên bố Hà Nội',
    leadEn: 'Lead',
    leadVi: 'Sa-pô',
    bodyEn: '<p onclick="steal()">Body <script>alert(1)</script><a href="javascript:alert(1)">link</a></p>',
    bodyVi: '<p>Nội dung</p>',
    meetingIds: [summit37],
    ...extra,
  });

  it('has the demo briefings and articles on the portal home', async () => {
    const home = (await anon.get('/api/portal/home')).json<{ latest: Article[]; briefings: Array<{ topicEn: string; startsAt: string }> }>();
    expect(home.latest.map((a) => a.slug)).toContain('summit-37-press-center-opens');
    expect(home.briefings.map((b) => b.startsAt)).toEqual(['2020-09-07T08:00:00.000Z', '2020-11-09T08:00:00.000Z']);
  });

  it('takes an article from draft through review to the portal, sanitizing its body; only press officers publish', async () => {
    const created = await secretariat.post('/api/press/articles', draft('hanoi-declaration'));
    expect(created.statusCode).toBe(201);
    const article = created.json<Article>();
    expect(article.status).toBe('draft');
    expect(article.bodyEn).not.toMatch(/script|onclick|javascript/);
    expect((await anon.get('/api/portal/articles/hanoi-declaration')).statusCode).toBe(404);

    expect((await secretariat.post(`/api/press/articles/${article.id}/action`, { action: 'submit' })).json<Article>().status).toBe('in_review');
    const notAllowed = await secretariat.post(`/api/press/articles/${article.id}/action`, { action: 'publish' });
    expect(notAllowed.statusCode).toBe(403);
    expect((await press.post(`/api/press/articles/${article.id}/action`, { action: 'publish' })).json<Article>().status).toBe('published');

    const page = await anon.get('/api/portal/articles/hanoi-declaration');
    expect(page.statusCode).toBe(200);
    const shown = page.json<Article>();
    expect(shown.meetings.map((m) => m.nameEn)).toEqual(['37th ASEAN Summit']);
    expect(shown.related?.map((a) => a.slug)).toContain('summit-37-press-center-opens');
    const forSummit = (await anon.get(`/api/portal/articles?meetingId=${summit37}`)).json<{ articles: Article[] }>().articles;
    expect(forSummit.map((a) => a.slug)).toContain('hanoi-declaration');
  });

  it('logs an edit of the tags alone as the lists from and to', async () => {
    const meetings = (await anon.get('/api/meetings?series=SUMMIT')).json<{ meetings: Array<{ id: number; edition: number }> }>().meetings;
    const summit36 = meetings.find((m) => m.edition === 36)!.id;
    const article = (await press.post('/api/press/articles', draft('tags-only'))).json<Article>();
    const edited = await press.request('PUT', `/api/press/articles/${article.id}`, draft('tags-only', { meetingIds: [summit37, summit36, summit37] }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Article>().meetings.map((m) => m.id)).toEqual(expect.arrayContaining([summit36, summit37]));
    const events = (await secretariat.get(`/api/changes?entityType=article&entityId=${article.id}`)).json<{
      events: Array<{ action: string; changes: Record<string, unknown> }>;
    }>().events;
    expect(events[0]).toMatchObject({ action: 'update' });
    expect(events[0]!.changes).toEqual({ meetingIds: { from: [summit37], to: [summit36, summit37].sort((a, b) => a - b) } });
  });

  it('keeps a scheduled article off the portal until its time', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const article = (await press.post('/api/press/articles', draft('scheduled-one', { publishAt: future }))).json<Article>();
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'submit' });
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'publish' });
    expect((await anon.get('/api/portal/articles/scheduled-one')).statusCode).toBe(404);
    const feed = (await anon.get('/api/portal/atom.xml?lang=en')).body;
    expect(feed).not.toContain('scheduled-one');
  });

  it('counts views for "most read" and serves an Atom feed in both languages', async () => {
    for (let i = 0; i < 3; i++) await anon.get('/api/portal/articles/som-18-may-2020');
    const home = (await anon.get('/api/portal/home')).json<{ mostRead: Article[] }>();
    expect(home.mostRead[0]?.slug).toBe('som-18-may-2020');
    const vi = await anon.get('/api/portal/atom.xml');
    expect(vi.headers['content-type']).toContain('application/atom+xml');
    expect(vi.body).toContain('<feed');
    expect(vi.body).toContain('Trung tâm báo chí Hội nghị Cấp cao ASEAN lần thứ 37 mở cửa đón 200 phóng viên');
    const en = (await anon.get('/api/portal/atom.xml?lang=en')).body;
    expect(en).toContain('Press center of the 37th ASEAN Summit opens for 200 reporters');
  });

  it('announces a briefing that the portal lists in order, and refuses an unknown zone', async () => {
    const briefing = {
      meetingId: summit37,
      startsAt: '2020-11-11T16:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      placeEn: 'International Media Center, Hanoi',
      placeVi: 'Trung tâm Báo chí quốc tế, Hà Nội',
      topicEn: 'Programme of the summits',
      topicVi: 'Chương trình các hội nghị cấp cao',
      speakers: ['<b>Spokesperson</b>'],
    };
    const created = await press.post('/api/press/briefings', briefing);
    expect(created.statusCode).toBe(201);
    expect(created.json<{ meetingTitleEn: string }>().meetingTitleEn).toBe('37th ASEAN Summit');
    const listed = (await anon.get('/api/portal/briefings')).json<{ briefings: Array<{ startsAt: string; speakers: string[] }> }>().briefings;
    expect(listed.map((b) => b.startsAt)).toEqual(['2020-09-07T08:00:00.000Z', '2020-11-09T08:00:00.000Z', '2020-11-11T09:00:00.000Z']);
    expect(listed[2]!.speakers).toEqual(['<b>Spokesperson</b>']);
    const badZone = await press.post('/api/press/briefings', { ...briefing, timeZone: 'Hanoi' });
    expect(badZone.json<{ details: Array<{ path: string }> }>().details[0]!.path).toBe('timeZone');
    expect((await secretariat.post('/api/press/briefings', briefing)).statusCode).toBe(403);
  });

  it('refuses writes from journalists and the public', async () => {
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.post('/api/press/articles', draft('nope'))).statusCode).toBe(403);
    expect((await anon.post('/api/press/articles', draft('nope'))).statusCode).toBe(401);
    const bad = await press.post('/api/press/articles', draft('Bad Slug!'));
    expect(bad.json<{ details: Array<{ path: string }> }>().details[0]!.path).toBe('slug');
  });
});
