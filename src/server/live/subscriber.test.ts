import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Subscriber, type LiveEvent } from './subscriber.js';

/** A response whose client never reads: everything written waits. */
class Stuck extends EventEmitter {
  writableLength = 0;
  destroyed = false;
  write(chunk: string) {
    this.writableLength += Buffer.byteLength(chunk);
    return false;
  }
  end() {}
  destroy() {
    this.destroyed = true;
  }
}

const event = (n: number): LiveEvent => ({ cursor: `${n}.1`, changeId: n, type: 'meeting', id: n, action: 'update', parent: null });

describe('a live subscriber', () => {
  it('drops a client that does not read before more than its queue waits', () => {
    const res = new Stuck();
    const endings: string[] = [];
    const s = new Subscriber(res as unknown as ServerResponse, null, 'k', 'a', 0, 4096, (_s, why) => endings.push(why));
    s.live();
    let most = 0;
    for (let n = 1; n < 1_000 && s.open; n++) {
      s.deliver([event(n)]);
      most = Math.max(most, res.writableLength);
    }
    expect(s.open).toBe(false);
    expect(res.destroyed).toBe(true);
    expect(most).toBeLessThanOrEqual(4096);
    expect(endings).toEqual(['slow']);
  });

  it('sends a burst larger than half its queue as one reset', () => {
    const res = new Stuck();
    const s = new Subscriber(res as unknown as ServerResponse, null, 'k', 'a', 0, 4096, () => {});
    s.live();
    s.deliver(Array.from({ length: 500 }, (_, i) => event(i + 1)));
    expect(s.open).toBe(true);
    expect(res.writableLength).toBeLessThan(100);
  });

  it('holds live events during the replay and skips those replayed', () => {
    const written: string[] = [];
    const res = Object.assign(new Stuck(), { write: (c: string) => (written.push(c), true) });
    const s = new Subscriber(res as unknown as ServerResponse, null, 'k', 'a', 0, 4096, () => {});
    s.deliver([event(2), event(3)]);
    expect(written).toEqual([]);
    s.replay([event(1), event(2)]);
    s.live();
    const ids = written.join('').match(/^id: \S+/gm);
    expect(ids).toEqual(['id: 1.1', 'id: 2.1', 'id: 3.1']);
  });
});
