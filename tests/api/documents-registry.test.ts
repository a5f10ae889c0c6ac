import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { documentDetail, documentList } from '../../src/server/documents/schemas.js';
import type { Answer } from '../helpers/answer.js';

type List = Answer<typeof documentList>;
type Detail = Answer<typeof documentDetail>;

describe.each(engines)('the document registry: pages, order and editing on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let journalist: Client;
  let liaisonNz: Client;
  let anonymous: Client;
  let meetingIds: Record<string, number>;
  let partyIds: Record<string, number>;
  let deliverableId: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    const find = (series: string, edition: number) => meetings.find((m) => m.seriesCode === series && m.edition === edition)!.id;
    meetingIds = { summit37: find('SUMMIT', 37), summit38: find('SUMMIT', 38), eas15: find('EAS', 15), amm54: find('AMM', 54), amm53: find('AMM', 53) };
    const parties = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties;
    partyIds = Object.fromEntries(parties.map((p) => [p.code, p.id]));
    deliverableId = (await staff.get('/api/deliverables')).json<{ deliverables: Array<{ id: number }> }>().deliverables[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const list = async (client: Client, query: string) => {
    const res = await client.get(`/api/documents?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<List>();
  };
  const create = (extra: Record<string, unknown> = {}) =>
    newDocument<Detail>(staff, meetingIds.summit37!, {
      titleEn: 'Draft statement on regional connectivity',
      titleVi: 'Dự thảo tuyên bố về kết nối khu vực',
      type: 'declaration',
      pillar: 'economic',
      intendedAction: 'adopt',
      confidentiality: 'members',
      proposerPartyIds: [partyIds.VN],
      ...extra,
    });
  const edit = (client: Client, id: number, body: Record<string, unknown>) => client.patch(`/api/documents/${id}`, body);
  const walk = async (id: number, states: string[]) => {
    for (const to of states) expect((await staff.post(`/api/documents/${id}/transitions`, { to })).statusCode, to).toBe(200);
  };
  const fieldOf = (res: { json: <T>() => T }) => res.json<ErrorBody>().details?.[0]?.path;

  describe('pages', () => {
    it('cuts the registry into pages that cover every visible document exactly once', async () => {
      const first = await list(staff, 'limit=100&offset=0');
      expect(first.total).toBeGreaterThan(200);
      expect(first.documents).toHaveLength(100);
      const seen = new Set<number>();
      for (let offset = 0; offset < first.total; offset += 100) {
        for (const d of (await list(staff, `limit=100&offset=${offset}`)).documents) seen.add(d.id);
      }
      expect(seen.size).toBe(first.total);
      const past = await list(staff, `limit=10&offset=${first.total + 5}`);
      expect(past).toEqual({ total: first.total, documents: [], suggestion: null });
    });

    it('counts only what the asker may see, and keeps the filters on every page', async () => {
      const all = await list(staff, 'limit=1');
      const press = await list(journalist, 'limit=1');
      expect(press.total).toBeLessThan(all.total);
      const declarations = await list(staff, `type=declaration&meeting=${meetingIds.summit37}&limit=2`);
      const whole = await list(staff, `type=declaration&meeting=${meetingIds.summit37}&limit=500`);
      expect(declarations.total).toBe(whole.documents.length);
      expect(declarations.documents.map((d) => d.id)).toEqual(whole.documents.slice(0, 2).map((d) => d.id));
      const second = await list(staff, `type=declaration&meeting=${meetingIds.summit37}&limit=2&offset=2`);
      expect(second.documents.map((d) => d.id)).toEqual(whole.documents.slice(2, 4).map((d) => d.id));
    });

    it('sorts reference codes naturally: /2 before /10', async () => {
      const q = `meeting=${meetingIds.summit38}&sort=reference&limit=500`;
      const rows = (await list(staff, q)).documents;
      const prefix = (code: string) => code.replace(/\d+$/, '');
      const prefixes = rows.map((d) => prefix(d.referenceCode));
      expect(prefixes).toEqual([...prefixes].sort());
      for (const p of new Set(prefixes)) {
        const numbers = rows.filter((d) => prefix(d.referenceCode) === p).map((d) => Number(d.referenceCode.split('/').pop()));
        expect(numbers, p).toEqual([...numbers].sort((a, b) => a - b));
      }
      expect(rows.some((d) => d.referenceCode.endsWith('/10'))).toBe(true);
      const desc = (await list(staff, `${q}&dir=desc`)).documents;
      expect(desc.map((d) => d.id)).toEqual(rows.map((d) => d.id).reverse());
    });

    it('sorts by title either way, and by workflow status in the workflow’s order', async () => {
      const q = `meeting=${meetingIds.summit37}&type=declaration&limit=500`;
      const asc = (await list(staff, `${q}&sort=title_en`)).documents.map((d) => d.id);
      const desc = (await list(staff, `${q}&sort=title_en&dir=desc`)).documents.map((d) => d.id);
      expect(desc).toEqual([...asc].reverse());
      expect(asc).not.toEqual((await list(staff, `${q}&sort=title_vi`)).documents.map((d) => d.id));
      const open = (await list(staff, `meeting=${meetingIds.amm54}&sort=status&limit=500`)).documents.map((d) => d.status);
      expect(open.slice(0, 4)).toEqual(['draft', 'circulated', 'under_negotiation', 'withdrawn']);
    });

    it('sorts titles with diacritics among their letters, the same on every engine, also for similar titles', async () => {
      // PGlite's collation alone puts "Đ" after "z"; titles are folded first.
      for (const titleVi of ['Zê-ta xylograph', 'Đông Á xylograph', 'Dân cư xylograph', 'Ấn Độ xylograph']) {
        await create({ titleEn: `Xylograph ${titleVi}`, titleVi, confidentiality: 'public' });
      }
      const order = async (q: string, dir = 'asc') =>
        (await list(anonymous, `q=${q}&sort=title_vi&dir=${dir}`)).documents.map((d) => d.titleEn.replace('Xylograph ', ''));
      expect(await order('xylograph')).toEqual(['Ấn Độ xylograph', 'Dân cư xylograph', 'Đông Á xylograph', 'Zê-ta xylograph']);
      // A misspelling finds them by title similarity; the chosen order still holds.
      expect(await order('xylograf', 'desc')).toEqual(['Zê-ta xylograph', 'Đông Á xylograph', 'Dân cư xylograph', 'Ấn Độ xylograph']);
      expect((await list(anonymous, 'q=xylograf&sort=title_vi')).documents[0]).toMatchObject({ match: 'similar' });
    });

    it('refuses bad paging and sorting naming the parameter', async () => {
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=501', 'limit'],
        ['limit=ten', 'limit'],
        ['offset=-1', 'offset'],
        ['offset=1.5', 'offset'],
        ['sort=size', 'sort'],
        ['dir=up', 'dir'],
      ]) {
        const res = await anonymous.get(`/api/documents?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(fieldOf(res), query).toBe(field);
      }
    });
  });

  describe('editing the registry facts', () => {
    it('changes every fact, gives a new reference code as the audience widens, and logs from → to', async () => {
      const doc = await create();
      const other = await create({ titleEn: 'Another draft' });
      const res = await edit(staff, doc.id, {
        titleEn: 'Declaration on resilient and connected supply chains',
        titleVi: 'Tuyên bố về chuỗi cung ứng bền vững và kết nối',
        type: 'statement',
        pillar: 'cross_pillar',
        proposerPartyIds: [partyIds.VN, partyIds.SG],
        leadBodyEn: 'ASEAN SEOM',
        leadBodyVi: 'SEOM ASEAN',
        actingMeetingId: meetingIds.eas15,
        intendedAction: 'issue',
        relatedDocumentIds: [other.id],
        relatedDeliverableIds: [deliverableId],
        confidentiality: 'public_on_outcome',
        embargoUntil: '2020-11-15T10:00:00+07:00',
      });
      expect(res.statusCode, res.body).toBe(200);
      const after = res.json<Detail>();
      // From members only to the EAS's participants: members' numbers are not
      // for partners to count, so it takes the next of the EAS's participants' series.
      expect(doc.referenceCode).toMatch(/^SUMMIT-37\/DECL\/M\.\d+$/);
      expect(after.referenceCode).toMatch(/\/ST\/P\.\d+$/);
      expect(after).toMatchObject({
        titleEn: 'Declaration on resilient and connected supply chains',
        titleVi: 'Tuyên bố về chuỗi cung ứng bền vững và kết nối',
        type: 'statement',
        pillar: 'cross_pillar',
        leadBodyEn: 'ASEAN SEOM',
        intendedAction: 'issue',
        meeting: { id: meetingIds.eas15 },
        confidentiality: 'public_on_outcome',
        embargoUntil: '2020-11-15T03:00:00.000Z',
        related: [{ id: other.id }],
      });
      expect(after.proposerParties.map((p) => p.code)).toEqual(['SG', 'VN']);
      expect(after.relatedDeliverables.map((d) => d.id)).toEqual([deliverableId]);
      const events = (await staff.get(`/api/changes?entityType=document&entityId=${doc.id}`)).json<{
        events: Array<{ action: string; changes: Record<string, unknown> }>;
      }>().events;
      const change = events.find((e) => e.action === 'update')!.changes;
      expect(change.titleEn).toEqual({ from: 'Draft statement on regional connectivity', to: 'Declaration on resilient and connected supply chains' });
      expect(change.actingMeetingId).toEqual({ from: meetingIds.summit37, to: meetingIds.eas15 });
      expect(change.referenceCode).toEqual({ from: doc.referenceCode, to: after.referenceCode });
      // The new title is what search finds, diacritics ignored.
      const found = await list(staff, 'q=chuoi cung ung ket noi');
      expect(found.documents.map((d) => d.id)).toContain(doc.id);
    });

    it('never gives the old code again after the type changes', async () => {
      const a = await create();
      expect((await edit(staff, a.id, { type: 'report' })).json<Detail>().referenceCode).toBe(a.referenceCode);
      const b = await create();
      const n = (code: string) => Number(/(\d+)$/.exec(code)![1]);
      expect(n(b.referenceCode)).toBe(n(a.referenceCode) + 1);
    });

    it('refuses bad input naming the field, and changes nothing then', async () => {
      const doc = await create();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ titleEn: '   ' }, 'titleEn'],
        [{ titleVi: 'x'.repeat(501) }, 'titleVi'],
        [{ type: 'poem' }, 'type'],
        [{ pillar: 'cultural' }, 'pillar'],
        [{ actingMeetingId: 999_999 }, 'actingMeetingId'],
        [{ actingMeetingId: 'AMM-53' }, 'actingMeetingId'],
        [{ intendedAction: 'sign' }, 'intendedAction'],
        [{ proposerPartyIds: [999_999] }, 'proposerPartyIds'],
        [{ relatedDocumentIds: [999_999] }, 'relatedDocumentIds'],
        [{ relatedDocumentIds: [doc.id] }, 'relatedDocumentIds'],
        [{ relatedDeliverableIds: [999_999] }, 'relatedDeliverableIds'],
        [{ confidentiality: 'secret' }, 'confidentiality'],
        [{ embargoUntil: 'tomorrow' }, 'embargoUntil'],
        [{ embargoUntil: '2020-11-15T00:00:00Z' }, 'embargoUntil'],
        [{ referenceCode: 'SUMMIT-37/DECL/1' }, 'referenceCode'],
        [{ status: 'adopted' }, 'status'],
        [{}, 'body'],
      ];
      for (const [body, field] of cases) {
        const res = await edit(staff, doc.id, { ...body, ...(field === 'body' ? {} : { titleEn: field === 'titleEn' ? body.titleEn : 'Must not be saved' }) });
        expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
        expect(
          res.json<ErrorBody>().details!.map((d) => d.path),
          JSON.stringify(body),
        ).toContain(field);
      }
      const unchanged = (await staff.get(`/api/documents/${doc.id}`)).json<Detail>();
      expect(unchanged.titleEn).toBe('Draft statement on regional connectivity');
      const events = (await staff.get(`/api/changes?entityType=document&entityId=${doc.id}`)).json<{ events: Array<{ action: string }> }>().events;
      expect(events.filter((e) => e.action === 'update')).toEqual([]);
    });

    it('stores markup in a title as text', async () => {
      const doc = await create();
      const res = await edit(staff, doc.id, { titleEn: '<img src=x onerror=alert(1)> Statement' });
      expect(res.json<Detail>().titleEn).toBe('<img src=x onerror=alert(1)> Statement');
    });

    it('lets drafters edit open documents and only the secretariat correct closed ones', async () => {
      const doc = await create();
      expect(doc.editableFields).toContain('actingMeetingId');
      expect((await edit(focal, doc.id, { titleEn: 'Edited by the ministry' })).statusCode).toBe(200);
      await walk(doc.id, ['circulated', 'under_negotiation', 'agreed_ad_referendum']);
      const agreed = await edit(staff, doc.id, { actingMeetingId: meetingIds.eas15 });
      expect(agreed.statusCode).toBe(409);
      expect(fieldOf(agreed)).toBe('actingMeetingId');
      await walk(doc.id, ['recommended', 'adopted']);
      const closed = (await focal.get(`/api/documents/${doc.id}`)).json<Detail>();
      expect(closed.editableFields).toEqual([]);
      expect((await edit(focal, doc.id, { titleEn: 'Too late' })).statusCode).toBe(403);
      expect((await edit(staff, doc.id, { intendedAction: 'note' })).statusCode).toBe(409);
      const fixed = await edit(staff, doc.id, { titleEn: 'Typo corrected after adoption' });
      expect(fixed.statusCode).toBe(200);
      expect(fixed.json<Detail>().status).toBe('adopted');
    });

    it('is refused to readers, and a hidden document looks like a missing one', async () => {
      const doc = await create({ confidentiality: 'members' });
      // NZ is not a member: the document is hidden from its liaison.
      expect((await liaisonNz.get(`/api/documents/${doc.id}`)).statusCode).toBe(404);
      const hidden = await edit(liaisonNz, doc.id, { titleEn: 'x' });
      const missing = await edit(liaisonNz, 999_999, { titleEn: 'x' });
      expect(hidden.statusCode).toBe(403);
      expect(hidden.body).toBe(missing.body);
      expect((await edit(journalist, doc.id, { titleEn: 'x' })).statusCode).toBe(403);
      expect((await edit(anonymous, doc.id, { titleEn: 'x' })).statusCode).toBe(401);
      expect((await edit(staff, 999_999, { titleEn: 'x' })).statusCode).toBe(404);
      expect((await journalist.get(`/api/documents/${doc.id}`)).json<{ editableFields?: string[] }>().editableFields).toBeUndefined();
    });

    it("shows the committee's deliverables only to those who may read the committee's work", async () => {
      const doc = await create({ confidentiality: 'public', relatedDeliverableIds: [deliverableId] });
      expect((await staff.get(`/api/documents/${doc.id}`)).json<Detail>().relatedDeliverables.map((d) => d.id)).toEqual([deliverableId]);
      expect((await journalist.get(`/api/documents/${doc.id}`)).json<Detail>().relatedDeliverables).toEqual([]);
      expect((await anonymous.get(`/api/documents/${doc.id}`)).json<Detail>().relatedDeliverables).toEqual([]);
      // The demo links the post-2025 vision declaration to the committee's mid-term review.
      const [vision] = (await staff.get('/api/documents?q=ha noi declaration post 2025 vision')).json<List>().documents;
      const served = (await staff.get(`/api/documents/${vision!.id}`)).json<Detail>().relatedDeliverables;
      expect(served.map((d) => d.titleEn)).toEqual(['Mid-term review of the ASEAN Community Vision 2025 blueprints']);
    });

    it("refuses to overwrite someone else's change saved after the editor opened the document", async () => {
      const opened = await create();
      const first = await edit(focal, opened.id, { titleEn: 'The ministry’s title', expectedUpdatedAt: opened.updatedAt });
      expect(first.statusCode, first.body).toBe(200);
      const late = await edit(staff, opened.id, { titleVi: 'Tiêu đề cũ', expectedUpdatedAt: opened.updatedAt });
      expect(late.statusCode).toBe(409);
      expect(fieldOf(late)).toBe('expectedUpdatedAt');
      const now = (await staff.get(`/api/documents/${opened.id}`)).json<Detail>();
      expect(now.titleVi).toBe(opened.titleVi);
      const again = await edit(staff, opened.id, { titleVi: 'Tiêu đề mới', expectedUpdatedAt: now.updatedAt });
      expect(again.statusCode, again.body).toBe(200);
      // Without the guard (scripts, imports) the last save wins, as before.
      expect((await edit(staff, opened.id, { pillar: 'cross_pillar' })).statusCode).toBe(200);
      expect(fieldOf(await edit(staff, opened.id, { titleVi: 'x', expectedUpdatedAt: 'yesterday' }))).toBe('expectedUpdatedAt');
    });

    it('puts edits of the registry facts in the timeline, for those who edit', async () => {
      const doc = await create({ confidentiality: 'public' });
      await edit(focal, doc.id, { titleEn: 'Renamed', confidentiality: 'public' });
      await walk(doc.id, ['circulated']);
      await edit(staff, doc.id, { pillar: 'cross_pillar', proposerPartyIds: [partyIds.VN, partyIds.SG] });
      const seen = (await focal.get(`/api/documents/${doc.id}`)).json<Detail>();
      expect(seen.edits.map((e) => e.fields)).toEqual([['titleEn'], ['pillar', 'proposerPartyIds']]);
      expect(seen.edits[0]!.actor).toBeTruthy();
      for (const reader of [journalist, anonymous]) {
        const res = await reader.get(`/api/documents/${doc.id}`);
        expect(res.statusCode).toBe(200);
        expect(res.json<{ edits?: unknown[] }>().edits ?? []).toEqual([]);
      }
    });

    it('is in the OpenAPI document', async () => {
      const spec = (await h.app.inject('/api/docs/json')).json<{ paths: Record<string, Record<string, unknown>> }>();
      expect(Object.keys(spec.paths['/api/documents/{id}']!)).toEqual(expect.arrayContaining(['get', 'patch']));
    });
  });
});
