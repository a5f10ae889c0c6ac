/**
 * Decisions taken in session: through the documents workflow (status, change
 * log, the workflow's refusals), the record of decisions it fills (JSON, DOCX
 * and PDF in both languages), the portal's live page and stream that never
 * name a restricted document, and the agenda's renaming, order and deletion.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/http/types.js';
import { engines } from '../helpers/database.js';
import { newDocument, newMeeting } from '../helpers/factories.js';
import { DEMO_PASSWORD, startHarness, type Client, type Harness } from '../helpers/harness.js';
import { httpSignIn, openStream, type Stream } from '../helpers/sse.js';

interface Decision {
  action: string;
  decidedAt: string;
  agendaItem: { id: number; titleEn: string };
  document: { id: number; titleEn: string; titleVi: string; referenceCode: string };
  deferredTo: { id: number } | null;
}
interface Decisions {
  decisions: Decision[];
  pending: Array<{ id: number; status: string; allowed: string[] }>;
}
interface Live {
  currentItemId: number | null;
  items: Array<{ id: number; titleEn: string; state: string }>;
  speaking: { delegation: { code: string } } | null;
  decisions: Decision[];
}
interface Room {
  items: Array<{ id: number; position: number; titleEn: string; titleVi: string; state: string }>;
  delegations: Array<{ id: number; party: { code: string } }>;
}

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

describe.each(engines)('decisions taken in session on %s', (engine) => {
  let h: Harness;
  let base: string;
  let staff: Client;
  let nz: Client;
  let anonymous: Client;
  let meetingId: number;
  let laterId: number;
  let items: number[];
  let declaration: { id: number };
  let restricted: { id: number };
  let draft: { id: number };
  let statement: { id: number };
  const streams: Stream[] = [];

  const decide = (client: Client, item: number, body: object) => client.post(`/api/agenda-items/${item}/decisions`, body);
  const room = async () => (await staff.get(`/api/meetings/${meetingId}/room`)).json<Room>();
  const recommend = async (id: number) => {
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended']) {
      const res = await staff.post(`/api/documents/${id}/transitions`, { to });
      expect(res.statusCode, `${to}: ${res.body}`).toBe(200);
    }
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    base = await listen(h.app);
    staff = await h.signIn('secretariat@gavel.demo');
    nz = await h.signIn('liaison.nz@gavel.demo');
    anonymous = await h.anonymous();
    const { series } = (await staff.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>();
    const arf = series.find((s) => s.code === 'ARF')!.id;
    meetingId = (await newMeeting(staff, arf, { status: 'confirmed', isPublic: true, titleEn: 'ARF in session', titleVi: 'ARF đang họp' })).id;
    laterId = (await newMeeting(staff, arf, { status: 'planned', isPublic: true, startsAt: '2067-01-10T08:00:00+07:00', endsAt: '2067-01-10T12:00:00+07:00' }))
      .id;
    const { parties } = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>();
    for (const code of ['NZ', 'VN']) {
      expect(
        (await staff.post(`/api/meetings/${meetingId}/delegations`, { partyId: parties.find((p) => p.code === code)!.id, headLevel: 'minister' })).statusCode,
      ).toBe(201);
    }
    for (const [en, vi] of [
      ['Opening', 'Khai mạc'],
      ['Outcome documents', 'Văn kiện kết quả'],
      ['Any other business', 'Các vấn đề khác'],
    ]) {
      expect((await staff.post(`/api/meetings/${meetingId}/agenda-items`, { titleEn: en, titleVi: vi })).statusCode).toBe(201);
    }
    items = (await room()).items.map((i) => i.id);
    declaration = await newDocument(staff, meetingId, {
      type: 'declaration',
      titleEn: 'Ha Noi Declaration on Maritime Cooperation',
      titleVi: 'Tuyên bố Hà Nội về hợp tác biển',
      confidentiality: 'public',
    });
    restricted = await newDocument(staff, meetingId, {
      titleEn: 'Secret annex on sea lanes',
      titleVi: 'Phụ lục mật về tuyến biển',
      confidentiality: 'members',
    });
    statement = await newDocument(staff, meetingId, { titleEn: 'Chairman statement to be deferred', titleVi: 'Tuyên bố được hoãn', confidentiality: 'public' });
    draft = await newDocument(staff, meetingId, { titleEn: 'A draft still', titleVi: 'Một dự thảo', confidentiality: 'public' });
    await recommend(declaration.id);
    await recommend(restricted.id);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await h?.close();
  });

  it('refuses a decision before the sitting, and on an item not under discussion', async () => {
    expect((await decide(staff, items[1]!, { documentId: declaration.id, action: 'adopt' })).json()).toMatchObject({ code: 'meeting_not_in_progress' });
    expect((await staff.post(`/api/meetings/${meetingId}/room/sitting`, { action: 'start' })).statusCode).toBe(200);
    const pending = await decide(staff, items[1]!, { documentId: declaration.id, action: 'adopt' });
    expect(pending.statusCode).toBe(409);
    expect(pending.json()).toMatchObject({ code: 'item_not_current', details: [{ path: 'agendaItem' }] });
    expect((await staff.post(`/api/agenda-items/${items[1]}/steps`, { action: 'open' })).statusCode).toBe(200);
  });

  it('lists the documents up for decision with the decisions the workflow allows the asker', async () => {
    const view = (await staff.get(`/api/meetings/${meetingId}/decisions`)).json<Decisions>();
    expect(view.decisions).toEqual([]);
    const of = (id: number) => view.pending.find((p) => p.id === id)!;
    expect(of(declaration.id)).toMatchObject({ status: 'recommended', allowed: ['adopt', 'note', 'issue', 'defer'] });
    expect(of(draft.id)).toMatchObject({ status: 'draft', allowed: ['defer'] });
    // A liaison may take none of these steps.
    const liaison = (await nz.get(`/api/meetings/${meetingId}/decisions`)).json<Decisions>();
    expect(liaison.pending.find((p) => p.id === declaration.id)!.allowed).toEqual([]);
    expect((await anonymous.get(`/api/meetings/${meetingId}/decisions`)).json<Decisions>().pending.map((p) => p.id)).not.toContain(restricted.id);
  });

  it('a liaison cannot decide (403); a step the workflow forbids is its own 409, and a document of another meeting is refused', async () => {
    expect((await decide(nz, items[1]!, { documentId: declaration.id, action: 'adopt' })).statusCode).toBe(403);
    const illegal = await decide(staff, items[1]!, { documentId: draft.id, action: 'adopt' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({ code: 'invalid_transition', error: 'A draft document cannot become adopted' });
    expect(illegal.json<{ details: Array<{ path: string; message: string }> }>().details).toEqual(
      expect.arrayContaining([{ path: 'to', message: 'circulated' }]),
    );
    // The workflow's guard: a final action other than the intended one needs its reason.
    expect((await decide(staff, items[1]!, { documentId: declaration.id, action: 'note' })).json()).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'reason' }],
    });
    const elsewhere = await newDocument(staff, laterId, { confidentiality: 'public' });
    expect((await decide(staff, items[1]!, { documentId: elsewhere.id, action: 'defer', deferToMeetingId: meetingId })).json()).toMatchObject({
      code: 'not_up_for_decision',
      details: [{ path: 'documentId' }],
    });
    expect((await staff.get(`/api/meetings/${meetingId}/decisions`)).json<Decisions>().decisions).toEqual([]);
    expect((await staff.get(`/api/documents/${draft.id}`)).json()).toMatchObject({ status: 'draft' });
  });

  it('adopts through the workflow: the document is adopted, the record names item and time, the change log has both events', async () => {
    const anonymousStream = await openStream(base);
    const journalistStream = await openStream(base, { cookie: await httpSignIn(base, 'journalist@gavel.demo', DEMO_PASSWORD) });
    streams.push(anonymousStream, journalistStream);
    const before = Date.now();
    const restrictedRes = await decide(staff, items[1]!, { documentId: restricted.id, action: 'adopt' });
    expect(restrictedRes.statusCode).toBe(201);
    const res = await decide(staff, items[1]!, { documentId: declaration.id, action: 'adopt', comment: 'by consensus' });
    expect(res.statusCode).toBe(201);
    const record = res.json<Decisions>().decisions;
    expect(record.map((d) => [d.document.id, d.action, d.agendaItem.id])).toEqual([
      [restricted.id, 'adopt', items[1]],
      [declaration.id, 'adopt', items[1]],
    ]);
    expect(Date.parse(record[1]!.decidedAt)).toBeGreaterThanOrEqual(before - 1000);
    const doc = (await staff.get(`/api/documents/${declaration.id}`)).json<{ status: string; finalAction: string }>();
    expect(doc).toMatchObject({ status: 'adopted', finalAction: 'adopt' });
    const log = (await staff.get('/api/changes?entityType=meeting_decision&limit=50')).json<{ events: Array<{ changes: Record<string, unknown> }> }>();
    expect(log.events.some((e) => e.changes.documentId === declaration.id && e.changes.agendaItemId === items[1])).toBe(true);
    const docLog = (await staff.get(`/api/changes?entityType=document&entityId=${declaration.id}&limit=50`)).json<{
      events: Array<{ changes: { status?: { to: string } } }>;
    }>();
    expect(docLog.events.some((e) => e.changes.status?.to === 'adopted')).toBe(true);
    // Adopting twice is the workflow's refusal.
    expect((await decide(staff, items[1]!, { documentId: declaration.id, action: 'adopt' })).json()).toMatchObject({ code: 'invalid_transition' });

    // The public hears of the public decision, never of the restricted one.
    const decisionIds = (await staff.get('/api/changes?entityType=meeting_decision&limit=50')).json<{
      events: Array<{ entityId: string; changes: { documentId: number } }>;
    }>().events;
    const publicId = Number(decisionIds.find((e) => e.changes.documentId === declaration.id)!.entityId);
    const restrictedId = Number(decisionIds.find((e) => e.changes.documentId === restricted.id)!.entityId);
    for (const stream of [anonymousStream, journalistStream]) {
      await stream.next(
        (m) => m.data.includes(`"type":"meeting_decision","id":${publicId},`) && m.data.includes(`"parent":{"type":"meeting","id":${meetingId}}`),
      );
      expect(stream.changes().some((c) => (c.type === 'meeting_decision' && c.id === restrictedId) || (c.type === 'document' && c.id === restricted.id))).toBe(
        false,
      );
    }
  });

  it('defers to another meeting, recorded with where to', async () => {
    expect((await decide(staff, items[1]!, { documentId: statement.id, action: 'defer' })).json()).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'deferToMeetingId' }],
    });
    const res = await decide(staff, items[1]!, { documentId: statement.id, action: 'defer', deferToMeetingId: laterId });
    expect(res.statusCode).toBe(201);
    expect(res.json<Decisions>().decisions.at(-1)).toMatchObject({ action: 'defer', document: { id: statement.id }, deferredTo: { id: laterId } });
    expect((await staff.get(`/api/documents/${statement.id}`)).json()).toMatchObject({ status: 'deferred', meeting: { id: laterId } });
  });

  it('the portal live page: current item, who speaks, what was decided — never the restricted document', async () => {
    const nzDelegation = (await room()).delegations.find((d) => d.party.code === 'NZ')!.id;
    await staff.post(`/api/agenda-items/${items[1]}/speakers`, { delegationId: nzDelegation });
    const waiting = (await staff.get(`/api/meetings/${meetingId}/room`)).json<{ items: Array<{ speakers: Array<{ id: number }> }> }>().items[1]!.speakers[0]!;
    await staff.post(`/api/speakers/${waiting.id}/steps`, { action: 'give_floor' });
    const signedIn = await h.signIn('secretariat@gavel.demo');
    for (const client of [anonymous, signedIn]) {
      const res = await client.get(`/api/portal/meetings/${meetingId}/live`);
      expect(res.statusCode).toBe(200);
      const live = res.json<Live>();
      expect(live.currentItemId).toBe(items[1]);
      expect(live.speaking?.delegation.code).toBe('NZ');
      expect(live.decisions.map((d) => d.document.id)).toEqual([declaration.id, statement.id]);
      // Not its title, not its id, anywhere in the answer.
      expect(res.body).not.toContain('Secret annex');
      expect(res.body).not.toContain('Phụ lục mật');
      expect(res.body).not.toMatch(new RegExp(`"id":${restricted.id}[,}]`));
    }
    const internal = await newMeeting(staff, (await staff.get('/api/series')).json<{ series: Array<{ id: number }> }>().series[0]!.id, { isPublic: false });
    expect((await signedIn.get(`/api/portal/meetings/${internal.id}/live`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/portal/meetings/2000000000/live')).statusCode).toBe(404);
  });

  it('exports the record as DOCX and PDF in English and Vietnamese, with the decided titles', async () => {
    const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    for (const [lang, title, heading] of [
      ['en', 'Ha Noi Declaration on Maritime Cooperation', 'Record of decisions'],
      ['vi', 'Tuyên bố Hà Nội về hợp tác biển', 'Biên bản các quyết định'],
    ] as const) {
      const docx = await anonymous.get(`/api/meetings/${meetingId}/decisions/docx?lang=${lang}`);
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toBe(docxType);
      const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
      expect(text).toContain(title);
      expect(text).toContain(heading);
      expect(text).not.toContain(lang === 'en' ? 'Secret annex' : 'Phụ lục mật');

      const pdf = await staff.get(`/api/meetings/${meetingId}/decisions/pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf.rawPayload }).toString('utf8').replace(/\s+/g, ' ');
      expect(pdfText).toContain(title);
      expect(pdfText).toContain(heading);
      // Staff see the restricted document in their own export.
      expect(pdfText).toContain(lang === 'en' ? 'Secret annex on sea lanes' : 'Phụ lục mật về tuyến biển');
      // The font travels with the file, so the diacritics show on any reader's machine.
      const dir = mkdtempSync(join(tmpdir(), 'gavel-record-'));
      try {
        writeFileSync(join(dir, 'record.pdf'), pdf.rawPayload);
        const fonts = execFileSync('pdffonts', [join(dir, 'record.pdf')])
          .toString('utf8')
          .split('\n')
          .slice(2)
          .filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        for (const line of fonts) expect(line).toMatch(/DejaVuSans.*\byes\b/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('renames, reorders and deletes agenda items; refuses to delete the current item or one with decisions', async () => {
    const renamed = await staff.patch(`/api/agenda-items/${items[2]}`, { titleEn: 'Other matters', titleVi: 'Các vấn đề khác nữa' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Room>().items.find((i) => i.id === items[2])).toMatchObject({ titleEn: 'Other matters', titleVi: 'Các vấn đề khác nữa' });
    expect((await staff.patch(`/api/agenda-items/${items[2]}`, {})).json()).toMatchObject({ code: 'validation_failed' });
    expect((await nz.patch(`/api/agenda-items/${items[2]}`, { titleEn: 'Mine' })).statusCode).toBe(403);

    const order = [items[2]!, items[0]!, items[1]!];
    expect((await staff.request('PUT', `/api/meetings/${meetingId}/agenda-items/order`, { itemIds: order.slice(1) })).json()).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'itemIds' }],
    });
    const reordered = (await staff.request('PUT', `/api/meetings/${meetingId}/agenda-items/order`, { itemIds: order })).json<Room>();
    expect(reordered.items.map((i) => [i.id, i.position])).toEqual([
      [items[2], 1],
      [items[0], 2],
      [items[1], 3],
    ]);

    const current = await staff.delete(`/api/agenda-items/${items[1]}`);
    expect(current.statusCode).toBe(409);
    expect(current.json()).toMatchObject({ code: 'agenda_item_in_use', details: [{ message: 'the item is open; close it first' }] });
    await staff.post(`/api/agenda-items/${items[1]}/steps`, { action: 'close' });
    expect((await staff.delete(`/api/agenda-items/${items[1]}`)).json()).toMatchObject({
      code: 'agenda_item_in_use',
      details: [{ message: '3 decision(s) recorded on it' }],
    });
    expect((await nz.delete(`/api/agenda-items/${items[2]}`)).statusCode).toBe(403);
    const deleted = await staff.delete(`/api/agenda-items/${items[2]}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<Room>().items.map((i) => [i.id, i.position])).toEqual([
      [items[0], 1],
      [items[1], 2],
    ]);
    expect((await staff.delete(`/api/agenda-items/${items[2]}`)).statusCode).toBe(404);
  });
});
