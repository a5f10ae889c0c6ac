import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { and, eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents } from '../../src/server/db/schema.js';
import { engines } from '../helpers/database.js';
import { docxOf, multipart, pdfOf } from '../helpers/files.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Detail {
  id: number;
  referenceCode: string;
  status: string;
}
interface Text {
  preamble: string[];
  paragraphs: string[];
  annexes: Array<{ title: string; paragraphs: string[] }>;
}
interface Stored {
  language: 'vi' | 'en';
  text: Text;
  updatedAt: string;
  updatedBy: string | null;
  warnings?: string[];
}
interface Texts {
  texts: Stored[];
  editable: boolean;
}

const sample: Text = {
  preamble: ['We, the Foreign Ministers of ASEAN,', 'Recalling the ASEAN Charter & its principles,'],
  paragraphs: ['Agree to deepen cooperation <in> the region;', 'Task the Secretariat to report.'],
  annexes: [{ title: 'Annex I: Areas of cooperation', paragraphs: ['Maritime cooperation.', 'Digital transformation.'] }],
};

/** A DOCX with Word headings and Word's own numbered list (what mammoth reads as an ordered list). */
function headedDocx(): Promise<Buffer> {
  const numbered = (text: string) => new Paragraph({ text, numbering: { reference: 'ops', level: 0 } });
  return Packer.toBuffer(
    new Document({
      numbering: { config: [{ reference: 'ops', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Ha Noi Declaration on Testing' }),
            new Paragraph('We, the Heads of State or Government,'),
            new Paragraph('Recognising the value of tests,'),
            numbered('Agree to test everything;'),
            numbered('Task the Secretariat to follow up.'),
            new Paragraph('3. Numbered by hand, still operative.'),
            new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Annex: List of tests' }),
            new Paragraph('Unit tests.'),
            new Paragraph('API tests.'),
          ],
        },
      ],
    }),
  );
}

describe.each(engines)('structured texts and Akoma Ntoso on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let liaison: Client;
  let anonymous: Client;
  let summit37: number;
  let vn: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    liaison = await h.signIn('liaison.nz@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings?series=SUMMIT')).json<{ meetings: Array<{ id: number; edition: number }> }>().meetings;
    summit37 = meetings.find((m) => m.edition === 37)!.id;
    const parties = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties;
    vn = parties.find((p) => p.code === 'VN')!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const create = (confidentiality = 'members') =>
    newDocument<Detail>(staff, summit37, {
      titleEn: 'Declaration on structured texts',
      titleVi: 'Tuyên bố về văn bản có cấu trúc',
      type: 'declaration',
      pillar: 'cross_pillar',
      intendedAction: 'adopt',
      confidentiality,
      proposerPartyIds: [vn],
    });
  const adopt = async (id: number) => {
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted']) {
      expect((await staff.post(`/api/documents/${id}/transitions`, { to })).statusCode, to).toBe(200);
    }
  };
  const put = (client: Client, id: number, lang: string, body: unknown) => client.request('PUT', `/api/documents/${id}/texts/${lang}`, body);
  const importFile = (client: Client, id: number, lang: string, name: string, data: Buffer) => {
    const { body, headers } = multipart(name, data);
    return client.request('POST', `/api/documents/${id}/texts/${lang}/import`, body, headers);
  };

  it("offers the 37th Summit's public declarations as Akoma Ntoso in both languages, to anyone", async () => {
    const list = (await anonymous.get(`/api/documents?meeting=${summit37}&type=declaration`)).json<{
      documents: Array<{ id: number; titleEn: string; titleVi: string; referenceCode: string }>;
    }>();
    const declaration = list.documents.find((d) => d.titleEn.startsWith('Ha Noi Declaration on the ASEAN Community'))!;
    const portal = (await anonymous.get(`/api/portal/meetings/${summit37}`)).json<{ akn: Array<{ documentId: number; languages: string[] }> }>();
    expect(portal.akn).toContainEqual({ documentId: declaration.id, languages: ['en', 'vi'] });
    const texts = (await anonymous.get(`/api/documents/${declaration.id}/texts`)).json<Texts>();
    expect(texts.texts.map((t) => t.language)).toEqual(['en', 'vi']);
    expect(texts.editable).toBe(false);
    for (const lang of ['vi', 'en'] as const) {
      const res = await anonymous.get(`/api/portal/documents/${declaration.id}/akn?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/akn\+xml/);
      expect(res.headers['content-disposition']).toContain(`-${lang}.akn.xml`);
      expect(XMLValidator.validate(res.body)).toBe(true);
      const akn = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(res.body).akomaNtoso;
      expect(akn['@_xmlns']).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
      const statement = akn.statement;
      expect(statement['@_name']).toBe('declaration');
      const frbr = statement.meta.identification;
      const work = frbr.FRBRWork.FRBRuri['@_value'] as string;
      expect(work).toMatch(/^\/akn\/asean\/statement\/declaration\/2020-11-\d\d\/summit-37-decl-\d+$/);
      expect(frbr.FRBRWork.FRBRthis['@_value']).toBe(`${work}/!main`);
      const code = lang === 'vi' ? 'vie' : 'eng';
      expect(frbr.FRBRExpression.FRBRlanguage['@_language']).toBe(code);
      expect(frbr.FRBRExpression.FRBRuri['@_value']).toMatch(new RegExp(`^${work}/${code}@2020-11-\\d\\d$`));
      expect(frbr.FRBRManifestation.FRBRthis['@_value']).toMatch(/\/!main\.akn$/);
      expect(res.body).toContain(lang === 'vi' ? declaration.titleVi : declaration.titleEn.replace('’', '’'));
      expect(statement.preamble.p.length).toBeGreaterThan(0);
      expect(statement.mainBody.paragraph[0].num).toBe('1.');
      expect(statement.meta.references.TLCEvent['@_showAs']).toMatch(lang === 'vi' ? /Cấp cao ASEAN lần thứ 37/ : /37th ASEAN Summit/);
      expect(statement.meta.references.TLCConcept['@_eId']).toBe('adopted');
    }
  });

  it('keeps a text per language, replaced whole, with a change-log event; refuses a bad one naming the field', async () => {
    const doc = await create();
    const saved = await put(staff, doc.id, 'en', sample);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Stored>().text).toEqual(sample);
    const vi = await put(staff, doc.id, 'vi', { preamble: [], paragraphs: ['Nhất trí tăng cường hợp tác.'] });
    expect(vi.json<Stored>().text).toEqual({ preamble: [], paragraphs: ['Nhất trí tăng cường hợp tác.'], annexes: [] });
    const texts = (await staff.get(`/api/documents/${doc.id}/texts`)).json<Texts>();
    expect(texts.editable).toBe(true);
    expect(texts.texts.map((t) => [t.language, t.text.paragraphs.length])).toEqual([
      ['en', 2],
      ['vi', 1],
    ]);
    const events = await h.database.db
      .select({ changes: changeEvents.changes })
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'document'), eq(changeEvents.entityId, String(doc.id))));
    expect(events.map((e) => JSON.stringify(e.changes)).filter((c) => c.includes('structuredText'))).toHaveLength(2);

    const empty = await put(staff, doc.id, 'en', { preamble: [], paragraphs: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('paragraphs');
    const control = await put(staff, doc.id, 'en', { preamble: [], paragraphs: ['bell \u0007 here'] });
    expect(control.statusCode).toBe(400);
    expect((await put(staff, doc.id, 'fr', sample)).statusCode).toBe(400);

    expect((await staff.delete(`/api/documents/${doc.id}/texts/vi`)).statusCode).toBe(204);
    expect((await staff.delete(`/api/documents/${doc.id}/texts/vi`)).statusCode).toBe(404);
    expect((await staff.get(`/api/documents/${doc.id}/texts`)).json<Texts>().texts.map((t) => t.language)).toEqual(['en']);
  });

  it('lets only those who may edit the document change its text: drafters while open, the secretariat once adopted', async () => {
    const doc = await create();
    expect((await put(focal, doc.id, 'en', sample)).statusCode).toBe(200);
    await adopt(doc.id);
    const refused = await put(focal, doc.id, 'en', sample);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('adopted');
    expect((await focal.get(`/api/documents/${doc.id}/texts`)).json<Texts>().editable).toBe(false);
    expect((await put(staff, doc.id, 'en', sample)).statusCode).toBe(200);
    expect((await put(anonymous, doc.id, 'en', sample)).statusCode).toBe(401);
  });

  it('answers 404 for the text and the AKN of a document the reader may not see, on the portal whoever asks', async () => {
    const doc = await create('members');
    await put(staff, doc.id, 'en', sample);
    // Not adopted yet: nothing to record, for those who see it.
    expect((await staff.get(`/api/documents/${doc.id}/akn?lang=en`)).statusCode).toBe(409);
    await adopt(doc.id);
    for (const client of [anonymous, liaison]) {
      expect((await client.get(`/api/documents/${doc.id}/texts`)).statusCode).toBe(404);
      expect((await client.get(`/api/documents/${doc.id}/akn?lang=en`)).statusCode).toBe(404);
      // A role that does not write documents is refused before anything is looked up.
      expect((await put(client, doc.id, 'en', sample)).statusCode).toBe(client === anonymous ? 401 : 403);
    }
    expect((await staff.get(`/api/documents/${doc.id}/akn?lang=en`)).statusCode).toBe(200);
    // The portal is the public's view even for the secretariat.
    expect((await staff.get(`/api/portal/documents/${doc.id}/akn?lang=en`)).statusCode).toBe(404);
    // The portal's meeting page does not offer it either.
    const portal = (await anonymous.get(`/api/portal/meetings/${summit37}`)).json<{ akn: Array<{ documentId: number }> }>();
    expect(portal.akn.map((a) => a.documentId)).not.toContain(doc.id);
    // No text in that language: absent too.
    expect((await staff.get(`/api/documents/${doc.id}/akn?lang=vi`)).statusCode).toBe(404);
    expect((await staff.get(`/api/documents/999999/texts`)).statusCode).toBe(404);
  });

  it('exports the structure, the proposers, the meeting and the action; text is escaped, never markup', async () => {
    const doc = await create('public');
    await put(staff, doc.id, 'en', sample);
    await adopt(doc.id);
    const res = await anonymous.get(`/api/portal/documents/${doc.id}/akn?lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect(res.body).toContain('Agree to deepen cooperation &lt;in&gt; the region;');
    expect(res.body).toContain('Recalling the ASEAN Charter &amp; its principles,');
    const statement = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(res.body).akomaNtoso.statement;
    expect(statement.mainBody.paragraph.map((p: { num: string }) => p.num)).toEqual(['1.', '2.']);
    expect(statement.meta.references.TLCOrganization.map((o: { '@_eId': string }) => o['@_eId'])).toContain('party-vn');
    expect(statement.meta.workflow.step['@_outcome']).toBe('#adopted');
    const annex = statement.attachments.attachment.doc;
    expect(annex['@_name']).toBe('annex');
    expect(annex.meta.identification.FRBRWork.FRBRthis['@_value']).toMatch(/\/!annex_1$/);
    expect(annex.preface.p.docTitle).toBe('Annex I: Areas of cooperation');
  });

  it('imports a DOCX by its headings and numbering', async () => {
    const doc = await create();
    const res = await importFile(staff, doc.id, 'en', 'declaration.docx', await headedDocx());
    expect(res.statusCode, res.body).toBe(200);
    const imported = res.json<Stored>();
    expect(imported.warnings).toEqual([]);
    expect(imported.text).toEqual({
      preamble: ['We, the Heads of State or Government,', 'Recognising the value of tests,'],
      paragraphs: ['Agree to test everything;', 'Task the Secretariat to follow up.', 'Numbered by hand, still operative.'],
      annexes: [{ title: 'Annex: List of tests', paragraphs: ['Unit tests.', 'API tests.'] }],
    });
    expect((await staff.get(`/api/documents/${doc.id}/texts`)).json<Texts>().texts[0]!.text).toEqual(imported.text);
  });

  it('imports a DOCX without headings as one body section with a warning, and refuses what is not a DOCX with text', async () => {
    const doc = await create();
    const res = await importFile(staff, doc.id, 'vi', 'plain.docx', await docxOf(['Đoạn thứ nhất.', 'Đoạn thứ hai.']));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Stored>().warnings).toEqual(['no_headings']);
    expect(res.json<Stored>().text).toEqual({ preamble: [], paragraphs: ['Đoạn thứ nhất.', 'Đoạn thứ hai.'], annexes: [] });
    const empty = await importFile(staff, doc.id, 'vi', 'empty.docx', await docxOf([]));
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.body).toContain('file');
    const pdf = await importFile(staff, doc.id, 'vi', 'not.docx', await pdfOf(['a PDF']));
    expect(pdf.statusCode).toBe(415);
    const junk = await importFile(staff, doc.id, 'vi', 'junk.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect([400, 415]).toContain(junk.statusCode);
    expect((await importFile(focal, (await create()).id, 'vi', 'plain.docx', await docxOf(['x']))).statusCode).toBe(200);
  });
});
