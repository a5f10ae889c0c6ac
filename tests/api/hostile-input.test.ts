/**
 * Each class of hostile input is a 4xx naming the field, on both engines:
 * ids past PostgreSQL's integer, NUL characters, unpaired surrogates, dates
 * beyond what the domain (and PostgreSQL) can hold, unknown time zones,
 * strings past their bound — in paths, query strings, JSON bodies and form
 * fields; binary files imported as news pages; malformed multipart bodies on
 * every route that reads a form. And the safety net: a value the database
 * refuses is a 400, not a 500, should a schema ever miss one.
 */
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/server/http/errors.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { malformedForms } from '../helpers/hostile.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { pressConsent } from '../helpers/factories.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

const paths = (res: { json: <T>() => T }) => (res.json<ErrorBody>().details ?? []).map((d) => d.path);
const messageFor = (res: { json: <T>() => T }, path: string) => res.json<ErrorBody>().details?.find((d) => d.path === path)?.message ?? '';

describe.each(engines)('hostile input on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let anon: Client;
  let seriesId: number;
  let meetingId: number;
  let taskId: number;
  let documentId: number;
  let eventId: number;
  let articleId: number;
  let nominationId: number;
  let slug = 0;

  const meeting = (overrides: Record<string, unknown> = {}) => ({
    seriesId,
    titleEn: 'Hostile input meeting',
    titleVi: 'Hội nghị thử',
    level: 'senior_officials',
    format: 'in_person',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsAt: '2020-09-09T08:00:00+07:00',
    endsAt: '2020-09-09T12:00:00+07:00',
    ...overrides,
  });
  const pressEvent = (overrides: Record<string, unknown> = {}) => ({
    slug: `hostile-${slug++}`,
    titleEn: 'Press center',
    titleVi: 'Trung tâm báo chí',
    venueEn: 'Hanoi',
    venueVi: 'Hà Nội',
    opensAt: '2020-11-09T08:00:00+07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
    capacity: 10,
    ...overrides,
  });

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    anon = await h.anonymous();
    seriesId = (await admin.get('/api/series')).json<{ series: Array<{ id: number }> }>().series[0]!.id;
    meetingId = (await admin.get('/api/meetings')).json<{ meetings: Array<{ id: number }> }>().meetings[0]!.id;
    taskId = (await admin.get('/api/tasks')).json<{ tasks: Array<{ id: number }> }>().tasks[0]!.id;
    documentId = (await admin.get('/api/documents')).json<{ documents: Array<{ id: number }> }>().documents[0]!.id;
    const event = await admin.post('/api/press/events', pressEvent());
    expect(event.statusCode, event.body).toBe(201);
    eventId = event.json<{ id: number }>().id;
    const article = await admin.post('/api/press/articles', {
      slug: 'hostile-input-draft',
      category: 'news',
      titleEn: 'Draft',
      titleVi: 'Bản nháp',
      leadEn: 'Lead',
      leadVi: 'Sa-pô',
      bodyEn: '<p>Body</p>',
      bodyVi: '<p>Nội dung</p>',
    });
    expect(article.statusCode, article.body).toBe(201);
    articleId = article.json<{ id: number }>().id;
    nominationId = (await admin.get('/api/delegates/nominations')).json<{ nominations: Array<{ id: number }> }>().nominations[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('ids past PostgreSQL’s integer (2^31 and more)', () => {
    it('in a path: 400 naming the parameter; 2^31 − 1 is an id like any other (404)', async () => {
      for (const url of [
        '/api/meetings/2147483648',
        '/api/meetings/99999999999999999999',
        '/api/press/clippings/4294967296',
        '/api/documents/2147483648/versions/1/file',
      ]) {
        const res = await admin.get(url);
        expect(res.statusCode, url).toBe(400);
        expect(paths(res), url).toContain('id');
      }
      const version = await admin.get(`/api/documents/${documentId}/versions/2147483648/file`);
      expect(version.statusCode).toBe(400);
      expect(paths(version)).toEqual(['number']);
      expect((await admin.get('/api/meetings/2147483647')).statusCode).toBe(404);
      expect((await anon.get('/api/committee/sessions/2147483648')).statusCode).toBe(401);
      expect(paths(await admin.get('/api/committee/sessions/2147483648'))).toEqual(['number']);
    });

    it('in a query string: 400 naming the parameter', async () => {
      for (const [url, field] of [
        ['/api/documents?meeting=2147483648', 'meeting'],
        ['/api/tasks?bodyId=2147483648', 'bodyId'],
        ['/api/press/clippings?meetingId=9007199254740993', 'meetingId'],
        ['/api/portal/articles?meetingId=2147483648', 'meetingId'],
        ['/api/committee/dashboard?meeting=2147483648', 'meeting'],
        ['/api/documents/1/diff?from=1&to=2147483648', 'to'],
      ] as const) {
        const res = await admin.get(url);
        expect(res.statusCode, url).toBe(400);
        expect([...new Set(paths(res))], url).toEqual([field]);
      }
    });

    it('in a JSON body, nested or not: 400 naming the field', async () => {
      const created = await admin.post('/api/meetings', meeting({ seriesId: 2 ** 31 }));
      expect(created.statusCode).toBe(400);
      expect(paths(created)).toEqual(['seriesId']);
      const nested = await admin.post('/api/documents', {
        titleEn: 'A',
        titleVi: 'A',
        type: 'declaration',
        pillar: 'political_security',
        actingMeetingId: meetingId,
        intendedAction: 'adopt',
        proposerPartyIds: [1, 2 ** 31],
      });
      expect(nested.statusCode).toBe(400);
      expect(paths(nested)).toEqual(['proposerPartyIds.1']);
      const rules = await admin.request('PUT', '/api/schedule/clusters/1/rules', {
        fixedMeetingIds: [],
        precedences: [{ beforeMeetingId: 1, afterMeetingId: 2 ** 31, bufferMinutes: 0 }],
        nightAllowedParties: [],
      });
      expect(rules.statusCode).toBe(400);
      expect(paths(rules)).toEqual(['precedences.0.afterMeetingId']);
      const pins = await admin.post('/api/schedule/optimize', { clusterId: 1, pins: { '2147483648': '2020-09-09T08:00:00+07:00' } });
      expect(pins.statusCode).toBe(400);
      expect(paths(pins)[0]).toMatch(/^pins/);
    });

    it('in a form field: 400 naming the field', async () => {
      const form = multipartBody({ meetingId: '2147483648', role: 'member', fullName: 'A B', position: 'C', email: 'a@example.org', partyId: '1' });
      const res = await admin.request('POST', '/api/delegates/nominations', form.payload, form.headers);
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toContain('meetingId');
    });
  });

  describe('NUL characters', () => {
    it('in a path, a query string, a JSON body and a form field: 400 naming it', async () => {
      const party = await anon.get('/api/parties/VN%00');
      expect(party.statusCode).toBe(400);
      expect(paths(party)).toEqual(['code']);
      expect(messageFor(party, 'code')).toMatch(/NUL/);

      const search = await anon.get('/api/search?q=ASEAN%00');
      expect(search.statusCode).toBe(400);
      expect(paths(search)).toEqual(['q']);
      const changes = await admin.get('/api/changes?entityType=meeting%00');
      expect(paths(changes)).toEqual(['entityType']);
      const slugged = await anon.get('/api/portal/articles/x%00y');
      expect(paths(slugged)).toEqual(['slug']);
      // The share-preview page (outside the API document) reads the same slug from the database.
      const shared = await anon.get('/portal/articles/x%00y');
      expect(shared.statusCode).toBe(400);
      expect(paths(shared)).toEqual(['slug']);

      const body = await admin.post('/api/meetings', meeting({ titleEn: 'Summit\u0000' }));
      expect(body.statusCode).toBe(400);
      expect(paths(body)).toEqual(['titleEn']);
      expect(messageFor(body, 'titleEn')).toMatch(/NUL/);

      const form = multipartBody(
        { fullName: 'Nguyễn\0Lan', outlet: 'VNA', nationality: 'VN', idDocumentNumber: 'C1234567', email: 'lan@example.org', ...pressConsent },
        { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
      );
      const applied = await anon.request('POST', `/api/press/events/${eventId}/applications`, form.payload, form.headers);
      expect(applied.statusCode).toBe(400);
      expect(paths(applied)).toEqual(['fullName']);
    });
  });

  describe('unpaired UTF-16 surrogates', () => {
    it('in a JSON body (as the \\uD800 escape a client sends): 400 naming the field, nothing in the change log', async () => {
      const before = (await admin.get('/api/changes?limit=1')).json<{ events: Array<{ id: number }> }>().events[0]!.id;
      const patched = await admin.patch(`/api/meetings/${meetingId}`, { titleEn: 'Summit \uD800' });
      expect(patched.statusCode).toBe(400);
      expect(paths(patched)).toEqual(['titleEn']);
      expect(messageFor(patched, 'titleEn')).toMatch(/surrogate/);
      const low = await admin.post('/api/tasks', { titleEn: 'x\uDFFF', titleVi: 'y', bodyId: 1 });
      expect(paths(low)).toEqual(['titleEn']);
      const after = (await admin.get('/api/changes?limit=1')).json<{ events: Array<{ id: number }> }>().events[0]!.id;
      expect(after).toBe(before);
    });

    it('a surrogate pair (an emoji) is text like any other, stored and read back', async () => {
      const res = await admin.post('/api/meetings', meeting({ titleEn: 'Summit 🌏 of leaders' }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<{ titleEn: string }>().titleEn).toBe('Summit 🌏 of leaders');
    });
  });

  describe('dates and instants beyond the domain’s years (1900–2200) and PostgreSQL’s', () => {
    it('instants: 400 naming the field, whatever the spelling', async () => {
      for (const opensAt of [
        '+275760-09-13T00:00:00Z',
        '-271821-04-20T00:00:00Z',
        '0000-01-01T00:00:00Z',
        '9999-12-31T23:59:59-14:00',
        '1899-12-31T00:00:00Z',
        '+275760-09-13',
        '8640000000000000',
      ]) {
        const res = await admin.post('/api/press/events', pressEvent({ opensAt }));
        expect(res.statusCode, opensAt).toBe(400);
        expect(paths(res), opensAt).toEqual(['opensAt']);
      }
      const briefing = await admin.post('/api/press/briefings', {
        startsAt: -8.64e15,
        timeZone: 'Asia/Ho_Chi_Minh',
        placeEn: 'Hanoi',
        placeVi: 'Hà Nội',
        topicEn: 'T',
        topicVi: 'T',
        speakers: ['S'],
      });
      expect(paths(briefing)).toEqual(['startsAt']);
      const moved = await admin.patch(`/api/meetings/${meetingId}`, { startsAt: '2201-01-01T00:00:00Z', endsAt: '2201-01-01T02:00:00Z' });
      expect(paths(moved).sort()).toEqual(['endsAt', 'startsAt']);
      // The domain's edges themselves are accepted.
      expect((await admin.post('/api/press/events', pressEvent({ opensAt: '2200-12-31T00:00:00Z' }))).statusCode).toBe(201);
    });

    it('civil days, in a body or a query string: 400 naming the field', async () => {
      for (const dueOn of ['+275760-09-13', '31/12/9999', '0000-01-01', '2201-01-01', '1899-12-31T10:00:00Z']) {
        const res = await admin.post('/api/tasks', { titleEn: 'T', titleVi: 'T', bodyId: 1, dueOn });
        expect(res.statusCode, dueOn).toBe(400);
        expect(paths(res), dueOn).toEqual(['dueOn']);
      }
      const asOf = await admin.get('/api/deliverables?asOf=0000-01-01');
      expect(asOf.statusCode).toBe(400);
      expect(paths(asOf)).toEqual(['asOf']);
      const window = await admin.post('/api/schedule/slots', { clusterId: 1, meetingId: 1, window: { from: '0000-01-01', to: '9999-12-31' } });
      expect(paths(window).sort()).toEqual(['window.from', 'window.to']);
    });
  });

  describe('time zones and lengths', () => {
    it('an unknown zone, or one with a NUL, is 400 naming the field', async () => {
      for (const hostTimeZone of ['Mars/Olympus_Mons', 'Asia/Ho_Chi_Minh\0', '../../etc/localtime', 'x'.repeat(65)]) {
        const res = await admin.post('/api/meetings', meeting({ hostTimeZone }));
        expect(res.statusCode, hostTimeZone).toBe(400);
        expect(paths(res), hostTimeZone).toEqual(['hostTimeZone']);
      }
      const monitored = await admin.post('/api/press/clippings', { pages: [{ source: 'x', content: 'y', defaultZone: 'Etc/Nowhere' }] });
      expect(paths(monitored)).toEqual(['pages.0.defaultZone']);
    });

    it('text past its bound is 400 naming the field, before it is looked at further', async () => {
      const res = await admin.post('/api/meetings', meeting({ titleEn: 'x'.repeat(301) }));
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toEqual(['titleEn']);
      const search = await anon.get(`/api/search?q=${'a'.repeat(201)}`);
      expect(paths(search)).toEqual(['q']);
    });
  });

  describe('imported news pages', () => {
    const page = (content: string) => ({ source: 'https://example.org/page', content, contentType: 'text/plain' as const });
    const prose = 'The leaders of ASEAN met in Hanoi on Thursday and agreed on a framework for the recovery of the region. ';

    it('refuses a PNG, however it was read as text, naming the page: it is not a text page', async () => {
      const bytes = png(20, 20);
      for (const content of [new TextDecoder().decode(bytes), bytes.toString('latin1')]) {
        const res = await admin.post('/api/press/clippings', { pages: [page(prose), page(content)] });
        expect(res.statusCode).toBe(400);
        expect(paths(res)).toEqual(['pages.1.content']);
        expect(messageFor(res, 'pages.1.content')).toMatch(/not a text page/);
      }
    });

    it('refuses random bytes (no NUL among them) rather than keeping an empty clipping', async () => {
      const bytes = Buffer.alloc(3000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 97) % 0x7f);
      const res = await admin.post('/api/press/clippings', { pages: [page(new TextDecoder().decode(bytes))] });
      expect(res.statusCode).toBe(400);
      expect(messageFor(res, 'pages.0.content')).toMatch(/not a text page/);
    });

    it('keeps a text page with a stray NUL and a broken surrogate, without them', async () => {
      const lines = Array.from({ length: 120 }, (_, i) => `${prose}Paragraph ${i}.`);
      const content = `${lines.join('\n')}\n${prose}\0 ${prose}\uD800 Paragraph 120.`;
      expect(content.indexOf('\0')).toBeGreaterThan(8000);
      const res = await admin.post('/api/press/clippings', { pages: [page(content)] });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json<{ clippings: Array<{ id: number }> }>().clippings[0]!.id;
      const stored = (await admin.get(`/api/press/clippings/${id}`)).json<{ body: string }>().body;
      expect(stored).toContain('recovery of the region');
      expect(stored).not.toContain('\0');
      expect(stored).toContain('\uFFFD');
    });

    it('refuses empty pages, markup without words and a PDF sent as HTML, naming the page, never storing an empty clipping', async () => {
      const html = (content: string) => ({ source: 'https://example.org/page', content, contentType: 'text/html' as const });
      const before = (await admin.get('/api/press/clippings')).json<{ clippings: unknown[] }>().clippings.length;
      for (const bad of [
        page(''),
        page(' \n\t\n '),
        html('<html><body><script>document.write("news")</script><style>p{}</style></body></html>'),
        html('<nav><a href="/">Trang chủ</a> <a href="/x">Thời sự</a></nav>'),
        html('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n\0\0stream'),
        html('\0<html><body><p>ASEAN</p></body></html>'),
      ]) {
        const res = await admin.post('/api/press/clippings', { pages: [page(prose), bad] });
        expect(res.statusCode, JSON.stringify(bad.content)).toBe(400);
        expect(paths(res)).toEqual(['pages.1.content']);
      }
      expect((await admin.get('/api/press/clippings')).json<{ clippings: unknown[] }>().clippings.length).toBe(before);
    });

    it('imports pages in other languages and scripts with their words and language, never empty', async () => {
      const pages = {
        zh: '<html lang="zh"><body><h1>东盟领导人举行视频峰会</h1><p>第37届东盟峰会12日以视频方式举行，越南总理阮春福主持会议，各国领导人就新冠肺炎疫情应对和经济复苏等问题交换了意见。</p></body></html>',
        th: '<html lang="th"><body><h1>ผู้นำอาเซียนประชุมสุดยอดทางไกล</h1><p>การประชุมสุดยอดอาเซียนครั้งที่ 37 จัดขึ้นผ่านระบบการประชุมทางไกลเมื่อวันที่ 12 พฤศจิกายน โดยมีนายกรัฐมนตรีเวียดนามเป็นประธาน และผู้นำได้หารือเกี่ยวกับการฟื้นฟูเศรษฐกิจ</p></body></html>',
        fr: "<html lang=\"fr\"><body><h1>Les dirigeants de l'ASEAN se réunissent en ligne</h1><p>Le 37e sommet de l'ASEAN s'est tenu jeudi par visioconférence sous la présidence du Vietnam, les dirigeants ayant discuté de la reprise économique.</p></body></html>",
      };
      for (const [language, content] of Object.entries(pages)) {
        const res = await admin.post('/api/press/clippings', { pages: [{ source: `https://example.org/${language}`, content, contentType: 'text/html' }] });
        expect(res.statusCode, res.body).toBe(201);
        const id = res.json<{ clippings: Array<{ id: number }> }>().clippings[0]!.id;
        const stored = (await admin.get(`/api/press/clippings/${id}`)).json<{ body: string; language: string }>();
        expect(stored.language).toBe(language);
        expect(stored.body.length).toBeGreaterThan(40);
      }
    });
  });

  describe('malformed multipart on every route that reads a form', () => {
    const photo = png(60, 80);
    const routes = () => [
      { name: 'press accreditation (anonymous applicants)', client: anon, url: `/api/press/events/${eventId}/applications`, field: 'photo' },
      { name: 'article photos', client: admin, url: `/api/press/articles/${articleId}/photos`, field: 'photo' },
      { name: 'delegate nominations', client: admin, url: '/api/delegates/nominations', field: 'photo' },
      { name: 'substitutions', client: admin, url: `/api/delegates/nominations/${nominationId}/substitute`, field: 'photo' },
      { name: 'document versions', client: admin, url: `/api/documents/${documentId}/versions`, field: 'file' },
      { name: 'document list imports', client: admin, url: `/api/meetings/${meetingId}/documents/import`, field: 'file' },
      { name: 'task attachments', client: admin, url: `/api/tasks/${taskId}/attachments`, field: 'file' },
    ];
    const byName = (field: string) => new Map(malformedForms(field).map((f) => [f.name, f]));

    it('no boundary, an empty one, one past 256 characters: 400 invalid_multipart saying so', async () => {
      for (const route of routes()) {
        const forms = byName(route.field);
        for (const [form, says] of [
          ['no boundary', /names no boundary/],
          ['a charset but no boundary', /names no boundary/],
          ['empty boundary', /boundary/],
          ['quoted empty boundary', /boundary/],
          ['a boundary longer than 256 characters', /longer than 70/],
        ] as const) {
          const f = forms.get(form)!;
          const res = await route.client.request('POST', route.url, f.payload, f.headers);
          expect(res.statusCode, `${route.name}: ${form} ${res.body}`).toBe(400);
          expect(res.json<ErrorBody>().code, `${route.name}: ${form}`).toBe('invalid_multipart');
          expect(messageFor(res, 'body'), `${route.name}: ${form}`).toMatch(says);
        }
      }
    });

    it('a body cut off, or not using its boundary: 400 invalid_multipart saying it ends early', async () => {
      for (const route of routes()) {
        const forms = byName(route.field);
        for (const form of [
          'a boundary the body does not use',
          'cut off inside the file',
          'cut off inside a part header',
          'cut off before the closing boundary',
        ]) {
          const f = forms.get(form)!;
          const res = await route.client.request('POST', route.url, f.payload, f.headers);
          expect(res.statusCode, `${route.name}: ${form} ${res.body}`).toBe(400);
          expect(res.json<ErrorBody>().code, `${route.name}: ${form}`).toBe('invalid_multipart');
          expect(messageFor(res, 'body'), `${route.name}: ${form}`).toMatch(/ends before its closing boundary/);
        }
      }
    });

    it('an empty form, or one without the file, is 400 naming what is missing', async () => {
      for (const route of routes()) {
        const forms = byName(route.field);
        for (const form of ['an empty body', 'only the closing boundary', 'no file part']) {
          const f = forms.get(form)!;
          const res = await route.client.request('POST', route.url, f.payload, f.headers);
          expect(res.statusCode, `${route.name}: ${form} ${res.body}`).toBe(400);
          expect(res.json<ErrorBody>().details?.length, `${route.name}: ${form}`).toBeGreaterThan(0);
        }
      }
    });

    it('a field past a megabyte is refused by the forms that read it, naming it; ignored by the uploads that do not', async () => {
      for (const route of routes()) {
        // Busboy keeps the first megabyte of a field; the schema's bound refuses it.
        const field = route.url.includes('/photos') ? 'captionEn' : 'fullName';
        const f = multipartBody({ [field]: 'x'.repeat(1_500_000) }, { name: route.field, filename: 'me.png', type: 'image/png', bytes: photo });
        const res = await route.client.request('POST', route.url, f.payload, f.headers);
        if (route.field === 'photo') {
          expect(res.statusCode, `${route.name}: ${res.body.slice(0, 300)}`).toBe(400);
          expect(paths(res), route.name).toContain(field);
        } else {
          expect(res.statusCode, `${route.name}: ${res.body}`).toBeLessThan(500);
        }
      }
    });

    it('two files, fifty fields, a __proto__ field, broken part headers, NUL in fields: never a 500', async () => {
      for (const route of routes()) {
        const forms = byName(route.field);
        for (const form of [
          'two files',
          'fifty fields',
          'a field named __proto__',
          'a header line without a colon',
          'a part without Content-Disposition',
          'NUL and unpaired surrogates in fields and the file name',
        ]) {
          const f = forms.get(form)!;
          const res = await route.client.request('POST', route.url, f.payload, f.headers);
          expect(res.statusCode, `${route.name}: ${form} ${res.body}`).toBeLessThan(500);
          // A form that reads its fields refuses these (a file-only upload may take its file and ignore the rest).
          if (route.field === 'photo') expect(res.statusCode, `${route.name}: ${form} ${res.body}`).toBeGreaterThanOrEqual(400);
        }
      }
    });

    it('the forms themselves still work: a photo form with its file is read', async () => {
      const good = multipartBody(
        { fullName: 'Nguyễn Thị Lan', outlet: 'VNA', nationality: 'VN', idDocumentNumber: 'C7654321', email: 'lan@example.org', ...pressConsent },
        { name: 'photo', filename: 'me.png', type: 'image/png', bytes: photo },
      );
      const applied = await anon.request('POST', `/api/press/events/${eventId}/applications`, good.payload, good.headers);
      expect(applied.statusCode, applied.body).toBe(201);
    });
  });

  describe('the safety net: a value the database refuses is a 400, not a 500', () => {
    it('maps PostgreSQL’s data exceptions from this engine, and nothing else', async () => {
      const { db } = h.database;
      const app = Fastify({ logger: false });
      registerErrorHandling(app);
      const queries: Record<string, () => Promise<unknown>> = {
        nul: () => db.execute(sql`select ${'a\0b'}::text as v`),
        jsonbNul: () => db.execute(sql`select ${'{"a":"\\u0000"}'}::jsonb as v`),
        integer: () => db.execute(sql`select ${'2147483648'}::integer as v`),
        timestamp: () => db.execute(sql`select ${'294277-01-01T00:00:00Z'}::timestamptz as v`),
        date: () => db.execute(sql`select ${'2020-02-30'}::date as v`),
        notANumber: () => db.execute(sql`select ${'abc'}::integer as v`),
        divide: () => db.execute(sql`select 1 / (select 0) as v`),
      };
      for (const [name, query] of Object.entries(queries)) app.get(`/${name}`, async () => ({ rows: await query() }));
      await app.ready();
      try {
        for (const name of ['nul', 'jsonbNul', 'integer', 'timestamp', 'date', 'notANumber']) {
          const res = await app.inject(`/${name}`);
          expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
          expect(res.json<ErrorBody>().code, name).toBe('validation_failed');
        }
        // A data exception that is not about a client's value stays a server error.
        expect((await app.inject('/divide')).statusCode).toBe(500);
      } finally {
        await app.close();
      }
    });
  });
});
