/**
 * "My applications": an accreditation applied for while signed in belongs to
 * the account too: after signing out and in again the applicant finds it
 * (status, waitlist position), downloads the badge once approved and cancels,
 * without the receipt's key. Nobody else sees it; an anonymous application
 * still works through its key only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { newUser } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { png } from '../helpers/images.js';
import { multipartBody } from '../helpers/multipart.js';
import { answer, type Answer } from '../helpers/answer.js';
import { applicationReceipt, applicationView } from '../../src/server/press/accreditation/schemas.js';

type Application = Answer<typeof applicationView>;

const photo = png(60, 80);
let counter = 0;

describe.each(engines)('my applications on %s', (engine) => {
  let h: Harness;
  let press: Client;
  let eventId: number;

  const apply = (client: Client, fullName: string) => {
    const body = multipartBody(
      { fullName, outlet: 'Báo Thời Đại', nationality: 'VN', idDocumentNumber: `M${1_000_000 + counter++}`, email: 'reporter@example.org' },
      { name: 'photo', filename: 'me.png', type: 'image/png', bytes: photo },
    );
    return client.request('POST', `/api/press/events/${eventId}/applications`, body.payload, body.headers);
  };
  const mine = async (client: Client) => (await client.get('/api/press/my-applications')).json<{ applications: Application[] }>().applications;

  beforeAll(async () => {
    h = await startHarness(engine);
    press = await h.signIn('press@gavel.demo');
    const res = await press.post('/api/press/events', {
      slug: 'my-applications-test',
      titleEn: 'Press centre for my applications',
      titleVi: 'Trung tâm báo chí thử',
      venueEn: 'Hanoi',
      venueVi: 'Hà Nội',
      opensAt: '2020-11-09T08:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity: 1,
    });
    expect(res.statusCode).toBe(201);
    eventId = res.json<{ id: number }>().id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds, after signing in again, what was applied for signed in; badge and cancel need no key', async () => {
    const journalist = await newUser(h, ['journalist']);
    const first = await apply(journalist.client, 'Trần Văn Minh');
    const second = await apply(journalist.client, 'Trần Văn Minh (2)');
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const [a, b] = [answer(first, applicationReceipt), answer(second, applicationReceipt)];
    await journalist.client.post('/api/auth/sign-out');
    expect((await journalist.client.get('/api/press/my-applications')).statusCode).toBe(401);

    const again = await h.signIn(journalist.email);
    const listed = await mine(again);
    expect(listed.map((x) => [x.id, x.status, x.waitlistPosition])).toEqual([
      [a.id, 'pending', null],
      [b.id, 'waitlisted', 1],
    ]);
    expect(listed[0]!.eventTitleEn).toBe('Press centre for my applications');
    expect(listed[0]).not.toHaveProperty('accessKey');
    expect(listed[0]).not.toHaveProperty('idDocumentNumber');

    expect((await again.get(`/api/press/applications/${a.id}/badge.pdf`)).statusCode).toBe(409);
    expect((await press.post(`/api/press/applications/${a.id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
    const badge = await again.get(`/api/press/applications/${a.id}/badge.pdf`);
    expect(badge.statusCode).toBe(200);
    expect(badge.headers['content-type']).toBe('application/pdf');
    expect((await again.get(`/api/press/applications/${a.id}/photo`)).statusCode).toBe(200);

    const cancelled = await again.post(`/api/press/applications/${b.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(answer(cancelled, applicationView).status).toBe('cancelled');
    expect((await mine(again)).map((x) => x.status)).toEqual(['approved', 'cancelled']);
  });

  it("shows nobody else's applications, and an anonymous one only through its key", async () => {
    const owner = await newUser(h, ['journalist']);
    const other = await newUser(h, ['journalist']);
    const own = answer(await apply(owner.client, 'Lê Thị Hoa'), applicationReceipt);
    expect(await mine(other.client)).toEqual([]);
    expect((await other.client.get(`/api/press/applications/${own.id}`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/press/applications/${own.id}/cancel`)).statusCode).toBe(404);

    const anonymous = await h.anonymous();
    const receipt = answer(await apply(anonymous, 'Phạm Quốc Anh'), applicationReceipt);
    expect((await anonymous.get(`/api/press/applications/${receipt.id}`)).statusCode).toBe(404);
    const byKey = await anonymous.get(`/api/press/applications/${receipt.id}?key=${encodeURIComponent(receipt.accessKey)}`);
    expect(byKey.statusCode).toBe(200);
    expect(answer(byKey, applicationView).status).toBe('waitlisted');
    // Signing in later does not make an anonymous application anyone's.
    expect((await mine(owner.client)).map((x) => x.id)).toEqual([own.id]);
  });
});
