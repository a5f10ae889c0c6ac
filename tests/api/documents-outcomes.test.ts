import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { multipart } from '../helpers/files.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Outcomes {
  total: number;
  groups: Array<{ action: string; type: string; count: number; documents: Array<{ titleEn: string }> }>;
}
interface List {
  total: number;
  documents: Array<{ id: number; titleEn: string; titleVi: string; snippet: string | null; highlight: { titleEn: string; titleVi: string } | null }>;
}

describe.each(engines)('outcome lists, search and import on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let anonymous: Client;
  let summit37: number;
  let amm54: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    amm54 = meetings.find((m) => m.seriesCode === 'AMM' && m.edition === 54)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists what the 37th Summit adopted, noted and issued, by type, with counts', async () => {
    const list = (await anonymous.get(`/api/meetings/${summit37}/outcomes`)).json<Outcomes>();
    const declarations = list.groups.find((g) => g.action === 'adopt' && g.type === 'declaration')!;
    expect(declarations.documents.map((d) => d.titleEn)).toContain('Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision');
    expect(list.total).toBe(list.groups.reduce((s, g) => s + g.count, 0));
    expect(new Set(list.groups.map((g) => g.action))).toEqual(new Set(['adopt', 'note', 'issue']));
  });

  it('charts documents per summit with the 37th marked as the record of its time', async () => {
    const { summits } = (await anonymous.get('/api/documents/summits')).json<{
      summits: Array<{ meeting: { titleEn: string }; count: number; record: boolean }>;
    }>();
    const s37 = summits.find((s) => s.meeting.titleEn.includes('37th'))!;
    expect(s37.count).toBeGreaterThanOrEqual(75);
    expect(s37.count).toBeLessThanOrEqual(85);
    expect(s37.record).toBe(true);
    const before = summits.slice(0, summits.indexOf(s37));
    expect(before.every((s) => s.count < s37.count)).toBe(true);
  });

  it('exports CSV, DOCX and a PDF whose Vietnamese renders', async () => {
    const csv = await anonymous.get(`/api/meetings/${summit37}/outcomes/csv?lang=vi`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025');
    const docx = await anonymous.get(`/api/meetings/${summit37}/outcomes/docx?lang=vi`);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain('Văn kiện kết quả');
    expect(text).toContain('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025');
    const pdf = await anonymous.get(`/api/meetings/${summit37}/outcomes/pdf?lang=vi`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'gavel-pdf-'));
    writeFileSync(join(dir, 'o.pdf'), pdf.rawPayload);
    // The text layer round-trips the diacritics; the glyphs were checked by eye (pdftoppm).
    const extracted = execFileSync('pdftotext', [join(dir, 'o.pdf'), '-'], { encoding: 'utf8' });
    expect(extracted).toContain('Hội nghị Cấp cao ASEAN lần thứ 37');
    expect(readFileSync(join(dir, 'o.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('searches titles in both languages ignoring diacritics and case, ranked', async () => {
    const vi = (await anonymous.get('/api/documents?q=tam%20nhin%20cong%20dong%20sau%202025')).json<List>();
    expect(vi.documents[0]!.titleVi).toBe('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025');
    const en = (await anonymous.get('/api/documents?q=HA%20NOI%20declaration%20social%20work')).json<List>();
    expect(en.documents[0]!.titleEn).toContain('Strengthening Social Work');
    const accented = (await anonymous.get(`/api/documents?q=${encodeURIComponent('Tuyên bố Hà Nội Đông Á')}`)).json<List>();
    expect(accented.documents.map((d) => d.titleEn)).toContain('Ha Noi Declaration on the 15th Anniversary of the East Asia Summit');
    expect(accented.documents[0]!.highlight!.titleVi).toMatch(/<mark>Tuyên<\/mark> <mark>bố<\/mark> <mark>Hà<\/mark> <mark>Nội<\/mark>/);
    const filtered = (await anonymous.get('/api/documents?q=plan%20of%20action&type=plan_of_action&year=2020&proposer=vn')).json<List>();
    expect(filtered.documents.map((d) => d.titleEn)).toContain('ARF Ha Noi Plan of Action II (2020–2025)');
  });

  it('imports a CSV document list all or nothing, naming the bad row and column', async () => {
    const header = 'title_en,title_vi,type,pillar,intended_action,confidentiality,proposers\n';
    const bad = `${header}Good one,Văn kiện tốt,statement,economic,adopt,members,VN\nBad one,Văn kiện lỗi,poem,economic,adopt,members,VN;XX\n`;
    const before = (await staff.get(`/api/documents?meeting=${amm54}`)).json<List>().total;
    const { body, headers } = multipart('list.csv', Buffer.from(bad));
    const res = await staff.request('POST', `/api/meetings/${amm54}/documents/import`, body, headers);
    expect(res.statusCode).toBe(422);
    const rows = res.json<{ rows: Array<{ row: number; column: string }> }>().rows;
    expect(rows).toEqual([expect.objectContaining({ row: 3, column: 'type' })]);
    expect((await staff.get(`/api/documents?meeting=${amm54}`)).json<List>().total).toBe(before);

    const unknownParty = `${header}Good one,Văn kiện tốt,statement,economic,adopt,members,VN;XX\n`;
    const up = multipart('list.csv', Buffer.from(unknownParty));
    const res2 = await staff.request('POST', `/api/meetings/${amm54}/documents/import`, up.body, up.headers);
    expect(res2.json<{ rows: Array<{ row: number; column: string }> }>().rows).toEqual([expect.objectContaining({ row: 2, column: 'proposers' })]);

    const good = multipart('list.csv', Buffer.from(`${header}Good one,Văn kiện tốt,statement,economic,adopt,members,VN;ID\n`));
    const ok = await staff.request('POST', `/api/meetings/${amm54}/documents/import`, good.body, good.headers);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await staff.get(`/api/documents?meeting=${amm54}`)).json<List>().total).toBe(before + 1);
  });

  it('imports an XLSX document list', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Documents');
    sheet.addRow(['title_en', 'title_vi', 'type', 'pillar', 'intended_action', 'proposers']);
    sheet.addRow(['XLSX one', 'Văn kiện XLSX một', 'report', 'socio_cultural', 'note', 'TH']);
    sheet.addRow(['XLSX two', 'Văn kiện XLSX hai', 'framework', 'economic', 'adopt', 'SG']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { body, headers } = multipart('list.xlsx', bytes);
    const res = await staff.request('POST', `/api/meetings/${amm54}/documents/import`, body, headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ imported: number }>().imported).toBe(2);
  });
});
