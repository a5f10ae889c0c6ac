/**
 * The places of a press center, as a pure state machine. An application
 * takes a place (pending review, then approved) while places are free, else
 * joins the waitlist. When a place holder is rejected, cancels or is revoked,
 * the first on the waitlist moves up into review. Places held never exceed
 * the capacity; the waitlist is first come, first served.
 */

export type ApplicationStatus = 'pending' | 'approved' | 'waitlisted' | 'rejected' | 'cancelled' | 'revoked';

export interface Entry {
  id: number;
  status: ApplicationStatus;
  /** Order of arrival (application id or timestamp): the waitlist's order. */
  seq: number;
}

export type Operation =
  | { kind: 'apply'; id: number; seq: number }
  | { kind: 'approve'; id: number }
  | { kind: 'reject'; id: number }
  | { kind: 'cancel'; id: number }
  | { kind: 'revoke'; id: number };

export interface Change {
  id: number;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

export type Outcome = { ok: true; changes: Change[] } | { ok: false; reason: 'not_found' | 'invalid_transition' };

const HOLDS_PLACE: readonly ApplicationStatus[] = ['pending', 'approved'];

export const holdsPlace = (status: ApplicationStatus) => HOLDS_PLACE.includes(status);

export function placesHeld(entries: readonly Entry[]): number {
  return entries.filter((e) => holdsPlace(e.status)).length;
}

export function waitlist(entries: readonly Entry[]): Entry[] {
  return entries.filter((e) => e.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
}

/** Which statuses each operation may start from, and where it leads. */
const TRANSITIONS: Record<Exclude<Operation['kind'], 'apply'>, { from: readonly ApplicationStatus[]; to: ApplicationStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending', 'waitlisted'], to: 'rejected' },
  cancel: { from: ['pending', 'approved', 'waitlisted'], to: 'cancelled' },
  revoke: { from: ['approved'], to: 'revoked' },
};

/** The status changes an operation causes, including moves up the waitlist. */
export function decide(capacity: number, entries: readonly Entry[], op: Operation): Outcome {
  if (op.kind === 'apply') {
    const to: ApplicationStatus = placesHeld(entries) < capacity ? 'pending' : 'waitlisted';
    return { ok: true, changes: [{ id: op.id, from: null, to }] };
  }
  const entry = entries.find((e) => e.id === op.id);
  if (!entry) return { ok: false, reason: 'not_found' };
  const rule = TRANSITIONS[op.kind];
  if (!rule.from.includes(entry.status)) return { ok: false, reason: 'invalid_transition' };
  const changes: Change[] = [{ id: entry.id, from: entry.status, to: rule.to }];
  const after = entries.map((e) => (e.id === entry.id ? { ...e, status: rule.to } : e));
  const free = capacity - placesHeld(after);
  for (const next of waitlist(after).slice(0, Math.max(0, free))) {
    changes.push({ id: next.id, from: 'waitlisted', to: 'pending' });
  }
  return { ok: true, changes };
}

/** Applies changes to plain entries (for tests and for callers that keep state in memory). */
export function applyChanges(entries: readonly Entry[], changes: readonly Change[], seqOf: (id: number) => number = (id) => id): Entry[] {
  const out = entries.map((e) => ({ ...e }));
  for (const c of changes) {
    const existing = out.find((e) => e.id === c.id);
    if (existing) existing.status = c.to;
    else out.push({ id: c.id, status: c.to, seq: seqOf(c.id) });
  }
  return out;
}

/** 1-based waitlist position, or null when not waitlisted. */
export function waitlistPosition(entries: readonly Entry[], id: number): number | null {
  const index = waitlist(entries).findIndex((e) => e.id === id);
  return index < 0 ? null : index + 1;
}
