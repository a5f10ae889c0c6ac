import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetings, people } from '../../src/server/db/schema.js';
import { documents } from '../../src/server/documents/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import { articlePage, articleView, homeView, portalMeetingView } from '../../src/server/press/news/schemas.js';
import { answer, type Answer } from '../helpers/answer.js';

type PortalMeeting = Answer<typeof portalMeetingView>;
type Article = Answer<typeof articleView>;

const titles = (page: PortalMeeting) => page.outcomes.groups.flatMap((g) => g.documents.map((d) => d.titleEn));

describe.each(engines)('the portal meeting page and document tags on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let anon: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    anon = await h.anonymous();
    const db = h.database.db;
    for (const slug of ['amm-53', 'summit-37']) ids[slug] = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug)))[0]!.id;
    ids['internal'] = (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.isPublic, false)))[0]!.id;
    ids['dung'] = (await db.select({ id: people.id }).from(people).where(eq(people.slug, 'nguyen-quoc-dung')))[0]!.id;
    const [communique] = await db
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.titleEn, 'Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting'));
    const [report] = await db.select({ id: documents.id }).from(documents).where(eq(documents.titleEn, 'Report to the 53rd AMM (generic item 1)'));
    ids['communique'] = communique!.id;
    ids['report'] = report!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it("lists a meeting's adopted, noted and issued documents the public may see, with its news and briefings", async () => {
    const res = await anon.get(`/api/portal/meetings/${ids['amm-53']}`);
    expect(res.statusCode).toBe(200);
    const page = answer(res, portalMeetingView);
    expect(page.meeting).toMatchObject({ titleEn: "53rd ASEAN Foreign Ministers' Meeting (AMM-53)", hostTimeZone: 'Asia/Ho_Chi_Minh' });
    expect(titles(page)).toContain('Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting');
    expect(page.outcomes.total).toBe(titles(page).length);
    expect(page.articles.map((a) => a.slug)).toContain('amm-53-press-briefing');
    expect(page.briefings).toHaveLength(1);
  });

  it('never shows a restricted document, not even to an official who may see it elsewhere', async () => {
    const official = answer(await press.get(`/api/portal/meetings/${ids['amm-53']}`), portalMeetingView);
    expect(titles(official)).not.toContain('Report to the 53rd AMM (generic item 1)');
    // …while the documents module's own outcome list shows it to the official.
    const registry = (await press.get(`/api/meetings/${ids['amm-53']}/outcomes`)).json<PortalMeeting['outcomes']>();
    expect(registry.groups.flatMap((g) => g.documents.map((d) => d.titleEn))).toContain('Report to the 53rd AMM (generic item 1)');
    expect(titles(official)).toEqual(titles(answer(await anon.get(`/api/portal/meetings/${ids['amm-53']}`), portalMeetingView)));
  });

  it('honours an embargo: the document appears only once it has passed', async () => {
    const db = h.database.db;
    // In transactions, as the app writes: a commit empties the portal's read cache.
    await db.transaction((tx) =>
      tx
        .update(documents)
        .set({ embargoUntil: new Date(Date.now() + 86_400_000) })
        .where(eq(documents.id, ids['communique']!)),
    );
    const during = answer(await anon.get(`/api/portal/meetings/${ids['amm-53']}`), portalMeetingView);
    expect(titles(during)).not.toContain('Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting');
    await db.transaction((tx) =>
      tx
        .update(documents)
        .set({ embargoUntil: new Date(Date.now() - 1000) })
        .where(eq(documents.id, ids['communique']!)),
    );
    const after = answer(await anon.get(`/api/portal/meetings/${ids['amm-53']}`), portalMeetingView);
    expect(titles(after)).toContain('Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting');
  });

  it('answers 404 for an internal or unknown meeting, 400 for a malformed id', async () => {
    expect((await anon.get(`/api/portal/meetings/${ids['internal']}`)).statusCode).toBe(404);
    expect((await press.get(`/api/portal/meetings/${ids['internal']}`)).statusCode).toBe(404);
    expect((await anon.get('/api/portal/meetings/999999')).statusCode).toBe(404);
    const bad = await anon.get('/api/portal/meetings/x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().details![0]!.path).toBe('id');
  });

  it('puts the latest meetings with public outcome documents on the home page', async () => {
    const home = answer(await anon.get('/api/portal/home'), homeView);
    expect(home.outcomeMeetings.length).toBeGreaterThan(1);
    const starts = home.outcomeMeetings.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    // Each count is what the meeting's page lists: public documents only.
    for (const m of home.outcomeMeetings) {
      const page = answer(await anon.get(`/api/portal/meetings/${m.id}`), portalMeetingView);
      expect(m.count).toBe(page.outcomes.total);
      expect(m.count).toBeGreaterThan(0);
    }
  });

  it('tags articles with people and documents; the portal names only documents the public may see', async () => {
    const res = await press.post('/api/press/articles', {
      slug: 'communique-and-report',
      category: 'news',
      titleEn: 'AMM-53 closes',
      titleVi: 'Bế mạc AMM 53',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>x</p>',
      bodyVi: '<p>x</p>',
      meetingIds: [ids['amm-53']],
      personIds: [ids['dung']],
      documentIds: [ids['communique'], ids['report']],
    });
    expect(res.statusCode).toBe(201);
    const article = answer(res, articleView);
    expect(article.people.map((p) => p.nameEn)).toEqual(['Nguyễn Quốc Dũng']);
    expect(article.documents.map((d) => d.id).sort()).toEqual([ids['communique'], ids['report']].sort());
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'submit' });
    await press.post(`/api/press/articles/${article.id}/action`, { action: 'publish' });
    const shown = answer(await anon.get('/api/portal/articles/communique-and-report'), articlePage);
    expect(shown.documents.map((d) => d.nameEn)).toEqual(['Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting']);
    expect(shown.people.map((p) => p.id)).toEqual([ids['dung']]);
    // The press desk (an official) sees both tags on the same article.
    expect(answer(await press.get(`/api/press/articles/${article.id}`), articleView).documents).toHaveLength(2);
  });

  it('refuses tags naming nothing, field by field', async () => {
    const res = await press.post('/api/press/articles', {
      slug: 'bad-tags',
      category: 'news',
      titleEn: 'x',
      titleVi: 'x',
      leadEn: 'x',
      leadVi: 'x',
      bodyEn: '',
      bodyVi: '',
      meetingIds: [ids['amm-53'], 999_991],
      personIds: [999_992],
      documentIds: [ids['communique'], 999_993],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().details).toEqual([
      { path: 'meetingIds.1', message: 'no meeting 999991' },
      { path: 'personIds.0', message: 'no person 999992' },
      { path: 'documentIds.1', message: 'no document 999993' },
    ]);
    expect((await press.get('/api/press/articles')).json<{ articles: Article[] }>().articles.map((a) => a.slug)).not.toContain('bad-tags');
    const wrongType = await press.post('/api/press/articles', { slug: 'bad-tags', documentIds: ['x'] });
    expect(wrongType.json<ErrorBody>().details!.map((d) => d.path)).toContain('documentIds.0');
  });
});
