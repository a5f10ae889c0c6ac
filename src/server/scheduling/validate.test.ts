import { describe, expect, it } from 'vitest';
import type { SchedulingInstance } from './model.js';
import { findCycle, validateInstance } from './validate.js';

const base = (): SchedulingInstance => ({
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from: '2020-09-09', to: '2020-09-10' },
  delegations: [
    { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
    { id: 'NZ', timeZone: 'Pacific/Auckland' },
  ],
  meetings: [
    { id: 'a', durationMinutes: 60, participants: ['VN', 'NZ'], principals: ['chair'] },
    { id: 'b', durationMinutes: 90, participants: ['VN'], principals: ['chair'] },
  ],
  precedences: [{ before: 'a', after: 'b', bufferMinutes: 15 }],
});

const paths = (i: SchedulingInstance) => validateInstance(i).map((p) => p.path);

describe('validateInstance', () => {
  it('accepts a sound instance', () => {
    expect(validateInstance(base())).toEqual([]);
  });

  it('names an unknown time zone', () => {
    const i = base();
    i.delegations[1]!.timeZone = 'Mars/Olympus_Mons';
    expect(paths(i)).toEqual(['delegations.1.timeZone']);
    expect(paths({ ...base(), hostTimeZone: 'Asia/Hanoi_Typo' })).toEqual(['hostTimeZone']);
  });

  it('names a precedence cycle', () => {
    const i = base();
    i.precedences!.push({ before: 'b', after: 'a' });
    const problems = validateInstance(i);
    expect(problems).toEqual([{ path: 'precedences', message: 'Precedence cycle: a → b → a' }]);
    expect(findCycle([{ before: 'x', after: 'y' }])).toBeNull();
  });

  it('names a duration longer than the window or the allowed range', () => {
    const i = base();
    i.meetings[0]!.durationMinutes = 3 * 24 * 60;
    i.meetings[0]!.principals = [];
    expect(paths(i)).toEqual(['meetings.0.durationMinutes']);
    const j = base();
    j.meetings[1]!.allowedFrom = Date.UTC(2020, 8, 9, 2);
    j.meetings[1]!.allowedTo = Date.UTC(2020, 8, 9, 3);
    expect(paths(j)).toEqual(['meetings.1.durationMinutes']);
  });

  it('names a meeting with no participants', () => {
    const i = base();
    i.meetings[1]!.participants = [];
    expect(paths(i)).toEqual(['meetings.1.participants']);
  });

  it("names a principal's cap smaller than one meeting", () => {
    expect(paths({ ...base(), principalDailyCapMinutes: 60 })).toEqual(['principalDailyCapMinutes']);
    expect(paths({ ...base(), principalCaps: { chair: 30 } })).toEqual(['principalCaps.chair', 'principalCaps.chair']);
  });
});
