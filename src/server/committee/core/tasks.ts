/**
 * Task rules that need no database: a task as it stood on a day, overdue, and
 * what the next session carries over.
 */
import type { CivilDate } from './dates.js';

export const taskStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

export function isOpen(status: TaskStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/**
 * When a task's status changes, the instant it was closed (done or
 * cancelled): stamped when it closes, kept while it stays in the same closed
 * status, moved when it goes from done to cancelled or back, cleared when it
 * is reopened.
 */
export function closedAtAfter(before: { status: TaskStatus; closedAt: Date | null }, next: TaskStatus, now: Date): Date | null {
  if (isOpen(next)) return null;
  if (next === before.status) return before.closedAt;
  return now;
}

export interface TaskState {
  status: TaskStatus;
  /** The day (in the committee's zone) the task reached its closed status; null while open, or closed before the day was kept. */
  closedOn: CivilDate | null;
}

/**
 * The task's status at the end of `day`. Only the closing is on record, not
 * every step: a task closed after `day` was still to do on it, and shows as
 * open (whether work had started is not known). A closed task without a
 * closing day counts as closed on any day.
 */
export function statusAsOf(task: TaskState, day: CivilDate): TaskStatus {
  if (isOpen(task.status) || task.closedOn === null || task.closedOn <= day) return task.status;
  return 'open';
}

/** Overdue on `today`: still to do at its end and due before it (`status` as of that day). */
export function isOverdue(task: { status: TaskStatus; due: CivilDate | null }, today: CivilDate): boolean {
  return isOpen(task.status) && task.due !== null && task.due < today;
}

export interface DecidedTask {
  id: number;
  status: TaskStatus;
  due: CivilDate | null;
  /** Number of the session whose decision created it. */
  sessionNumber: number;
}

/**
 * The next session's draft agenda carries over every task decided at an
 * earlier session that is still open (late ones included), oldest session
 * first. `status` is the task's status as of the day the agenda is drawn.
 */
export function carriedOver<T extends DecidedTask>(tasks: readonly T[], sessionNumber: number): T[] {
  return tasks.filter((t) => t.sessionNumber < sessionNumber && isOpen(t.status)).sort((a, b) => a.sessionNumber - b.sessionNumber || a.id - b.id);
}
