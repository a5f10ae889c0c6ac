/**
 * The meeting room: the chair's sitting and agenda items, the lists of
 * speakers (protocol order, points of order, the chair's order, closing),
 * the refusals a liaison can meet, the change log, and the live stream's
 * audiences for the room's changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/http/types.js';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Client, type Harness } from '../helpers/harness.js';
import { httpSignIn, openStream, type Stream } from '../helpers/sse.js';

interface Speaker {
  id: number;
  delegation: { id: number; party: { code: string } };
  kind: string;
  state: string;
  place: number | null;
  timeLimitSeconds: number;
  startedAt: string | null;
}
interface Item {
  id: number;
  state: string;
  listClosed: boolean;
  speakingSeconds: number;
  speakers: Speaker[];
}
interface Room {
  meeting: { status: string; startedAt: string | null; suspendedAt: string | null };
  currentItemId: number | null;
  items: Item[];
  delegations: Array<{ id: number; party: { code: string } }>;
  ownDelegationId: number | null;
}

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

describe.each(engines)('the meeting room on %s', (engine) => {
  let h: Harness;
  let base: string;
  let staff: Client;
  let nz: Client;
  let meetingId: number;
  let items: number[];
  const del = new Map<string, number>();
  const streams: Stream[] = [];

  const room = async (client: Client = staff) => (await client.get(`/api/meetings/${meetingId}/room`)).json<Room>();
  const item = async (i: number, client: Client = staff) => (await room(client)).items.find((x) => x.id === items[i])!;
  const ask = (client: Client, i: number, body: object = {}) => client.post(`/api/agenda-items/${items[i]}/speakers`, body);
  const step = (i: number, action: string) => staff.post(`/api/agenda-items/${items[i]}/steps`, { action });
  const sitting = (action: string) => staff.post(`/api/meetings/${meetingId}/room/sitting`, { action });

  beforeAll(async () => {
    h = await startHarness(engine);
    base = await listen(h.app);
    staff = await h.signIn('secretariat@gavel.demo');
    nz = await h.signIn('liaison.nz@gavel.demo');
    const { series } = (await staff.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>();
    const created = await staff.post('/api/meetings', {
      seriesId: series.find((s) => s.code === 'ARF')!.id,
      titleEn: 'ARF special session on the room',
      titleVi: 'Phiên đặc biệt ARF',
      level: 'ministerial',
      format: 'virtual',
      status: 'confirmed',
      isPublic: false,
      hostCityEn: 'Hanoi',
      hostCityVi: 'Hà Nội',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2031-07-01T02:00:00Z',
      endsAt: '2031-07-01T05:00:00Z',
    });
    expect(created.statusCode).toBe(201);
    meetingId = created.json<{ id: number }>().id;
    const { parties } = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>();
    const levels: Record<string, string> = { NZ: 'minister', VN: 'head_of_state_or_government', AU: 'ambassador', US: 'minister' };
    for (const [code, headLevel] of Object.entries(levels)) {
      const res = await staff.post(`/api/meetings/${meetingId}/delegations`, { partyId: parties.find((p) => p.code === code)!.id, headLevel });
      expect(res.statusCode).toBe(201);
    }
    for (const d of (await room()).delegations) del.set(d.party.code, d.id);
    for (const titleEn of ['Opening', 'Regional security']) {
      expect((await staff.post(`/api/meetings/${meetingId}/agenda-items`, { titleEn, titleVi: titleEn })).statusCode).toBe(201);
    }
    items = (await room()).items.map((i) => i.id);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await h?.close();
  });

  it('refuses the floor before the meeting is in progress, naming the reason', async () => {
    const res = await ask(nz, 0);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'meeting_not_in_progress', details: [{ path: 'meeting', message: 'the meeting is confirmed' }] });
  });

  it('starts the sitting (confirmed → in progress) and opens an item, one at a time', async () => {
    const started = await sitting('start');
    expect(started.statusCode).toBe(200);
    expect(started.json<Room>().meeting).toMatchObject({ status: 'in_progress' });
    expect(started.json<Room>().meeting.startedAt).not.toBeNull();
    expect((await sitting('start')).json()).toMatchObject({ code: 'invalid_transition' });
    expect((await step(0, 'open')).json<Room>().currentItemId).toBe(items[0]);
    const second = (await step(1, 'open')).json<Room>();
    expect(second.currentItemId).toBe(items[1]);
    expect(second.items[0]!.state).toBe('closed');
    expect((await step(0, 'suspend')).json()).toMatchObject({ code: 'invalid_transition', details: [{ path: 'action', message: 'allowed: open' }] });
  });

  it('lets the liaison ask for its own delegation, once, and places it by protocol', async () => {
    const own = await ask(nz, 1);
    expect(own.statusCode).toBe(201);
    expect(own.json<Room>().ownDelegationId).toBe(del.get('NZ'));
    const twice = await ask(nz, 1, { delegationId: del.get('NZ') });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'already_on_list', details: [{ path: 'delegationId' }] });
    const other = await ask(nz, 1, { delegationId: del.get('AU') });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'not_own_delegation', details: [{ path: 'delegationId' }] });
    expect((await ask(staff, 1)).json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'delegationId' }] });

    for (const code of ['AU', 'VN', 'US']) expect((await ask(staff, 1, { delegationId: del.get(code) })).statusCode).toBe(201);
    const order = (await item(1)).speakers.map((s) => `${s.place}:${s.delegation.party.code}`);
    // Head of government first, then ministers by request time, then the ambassador.
    expect(order).toEqual(['1:VN', '2:NZ', '3:US', '4:AU']);
  });

  it('puts a point of order, then a right of reply, ahead of every speech; the chair may reorder speeches', async () => {
    await ask(staff, 1, { delegationId: del.get('AU'), kind: 'right_of_reply' });
    await ask(staff, 1, { delegationId: del.get('US'), kind: 'point_of_order' });
    let list = (await item(1)).speakers;
    expect(list.map((s) => `${s.delegation.party.code}/${s.kind}`)).toEqual([
      'US/point_of_order',
      'AU/right_of_reply',
      'VN/speech',
      'NZ/speech',
      'US/speech',
      'AU/speech',
    ]);
    const speeches = list.filter((s) => s.kind === 'speech').map((s) => s.id);
    const chairOrder = [speeches[3]!, speeches[1]!, speeches[0]!, speeches[2]!];
    expect((await staff.request('PUT', `/api/agenda-items/${items[1]}/speakers/order`, { speakerIds: chairOrder.slice(1) })).json()).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'speakerIds' }],
    });
    expect((await staff.request('PUT', `/api/agenda-items/${items[1]}/speakers/order`, { speakerIds: chairOrder })).statusCode).toBe(200);
    list = (await item(1)).speakers;
    expect(list.map((s) => s.delegation.party.code)).toEqual(['US', 'AU', 'AU', 'NZ', 'VN', 'US']);
  });

  it('gives the floor with the time limit, ends the speaker before, and lets a liaison withdraw its own only', async () => {
    expect((await staff.patch(`/api/agenda-items/${items[1]}`, { speakingSeconds: 120 })).statusCode).toBe(200);
    const [first, second] = (await item(1)).speakers;
    const given = (await staff.post(`/api/speakers/${first!.id}/steps`, { action: 'give_floor' })).json<Room>();
    const speaking = given.items[1]!.speakers[0]!;
    expect(speaking).toMatchObject({ id: first!.id, state: 'speaking', timeLimitSeconds: 120, place: null });
    expect(speaking.startedAt).not.toBeNull();
    await staff.post(`/api/speakers/${second!.id}/steps`, { action: 'give_floor' });
    const after = (await item(1)).speakers;
    expect(after.find((s) => s.id === first!.id)!.state).toBe('done');
    expect(after.find((s) => s.id === second!.id)!.state).toBe('speaking');

    const au = after.find((s) => s.delegation.party.code === 'AU' && s.state === 'waiting')!;
    expect((await nz.post(`/api/speakers/${au.id}/withdraw`)).json()).toMatchObject({ code: 'not_own_delegation' });
    const own = after.find((s) => s.delegation.party.code === 'NZ')!;
    expect((await nz.post(`/api/speakers/${own.id}/withdraw`)).json<Room>().items[1]!.speakers.find((s) => s.id === own.id)!.state).toBe('withdrawn');
    expect((await nz.post(`/api/speakers/${own.id}/withdraw`)).json()).toMatchObject({
      code: 'invalid_transition',
      details: [{ path: 'action', message: 'none' }],
    });
    expect((await ask(nz, 1)).statusCode).toBe(201);
  });

  it('closes the list to speeches (points of order still come), suspends and closes the sitting: held', async () => {
    expect((await step(1, 'close_list')).json<Room>().items[1]!.listClosed).toBe(true);
    await nz.post(`/api/speakers/${(await item(1)).speakers.find((s) => s.delegation.party.code === 'NZ' && s.state === 'waiting')!.id}/withdraw`);
    const closed = await ask(nz, 1);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'list_closed', details: [{ path: 'kind' }] });
    expect((await ask(nz, 1, { kind: 'point_of_order' })).statusCode).toBe(201);

    expect((await sitting('suspend')).json<Room>().meeting.suspendedAt).not.toBeNull();
    const waiting = (await item(1)).speakers.find((s) => s.state === 'waiting')!;
    expect((await staff.post(`/api/speakers/${waiting.id}/steps`, { action: 'give_floor' })).json()).toMatchObject({
      code: 'meeting_not_in_progress',
      details: [{ message: 'the sitting is suspended' }],
    });
    expect((await sitting('resume')).json<Room>().meeting.suspendedAt).toBeNull();

    const done = (await sitting('close')).json<Room>();
    expect(done.meeting.status).toBe('held');
    expect(done.currentItemId).toBeNull();
    expect(done.items[1]!.speakers.some((s) => s.state === 'speaking')).toBe(false);
    expect((await staff.patch(`/api/meetings/${meetingId}`, { status: 'in_progress' })).json()).toMatchObject({
      code: 'invalid_transition',
      details: [{ path: 'status', message: 'held is final' }],
    });
    expect((await ask(nz, 1, { kind: 'point_of_order' })).json()).toMatchObject({ code: 'meeting_not_in_progress' });
  });

  it('records every step in the change log with its time', async () => {
    const log = (await staff.get('/api/changes?entityType=speaker&limit=200')).json<{
      events: Array<{ entityType: string; action: string; changes: Record<string, unknown> }>;
    }>();
    expect(log.events.length).toBeGreaterThanOrEqual(10);
    expect(log.events.every((e) => typeof e.changes.at === 'string')).toBe(true);
    expect(log.events.some((e) => (e.changes.state as { to?: string } | undefined)?.to === 'speaking')).toBe(true);
  });

  it("shows a private meeting's room to its participants and staff only, and streams its changes to them only", async () => {
    const journalist = await h.signIn('journalist@gavel.demo');
    expect((await journalist.get(`/api/meetings/${meetingId}/room`)).statusCode).toBe(404);
    expect((await (await h.anonymous()).get(`/api/meetings/${meetingId}/room`)).statusCode).toBe(404);
    expect((await journalist.post(`/api/agenda-items/${items[0]}/speakers`, {})).statusCode).toBe(403);

    // A new sitting of another meeting, public, and this one's agenda grows: who hears what.
    const nzStream = await openStream(base, { cookie: await httpSignIn(base, 'liaison.nz@gavel.demo', DEMO_PASSWORD) });
    const journalistStream = await openStream(base, { cookie: await httpSignIn(base, 'journalist@gavel.demo', DEMO_PASSWORD) });
    streams.push(nzStream, journalistStream);
    const added = await staff.post(`/api/meetings/${meetingId}/agenda-items`, { titleEn: 'Any other business', titleVi: 'Các vấn đề khác' });
    const newItem = added.json<Room>().items.at(-1)!.id;
    await nzStream.next((m) => m.data.includes(`"type":"agenda_item","id":${newItem},`) && m.data.includes(`"parent":{"type":"meeting","id":${meetingId}}`));
    await staff.patch(`/api/meetings/${meetingId}`, { isPublic: true });
    const marker = `"type":"meeting","id":${meetingId},`;
    await journalistStream.next((m) => m.data.includes(marker));
    expect(journalistStream.changes().some((c) => c.type === 'agenda_item' && c.id === newItem)).toBe(false);
    expect((await journalist.get(`/api/meetings/${meetingId}/room`)).statusCode).toBe(200);
  });
});
