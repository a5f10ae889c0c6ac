import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import type { meetingDetail, meetingSummary } from '../../src/server/meetings/schemas.js';
import type { Answer } from '../helpers/answer.js';

type Summary = Answer<typeof meetingSummary>;
type Detail = Answer<typeof meetingDetail>;

async function staffSeriesId(client: { get(url: string): Promise<{ json<T>(): T }> }): Promise<number> {
  const { series } = (await client.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>();
  return series.find((s) => s.code === 'AMM')!.id;
}

describe.each(engines)('meetings API on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  const findMeeting = async (series: string, edition: number) => {
    const res = await h.app.inject(`/api/meetings?series=${series}`);
    const meeting = res.json<{ meetings: Summary[] }>().meetings.find((m) => m.edition === edition);
    if (!meeting) throw new Error(`no ${series} ${edition}`);
    return meeting;
  };

  it('reports health and the engine', async () => {
    const res = await h.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: engine });
  });

  it('lists the 2020 meetings in order, public ones only for visitors', async () => {
    const res = await h.app.inject('/api/meetings?year=2020');
    expect(res.statusCode).toBe(200);
    const { meetings } = res.json<{ meetings: Summary[] }>();
    expect(meetings.length).toBeGreaterThanOrEqual(20);
    expect(meetings.every((m) => m.startsAt.startsWith('2020'))).toBe(true);
    expect(meetings.every((m) => m.isPublic)).toBe(true);
    const starts = meetings.map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(meetings.some((m) => m.seriesCode === 'AMM' && m.edition === 53)).toBe(true);
  });

  it('shows internal meetings (the National Committee session) to staff only', async () => {
    const anonymous = await h.app.inject('/api/meetings?series=NC');
    expect(anonymous.json<{ meetings: Summary[] }>().meetings).toHaveLength(0);
    const staff = await h.signIn('secretariat@gavel.demo');
    const res = await staff.get('/api/meetings?series=NC');
    const nc = res.json<{ meetings: Summary[] }>().meetings;
    expect(nc.some((m) => m.edition === 6 && !m.isPublic)).toBe(true);
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get('/api/meetings?series=NC')).json<{ meetings: Summary[] }>().meetings).toHaveLength(0);
    // Asking for it directly answers as if it did not exist.
    const id = nc.find((m) => m.edition === 6)!.id;
    expect((await h.app.inject(`/api/meetings/${id}`)).statusCode).toBe(404);
  });

  it('filters by series, level and format', async () => {
    const arf = await h.app.inject('/api/meetings?year=2020&series=arf');
    expect(arf.json<{ meetings: Summary[] }>().meetings.map((m) => m.edition)).toEqual([27]);
    const leaders = await h.app.inject('/api/meetings?year=2020&level=leaders&format=virtual');
    expect(leaders.json<{ meetings: Summary[] }>().meetings.length).toBeGreaterThan(0);
    const none = await h.app.inject('/api/meetings?year=2020&format=in_person&level=leaders');
    expect(none.statusCode).toBe(200);
  });

  it("gives the ARF's 27 delegations with their local times, DPRK joining from Hanoi", async () => {
    const arf = await findMeeting('ARF', 27);
    const res = await h.app.inject(`/api/meetings/${arf.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json<Detail>();
    expect(detail.delegations).toHaveLength(27);
    const by = new Map(detail.delegations.map((d) => [d.party.code, d]));
    expect(by.get('KP')!.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(by.get('KP')!.noteEn).toMatch(/embassy/i);
    const nz = by.get('NZ')!;
    const us = by.get('US')!;
    expect(nz.timeZone).toBe('Pacific/Auckland');
    expect(us.timeZone).toBe('America/New_York');
    // 12 Sep 2020: Auckland is UTC+12 (5 h ahead of Hanoi), New York UTC-4 (11 h behind).
    const hostHour = Number(detail.hostLocalStart.slice(11, 13));
    expect(Number(nz.localStart.slice(11, 13))).toBe((hostHour + 5) % 24);
    expect(Number(us.localStart.slice(11, 13))).toBe((hostHour - 11 + 24) % 24);
    expect(us.startDayOffset).toBe(hostHour < 11 ? -1 : 0);
  });

  it('finds meetings without diacritics, and people', async () => {
    const q = async (text: string) =>
      (await h.app.inject(`/api/search?q=${encodeURIComponent(text)}`)).json<{
        results: Array<{ type: string; titleVi: string; titleEn: string }>;
      }>().results;
    expect((await q('hoi nghi cap cao 37')).some((r) => r.titleVi.includes('Hội nghị Cấp cao ASEAN lần thứ 37'))).toBe(true);
    expect((await q('amm 53')).some((r) => r.type === 'meeting' && /53/.test(r.titleEn) && /AMM/.test(r.titleEn))).toBe(true);
    expect((await q('nguyen quoc dung')).some((r) => r.type === 'person' && r.titleEn === 'Nguyễn Quốc Dũng')).toBe(true);
    expect((await q('NGUYỄN quốc')).some((r) => r.titleEn === 'Nguyễn Quốc Dũng')).toBe(true);
    expect(await q('zzzz')).toEqual([]);
  });

  it('moves a status along allowed transitions only: held stays held, with the allowed ones named', async () => {
    const staff = await h.signIn('secretariat@gavel.demo');
    const held = await findMeeting('AMM', 53);
    const back = await staff.patch(`/api/meetings/${held.id}`, { status: 'planned' });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ code: 'invalid_transition', details: [{ path: 'status', message: 'held is final' }] });
    expect((await staff.patch(`/api/meetings/${held.id}`, { status: 'held', titleVi: held.titleEn })).statusCode).toBe(200);

    const created = await staff.post('/api/meetings', {
      seriesId: await staffSeriesId(staff),
      titleEn: 'Transition test',
      titleVi: 'Thử chuyển trạng thái',
      level: 'working',
      format: 'virtual',
      hostCityEn: 'Hanoi',
      hostCityVi: 'Hà Nội',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2031-03-02T02:00:00Z',
      endsAt: '2031-03-02T04:00:00Z',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const skip = await staff.patch(`/api/meetings/${id}`, { status: 'held' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'invalid_transition', details: [{ path: 'status', message: 'from planned: confirmed, postponed, cancelled' }] });
    for (const status of ['confirmed', 'in_progress', 'held']) {
      expect((await staff.patch(`/api/meetings/${id}`, { status })).json()).toMatchObject({ status });
    }
    expect((await staff.patch(`/api/meetings/${id}`, { status: 'cancelled' })).statusCode).toBe(409);
  });
  it("refuses to change a held, running or cancelled meeting's times with a 409 naming its status; a planned one moves", async () => {
    const staff = await h.signIn('secretariat@gavel.demo');
    const held = (await h.app.inject(`/api/meetings/${(await findMeeting('AMM', 53)).id}`)).json<{
      id: number;
      startsAt: string;
      endsAt: string;
      titleVi: string;
    }>();
    const later = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();
    const moved = await staff.patch(`/api/meetings/${held.id}`, { startsAt: later(held.startsAt), endsAt: later(held.endsAt) });
    expect(moved.statusCode, moved.body).toBe(409);
    expect(moved.json()).toMatchObject({
      code: 'conflict',
      details: [{ path: 'startsAt', message: expect.stringMatching(/is held: it stays at/) }, { path: 'endsAt' }],
    });
    expect((await h.app.inject(`/api/meetings/${held.id}`)).json<{ startsAt: string }>().startsAt).toBe(held.startsAt);
    // The same times again (a form sending every field) is no move.
    expect((await staff.patch(`/api/meetings/${held.id}`, { startsAt: held.startsAt, endsAt: held.endsAt, titleVi: held.titleVi })).statusCode).toBe(200);

    const make = async (title: string) => {
      const res = await staff.post('/api/meetings', {
        seriesId: await staffSeriesId(staff),
        titleEn: title,
        titleVi: title,
        level: 'working',
        format: 'virtual',
        hostCityEn: 'Hanoi',
        hostCityVi: 'Hà Nội',
        hostTimeZone: 'Asia/Ho_Chi_Minh',
        startsAt: '2031-04-02T02:00:00Z',
        endsAt: '2031-04-02T04:00:00Z',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: number }>().id;
    };
    const planned = await make('Times test planned');
    expect((await staff.patch(`/api/meetings/${planned}`, { endsAt: '2031-04-02T05:00:00Z' })).json()).toMatchObject({ endsAt: '2031-04-02T05:00:00.000Z' });
    const running = await make('Times test running');
    for (const status of ['confirmed', 'in_progress']) expect((await staff.patch(`/api/meetings/${running}`, { status })).statusCode).toBe(200);
    const late = await staff.patch(`/api/meetings/${running}`, { endsAt: '2031-04-02T06:00:00Z' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'conflict', details: [{ path: 'endsAt', message: expect.stringMatching(/is in progress/) }] });
    const cancelled = await make('Times test cancelled');
    expect((await staff.patch(`/api/meetings/${cancelled}`, { status: 'cancelled' })).statusCode).toBe(200);
    const revived = await staff.patch(`/api/meetings/${cancelled}`, { startsAt: '2031-04-03T02:00:00Z', endsAt: '2031-04-03T04:00:00Z' });
    expect(revived.statusCode).toBe(409);
    expect(revived.json()).toMatchObject({
      code: 'conflict',
      details: [{ path: 'startsAt', message: expect.stringMatching(/is cancelled/) }, { path: 'endsAt' }],
    });
  });
});
