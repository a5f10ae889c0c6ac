import { describe, expect, it } from 'vitest';
import { memoByList } from './memo.js';

describe('memoByList', () => {
  it('makes once per list object, again for another list however alike', () => {
    const made: number[][] = [];
    const lengthOf = memoByList((list: number[]) => {
      made.push(list);
      return { length: list.length };
    });
    const a = [1, 2];
    const first = lengthOf(a);
    expect(lengthOf(a)).toBe(first);
    expect(made).toEqual([a]);
    expect(lengthOf([1, 2])).not.toBe(first);
    expect(made).toHaveLength(2);
  });

  it('keys on the first argument only, and remembers an answer that is undefined', () => {
    let calls = 0;
    const pick = memoByList((_list: object, answer: string | undefined) => {
      calls++;
      return answer;
    });
    const list = {};
    expect(pick(list, undefined)).toBeUndefined();
    expect(pick(list, 'other')).toBeUndefined();
    expect(calls).toBe(1);
  });
});
