import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/migrations.js';
import { documents } from '../../src/server/documents/schema.js';
import { textSearch } from '../../src/server/documents/search.js';
import { visibleTo } from '../../src/server/documents/visibility.js';
import { engines } from '../helpers/database.js';
import { multipart, pdfOf } from '../helpers/files.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Found {
  id: number;
  titleEn: string;
  titleVi: string;
  snippet: string | null;
  match: 'text' | 'similar' | null;
  highlight: { titleEn: string; titleVi: string } | null;
}
interface List {
  total: number;
  documents: Found[];
  suggestion: string | null;
}

const postVision = 'Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision';

/** Search: full text with highlights in the original text, and titles by trigram similarity for misspelled queries. */
describe.each(engines)('documents search on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let journalist: Client;
  let anonymous: Client;
  let summit37: number;
  const ids: Record<string, number> = {};
  const search = async (client: Client, q: string, more = '') => (await client.get(`/api/documents?q=${encodeURIComponent(q)}${more}`)).json<List>();

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    const make = async (key: string, titleEn: string, titleVi: string, confidentiality: string, body?: string) => {
      ids[key] = (await newDocument(staff, summit37, { titleEn, titleVi, type: 'statement', pillar: 'economic', intendedAction: 'adopt', confidentiality })).id;
      if (body) {
        const { body: form, headers } = multipart('v.pdf', await pdfOf([body]));
        expect((await staff.request('POST', `/api/documents/${ids[key]}/versions`, form, headers)).statusCode).toBe(201);
      }
    };
    await make(
      'secret',
      'Zanzibar Quokka Accord on Fisheries',
      'Hiệp định Quokka Zanzibar về nghề cá',
      'members',
      'Điều 1. Các Bên hợp tác về nghề cá quokka.',
    );
    await make(
      'open',
      'Statement on Quokka Conservation',
      'Tuyên bố về bảo tồn quokka',
      'public',
      'Các nhà Lãnh đạo nhấn mạnh an ninh lương thực và <b>bảo tồn</b> loài quokka ở Đông Nam Á.',
    );
    await make('markup', '<script>alert(1)</script> Quokka Notes', 'Ghi chú <b>quokka</b>', 'public');
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(['Ha Noi Declaraton', 'Hannoi declaration', 'ha noi decleration post 2025 vission'])(
    'finds the Ha Noi declarations for the misspelled "%s"',
    async (q) => {
      const list = await search(anonymous, q);
      const titles = list.documents.map((d) => d.titleEn);
      expect(titles).toContain(postVision);
      expect(list.documents.every((d) => d.match === 'similar')).toBe(true);
      expect(list.total).toBe(list.documents.length);
      expect(list.suggestion).not.toBeNull();
    },
  );

  it('suggests the query as the titles spell it, and the suggestion finds them by full text', async () => {
    const list = await search(anonymous, 'Hannoi declaraton');
    expect(list.suggestion).toBe('ha noi declaration');
    const found = list.documents.find((d) => d.titleEn === postVision)!;
    expect(found.highlight!.titleEn).toBe('<mark>Ha</mark> <mark>Noi</mark> <mark>Declaration</mark> on the ASEAN Community’s Post-2025 Vision');
    const exact = await search(anonymous, list.suggestion!);
    expect(exact.documents.map((d) => d.titleEn)).toContain(postVision);
    expect(exact.documents.every((d) => d.match === 'text')).toBe(true);
    expect(exact.suggestion).toBeNull();
  });

  it('finds a misspelled Vietnamese title, diacritics ignored', async () => {
    const list = await search(anonymous, 'tuyen bo ha noi tam nhinn cong dong');
    expect(list.documents[0]!.titleVi).toBe('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025');
    expect(list.documents[0]!.match).toBe('similar');
    expect(list.documents[0]!.highlight!.titleVi).toContain('<mark>Tầm</mark> <mark>nhìn</mark>');
    expect(list.suggestion).toBe('tuyên bố hà nội tầm nhìn cộng đồng');
  });

  it('takes a title as similar only when every word of the query is in it, if misspelled', async () => {
    // "ben vung" is in this title, "tam nhin" nowhere: not a misspelling of it.
    const list = await search(anonymous, 'tam nhin ben vung');
    expect(list.documents.map((d) => d.titleEn)).not.toContain('East Asia Summit Leaders’ Declaration on Sustainable Maritime Cooperation');
    expect(list.documents.filter((d) => d.match === 'similar')).toEqual([]);
  });

  it('looks for similar titles only when full text finds nothing, and pages through them', async () => {
    const few = await search(staff, 'quokka fisheries');
    expect(few.documents.map((d) => [d.id, d.match])).toEqual([[ids.secret, 'text']]);
    expect(few.total).toBe(1);
    const similar = await search(anonymous, 'Hannoi declaraton');
    expect(similar.total).toBe(3);
    const second = await search(anonymous, 'Hannoi declaraton', '&limit=1&offset=1');
    expect(second.total).toBe(3);
    expect(second.documents.map((d) => d.id)).toEqual([similar.documents[1]!.id]);
    expect((await search(anonymous, 'Hannoi declaraton', '&offset=5')).total).toBe(3);
  });

  it('filters similar titles as it filters everything', async () => {
    const list = await search(anonymous, 'Hannoi declaraton', '&type=plan_of_action');
    expect(list.total).toBe(0);
    const conservation = await search(staff, 'quokka conservaton');
    expect(conservation.documents[0]).toMatchObject({ id: ids.open, match: 'similar' });
    expect((await search(staff, 'quokka conservaton', '&pillar=political_security')).total).toBe(0);
  });

  it("never reveals a restricted document through a journalist's misspelled query", async () => {
    for (const q of ['Zanzibar Quoka Acord', 'zanzibarr quokka', 'Hiep dinh Quoka Zanzibar']) {
      const asStaff = await search(staff, q);
      expect(
        asStaff.documents.map((d) => d.id),
        q,
      ).toContain(ids.secret);
      for (const client of [journalist, anonymous]) {
        const list = await search(client, q);
        expect(
          list.documents.map((d) => d.id),
          q,
        ).not.toContain(ids.secret);
        expect(list.total, q).toBe(list.documents.length);
        expect(JSON.stringify(list).toLowerCase(), q).not.toMatch(/zanzibar|accord|hiệp định|fisheries/);
      }
    }
  });

  it('marks hits in the original titles and snippets, with diacritics, escaping what the document holds', async () => {
    const [open] = (await search(anonymous, 'bao ton quokka')).documents;
    expect(open!.id).toBe(ids.open);
    expect(open!.highlight).toEqual({
      titleEn: 'Statement on <mark>Quokka</mark> Conservation',
      titleVi: 'Tuyên bố về <mark>bảo</mark> <mark>tồn</mark> <mark>quokka</mark>',
    });
    expect(open!.snippet).toBe(
      'Các nhà Lãnh đạo nhấn mạnh an ninh lương thực và &lt;b&gt;<mark>bảo</mark> <mark>tồn</mark>&lt;/b&gt; loài <mark>quokka</mark> ở Đông Nam Á.',
    );
    const markup = (await search(anonymous, 'quokka notes')).documents.find((d) => d.id === ids.markup)!;
    expect(markup.highlight!.titleEn).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Quokka</mark> <mark>Notes</mark>');
    expect(markup.highlight!.titleVi).toBe('Ghi chú &lt;b&gt;<mark>quokka</mark>&lt;/b&gt;');
    expect(markup.snippet).toBeNull();
  });

  it('takes a short last word, alone or after others, as a whole word in the text, or the start of a word in the titles', async () => {
    const found = async (q: string) => (await search(anonymous, q)).documents.filter((d) => d.match === 'text').map((d) => d.id);
    expect(await found('quokka con')).toEqual([ids.open]); // "Conservation" in the title
    expect(await found('quokka nam')).toEqual([ids.open]); // "Nam" in the text
    expect(await found('quokka lu')).toEqual([]); // "lương" in the text only: not while typing a short word
    expect(await found('quokka luong')).toEqual([ids.open]);
    // Alone: the same two ways ("quo" starts a title word; "lu" starts only "lương" in the text).
    expect(await found('quo')).toContain(ids.open);
    expect(await found('lu')).not.toContain(ids.open);
    expect(await found('luon')).toContain(ids.open);
  });

  it("answers a reader's misspelled search from the titles index of public documents: its visibility implies that index's condition", async () => {
    // The planner takes a partial index only where it can prove the query's
    // condition implies the index's; a visibility predicate written otherwise
    // would quietly lose it. Only bitmap scans are left to the planner, so that
    // on a small database the plan still shows which index may serve.
    const plan = await h.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      const similar = textSearch('quoka conservaton')!.similar;
      const rows = await tx.execute(sql`explain select ${documents.id} from ${documents} where ${and(visibleTo(null), similar)}`);
      return rowsOf<{ 'QUERY PLAN': string }>(rows)
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    });
    expect(plan).toContain('documents_title_trgm_public_idx');
  });

  it('keeps the folded titles current when a title changes, whatever writes it', async () => {
    await h.database.db.update(documents).set({ titleEn: 'Statement on Wombat Welfare' }).where(eq(documents.id, ids.open!));
    const list = await search(anonymous, 'wombatt welfare');
    expect(list.documents[0]).toMatchObject({ id: ids.open, match: 'similar' });
  });
});
