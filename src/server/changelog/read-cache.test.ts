import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.js';

describe('the read cache', () => {
  const counter = () => {
    let n = 0;
    return async () => ++n;
  };

  it('keeps a result until a change is announced', async () => {
    const cache = new ReadCache();
    const compute = counter();
    expect(await cache.json('k', compute)).toBe('1');
    expect(await cache.json('k', compute)).toBe('1');
    cache.invalidate();
    expect(await cache.json('k', compute)).toBe('2');
  });

  it('lets readers asking at once share one computation, but not across a change', async () => {
    const cache = new ReadCache();
    let n = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      await gate;
      return ++n;
    };
    const first = cache.json('k', slow);
    const second = cache.json('k', slow);
    cache.invalidate();
    // Asked after a change committed: its own computation.
    const third = cache.json('k', slow);
    release();
    expect(await Promise.all([first, second, third])).toEqual(['1', '1', '2']);
    expect(n).toBe(2);
    // Off (no entries kept), every reader computes.
    const off = new ReadCache(0);
    const compute = counter();
    expect(await Promise.all([off.json('k', compute), off.json('k', compute)])).toEqual(['1', '2']);
  });

  it('does not keep a result computed while a change was announced', async () => {
    const cache = new ReadCache();
    let n = 0;
    expect(await cache.json('k', async () => (cache.invalidate(), ++n))).toBe('1');
    expect(await cache.json('k', async () => ++n)).toBe('2');
  });

  it('is bypassed while changes may go unannounced, and starts afresh when they are announced again', async () => {
    const cache = new ReadCache();
    const compute = counter();
    expect(await cache.json('k', compute)).toBe('1');
    cache.suspend();
    expect(cache.suspended).toBe(true);
    expect(await cache.json('k', compute)).toBe('2');
    expect(await cache.json('k', compute)).toBe('3');
    // A read that began while suspended and ends after resuming is not kept either.
    let finish!: (n: number) => void;
    const slow = cache.json('k', () => new Promise<number>((r) => (finish = r)));
    cache.resume();
    finish(99);
    expect(await slow).toBe('99');
    expect(cache.suspended).toBe(false);
    expect(await cache.json('k', compute)).toBe('4');
    expect(await cache.json('k', compute)).toBe('4');
  });
});
