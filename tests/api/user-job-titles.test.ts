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
import type { userView } from '../../src/server/auth/user-identity.js';

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

  it('an empty or blank optional name is no name (null, as GET answers) on every bilingual field and every route; one left out stays', async () => {
    const optional = ['displayNameVi', 'jobTitleEn', 'jobTitleVi'] as const;
    const given = { displayNameVi: 'Cán bộ thông tin', jobTitleEn: 'Information Officer', jobTitleVi: 'Chuyên viên thông tin' };
    const secretariat = await h.signIn('secretariat@gavel.demo');
    const me = (await secretariat.get('/api/account')).json<UserView>();
    const routes = [
      {
        name: 'own profile',
        patch: (body: object) => secretariat.patch('/api/account', body),
        read: async () => (await secretariat.get('/api/account')).json<UserView>(),
      },
      {
        name: 'administrator',
        patch: (body: object) => admin.patch(`/api/users/${me.id}`, body),
        read: async () => (await admin.get(`/api/users/${me.id}`)).json<UserView>(),
      },
    ];
    for (const route of routes) {
      for (const field of optional) {
        for (const empty of ['', '   ', '\t \n', null]) {
          expect((await route.patch(given)).statusCode, route.name).toBe(200);
          const res = await route.patch({ [field]: empty });
          expect(res.statusCode, `${route.name} ${field} ${JSON.stringify(empty)}: ${res.body}`).toBe(200);
          const others = Object.fromEntries(optional.filter((f) => f !== field).map((f) => [f, given[f]]));
          const expected = { displayName: me.displayName, [field]: null, ...others };
          expect(res.json<UserView>(), `${route.name} ${field} ${JSON.stringify(empty)}`).toMatchObject(expected);
          expect(await route.read()).toMatchObject(expected);
          expect((await secretariat.get('/api/auth/session')).json<{ user: UserView }>().user).toMatchObject(expected);
          // Emptied again: no name either way, so no change to log.
          const before = (await admin.get(`/api/changes?entityType=user&entityId=${me.id}`)).json<Events>().events.length;
          expect((await route.patch({ [field]: '' })).json<UserView>()).toMatchObject(expected);
          expect((await admin.get(`/api/changes?entityType=user&entityId=${me.id}`)).json<Events>().events.length).toBe(before);
        }
      }
      // Left out: every name stays as it was.
      expect((await route.patch(given)).statusCode).toBe(200);
      const untouched = await route.patch({});
      expect(untouched.statusCode).toBe(200);
      expect(untouched.json<UserView>()).toMatchObject({ displayName: me.displayName, ...given });
      // The English name is not optional: empty or blank is a 400 naming it, and nothing changes.
      for (const empty of ['', '   ']) {
        const refused = await route.patch({ displayName: empty });
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'displayName' }] });
      }
      expect(await route.read()).toMatchObject({ displayName: me.displayName, ...given });
    }

    // An invitation: the same rule.
    for (const [i, empty] of ['', '  ', null].entries()) {
      const res = await admin.post('/api/users', {
        email: `blank.names.${i}@gov.vn`,
        displayName: 'Blank Names',
        displayNameVi: empty,
        jobTitleEn: empty,
        jobTitleVi: empty,
        roles: [],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<UserView>()).toMatchObject({ displayNameVi: null, jobTitleEn: null, jobTitleVi: null });
    }
    const left = await admin.post('/api/users', { email: 'no.names@gov.vn', displayName: 'No Names', roles: [] });
    expect(left.json<UserView>()).toMatchObject({ displayNameVi: null, jobTitleEn: null, jobTitleVi: null });
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
