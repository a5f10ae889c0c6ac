import { describe, expect, it } from 'vitest';
import { carriedOver, isOverdue } from './tasks.js';

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
