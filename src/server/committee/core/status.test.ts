import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { deliverableStatus, expectedProgress, type MilestoneState } from './status.js';

const base = { startedOn: '2020-04-14', today: '2020-09-01' };

describe('deliverableStatus', () => {
  it('is done at 100 %, whatever the milestones say', () => {
    expect(deliverableStatus({ ...base, progress: 100, milestones: [{ dueOn: '2020-05-01', metOn: null }] })).toBe('done');
  });

  it('is late when a milestone passed unmet', () => {
    expect(deliverableStatus({ ...base, progress: 90, milestones: [{ dueOn: '2020-08-31', metOn: null }] })).toBe('late');
  });

  it('is not late when the passed milestone was met', () => {
    expect(deliverableStatus({ ...base, progress: 90, milestones: [{ dueOn: '2020-08-31', metOn: '2020-08-30' }] })).toBe('on_track');
  });

  it('is at risk when a milestone is within 14 days and progress is behind the line', () => {
    // Line from 14 Apr to 8 Sep: on 1 Sep about 95 % expected.
    const milestones = [{ dueOn: '2020-09-08', metOn: null }];
    expect(deliverableStatus({ ...base, progress: 60, milestones })).toBe('at_risk');
    expect(deliverableStatus({ ...base, progress: 97, milestones })).toBe('on_track');
  });

  it('is on track when behind the line but no milestone is near', () => {
    const milestones = [{ dueOn: '2020-11-11', metOn: null }];
    expect(deliverableStatus({ ...base, progress: 10, milestones })).toBe('on_track');
  });

  it('counts the 14th day as near and the 15th as not', () => {
    const at = (days: number) => deliverableStatus({ ...base, progress: 0, milestones: [{ dueOn: addDays(base.today, days), metOn: null }] });
    expect(at(14)).toBe('at_risk');
    expect(at(15)).toBe('on_track');
    expect(at(0)).toBe('at_risk');
    expect(at(-1)).toBe('late');
  });

  const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2019-01-01', n));
  const milestone: fc.Arbitrary<MilestoneState> = fc.record({
    dueOn: fc.option(day, { nil: null }),
    metOn: fc.option(day, { nil: null }),
  });
  const input = fc.record({
    progress: fc.integer({ min: 0, max: 100 }),
    startedOn: day,
    today: day,
    milestones: fc.array(milestone, { maxLength: 5 }),
  });

  it('never calls late a deliverable whose milestones are all met or in the future', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = deliverableStatus(i);
        const anyPassedUnmet = i.milestones.some((m) => m.dueOn !== null && m.metOn === null && m.dueOn < i.today);
        expect(s === 'late').toBe(anyPassedUnmet && i.progress < 100);
      }),
    );
  });

  it('more progress never makes the status worse', () => {
    const rank = { done: 0, on_track: 1, at_risk: 2, late: 3 } as const;
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 100 }), (i, extra) => {
        const more = { ...i, progress: Math.min(100, i.progress + extra) };
        expect(rank[deliverableStatus(more)]).toBeLessThanOrEqual(rank[deliverableStatus(i)]);
      }),
    );
  });

  it('expected progress stays within 0–100 and grows with time', () => {
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 0, max: 400 }), (start, end, today, later) => {
        const a = expectedProgress(start, end, today);
        const b = expectedProgress(start, end, addDays(today, later));
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(100);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
