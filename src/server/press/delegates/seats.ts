/**
 * A delegation's seats at a meeting, as plain data: one head of delegation
 * and at most `quota` members besides. Nominations pending review or approved
 * hold a seat; the rest do not. The quota comes from the meeting's level
 * (summit, ministerial, senior officials, other) unless the secretariat set
 * one for this delegation at this meeting.
 */
import type { MeetingLevel } from '../../domain/vocabulary.js';

export const quotaLevels = ['leaders', 'ministerial', 'senior_officials', 'other'] as const;
export type QuotaLevel = (typeof quotaLevels)[number];

/** Working-group and national meetings share one quota: "other". */
export function quotaLevelOf(level: MeetingLevel): QuotaLevel {
  return level === 'leaders' || level === 'ministerial' || level === 'senior_officials' ? level : 'other';
}

/** The delegation's own quota at the meeting if set, else the level's; a level without one allows the head alone. */
export function quotaFor(levels: Partial<Record<QuotaLevel, number>>, level: MeetingLevel, override: number | null): number {
  return override ?? levels[quotaLevelOf(level)] ?? 0;
}

export const delegateRoles = ['head', 'member'] as const;
export type DelegateRole = (typeof delegateRoles)[number];

export interface Seat {
  nominationId: number;
  role: DelegateRole;
}

/** One delegation at one meeting: its quota and the nominations holding a seat. */
export interface Seats {
  meetingId: number;
  quota: number;
  held: readonly Seat[];
}

export type Refusal = { rule: 'second_head'; meetingId: number; headId: number } | { rule: 'over_quota'; meetingId: number; quota: number; members: number };

export interface SeatUse {
  quota: number;
  members: number;
  left: number;
  headId: number | null;
}

export function seatUse(seats: Seats): SeatUse {
  const members = seats.held.filter((s) => s.role === 'member').length;
  const head = seats.held.find((s) => s.role === 'head');
  return { quota: seats.quota, members, left: Math.max(0, seats.quota - members), headId: head?.nominationId ?? null };
}

/** Why one more nominee in `role` cannot sit at this meeting, or null if it can. */
export function refusal(seats: Seats, role: DelegateRole): Refusal | null {
  const use = seatUse(seats);
  if (role === 'head') return use.headId === null ? null : { rule: 'second_head', meetingId: seats.meetingId, headId: use.headId };
  return use.left > 0 ? null : { rule: 'over_quota', meetingId: seats.meetingId, quota: use.quota, members: use.members };
}

/**
 * A nomination covers one meeting or each meeting of a cluster the
 * delegation takes part in; it needs a seat at every one of them.
 */
export function refusals(covered: readonly Seats[], role: DelegateRole): Refusal[] {
  return covered.map((s) => refusal(s, role)).filter((r): r is Refusal => r !== null);
}
