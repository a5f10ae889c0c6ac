import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/server/search/schemas.js';
import { engines } from '../helpers/database.js';
import { newDocument, newTask } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

/** The one search box: every kind the reader may see, grouped with counts, diacritics ignored, nothing the reader may not see. */
describe.each(engines)('search everything on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let press: Client;
  let journalist: Client;
  let anonymous: Client;
  let focal: Client;
  const search = async (client: Client, q: string, more = '') => {
    const res = await client.get(`/api/search?q=${encodeURIComponent(q)}${more}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SearchAnswer>();
  };
  const kinds = (a: SearchAnswer) => a.groups.map((g) => g.type);
  const count = (a: SearchAnswer, type: string) => a.groups.find((g) => g.type === type)?.count ?? 0;
  let secretId: number;
  let openId: number;
  let taskId: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    press = await h.signIn('press@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    const summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    const doc = (titleEn: string, titleVi: string, confidentiality: string) =>
      newDocument(staff, summit37, { titleEn, titleVi, type: 'statement', pillar: 'economic', intendedAction: 'adopt', confidentiality });
    secretId = (await doc('Wombat Accord on Fisheries', 'Hiệp định Wombat về nghề cá', 'members')).id;
    openId = (await doc('Statement on Wombat Conservation', 'Tuyên bố về bảo tồn wombat', 'public')).id;
    const bodies = (await staff.get('/api/committee/bodies')).json<{ bodies: Array<{ id: number }> }>().bodies;
    taskId = (await newTask(staff, bodies[0]!.id, { titleEn: 'Print the wombat programme', titleVi: 'In chương trình wombat', dueOn: '2020-11-10' })).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds documents by their Vietnamese title with or without diacritics, beside meetings', async () => {
    for (const q of ['Tuyên bố Hà Nội', 'tuyen bo ha noi', 'TUYÊN BỐ hà nội']) {
      const answer = await search(anonymous, q);
      expect(count(answer, 'document'), q).toBeGreaterThan(0);
      const docs = answer.results.filter((r) => r.type === 'document');
      expect(docs.some((d) => d.titleVi.startsWith('Tuyên bố Hà Nội'))).toBe(true);
      expect(docs.every((d) => typeof d.id === 'number' && d.subtitleEn.includes(' · '))).toBe(true);
    }
    const amm = await search(anonymous, 'amm 53');
    expect(kinds(amm)[0]).toBe('meeting');
  });

  it("gives days and zones apart from the words, for the reader's locale: a meeting's first day where it is held, a partner's zone", async () => {
    // The 37th Summit opened on 12 November 2020 in Hanoi (UTC+7).
    const summit = (await search(anonymous, 'hoi nghi cap cao asean 37')).results.find((r) => r.type === 'meeting' && r.titleEn.includes('37th'))!;
    expect(summit).toMatchObject({ subtitleEn: 'Hanoi', subtitleVi: 'Hà Nội', date: '2020-11-12', timeZone: null });
    const nz = (await search(anonymous, 'new zealand')).results.find((r) => r.type === 'party')!;
    expect(nz).toMatchObject({ subtitleEn: '', timeZone: 'Pacific/Auckland', date: null });
    const task = (await search(staff, 'wombat')).results.find((r) => r.type === 'task')!;
    expect(task.date).toBe('2020-11-10');
    expect(task.subtitleEn).not.toContain('2020-11-10');
  });

  it("gives an article's and a clipping's day in the chairmanship's zone, not in UTC", async () => {
    // 20:00 UTC on 11 November 2020 is 03:00 on the 12th in Hanoi (UTC+7).
    const created = await press.post('/api/press/articles', {
      slug: 'quokka-night-session',
      category: 'news',
      titleEn: 'Quokka night session',
      titleVi: 'Phiên họp đêm quokka',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>Body</p>',
      bodyVi: '<p>Nội dung</p>',
      publishAt: '2020-11-11T20:00:00Z',
    });
    expect(created.statusCode, created.body).toBe(201);
    const articleId = created.json<{ id: number }>().id;
    for (const action of ['submit', 'publish']) expect((await press.post(`/api/press/articles/${articleId}/action`, { action })).statusCode).toBe(200);
    const article = (await search(anonymous, 'quokka')).results.find((r) => r.type === 'article');
    expect(article).toMatchObject({ id: 'quokka-night-session', date: '2020-11-12', timeZone: null });

    const paragraph = 'Leaders of the ten member states met by video conference and agreed on the next steps of the regional recovery.';
    const page = {
      source: 'https://example.org/quokka-night-session',
      content: `<html lang="en"><head><meta property="article:published_time" content="2020-11-11T20:00:00Z"></head><body>
        <article><h1>Quokka talks run past midnight</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`,
    };
    expect((await press.post('/api/press/clippings', { pages: [page] })).statusCode).toBe(201);
    const clipping = (await search(press, 'quokka talks')).results.find((r) => r.type === 'clipping');
    expect(clipping).toMatchObject({ date: '2020-11-12', timeZone: null });
  });

  it('groups results by kind in a fixed order, each group with its count, and lists at most `limit` per kind', async () => {
    const answer = await search(staff, 'wombat');
    expect(kinds(answer)).toEqual(['document', 'task']);
    expect(count(answer, 'document')).toBe(2);
    expect(answer.results.map((r) => `${r.type}:${r.id}`).sort()).toEqual([`document:${openId}`, `document:${secretId}`, `task:${taskId}`].sort());
    const limited = await search(staff, 'wombat', '&limit=1');
    expect(count(limited, 'document')).toBe(2);
    expect(limited.results.filter((r) => r.type === 'document')).toHaveLength(1);
    const asean = await search(anonymous, 'asean');
    const order = ['meeting', 'document', 'article', 'person', 'party', 'body', 'task', 'clipping'];
    expect(kinds(asean)).toEqual([...kinds(asean)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(asean.results.map((r) => r.type)).toEqual([...asean.results.map((r) => r.type)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('never shows or counts what the reader may not see', async () => {
    for (const client of [anonymous, journalist]) {
      const answer = await search(client, 'wombat');
      expect(answer.results.map((r) => r.id)).toEqual([openId]);
      expect(answer.groups).toEqual([{ type: 'document', count: 1 }]);
    }
    // Clippings: the press desk only.
    expect(count(await search(press, 'tham van chung'), 'clipping')).toBeGreaterThan(0);
    for (const client of [anonymous, journalist, focal]) expect(count(await search(client, 'tham van chung'), 'clipping')).toBe(0);
    // Tasks and bodies: those who read the committee.
    expect(count(await search(focal, 'wombat'), 'task')).toBe(1);
    expect(count(await search(journalist, 'wombat'), 'task')).toBe(0);
  });

  it('finds published articles and committee bodies without diacritics', async () => {
    const { articles } = (await anonymous.get('/api/portal/articles')).json<{ articles: Array<{ titleVi: string; slug: string }> }>();
    expect(articles.length).toBeGreaterThan(0);
    const first = articles[0]!;
    const words = first.titleVi
      .split(/\s+/)
      .slice(0, 4)
      .join(' ')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/g, 'd');
    const found = await search(anonymous, words);
    expect(
      found.results.some((r) => r.type === 'article' && r.id === first.slug),
      words,
    ).toBe(true);
    const bodies = (await staff.get('/api/committee/bodies')).json<{ bodies: Array<{ id: number; nameVi: string }> }>().bodies;
    const body = bodies[0]!;
    const folded = body.nameVi
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    const answer = await search(focal, folded);
    expect(
      answer.results.some((r) => r.type === 'body' && r.id === body.id),
      folded,
    ).toBe(true);
    expect(count(await search(anonymous, folded), 'body')).toBe(0);
  });

  it('finds a renamed task by its new title at once, folded as the query is', async () => {
    const renamed = await staff.patch(`/api/tasks/${taskId}`, { titleEn: 'Print the numbat programme', titleVi: 'IN CHƯƠNG TRÌNH ĐẶC BIỆT numbat' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const found = await search(focal, 'chuong trinh dac biet');
    expect(found.results.some((r) => r.type === 'task' && r.id === taskId)).toBe(true);
    expect((await search(focal, 'numbat')).results.map((r) => r.type)).toContain('task');
    expect(count(await search(focal, 'wombat programme'), 'task')).toBe(0);
    await staff.patch(`/api/tasks/${taskId}`, { titleEn: 'Print the wombat programme', titleVi: 'In chương trình wombat' });
  });

  it('answers an empty query with nothing, and a bad limit with 400 naming it', async () => {
    expect(await search(anonymous, '  ?! ')).toEqual({ results: [], groups: [] });
    const res = await anonymous.get('/api/search?q=asean&limit=0');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: Array<{ path: string }> }>().details.map((d) => d.path)).toContain('limit');
  });
});
