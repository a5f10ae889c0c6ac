/**
 * Scheduling rules of the AMM-53 cluster (see amm53-fixture.ts for why US, CA
 * and NZ accept night sessions; an illustrative choice).
 */
import type { ModuleSeed } from '../demo/seed.js';
import { amm53Meetings } from '../demo/data/amm53-cluster.js';
import { AMM53_BUFFER_MINUTES, AMM53_NIGHT_ALLOWED, AMM53_OPENING } from './amm53-fixture.js';
import { scheduleClusterRules } from './schema.js';
import { eachInOrder } from '../demo/refs.js';

export const schedulingSeed: ModuleSeed = {
  name: 'scheduling',
  async load(tx, refs) {
    const opening = await refs.meeting(AMM53_OPENING);
    const others = await eachInOrder(amm53Meetings.filter((m) => m.key !== AMM53_OPENING), (m) => refs.meeting(m.key));
    await tx.insert(scheduleClusterRules).values({
      clusterId: await refs.cluster('amm53'),
      rules: {
        fixedMeetingIds: [opening],
        precedences: others.map((id) => ({ beforeMeetingId: opening, afterMeetingId: id, bufferMinutes: AMM53_BUFFER_MINUTES })),
        nightAllowedParties: [...AMM53_NIGHT_ALLOWED],
      },
    });
  },
};
