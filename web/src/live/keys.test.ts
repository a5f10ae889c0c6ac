import { describe, expect, it } from 'vitest';
import { matchesPrefix, staleKeys } from './keys';

const stale = (change: Parameters<typeof staleKeys>[0], key: unknown[]) => staleKeys(change).some((p) => matchesPrefix(key, p));

describe('queries a live change makes stale', () => {
  it("refreshes a meeting's page and the calendar, not another meeting's page", () => {
    const change = { type: 'meeting', id: 12, action: 'update' };
    expect(stale(change, ['meeting', '12'])).toBe(true);
    expect(stale(change, ['meetings', { year: '2020' }])).toBe(true);
    expect(stale(change, ['meeting', '13'])).toBe(false);
    expect(stale(change, ['document', '12'])).toBe(false);
  });

  it("refreshes the parent's page: a delegation's meeting, a comment's task", () => {
    expect(stale({ type: 'delegation', id: 5, action: 'create', parent: { type: 'meeting', id: 12 } }, ['meeting', '12'])).toBe(true);
    expect(stale({ type: 'task_comment', id: 9, action: 'create', parent: { type: 'task', id: 3 } }, ['committee', 'task', 3])).toBe(true);
    expect(stale({ type: 'task_comment', id: 9, action: 'create', parent: { type: 'task', id: 3 } }, ['committee', 'task', 4])).toBe(false);
  });

  it('refreshes document, dashboard and press pages', () => {
    expect(stale({ type: 'document', id: 7, action: 'update' }, ['document', '7'])).toBe(true);
    expect(stale({ type: 'document', id: 7, action: 'update' }, ['documents', { q: '' }])).toBe(true);
    expect(stale({ type: 'task', id: 1, action: 'update' }, ['committee', 'dashboard', null, undefined])).toBe(true);
    expect(stale({ type: 'article', id: 2, action: 'update' }, ['portal', 'home'])).toBe(true);
    expect(stale({ type: 'user', id: 2, action: 'update' }, ['meetings'])).toBe(false);
  });

  it('refreshes the daily programme on a meeting or a document, not on a task', () => {
    expect(stale({ type: 'meeting', id: 12, action: 'update' }, ['journal', '2020-09-10', 'profile'])).toBe(true);
    expect(stale({ type: 'document', id: 7, action: 'update' }, ['journal', 'today', 'Pacific/Auckland'])).toBe(true);
    expect(stale({ type: 'task', id: 7, action: 'update' }, ['journal', 'today', 'profile'])).toBe(false);
  });

  it("refreshes only the room of a speaker's or an item's meeting", () => {
    const speaker = { type: 'speaker', id: 3, action: 'create', parent: { type: 'meeting', id: 12 } };
    expect(stale(speaker, ['room', '12'])).toBe(true);
    expect(stale(speaker, ['room', '13'])).toBe(false);
    expect(stale(speaker, ['meetings'])).toBe(false);
    expect(stale({ type: 'meeting', id: 12, action: 'update' }, ['room', 12])).toBe(true);
  });

  it("refreshes a meeting's record of decisions and its portal live page on a decision or a step in the room", () => {
    const decision = { type: 'meeting_decision', id: 4, action: 'create', parent: { type: 'meeting', id: 12 } };
    expect(stale(decision, ['decisions', '12'])).toBe(true);
    expect(stale(decision, ['portal', 'live', '12'])).toBe(true);
    expect(stale(decision, ['portal', 'live', '13'])).toBe(false);
    expect(stale({ type: 'speaker', id: 3, action: 'update', parent: { type: 'meeting', id: 12 } }, ['portal', 'live', '12'])).toBe(true);
    expect(stale({ type: 'document', id: 7, action: 'update' }, ['decisions', '12'])).toBe(true);
  });
});
