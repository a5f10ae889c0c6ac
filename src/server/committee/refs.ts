/** Checks the committee's commands share: one kind of due, no loops in a family tree (references: db/references.ts). */
import type { DbOrTx } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { cycleIfParent } from './core/cycles.js';
import { deliverables, tasks } from './schema.js';

export function bothDue(prefix: string, input: { dueOn?: string | null; beforeMeetingId?: number | null }): void {
  if (input.dueOn && input.beforeMeetingId) {
    throw new AppError('validation_failed', 'Give a day or a meeting, not both', [
      { path: `${prefix}beforeMeetingId`, message: 'either dueOn or beforeMeetingId' },
    ]);
  }
}

/** Setting one kind of due clears the other. */
export function dueClears(patch: { dueOn?: string | null; beforeMeetingId?: number | null }) {
  return patch.dueOn ? { beforeMeetingId: null } : patch.beforeMeetingId ? { dueOn: null } : {};
}

/** Refuses a new parent that would close a loop, naming it (`#3 → #5 → #3`). */
export async function checkNoCycle(
  tx: DbOrTx,
  table: typeof tasks | typeof deliverables,
  id: number,
  parentId: number | null | undefined,
  refuse: (named: string) => AppError,
): Promise<void> {
  if (parentId === undefined) return;
  const all = await tx.select({ id: table.id, parentId: table.parentId }).from(table);
  const cycle = cycleIfParent(new Map(all.map((r) => [r.id, r.parentId])), id, parentId);
  if (cycle) throw refuse(cycle.map((n) => `#${n}`).join(' → '));
}
