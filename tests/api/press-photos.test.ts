import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

interface Photo {
  id: number;
  url: string;
  width: number;
  height: number;
  captionEn: string;
  captionVi: string;
  credit: string;
  position: number;
  isLead: boolean;
}
interface Article {
  id: number;
  slug: string;
  status: string;
  bodyEn: string;
  bodyVi: string;
  photos: Photo[];
  leadPhoto: Photo | null;
}

const captions = { captionEn: 'Leaders at the opening, online', captionVi: 'Lãnh đạo tại phiên khai mạc trực tuyến', credit: 'VNA' };
let counter = 0;

describe.each(engines)('article photos on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let secretariat: Client;
  let anon: Client;

  const upload = (client: Client, articleId: number, fields: Record<string, string> = captions, file: Buffer | null = png(120, 80)) => {
    const body = multipartBody(fields, file ? { name: 'photo', filename: 'photo.png', type: 'image/png', bytes: file } : undefined);
    return client.request('POST', `/api/press/articles/${articleId}/photos`, body.payload, body.headers);
  };
  const newDraft = async () => {
    const res = await press.post('/api/press/articles', {
      slug: `photo-story-${counter++}`,
      category: 'news',
      titleEn: 'Photo story',
      titleVi: 'Phóng sự ảnh',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>Body</p>',
      bodyVi: '<p>Nội dung</p>',
    });
    expect(res.statusCode).toBe(201);
    return res.json<Article>();
  };
  const publish = async (id: number) => {
    await press.post(`/api/press/articles/${id}/action`, { action: 'submit' });
    expect((await press.post(`/api/press/articles/${id}/action`, { action: 'publish' })).statusCode).toBe(200);
  };
  const article = async (id: number) => (await press.get(`/api/press/articles/${id}`)).json<Article>();

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    secretariat = await h.signIn('secretariat@gavel.demo');
    anon = await h.anonymous();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('uploads photos with bilingual captions and a credit; the first leads; the public sees them only once published', async () => {
    const draft = await newDraft();
    const first = await upload(press, draft.id);
    expect(first.statusCode).toBe(201);
    const photo = first.json<Photo>();
    expect(photo).toMatchObject({ ...captions, width: 120, height: 80, position: 1, isLead: true, url: `/api/portal/photos/${photo.id}` });
    const second = (await upload(press, draft.id, { captionEn: 'The press center', captionVi: 'Trung tâm báo chí', credit: 'Gavel' })).json<Photo>();
    expect(second).toMatchObject({ position: 2, isLead: false });

    // A draft's photo does not exist for the public; the news desk sees it.
    expect((await anon.get(photo.url)).statusCode).toBe(404);
    const forDesk = await press.get(photo.url);
    expect(forDesk.statusCode).toBe(200);
    expect(forDesk.headers['cache-control']).toBe('private, no-store');

    await publish(draft.id);
    const open = await anon.get(photo.url);
    expect(open.statusCode).toBe(200);
    expect(open.headers['content-type']).toBe('image/png');
    expect(open.headers['x-content-type-options']).toBe('nosniff');
    expect(open.headers['content-disposition']).toBe(`inline; filename*=UTF-8''photo-${photo.id}.png`);
    expect(open.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const shown = (await anon.get(`/api/portal/articles/${draft.slug}`)).json<Article>();
    expect(shown.photos.map((p) => [p.captionVi, p.credit, p.isLead])).toEqual([
      [captions.captionVi, 'VNA', true],
      ['Trung tâm báo chí', 'Gavel', false],
    ]);
    const listed = (await anon.get('/api/portal/articles')).json<{ articles: Article[] }>().articles.find((a) => a.slug === draft.slug)!;
    expect(listed.leadPhoto?.id).toBe(photo.id);
    expect((await anon.get('/api/portal/atom.xml?lang=en')).body).toContain(photo.url);

    // Withdrawn: gone from the public again.
    await press.post(`/api/press/articles/${draft.id}/action`, { action: 'withdraw' });
    expect((await anon.get(photo.url)).statusCode).toBe(404);
  });

  it('refuses what is not a photo: not an image 415, over 5 MB 413, a decompression bomb 413, nothing 400', async () => {
    const draft = await newDraft();
    const notImage = await upload(press, draft.id, captions, Buffer.from('%PDF-1.7 a document, not a photo'));
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json<ErrorBody>().details![0]!.path).toBe('photo');
    const svg = await upload(press, draft.id, captions, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    expect(svg.statusCode).toBe(415);
    const huge = await upload(press, draft.id, captions, Buffer.concat([png(10, 10), Buffer.alloc(5 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json<ErrorBody>().details![0]!.path).toBe('photo');
    const bomb = await upload(press, draft.id, captions, png(1, 1, [0, 0, 0], { width: 60_000, height: 60_000 }));
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json<ErrorBody>().details![0]!.message).toBe('declared 60000×60000 pixels');
    const none = await upload(press, draft.id, captions, null);
    expect(none.statusCode).toBe(400);
    expect(none.json<ErrorBody>().details![0]!.path).toBe('photo');
    const json = await press.post(`/api/press/articles/${draft.id}/photos`, captions);
    expect(json.statusCode).toBe(415);
    expect((await article(draft.id)).photos).toEqual([]);
  });

  it('names each missing or wrong caption field', async () => {
    const draft = await newDraft();
    const res = await upload(press, draft.id, { captionEn: '  ', credit: 'x'.repeat(201), lead: 'maybe' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<ErrorBody>()
        .details!.map((d) => d.path)
        .sort(),
    ).toEqual(['captionEn', 'captionVi', 'credit', 'lead']);
    expect((await upload(press, 999_999)).statusCode).toBe(404);
  });

  it('lets only press officers change photos; the public and journalists cannot even upload', async () => {
    const draft = await newDraft();
    expect((await upload(secretariat, draft.id)).statusCode).toBe(403);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await upload(journalist, draft.id)).statusCode).toBe(403);
    expect((await upload(anon, draft.id)).statusCode).toBe(401);
    const photo = (await upload(press, draft.id)).json<Photo>();
    expect((await secretariat.patch(`/api/press/articles/${draft.id}/photos/${photo.id}`, { credit: 'x' })).statusCode).toBe(403);
    expect((await secretariat.delete(`/api/press/articles/${draft.id}/photos/${photo.id}`)).statusCode).toBe(403);
    expect((await secretariat.request('PUT', `/api/press/articles/${draft.id}/photos/order`, { photoIds: [photo.id] })).statusCode).toBe(403);
    expect((await anon.patch(`/api/press/articles/${draft.id}/photos/${photo.id}`, { credit: 'x' })).statusCode).toBe(401);
    // The desk (secretariat writes articles too) sees the draft's photo; the journalist does not.
    expect((await secretariat.get(photo.url)).statusCode).toBe(200);
    expect((await journalist.get(photo.url)).statusCode).toBe(404);
  });

  it('changes captions, moves the lead, reorders and removes, keeping one lead', async () => {
    const draft = await newDraft();
    const [a, b, c] = [
      (await upload(press, draft.id)).json<Photo>(),
      (await upload(press, draft.id, { ...captions, lead: 'true' })).json<Photo>(),
      (await upload(press, draft.id)).json<Photo>(),
    ];
    expect((await article(draft.id)).leadPhoto?.id).toBe(b!.id);

    const patched = await press.patch(`/api/press/articles/${draft.id}/photos/${c!.id}`, { captionVi: 'Chú thích mới', lead: true });
    expect(patched.json<Photo>()).toMatchObject({ captionVi: 'Chú thích mới', captionEn: captions.captionEn, isLead: true });
    expect((await article(draft.id)).photos.filter((p) => p.isLead).map((p) => p.id)).toEqual([c!.id]);
    const empty = await press.patch(`/api/press/articles/${draft.id}/photos/${c!.id}`, {});
    expect(empty.statusCode).toBe(400);
    const notLead = await press.patch(`/api/press/articles/${draft.id}/photos/${c!.id}`, { lead: false });
    expect(notLead.json<ErrorBody>().details![0]!.path).toBe('lead');
    const blank = await press.patch(`/api/press/articles/${draft.id}/photos/${c!.id}`, { credit: ' ' });
    expect(blank.json<ErrorBody>().details![0]!.path).toBe('credit');

    const order = (ids: number[]) => press.request('PUT', `/api/press/articles/${draft.id}/photos/order`, { photoIds: ids });
    const reordered = await order([c!.id, a!.id, b!.id]);
    expect(reordered.json<{ photos: Photo[] }>().photos.map((p) => [p.id, p.position])).toEqual([
      [c!.id, 1],
      [a!.id, 2],
      [b!.id, 3],
    ]);
    for (const bad of [
      [c!.id, a!.id],
      [c!.id, a!.id, b!.id, b!.id],
      [c!.id, a!.id, 999_999],
    ]) {
      const res = await order(bad);
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().details![0]!.path).toBe('photoIds');
    }

    const events = (type: string, id: number) =>
      h.database.db
        .select({ action: changeEvents.action, changes: changeEvents.changes })
        .from(changeEvents)
        .where(and(eq(changeEvents.entityType, type), eq(changeEvents.entityId, String(id))));
    expect((await events('article_photo', c!.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expect((await events('article', draft.id)).some((e) => JSON.stringify(e.changes).includes('photoOrder'))).toBe(true);

    const removed = await press.delete(`/api/press/articles/${draft.id}/photos/${c!.id}`);
    expect(removed.json<{ photos: Photo[] }>().photos.map((p) => [p.id, p.isLead])).toEqual([
      [a!.id, true],
      [b!.id, false],
    ]);
    expect((await press.delete(`/api/press/articles/${draft.id}/photos/${c!.id}`)).statusCode).toBe(404);
    expect((await events('article_photo', c!.id)).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    // A photo of another article is not this article's.
    const other = await newDraft();
    expect((await press.delete(`/api/press/articles/${other.id}/photos/${a!.id}`)).statusCode).toBe(404);
  });

  it("keeps in the body only the article's own photos, and drops a removed one from it", async () => {
    const draft = await newDraft();
    const mine = (await upload(press, draft.id)).json<Photo>();
    const other = await newDraft();
    const theirs = (await upload(press, other.id)).json<Photo>();
    const body = `<p>Text</p><img src="${mine.url}" alt="x"><img src="${theirs.url}"><img src="https://tracker.example/p.gif"><img src="javascript:alert(1)">`;
    const saved = await press.request('PUT', `/api/press/articles/${draft.id}`, {
      slug: draft.slug,
      category: 'news',
      titleEn: 'Photo story',
      titleVi: 'Phóng sự ảnh',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: body,
      bodyVi: body,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<Article>().bodyEn).toBe(`<p>Text</p><img src="${mine.url}" alt="x" />`);
    await press.delete(`/api/press/articles/${draft.id}/photos/${mine.id}`);
    const after = await article(draft.id);
    expect(after.bodyEn).toBe('<p>Text</p>');
    expect(after.bodyVi).toBe('<p>Text</p>');
  });

  it('changes photos only while the article is a draft', async () => {
    const draft = await newDraft();
    const photo = (await upload(press, draft.id)).json<Photo>();
    await press.post(`/api/press/articles/${draft.id}/action`, { action: 'submit' });
    expect((await upload(press, draft.id)).statusCode).toBe(409);
    expect((await press.patch(`/api/press/articles/${draft.id}/photos/${photo.id}`, { credit: 'x' })).statusCode).toBe(409);
    expect((await press.delete(`/api/press/articles/${draft.id}/photos/${photo.id}`)).statusCode).toBe(409);
    expect((await article(draft.id)).photos).toHaveLength(1);
  });

  it('answers 404 for unknown photos and 400 for a malformed id', async () => {
    expect((await anon.get('/api/portal/photos/999999')).statusCode).toBe(404);
    expect((await anon.get('/api/portal/photos/abc')).statusCode).toBe(400);
  });
});
