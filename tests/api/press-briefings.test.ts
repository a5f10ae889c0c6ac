import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents, meetings, people } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import { articleView, briefingDeskView, briefingList } from '../../src/server/press/news/schemas.js';
import { answer, type Answer } from '../helpers/answer.js';

type DeskBriefing = Answer<typeof briefingDeskView>;

describe.each(engines)("briefings' remarks published as news on %s", (engine) => {
  let h: Harness;
  let press: Client;
  let secretariat: Client;
  let anon: Client;
  let summit37: number;
  let dung: number;
  let counter = 0;

  const announce = async (extra: Record<string, unknown> = {}) => {
    const res = await press.post('/api/press/briefings', {
      meetingId: summit37,
      startsAt: '2020-11-11T16:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      placeEn: 'International Media Center, Hanoi',
      placeVi: 'Trung tâm Báo chí quốc tế, Hà Nội',
      topicEn: `Programme of the summits ${counter}`,
      topicVi: `Chương trình các hội nghị cấp cao ${counter++}`,
      speakers: ['Deputy Minister Nguyễn Quốc Dũng', 'Spokesperson'],
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return answer(res, briefingDeskView);
  };
  const remarks = {
    remarksEn: 'About 20 high-level activities.\n\nAbout 80 documents <script>x()</script>.',
    remarksVi: 'Khoảng 20 hoạt động cấp cao.\n\nKhoảng 80 văn kiện.',
  };
  const record = (client: Client, id: number, body: unknown = remarks) => client.request('PUT', `/api/press/briefings/${id}/remarks`, body);
  const publicBriefings = async () => answer(await anon.get('/api/portal/briefings'), briefingList).briefings;

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    secretariat = await h.signIn('secretariat@gavel.demo');
    anon = await h.anonymous();
    const db = h.database.db;
    summit37 = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, 'summit-37')))[0]!.id;
    dung = (await db.select({ id: people.id }).from(people).where(eq(people.slug, 'nguyen-quoc-dung')))[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has the AMM-53 briefing with its remarks and the demo article written from them', async () => {
    const desk = (await press.get('/api/press/briefings')).json<{ briefings: DeskBriefing[] }>().briefings;
    const amm53 = desk.find((b) => b.article?.slug === 'amm-53-press-briefing')!;
    expect(amm53.remarksVi).toContain('27 đoàn thuộc 4 châu lục');
    expect((await publicBriefings()).find((b) => b.id === amm53.id)?.article?.slug).toBe('amm-53-press-briefing');
  });

  it('records the remarks and publishes them as a tagged draft in one step, linked both ways', async () => {
    const briefing = await announce();
    const recorded = await record(press, briefing.id);
    expect(recorded.statusCode).toBe(200);
    expect(answer(recorded, briefingDeskView).remarksVi).toBe(remarks.remarksVi);
    // Remarks are not public before they are news.
    expect((await publicBriefings()).find((b) => b.id === briefing.id)).not.toHaveProperty('remarksEn');

    const created = await press.post(`/api/press/briefings/${briefing.id}/article`);
    expect(created.statusCode).toBe(201);
    const article = answer(created, articleView);
    expect(article).toMatchObject({
      status: 'draft',
      category: 'briefing',
      titleEn: briefing.topicEn,
      leadEn: 'Press briefing on 11 November 2020 at International Media Center, Hanoi. Speakers: Deputy Minister Nguyễn Quốc Dũng, Spokesperson.',
      leadVi: 'Họp báo ngày 11/11/2020 tại Trung tâm Báo chí quốc tế, Hà Nội. Phát biểu: Deputy Minister Nguyễn Quốc Dũng, Spokesperson.',
      bodyVi: '<p>Khoảng 20 hoạt động cấp cao.</p><p>Khoảng 80 văn kiện.</p>',
      briefingId: briefing.id,
    });
    expect(article.slug).toMatch(/^briefing-2020-11-11-programme-of-the-summits-/);
    expect(article.bodyEn).toBe('<p>About 20 high-level activities.</p><p>About 80 documents &lt;script&gt;x()&lt;/script&gt;.</p>');
    expect(article.meetings.map((m) => m.id)).toEqual([summit37]);
    expect(article.people.map((p) => p.id)).toEqual([dung]);

    const desk = (await press.get('/api/press/briefings')).json<{ briefings: DeskBriefing[] }>().briefings.find((b) => b.id === briefing.id)!;
    expect(desk.article).toMatchObject({ id: article.id, status: 'draft' });
    // The public sees the link only once the article is published.
    expect((await publicBriefings()).find((b) => b.id === briefing.id)?.article).toBeNull();
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'submit' });
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'publish' });
    expect((await publicBriefings()).find((b) => b.id === briefing.id)?.article).toMatchObject({ slug: article.slug, titleEn: briefing.topicEn });

    const events = await h.database.db
      .select({ action: changeEvents.action, changes: changeEvents.changes })
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'briefing'), eq(changeEvents.entityId, String(briefing.id))));
    expect(events.map((e) => Object.keys(e.changes as object))).toEqual([expect.arrayContaining(['topicEn']), ['remarksEn', 'remarksVi'], ['articleId']]);

    // One article per briefing.
    const again = await press.post(`/api/press/briefings/${briefing.id}/article`);
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().details![0]!.path).toBe('articleId');
  });

  it('gives a second briefing on the same day and topic its own address', async () => {
    const first = await announce({ topicEn: 'Same topic', topicVi: 'Cùng chủ đề' });
    const second = await announce({ topicEn: 'Same topic', topicVi: 'Cùng chủ đề' });
    for (const b of [first, second]) await record(press, b.id);
    const a = answer(await press.post(`/api/press/briefings/${first.id}/article`), articleView);
    const b = answer(await press.post(`/api/press/briefings/${second.id}/article`), articleView);
    expect([a.slug, b.slug]).toEqual(['briefing-2020-11-11-same-topic', 'briefing-2020-11-11-same-topic-2']);
  });

  it('refuses to publish before remarks exist, and names missing remark fields', async () => {
    const briefing = await announce();
    const early = await press.post(`/api/press/briefings/${briefing.id}/article`);
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().details![0]!.path).toBe('remarksEn');
    const blank = await record(press, briefing.id, { remarksEn: '   ', remarksVi: 'x' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<ErrorBody>().details!.map((d) => d.path)).toEqual(['remarksEn']);
    const missing = await record(press, briefing.id, { remarksEn: 'x' });
    expect(missing.json<ErrorBody>().details!.map((d) => d.path)).toEqual(['remarksVi']);
    expect((await record(press, 999_999)).statusCode).toBe(404);
    expect((await press.post('/api/press/briefings/999999/article')).statusCode).toBe(404);
  });

  it('lets only press officers record remarks and publish them; the desk reads them, the public does not', async () => {
    const briefing = await announce();
    expect((await record(secretariat, briefing.id)).statusCode).toBe(403);
    expect((await record(anon, briefing.id)).statusCode).toBe(401);
    await record(press, briefing.id);
    expect((await secretariat.post(`/api/press/briefings/${briefing.id}/article`)).statusCode).toBe(403);
    expect((await anon.post(`/api/press/briefings/${briefing.id}/article`)).statusCode).toBe(401);
    expect((await secretariat.get('/api/press/briefings')).statusCode).toBe(200);
    expect((await anon.get('/api/press/briefings')).statusCode).toBe(401);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get('/api/press/briefings')).statusCode).toBe(403);
  });
});
