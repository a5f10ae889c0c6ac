/**
 * Calendars that update (issue 17 item 5, issue 19): each change a calendar
 * shows makes a new revision of the event — SEQUENCE grows, LAST-MODIFIED and
 * DTSTAMP move on — whether it comes from editing the meeting or from the
 * scheduler; a cancelled meeting stays in the feed as STATUS:CANCELLED. The
 * feeds are read with ical.js, the parser of Thunderbird.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { newMeeting } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { parseCalendar, type ParsedEvent } from '../helpers/ical.js';
import { clientRequests, copyAmm53, inCopy } from '../helpers/amm53-copy.js';

interface ClusterView {
  meetings: Array<{ id: number; titleEn: string; startsAt: string; durationMinutes: number }>;
}

describe.each(engines)('calendar revisions on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let clusterId: number;
  let copyId: number;

  beforeAll(async () => {
    h = await startHarness(engine, { config: { publicUrl: 'https://gavel.example.org' } });
    staff = await h.signIn('secretariat@gavel.demo');
    const clusters = (await h.app.inject('/api/clusters')).json<{ clusters: Array<{ id: number; titleEn: string }> }>().clusters;
    clusterId = clusters.find((c) => c.titleEn.startsWith('53rd AMM'))!.id;
    // The demo's AMM-53 meetings were held in 2020 and stay where they are: the scheduler moves a copy still to come.
    copyId = await copyAmm53(clientRequests(staff));
  });
  afterAll(async () => {
    await h?.close();
  });

  const eventOf = async (meetingId: number): Promise<ParsedEvent> => {
    const res = await staff.get(`/api/meetings/${meetingId}/calendar.ics`);
    expect(res.statusCode, res.body).toBe(200);
    const { events } = parseCalendar(res.body);
    expect(events).toHaveLength(1);
    return events[0]!;
  };
  const clusterEvents = async (id = clusterId) => {
    const res = await staff.get(`/api/clusters/${id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    return new Map(parseCalendar(res.body).events.map((e) => [e.uid, e]));
  };
  const uid = (id: number) => `meeting-${id}@gavel.example.org`;
  const view = async (id = clusterId) => (await staff.get(`/api/schedule/clusters/${id}`)).json<ClusterView>();

  /**
   * The revision after a change made at `changedAt` (or later): one more, and
   * stamped no earlier than the change (iCalendar keeps whole seconds).
   */
  const expectNewRevision = (before: ParsedEvent, after: ParsedEvent, changedAt: number) => {
    const second = Math.floor(changedAt / 1000) * 1000;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(before.stamp!.getTime()).toBeLessThanOrEqual(changedAt);
    expect(after.stamp!.getTime()).toBeGreaterThanOrEqual(second);
    expect(after.lastModified!.getTime()).toBeGreaterThanOrEqual(second);
  };

  it('gives each event a UID of this installation, a SEQUENCE, DTSTAMP and LAST-MODIFIED', async () => {
    const [m] = (await view()).meetings;
    const e = await eventOf(m!.id);
    expect(e.uid).toBe(uid(m!.id));
    expect(e.sequence).toBe(0);
    expect(e.stamp).toBeInstanceOf(Date);
    expect(e.lastModified!.getTime()).toBe(e.stamp!.getTime());
    expect(e.start.toISOString()).toBe(new Date(m!.startsAt).toISOString());
  });

  it('makes a new revision when the meeting is rescheduled by PATCH, and none for a change the event does not show', async () => {
    // A planned meeting outside the cluster (a held one's times are history: they cannot change), so the scheduler's tests below find the cluster as the demo has it.
    const series = (await h.app.inject('/api/series')).json<{ series: Array<{ id: number }> }>().series;
    const m = await newMeeting<{ id: number; titleEn: string }>(staff, series[0]!.id, {
      startsAt: '2031-05-10T08:00:00+07:00',
      endsAt: '2031-05-10T09:00:00+07:00',
    });
    const before = await eventOf(m.id);
    const changedAt = Date.now();
    const startsAt = new Date(before.start.getTime() + 3_600_000);
    const endsAt = new Date(before.end.getTime() + 3_600_000);
    const res = await staff.patch(`/api/meetings/${m.id}`, { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    const after = await eventOf(m.id);
    expectNewRevision(before, after, changedAt);
    expect(after.start.toISOString()).toBe(startsAt.toISOString());
    expect(after.end.toISOString()).toBe(endsAt.toISOString());

    // The same times again, and a field no event shows: the revision stays.
    expect((await staff.patch(`/api/meetings/${m.id}`, { startsAt: startsAt.toISOString(), level: 'senior_officials' })).statusCode).toBe(200);
    expect((await eventOf(m.id)).sequence).toBe(after.sequence);

    // A new title is a new revision too.
    expect((await staff.patch(`/api/meetings/${m.id}`, { titleEn: `${m.titleEn} (resumed)` })).statusCode).toBe(200);
    const retitled = await eventOf(m.id);
    expect(retitled.sequence).toBe(after.sequence + 1);
    expect(retitled.summary).toBe(`${m.titleEn} (resumed)`);
  });

  it('makes a new revision when the scheduler moves a meeting, and only for the meetings it moved', async () => {
    const { meetings } = await view(copyId);
    const wps = meetings.find((m) => m.titleEn.includes("Women's Role"))!;
    const before = await clusterEvents(copyId);
    // 13:00 Hanoi on 12 Sep, after the ARF: the chair is free.
    const to = inCopy('2020-09-12T06:00:00.000Z');
    const changedAt = Date.now();
    const res = await staff.post(`/api/schedule/clusters/${copyId}/move`, { meetingId: wps.id, startsAt: to });
    expect(res.statusCode, res.body).toBe(200);
    const after = await clusterEvents(copyId);
    expectNewRevision(before.get(uid(wps.id))!, after.get(uid(wps.id))!, changedAt);
    expect(after.get(uid(wps.id))!.start.toISOString()).toBe(to);
    for (const m of meetings.filter((x) => x.id !== wps.id)) expect(after.get(uid(m.id))!.sequence).toBe(before.get(uid(m.id))!.sequence);
  });

  it('makes a new revision for each meeting an accepted schedule moves', async () => {
    const optimized = await staff.post('/api/schedule/optimize', { clusterId: copyId, solver: 'heuristic' });
    expect(optimized.statusCode, optimized.body).toBe(200);
    const { starts } = optimized.json<{ result: { starts: Record<string, string> } }>().result;
    const before = await clusterEvents(copyId);
    const changedAt = Date.now();
    const accepted = await staff.post('/api/schedule/accept', { clusterId: copyId, starts });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { moved } = accepted.json<{ moved: number }>();
    expect(moved).toBeGreaterThan(0);
    const after = await clusterEvents(copyId);
    let bumped = 0;
    for (const [id, start] of Object.entries(starts)) {
      const was = before.get(uid(Number(id)))!;
      const now = after.get(uid(Number(id)))!;
      expect(now.start.toISOString()).toBe(new Date(start).toISOString());
      if (was.start.getTime() === now.start.getTime()) expect(now.sequence).toBe(was.sequence);
      else {
        expectNewRevision(was, now, changedAt);
        bumped++;
      }
    }
    expect(bumped).toBe(moved);
  });

  it('publishes a cancelled meeting as STATUS:CANCELLED instead of dropping it', async () => {
    // A meeting still to come in the cluster: a held meeting is final and cannot be cancelled.
    const series = (await h.app.inject('/api/series')).json<{ series: Array<{ id: number }> }>().series;
    const m = await newMeeting(staff, series[0]!.id, { clusterId, startsAt: '2020-09-10T08:00:00+07:00', endsAt: '2020-09-10T09:00:00+07:00' });
    const before = await eventOf(m.id);
    expect(before.status).not.toBe('CANCELLED');
    const changedAt = Date.now();
    expect((await staff.patch(`/api/meetings/${m.id}`, { status: 'cancelled' })).statusCode).toBe(200);
    const after = await eventOf(m.id);
    expectNewRevision(before, after, changedAt);
    expect(after.status).toBe('CANCELLED');
    const anonymous = await h.anonymous();
    const publicFeed = parseCalendar((await anonymous.get(`/api/clusters/${clusterId}/calendar.ics`)).body);
    expect(publicFeed.events.find((e) => e.uid === uid(m.id))?.status).toBe('CANCELLED');
  });
});
