import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressEvents } from '../../src/server/press/schema.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { pressConsent } from '../helpers/factories.js';
import { answer, type Answer } from '../helpers/answer.js';
import { applicationReceipt, applicationReview, applicationView, pressEvent } from '../../src/server/press/accreditation/schemas.js';

/** An application as its applicant gets it back: with the key of its status and badge link. */
type Receipt = Answer<typeof applicationReceipt>;
/** An application as a press officer reads it. */
type Review = Answer<typeof applicationReview>;
type PressEvent = Answer<typeof pressEvent>;

const photo = png(60, 80);
let counter = 0;
const fields = (overrides: Record<string, string> = {}) => ({
  fullName: 'Nguyễn Thị Lan',
  outlet: 'Báo Thời Đại',
  nationality: 'VN',
  idDocumentNumber: `C${String(1_000_000 + counter++)}`,
  email: 'lan@example.org',
  ...pressConsent,
  ...overrides,
});

describe.each(engines)('press accreditation on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let anon: Client;

  const apply = (eventId: number, f: Record<string, string> = fields(), file: { bytes: Buffer; type?: string } | null = { bytes: photo }) => {
    const body = multipartBody(f, file ? { name: 'photo', filename: 'me.png', type: file.type ?? 'image/png', bytes: file.bytes } : undefined);
    return anon.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
  };
  const newEvent = async (capacity: number) => {
    const res = await press.post('/api/press/events', {
      slug: `test-${capacity}-${counter++}`,
      titleEn: 'Test press center',
      titleVi: 'Trung tâm báo chí thử',
      venueEn: 'Hanoi',
      venueVi: 'Hà Nội',
      opensAt: '2020-11-09T08:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity,
    });
    expect(res.statusCode).toBe(201);
    return answer(res, pressEvent);
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    anon = await h.anonymous();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has the 37th Summit press center for 200 reporters', async () => {
    const events = (await anon.get('/api/press/events')).json<{ events: PressEvent[] }>().events;
    expect(events.find((e) => e.slug === 'summit-37-press-center')).toMatchObject({ capacity: 200, placesHeld: 0 });
  });

  it('applies, approves, issues a badge whose token verifies, and reports revoked and forged tokens', async () => {
    const event = await newEvent(5);
    const res = await apply(event.id, fields({ fullName: '<script>alert(1)</script> Lan' }));
    expect(res.statusCode).toBe(201);
    const app = answer(res, applicationReceipt);
    expect(app).toMatchObject({ status: 'pending', fullName: '<script>alert(1)</script> Lan' });

    const noBadgeYet = await anon.get(`/api/press/applications/${app.id}/badge.pdf?key=${app.accessKey}`);
    expect(noBadgeYet.statusCode).toBe(409);
    const approved = await press.post(`/api/press/applications/${app.id}/decision`, { decision: 'approve' });
    expect(answer(approved, applicationReview).status).toBe('approved');

    const badge = await anon.get(`/api/press/applications/${app.id}/badge.pdf?key=${app.accessKey}`);
    expect(badge.statusCode).toBe(200);
    expect(badge.headers['content-type']).toBe('application/pdf');
    expect(badge.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const token = String(badge.headers['x-badge-token']);

    const verify = (t: string) => anon.get(`/api/press/verify?token=${encodeURIComponent(t)}`).then((r) => r.json<{ status: string; fullName?: string }>());
    expect(await verify(token)).toMatchObject({ status: 'valid', fullName: '<script>alert(1)</script> Lan' });
    const [head, payload, signature] = token.split('.');
    const altered = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    altered.sub = String(app.id + 1);
    expect((await verify(`${head}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`)).status).toBe('forged');
    expect((await verify('not-a-token')).status).toBe('forged');

    const revoked = await press.post(`/api/press/applications/${app.id}/decision`, { decision: 'revoke', reason: 'Badge lost' });
    expect(answer(revoked, applicationReview).status).toBe('revoked');
    expect((await verify(token)).status).toBe('revoked');
  });

  it('keeps an application private: no key, no application', async () => {
    const event = await newEvent(3);
    const app = answer(await apply(event.id), applicationReceipt);
    expect((await anon.get(`/api/press/applications/${app.id}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/press/applications/${app.id}?key=wrong`)).statusCode).toBe(404);
    expect((await anon.get(`/api/press/applications/${app.id}?key=${app.accessKey}`)).statusCode).toBe(200);
    expect((await anon.get(`/api/press/events/${event.id}/applications`)).statusCode).toBe(401);
  });

  it('requires a reason to reject, and detects the same ID document applying twice', async () => {
    const event = await newEvent(3);
    const first = await apply(event.id, fields({ idDocumentNumber: 'B 1234-567' }));
    expect(first.statusCode).toBe(201);
    const again = await apply(event.id, fields({ idDocumentNumber: 'b1234567' }));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string; details: Array<{ path: string }> }>()).toMatchObject({
      code: 'duplicate_application',
      details: [{ path: 'idDocumentNumber' }],
    });
    const id = answer(first, applicationReceipt).id;
    const noReason = await press.post(`/api/press/applications/${id}/decision`, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await press.post(`/api/press/applications/${id}/decision`, { decision: 'reject', reason: 'Not a media outlet' });
    expect(answer(rejected, applicationReview)).toMatchObject({ status: 'rejected', reason: 'Not a media outlet' });
  });

  it('refuses a photo that is not an image (415), over 5 MB (413), or a decompression bomb (413)', async () => {
    const event = await newEvent(3);
    const pdf = await apply(event.id, fields(), { bytes: Buffer.from('%PDF-1.4\n%fake photo'), type: 'image/png' });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ details: Array<{ path: string }> }>().details[0]!.path).toBe('photo');
    const big = Buffer.concat([photo, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await apply(event.id, fields(), { bytes: big })).statusCode).toBe(413);
    const bomb = png(1, 1, [0, 0, 0], { width: 60_000, height: 60_000 });
    expect((await apply(event.id, fields(), { bytes: bomb })).statusCode).toBe(413);
    expect((await apply(event.id, fields(), null)).statusCode).toBe(400);
    const bad = await apply(event.id, fields({ email: 'nope', nationality: 'Vietnam' }));
    expect(
      bad
        .json<{ details: Array<{ path: string }> }>()
        .details.map((d) => d.path)
        .sort(),
    ).toEqual(['email', 'nationality']);
    const after = (await anon.get('/api/press/events')).json<{ events: PressEvent[] }>().events.find((e) => e.id === event.id);
    expect(after?.placesHeld).toBe(0);
  });

  it('never goes over capacity under simultaneous applications, and the waitlist moves up in order', async () => {
    const capacity = 4;
    const event = await newEvent(capacity);
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(event.id)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const apps = results.map((r) => answer(r, applicationReceipt)).sort((a, b) => a.id - b.id);
    expect(apps.filter((a) => a.status === 'pending')).toHaveLength(capacity);
    const waiting = apps.filter((a) => a.status === 'waitlisted');
    expect(waiting.map((a) => a.waitlistPosition).sort()).toEqual([1, 2, 3, 4, 5, 6]);

    const holders = apps.filter((a) => a.status === 'pending');
    await Promise.all(holders.map((a) => press.post(`/api/press/applications/${a.id}/decision`, { decision: 'approve' })));
    // Two approved reporters give back their places at the same moment.
    const cancels = await Promise.all(holders.slice(0, 2).map((a) => anon.post(`/api/press/applications/${a.id}/cancel?key=${a.accessKey}`)));
    expect(cancels.map((r) => answer(r, applicationView).status)).toEqual(['cancelled', 'cancelled']);

    const list = (await press.get(`/api/press/events/${event.id}/applications`)).json<{ applications: Review[] }>().applications;
    const byId = new Map(list.map((a) => [a.id, a]));
    const firstTwo = waiting.sort((a, b) => a.waitlistPosition! - b.waitlistPosition!).slice(0, 2);
    for (const a of firstTwo) expect(byId.get(a.id)?.status).toBe('pending');
    expect(list.filter((a) => a.status === 'pending' || a.status === 'approved')).toHaveLength(capacity);
    expect(list.filter((a) => a.status === 'waitlisted').map((a) => a.waitlistPosition)).toEqual([1, 2, 3, 4]);
  });
  it("counts each press center's places held and waitlist", async () => {
    const event = await newEvent(2);
    const apps: Receipt[] = [];
    for (let i = 0; i < 5; i++) apps.push(answer(await apply(event.id), applicationReceipt));
    const counts = async () => {
      const events = (await anon.get('/api/press/events')).json<{ events: PressEvent[] }>().events;
      const found = events.find((e) => e.id === event.id)!;
      return { placesHeld: found.placesHeld, waitlisted: found.waitlisted };
    };
    expect(await counts()).toEqual({ placesHeld: 2, waitlisted: 3 });
    const holder = apps.find((a) => a.status === 'pending')!;
    expect((await anon.post(`/api/press/applications/${holder.id}/cancel?key=${holder.accessKey}`)).statusCode).toBe(200);
    // The first waitlisted moves up: still two places held, one fewer waiting.
    expect(await counts()).toEqual({ placesHeld: 2, waitlisted: 2 });
  });

  it("dates an application when it takes its turn under the press center's lock, in waitlist order", async () => {
    const event = await newEvent(1);
    const { db } = h.database;
    let application: Promise<Awaited<ReturnType<typeof apply>>> | undefined;
    // Hold the press center's lock while an application arrives and waits for it.
    const releasedAt = await db.transaction(async (tx) => {
      await tx.select().from(pressEvents).where(eq(pressEvents.id, event.id)).for('update');
      application = apply(event.id);
      if (engine === 'postgres') {
        // The application has begun its transaction and waits for the lock.
        // (PGlite runs one transaction at a time: it begins only after this one.)
        for (;;) {
          const { rows } = (await db.execute(
            sql`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database()`,
          )) as unknown as { rows: Array<{ n: number }> };
          if (rows[0]!.n > 0) break;
          await new Promise((r) => setImmediate(r));
        }
      }
      const { rows } = (await tx.execute(sql`select clock_timestamp()::text as t`)) as unknown as { rows: Array<{ t: string }> };
      return new Date(rows[0]!.t);
    });
    const res = await application!;
    expect(res.statusCode).toBe(201);
    expect(new Date(answer(res, applicationReceipt).appliedAt).getTime()).toBeGreaterThanOrEqual(releasedAt.getTime());

    // Simultaneous applications: the waitlist's order is the order of their dates.
    await Promise.all(Array.from({ length: 8 }, () => apply(event.id)));
    const waiting = (await press.get(`/api/press/events/${event.id}/applications?status=waitlisted`))
      .json<{ applications: Review[] }>()
      .applications.sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(waiting).toHaveLength(8);
    const dates = waiting.map((a) => new Date(a.appliedAt).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });
});
