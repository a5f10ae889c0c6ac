/**
 * Job titles in both languages: the demo's, one's own on the profile, an
 * administrator's correction, an invitation's; bounded (400 naming the
 * field), cleared by an empty value, in the session's answer, and each change
 * in the change log with the write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { Answer } from '../helpers/answer.js';
import type { userView } from '../../src/server/auth/sign-in.js';

/** The fields these tests read, as the server's schema types them. */
type UserView = Pick<Answer<typeof userView>, 'id' | 'email' | 'displayName' | 'displayNameVi' | 'jobTitleEn' | 'jobTitleVi'>;
interface Events {
  events: Array<{ action: string; changes: Record<string, unknown> }>;
}

describe.each(engines)('job titles on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  const userByEmail = async (email: string) =>
    (await admin.get(`/api/users?q=${encodeURIComponent(email)}`)).json<{ users: UserView[] }>().users.find((u) => u.email === email)!;
  /** The latest profile change of a user (sign-ins are logged under the user too). */
  const lastUpdate = async (id: number) =>
    (await admin.get(`/api/changes?entityType=user&entityId=${id}`))
      .json<Events>()
      .events.filter((e) => e.action === 'update')
      .at(-1)!;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the demo users have job titles in both languages, found by search in either', async () => {
    const { users } = (await admin.get('/api/users')).json<{ users: UserView[] }>();
    expect(users.length).toBeGreaterThanOrEqual(7);
    for (const u of users) {
      expect(u.jobTitleEn, u.email).toBeTruthy();
      expect(u.jobTitleVi, u.email).toBeTruthy();
    }
    expect(await userByEmail('secretariat@gavel.demo')).toMatchObject({
      jobTitleEn: 'Officer, National ASEAN Secretariat',
      jobTitleVi: 'Chuyên viên, Ban Thư ký ASEAN Quốc gia',
    });
    const found = (await admin.get(`/api/users?q=${encodeURIComponent('bo cong thuong')}`)).json<{ users: UserView[] }>().users;
    expect(found.map((u) => u.email)).toEqual(['focal.moit@gavel.demo']);
  });

  it('each user sets their own job titles; the session answers with them; the change log has the change', async () => {
    const liaison = await h.signIn('liaison.nz@gavel.demo');
    const res = await liaison.patch('/api/account', {
      jobTitleEn: '  Second Secretary, New Zealand Embassy  ',
      jobTitleVi: 'Bí thư thứ hai, Đại sứ quán New Zealand',
    });
    expect(res.statusCode, res.body).toBe(200);
    const me = res.json<UserView>();
    expect(me).toMatchObject({ jobTitleEn: 'Second Secretary, New Zealand Embassy', jobTitleVi: 'Bí thư thứ hai, Đại sứ quán New Zealand' });
    const session = (await liaison.get('/api/auth/session')).json<{ user: UserView }>().user;
    expect(session).toMatchObject({ jobTitleEn: 'Second Secretary, New Zealand Embassy', jobTitleVi: 'Bí thư thứ hai, Đại sứ quán New Zealand' });
    const last = await lastUpdate(me.id);
    expect(last.changes).toMatchObject({
      jobTitleEn: { from: 'Liaison Officer, New Zealand Delegation', to: 'Second Secretary, New Zealand Embassy' },
      jobTitleVi: { to: 'Bí thư thứ hai, Đại sứ quán New Zealand' },
    });

    // An empty title clears it; one left out stays.
    const cleared = (await liaison.patch('/api/account', { jobTitleVi: '' })).json<UserView>();
    expect(cleared).toMatchObject({ jobTitleEn: 'Second Secretary, New Zealand Embassy', jobTitleVi: null });
  });

  it('a job title too long, with a NUL character, or not text, is a 400 naming the field, and nothing changes', async () => {
    const press = await h.signIn('press@gavel.demo');
    const before = (await press.get('/api/account')).json<UserView>();
    const long = await press.patch('/api/account', { jobTitleEn: 'x'.repeat(201) });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ details: [{ path: 'jobTitleEn' }] });
    const nul = await press.patch('/api/account', { jobTitleVi: 'Cán bộ\u0000báo chí' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toMatchObject({ details: [{ path: 'jobTitleVi' }] });
    const nulByAdmin = await admin.patch(`/api/users/${before.id}`, { jobTitleEn: 'Press\u0000Officer' });
    expect(nulByAdmin.statusCode).toBe(400);
    expect(nulByAdmin.json()).toMatchObject({ details: [{ path: 'jobTitleEn' }] });
    const wrong = await admin.patch(`/api/users/${before.id}`, { jobTitleVi: 42 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ details: [{ path: 'jobTitleVi' }] });
    const invite = await admin.post('/api/users', { email: 'long@gov.vn', displayName: 'Long', roles: [], jobTitleVi: 'y'.repeat(201) });
    expect(invite.statusCode).toBe(400);
    expect(invite.json()).toMatchObject({ details: [{ path: 'jobTitleVi' }] });
    expect((await press.get('/api/account')).json<UserView>()).toEqual(before);
  });

  it('an administrator corrects a user’s names and job titles; others may not', async () => {
    const journalist = await userByEmail('journalist@gavel.demo');
    const res = await admin.patch(`/api/users/${journalist.id}`, {
      displayNameVi: 'Phóng viên được cấp thẻ',
      jobTitleEn: 'Correspondent, Viet Nam News Agency',
      jobTitleVi: 'Phóng viên, Thông tấn xã Việt Nam',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserView>()).toMatchObject({
      displayName: 'Accredited Journalist',
      displayNameVi: 'Phóng viên được cấp thẻ',
      jobTitleEn: 'Correspondent, Viet Nam News Agency',
      jobTitleVi: 'Phóng viên, Thông tấn xã Việt Nam',
    });
    const last = await lastUpdate(journalist.id);
    expect(last.changes).toMatchObject({
      jobTitleEn: { to: 'Correspondent, Viet Nam News Agency' },
      displayNameVi: { from: null, to: 'Phóng viên được cấp thẻ' },
    });

    const secretariat = await h.signIn('secretariat@gavel.demo');
    expect((await secretariat.patch(`/api/users/${journalist.id}`, { jobTitleEn: 'Spy' })).statusCode).toBe(403);
    expect((await admin.patch('/api/users/999999', { jobTitleEn: 'Nobody' })).statusCode).toBe(404);
    expect((await userByEmail('journalist@gavel.demo')).jobTitleEn).toBe('Correspondent, Viet Nam News Agency');
  });

  it('an invitation may carry job titles', async () => {
    const res = await admin.post('/api/users', {
      email: 'focal.mofa@gov.vn',
      displayName: 'Ministry of Foreign Affairs Officer',
      jobTitleEn: 'Deputy Director-General, ASEAN Department',
      jobTitleVi: 'Phó Vụ trưởng Vụ ASEAN',
      roles: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<UserView>()).toMatchObject({ jobTitleEn: 'Deputy Director-General, ASEAN Department', jobTitleVi: 'Phó Vụ trưởng Vụ ASEAN' });
  });
});
