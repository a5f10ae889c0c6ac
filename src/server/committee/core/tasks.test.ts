import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { carriedOver, closedAtAfter, isOpen, isOverdue, statusAsOf, taskStatuses, type TaskStatus } from './tasks.js';

const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2019-01-01', n));
const status = fc.constantFrom(...taskStatuses);

describe('tasks', () => {
  it('is overdue only while open and past its day', () => {
    expect(isOverdue({ status: 'open', due: '2020-11-10' }, '2020-11-11')).toBe(true);
    expect(isOverdue({ status: 'in_progress', due: '2020-11-11' }, '2020-11-11')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2020-11-10' }, '2020-11-11')).toBe(false);
    expect(isOverdue({ status: 'open', due: null }, '2020-11-11')).toBe(false);
  });

  it('carries over open tasks of earlier sessions, oldest first', () => {
    const tasks = [
      { id: 5, status: 'open' as const, due: null, sessionNumber: 6 },
      { id: 1, status: 'done' as const, due: null, sessionNumber: 5 },
      { id: 2, status: 'in_progress' as const, due: '2020-01-01', sessionNumber: 5 },
      { id: 9, status: 'open' as const, due: null, sessionNumber: 7 },
      { id: 3, status: 'cancelled' as const, due: null, sessionNumber: 4 },
    ];
    expect(carriedOver(tasks, 7).map((t) => t.id)).toEqual([2, 5]);
  });
});

describe('a task as of a day', () => {
  it('is done from the day it was done, and still to do before', () => {
    const security = { status: 'done' as const, closedOn: '2020-11-15' };
    expect(statusAsOf(security, '2020-11-12')).toBe('open');
    expect(statusAsOf(security, '2020-11-15')).toBe('done');
    expect(statusAsOf(security, '2026-01-01')).toBe('done');
    // Due on the summit's eve, done after it opened: late on the opening day, not a week later.
    expect(isOverdue({ status: statusAsOf(security, '2020-11-12'), due: '2020-11-11' }, '2020-11-12')).toBe(true);
    expect(isOverdue({ status: statusAsOf(security, '2020-11-20'), due: '2020-11-11' }, '2020-11-20')).toBe(false);
  });

  it('keeps an open task as it is, and a closed task without a closing day closed', () => {
    expect(statusAsOf({ status: 'in_progress', closedOn: null }, '2020-01-01')).toBe('in_progress');
    expect(statusAsOf({ status: 'cancelled', closedOn: null }, '2020-01-01')).toBe('cancelled');
  });

  it('never reopens as time goes on: once closed on a day, closed on every later day', () => {
    fc.assert(
      fc.property(status, fc.option(day, { nil: null }), day, day, (s, closedOn, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const task = { status: s, closedOn: isOpen(s) ? null : closedOn };
        if (!isOpen(statusAsOf(task, early))) expect(statusAsOf(task, late)).toBe(s);
        // Whatever the day, the answer is the task's status or "open".
        expect([s, 'open']).toContain(statusAsOf(task, early));
      }),
    );
  });

  it('is never overdue on or after the day it was closed', () => {
    fc.assert(
      fc.property(fc.constantFrom<TaskStatus>('done', 'cancelled'), day, day, fc.integer({ min: 0, max: 400 }), (s, due, closedOn, after) => {
        const asOf = addDays(closedOn, after);
        expect(isOverdue({ status: statusAsOf({ status: s, closedOn }, asOf), due }, asOf)).toBe(false);
      }),
    );
  });
});

describe('the closing instant', () => {
  const now = new Date('2020-11-15T10:00:00Z');
  const earlier = new Date('2020-11-10T03:00:00Z');

  it('is stamped on closing, kept while closed the same way, moved when closed another way, cleared on reopening', () => {
    expect(closedAtAfter({ status: 'in_progress', closedAt: null }, 'done', now)).toBe(now);
    expect(closedAtAfter({ status: 'done', closedAt: earlier }, 'done', now)).toBe(earlier);
    expect(closedAtAfter({ status: 'done', closedAt: earlier }, 'cancelled', now)).toBe(now);
    expect(closedAtAfter({ status: 'done', closedAt: earlier }, 'open', now)).toBeNull();
    expect(closedAtAfter({ status: 'open', closedAt: null }, 'in_progress', now)).toBeNull();
  });

  it('is set exactly when the new status is closed', () => {
    fc.assert(
      fc.property(status, status, fc.option(fc.date({ noInvalidDate: true }), { nil: null }), (from, to, at) => {
        const before = { status: from, closedAt: isOpen(from) ? null : at };
        const after = closedAtAfter(before, to, now);
        if (isOpen(to)) expect(after).toBeNull();
        else if (from !== to) expect(after).toBe(now);
      }),
    );
  });
});
