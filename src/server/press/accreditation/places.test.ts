import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, decide, placesHeld, waitlist, waitlistPosition, type Entry, type Operation } from './places.js';

function run(capacity: number, ops: Operation[]): Entry[] {
  let entries: Entry[] = [];
  for (const op of ops) {
    const outcome = decide(capacity, entries, op);
    if (outcome.ok) entries = applyChanges(entries, outcome.changes, (id) => id);
  }
  return entries;
}

describe('press center places', () => {
  it('waitlists the applications beyond capacity and moves the first up when an approved one cancels', () => {
    const applies: Operation[] = [1, 2, 3, 4].map((id) => ({ kind: 'apply', id, seq: id }));
    let entries = run(2, [...applies, { kind: 'approve', id: 1 }, { kind: 'approve', id: 2 }]);
    expect(entries.map((e) => e.status)).toEqual(['approved', 'approved', 'waitlisted', 'waitlisted']);
    expect(waitlistPosition(entries, 4)).toBe(2);
    const outcome = decide(2, entries, { kind: 'cancel', id: 1 });
    expect(outcome).toEqual({
      ok: true,
      changes: [
        { id: 1, from: 'approved', to: 'cancelled' },
        { id: 3, from: 'waitlisted', to: 'pending' },
      ],
    });
    entries = applyChanges(entries, outcome.ok ? outcome.changes : []);
    expect(waitlistPosition(entries, 4)).toBe(1);
  });

  it('refuses transitions that make no sense', () => {
    const entries = run(1, [
      { kind: 'apply', id: 1, seq: 1 },
      { kind: 'apply', id: 2, seq: 2 },
    ]);
    expect(decide(1, entries, { kind: 'approve', id: 2 })).toEqual({ ok: false, reason: 'invalid_transition' });
    expect(decide(1, entries, { kind: 'revoke', id: 1 })).toEqual({ ok: false, reason: 'invalid_transition' });
    expect(decide(1, entries, { kind: 'cancel', id: 9 })).toEqual({ ok: false, reason: 'not_found' });
  });

  const operation = (maxId: number) =>
    fc.oneof(
      fc.constant<'apply'>('apply').map((kind) => ({ kind })),
      fc.record({ kind: fc.constantFrom('approve', 'reject', 'cancel', 'revoke'), id: fc.integer({ min: 1, max: maxId }) }),
    );

  it('never holds more places than the capacity, and never leaves a place free while someone waits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(operation(30), { maxLength: 80 }), (capacity, raw) => {
        let entries: Entry[] = [];
        let nextId = 1;
        for (const r of raw) {
          const op: Operation = 'id' in r ? (r as Operation) : { kind: 'apply', id: nextId, seq: nextId++ };
          const outcome = decide(capacity, entries, op);
          if (outcome.ok) entries = applyChanges(entries, outcome.changes);
          expect(placesHeld(entries)).toBeLessThanOrEqual(capacity);
          if (waitlist(entries).length > 0) expect(placesHeld(entries)).toBe(capacity);
        }
      }),
    );
  });

  it('moves people up the waitlist in the order they applied', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), (capacity, extra) => {
        const n = capacity + extra;
        let entries = run(
          capacity,
          Array.from({ length: n }, (_, i) => ({ kind: 'apply' as const, id: i + 1, seq: i + 1 })),
        );
        const promoted: number[] = [];
        for (let id = 1; id <= n; id++) {
          const outcome = decide(capacity, entries, { kind: 'cancel', id });
          if (!outcome.ok) continue;
          promoted.push(...outcome.changes.filter((c) => c.to === 'pending').map((c) => c.id));
          entries = applyChanges(entries, outcome.changes);
        }
        expect(promoted).toEqual([...promoted].sort((a, b) => a - b));
      }),
    );
  });
});
