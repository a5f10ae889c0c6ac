/**
 * Reference codes never let a reader count documents it may not see
 * (documents/numbering.ts, docs/decisions/documents-reference-codes.md):
 * in every series a reader sees any code of, it sees an unbroken run 1..n.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInNew } from '../helpers/accounts.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Listed {
  id: number;
  referenceCode: string;
}
interface Detail extends Listed {
  status: string;
}

/** Problems with the numbering a reader sees: each series (code without its number) must run 1..n. */
function gaps(codes: string[]): string[] {
  const bySeries = new Map<string, number[]>();
  for (const code of codes) {
    const match = /^(.*?)(\d+)$/.exec(code);
    if (!match) return [`unreadable code ${code}`];
    bySeries.set(match[1]!, [...(bySeries.get(match[1]!) ?? []), Number(match[2])]);
  }
  return [...bySeries].flatMap(([series, numbers]) => {
    const sorted = [...numbers].sort((a, b) => a - b);
    return sorted.every((n, i) => n === i + 1) ? [] : [`${series}: ${sorted.join(', ')}`];
  });
}

describe.each(engines)('reference codes on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let anonymous: Client;
  let journalist: Client;
  let liaisonNz: Client;
  let liaisonSg: Client;
  let seriesId: number;
  let partyIds: Record<string, number>;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    anonymous = await h.anonymous();
    journalist = await h.signIn('journalist@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    // A member state's liaison: it sees members' documents, which NZ's does not.
    liaisonSg = await signInNew(h, { email: 'liaison.sg@gavel.test', roles: ['delegation_liaison'], party: 'SG' });
    seriesId = (await staff.get('/api/series')).json<{ series: Array<{ id: number; code: string }> }>().series.find((s) => s.code === 'AMM')!.id;
    const parties = (await staff.get('/api/parties')).json<{ parties: Array<{ id: number; code: string }> }>().parties;
    partyIds = Object.fromEntries(parties.map((p) => [p.code, p.id]));
  });
  afterAll(async () => {
    await h?.close();
  });

  const codesSeenBy = async (client: Client, query = ''): Promise<string[]> => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 500) {
      const res = await client.get(`/api/documents?limit=500&offset=${offset}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{ total: number; documents: Listed[] }>();
      seen.push(...page.documents.map((d) => d.referenceCode));
      if (seen.length >= page.total) return seen;
    }
  };

  /** A fresh public meeting with these parties' delegations, so its series start empty. */
  const newMeeting = async (delegations: string[]) => {
    const res = await staff.post('/api/meetings', {
      seriesId,
      titleEn: 'Numbering test meeting',
      titleVi: 'Hội nghị thử đánh số',
      level: 'ministerial',
      format: 'virtual',
      hostCityEn: 'Ha Noi',
      hostCityVi: 'Hà Nội',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2020-12-01T09:00:00+07:00',
      endsAt: '2020-12-01T11:00:00+07:00',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: number }>().id;
    for (const code of delegations) {
      const added = await staff.post(`/api/meetings/${id}/delegations`, { partyId: partyIds[code], headLevel: 'minister' });
      expect(added.statusCode, added.body).toBe(201);
    }
    return id;
  };
  const register = async (actingMeetingId: number, confidentiality: string, type = 'statement') => {
    const res = await staff.post('/api/documents', {
      titleEn: `A ${confidentiality} statement`,
      titleVi: `Tuyên bố ${confidentiality}`,
      type,
      pillar: 'political_security',
      actingMeetingId,
      intendedAction: 'adopt',
      confidentiality,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Detail>();
  };
  const step = async (id: number, body: Record<string, unknown>) => {
    const res = await staff.post(`/api/documents/${id}/transitions`, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Detail>();
  };
  const adopt = async (id: number) => {
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended']) await step(id, { to });
    return step(id, { to: 'adopted' });
  };

  it('shows every reader of the demo registry an unbroken run of numbers in each series it sees', async () => {
    const all = await codesSeenBy(staff);
    // The demo hides documents from the public, so there is something to count.
    expect((await codesSeenBy(anonymous)).length).toBeLessThan(all.length);
    for (const [who, client] of [
      ['anonymous', anonymous],
      ['journalist', journalist],
      ['the NZ liaison', liaisonNz],
      ['the SG liaison', liaisonSg],
    ] as const) {
      const seen = await codesSeenBy(client);
      expect(seen.length, who).toBeGreaterThan(0);
      expect(gaps(seen), who).toEqual([]);
    }
  });

  it('numbers public documents among themselves, however many restricted ones are registered between them', async () => {
    const meeting = await newMeeting(['NZ']);
    const first = await register(meeting, 'public');
    const hidden = [await register(meeting, 'members'), await register(meeting, 'participants'), await register(meeting, 'members')];
    const second = await register(meeting, 'public');
    expect([first.referenceCode, second.referenceCode]).toEqual([`M${meeting}/ST/1`, `M${meeting}/ST/2`]);
    expect(hidden.map((d) => d.referenceCode)).toEqual([`M${meeting}/ST/M.1`, `M${meeting}/ST/P.1`, `M${meeting}/ST/M.2`]);
    expect((await codesSeenBy(anonymous, `&meeting=${meeting}`)).sort()).toEqual([`M${meeting}/ST/1`, `M${meeting}/ST/2`]);
    // NZ attends but is not a member: the participants' series, not the members'.
    expect((await codesSeenBy(liaisonNz, `&meeting=${meeting}`)).sort()).toEqual([`M${meeting}/ST/1`, `M${meeting}/ST/2`, `M${meeting}/ST/P.1`]);
    expect((await codesSeenBy(liaisonSg, `&meeting=${meeting}`)).sort()).toEqual([
      `M${meeting}/ST/1`,
      `M${meeting}/ST/2`,
      `M${meeting}/ST/M.1`,
      `M${meeting}/ST/M.2`,
    ]);
  });

  it('gives a restricted draft made public the next public number, and never gives its old one again', async () => {
    const meeting = await newMeeting([]);
    await register(meeting, 'public');
    const draft = await register(meeting, 'members');
    expect(draft.referenceCode).toBe(`M${meeting}/ST/M.1`);
    const res = await staff.patch(`/api/documents/${draft.id}`, { confidentiality: 'public' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>().referenceCode).toBe(`M${meeting}/ST/2`);
    expect((await register(meeting, 'members')).referenceCode).toBe(`M${meeting}/ST/M.2`);
    expect(gaps(await codesSeenBy(anonymous, `&meeting=${meeting}`))).toEqual([]);
    // Narrowing it again keeps the public number: everyone has seen it already.
    const narrowed = await staff.patch(`/api/documents/${draft.id}`, { confidentiality: 'members' });
    expect(narrowed.json<Detail>().referenceCode).toBe(`M${meeting}/ST/2`);
    const events = (await staff.get(`/api/changes?entityType=document&entityId=${draft.id}`)).json<{
      events: Array<{ action: string; changes: { referenceCode?: unknown } }>;
    }>().events;
    expect(events.map((e) => e.changes.referenceCode)).toContainEqual({ from: `M${meeting}/ST/M.1`, to: `M${meeting}/ST/2` });
  });

  it('numbers a document public on its outcome among the participants, then among the public when adopted', async () => {
    const meeting = await newMeeting(['NZ']);
    const pending = await register(meeting, 'public_on_outcome');
    const other = await register(meeting, 'public_on_outcome');
    expect([pending.referenceCode, other.referenceCode]).toEqual([`M${meeting}/ST/P.1`, `M${meeting}/ST/P.2`]);
    expect(await codesSeenBy(anonymous, `&meeting=${meeting}`)).toEqual([]);
    const adopted = await adopt(other.id);
    // The second to be registered, the first to be public: number 1.
    expect(adopted.referenceCode).toBe(`M${meeting}/ST/1`);
    expect(await codesSeenBy(anonymous, `&meeting=${meeting}`)).toEqual([`M${meeting}/ST/1`]);
    expect(gaps(await codesSeenBy(liaisonNz, `&meeting=${meeting}`))).toEqual([]);
    // The public finds it by its new code, not by the old one.
    expect(await codesSeenBy(anonymous, `&q=${encodeURIComponent(`M${meeting}/ST/1`)}`)).toContain(`M${meeting}/ST/1`);
  });

  it("gives a participants' draft deferred to another meeting that meeting's next participants' number", async () => {
    const from = await newMeeting(['NZ']);
    const to = await newMeeting(['US']);
    const draft = await register(from, 'participants');
    await step(draft.id, { to: 'circulated' });
    const deferred = await step(draft.id, { to: 'deferred', deferToMeetingId: to });
    expect(deferred.referenceCode).toBe(`M${to}/ST/P.1`);
    // A members' draft moves without a new code: members see every members' document wherever it acts.
    const members = await register(from, 'members');
    await step(members.id, { to: 'circulated' });
    expect((await step(members.id, { to: 'deferred', deferToMeetingId: to })).referenceCode).toBe(members.referenceCode);
  });
});
