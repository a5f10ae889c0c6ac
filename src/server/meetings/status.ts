/**
 * A meeting's status moves along allowed transitions only: planned →
 * confirmed → in progress → held, with postponement and cancellation on the
 * way. Held and cancelled are final: history is not rewritten. Pure, so the
 * table can be read and tested whole.
 */
import { meetingStatuses, type MeetingStatus } from '../domain/vocabulary.js';

export const meetingTransitions: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ['confirmed', 'postponed', 'cancelled'],
  confirmed: ['planned', 'in_progress', 'postponed', 'cancelled'],
  // A meeting adjourned before its end is postponed; suspending a sitting keeps it in progress.
  in_progress: ['held', 'postponed'],
  postponed: ['planned', 'confirmed', 'cancelled'],
  held: [],
  cancelled: [],
};

export const finalStatuses: readonly MeetingStatus[] = meetingStatuses.filter((s) => meetingTransitions[s].length === 0);

/** The statuses a meeting in `from` may move to (staying where it is is always allowed). */
export function allowedNext(from: MeetingStatus): readonly MeetingStatus[] {
  return meetingTransitions[from];
}

export function mayMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return from === to || meetingTransitions[from].includes(to);
}

/** Statuses whose times are history: a held, running or cancelled meeting stays where it was. */
export const timesKept = (status: MeetingStatus): boolean => status === 'held' || status === 'in_progress' || status === 'cancelled';
