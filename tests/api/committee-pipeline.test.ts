import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/server/committee/core/dates.js';
import { readinessDashboard } from '../../src/server/committee/dashboard.js';
import { demoRefs } from '../../src/server/demo/refs.js';
import { engines } from '../helpers/database.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Pipeline {
  funnel: Array<{ stage: string; count: number }>;
  concluded: { adopted: number; noted: number; issued: number };
  apart: { deferred: number; withdrawn: number };
  total: number;
}

const stages = ['draft', 'circulated', 'under_negotiation', 'under_silence', 'agreed_ad_referendum', 'recommended', 'concluded'];
const counts = (p: Pipeline) => Object.fromEntries(p.funnel.map((s) => [s.stage, s.count]));

describe.each(engines)('the documents pipeline on the readiness dashboard on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let member: Client;
  let summit37: number;
  let amm54: number;

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    member = await h.signIn('committee@gavel.demo');
    const refs = demoRefs(h.database.db);
    summit37 = await refs.meeting('summit-37');
    amm54 = await refs.meeting('amm-54');
  });
  afterAll(async () => {
    await h?.close();
  });

  const pipeline = async (meeting = 'summit-37', asOf = '2020-11-20') => {
    const res = await member.get(`/api/committee/dashboard?meeting=${meeting}&asOf=${asOf}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ documentsPipeline: Pipeline }>().documentsPipeline;
  };

  it('counts the 37th Summit documents of the demo by workflow state, in pipeline order', async () => {
    const p = await pipeline();
    expect(p.funnel.map((s) => s.stage)).toEqual(stages);
    // 3 named documents (2 adopted, 1 issued) and 24 generic ones (13 adopted, 9 noted, 2 issued).
    expect(counts(p)).toEqual({ draft: 0, circulated: 0, under_negotiation: 0, under_silence: 0, agreed_ad_referendum: 0, recommended: 0, concluded: 27 });
    expect(p.concluded).toEqual({ adopted: 15, noted: 9, issued: 3 });
    expect(p.apart).toEqual({ deferred: 0, withdrawn: 0 });
    expect(p.total).toBe(27);

    // The 54th AMM's documents are still on their way; the withdrawn one stands apart.
    const amm = await pipeline('amm-54', todayIn());
    expect(counts(amm)).toMatchObject({ draft: 1, circulated: 1, under_negotiation: 1, concluded: 0 });
    expect(amm.apart.withdrawn).toBe(1);
  });

  it('shows each document in the state it was in at the end of the day asked', async () => {
    // The demo's 37th Summit documents moved a step a week up to the opening on 12 Nov 2020.
    const weekBefore = await pipeline('summit-37', '2020-11-05');
    expect(weekBefore.total).toBe(27);
    expect(counts(weekBefore)).toMatchObject({ recommended: 27, concluded: 0 });
    const twoWeeksBefore = await pipeline('summit-37', '2020-10-29');
    expect(counts(twoWeeksBefore)).toMatchObject({ agreed_ad_referendum: 27, recommended: 0 });
    // Before any was registered there is nothing to count.
    expect((await pipeline('summit-37', '2020-06-01')).total).toBe(0);
  });

  it('changes when a document is registered and moves through the documents API', async () => {
    const { id } = await newDocument(staff, summit37, {
      titleEn: 'Draft statement on ASEAN digital connectivity (test)',
      titleVi: 'Dự thảo tuyên bố về kết nối số ASEAN (thử)',
      type: 'statement',
      pillar: 'economic',
      intendedAction: 'adopt',
      confidentiality: 'members',
    });
    const today = todayIn();
    expect(counts(await pipeline('summit-37', today))).toMatchObject({ draft: 1, circulated: 0, concluded: 27 });
    // Registered today: not there in 2020.
    expect(counts(await pipeline())).toMatchObject({ draft: 0, concluded: 27 });

    expect((await staff.post(`/api/documents/${id}/transitions`, { to: 'circulated' })).statusCode).toBe(200);
    expect(counts(await pipeline('summit-37', today))).toMatchObject({ draft: 0, circulated: 1, concluded: 27 });

    expect((await staff.post(`/api/documents/${id}/transitions`, { to: 'deferred', deferToMeetingId: amm54 })).statusCode).toBe(200);
    const after = await pipeline('summit-37', today);
    expect(counts(after)).toMatchObject({ draft: 0, circulated: 0, concluded: 27 });
    expect(after.total).toBe(27);
    expect((await pipeline('amm-54', today)).apart.deferred).toBe(1);
  });

  it('counts only what the viewer may know exists (the documents module’s confidentiality predicate)', async () => {
    await newDocument(staff, summit37, {
      titleEn: 'Members-only draft (test)',
      titleVi: 'Dự thảo chỉ dành cho thành viên (thử)',
      type: 'report',
      pillar: 'cross_pillar',
      intendedAction: 'note',
      confidentiality: 'members',
    });
    const meeting = { id: summit37, slug: 'summit-37', titleEn: '', titleVi: '', startsAt: new Date(), endsAt: new Date() };
    const forCommittee = (await readinessDashboard(h.database.db, meeting, todayIn(), { userId: 0, roles: ['committee_member'] })).documentsPipeline;
    const forNobody = (await readinessDashboard(h.database.db, meeting, todayIn(), null)).documentsPipeline;
    expect(counts(forCommittee).draft).toBe(1);
    expect(counts(forNobody).draft).toBe(0);
    expect(counts(forNobody).concluded).toBe(27);
  });
});
