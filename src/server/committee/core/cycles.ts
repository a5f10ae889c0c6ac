/**
 * Sub-tasks form a forest. Giving a task a new parent must not close a loop;
 * when it would, the loop is named so the person can see which tasks.
 */

/**
 * The cycle that making `parentId` the parent of `taskId` would create, as
 * the ids from `taskId` up through the parent chain back to `taskId`, or null.
 */
export function cycleIfParent(parentOf: ReadonlyMap<number, number | null>, taskId: number, parentId: number | null): number[] | null {
  if (parentId === null) return null;
  const path = [taskId];
  const seen = new Set<number>([taskId]);
  let current: number | null = parentId;
  while (current !== null) {
    path.push(current);
    if (current === taskId) return path;
    // A loop that does not pass through taskId already exists; stop rather than spin.
    if (seen.has(current)) return null;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return null;
}
