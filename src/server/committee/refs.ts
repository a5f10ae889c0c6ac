/** Checks every command shares: references the schema cannot check, one kind of due, no loops in a family tree. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { meetings, parties, people } from '../db/schema.js';
import { AppError, type ErrorDetail } from '../http/errors.js';
import { cycleIfParent } from './core/cycles.js';
import { bodies, deliverables, tasks } from './schema.js';

export type RefTable = typeof bodies | typeof meetings | typeof people | typeof parties | typeof deliverables | typeof tasks;
export type Ref = [field: string, table: RefTable, id: number | null | undefined, what: string];

/** Collects every unknown reference so the answer names each field at once. */
export async function checkRefs(tx: DbOrTx, prefix: string, refs: Ref[]): Promise<void> {
  const problems: ErrorDetail[] = [];
  for (const [field, table, id, what] of refs) {
    if (id === null || id === undefined) continue;
    const found = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
    if (!found.length) problems.push({ path: `${prefix}${field}`, message: `no ${what} ${id}` });
  }
  if (problems.length) {
    throw new AppError('invalid_reference', `Unknown ${problems.map((p) => p.path).join(', ')}`, problems);
  }
}

/** Each element of a list of ids, as references named `field.i`. */
export const eachRef = (field: string, table: RefTable, ids: readonly number[], what: string): Ref[] =>
  ids.map((id, i) => [`${field}.${i}`, table, id, what]);

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
