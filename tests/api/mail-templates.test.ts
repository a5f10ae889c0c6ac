/**
 * The bilingual e-mails over real SMTP (a server started here): each one
 * written with the change that causes it, reaching its recipient in the
 * recipient's language — accreditation decisions (the badge attached as a
 * PDF), a waitlist place, a silence procedure opened / about to end / broken
 * with every delegation's local deadline, the overdue digest — and the
 * recipient's preferences: off suppresses a task notice but never a password
 * reset; the daily digest gathers the day's messages into one e-mail.
 */
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/server/committee/core/dates.js';
import { sweepOverdue } from '../../src/server/committee/overdue.js';
import { delegations, parties, users } from '../../src/server/db/schema.js';
import { remindSilences } from '../../src/server/documents/mail.js';
import { sendDigests } from '../../src/server/mail/digest.js';
import { mailOutbox } from '../../src/server/mail/schema.js';
import { deliverDue, smtpSender, type WorkerOptions } from '../../src/server/mail/worker.js';
import { engines } from '../helpers/database.js';
import { newDocument, newTask, pressConsent } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { startSmtp, type CapturedMail, type TestSmtp } from '../helpers/smtp.js';

const worker: WorkerOptions = {
  from: 'Gavel <no-reply@gavel.test>',
  publicUrl: 'https://gavel.example.vn',
  leaseMs: 60_000,
  retryBaseMs: 30_000,
  maxAttempts: 5,
};

describe.each(engines)('bilingual e-mail templates and preferences on %s', (engine) => {
  let h: Harness;
  let smtp: TestSmtp;
  let staff: Client;
  let press: Client;
  let anon: Client;
  let liaisonNz: Client;
  let focal: Client;
  let moit: number;
  let n = 0;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    press = await h.signIn('press@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    anon = await h.anonymous();
    moit = (await staff.get('/api/committee/bodies')).json<{ bodies: Array<{ id: number; slug: string }> }>().bodies.find((b) => b.slug === 'moit')!.id;
    // The demo's overdue tasks were announced (and e-mailed) at start-up; these tests count only their own messages.
    await h.database.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.status, 'pending'));
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  const sendAll = async () => {
    const sender = smtpSender(smtp.url);
    try {
      return await deliverDue(h.database.db, sender, { ...worker, batch: 200 });
    } finally {
      sender.close();
    }
  };
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const waitTo = (address: string, subject: string | RegExp) =>
    smtp.waitFor((m) => m.to.includes(address) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject)));

  const pressEvent = async (capacity: number) => {
    n++;
    const res = await press.post('/api/press/events', {
      slug: `mail-${engine}-${n}`,
      titleEn: `Mail Test Press Center ${n}`,
      titleVi: `Trung tâm báo chí thử thư ${n}`,
      venueEn: 'National Convention Center',
      venueVi: 'Trung tâm Hội nghị Quốc gia',
      opensAt: '2066-11-12T08:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: number; titleEn: string; titleVi: string }>();
  };
  const apply = async (eventId: number, email: string, fullName: string, language: 'vi' | 'en') => {
    n++;
    const body = multipartBody(
      { fullName, outlet: 'Báo Thời Đại', nationality: 'VN', idDocumentNumber: `M${engine.length}${String(1_000_000 + n)}`, email, language, ...pressConsent },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
    );
    const res = await anon.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: number; status: string }>();
  };
  const decide = async (id: number, decision: 'approve' | 'reject', reason?: string) => {
    const res = await press.post(`/api/press/applications/${id}/decision`, { decision, ...(reason ? { reason } : {}) });
    expect(res.statusCode, res.body).toBe(200);
  };

  it("sends an approval in the form's language with the badge attached as PDF, and a rejection in Vietnamese with its reason", async () => {
    const event = await pressEvent(5);
    const en = await apply(event.id, `reporter.${engine}@example.org`, 'Jane Reporter', 'en');
    const vi = await apply(event.id, `phongvien.${engine}@example.org`, 'Trần Văn Bình', 'vi');
    await decide(en.id, 'approve');
    await decide(vi.id, 'reject', 'Thiếu giấy giới thiệu của cơ quan');
    expect((await sendAll()).failed).toBe(0);

    const approved = await waitTo(`reporter.${engine}@example.org`, `Accreditation approved: ${event.titleEn}`);
    expect(approved.text).toContain('Dear Jane Reporter,');
    expect(approved.text).toContain(`Your press accreditation for ${event.titleEn} (opening 12 Nov 2066, 08:00 (Asia/Ho_Chi_Minh)) is approved.`);
    expect(approved.text).toContain('Your badge is attached as a PDF');
    expect(approved.attachments).toHaveLength(1);
    const [badge] = approved.attachments;
    expect(badge).toMatchObject({ filename: `badge-${en.id}.pdf`, contentType: 'application/pdf' });
    expect(badge!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(badge!.content.length).toBeGreaterThan(2000);

    const rejected = await waitTo(`phongvien.${engine}@example.org`, `Đăng ký tác nghiệp không được chấp thuận: ${event.titleVi}`);
    expect(rejected.text).toContain('Kính gửi Trần Văn Bình,');
    expect(rejected.text).toContain('Lý do: Thiếu giấy giới thiệu của cơ quan');
    expect(rejected.text).toContain('08:00 12/11/2066 (Asia/Ho_Chi_Minh)');
    expect(rejected.attachments).toEqual([]);
    // Each went once, to its own applicant only.
    expect(mailsTo(`reporter.${engine}@example.org`)).toHaveLength(1);
    expect(mailsTo(`phongvien.${engine}@example.org`)).toHaveLength(1);
  });

  it('tells a waitlisted applicant, in Vietnamese, that a place became free', async () => {
    const event = await pressEvent(1);
    const first = await apply(event.id, `first.${engine}@example.org`, 'First Reporter', 'en');
    const second = await apply(event.id, `second.${engine}@example.org`, 'Lê Thị Hương', 'vi');
    expect(second.status).toBe('waitlisted');
    await decide(first.id, 'reject', 'Incomplete application');
    await sendAll();
    const place = await waitTo(`second.${engine}@example.org`, `Đã có chỗ cho bạn: ${event.titleVi}`);
    expect(place.text).toContain('Kính gửi Lê Thị Hương,');
    expect(place.text).toContain('đã rời danh sách chờ');
    await waitTo(`first.${engine}@example.org`, `Accreditation not approved: ${event.titleEn}`);
  });

  it("writes a silence procedure's opening, reminder (once) and breaking to the liaison, with each delegation's local deadline", async () => {
    expect((await liaisonNz.patch('/api/account', { language: 'en' })).statusCode).toBe(200);
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    const arf27 = meetings.find((m) => m.seriesCode === 'ARF' && m.edition === 27)!.id;
    const doc = await newDocument<{ id: number; referenceCode: string }>(staff, arf27, {
      confidentiality: 'participants',
      titleEn: 'Test ARF statement on maritime security',
    });
    for (const to of ['circulated', 'under_negotiation']) expect((await staff.post(`/api/documents/${doc.id}/transitions`, { to })).statusCode).toBe(200);
    const deadline = new Date(Date.now() + 12 * 3_600_000);
    deadline.setUTCSeconds(0, 0);
    const opened = await staff.post(`/api/documents/${doc.id}/transitions`, { to: 'under_silence', silenceDeadline: deadline.toISOString() });
    expect(opened.statusCode, opened.body).toBe(200);
    await sendAll();

    const liaison = 'liaison.nz@gavel.demo';
    const mail = await waitTo(liaison, `Silence procedure opened: ${doc.referenceCode}`);
    expect(mail.text).toContain('Test ARF statement on maritime security');
    // Every delegation at the ARF, each with the deadline in its own zone.
    const dels = await h.database.db
      .select({ code: parties.code, timeZone: delegations.timeZone })
      .from(delegations)
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .where(eq(delegations.meetingId, arf27));
    expect(dels.length).toBeGreaterThan(5);
    const local = (zone: string) => `${DateTime.fromJSDate(deadline).setZone(zone).toFormat('d LLL yyyy, HH:mm')} (${zone})`;
    for (const d of dels) expect(mail.text).toContain(`• ${d.code} `);
    const nz = dels.find((d) => d.code === 'NZ')!;
    expect(nz.timeZone).toBe('Pacific/Auckland');
    expect(mail.text).toMatch(new RegExp(`• NZ [^\\n]*: ${local('Pacific/Auckland').replace(/[()+]/g, '\\$&')}`));
    expect(mail.text).toContain(local('Asia/Ho_Chi_Minh'));

    // The reminder sweep: once per document, deadline and liaison, however often it runs.
    expect(await remindSilences(h.database.db, 24 * 3_600_000)).toBeGreaterThanOrEqual(1);
    expect(await remindSilences(h.database.db, 24 * 3_600_000)).toBe(0);
    await sendAll();
    const ending = await waitTo(liaison, `Silence procedure about to end: ${doc.referenceCode}`);
    expect(ending.text).toContain(local('Pacific/Auckland'));

    const [vn] = await h.database.db.select({ id: parties.id }).from(parties).where(eq(parties.code, 'VN'));
    const broken = await liaisonNz.post(`/api/documents/${doc.id}/transitions`, {
      to: 'under_negotiation',
      objectorPartyId: vn!.id,
      comment: 'Para 4 needs work',
    });
    expect(broken.statusCode, broken.body).toBe(200);
    await sendAll();
    const brokenMail = await waitTo(liaison, `Silence broken: ${doc.referenceCode}`);
    expect(brokenMail.text).toContain('New Zealand objected');
    expect(brokenMail.text).toContain('Reason: Para 4 needs work');
    expect(brokenMail.text).toContain(local('Pacific/Auckland'));
    expect(mailsTo(liaison).filter((m) => m.subject.includes(doc.referenceCode))).toHaveLength(3);
  });

  it("sends one overdue e-mail listing the newly overdue tasks in the focal point's language", async () => {
    expect((await focal.patch('/api/account', { language: 'vi' })).statusCode).toBe(200);
    const today = todayIn();
    const a = await newTask<{ id: number }>(staff, moit, { titleEn: 'Overdue A', titleVi: 'Việc quá hạn A', dueOn: addDays(today, -1) });
    const b = await newTask<{ id: number }>(staff, moit, { titleEn: 'Overdue B', titleVi: 'Việc quá hạn B', dueOn: addDays(today, -2) });
    expect(await sweepOverdue(h.database.db)).toBeGreaterThanOrEqual(2);
    await sendAll();
    const mail = await waitTo('focal.moit@gavel.demo', '2 nhiệm vụ đã quá hạn');
    expect(mail.text).toContain('Kính gửi');
    expect(mail.text).toContain(`Việc quá hạn A — Bộ Công Thương`);
    expect(mail.text).toContain(`https://gavel.example.vn/committee/tasks/${a.id}`);
    expect(mail.text).toContain(`https://gavel.example.vn/committee/tasks/${b.id}`);
    expect(await sweepOverdue(h.database.db)).toBe(0);
  });

  it('off suppresses a task notice but not a password reset; daily gathers the messages into one digest from the local morning', async () => {
    const address = 'focal.moit@gavel.demo';
    const [user] = await h.database.db.select({ id: users.id }).from(users).where(eq(users.email, address));
    expect((await focal.get('/api/account/mail')).json()).toEqual({ tasks: 'immediate', documents: 'immediate' });
    expect((await focal.patch('/api/account/mail', { tasks: 'weekly' })).json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'tasks' }] });
    expect((await focal.patch('/api/account/mail', { tasks: 'off' })).json()).toEqual({ tasks: 'off', documents: 'immediate' });

    const off = await newTask<{ id: number }>(staff, moit, { titleEn: 'Silenced task', titleVi: 'Việc không báo' });
    const reset = await anon.post('/api/users/password-reset', { email: address });
    expect(reset.statusCode).toBe(202);
    await sendAll();
    await waitTo(address, 'Đặt lại mật khẩu Gavel');
    expect(mailsTo(address).some((m) => m.subject.includes('Việc không báo'))).toBe(false);
    const [suppressed] = await h.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toUserId, user!.id), eq(mailOutbox.template, 'task_assigned')))
      .orderBy(mailOutbox.id)
      .then((rows) => rows.filter((r) => (r.message as { path: string }).path === `/committee/tasks/${off.id}`));
    expect(suppressed?.status).toBe('suppressed');
    // An admin cannot send it behind the recipient's back.
    const admin = await h.signIn('admin@gavel.demo');
    expect((await admin.post(`/api/outbox/${suppressed!.id}/retry`)).statusCode).toBe(409);

    expect((await focal.patch('/api/account/mail', { tasks: 'daily' })).json()).toEqual({ tasks: 'daily', documents: 'immediate' });
    await newTask(staff, moit, { titleEn: 'Digest one', titleVi: 'Việc tóm tắt một' });
    await newTask(staff, moit, { titleEn: 'Digest two', titleVi: 'Việc tóm tắt hai' });
    const held = await h.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toUserId, user!.id), eq(mailOutbox.status, 'held')));
    expect(held).toHaveLength(2);
    await sendAll();
    expect(mailsTo(address).some((m) => m.subject.includes('Việc tóm tắt'))).toBe(false);

    // The user's zone is Asia/Ho_Chi_Minh: 06:00 there is before the digest hour (7), 08:00 after.
    const tomorrow = DateTime.now().setZone('Asia/Ho_Chi_Minh').plus({ days: 1 }).startOf('day');
    expect(await sendDigests(h.database.db, 7, tomorrow.set({ hour: 6 }).toJSDate())).toBe(0);
    expect(await sendDigests(h.database.db, 7, tomorrow.set({ hour: 8 }).toJSDate())).toBe(1);
    expect(await sendDigests(h.database.db, 7, tomorrow.set({ hour: 9 }).toJSDate())).toBe(0);
    const folded = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, held[0]!.id));
    expect(folded[0]).toMatchObject({ status: 'digested' });
    expect(folded[0]!.digestId).not.toBeNull();
    await sendAll();
    const digest: CapturedMail = await waitTo(address, `Gavel: tóm tắt ngày ${tomorrow.toFormat('dd/MM/yyyy')} (2 thông báo)`);
    expect(digest.text).toContain('■ Nhiệm vụ mới: Việc tóm tắt một');
    expect(digest.text).toContain('■ Nhiệm vụ mới: Việc tóm tắt hai');
    expect(digest.text).toContain('https://gavel.example.vn/account');
    expect(mailsTo(address).filter((m) => m.subject.startsWith('Gavel: tóm tắt'))).toHaveLength(1);

    expect((await focal.patch('/api/account/mail', { tasks: 'immediate' })).statusCode).toBe(200);
  });
});
