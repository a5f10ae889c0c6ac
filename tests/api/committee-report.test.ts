import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  return text;
}

describe.each(engines)('the session report on %s', (engine) => {
  let h: Harness;
  let staff: Client;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    expect((await staff.post('/api/committee/sessions', { number: 7, heldOn: '20/11/2020' })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('produces the 7th session’s report as a Vietnamese PDF with the 6th session’s decisions and what became of them', async () => {
    const res = await staff.get('/api/committee/sessions/7/report?format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Báo cáo Phiên họp lần thứ 7');
    expect(text).toContain('Kết luận Phiên họp lần thứ 6 và kết quả thực hiện');
    expect(text).toContain('Quỹ ASEAN ứng phó với COVID-19');
    expect(text).toContain('Tiểu ban An ninh');
  });

  it('produces it in English as DOCX on request', async () => {
    const res = await staff.get('/api/committee/sessions/7/report?format=docx&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('session-7-report-en.docx');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('Report of the 7th session of the National Committee for ASEAN 2020');
    expect(value).toContain('Decisions of the 6th session and what became of them');
    expect(value).toContain('Security of the venue and delegations');
  });

  it('answers 404 for a session that does not exist', async () => {
    expect((await staff.get('/api/committee/sessions/99/report')).statusCode).toBe(404);
  });
});
