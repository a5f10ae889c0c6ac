/**
 * A cache of serialized read responses (the public calendar is read far more
 * often than it is written), emptied whenever any write commits: at once when
 * this process wrote (its transaction has ended before the request that wrote
 * is answered, so a process reads its own writes), and through Postgres
 * NOTIFY when another process on the same database did.
 *
 * It can only be trusted while it hears every notification. When the LISTEN
 * connection is lost, it is bypassed (every read computed afresh, nothing
 * kept) until the connection listens again, and emptied then: writes
 * committed in between were never announced. A result computed while a
 * change committed, or while the connection was down, is not kept.
 *
 * Readers asking for the same missing key at once share one computation
 * (a summit-day spike on a cold key, or when the minute in a key turns,
 * would otherwise compute it once per waiting request); one that asks after
 * a change committed starts its own.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { CHANGE_CHANNEL } from './record.js';

export interface ReadCacheEvents {
  /** The LISTEN connection was lost: reads bypass the cache. */
  suspended?(): void;
  /** Listening again: the cache starts afresh. */
  resumed?(): void;
}

/** A serialized answer with its validators (RFC 9110 §8.8). */
export interface CachedAnswer {
  body: string;
  /** A strong entity tag: the hash of the body, quoted. */
  etag: string;
  /** When the body was computed, to the second (what Last-Modified can say). */
  lastModified: Date;
}

export class ReadCache {
  private generation = 0;
  private bypassed = false;
  private readonly entries = new Map<string, CachedAnswer>();
  /** Computations under way, by key, with the generation they started in. */
  private readonly pending = new Map<string, { generation: number; answer: Promise<CachedAnswer> }>();

  /** maxEntries 0 turns the cache off. */
  constructor(private readonly maxEntries = 500) {}

  static async attach(database: Database, maxEntries = 500, events: ReadCacheEvents = {}): Promise<{ cache: ReadCache; detach: () => Promise<void> }> {
    const cache = new ReadCache(maxEntries);
    const stopWatching = database.onTransactionEnd(() => cache.invalidate());
    const unlisten = await database.listen(CHANGE_CHANNEL, {
      notify: () => cache.invalidate(),
      lost: () => {
        cache.suspend();
        events.suspended?.();
      },
      restored: () => {
        cache.resume();
        events.resumed?.();
      },
    });
    return {
      cache,
      detach: async () => {
        stopWatching();
        await unlisten();
      },
    };
  }

  /** True while reads bypass the cache. */
  get suspended(): boolean {
    return this.bypassed;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Changes may go unannounced from now on: keep nothing. */
  suspend(): void {
    this.bypassed = true;
    this.invalidate();
  }

  /** Announcements arrive again; what was kept before (nothing) or computed meanwhile is dropped. */
  resume(): void {
    this.invalidate();
    this.bypassed = false;
  }

  /** The cached JSON for key, or compute it, serialize it and keep it if nothing changed meanwhile. */
  async json<T>(key: string, compute: () => Promise<T>, serialize: (value: T) => string = JSON.stringify): Promise<string> {
    return (await this.answer(key, compute, serialize)).body;
  }

  /** Like json(), with the answer's entity tag and the time it was computed. */
  async answer<T>(key: string, compute: () => Promise<T>, serialize: (value: T) => string = JSON.stringify): Promise<CachedAnswer> {
    const hit = this.bypassed ? undefined : this.entries.get(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    if (this.bypassed || this.maxEntries === 0) return this.computeAnswer(key, generation, compute, serialize);
    const under = this.pending.get(key);
    if (under && under.generation === generation) return under.answer;
    const answer = this.computeAnswer(key, generation, compute, serialize);
    this.pending.set(key, { generation, answer });
    const done = () => {
      if (this.pending.get(key)?.answer === answer) this.pending.delete(key);
    };
    answer.then(done, done);
    return answer;
  }

  private async computeAnswer<T>(key: string, generation: number, compute: () => Promise<T>, serialize: (value: T) => string): Promise<CachedAnswer> {
    const body = serialize(await compute());
    const answer: CachedAnswer = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
      lastModified: new Date(Math.floor(Date.now() / 1000) * 1000),
    };
    if (generation === this.generation && !this.bypassed && this.maxEntries > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, answer);
    }
    return answer;
  }
}
