/** Task rules that need no database: overdue, and what the next session carries over. */
import type { CivilDate } from './dates.js';

export const taskStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

export function isOpen(status: TaskStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

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
 * earlier session that is still open (late ones included), oldest session first.
 */
export function carriedOver<T extends DecidedTask>(tasks: readonly T[], sessionNumber: number): T[] {
  return tasks
    .filter((t) => t.sessionNumber < sessionNumber && isOpen(t.status))
    .sort((a, b) => a.sessionNumber - b.sessionNumber || a.id - b.id);
}
