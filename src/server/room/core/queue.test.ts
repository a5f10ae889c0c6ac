import { describe, expect, it } from 'vitest';
import type { HeadLevel } from '../../domain/vocabulary.js';
import { checkReorder, places, protocolRank, queue, type QueuedSpeaker } from './queue.js';
import { allowedItemActions, allowedSpeakerActions, nextItemState, nextSpeakerState } from './steps.js';

let next = 1;
const at = (minute: number) => new Date(Date.UTC(2020, 8, 12, 2, minute));
const s = (p: Partial<QueuedSpeaker> & { headLevel?: HeadLevel }): QueuedSpeaker => ({
  id: next++,
  kind: 'speech',
  state: 'waiting',
  headLevel: 'minister',
  requestedAt: at(0),
  chairPosition: null,
  ...p,
});

describe('the list of speakers', () => {
  it('ranks heads of state or government, then ministers, then other heads', () => {
    expect(protocolRank('head_of_state_or_government')).toBe(0);
    expect(protocolRank('minister')).toBe(1);
    expect(protocolRank('deputy_minister')).toBe(2);
    expect(protocolRank('ambassador')).toBe(2);
  });

  it('orders speeches by protocol level, then by the time of the request', () => {
    const ambassador = s({ headLevel: 'ambassador', requestedAt: at(1) });
    const lateMinister = s({ headLevel: 'minister', requestedAt: at(5) });
    const earlyMinister = s({ headLevel: 'minister', requestedAt: at(2) });
    const leader = s({ headLevel: 'head_of_state_or_government', requestedAt: at(9) });
    expect(queue([ambassador, lateMinister, earlyMinister, leader]).map((x) => x.id)).toEqual([leader.id, earlyMinister.id, lateMinister.id, ambassador.id]);
  });

  it('lets points of order, then rights of reply, jump the queue', () => {
    const leader = s({ headLevel: 'head_of_state_or_government' });
    const reply = s({ kind: 'right_of_reply', headLevel: 'official', requestedAt: at(3) });
    const order = s({ kind: 'point_of_order', headLevel: 'official', requestedAt: at(7) });
    expect(queue([leader, reply, order]).map((x) => x.id)).toEqual([order.id, reply.id, leader.id]);
  });

  it("keeps the chair's order ahead of speakers who asked afterwards", () => {
    const a = s({ headLevel: 'ambassador', chairPosition: 1 });
    const b = s({ headLevel: 'head_of_state_or_government', chairPosition: 2 });
    const late = s({ headLevel: 'head_of_state_or_government', requestedAt: at(30) });
    expect(queue([late, b, a]).map((x) => x.id)).toEqual([a.id, b.id, late.id]);
  });

  it('leaves out those who spoke, speak now or withdrew, and numbers the places from 1', () => {
    const speaking = s({ state: 'speaking' });
    const done = s({ state: 'done' });
    const gone = s({ state: 'withdrawn' });
    const w1 = s({ requestedAt: at(1) });
    const w2 = s({ requestedAt: at(2) });
    expect([...places([speaking, done, gone, w2, w1])]).toEqual([
      [w1.id, 1],
      [w2.id, 2],
    ]);
  });

  it("checks the chair's order names every waiting speech once", () => {
    expect(checkReorder([1, 2, 3], [3, 1, 2])).toBeNull();
    expect(checkReorder([1, 2, 3], [3, 1])).toMatch(/missing: 2/);
    expect(checkReorder([1, 2], [1, 1, 2])).toMatch(/twice/);
    expect(checkReorder([1, 2], [1, 2, 9])).toMatch(/9/);
  });
});

describe('steps of items and speakers', () => {
  it('opens, suspends, resumes and closes an item; a closed item may be reopened', () => {
    expect(nextItemState('pending', 'open', false)).toBe('open');
    expect(nextItemState('open', 'suspend', false)).toBe('suspended');
    expect(nextItemState('suspended', 'resume', false)).toBe('open');
    expect(nextItemState('suspended', 'close', false)).toBe('closed');
    expect(nextItemState('closed', 'open', true)).toBe('open');
    expect(nextItemState('pending', 'close', false)).toBeNull();
    expect(allowedItemActions('open', false)).toEqual(['suspend', 'close', 'close_list']);
    expect(allowedItemActions('open', true)).toEqual(['suspend', 'close', 'reopen_list']);
    expect(allowedItemActions('closed', true)).toEqual(['open']);
  });

  it('gives the floor to a waiting speaker only; a speaker who spoke cannot withdraw', () => {
    expect(nextSpeakerState('waiting', 'give_floor')).toBe('speaking');
    expect(nextSpeakerState('speaking', 'done')).toBe('done');
    expect(nextSpeakerState('waiting', 'withdraw')).toBe('withdrawn');
    expect(nextSpeakerState('done', 'withdraw')).toBeNull();
    expect(nextSpeakerState('withdrawn', 'give_floor')).toBeNull();
    expect(allowedSpeakerActions('done')).toEqual([]);
  });
});
