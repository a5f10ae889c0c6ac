/**
 * Users, roles and invitations through the API on a real database: invite,
 * the e-mail in the outbox, the link that sets a password (once, before it
 * expires), roles with their scopes, deactivation, the last admin, resets,
 * one's own profile; every change in the change log.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodies } from '../../src/server/committee/schema.js';
import { parties, users } from '../../src/server/db/schema.js';
import { mailOutbox } from '../../src/server/mail/schema.js';
import { passwordLinks } from '../../src/server/users/schema.js';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Client, type Harness } from '../helpers/harness.js';

interface UserView {
  id: number;
  email: string;
  roles: string[];
  status: string;
  party: { code: string } | null;
  bodies: Array<{ id: number }>;
  language: string;
  displayNameVi: string | null;
  timeZone: string;
}
interface Outbox {
  smtpConfigured: boolean;
  messages: Array<{ id: number; toAddress: string; template: string; subject: string; body: string; status: string }>;
}
const NEW_PASSWORD = 'tháng mười hai mưa phùn';

const tokenIn = (body: string) => /set-password\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';

describe.each(engines)('users and roles on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let moit: number;
  let nz: number;
  const outbox = async () => (await admin.get('/api/outbox')).json<Outbox>();
  const lastMailTo = async (address: string) => (await outbox()).messages.find((m) => m.toAddress === address)!;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    moit = (await h.database.db.select().from(bodies).where(eq(bodies.slug, 'moit')))[0]!.id;
    nz = (await h.database.db.select().from(parties).where(eq(parties.code, 'NZ')))[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('invites a focal point: the account, its body, one e-mail in its language, and the change log', async () => {
    const res = await admin.post('/api/users', {
      email: 'Focal.MOH@gov.vn',
      displayName: 'Ministry of Health Focal Point',
      displayNameVi: 'Đầu mối Bộ Y tế',
      language: 'vi',
      roles: ['ministry_focal_point'],
      bodyIds: [moit],
    });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json<UserView>();
    expect(user).toMatchObject({ email: 'focal.moh@gov.vn', status: 'invited', roles: ['ministry_focal_point'], bodies: [{ id: moit }] });

    const box = await outbox();
    expect(box.smtpConfigured).toBe(false);
    const mail = box.messages.filter((m) => m.toAddress === 'focal.moh@gov.vn');
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: 'invitation', subject: 'Lời mời tham gia Gavel', status: 'pending' });
    expect(mail[0]!.body).toContain('Kính gửi Đầu mối Bộ Y tế');
    expect(tokenIn(mail[0]!.body)).toHaveLength(43);

    const events = (await admin.get(`/api/changes?entityType=user&entityId=${user.id}&security=true`)).json<{ events: Array<{ action: string }> }>();
    expect(events.events.map((e) => e.action)).toEqual(['user_invited']);
    // Not signed in until a password is set through the link.
    const anon = await h.anonymous();
    expect((await anon.post('/api/auth/sign-in', { email: 'focal.moh@gov.vn', password: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it('an invitation to an existing e-mail is a 409 naming the field', async () => {
    const res = await admin.post('/api/users', { email: 'secretariat@gavel.demo', displayName: 'Again', roles: ['secretariat'] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', details: [{ path: 'email' }] });
  });

  it('a role without its required scope is a 400 naming the field; a scope nothing uses too; an unknown body a 400', async () => {
    const liaison = await admin.post('/api/users', { email: 'liaison.au@gavel.test', displayName: 'AU', roles: ['delegation_liaison'] });
    expect(liaison.statusCode).toBe(400);
    expect(liaison.json()).toMatchObject({ code: 'missing_scope', details: [{ path: 'partyId' }] });
    const focal = await admin.post('/api/users', { email: 'f@gavel.test', displayName: 'F', roles: ['ministry_focal_point'], bodyIds: [] });
    expect(focal.json()).toMatchObject({ code: 'missing_scope', details: [{ path: 'bodyIds' }] });
    const stray = await admin.post('/api/users', { email: 'j@gavel.test', displayName: 'J', roles: ['journalist'], partyId: nz });
    expect(stray.statusCode).toBe(400);
    expect(stray.json()).toMatchObject({ details: [{ path: 'partyId' }] });
    const unknown = await admin.post('/api/users', { email: 'g@gavel.test', displayName: 'G', roles: ['ministry_focal_point'], bodyIds: [999999] });
    expect(unknown.json()).toMatchObject({ code: 'invalid_reference', details: [{ path: 'bodyIds.0' }] });
    expect((await admin.get('/api/users?q=gavel.test')).json<{ users: unknown[] }>().users).toHaveLength(0);
  });

  it('the link sets a password once; the focal point then signs in and sees its body’s tasks', async () => {
    const token = tokenIn((await lastMailTo('focal.moh@gov.vn')).body);
    const anon = await h.anonymous();
    const check = await anon.post('/api/users/links/check', { token });
    expect(check.json()).toMatchObject({ purpose: 'invitation', email: 'focal.moh@gov.vn', language: 'vi' });
    const weak = await anon.post('/api/users/links/redeem', { token, password: 'password123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'weak_password', details: [{ path: 'password' }] });
    const set = await anon.post('/api/users/links/redeem', { token, password: NEW_PASSWORD });
    expect(set.statusCode, set.body).toBe(200);
    const again = await anon.post('/api/users/links/redeem', { token, password: NEW_PASSWORD + '!' });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ code: 'link_used', details: [{ path: 'token' }] });
    expect((await anon.post('/api/users/links/check', { token: 'A'.repeat(43) })).json()).toMatchObject({ code: 'link_invalid' });

    const signIn = await anon.post('/api/auth/sign-in', { email: 'focal.moh@gov.vn', password: NEW_PASSWORD });
    expect(signIn.statusCode).toBe(200);
    const tasks = await anon.get('/api/tasks?mine=true');
    expect(tasks.statusCode).toBe(200);
    const mine = tasks.json<{ tasks: Array<{ body: { id: number } }> }>().tasks;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.body.id === moit)).toBe(true);
    expect((await admin.get('/api/users?q=Bộ Y tế')).json<{ users: UserView[] }>().users.map((u) => u.status)).toEqual(['active']);
  });

  it('an expired link is refused with a clear 410', async () => {
    const [user] = await h.database.db.select().from(users).where(eq(users.email, 'committee@gavel.demo'));
    expect((await admin.post(`/api/users/${user!.id}/password-reset`)).statusCode).toBe(200);
    const mail = await lastMailTo('committee@gavel.demo');
    expect(mail.template).toBe('password_reset');
    await h.database.db
      .update(passwordLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordLinks.userId, user!.id));
    const anon = await h.anonymous();
    const res = await anon.post('/api/users/links/redeem', { token: tokenIn(mail.body), password: NEW_PASSWORD });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ code: 'link_expired' });
    expect((await anon.post('/api/auth/sign-in', { email: 'committee@gavel.demo', password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('gives and takes roles with their scopes; the change is a security event and applies to live sessions', async () => {
    const press = await h.signIn('press@gavel.demo');
    const [user] = await h.database.db.select().from(users).where(eq(users.email, 'press@gavel.demo'));
    expect((await press.get('/api/schedule/ledger')).statusCode).toBe(403);
    const res = await admin.request('PUT', `/api/users/${user!.id}/roles`, { roles: ['press_officer', 'delegation_liaison'], partyId: nz });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserView>()).toMatchObject({ roles: ['press_officer', 'delegation_liaison'], party: { code: 'NZ' } });
    // The open session has the new role at its next request.
    expect((await press.get('/api/schedule/ledger')).statusCode).not.toBe(403);
    const noScope = await admin.request('PUT', `/api/users/${user!.id}/roles`, { roles: ['delegation_liaison'] });
    expect(noScope.json()).toMatchObject({ code: 'missing_scope', details: [{ path: 'partyId' }] });
    const back = await admin.request('PUT', `/api/users/${user!.id}/roles`, { roles: ['press_officer'] });
    expect(back.json<UserView>()).toMatchObject({ roles: ['press_officer'], party: null });
    const events = (await admin.get(`/api/changes?entityId=${user!.id}&action=roles_changed&security=true`)).json<{
      events: Array<{ changes: { roles: { to: string[] } } }>;
    }>();
    expect(events.events.map((e) => e.changes.roles.to)).toEqual([['press_officer'], ['press_officer', 'delegation_liaison']]);
  });

  it('the last active admin can lose neither the role nor the account; a second admin makes it possible', async () => {
    const [me] = await h.database.db.select().from(users).where(eq(users.email, 'admin@gavel.demo'));
    const take = await admin.request('PUT', `/api/users/${me!.id}/roles`, { roles: ['secretariat'] });
    expect(take.statusCode).toBe(409);
    expect(take.json()).toMatchObject({ code: 'last_admin' });
    expect((await admin.post(`/api/users/${me!.id}/deactivate`)).json()).toMatchObject({ code: 'last_admin' });
    // An invited admin who has not set a password does not count.
    const invited = await admin.post('/api/users', { email: 'admin2@gavel.test', displayName: 'Second admin', roles: ['admin'] });
    expect((await admin.post(`/api/users/${me!.id}/deactivate`)).statusCode).toBe(409);
    const [sec] = await h.database.db.select().from(users).where(eq(users.email, 'secretariat@gavel.demo'));
    expect((await admin.request('PUT', `/api/users/${sec!.id}/roles`, { roles: ['secretariat', 'admin'] })).statusCode).toBe(200);
    expect((await admin.request('PUT', `/api/users/${me!.id}/roles`, { roles: ['admin', 'secretariat'] })).statusCode).toBe(200);
    expect((await admin.request('PUT', `/api/users/${sec!.id}/roles`, { roles: ['secretariat'] })).statusCode).toBe(200);
    expect(invited.statusCode).toBe(201);
  });

  it('deactivation ends sessions at once and refuses sign-in; reactivation lets the user back', async () => {
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get('/api/account')).statusCode).toBe(200);
    const [user] = await h.database.db.select().from(users).where(eq(users.email, 'journalist@gavel.demo'));
    const res = await admin.post(`/api/users/${user!.id}/deactivate`);
    expect(res.json<UserView>().status).toBe('deactivated');
    expect((await journalist.get('/api/account')).statusCode).toBe(401);
    const anon = await h.anonymous();
    const refused = await anon.post('/api/auth/sign-in', { email: 'journalist@gavel.demo', password: DEMO_PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'account_deactivated' });
    // No reset link for a deactivated account, from the public form or from an admin.
    expect((await anon.post('/api/users/password-reset', { email: 'journalist@gavel.demo' })).statusCode).toBe(202);
    expect((await outbox()).messages.some((m) => m.toAddress === 'journalist@gavel.demo')).toBe(false);
    expect((await admin.post(`/api/users/${user!.id}/password-reset`)).json()).toMatchObject({ code: 'account_deactivated' });
    expect((await admin.post(`/api/users/${user!.id}/reactivate`)).json<UserView>().status).toBe('active');
    expect((await anon.post('/api/auth/sign-in', { email: 'journalist@gavel.demo', password: DEMO_PASSWORD })).statusCode).toBe(200);
    const actions = (await admin.get(`/api/changes?entityType=user&entityId=${user!.id}&security=true`)).json<{ events: Array<{ action: string }> }>();
    expect(actions.events.map((e) => e.action)).toEqual(expect.arrayContaining(['user_deactivated', 'user_reactivated', 'sign_in_failed']));
  });

  it('each user edits their own names, language and time zone; a reset e-mail then comes in that language', async () => {
    const liaison = await h.signIn('liaison.nz@gavel.demo');
    const bad = await liaison.patch('/api/account', { timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ details: [{ path: 'timeZone' }] });
    const res = await liaison.patch('/api/account', { displayNameVi: 'Liên lạc viên đoàn New Zealand', language: 'en', timeZone: 'Pacific/Auckland' });
    expect(res.json<UserView>()).toMatchObject({ language: 'en', timeZone: 'Pacific/Auckland', displayNameVi: 'Liên lạc viên đoàn New Zealand' });
    // Chosen on the profile: the web's language at sign-in from now on (a default never is).
    expect((await liaison.get('/api/auth/session')).json<{ user: { uiLanguage: string | null } }>().user.uiLanguage).toBe('en');
    const other = await h.signIn('press@gavel.demo');
    expect((await other.get('/api/auth/session')).json<{ user: { language: string; uiLanguage: string | null } }>().user).toMatchObject({
      language: 'vi',
      uiLanguage: null,
    });
    const anon = await h.anonymous();
    expect((await anon.post('/api/users/password-reset', { email: 'liaison.nz@gavel.demo' })).statusCode).toBe(202);
    expect((await anon.post('/api/users/password-reset', { email: 'liaison.nz@gavel.demo' })).statusCode).toBe(202);
    expect((await anon.post('/api/users/password-reset', { email: 'nobody@gavel.demo' })).statusCode).toBe(202);
    const mails = (await outbox()).messages.filter((m) => m.toAddress === 'liaison.nz@gavel.demo');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: 'Reset your Gavel password' });
    expect(mails[0]!.body).toContain('(Pacific/Auckland)');
    const rows = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'nobody@gavel.demo'));
    expect(rows).toHaveLength(0);
  });

  it('assigning a task to a body e-mails its focal points in their language', async () => {
    const secretariat = await h.signIn('secretariat@gavel.demo');
    const res = await secretariat.post('/api/tasks', {
      titleEn: 'Brief the press on trade outcomes',
      titleVi: 'Họp báo về kết quả thương mại',
      bodyId: moit,
      dueOn: '2020-11-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    const mail = await lastMailTo('focal.moh@gov.vn');
    expect(mail).toMatchObject({ template: 'task_assigned', subject: 'Nhiệm vụ mới: Họp báo về kết quả thương mại' });
    expect(mail.body).toContain('10/11/2020');
  });

  it('only an administrator reads users and the outbox', async () => {
    const secretariat = await h.signIn('secretariat@gavel.demo');
    expect((await secretariat.get('/api/users')).statusCode).toBe(403);
    expect((await secretariat.get('/api/outbox')).statusCode).toBe(403);
  });
});
