import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

const vevents = (body: string): VEvent[] => Object.values(ical.sync.parseICS(body)).filter((e): e is VEvent => e?.type === 'VEVENT');

interface Token {
  id: number;
  delegationId: number;
  label: string | null;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface PartyFeeds {
  code: string;
  delegationId: number;
  tokens: Token[];
}

describe.each(engines)('calendar feed tokens on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let liaison: Client;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    liaison = await h.signIn('liaison.nz@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  const feeds = async (client: Client, party?: string) => {
    const res = await client.get(`/api/calendar-feeds${party ? `?party=${party}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ parties: PartyFeeds[] }>().parties;
  };

  it('lets the secretariat see every party and a liaison only its own', async () => {
    const all = await feeds(staff);
    expect(all.length).toBeGreaterThan(20);
    expect(all.map((p) => p.code)).toContain('US');
    expect((await feeds(liaison)).map((p) => p.code)).toEqual(['NZ']);
    expect(await feeds(liaison, 'US')).toEqual([]);
    const committee = await h.signIn('committee@gavel.demo');
    expect((await committee.get('/api/calendar-feeds')).statusCode).toBe(403);
    expect((await (await h.anonymous()).get('/api/calendar-feeds')).statusCode).toBe(401);
  });

  it('lets the liaison create, use and revoke its own feed; the list shows when it was made and last fetched', async () => {
    const [nz] = await feeds(liaison);
    const created = await liaison.post(`/api/delegations/${nz!.delegationId}/calendar-tokens`, { label: 'Mission calendar (Outlook)' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, url } = created.json<{ id: number; url: string }>();

    let token = (await feeds(liaison))[0]!.tokens.find((t) => t.id === id)!;
    expect(token).toMatchObject({ label: 'Mission calendar (Outlook)', createdBy: 'New Zealand Delegation Liaison', lastUsedAt: null, revokedAt: null });
    const events = (await h.app.inject(url)).body;
    expect(vevents(events).length).toBeGreaterThanOrEqual(3);
    token = (await feeds(liaison))[0]!.tokens.find((t) => t.id === id)!;
    expect(token.lastUsedAt).not.toBeNull();

    // The secretariat sees the same token under NZ.
    expect((await feeds(staff, 'NZ'))[0]!.tokens.map((t) => t.id)).toContain(id);

    const log = (await staff.get(`/api/changes?entityType=calendar_feed_token&entityId=${id}`)).json<{ events: Array<{ action: string }> }>().events;
    expect(log.map((e) => e.action)).toEqual(['create']);
    expect((await liaison.delete(`/api/calendar-tokens/${id}`)).statusCode).toBe(204);
    expect((await h.app.inject(url)).statusCode).toBe(404);
    token = (await feeds(liaison))[0]!.tokens.find((t) => t.id === id)!;
    expect(token.revokedAt).not.toBeNull();
    expect((await liaison.delete(`/api/calendar-tokens/${id}`)).statusCode).toBe(404);
  });

  it("answers a liaison about another delegation's feed as if it did not exist", async () => {
    const [us] = await feeds(staff, 'US');
    expect((await liaison.post(`/api/delegations/${us!.delegationId}/calendar-tokens`, {})).statusCode).toBe(404);
    expect((await liaison.get(`/api/delegations/${us!.delegationId}/calendar-tokens`)).statusCode).toBe(404);
    const made = (await staff.post(`/api/delegations/${us!.delegationId}/calendar-tokens`, {})).json<{ id: number }>();
    expect((await liaison.delete(`/api/calendar-tokens/${made.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/delegations/${us!.delegationId}/calendar-tokens`)).json<{ tokens: Token[] }>().tokens.map((t) => t.id)).toContain(made.id);
    expect((await staff.delete(`/api/calendar-tokens/${made.id}`)).statusCode).toBe(204);
  });
});
