import { describe, expect, it } from 'vitest';
import { defaultStart, sideOutside, slugOf, windowProblems } from './cluster-checks.js';
import { fixedBy, isHistory, scheduled } from './history.js';

const w = (startsOn: string, endsOn: string) => ({ hostTimeZone: 'Asia/Ho_Chi_Minh', startsOn, endsOn });

describe("a cluster's window", () => {
  it('refuses a new cluster starting before today, not an existing one', () => {
    expect(windowProblems(w('2026-12-04', '2026-12-06'), '2026-12-05')).toEqual([{ path: 'startsOn', message: expect.stringMatching(/in the past/) }]);
    expect(windowProblems(w('2026-12-05', '2026-12-06'), '2026-12-05')).toEqual([]);
    expect(windowProblems(w('2020-09-09', '2020-09-12'), null)).toEqual([]);
  });

  it('names the end when it comes before the start or the window spans more than 62 days', () => {
    expect(windowProblems(w('2030-01-10', '2030-01-09'), null)).toEqual([{ path: 'endsOn', message: expect.stringMatching(/before it starts/) }]);
    expect(windowProblems(w('2030-01-01', '2030-03-03'), null)).toEqual([]);
    expect(windowProblems(w('2030-01-01', '2030-03-04'), null)).toEqual([{ path: 'endsOn', message: expect.stringMatching(/more than 62 days/) }]);
  });

  it('says on which side a meeting falls out of it', () => {
    const bounds = { startMs: 1000, endMs: 5000 };
    expect(sideOutside(1000, 5000, bounds)).toBeNull();
    expect(sideOutside(999, 2000, bounds)).toBe('before');
    expect(sideOutside(4000, 5001, bounds)).toBe('after');
  });

  it('puts a new meeting at 09:00 host time on the first day', () => {
    expect(new Date(defaultStart('2030-03-01', 'Asia/Ho_Chi_Minh')).toISOString()).toBe('2030-03-01T02:00:00.000Z');
  });

  it('makes an ASCII slug of a Vietnamese or English title', () => {
    expect(slugOf('Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53')).toBe('hoi-nghi-bo-truong-ngoai-giao-asean-lan-thu-53');
    expect(slugOf('  ¿¡ ')).toBe('cluster');
  });
});

describe('what the scheduler may not rewrite', () => {
  it('fixes held and running meetings as history, leaves cancelled ones out, and keeps the rules for the rest', () => {
    expect(fixedBy('held', false)).toBe('held');
    expect(fixedBy('in_progress', true)).toBe('in_progress');
    expect(fixedBy('cancelled', false)).toBe('cancelled');
    expect(fixedBy('planned', true)).toBe('rule');
    expect(fixedBy('confirmed', false)).toBeNull();
    expect(fixedBy('postponed', false)).toBeNull();
    expect(['held', 'in_progress'].every((s) => isHistory(s as 'held'))).toBe(true);
    expect(isHistory('cancelled')).toBe(false);
    expect(scheduled('cancelled')).toBe(false);
    expect(scheduled('held')).toBe(true);
  });
});
