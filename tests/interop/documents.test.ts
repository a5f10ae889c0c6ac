/**
 * Documents as their readers open them (issue 19): every DOCX and CSV Gavel
 * writes — a meeting's outcome list, the committee's session report — is
 * opened and converted by LibreOffice, and the text that comes out is
 * compared with what Gavel meant to write; every PDF — the same documents,
 * press and delegate badges — passes qpdf's structural check, embeds its
 * fonts (pdffonts) and gives back its text (pdftotext). A representative
 * set in both languages, not every meeting: LibreOffice takes seconds a file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionReport } from '../../src/server/committee/report/content.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { flat, libreOffice, scratchDir, tool } from './tools.js';
import { pressConsent } from '../helpers/factories.js';

const PUBLIC = 'https://gavel.example.org';
type Lang = 'vi' | 'en';
const langs: Lang[] = ['vi', 'en'];

interface OutcomeList {
  meeting: { titleEn: string; titleVi: string };
  total: number;
  groups: Array<{ action: string; type: string; documents: Array<{ referenceCode: string; titleEn: string; titleVi: string }> }>;
}

describe('documents opened by LibreOffice, poppler and qpdf', () => {
  let h: Harness;
  let staff: Client;
  const scratch = scratchDir('documents');
  /** file name → what Gavel meant it to say (strings that must each appear). */
  const meant = new Map<string, string[]>();
  const files = new Map<string, string>();
  let outcomes: Record<Lang, OutcomeList>;

  const save = (name: string, bytes: Buffer | string, says: string[]) => {
    const path = join(scratch.dir, name);
    writeFileSync(path, bytes);
    files.set(name, path);
    meant.set(name, says);
  };
  const fetchOk = async (client: Client, url: string) => {
    const res = await client.get(url);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return res.rawPayload;
  };

  beforeAll(async () => {
    h = await startHarness('pglite', { config: { publicUrl: PUBLIC } });
    staff = await h.signIn('secretariat@gavel.demo');
    const meetings = (await staff.get('/api/meetings?year=2020')).json<{ meetings: Array<{ id: number; titleEn: string }> }>().meetings;
    const summit = meetings.find((m) => m.titleEn.startsWith('37th ASEAN Summit'))!;

    // The demo's latest committee session: its report carries the most decisions.
    const session = (await staff.get('/api/committee/sessions')).json<{ sessions: Array<{ number: number }> }>().sessions[0]!.number;
    outcomes = { vi: null!, en: null! };
    for (const lang of langs) {
      const list = (await staff.get(`/api/meetings/${summit.id}/outcomes`)).json<OutcomeList>();
      outcomes[lang] = list;
      const title = (x: { titleEn: string; titleVi: string }) => (lang === 'vi' ? x.titleVi : x.titleEn);
      const says = [title(list.meeting), ...list.groups.flatMap((g) => g.documents.flatMap((d) => [d.referenceCode, title(d)]))];
      for (const format of ['docx', 'pdf', 'csv'] as const) {
        save(`outcomes-${lang}.${format}`, await fetchOk(staff, `/api/meetings/${summit.id}/outcomes/${format}?lang=${lang}`), says);
      }
      const report = (await sessionReport(h.database.db, session, lang))!;
      const reportSays = [
        report.title,
        report.subtitle,
        ...report.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.table ? [...s.table.columns, ...s.table.rows.flat()] : [])]),
      ].filter((t) => t.trim() !== '' && t !== '—');
      for (const format of ['docx', 'pdf'] as const) {
        save(`session-${lang}.${format}`, await fetchOk(staff, `/api/committee/sessions/${session}/report?format=${format}&lang=${lang}`), reportSays);
      }
    }

    // A delegate's badge and a journalist's, as their holders download them.
    const nominations = (await staff.get('/api/delegates/nominations')).json<{ nominations: Array<{ id: number; status: string; fullName: string }> }>()
      .nominations;
    const delegate = nominations.find((n) => n.status === 'approved' && /[^ -~]/.test(n.fullName))!;
    save('badge-delegate.pdf', await fetchOk(staff, `/api/delegates/nominations/${delegate.id}/badge.pdf`), [delegate.fullName, `${PUBLIC}/verify`]);
    const press = await h.signIn('press@gavel.demo');
    const anonymous = await h.anonymous();
    const summitPress = (await press.get('/api/press/events'))
      .json<{ events: Array<{ id: number; slug: string }> }>()
      .events.find((e) => e.slug === 'summit-37-press-center')!;
    const fullName = 'Nguyễn Thị Lan';
    const form = multipartBody(
      { fullName, outlet: 'Báo Thời Đại', nationality: 'VN', idDocumentNumber: 'C7654321', email: 'lan@example.org', ...pressConsent },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
    );
    const applied = await anonymous.request('POST', `/api/press/events/${summitPress.id}/applications`, form.payload, form.headers);
    expect(applied.statusCode, applied.body).toBe(201);
    const application = applied.json<{ id: number; accessKey: string }>();
    expect((await press.post(`/api/press/applications/${application.id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    save('badge-journalist.pdf', await fetchOk(anonymous, `/api/press/applications/${application.id}/badge.pdf?key=${application.accessKey}`), [
      fullName,
      'Báo Thời Đại',
      `${PUBLIC}/verify`,
    ]);
  });
  afterAll(async () => {
    scratch.remove();
    await h?.close();
  });

  const named = (ext: string) => [...files.keys()].filter((n) => n.endsWith(`.${ext}`));

  it('made every kind of document it can write', () => {
    // Something to compare: the summit's outcome documents, the report's sections.
    expect(outcomes.en.total).toBeGreaterThanOrEqual(5);
    expect(meant.get('outcomes-vi.docx')!.length).toBe(1 + 2 * outcomes.vi.total);
    expect(meant.get('session-vi.docx')!.length).toBeGreaterThan(10);
    expect(named('docx')).toHaveLength(4);
    expect(named('csv')).toHaveLength(2);
    expect(named('pdf')).toEqual(expect.arrayContaining(['outcomes-vi.pdf', 'session-en.pdf', 'badge-delegate.pdf', 'badge-journalist.pdf']));
  });

  it('opens every DOCX in LibreOffice Writer with the text Gavel meant, diacritics intact', async () => {
    const names = named('docx');
    const texts = await libreOffice(
      names.map((n) => files.get(n)!),
      'txt',
      'txt:Text (encoded):UTF8',
    );
    for (const name of names) {
      const text = flat(texts.get(files.get(name)!)!);
      const missing = meant.get(name)!.filter((s) => !text.includes(flat(s)));
      expect(missing, `${name} as LibreOffice reads it lacks these`).toEqual([]);
    }
  });

  it('opens every CSV in LibreOffice Calc as the same cells, which are the outcome list', async () => {
    const names = named('csv');
    const texts = await libreOffice(
      names.map((n) => files.get(n)!),
      'csv',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      { infilter: 'CSV:44,34,76,1' },
    );
    for (const name of names) {
      const lang = name.includes('-vi') ? 'vi' : 'en';
      const calc = parse(texts.get(files.get(name)!)!.replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][];
      const rows = outcomes[lang].groups.flatMap((g) => g.documents.map((d) => [d.referenceCode, lang === 'vi' ? d.titleVi : d.titleEn]));
      expect(calc.length, name).toBe(rows.length + 1);
      expect(calc.slice(1).map((r) => r.slice(0, 2).map((c) => c.normalize('NFC')))).toEqual(rows.map((r) => r.map((c) => c.normalize('NFC'))));
    }
  });

  it('writes PDFs that pass qpdf --check, embed every font and give back their text', async () => {
    for (const name of named('pdf')) {
      const path = files.get(name)!;
      const check = await tool('qpdf', ['--check', path]);
      expect(check.code, `${name}: ${check.stdout}${check.stderr}`).toBe(0);
      expect(check.stdout).toContain('No syntax or stream encoding errors found');

      const fonts = (await tool('pdffonts', [path])).stdout.trim().split('\n').slice(2);
      expect(fonts.length, `${name} lists no fonts`).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID; emb is the fourth from the end.
      const notEmbedded = fonts.filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes');
      expect(notEmbedded, `${name}: fonts not embedded`).toEqual([]);

      const text = flat((await tool('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout);
      const missing = meant.get(name)!.filter((s) => !text.includes(flat(s)));
      expect(missing, `${name} as pdftotext reads it lacks these`).toEqual([]);
    }
  });
});
