/**
 * A stored cluster (meetings, their delegations, the chair, the scheduling
 * rules) as a scheduling instance. Delegations are keyed by party code: one
 * party is one delegation across the cluster, joining from one zone.
 */
import { DateTime } from 'luxon';
import type { Precedence, SchedulingDelegation, SchedulingInstance, SchedulingMeeting } from './model.js';

export interface ClusterMeetingSnapshot {
  key: string;
  startsAt: number;
  endsAt: number;
  chair: string | null;
  delegations: { party: string; timeZone: string }[];
  fixed?: boolean;
  /** Held or under way: fixed where it is, whatever bands it crosses. */
  held?: boolean;
  allowedFrom?: number;
  allowedTo?: number;
}

export interface ClusterSnapshot {
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
  meetings: ClusterMeetingSnapshot[];
  precedences: Precedence[];
  carriedBurden?: Record<string, number>;
}

export function instanceFromCluster(cluster: ClusterSnapshot): SchedulingInstance {
  const delegations = new Map<string, SchedulingDelegation>();
  const meetings: SchedulingMeeting[] = cluster.meetings.map((m) => {
    for (const d of m.delegations) if (!delegations.has(d.party)) delegations.set(d.party, { id: d.party, timeZone: d.timeZone });
    return {
      id: m.key,
      durationMinutes: Math.round((m.endsAt - m.startsAt) / 60_000),
      participants: m.delegations.map((d) => d.party),
      principals: m.chair ? [m.chair] : [],
      currentStart: m.startsAt,
      ...(m.fixed || m.held ? { fixedStart: m.startsAt } : {}),
      ...(m.held ? { held: true } : {}),
      ...(m.allowedFrom !== undefined ? { allowedFrom: m.allowedFrom } : {}),
      ...(m.allowedTo !== undefined ? { allowedTo: m.allowedTo } : {}),
    };
  });
  return {
    hostTimeZone: cluster.hostTimeZone,
    window: { from: cluster.startsOn, to: cluster.endsOn },
    delegations: [...delegations.values()].sort((a, b) => a.id.localeCompare(b.id)),
    meetings,
    precedences: cluster.precedences,
    ...(cluster.carriedBurden ? { carriedBurden: cluster.carriedBurden } : {}),
  };
}

/** Host-local wall clock 'YYYY-MM-DDTHH:mm' to epoch ms. */
export const hostInstant = (wallClock: string, zone: string): number => DateTime.fromISO(wallClock, { zone }).toMillis();
