/**
 * The AMM-53 cluster of the demo data as a scheduling instance, for tests and
 * the benchmark: the AMM-53 opening is fixed and precedes every other meeting
 * by at least 15 minutes; the chair (Phạm Bình Minh) chairs them all.
 *
 * With the default bands for everyone the cluster is infeasible: the 3-hour
 * ARF-27 spans New York (UTC-4) to Auckland (UTC+12) and Brussels, whose
 * forbidden bands leave only 17:00-19:00 Hanoi time free for all 27. The demo
 * rules therefore let the delegations at the two ends of that span (US, CA,
 * NZ) accept night sessions at night cost; that choice is illustrative.
 */
import { parties } from '../demo/data/parties.js';
import { amm53Meetings } from '../demo/data/amm53-cluster.js';
import { clusters } from '../demo/data/clusters.js';
import { hostInstant, instanceFromCluster, type ClusterSnapshot } from './cluster-instance.js';
import type { SchedulingInstance } from './model.js';

export const AMM53_OPENING = 'amm-53';
export const AMM53_BUFFER_MINUTES = 15;

export function amm53Snapshot(): ClusterSnapshot {
  const cluster = clusters.find((c) => c.key === 'amm53')!;
  const zoneOf = new Map(parties.map((p) => [p.code, p.timeZone]));
  return {
    hostTimeZone: cluster.hostTimeZone,
    startsOn: cluster.startsOn,
    endsOn: cluster.endsOn,
    meetings: amm53Meetings.map((m) => ({
      key: m.key,
      startsAt: hostInstant(m.start, m.hostTimeZone),
      endsAt: hostInstant(m.end, m.hostTimeZone),
      chair: m.chairPerson ?? null,
      delegations: (m.delegations ?? []).map((d) => ({ party: d.party, timeZone: d.timeZone ?? zoneOf.get(d.party)! })),
      fixed: m.key === AMM53_OPENING,
    })),
    precedences: amm53Meetings
      .filter((m) => m.key !== AMM53_OPENING)
      .map((m) => ({ before: AMM53_OPENING, after: m.key, bufferMinutes: AMM53_BUFFER_MINUTES })),
  };
}

export const AMM53_NIGHT_ALLOWED = ['US', 'CA', 'NZ'] as const;

/** `strict`: default bands for all, as in the issue (infeasible); otherwise the demo rules. */
export function amm53Instance(options: { strict?: boolean } = {}): SchedulingInstance {
  const instance = instanceFromCluster(amm53Snapshot());
  if (options.strict) return instance;
  const night = new Set<string>(AMM53_NIGHT_ALLOWED);
  return { ...instance, delegations: instance.delegations.map((d) => (night.has(d.id) ? { ...d, allowNight: true } : d)) };
}
