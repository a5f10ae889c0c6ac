/**
 * The resource rules (src/server/auth/policies): which meetings a reader
 * sees — the host's internal ones only for its insiders, a delegation's own
 * for its liaison — wherever a meeting shows, and "a liaison, for its own
 * delegation" for feeds, burden and nominations.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingClusters, parties } from '../../src/server/db/schema.js';
import { scheduleLedger } from '../../src/server/scheduling/schema.js';
import { signInNew } from '../helpers/accounts.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Summary {
  id: number;
  seriesCode: string;
  edition: number | null;
  isPublic: boolean;
}

describe.each(engines)('resource rules on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let committee: Client;
  let focal: Client;
  let liaisonNz: Client;
  let liaisonUs: Client;
  let press: Client;
  let anonymous: Client;
  let partyIds: Record<string, number>;
  let nc6: number;
  let nzInternal: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    committee = await h.signIn('committee@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    press = await h.signIn('press@gavel.demo');
    anonymous = await h.anonymous();
    liaisonUs = await signInNew(h, { email: 'liaison.us@gavel.test', roles: ['delegation_liaison'], party: 'US' });
    const rows = await h.database.db.select({ id: parties.id, code: parties.code }).from(parties);
    partyIds = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    nc6 = (await staff.get('/api/meetings?series=NC')).json<{ meetings: Summary[] }>().meetings.find((m) => m.edition === 6)!.id;

    // An internal meeting New Zealand takes part in: its liaison's to see, no one else's outside the host.
    const series = (await staff.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>().series;
    const created = await staff.post('/api/meetings', {
      seriesId: series.find((s) => s.code === 'AMM')!.id,
      titleEn: 'Consultation with New Zealand on the Plan of Action (internal)',
      titleVi: 'Tham vấn với Niu Di-lân về Kế hoạch hành động (nội bộ)',
      level: 'senior_officials',
      format: 'virtual',
      hostCityEn: 'Ha Noi',
      hostCityVi: 'Hà Nội',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2020-09-15T09:00:00+07:00',
      endsAt: '2020-09-15T10:00:00+07:00',
      isPublic: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    nzInternal = created.json<{ id: number }>().id;
    expect((await staff.post(`/api/meetings/${nzInternal}/delegations`, { partyId: partyIds.NZ, headLevel: 'senior_official' })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await h?.close();
  });

  const listed = async (client: Client, query = 'year=2020') =>
    (await client.get(`/api/meetings?${query}`)).json<{ meetings: Summary[] }>().meetings.map((m) => m.id);
  const searched = async (client: Client, q: string) =>
    (await client.get(`/api/search?q=${encodeURIComponent(q)}`))
      .json<{ results: Array<{ type: string; id: number | string }> }>()
      .results.filter((r) => r.type === 'meeting')
      .map((r) => r.id);

  describe("the host's internal meetings", () => {
    it('are shown to the insiders who keep internal visibility', async () => {
      for (const client of [staff, committee, focal, await h.signIn('admin@gavel.demo')]) {
        expect(await listed(client)).toEqual(expect.arrayContaining([nc6, nzInternal]));
        expect((await client.get(`/api/meetings/${nc6}`)).statusCode).toBe(200);
        expect((await client.get(`/api/meetings/${nc6}/calendar.ics`)).statusCode).toBe(200);
        expect(await searched(client, 'National Committee')).toContain(nc6);
      }
    });

    it('are answered as absent to liaisons, press officers, journalists and visitors, wherever a meeting shows', async () => {
      const minh = (await staff.get('/api/people'))
        .json<{ people: Array<{ id: number; fullName: string }> }>()
        .people.find((p) => p.fullName === 'Phạm Bình Minh')!.id;
      // What staff see, so that the absences below are of something that is there.
      const chairedByStaff = (await staff.get(`/api/people/${minh}`)).json<{ chaired: Summary[] }>().chaired.map((m) => m.id);
      expect(chairedByStaff).toContain(nc6);
      for (const [who, client] of [
        ['NZ liaison', liaisonNz],
        ['press officer', press],
        ['journalist', await h.signIn('journalist@gavel.demo')],
        ['anonymous', anonymous],
      ] as const) {
        expect(await listed(client, 'series=NC'), who).toEqual([]);
        expect((await client.get(`/api/meetings/${nc6}`)).statusCode, who).toBe(404);
        expect((await client.get(`/api/meetings/${nc6}/calendar.ics`)).statusCode, who).toBe(404);
        expect((await client.get(`/api/meetings/${nc6}/outcomes`)).statusCode, who).toBe(404);
        expect((await client.get(`/api/portal/meetings/${nc6}`)).statusCode, who).toBe(404);
        expect(await searched(client, 'National Committee'), who).toEqual([]);
        const chaired = (await client.get(`/api/people/${minh}`)).json<{ chaired: Summary[] }>().chaired.map((m) => m.id);
        expect(chaired, who).not.toContain(nc6);
        expect(chaired.length, who).toBeGreaterThan(0);
      }
    });

    it("show a delegation's own internal meetings to its liaison, and to no other delegation", async () => {
      expect(await listed(liaisonNz)).toContain(nzInternal);
      expect((await liaisonNz.get(`/api/meetings/${nzInternal}`)).statusCode).toBe(200);
      expect((await liaisonNz.get(`/api/meetings/${nzInternal}/calendar.ics`)).statusCode).toBe(200);
      expect(await searched(liaisonNz, 'Consultation with New Zealand')).toEqual([nzInternal]);
      const nzPage = (await liaisonNz.get('/api/parties/NZ')).json<{ meetings: Summary[] }>().meetings.map((m) => m.id);
      expect(nzPage).toContain(nzInternal);
      for (const [who, client] of [
        ['US liaison', liaisonUs],
        ['press officer', press],
        ['anonymous', anonymous],
      ] as const) {
        expect(await listed(client), who).not.toContain(nzInternal);
        expect((await client.get(`/api/meetings/${nzInternal}`)).statusCode, who).toBe(404);
        expect(await searched(client, 'Consultation with New Zealand'), who).toEqual([]);
        expect(
          (await client.get('/api/parties/NZ')).json<{ meetings: Summary[] }>().meetings.map((m) => m.id),
          who,
        ).not.toContain(nzInternal);
      }
    });

    it('hide the documents that act at them, whatever their confidentiality', async () => {
      const res = await staff.post('/api/documents', {
        titleEn: 'Talking points for the consultation',
        titleVi: 'Đề cương phát biểu cho cuộc tham vấn',
        type: 'other',
        pillar: 'cross_pillar',
        actingMeetingId: nzInternal,
        intendedAction: 'note',
        confidentiality: 'public',
      });
      expect(res.statusCode, res.body).toBe(201);
      const doc = res.json<{ id: number }>().id;
      expect((await liaisonNz.get(`/api/documents/${doc}`)).statusCode).toBe(200);
      expect((await committee.get(`/api/documents/${doc}`)).statusCode).toBe(200);
      for (const client of [anonymous, press, liaisonUs]) {
        expect((await client.get(`/api/documents/${doc}`)).statusCode).toBe(404);
        expect((await client.get(`/api/documents?meeting=${nzInternal}`)).json<{ total: number }>().total).toBe(0);
      }
    });

    it("stay out of a delegation's subscribed feed unless the delegation attends them", async () => {
      const [nz] = (await liaisonNz.get('/api/calendar-feeds')).json<{ parties: Array<{ delegationId: number }> }>().parties;
      const created = await liaisonNz.post(`/api/delegations/${nz!.delegationId}/calendar-tokens`, { label: 'test' });
      expect(created.statusCode, created.body).toBe(201);
      const feed = await anonymous.get(created.json<{ url: string }>().url);
      expect(feed.statusCode).toBe(200);
      expect(feed.body).toContain(`UID:meeting-${nzInternal}@`);
      expect(feed.body).not.toContain(`UID:meeting-${nc6}@`);
    });
  });

  describe('a liaison, for its own delegation', () => {
    it("reads its own delegation's burden in the fairness ledger, and no one else's", async () => {
      const [cluster] = await h.database.db.select({ id: meetingClusters.id }).from(meetingClusters).limit(1);
      // The demo accepts 2020's held schedules; this test sets the year's ledger itself.
      await h.database.db.delete(scheduleLedger).where(eq(scheduleLedger.year, 2020));
      await h.database.db.insert(scheduleLedger).values([
        { year: 2020, clusterId: cluster!.id, partyId: partyIds.NZ!, burden: 120 },
        { year: 2020, clusterId: cluster!.id, partyId: partyIds.US!, burden: 480 },
      ]);
      const codes = async (client: Client) =>
        (await client.get('/api/schedule/ledger?year=2020')).json<{ delegations: Array<{ partyCode: string; total: number }> }>().delegations;
      expect((await codes(staff)).map((d) => d.partyCode).sort()).toEqual(['NZ', 'US']);
      expect(await codes(liaisonNz)).toEqual([expect.objectContaining({ partyCode: 'NZ', total: 120 })]);
      expect(await codes(liaisonUs)).toEqual([expect.objectContaining({ partyCode: 'US', total: 480 })]);
      // A liaison of no delegation reads an empty ledger; other roles may not read it.
      const partyless = await signInNew(h, { email: 'liaison.none@gavel.test', roles: ['delegation_liaison'] });
      expect(await codes(partyless)).toEqual([]);
      for (const client of [committee, focal, press, await h.signIn('journalist@gavel.demo')]) {
        expect((await client.get('/api/schedule/ledger?year=2020')).statusCode).toBe(403);
      }
      await h.database.db.delete(scheduleLedger).where(eq(scheduleLedger.year, 2020));
    });

    it('opens neither the workbench nor the optimizer', async () => {
      const [cluster] = await h.database.db.select({ id: meetingClusters.id }).from(meetingClusters).limit(1);
      expect((await liaisonNz.get(`/api/schedule/clusters/${cluster!.id}`)).statusCode).toBe(403);
      expect((await liaisonNz.post('/api/schedule/optimize', { clusterId: cluster!.id })).statusCode).toBe(403);
      expect((await liaisonNz.post('/api/schedule/slots', { clusterId: cluster!.id, meetingId: 1 })).statusCode).toBe(403);
      expect((await committee.get(`/api/schedule/clusters/${cluster!.id}`)).statusCode).toBe(403);
      expect((await staff.get(`/api/schedule/clusters/${cluster!.id}`)).statusCode).toBe(200);
    });

    it("manages only its own delegation's feed tokens: another's look like nothing at all", async () => {
      const [us] = (await staff.get('/api/calendar-feeds?party=US')).json<{ parties: Array<{ delegationId: number }> }>().parties;
      const made = await staff.post(`/api/delegations/${us!.delegationId}/calendar-tokens`, { label: 'US mission' });
      expect(made.statusCode).toBe(201);
      const token = made.json<{ id: number }>().id;
      expect((await liaisonNz.get(`/api/delegations/${us!.delegationId}/calendar-tokens`)).statusCode).toBe(404);
      expect((await liaisonNz.post(`/api/delegations/${us!.delegationId}/calendar-tokens`, {})).statusCode).toBe(404);
      expect((await liaisonNz.delete(`/api/calendar-tokens/${token}`)).statusCode).toBe(404);
      expect((await liaisonNz.get('/api/calendar-feeds?party=US')).json<{ parties: unknown[] }>().parties).toEqual([]);
      expect((await liaisonUs.delete(`/api/calendar-tokens/${token}`)).statusCode).toBe(204);
    });

    it("sees and acts on its own delegation's nominations only", async () => {
      const all = (await staff.get('/api/delegates/nominations')).json<{ nominations: Array<{ id: number; partyCode: string }> }>().nominations;
      const sg = all.find((n) => n.partyCode === 'SG')!;
      const nz = all.find((n) => n.partyCode === 'NZ')!;
      expect((await liaisonNz.get(`/api/delegates/nominations/${nz.id}`)).statusCode).toBe(200);
      for (const url of [`/api/delegates/nominations/${sg.id}`, `/api/delegates/nominations/${sg.id}/photo`, `/api/delegates/nominations/${sg.id}/badge.pdf`]) {
        expect((await liaisonNz.get(url)).statusCode, url).toBe(404);
      }
      expect((await liaisonNz.post(`/api/delegates/nominations/${sg.id}/withdraw`, { reason: 'not ours' })).statusCode).toBe(404);
      expect((await liaisonNz.get(`/api/delegates/delegation?partyId=${partyIds.SG}`)).statusCode).toBe(403);
      const mine = (await liaisonNz.get('/api/delegates/nominations')).json<{ nominations: Array<{ partyCode: string }> }>().nominations;
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((n) => n.partyCode === 'NZ')).toBe(true);
    });
  });

  it("lets a focal point change its own bodies' tasks only", async () => {
    const mine = (await focal.get('/api/tasks?mine=true')).json<{ tasks: Array<{ id: number; body: { id: number } }> }>().tasks;
    const all = (await focal.get('/api/tasks')).json<{ tasks: Array<{ id: number; body: { id: number } }> }>().tasks;
    const other = all.find((t) => !mine.some((m) => m.body.id === t.body.id))!;
    expect((await focal.post(`/api/tasks/${mine[0]!.id}/comments`, { body: 'Đã gửi' })).statusCode).toBe(201);
    expect((await focal.post(`/api/tasks/${other.id}/comments`, { body: 'x' })).statusCode).toBe(403);
    expect((await focal.patch(`/api/tasks/${other.id}`, { status: 'done' })).statusCode).toBe(403);
  });
});
