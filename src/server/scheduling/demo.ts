/**
 * Scheduling rules of the AMM-53 cluster (see amm53-fixture.ts for why US, CA
 * and NZ accept night sessions; an illustrative choice), and the fairness
 * ledger of 2020: the year's clusters took place where they are, so their
 * schedules are accepted as they stand (held meetings stay where they were).
 */
import type { ModuleSeed } from '../demo/seed.js';
import { amm53Meetings } from '../demo/data/amm53-cluster.js';
import { clusters } from '../demo/data/clusters.js';
import { AMM53_BUFFER_MINUTES, AMM53_NIGHT_ALLOWED, AMM53_OPENING } from './amm53-fixture.js';
import { burdenBreakdown } from './breakdown.js';
import { loadCluster } from './queries.js';
import { scheduleClusterRules, scheduleLedger } from './schema.js';
import { eachInOrder } from '../demo/refs.js';

/** The year whose clusters the demo has accepted. */
export const DEMO_LEDGER_YEAR = 2020;

export const schedulingSeed: ModuleSeed = {
  name: 'scheduling',
  async load(tx, refs) {
    const opening = await refs.meeting(AMM53_OPENING);
    const others = await eachInOrder(
      amm53Meetings.filter((m) => m.key !== AMM53_OPENING),
      (m) => refs.meeting(m.key),
    );
    await tx.insert(scheduleClusterRules).values({
      clusterId: await refs.cluster('amm53'),
      rules: {
        fixedMeetingIds: [opening],
        precedences: others.map((id) => ({ beforeMeetingId: opening, afterMeetingId: id, bufferMinutes: AMM53_BUFFER_MINUTES })),
        nightAllowedParties: [...AMM53_NIGHT_ALLOWED],
      },
    });
    const accepted = clusters.filter((c) => c.startsOn.startsWith(String(DEMO_LEDGER_YEAR)));
    for (const key of accepted.map((c) => c.key)) {
      const loaded = await loadCluster(tx, await refs.cluster(key));
      if (!loaded || loaded.instance.meetings.length === 0) continue;
      const starts = Object.fromEntries(loaded.instance.meetings.map((m) => [m.id, m.currentStart!]));
      const partyId = new Map(loaded.parties.map((p) => [p.code, p.id]));
      const rows = burdenBreakdown(loaded.instance, starts).map((b) => ({
        year: DEMO_LEDGER_YEAR,
        clusterId: loaded.cluster.id,
        partyId: partyId.get(b.delegation)!,
        burden: b.burden,
      }));
      if (rows.length) await tx.insert(scheduleLedger).values(rows);
    }
  },
};
