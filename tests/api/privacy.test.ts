/**
 * Personal data kept only as long as needed: the purge removes ID document
 * numbers and photos after their retention periods (the clock is the job's
 * `now`, as the overdue sweep's `today` and the mail worker's `now`), records
 * what it removed in the change log, and a second run changes nothing; the
 * consent an applicant gave is stored with the application; one person's
 * data is exported for an administrator and for nobody else, without
 * anything of another person's.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/changelog/record.js';
import { loadConfig } from '../../src/server/config.js';
import { changeEvents, delegations, meetings } from '../../src/server/db/schema.js';
import { mailAttachments, mailOutbox } from '../../src/server/mail/schema.js';
import { consentText, currentConsentVersion } from '../../src/server/press/accreditation/consent.js';
import { delegateNominations } from '../../src/server/press/delegates/schema.js';
import { pressApplications } from '../../src/server/press/schema.js';
import { purgeExpired, type RetentionPolicy } from '../../src/server/privacy/retention.js';
import { engines } from '../helpers/database.js';
import { pressConsent } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';

const policy: RetentionPolicy = { idDocumentDays: 30, photoDays: 90, mailDays: 180 };
const DAY = 86_400_000;
const OPENS = '2066-11-12T01:00:00.000Z';
const opens = new Date(OPENS);
const daysAfterOpening = (days: number) => new Date(opens.getTime() + days * DAY);

describe.each(engines)('personal data on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let press: Client;
  let anon: Client;
  let n = 0;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    press = await h.signIn('press@gavel.demo');
    anon = await h.anonymous();
  });
  afterAll(async () => {
    await h?.close();
  });

  const pressEvent = async () => {
    n++;
    const res = await press.post('/api/press/events', {
      slug: `privacy-${engine}-${n}`,
      titleEn: `Privacy Test Press Center ${n}`,
      titleVi: `Trung tâm báo chí thử ${n}`,
      venueEn: 'Hall',
      venueVi: 'Hội trường',
      opensAt: OPENS,
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity: 10,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: number }>().id;
  };
  const form = (email: string, fullName: string, extra: Record<string, string> = {}) => {
    n++;
    return multipartBody(
      { fullName, outlet: 'Báo Thời Đại', nationality: 'VN', idDocumentNumber: `P${String(1_000_000 + n)}`, email, ...pressConsent, ...extra },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
    );
  };
  const apply = async (eventId: number, email: string, fullName: string, extra: Record<string, string> = {}) => {
    const body = form(email, fullName, extra);
    const res = await anon.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: number; accessKey: string }>();
  };
  const purgeEvents = () =>
    h.database.db
      .select()
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'personal_data'), eq(changeEvents.entityId, 'retention')));

  it('purges ID document numbers, then photos, after their periods; records each run that removed something, counted; a second run changes nothing', async () => {
    const { db } = h.database;
    const eventId = await pressEvent();
    const a = await apply(eventId, 'keep.a@example.org', 'Nguyễn Văn A');
    const b = await apply(eventId, 'keep.b@example.org', 'Phạm Thị B');
    expect((await press.post(`/api/press/applications/${a.id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    const ours = [a.id, b.id];
    const rows = () => db.select().from(pressApplications).where(inArray(pressApplications.id, ours)).orderBy(pressApplications.id);

    // Until 30 days after the press center, nothing goes.
    const before = (await purgeEvents()).length;
    expect(await purgeExpired(db, systemActor, policy, daysAfterOpening(29))).toMatchObject({ idDocuments: 0, applicantPhotos: 0 });
    expect((await rows()).every((r) => r.idDocumentNumber !== null && r.photo !== null)).toBe(true);
    expect(await purgeEvents()).toHaveLength(before);

    expect((await press.get(`/api/press/applications/${a.id}`)).json()).toMatchObject({ hasPhoto: true });
    const at31 = daysAfterOpening(31);
    expect(await purgeExpired(db, systemActor, policy, at31)).toMatchObject({ idDocuments: 2, applicantPhotos: 0 });
    for (const r of await rows()) {
      expect(r).toMatchObject({ idDocumentNumber: null, idDocumentKey: null, idDocumentPurgedAt: at31 });
      expect(r.photo).not.toBeNull();
    }
    const records = await purgeEvents();
    expect(records).toHaveLength(before + 1);
    expect(records.at(-1)!.actorUserId).toBeNull();
    expect(records.at(-1)!.changes).toMatchObject({ purged: { idDocuments: 2, applicantPhotos: 0 }, pressApplications: { idDocuments: ours } });
    // The officer's list shows that the number is gone.
    const listed = (await press.get(`/api/press/events/${eventId}/applications`)).json<{
      applications: Array<{ id: number; idDocumentNumber: string | null }>;
    }>();
    expect(listed.applications.map((x) => x.idDocumentNumber)).toEqual([null, null]);

    // Again: nothing left to remove, nothing recorded.
    expect(await purgeExpired(db, systemActor, policy, at31)).toMatchObject({ idDocuments: 0, applicantPhotos: 0, delegatePhotos: 0 });
    expect(await purgeEvents()).toHaveLength(before + 1);

    expect(await purgeExpired(db, systemActor, policy, daysAfterOpening(91))).toMatchObject({ idDocuments: 0, applicantPhotos: 2 });
    expect((await rows()).every((r) => r.photo === null && r.photoType === null && r.photoPurgedAt !== null)).toBe(true);
    expect((await press.get(`/api/press/applications/${a.id}/photo`)).statusCode).toBe(404);
    expect((await press.get(`/api/press/applications/${a.id}`)).json()).toMatchObject({ hasPhoto: false });
    // The badge is still issued, printed without the photo.
    const badge = await press.get(`/api/press/applications/${a.id}/badge.pdf`);
    expect(badge.statusCode).toBe(200);
    expect(badge.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await purgeEvents()).toHaveLength(before + 2);
  });

  it("purges a delegate's photo after the last meeting it covers, and finished e-mails (with their attachments) after theirs", async () => {
    const { db } = h.database;
    const [meeting] = await db
      .select({ id: meetings.id, endsAt: meetings.endsAt, partyId: delegations.partyId })
      .from(meetings)
      .innerJoin(delegations, eq(delegations.meetingId, meetings.id))
      .limit(1);
    const [nomination] = await db
      .insert(delegateNominations)
      .values({
        partyId: meeting!.partyId,
        meetingId: meeting!.id,
        fullName: 'Delegate Photo',
        position: 'Counsellor',
        role: 'member',
        email: 'delegate@example.org',
        photo: png(30, 40),
        photoType: 'image/png',
        status: 'approved',
      })
      .returning({ id: delegateNominations.id });
    // Nominated "now", so its decision is later than the meeting: counted from now.
    const now = new Date();
    expect((await purgeExpired(db, systemActor, policy, new Date(now.getTime() + 89 * DAY))).delegatePhotos).toBe(0);
    expect((await purgeExpired(db, systemActor, policy, new Date(now.getTime() + 91 * DAY))).delegatePhotos).toBe(1);
    const [after] = await db.select().from(delegateNominations).where(eq(delegateNominations.id, nomination!.id));
    expect(after).toMatchObject({ photo: null, photoType: null });
    expect(after!.photoPurgedAt).not.toBeNull();

    // The approval e-mails (the badge attached) of the first test: sent, then kept 180 days.
    const approvals = await db.select().from(mailOutbox).where(eq(mailOutbox.template, 'accreditation_decision'));
    expect(approvals.length).toBeGreaterThan(0);
    const ids = approvals.map((m) => m.id);
    expect(await db.select().from(mailAttachments).where(inArray(mailAttachments.outboxId, ids))).not.toHaveLength(0);
    const sentAt = new Date();
    await db.update(mailOutbox).set({ status: 'sent', sentAt }).where(inArray(mailOutbox.id, ids));
    expect((await purgeExpired(db, systemActor, policy, new Date(sentAt.getTime() + 179 * DAY))).mailMessages).toBe(0);
    expect((await purgeExpired(db, systemActor, policy, new Date(sentAt.getTime() + 181 * DAY))).mailMessages).toBeGreaterThanOrEqual(ids.length);
    expect(await db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids))).toEqual([]);
    expect(await db.select().from(mailAttachments).where(inArray(mailAttachments.outboxId, ids))).toEqual([]);
  });

  it('stores the consent the applicant agreed to (text in the form language, version, time), refuses a consent not ticked or out of date, and records none for a client that sends none', async () => {
    const consent = (await anon.get('/api/press/consent')).json<{ version: string; vi: string; en: string }>();
    expect(consent.version).toBe(currentConsentVersion);
    expect(consent.vi).toContain('Nghị định 13/2023/NĐ-CP');
    expect(consent.en).toContain('Decree 13/2023/ND-CP');
    const eventId = await pressEvent();
    const started = Date.now();
    const applied = await apply(eventId, 'consent@example.org', 'Consent Giver', { language: 'en' });
    const [row] = await h.database.db.select().from(pressApplications).where(eq(pressApplications.id, applied.id));
    expect(row).toMatchObject({ consentVersion: currentConsentVersion, consentText: consent.en, language: 'en' });
    expect(row!.consentText).toBe(consentText(currentConsentVersion, loadConfig({}).retention)!.en);
    expect(row!.consentedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const view = (await anon.get(`/api/press/applications/${applied.id}?key=${applied.accessKey}`)).json<{ consentVersion: string; consentedAt: string }>();
    expect(view.consentVersion).toBe(currentConsentVersion);

    const { consent: _c, ...withoutConsent } = pressConsent;
    const cases: Array<[Record<string, string>, string]> = [
      [withoutConsent, 'consent'],
      [{ ...pressConsent, consent: 'false' }, 'consent'],
      [{ consent: 'true' }, 'consentVersion'],
      [{ ...pressConsent, consentVersion: '2019-01' }, 'consentVersion'],
    ];
    for (const [fields, path] of cases) {
      const body = multipartBody(
        { fullName: 'No Consent', outlet: 'X', nationality: 'VN', idDocumentNumber: 'Q1234567', email: 'noconsent@example.org', ...fields },
        { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
      );
      const res = await anon.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(res.json<{ code: string; details: Array<{ path: string }> }>().details.map((d) => d.path)).toContain(path);
    }
    expect(await h.database.db.select().from(pressApplications).where(eq(pressApplications.email, 'noconsent@example.org'))).toEqual([]);

    // An API client from before consent existed sends neither field: accepted, with no consent recorded.
    const older = multipartBody(
      { fullName: 'Older Client', outlet: 'X', nationality: 'VN', idDocumentNumber: 'Q7654321', email: 'older@example.org' },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: png(60, 80) },
    );
    const res = await anon.request('POST', `/api/press/events/${eventId}/applications`, older.payload, older.headers);
    expect(res.statusCode, res.body).toBe(201);
    const [stored] = await h.database.db.select().from(pressApplications).where(eq(pressApplications.email, 'older@example.org'));
    expect(stored).toMatchObject({ consentVersion: null, consentText: null, consentedAt: null });
  });

  it("exports one person's data as a JSON download for an administrator, with nothing of another person's; others are refused", async () => {
    const eventId = await pressEvent();
    const mine = await apply(eventId, 'person.a@example.org', 'Hoàng Minh Anh');
    await apply(eventId, 'person.b@example.org', 'Đỗ Thu Trang');
    const invited = await admin.post('/api/users', { email: 'person.a@example.org', displayName: 'Hoang Minh Anh', language: 'en', roles: ['journalist'] });
    expect(invited.statusCode, invited.body).toBe(201);
    const otherApplication = (await h.database.db.select().from(pressApplications).where(eq(pressApplications.email, 'person.b@example.org')))[0]!;

    const res = await admin.get('/api/privacy/export?email=Person.A@example.org');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="personal-data-person.a_example.org.json"');
    const data = res.json<{
      account: { email: string; roles: string[]; hasPassword: boolean; passwordHash?: string } | null;
      pressApplications: Array<{ id: number; fullName: string; consentText: string; photo: { type: string; base64: string } | null; accessKeyHash?: string }>;
      mail: Array<{ template: string; subject: string; toAddress: string }>;
      changeLog: Array<{ entityType: string; entityId: string; action: string }>;
    }>();
    expect(data.account).toMatchObject({ email: 'person.a@example.org', roles: ['journalist'], hasPassword: false });
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(data.pressApplications.map((a) => a.id)).toEqual([mine.id]);
    expect(data.pressApplications[0]!.fullName).toBe('Hoàng Minh Anh');
    expect(data.pressApplications[0]!.consentText).toContain('Nghị định 13/2023/NĐ-CP');
    expect(Buffer.from(data.pressApplications[0]!.photo!.base64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(data.pressApplications[0]).not.toHaveProperty('accessKeyHash');
    expect(data.mail.map((m) => m.subject)).toContain('Your invitation to Gavel');
    expect(data.changeLog.some((e) => e.entityType === 'press_application' && e.entityId === String(mine.id) && e.action === 'create')).toBe(true);
    expect(data.changeLog.some((e) => e.entityType === 'user' && e.action === 'user_invited')).toBe(true);
    // Nothing of the other applicant's.
    for (const other of ['person.b@example.org', 'Đỗ Thu Trang', otherApplication.idDocumentNumber!]) expect(res.body).not.toContain(other);
    expect(data.changeLog.some((e) => e.entityType === 'press_application' && e.entityId === String(otherApplication.id))).toBe(false);

    // The export itself is recorded.
    const recorded = await h.database.db
      .select()
      .from(changeEvents)
      .where(and(eq(changeEvents.entityType, 'personal_data'), eq(changeEvents.action, 'create')));
    expect(recorded.at(-1)!.changes).toMatchObject({ exported: 'person.a@example.org', pressApplications: 1 });

    // Someone Gavel knows nothing about: an empty export, not an error.
    const nobody = (await admin.get('/api/privacy/export?email=nobody@example.org')).json<{ account: null; pressApplications: unknown[] }>();
    expect(nobody).toMatchObject({ account: null, pressApplications: [], mail: [], changeLog: [] });
    expect((await admin.get('/api/privacy/export?email=not-an-address')).json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'email' }] });

    for (const who of ['secretariat@gavel.demo', 'press@gavel.demo', 'journalist@gavel.demo']) {
      const client = await h.signIn(who);
      expect((await client.get('/api/privacy/export?email=person.a@example.org')).statusCode, who).toBe(403);
      expect((await client.post('/api/privacy/purge')).statusCode, who).toBe(403);
    }
    expect((await anon.get('/api/privacy/export?email=person.a@example.org')).statusCode).toBe(401);
  });

  it('lets an administrator read the periods and run the purge now', async () => {
    expect((await admin.get('/api/privacy/retention')).json()).toEqual({ idDocumentDays: 30, photoDays: 90, mailDays: 180 });
    const run = await admin.post('/api/privacy/purge');
    expect(run.statusCode, run.body).toBe(200);
    expect(Object.keys(run.json())).toEqual(['idDocuments', 'applicantPhotos', 'delegatePhotos', 'mailMessages']);
  });
});
