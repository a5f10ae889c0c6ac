import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { docxOf, multipart, odtOf, pdfOf } from '../helpers/files.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

interface Attachment {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
}
interface Task {
  id: number;
  titleEn: string;
  body: { id: number; nameEn: string };
  attachments: Attachment[];
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Checklist');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The start of a JFIF file: enough for its type to be known from the bytes. */
const jpeg = () => Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64, 0x11), Buffer.from('ffd9', 'hex')]);

describe.each(engines)('task attachments on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let member: Client;
  let moitTask: Task;
  let otherTask: Task;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    member = await h.signIn('committee@gavel.demo');
    const tasks = (await staff.get('/api/tasks')).json<{ tasks: Task[] }>().tasks;
    moitTask = tasks.find((t) => t.body.nameEn === 'Ministry of Industry and Trade')!;
    otherTask = tasks.find((t) => t.body.nameEn === 'Security Subcommittee')!;
  });
  afterAll(async () => {
    await h?.close();
  });

  const upload = (client: Client, taskId: number, name: string, data: Buffer) => {
    const { body, headers } = multipart(name, data);
    return client.request('POST', `/api/tasks/${taskId}/attachments`, body, headers);
  };

  it('keeps PDF, DOCX, ODT, XLSX, PNG and JPEG files, their type decided from the bytes', async () => {
    const files: Array<[string, Buffer, string]> = [
      ['Kế hoạch an ninh.pdf', await pdfOf(['Kế hoạch bảo đảm an ninh']), 'application/pdf'],
      ['plan.docx', await docxOf(['Security plan']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['plan.odt', odtOf(['Security plan']), 'application/vnd.oasis.opendocument.text'],
      [
        'checklist.xlsx',
        await xlsxOf([
          ['Gate', 'Ready'],
          ['North', 'yes'],
        ]),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      // A name that lies: the bytes are a PNG, so it is kept as one.
      ['venue-map.pdf', png(4, 3), 'image/png'],
      ['badge.jpeg', jpeg(), 'image/jpeg'],
    ];
    for (const [name, bytes, type] of files) {
      const res = await upload(staff, otherTask.id, name, bytes);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json<Attachment>()).toMatchObject({ mediaType: type, size: bytes.length, uploadedBy: expect.any(String) });
    }
    const list = (await member.get(`/api/tasks/${otherTask.id}/attachments`)).json<{ attachments: Attachment[] }>().attachments;
    expect(list.map((a) => a.fileName)).toEqual(['Kế hoạch an ninh.pdf', 'plan.docx', 'plan.odt', 'checklist.xlsx', 'venue-map.pdf.png', 'badge.jpeg']);
    // The task page shows them too.
    const detail = (await member.get(`/api/tasks/${otherTask.id}`)).json<Task>();
    expect(detail.attachments.map((a) => a.id)).toEqual(list.map((a) => a.id));
  });

  it('lets anyone who may read the task download a file, with its name and type', async () => {
    const [pdf] = (await staff.get(`/api/tasks/${otherTask.id}/attachments`)).json<{ attachments: Attachment[] }>().attachments;
    const file = await member.get(`/api/tasks/${otherTask.id}/attachments/${pdf!.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Kế hoạch an ninh.pdf')}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Not through another task's address.
    expect((await member.get(`/api/tasks/${moitTask.id}/attachments/${pdf!.id}/file`)).statusCode).toBe(404);
    expect((await (await h.anonymous()).get(`/api/tasks/${otherTask.id}/attachments/${pdf!.id}/file`)).statusCode).toBe(401);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get(`/api/tasks/${otherTask.id}/attachments`)).statusCode).toBe(403);
  });

  it('cleans file names of folders and control characters', async () => {
    const res = await upload(staff, otherTask.id, '../../etc/\u0007evil\tname.pdf', await pdfOf(['x']));
    expect(res.statusCode).toBe(201);
    expect(res.json<Attachment>().fileName).toBe('evilname.pdf');
  });

  it('refuses files of other types (415), naming the file field', async () => {
    const html = await upload(staff, otherTask.id, 'notes.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
    expect(html.json<ErrorBody>()).toMatchObject({ code: 'unsupported_media_type', details: [{ path: 'file' }] });
    const gif = await upload(staff, otherTask.id, 'x.png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    expect(gif.statusCode).toBe(415);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0x20);
    big.write('%PDF-1.4\n');
    const res = await upload(staff, otherTask.id, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorBody>().code).toBe('payload_too_large');
  });

  it('refuses a request without a file (400)', async () => {
    const res = await staff.post(`/api/tasks/${otherTask.id}/attachments`, { file: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().details![0]!.path).toBe('file');
  });

  it("lets a focal point attach to and remove from its own body's tasks only (403 otherwise)", async () => {
    const mine = await upload(focal, moitTask.id, 'số liệu.xlsx', await xlsxOf([['Quý', 'Giá trị']]));
    expect(mine.statusCode, mine.body).toBe(201);
    const theirs = await upload(focal, otherTask.id, 'x.pdf', await pdfOf(['x']));
    expect(theirs.statusCode).toBe(403);
    // A committee member reads but does not write.
    expect((await upload(member, moitTask.id, 'x.pdf', await pdfOf(['x']))).statusCode).toBe(403);

    const other = (await staff.get(`/api/tasks/${otherTask.id}/attachments`)).json<{ attachments: Attachment[] }>().attachments[0]!;
    expect((await focal.delete(`/api/tasks/${otherTask.id}/attachments/${other.id}`)).statusCode).toBe(403);
    const id = mine.json<Attachment>().id;
    expect((await focal.delete(`/api/tasks/${moitTask.id}/attachments/${id}`)).statusCode).toBe(204);
    expect((await focal.get(`/api/tasks/${moitTask.id}/attachments`)).json<{ attachments: Attachment[] }>().attachments).toEqual([]);
    expect((await focal.delete(`/api/tasks/${moitTask.id}/attachments/${id}`)).statusCode).toBe(404);
  });

  it('records every upload and removal in the change log', async () => {
    const events = (await staff.get('/api/changes?entityType=task_attachment&limit=50')).json<{
      events: Array<{ action: string; changes: { taskId: number; fileName: string } }>;
    }>().events;
    expect(events.filter((e) => e.action === 'delete').map((e) => e.changes.fileName)).toEqual(['số liệu.xlsx']);
    expect(events.filter((e) => e.action === 'create' && e.changes.taskId === otherTask.id).length).toBe(7);
  });

  it('answers 404 for a task that does not exist', async () => {
    expect((await upload(staff, 9_999_999, 'x.pdf', await pdfOf(['x']))).statusCode).toBe(404);
    expect((await staff.get('/api/tasks/9999999/attachments')).statusCode).toBe(404);
  });
});
