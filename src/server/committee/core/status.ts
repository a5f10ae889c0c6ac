/**
 * A deliverable's status is computed, never typed. The one rule:
 * - done: progress has reached 100 %;
 * - late: a milestone's day has passed and it is unmet;
 * - at risk: an unmet milestone falls within the next 14 days and progress is
 *   behind the straight line from the start (0 %) to the last milestone (100 %);
 * - on track: anything else.
 */
import { daysBetween, type CivilDate } from './dates.js';

export const deliverableStatuses = ['done', 'on_track', 'at_risk', 'late'] as const;
export type DeliverableStatus = (typeof deliverableStatuses)[number];

export const AT_RISK_WINDOW_DAYS = 14;

export interface MilestoneState {
  dueOn: CivilDate | null;
  metOn: CivilDate | null;
}

export interface StatusInput {
  /** 0–100, already rolled up from sub-deliverables. */
  progress: number;
  /** The day work started; the straight line begins here. */
  startedOn: CivilDate;
  milestones: readonly MilestoneState[];
  today: CivilDate;
}

/** Where progress should be today on the straight line, 0–100. */
export function expectedProgress(startedOn: CivilDate, finalDue: CivilDate, today: CivilDate): number {
  const span = daysBetween(startedOn, finalDue);
  if (span <= 0) return today >= finalDue ? 100 : 0;
  const elapsed = daysBetween(startedOn, today);
  return Math.min(100, Math.max(0, (elapsed / span) * 100));
}

export function deliverableStatus({ progress, startedOn, milestones, today }: StatusInput): DeliverableStatus {
  if (progress >= 100) return 'done';
  const open = milestones.filter((m): m is { dueOn: CivilDate; metOn: null } => m.dueOn !== null && m.metOn === null);
  if (open.some((m) => m.dueOn < today)) return 'late';
  const dated = milestones.flatMap((m) => (m.dueOn ? [m.dueOn] : []));
  if (dated.length === 0) return 'on_track';
  const finalDue = dated.reduce((a, b) => (a > b ? a : b));
  const soon = open.some((m) => daysBetween(today, m.dueOn) <= AT_RISK_WINDOW_DAYS);
  if (soon && progress < expectedProgress(startedOn, finalDue, today)) return 'at_risk';
  return 'on_track';
}
