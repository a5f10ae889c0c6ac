/**
 * The daily programme on the demo data: AMM-53's days (9–12 Sep 2020, Hanoi,
 * all public) and the National Committee's internal session (27 Oct 2020).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { meetings, users } from '../../src/server/db/schema.js';
import { documents } from '../../src/server/documents/schema.js';
import type { JournalDay } from '../../src/server/journal/schemas.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { parseCalendar } from '../helpers/ical.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

const PUBLIC = 'https://gavel.example.org';
const REPORT = 'Report to the 53rd AMM (generic item 1)';
const COMMUNIQUE = 'Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting';
const INTERNAL = /National Committee for ASEAN/;

const meetingTitles = (day: JournalDay) => day.meetings.map((m) => m.titleEn);
const documentTitles = (day: JournalDay) => day.meetings.flatMap((m) => m.documents.map((d) => d.titleEn));
const decisionTitles = (day: JournalDay) => day.decisions.map((d) => d.titleEn);

describe.each(engines)('the daily programme on %s', (engine) => {
  let h: Harness;
  let anon: Client;
  let staff: Client;
  let journalist: Client;
  let liaison: Client;
  const pdfDir = mkdtempSync(join(tmpdir(), 'gavel-journal-'));

  const journal = async (client: Client, query: string) => {
    const res = await client.get(`/api/journal?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<JournalDay>();
  };

  beforeAll(async () => {
    h = await startHarness(engine, { config: { publicUrl: PUBLIC } });
    anon = await h.anonymous();
    staff = await h.signIn('secretariat@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    await h.database.db.update(users).set({ timeZone: 'Pacific/Auckland' }).where(eq(users.email, 'liaison.nz@gavel.demo'));
    liaison = await h.signIn('liaison.nz@gavel.demo');
  });
  afterAll(async () => {
    rmSync(pdfDir, { recursive: true, force: true });
    await h?.close();
  });

  it("lists the day's meetings in order, with times in the host's zone and the reader's", async () => {
    const day = await journal(anon, 'date=2020-09-10&zone=Pacific/Auckland');
    expect(day).toMatchObject({
      date: '2020-09-10',
      previousDate: '2020-09-09',
      nextDate: '2020-09-11',
      zone: 'Asia/Ho_Chi_Minh',
      readerZone: 'Pacific/Auckland',
    });
    // AIPA-41 (8–10 September) runs through the day too.
    expect(meetingTitles(day)[0]).toMatch(/AIPA-41/);
    expect(day.meetings[0]!.host).toMatchObject({ start: '2020-09-08T09:00', end: '2020-09-10T17:00' });
    expect(meetingTitles(day).some((t) => t.includes('Japan'))).toBe(true);
    expect(meetingTitles(day).some((t) => t.includes('53rd ASEAN Foreign'))).toBe(false);
    const starts = day.meetings.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
    const aichr = day.meetings.find((m) => m.titleEn.includes('AICHR'))!;
    expect(aichr.host).toMatchObject({ zone: 'Asia/Ho_Chi_Minh', start: '2020-09-10T09:00', utcOffset: '+07:00', dayOffset: 0 });
    expect(aichr.reader).toMatchObject({ zone: 'Pacific/Auckland', start: '2020-09-10T14:00', utcOffset: '+12:00', dayOffset: 0 });
    // The PMC with the United States at 20:00 in Hanoi is 01:00 the next day in Auckland.
    const us = day.meetings.find((m) => m.titleEn.includes('United States'))!;
    expect(us.host.start).toBe('2020-09-10T20:00');
    expect(us.reader).toMatchObject({ start: '2020-09-11T01:00', dayOffset: 1 });
  });

  it("takes a signed-in reader's zone from the profile, a zone asked for over it, and the host's for an anonymous reader", async () => {
    expect((await journal(liaison, 'date=2020-09-10')).readerZone).toBe('Pacific/Auckland');
    const newYork = await journal(liaison, 'date=2020-09-10&zone=America/New_York');
    expect(newYork.meetings.find((m) => m.titleEn.includes('AICHR'))!.reader).toMatchObject({ start: '2020-09-09T22:00', dayOffset: -1 });
    const anonymous = await journal(anon, 'date=2020-09-10');
    expect(anonymous.readerZone).toBe('Asia/Ho_Chi_Minh');
    expect(anonymous.meetings[0]!.reader).toEqual(anonymous.meetings[0]!.host);
  });

  it("shows the host's internal meetings to staff only", async () => {
    expect(meetingTitles(await journal(staff, 'date=2020-10-27')).some((t) => INTERNAL.test(t))).toBe(true);
    expect(meetingTitles(await journal(anon, 'date=2020-10-27')).some((t) => INTERNAL.test(t))).toBe(false);
    expect(meetingTitles(await journal(journalist, 'date=2020-10-27')).some((t) => INTERNAL.test(t))).toBe(false);
  });

  it('lists the documents acting at each meeting, a restricted one only to those the registry shows it to', async () => {
    const forStaff = await journal(staff, 'date=2020-09-09');
    const amm = forStaff.meetings.find((m) => m.titleEn.includes('53rd ASEAN Foreign'))!;
    expect(amm.documents.map((d) => d.titleEn)).toEqual(expect.arrayContaining([COMMUNIQUE, REPORT]));
    for (const reader of [anon, journalist]) {
      const day = await journal(reader, 'date=2020-09-09');
      expect(documentTitles(day)).toContain(COMMUNIQUE);
      expect(documentTitles(day)).not.toContain(REPORT);
      // The registry agrees: whatever the journal leaves out, the document's own page answers 404.
    }
    // Open documents are up for decision; a withdrawn one is not.
    const amm54 = (await journal(staff, 'date=2021-08-02')).meetings.find((m) => m.titleEn.includes('AMM-54'))!;
    expect(amm54.documents.map((d) => d.status).sort()).toEqual(['circulated', 'draft', 'under_negotiation']);
    const reportId = amm.documents.find((d) => d.titleEn === REPORT)!.id;
    expect((await anon.get(`/api/documents/${reportId}`)).statusCode).toBe(404);
  });

  it("gives the previous day's decisions: what was adopted, noted and issued, at which meeting", async () => {
    const forStaff = await journal(staff, 'date=2020-09-10');
    const communique = forStaff.decisions.find((d) => d.titleEn === COMMUNIQUE)!;
    expect(communique).toMatchObject({ decision: 'adopted', meeting: { titleEn: expect.stringContaining('53rd ASEAN Foreign') } });
    expect(communique.decidedAt.startsWith('2020-09-09')).toBe(true);
    expect(forStaff.decisions.find((d) => d.titleEn === REPORT)).toMatchObject({ decision: 'noted' });
    const decidedAt = forStaff.decisions.map((d) => d.decidedAt);
    expect(decidedAt).toEqual([...decidedAt].sort());
    // Every decision was taken on 9 September in Hanoi.
    for (const d of decidedAt) expect(new Date(d).getTime() - Date.parse('2020-09-08T17:00:00Z')).toBeLessThan(86_400_000);
    const forPublic = await journal(anon, 'date=2020-09-10');
    expect(decisionTitles(forPublic)).toContain(COMMUNIQUE);
    expect(decisionTitles(forPublic)).not.toContain(REPORT);
    // Nothing was decided on 10 September: the 11th's journal says so.
    expect((await journal(staff, 'date=2020-09-09')).decisions).toEqual([]);
  });

  it("records a deferral taken today in tomorrow's journal, with the meeting it goes to", async () => {
    const [doc] = await h.database.db
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.titleEn, 'Draft work plan on marine plastic debris (illustrative)'));
    const [to] = await h.database.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, 'summit-38-39'));
    const res = await staff.post(`/api/documents/${doc!.id}/transitions`, { to: 'deferred', deferToMeetingId: to!.id, comment: 'More time needed' });
    expect(res.statusCode, res.body).toBe(200);
    const tomorrow = DateTime.now().setZone('Asia/Ho_Chi_Minh').plus({ days: 1 }).toISODate()!;
    const deferred = (await journal(staff, `date=${tomorrow}`)).decisions.find((d) => d.id === doc!.id);
    expect(deferred).toMatchObject({ decision: 'deferred', status: 'deferred', meeting: { id: to!.id } });
    // A members-only document: the public never learns of it.
    expect((await journal(anon, `date=${tomorrow}`)).decisions.map((d) => d.id)).not.toContain(doc!.id);
  });

  it('answers 400 naming the field for a malformed date, an unknown zone or language', async () => {
    for (const [query, field] of [
      ['date=2020-13-45', 'date'],
      ['date=yesterday', 'date'],
      ['zone=Mars/Olympus', 'zone'],
    ] as const) {
      const res = await anon.get(`/api/journal?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<ErrorBody>().details!.map((d) => d.path)).toContain(field);
    }
    for (const path of ['pdf', 'atom.xml', 'calendar.ics']) {
      const res = await anon.get(`/api/journal/${path}?lang=fr`);
      expect(res.statusCode, path).toBe(400);
      expect(res.json<ErrorBody>().details!.map((d) => d.path)).toContain('lang');
    }
  });

  it.each([
    ['vi', ['Chương trình làm việc hằng ngày', 'Thứ Năm, 10 tháng 9, 2020', 'Thông qua', 'Thông cáo chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53']],
    ['en', ['Daily programme', 'Thursday, 10 September 2020', 'Adopted', COMMUNIQUE]],
  ] as const)('makes a %s PDF of the day, fonts embedded, without restricted documents for the public', async (lang, words) => {
    const res = await anon.get(`/api/journal/pdf?date=2020-09-10&lang=${lang}&zone=Pacific/Auckland`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = join(pdfDir, `${lang}.pdf`);
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const w of words) expect(text).toContain(w);
    expect(text).toContain('Pacific/Auckland');
    expect(text).not.toContain(REPORT);
    expect(text).not.toContain('Báo cáo trình Hội nghị AMM-53 (mục minh họa 1)');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((l) => / yes /.test(l)),
    ).toBe(true);
  });

  it("serves the day's meetings as a calendar with the calendar feeds' UIDs and SEQUENCE, titles in the language asked", async () => {
    const day = await journal(anon, 'date=2020-09-10');
    const res = await anon.get('/api/journal/calendar.ics?date=2020-09-10&lang=vi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const cal = parseCalendar(res.body);
    expect(cal.events.map((e) => e.uid)).toEqual(day.meetings.map((m) => `meeting-${m.id}@gavel.example.org`));
    expect(cal.events.map((e) => e.summary)).toEqual(day.meetings.map((m) => m.titleVi));
    // The same event as the meeting's own calendar file: same UID, same SEQUENCE.
    const own = parseCalendar((await anon.get(`/api/meetings/${day.meetings[0]!.id}/calendar.ics`)).body).events[0]!;
    expect(cal.events[0]).toMatchObject({ uid: own.uid, sequence: own.sequence, start: own.start, end: own.end });
  });

  it('serves an Atom feed with one entry per day, tag: ids from the public URL, and no restricted document', async () => {
    const res = await anon.get('/api/journal/atom.xml?lang=en&date=2020-09-12');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const ids = [...res.body.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]!);
    expect(ids[0]).toBe('tag:gavel.example.org,2020:journal/en');
    expect(ids.slice(1, 5)).toEqual(['2020-09-12', '2020-09-11', '2020-09-10', '2020-09-09'].map((d) => `tag:gavel.example.org,2020:journal/${d}/en`));
    expect(new Set(ids).size).toBe(ids.length);
    expect(res.body).toContain('<name>Secretariat of the ASEAN chairmanship</name>');
    expect(res.body).toContain('https://gavel.example.org/journal/2020-09-10');
    expect(res.body).not.toContain(REPORT);
    const vi = (await anon.get('/api/journal/atom.xml?lang=vi&date=2020-09-12')).body;
    expect(vi).toContain('Chương trình làm việc hằng ngày — Thứ Bảy, 12 tháng 9, 2020');
  });

  it('serves the anonymous feed from the read cache with its validators, and anew once a write commits', async () => {
    const url = '/api/journal/atom.xml?lang=en&date=2020-09-12';
    const first = await anon.get(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');
    expect(first.headers['last-modified']).toBeTruthy();
    const held = await anon.request('GET', url, undefined, { 'if-none-match': etag });
    expect(held.statusCode).toBe(304);
    expect(held.body).toBe('');
    // Another language or zone is another feed.
    expect((await anon.request('GET', url.replace('lang=en', 'lang=vi'), undefined, { 'if-none-match': etag })).statusCode).toBe(200);

    const aichr = (await journal(anon, 'date=2020-09-10')).meetings.find((m) => m.titleEn.includes('AICHR'))!;
    expect((await staff.patch(`/api/meetings/${aichr.id}`, { titleEn: 'AICHR, renamed for the feed' })).statusCode).toBe(200);
    const after = await anon.request('GET', url, undefined, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('AICHR, renamed for the feed');
    expect(after.headers.etag).not.toBe(etag);

    // A signed-in reader's feed (which may hold internal meetings) is computed for them, never the shared copy.
    const signedIn = await staff.get(url);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers.etag).toBeUndefined();
    expect(signedIn.headers['cache-control'] ?? '').not.toContain('public');
  });
});
