/**
 * Reading and correcting clippings, syndicated stories, search without
 * diacritics, uploads of saved pages, section pages followed, and the daily
 * press review (DOCX, PDF, e-mail): through the real server, against a local
 * HTTP site started here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents } from '../../src/server/db/schema.js';
import { mailAttachments, mailOutbox } from '../../src/server/mail/schema.js';
import { pdfBytes } from '../../src/server/files/pdf.js';
import { createMonitor, pollDueSources } from '../../src/server/press/monitoring/watch.js';
import { correctClipping } from '../../src/server/press/monitoring/corrections.js';
import type { Db } from '../../src/server/db/client.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { multipartBody } from '../helpers/multipart.js';
import type { Answer } from '../helpers/answer.js';
import type { clippingDetail } from '../../src/server/press/monitoring/schemas.js';

async function pdfText(bytes: Buffer | Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
  }
  return text.replace(/\s+/g, ' ');
}

const story = (headline: string, author: string, extra = '') => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="article:published_time" content="2020-11-13T08:15:00+07:00"></head><body><article>
<h1>${headline}</h1>
<p>Chiều 13/11, Thủ tướng Nguyễn Xuân Phúc chủ trì họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37 tại Trung tâm Hội nghị Quốc gia, Hà Nội.</p>
<p>Thủ tướng cho biết các nhà lãnh đạo đã thông qua Khung phục hồi tổng thể ASEAN và nhất trí thúc đẩy ký kết Hiệp định RCEP trong những ngày tới.${extra}</p>
<p>Các phóng viên trong nước và quốc tế đã đặt nhiều câu hỏi về hợp tác ứng phó dịch bệnh và an ninh khu vực.</p>
<p class="author">${author}</p></article></body></html>`;

const dispatch =
  'Hà Nội, 14/11 - Các Bộ trưởng Kinh tế ASEAN đã họp trực tuyến để chuẩn bị cho lễ ký Hiệp định Đối tác Kinh tế Toàn diện Khu vực, dự kiến diễn ra vào ngày mai bên lề Hội nghị Cấp cao ASEAN lần thứ 37. ' +
  'Các bộ trưởng nhất trí rằng việc ký kết sẽ là tín hiệu mạnh mẽ về cam kết của khu vực đối với thương mại tự do và chuỗi cung ứng mở trong bối cảnh đại dịch.';

function startSite(): Promise<{ server: Server; base: string; setVersion: (v: number) => void }> {
  let version = 1;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    if (path === '/thoi-su/hop-bao-sau-hoi-nghi-cap-cao-37.html') {
      return send(200, 'text/html; charset=utf-8', story('Họp báo sau Hội nghị Cấp cao 37', 'Minh Anh', version > 1 ? ' Phiên bản cập nhật.' : ''));
    }
    if (path === '/thoi-su/bai-thu-hai-ve-hoi-nghi-cap-cao-123456.html') {
      return send(200, 'text/html; charset=utf-8', story('Bài thứ hai về Hội nghị Cấp cao', 'Thu Hà'));
    }
    if (path === '/thoi-su') {
      return send(
        200,
        'text/html; charset=utf-8',
        `<html><body><nav><a href="/">Trang chủ</a><a href="/tag/asean">ASEAN</a></nav>
        <a href="/thoi-su/hop-bao-sau-hoi-nghi-cap-cao-37.html">Họp báo</a>
        <a href="/thoi-su/bai-thu-hai-ve-hoi-nghi-cap-cao-123456.html">Bài thứ hai</a>
        <a href="http://elsewhere.invalid/thoi-su/bai-o-trang-khac-999999.html">Nơi khác</a></body></html>`,
      );
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, setVersion: (v) => (version = v) }),
    ),
  );
}

/** A clipping as these tests read it: the detail's fields (a list answers fewer), and an import's `duplicate`. */
type Clipping = Answer<typeof clippingDetail> & { duplicate?: boolean };

const fetchOptions = { allowPrivate: true, timeoutMs: 2000, hostIntervalMs: 0 };

describe.each(engines)('reading, correcting and the daily press review on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let site: Awaited<ReturnType<typeof startSite>>;
  const url = () => `${site.base}/thoi-su/hop-bao-sau-hoi-nghi-cap-cao-37.html`;
  const clipping = async (id: number) => (await press.get(`/api/press/clippings/${id}`)).json<Clipping>();

  beforeAll(async () => {
    site = await startSite();
    h = await startHarness(engine, { config: { monitor: { ...fetchOptions, sweepMinutes: 0 } } });
    press = await h.signIn('press@gavel.demo');
  });
  afterAll(async () => {
    site.server.closeAllConnections();
    site.server.close();
    await h?.close();
  });

  it('keeps a press officer’s corrections through a re-import of the same address, with the change in the log', async () => {
    const first = (await press.post('/api/press/clippings/fetch', { url: url() })).json<{ clippings: Clipping[] }>().clippings[0]!;
    expect(first.title).toBe('Họp báo sau Hội nghị Cấp cao 37');
    const coverage = (await press.get('/api/press/coverage')).json<{ meetings: { meetingId: number; slug: string }[] }>().meetings;
    const amm = coverage.find((m) => m.slug === 'amm-53')!;

    const corrected = await press.patch(`/api/press/clippings/${first.id}`, {
      headline: 'Thủ tướng họp báo quốc tế sau Hội nghị Cấp cao ASEAN 37',
      published: { day: '2020-11-13', time: null },
      meetingIds: [amm.meetingId],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const c = corrected.json<Clipping>();
    expect(c).toMatchObject({
      title: 'Thủ tướng họp báo quốc tế sau Hội nghị Cấp cao ASEAN 37',
      publishedPrecision: 'day',
      publishedAt: '2020-11-12T17:00:00.000Z',
    });
    expect(c.correctedFields.sort()).toEqual(['headline', 'meetings', 'publishedAt']);
    expect(c.meetings.map((m) => m.id)).toEqual([amm.meetingId]);
    const events = await h.database.db
      .select()
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'clipping'), eq(changeEvents.entityId, String(first.id))));
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);

    // The page changes at its address; fetched again, only the fields nobody corrected are refreshed.
    site.setVersion(2);
    const again = await press.post('/api/press/clippings/fetch', { url: url(), refresh: true });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<{ clippings: Clipping[] }>().clippings[0]).toMatchObject({ id: first.id, duplicate: true });
    const after = await clipping(first.id);
    expect(after.title).toBe('Thủ tướng họp báo quốc tế sau Hội nghị Cấp cao ASEAN 37');
    expect(after.publishedPrecision).toBe('day');
    expect(after.meetings.map((m) => m.id)).toEqual([amm.meetingId]);
    expect(after.body).toContain('Phiên bản cập nhật.');
    expect(after.author).toBe('Minh Anh');
  });

  it('refuses corrections that name no field, unknown meetings or an impossible date with a 400 naming the field', async () => {
    const [any] = (await press.get('/api/press/clippings')).json<{ clippings: Clipping[] }>().clippings;
    expect((await press.patch(`/api/press/clippings/${any!.id}`, {})).statusCode).toBe(400);
    const unknown = await press.patch(`/api/press/clippings/${any!.id}`, { meetingIds: [999999] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'invalid_reference', details: [{ path: 'meetingIds' }] });
    const date = await press.patch(`/api/press/clippings/${any!.id}`, { published: { day: '2020-02-31', time: null } });
    expect(date.statusCode).toBe(400);
    expect((await press.patch('/api/press/clippings/999999', { author: 'X' })).statusCode).toBe(404);
  });

  it('groups the same story from several outlets and finds clippings without diacritics', async () => {
    const page = (headline: string) => `${headline}\n\n${dispatch}\n\nTheo TTXVN`;
    const res = await press.post('/api/press/clippings', {
      pages: [
        { source: 'https://tuoitre.example/bo-truong-kinh-te-asean-hop-truc-tuyen.htm', content: page('Bộ trưởng Kinh tế ASEAN họp trực tuyến') },
        { source: 'https://www.thanhnien.example/asean-san-sang-ky-rcep.html', content: page('ASEAN sẵn sàng ký RCEP') },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const [a, b] = res.json<{ clippings: Clipping[] }>().clippings;
    expect(b!.storyId).toBe(a!.id);
    const detail = await clipping(a!.id);
    expect(detail.syndicated).toEqual([expect.objectContaining({ id: b!.id, outlet: 'thanhnien.example' })]);

    const found = (await press.get(`/api/press/clippings?q=${encodeURIComponent('san sang ky rcep')}`)).json<{ clippings: Clipping[] }>().clippings;
    expect(found.map((c) => c.id)).toEqual([b!.id]);
    const inBody = (await press.get(`/api/press/clippings?q=${encodeURIComponent('chuoi cung ung')}`)).json<{ clippings: Clipping[] }>().clippings;
    expect(inBody.map((c) => c.id).sort()).toEqual([a!.id, b!.id].sort());
    const search = (await press.get(`/api/search?q=${encodeURIComponent('bo truong kinh te asean hop')}`)).json<{ results: { type: string; id: number }[] }>();
    expect(search.results.filter((r) => r.type === 'clipping').map((r) => r.id)).toContain(a!.id);
  });

  it('groups a clipping again when its body is corrected: it joins the story it now tells, leaves the one it no longer tells', async () => {
    const wire =
      'Hà Nội, 15/11 - Mười lăm nền kinh tế đã ký Hiệp định Đối tác Kinh tế Toàn diện Khu vực theo hình thức trực tuyến, bên lề Hội nghị Cấp cao ASEAN lần thứ 37 do Việt Nam chủ trì. ' +
      'Hiệp định bao gồm mười nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Australia và New Zealand, sau tám năm đàm phán với hơn ba mươi vòng họp.';
    const other =
      'Đà Nẵng, 15/11 - Lễ hội pháo hoa quốc tế năm nay dự kiến thu hút hàng chục nghìn du khách, với các đội trình diễn đến từ nhiều quốc gia châu Âu và châu Á. ' +
      'Ban tổ chức cho biết các biện pháp phòng dịch sẽ được áp dụng nghiêm ngặt tại khu vực khán đài dọc hai bờ sông Hàn trong suốt các đêm thi.';
    const page = (headline: string, body: string) => `${headline}\n\n${body}\n\nTheo TTXVN`;
    const res = await press.post('/api/press/clippings', {
      pages: [
        { source: 'https://vnexpress.example/muoi-lam-nen-kinh-te-ky-rcep.html', content: page('Mười lăm nền kinh tế ký RCEP', wire) },
        { source: 'https://dantri.example/le-hoi-phao-hoa-da-nang.htm', content: page('Đà Nẵng sẵn sàng cho lễ hội pháo hoa', other) },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const [rcep, fireworks] = res.json<{ clippings: Clipping[] }>().clippings;
    expect((await clipping(fireworks!.id)).storyId).toBe(fireworks!.id);
    const storyEvents = async (id: number) =>
      (
        await h.database.db
          .select()
          .from(changeEvents)
          .where(and(eq(changeEvents.entityType, 'clipping'), eq(changeEvents.entityId, String(id))))
      )
        // Updates record the move as { from, to }; the import's event names the story it joined as a plain id.
        .filter((e) => e.action === 'update')
        .map((e) => (e.changes as { storyId?: { from: number | null; to: number | null } }).storyId)
        .filter(Boolean);

    // The second clipping's body was the wrong article: corrected to the wire story, it joins the first's story.
    const joined = await press.patch(`/api/press/clippings/${fireworks!.id}`, { body: wire });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json<Clipping>().storyId).toBe(rcep!.id);
    expect((await clipping(rcep!.id)).syndicated.map((c) => c.id)).toEqual([fireworks!.id]);
    expect(await storyEvents(fireworks!.id)).toEqual([{ from: null, to: rcep!.id }]);

    // A third outlet carries the story; then the first clipping's body is corrected away: it leaves, the next heads the story.
    const third = (
      await press.post('/api/press/clippings', {
        pages: [{ source: 'https://vov.example/ky-ket-rcep.vov', content: page('Ký kết RCEP bên lề HNCC 37', wire) }],
      })
    ).json<{ clippings: Clipping[] }>().clippings[0]!;
    expect(third.storyId).toBe(rcep!.id);
    const left = await press.patch(`/api/press/clippings/${rcep!.id}`, { body: other });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<Clipping>().storyId).toBe(rcep!.id);
    expect((await clipping(rcep!.id)).syndicated).toEqual([]);
    expect((await clipping(fireworks!.id)).storyId).toBe(fireworks!.id);
    expect((await clipping(third.id)).storyId).toBe(fireworks!.id);
    expect((await clipping(fireworks!.id)).syndicated.map((c) => c.id)).toEqual([third.id]);
    expect(await storyEvents(third.id)).toEqual([{ from: rcep!.id, to: fireworks!.id }]);

    // Corrected away from the story it joined (to the festival article the first clipping now holds), a clipping leaves it and joins that one.
    const away = await press.patch(`/api/press/clippings/${third.id}`, { body: other.replace('Đà Nẵng, 15/11', 'TP Đà Nẵng, 15/11') });
    expect(away.statusCode, away.body).toBe(200);
    expect(away.json<Clipping>().storyId).toBe(rcep!.id);
    expect((await clipping(fireworks!.id)).syndicated).toEqual([]);
    expect(await storyEvents(third.id)).toEqual([
      { from: rcep!.id, to: fireworks!.id },
      { from: fireworks!.id, to: rcep!.id },
    ]);
  });

  it('writes the change log of a story whose head leaves in one insert, however many clippings move', async () => {
    const wire =
      'Hà Nội, 16/11 - Các nhà lãnh đạo ASEAN đã thông qua Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025, giao các bộ trưởng xây dựng kế hoạch triển khai trong năm tới. ' +
      'Tuyên bố nhấn mạnh vai trò trung tâm của ASEAN, sự gắn kết nội khối và khả năng chống chịu trước các cú sốc kinh tế và dịch bệnh trong khu vực.';
    const other =
      'Huế, 16/11 - Liên hoan ẩm thực cố đô mở cửa với hàng trăm gian hàng món ăn truyền thống, thu hút đông đảo người dân và du khách trong ngày khai mạc. ' +
      'Ban tổ chức cho biết liên hoan kéo dài một tuần với nhiều hoạt động giao lưu văn hoá và trình diễn nghệ thuật dân gian bên bờ sông Hương.';
    const outlets = ['vnexpress', 'dantri', 'vov', 'tuoitre', 'thanhnien', 'vietnamnet'];
    const made = await press.post('/api/press/clippings', {
      pages: outlets.map((o, i) => ({
        source: `https://${o}.example/tam-nhin-asean-${i}.html`,
        content: `Tầm nhìn ASEAN sau 2025 (${o})\n\n${wire}\n\nTheo TTXVN`,
      })),
    });
    expect(made.statusCode, made.body).toBe(201);
    const [head, ...members] = made.json<{ clippings: Clipping[] }>().clippings;
    for (const m of members) expect(m.storyId).toBe(head!.id);

    // The command run as the route runs it, its transaction watched: inserts into the change log are counted.
    let logInserts = 0;
    const watched = new Proxy(h.database.db, {
      get(db, key) {
        if (key !== 'transaction') return Reflect.get(db, key) as unknown;
        return (work: (tx: unknown) => Promise<unknown>) =>
          db.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(t, k) {
                  const value = Reflect.get(t, k) as unknown;
                  if (k !== 'insert') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
                  return (table: unknown) => {
                    if (table === changeEvents) logInserts++;
                    return t.insert(table as typeof changeEvents);
                  };
                },
              }),
            ),
          );
      },
    }) as Db;
    await correctClipping(watched, { userId: null, requestId: 'leave-test' }, head!.id, { body: other });
    expect(logInserts).toBe(1);

    // Each moved clipping still has its own event, in the same transaction as the correction's.
    const events = await h.database.db.select().from(changeEvents).where(eq(changeEvents.requestId, 'leave-test'));
    expect(events.map((e) => e.entityId).sort()).toEqual([head!, ...members].map((c) => String(c.id)).sort());
    expect(new Set(events.map((e) => e.txXmin)).size).toBe(1);
    const newHead = members[0]!.id;
    for (const m of members) {
      const moved = events.find((e) => e.entityId === String(m.id))!;
      expect(moved.changes).toEqual({ storyId: { from: head!.id, to: m.id === newHead ? null : newHead }, storyLeftBy: head!.id });
      expect((await clipping(m.id)).storyId).toBe(newHead);
    }
  });

  it('imports uploaded saved pages (HTML, PDF) and refuses junk and files over 10 MB', async () => {
    const upload = (filename: string, type: string, bytes: Buffer) => {
      const body = multipartBody({}, { name: 'file', filename, type, bytes });
      return press.request('POST', '/api/press/clippings/upload', body.payload, body.headers);
    };
    const html = await upload('saved.html', 'text/html', Buffer.from(story('Trang lưu từ trình duyệt về ASEAN', 'Lan Hương')));
    expect(html.statusCode, html.body).toBe(201);
    expect(html.json<{ clippings: Clipping[] }>().clippings[0]).toMatchObject({ title: 'Trang lưu từ trình duyệt về ASEAN' });

    const doc = new PDFDocument();
    doc.registerFont('body', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    const done = pdfBytes(doc);
    doc.font('body').text('ASEAN leaders adopt the Comprehensive Recovery Framework');
    doc.moveDown().text('Ha Noi, 12 November 2020 - The leaders of the ten member states adopted the recovery framework at the 37th ASEAN Summit held online.');
    doc.end();
    const pdf = await upload('saved.pdf', 'application/pdf', await done);
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json<{ clippings: Clipping[] }>().clippings[0]!.title).toContain('ASEAN leaders adopt');

    const junk = await upload('junk.html', 'text/html', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    expect(junk.statusCode).toBe(415);
    const broken = await upload('broken.pdf', 'application/pdf', Buffer.from('%PDF-1.4 not really a pdf'));
    expect(broken.statusCode).toBe(415);
    const huge = await upload('huge.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 10, 0x61));
    expect(huge.statusCode).toBe(413);
  });

  it('follows the article links of a watched section page on its own host', async () => {
    const res = await press.post('/api/press/sources', { kind: 'section', url: `${site.base}/thoi-su`, name: 'Thời sự', intervalMinutes: 30 });
    expect(res.statusCode, res.body).toBe(201);
    const outcomes = await pollDueSources(h.database.db, createMonitor(fetchOptions), new Date(Date.now() + 60_000));
    const mine = outcomes.find((o) => o.sourceId === res.json<{ id: number }>().id)!;
    // The first article was imported by URL before: only the second is new.
    expect(mine).toMatchObject({ status: 'ok', imported: 1, error: null });
    const list = (await press.get('/api/press/clippings?q=bai%20thu%20hai')).json<{ clippings: Clipping[] }>().clippings;
    expect(list.map((c) => c.title)).toEqual(['Bài thứ hai về Hội nghị Cấp cao']);
    // Polled again at once by hand: nothing new, the outcome on the source.
    const now = await press.post(`/api/press/sources/${mine.sourceId}/poll`);
    expect(now.statusCode, now.body).toBe(200);
    expect(now.json()).toMatchObject({ lastStatus: 'ok', failures: 0, clippings: 1 });
    expect((await press.post('/api/press/sources/999999/poll')).statusCode).toBe(404);
  });

  it('builds the day’s review grouped by meeting and topic, exports it in both languages and sends it to the list', async () => {
    const day = '2020-11-13';
    const ofDay = (await press.get(`/api/press/clippings?day=${day}`)).json<{ clippings: Clipping[] }>().clippings;
    const first = ofDay.find((c) => c.title.startsWith('Thủ tướng họp báo'))!;
    const second = ofDay.find((c) => c.title === 'Bài thứ hai về Hội nghị Cấp cao')!;
    expect(first && second).toBeTruthy();
    const meetingId = first.meetings[0]!.id;
    const put = await press.request('PUT', `/api/press/reviews/${day}`, {
      introVi: 'Tin nổi bật trong ngày.',
      introEn: 'The day in the press.',
      items: [
        { clippingId: second.id, topic: 'Hợp tác kinh tế', summaryVi: 'Tóm tắt bài thứ hai.', summaryEn: 'Summary of the second article.' },
        { clippingId: first.id, meetingId, summaryVi: 'Thủ tướng trả lời báo chí.', summaryEn: 'The Prime Minister answers the press.' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<{ items: { clippingId: number; position: number }[] }>().items.map((i) => i.clippingId)).toEqual([second.id, first.id]);
    const twice = await press.request('PUT', `/api/press/reviews/${day}`, { items: [{ clippingId: first.id }, { clippingId: first.id }] });
    expect(twice.statusCode).toBe(400);
    expect((await press.request('PUT', `/api/press/reviews/${day}`, { items: [{ clippingId: 999999 }] })).statusCode).toBe(400);

    const pdf = await press.get(`/api/press/reviews/${day}/export?format=pdf&lang=vi`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const viText = await pdfText(pdf.rawPayload);
    expect(viText).toContain('ĐIỂM BÁO NGÀY 13/11/2020');
    expect(viText).toContain('Hợp tác kinh tế');
    expect(viText).toContain('Thủ tướng họp báo quốc tế sau Hội nghị Cấp cao ASEAN 37');
    expect(viText).toContain('Thủ tướng trả lời báo chí.');
    // The corrected date has no time: none is invented.
    expect(viText).toMatch(/127\.0\.0\.1 · 13\/11\/2020 Thủ tướng/);
    const docx = await press.get(`/api/press/reviews/${day}/export?format=docx&lang=en`);
    expect(docx.headers['content-disposition']).toContain(`press-review-${day}-en.docx`);
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain('PRESS REVIEW 13 NOVEMBER 2020');
    expect(value).toContain('The Prime Minister answers the press.');
    expect(value.indexOf('Bài thứ hai về Hội nghị Cấp cao')).toBeLessThan(value.indexOf('Thủ tướng họp báo quốc tế'));

    expect((await press.post(`/api/press/reviews/${day}/send`)).statusCode).toBe(400);
    for (const [address, language] of [
      ['bao-chi@mofa.example', 'vi'],
      ['press@asean.example', 'en'],
    ] as const) {
      expect((await press.post('/api/press/review-recipients', { address, name: address.split('@')[0], language })).statusCode).toBe(201);
    }
    expect((await press.post('/api/press/review-recipients', { address: 'press@asean.example', name: 'Again' })).statusCode).toBe(409);
    const sent = await press.post(`/api/press/reviews/${day}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ recipients: 2 });
    const mails = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'press_review'));
    expect(mails.map((m) => [m.toAddress, m.language]).sort()).toEqual([
      ['bao-chi@mofa.example', 'vi'],
      ['press@asean.example', 'en'],
    ]);
    const attached = await h.database.db
      .select()
      .from(mailAttachments)
      .where(eq(mailAttachments.outboxId, mails.find((m) => m.language === 'en')!.id));
    expect(await pdfText(attached[0]!.content)).toContain('PRESS REVIEW 13 NOVEMBER 2020');
  });
});
