/**
 * Where a live stream resumes: the SSE event id, `<change id>.<xmin>`.
 *
 * Change-log ids are handed out when a transaction writes, not when it
 * commits, so on PostgreSQL event 41 can commit after event 42. Replaying
 * "ids above the last one seen" would then lose 41. Each event therefore
 * also carries the oldest transaction still running when it was written
 * (change_events.tx_xmin): an event committed after it with a lower id
 * belongs to a transaction at least that new (change_events.tx_id), so
 * "id above, or transaction at least xmin" finds every event a client may
 * have missed (and perhaps a few it saw: delivery is at least once).
 */
export interface Cursor {
  id: number;
  /** Absent for a bare change id: resume by id alone. */
  xmin: string | null;
}

export function formatCursor(id: number, xmin: string): string {
  return `${id}.${xmin}`;
}

/** The cursor a Last-Event-ID names, or null when it names none (the stream then starts afresh). */
export function parseCursor(header: unknown): Cursor | null {
  if (typeof header !== 'string') return null;
  const match = /^(\d{1,15})(?:\.(\d{1,19}))?$/.exec(header.trim());
  if (!match) return null;
  const id = Number(match[1]);
  const xmin = match[2] ?? null;
  // xid8 is an unsigned 64-bit number; beyond a signed bigint it is no cursor of ours.
  if (xmin !== null && BigInt(xmin) > 9_223_372_036_854_775_807n) return null;
  return { id, xmin };
}
