import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentBlobs } from '../../src/server/documents/schema.js';
import { engines } from '../helpers/database.js';
import { docxBomb, docxOf, lyingDocxBomb, multipart, odtOf, pdfOf } from '../helpers/files.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Version {
  number: number;
  fileName: string;
  mediaType: string;
  sha256: string;
  textExtractable: boolean;
}
interface Detail {
  id: number;
  versions: Version[];
}

describe.each(engines)('document versions and files on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let docId: number;

  beforeAll(async () => {
    h = await startHarness(engine, { demoFiles: true });
    staff = await h.signIn('secretariat@gavel.demo');
    const meetings = (await staff.get('/api/meetings?series=AMM')).json<{ meetings: Array<{ id: number; edition: number }> }>().meetings;
    docId = (
      await newDocument<Detail>(staff, meetings.find((m) => m.edition === 53)!.id, {
        titleEn: 'Files test statement',
        titleVi: 'Tuyên bố thử tệp',
        type: 'statement',
        pillar: 'cross_pillar',
        intendedAction: 'issue',
      })
    ).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const upload = async (name: string, data: Buffer, id = docId) => {
    const { body, headers } = multipart(name, data);
    return staff.request('POST', `/api/documents/${id}/versions`, body, headers);
  };

  it('keeps PDF, DOCX and ODT versions with hash, type from bytes and text', async () => {
    const pdf = await upload('draft-1.pdf', await pdfOf(['Hội nghị Cấp cao ASEAN', 'We agree to strengthen cooperation.']));
    expect(pdf.statusCode, pdf.body).toBe(201);
    const docx = await upload('draft-2.docx', await docxOf(['Hội nghị Cấp cao ASEAN', 'We agree to deepen cooperation.']));
    expect(docx.statusCode, docx.body).toBe(201);
    const odt = await upload('draft-3.odt', odtOf(['Hội nghị Cấp cao ASEAN', 'We agree to deepen & widen cooperation.']));
    expect(odt.statusCode, odt.body).toBe(201);
    const versions = odt.json<Detail>().versions;
    expect(versions.map((v) => [v.number, v.mediaType.split('/')[1], v.textExtractable])).toEqual([
      [3, 'vnd.oasis.opendocument.text', true],
      [2, 'vnd.openxmlformats-officedocument.wordprocessingml.document', true],
      [1, 'pdf', true],
    ]);
    expect(versions[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await staff.get(`/api/documents/${docId}/versions/1/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("shows a readable diff between two versions' texts", async () => {
    const res = await staff.get(`/api/documents/${docId}/diff?from=1&to=2`);
    expect(res.statusCode).toBe(200);
    const parts = res.json<{ parts: Array<{ value: string; added: boolean; removed: boolean }> }>().parts;
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toContain('strengthen');
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toContain('deepen');
    const odt = (await staff.get(`/api/documents/${docId}/diff?from=2&to=3`)).json<{ parts: Array<{ value: string; added: boolean }> }>();
    expect(
      odt.parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(''),
    ).toContain('&');
  });

  it('stores the same bytes once', async () => {
    const bytes = await docxOf(['Same bytes twice']);
    await upload('a.docx', bytes);
    const again = await upload('b.docx', bytes);
    const [v2, v1] = again.json<Detail>().versions;
    expect(v2!.sha256).toBe(v1!.sha256);
    const rows = await h.database.db.select({ n: count() }).from(documentBlobs).where(eq(documentBlobs.sha256, v1!.sha256));
    expect(rows[0]!.n).toBe(1);
  });

  it('cleans file names of folders and control characters', async () => {
    const res = await upload('../../etc/\u0007evil\tname.pdf', await pdfOf(['x']));
    expect(res.statusCode).toBe(201);
    expect(res.json<Detail>().versions[0]!.fileName).toBe('evilname.pdf');
  });

  it('refuses a file whose bytes are not what its name claims (415)', async () => {
    const res = await upload('report.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(res.statusCode).toBe(415);
    const png = await upload('x.docx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(png.statusCode).toBe(415);
  });

  it('refuses a file over 25 MB with 413', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024 + 10, 0x20);
    big.write('%PDF-1.4\n');
    const res = await upload('big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json<{ code: string }>().code).toBe('payload_too_large');
  });

  it('refuses DOCX zip bombs, honest or lying about their size', async () => {
    const honest = await upload('bomb.docx', docxBomb(150 * 1024 * 1024));
    expect(honest.statusCode).toBe(415);
    const lying = await upload('liar.docx', lyingDocxBomb(20 * 1024 * 1024));
    expect(lying.statusCode).toBe(415);
  });

  it('keeps a damaged file, marked text not extractable', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    const res = await upload('broken.pdf', broken);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Detail>().versions[0]).toMatchObject({ number: expect.any(Number), textExtractable: false });
    const n = res.json<Detail>().versions[0]!.number;
    expect((await staff.get(`/api/documents/${docId}/diff?from=1&to=${n}`)).statusCode).toBe(409);
  });

  it('answers 404 for a missing version or document', async () => {
    expect((await staff.get(`/api/documents/${docId}/versions/999/file`)).statusCode).toBe(404);
    expect((await upload('x.pdf', await pdfOf(['x']), 9_999_999)).statusCode).toBe(404);
  });

  it('gives named demo documents files, read like uploads: text searchable, marked illustrative, a diff between versions', async () => {
    const anonymous = await h.anonymous();
    // "video conference" is only in the files' text, not in any title.
    const found = (await anonymous.get('/api/documents?q=video conference')).json<{ documents: Array<{ id: number; titleEn: string }> }>().documents;
    const statement = found.find((d) => d.titleEn === 'Chairman’s Statement of the 37th ASEAN Summit');
    expect(statement).toBeDefined();
    const detail = (await anonymous.get(`/api/documents/${statement!.id}`)).json<Detail>();
    expect(detail.versions.map((v) => [v.number, v.mediaType, v.textExtractable])).toEqual([
      [2, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
      [1, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ]);
    const diff = (await anonymous.get(`/api/documents/${statement!.id}/diff?from=1&to=2`)).json<{ parts: Array<{ value: string; added: boolean }> }>();
    expect(
      diff.parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(' '),
    ).toContain('12 November 2020');

    const declarations = (await anonymous.get('/api/documents?q=ha noi declaration&type=declaration')).json<{ documents: Array<{ id: number }> }>().documents;
    let withFiles = 0;
    for (const d of declarations) {
      const versions = (await anonymous.get(`/api/documents/${d.id}`)).json<Detail>().versions;
      if (!versions.length) continue;
      withFiles++;
      const file = await anonymous.get(`/api/documents/${d.id}/versions/1/file`);
      expect(file.headers['content-type']).toBe('application/pdf');
    }
    expect(withFiles).toBe(3);
    // Every demo file says it is not the real text, in both languages; search finds the Vietnamese too.
    const marked = (await anonymous.get('/api/documents?q=van ban minh hoa ban trinh dien gavel&limit=20')).json<{ total: number }>();
    expect(marked.total).toBe(4);
  });
});
