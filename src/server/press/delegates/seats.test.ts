import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingLevels } from '../../domain/vocabulary.js';
import { quotaFor, quotaLevelOf, refusal, refusals, seatUse, type DelegateRole, type Seat, type Seats } from './seats.js';
import { holdsSeat, nextStatus, nominationActions, nominationStatuses, substituteStatus } from './status.js';

const seats = (quota: number, held: Seat[], meetingId = 1): Seats => ({ meetingId, quota, held });

describe('quotas', () => {
  it('maps every meeting level to a quota level; working and national meetings share "other"', () => {
    expect(meetingLevels.map(quotaLevelOf)).toEqual(['leaders', 'ministerial', 'senior_officials', 'other', 'other']);
  });

  it("takes the delegation's own quota at a meeting over the level's, even when it is 0", () => {
    const levels = { leaders: 5, ministerial: 3 };
    expect(quotaFor(levels, 'ministerial', null)).toBe(3);
    expect(quotaFor(levels, 'ministerial', 6)).toBe(6);
    expect(quotaFor(levels, 'leaders', 0)).toBe(0);
    // No quota set for the level: the head of delegation alone.
    expect(quotaFor(levels, 'working', null)).toBe(0);
  });
});

describe('seats of a delegation at a meeting', () => {
  it('allows one head and `quota` members besides', () => {
    const full = seats(2, [
      { nominationId: 1, role: 'head' },
      { nominationId: 2, role: 'member' },
      { nominationId: 3, role: 'member' },
    ]);
    expect(seatUse(full)).toEqual({ quota: 2, members: 2, left: 0, headId: 1 });
    expect(refusal(full, 'head')).toEqual({ rule: 'second_head', meetingId: 1, headId: 1 });
    expect(refusal(full, 'member')).toEqual({ rule: 'over_quota', meetingId: 1, quota: 2, members: 2 });
    expect(refusal(seats(2, [{ nominationId: 2, role: 'member' }]), 'head')).toBeNull();
  });

  it('the head does not count against the quota: with quota 0 the head alone may come', () => {
    expect(refusal(seats(0, []), 'head')).toBeNull();
    expect(refusal(seats(0, [{ nominationId: 1, role: 'head' }]), 'member')).toMatchObject({ rule: 'over_quota', quota: 0 });
  });

  it('a cluster nomination needs a seat at each meeting it covers and names every meeting that has none', () => {
    const covered = [seats(1, [], 10), seats(1, [{ nominationId: 4, role: 'member' }], 11), seats(3, [], 12)];
    expect(refusals(covered, 'member')).toEqual([{ rule: 'over_quota', meetingId: 11, quota: 1, members: 1 }]);
    expect(refusals(covered, 'head')).toEqual([]);
  });

  it('a quota lowered below the members already nominated leaves them but takes no more', () => {
    const over = seats(1, [
      { nominationId: 1, role: 'member' },
      { nominationId: 2, role: 'member' },
    ]);
    expect(seatUse(over)).toMatchObject({ members: 2, left: 0 });
    expect(refusal(over, 'member')).toMatchObject({ rule: 'over_quota', members: 2 });
  });

  type Op = { kind: 'nominate'; role: DelegateRole; meetings: number[] } | { kind: 'withdraw'; pick: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('nominate' as const),
      role: fc.constantFrom<DelegateRole>('head', 'member', 'member'),
      meetings: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  );

  it('whatever liaisons do, no meeting ever has two heads or more members than its quota, and every refusal is justified', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }), fc.array(op, { maxLength: 60 }), (quotas, ops) => {
        let next = 1;
        let held: { id: number; role: DelegateRole; meetings: number[] }[] = [];
        const seatsAt = (m: number): Seats => ({
          meetingId: m,
          quota: quotas[m]!,
          held: held.filter((h) => h.meetings.includes(m)).map((h) => ({ nominationId: h.id, role: h.role })),
        });
        for (const o of ops) {
          if (o.kind === 'withdraw') {
            if (held.length > 0) held = held.filter((_, i) => i !== o.pick % held.length);
            continue;
          }
          const found = refusals(o.meetings.map(seatsAt), o.role);
          for (const r of found) {
            const use = seatUse(seatsAt(r.meetingId));
            if (r.rule === 'second_head') expect(use.headId).not.toBeNull();
            else expect(use.members).toBeGreaterThanOrEqual(use.quota);
          }
          if (found.length === 0) held.push({ id: next++, role: o.role, meetings: o.meetings });
        }
        for (let m = 0; m < 4; m++) {
          const use = seatUse(seatsAt(m));
          expect(use.members).toBeLessThanOrEqual(quotas[m]!);
          expect(seatsAt(m).held.filter((s) => s.role === 'head').length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('nomination statuses', () => {
  it('approves and rejects only what is pending; withdraws and substitutes what holds a seat', () => {
    expect(nextStatus('pending', 'approve')).toBe('approved');
    expect(nextStatus('approved', 'approve')).toBeNull();
    expect(nextStatus('pending', 'reject')).toBe('rejected');
    expect(nextStatus('approved', 'reject')).toBeNull();
    expect(nextStatus('approved', 'substitute')).toBe('replaced');
    expect(nextStatus('replaced', 'substitute')).toBeNull();
    expect(nextStatus('rejected', 'withdraw')).toBeNull();
  });

  it('every action starts from a status that holds a seat, so finished nominations stay finished', () => {
    for (const status of nominationStatuses) {
      for (const action of nominationActions) {
        const to = nextStatus(status, action);
        if (to !== null) expect(holdsSeat(status)).toBe(true);
      }
    }
  });

  it("approves the secretariat's substitutes at once and sends a liaison's to review", () => {
    expect(substituteStatus(true)).toBe('approved');
    expect(substituteStatus(false)).toBe('pending');
  });
});
