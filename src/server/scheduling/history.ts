/**
 * What the scheduler may not rewrite: a meeting that is held, under way or
 * cancelled keeps its start in every solve and every accepted schedule. A
 * cancelled meeting takes no one's time, so it is left out of the instance
 * altogether; a held or running one stays in it, fixed where it is.
 */
import type { MeetingStatus } from '../domain/vocabulary.js';

/** Statuses whose start is history: never moved by a solve, an accept or a move. */
export const keptStatuses: readonly MeetingStatus[] = ['held', 'in_progress', 'cancelled'];

/** Why a meeting of a cluster cannot move: its status (history) before the cluster's rules. */
export type FixedBy = 'held' | 'in_progress' | 'cancelled' | 'rule' | null;

export function fixedBy(status: MeetingStatus, fixedByRule: boolean): FixedBy {
  if (status === 'held' || status === 'in_progress' || status === 'cancelled') return status;
  return fixedByRule ? 'rule' : null;
}

/** In the instance the solvers see: every meeting but a cancelled one. */
export const scheduled = (status: MeetingStatus): boolean => status !== 'cancelled';

/** Fixed as a fact (forbidden bands there do not rule it out). */
export const isHistory = (status: MeetingStatus): boolean => status === 'held' || status === 'in_progress';
