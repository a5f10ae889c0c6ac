import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import type { ErrorBody } from '../../src/server/http/errors.js';

describe.each(engines)('writing meetings and delegations on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let amm53: { id: number; seriesId?: number };
  let seriesId: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    const list = await h.app.inject('/api/meetings?series=AMM');
    amm53 = list.json<{ meetings: Array<{ id: number; edition: number }> }>().meetings.find((m) => m.edition === 53)!;
    const series = await h.app.inject('/api/series');
    seriesId = series.json<{ series: Array<{ id: number; code: string }> }>().series.find((s) => s.code === 'AMM')!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const validMeeting = () => ({
    seriesId,
    edition: 99,
    titleEn: '99th AMM',
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 99',
    level: 'ministerial',
    format: 'virtual',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsAt: '2066-09-09T08:00:00+07:00',
    endsAt: '2066-09-09T12:00:00+07:00',
  });

  const meetingCount = async () => (await staff.get('/api/meetings')).json<{ meetings: unknown[] }>().meetings.length;
  const changeCount = async () => (await staff.get('/api/changes?limit=500')).json<{ events: unknown[] }>().events.length;

  it('creates, changes and deletes a meeting, each with a change-log event', async () => {
    const created = await staff.post('/api/meetings', validMeeting());
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const patched = await staff.patch(`/api/meetings/${id}`, { titleEn: '99th AMM (renamed)' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<{ titleEn: string }>().titleEn).toBe('99th AMM (renamed)');
    const events = (await staff.get(`/api/changes?entityType=meeting&entityId=${id}`)).json<{
      events: Array<{ action: string; actor: string; changes: Record<string, unknown> }>;
    }>().events;
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(events[0]!.changes).toEqual({ titleEn: { from: '99th AMM', to: '99th AMM (renamed)' } });
    expect(events[0]!.actor).toBeTruthy();
    expect((await staff.delete(`/api/meetings/${id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/meetings/${id}`)).statusCode).toBe(404);
  });

  it("moves every delegation's local time when the meeting moves", async () => {
    // A meeting still to come (a held one's times are history and stay), joined from Hanoi, Yangon and Manila.
    const made = await staff.post('/api/meetings', {
      ...validMeeting(),
      edition: 98,
      titleEn: '98th AMM',
      startsAt: '2066-09-08T08:00:00+07:00',
      endsAt: '2066-09-08T10:00:00+07:00',
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: number }>().id;
    const parties = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties;
    for (const code of ['VN', 'MM', 'PH']) {
      expect(
        (await staff.post(`/api/meetings/${id}/delegations`, { partyId: parties.find((p) => p.code === code)!.id, headLevel: 'minister' })).statusCode,
      ).toBe(201);
    }
    const res = await staff.patch(`/api/meetings/${id}`, {
      startsAt: '2066-09-08T15:00:00+07:00',
      endsAt: '2066-09-08T17:00:00+07:00',
    });
    expect(res.statusCode).toBe(200);
    const after = res.json<{ delegations: Array<{ party: { code: string }; localStart: string }>; hostLocalStart: string }>();
    const local = (code: string) => after.delegations.find((d) => d.party.code === code)!.localStart;
    expect(after.hostLocalStart).toBe('2066-09-08T15:00');
    expect(local('VN')).toBe('2066-09-08T15:00');
    expect(local('MM')).toBe('2066-09-08T14:30');
    expect(local('PH')).toBe('2066-09-08T16:00');
    expect((await staff.delete(`/api/meetings/${id}`)).statusCode).toBe(204);
  });

  it('adds, changes and removes a delegation', async () => {
    const parties = (await h.app.inject('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties;
    const gb = parties.find((p) => p.code === 'GB')!;
    const added = await staff.post(`/api/meetings/${amm53.id}/delegations`, { partyId: gb.id, headLevel: 'ambassador' });
    expect(added.statusCode).toBe(201);
    const delegation = added
      .json<{ delegations: Array<{ id: number; party: { code: string }; timeZone: string }> }>()
      .delegations.find((d) => d.party.code === 'GB')!;
    expect(delegation.timeZone).toBe('Europe/London');
    const again = await staff.post(`/api/meetings/${amm53.id}/delegations`, { partyId: gb.id, headLevel: 'ambassador' });
    expect(again.statusCode).toBe(409);
    const moved = await staff.patch(`/api/delegations/${delegation.id}`, { timeZone: 'Asia/Ho_Chi_Minh', noteEn: 'Embassy in Hanoi' });
    expect(moved.statusCode).toBe(200);
    expect((await staff.delete(`/api/delegations/${delegation.id}`)).statusCode).toBe(204);
    expect((await staff.delete(`/api/delegations/${delegation.id}`)).statusCode).toBe(404);
  });

  describe('bad input', () => {
    const expectError = (res: { statusCode: number; json: <T>() => T }, status: number, code: string, path?: string) => {
      expect(res.statusCode).toBe(status);
      const body = res.json<ErrorBody>();
      expect(body.code).toBe(code);
      expect(body.error).toBeTruthy();
      if (path) expect(body.details?.map((d) => d.path)).toContain(path);
      return body;
    };

    it('answers malformed JSON with 400 naming the body', async () => {
      const res = await staff.request('POST', '/api/meetings', '{"titleEn": ', { 'content-type': 'application/json' });
      expectError(res, 400, 'invalid_json', 'body');
    });

    it('names a field of the wrong type and a missing field', async () => {
      const wrongType = await staff.post('/api/meetings', { ...validMeeting(), titleEn: 5 });
      expectError(wrongType, 400, 'validation_failed', 'titleEn');
      const { titleVi: _omitted, ...missing } = validMeeting();
      expectError(await staff.post('/api/meetings', missing), 400, 'validation_failed', 'titleVi');
      expectError(await h.app.inject('/api/meetings?year=twenty'), 400, 'validation_failed', 'year');
    });

    it('refuses an end before the start', async () => {
      const res = await staff.post('/api/meetings', { ...validMeeting(), endsAt: '2066-09-09T07:00:00+07:00' });
      expectError(res, 400, 'end_before_start', 'endsAt');
      const patch = await staff.patch(`/api/meetings/${amm53.id}`, { endsAt: '2000-01-01T00:00:00Z' });
      expectError(patch, 400, 'end_before_start', 'endsAt');
    });

    it('refuses an unknown IANA zone', async () => {
      const res = await staff.post('/api/meetings', { ...validMeeting(), hostTimeZone: 'Asia/Atlantis' });
      const body = expectError(res, 400, 'validation_failed', 'hostTimeZone');
      expect(body.details!.find((d) => d.path === 'hostTimeZone')!.message).toMatch(/IANA/);
    });

    it('refuses a second 53rd AMM and writes nothing', async () => {
      const meetingsBefore = await meetingCount();
      const eventsBefore = await changeCount();
      const res = await staff.post('/api/meetings', { ...validMeeting(), edition: 53 });
      expectError(res, 409, 'duplicate_edition', 'edition');
      const other = (await staff.post('/api/meetings', { ...validMeeting(), edition: 98 })).json<{ id: number }>();
      expectError(await staff.patch(`/api/meetings/${other.id}`, { edition: 53 }), 409, 'duplicate_edition', 'edition');
      await staff.delete(`/api/meetings/${other.id}`);
      expect(await meetingCount()).toBe(meetingsBefore);
      expect(await changeCount()).toBe(eventsBefore + 2);
    });

    it('leaves nothing half-written when a reference is wrong', async () => {
      const eventsBefore = await changeCount();
      const res = await staff.patch(`/api/meetings/${amm53.id}`, { titleEn: 'Should not stick', chairPersonId: 999_999 });
      expectError(res, 400, 'invalid_reference', 'chairPersonId');
      const detail = (await staff.get(`/api/meetings/${amm53.id}`)).json<{ titleEn: string }>();
      expect(detail.titleEn).not.toBe('Should not stick');
      expect(await changeCount()).toBe(eventsBefore);
    });

    it('answers unknown ids with 404 and malformed ids with 400', async () => {
      expectError(await h.app.inject('/api/meetings/999999'), 404, 'not_found');
      expectError(await staff.patch('/api/meetings/999999', { titleEn: 'x' }), 404, 'not_found');
      expectError(await h.app.inject('/api/meetings/abc'), 400, 'validation_failed', 'id');
      expectError(await h.app.inject('/api/parties/XX'), 404, 'not_found');
      expectError(await h.app.inject('/api/nothing-here'), 404, 'not_found');
    });

    it('answers an oversized body with 413', async () => {
      const res = await staff.post('/api/meetings', { ...validMeeting(), titleEn: 'x'.repeat(2_000_000) });
      expectError(res, 413, 'payload_too_large');
    });

    it('wants a sign-in to write, and a role that allows it', async () => {
      const anonymous = await h.anonymous();
      expectError(await anonymous.post('/api/meetings', validMeeting()), 401, 'unauthenticated');
      expectError(await anonymous.patch(`/api/meetings/${amm53.id}`, { titleEn: 'x' }), 401, 'unauthenticated');
      const journalist = await h.signIn('journalist@gavel.demo');
      expectError(await journalist.post('/api/meetings', validMeeting()), 403, 'forbidden');
      expectError(await journalist.delete(`/api/meetings/${amm53.id}`), 403, 'forbidden');
      const liaison = await h.signIn('liaison.nz@gavel.demo');
      expectError(await liaison.get('/api/changes'), 403, 'forbidden');
    });

    it('refuses a write without the CSRF token', async () => {
      const res = await staff.request('PATCH', `/api/meetings/${amm53.id}`, { titleEn: 'x' }, { 'x-csrf-token': 'forged' });
      expectError(res, 403, 'csrf_failed');
    });
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a request id and no stack', async () => {
    const { openTestDatabase } = await import('../helpers/database.js');
    const database = await openTestDatabase('pglite');
    const app = await buildApp({ database, config: { ...loadConfig({}), logLevel: 'silent' }, serveWeb: false, logger: false });
    app.get('/api/boom', { config: { permission: 'public' } }, async () => {
      throw new Error('secret internals at /srv/gavel/db.ts:42');
    });
    const res = await app.inject('/api/boom');
    expect(res.statusCode).toBe(500);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('internal');
    expect(body.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(res.body).not.toContain('secret internals');
    expect(res.body).not.toContain('db.ts');
    await app.close();
    await database.dispose();
  });
});
