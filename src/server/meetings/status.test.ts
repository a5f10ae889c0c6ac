import { describe, expect, it } from 'vitest';
import { meetingStatuses } from '../domain/vocabulary.js';
import { allowedNext, finalStatuses, mayMove, meetingTransitions } from './status.js';

describe('meeting status transitions', () => {
  it('follows planned → confirmed → in progress → held', () => {
    expect(mayMove('planned', 'confirmed')).toBe(true);
    expect(mayMove('confirmed', 'in_progress')).toBe(true);
    expect(mayMove('in_progress', 'held')).toBe(true);
  });

  it('never skips the sitting: planned cannot become in progress or held directly', () => {
    expect(mayMove('planned', 'in_progress')).toBe(false);
    expect(mayMove('planned', 'held')).toBe(false);
    expect(mayMove('confirmed', 'held')).toBe(false);
  });

  it('keeps held and cancelled final', () => {
    expect([...finalStatuses].sort()).toEqual(['cancelled', 'held']);
    for (const to of meetingStatuses) {
      expect(mayMove('held', to)).toBe(to === 'held');
      expect(mayMove('cancelled', to)).toBe(to === 'cancelled');
    }
  });

  it('lets postponed and cancelled be reached before the meeting is held', () => {
    for (const from of ['planned', 'confirmed'] as const) {
      expect(mayMove(from, 'postponed')).toBe(true);
      expect(mayMove(from, 'cancelled')).toBe(true);
    }
    expect(mayMove('in_progress', 'postponed')).toBe(true);
    expect(mayMove('in_progress', 'cancelled')).toBe(false);
    expect(allowedNext('postponed')).toEqual(['planned', 'confirmed', 'cancelled']);
  });

  it('allows staying put, and every status reaches a final one', () => {
    for (const s of meetingStatuses) expect(mayMove(s, s)).toBe(true);
    for (const start of meetingStatuses) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        for (const n of meetingTransitions[queue.shift()!]) {
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      expect([...seen].some((s) => finalStatuses.includes(s))).toBe(true);
    }
  });
});
