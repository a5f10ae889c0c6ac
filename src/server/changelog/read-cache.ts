/**
 * A cache of serialized read responses (the public calendar is read far more
 * often than it is written), emptied whenever any write commits — in this
 * process or, through Postgres NOTIFY, in any other process on the same
 * database. A result computed while a change committed is not kept.
 */
import type { Database } from '../db/client.js';
import { CHANGE_CHANNEL } from './record.js';

export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, string>();

  /** maxEntries 0 turns the cache off. */
  constructor(private readonly maxEntries = 500) {}

  static async attach(database: Database, maxEntries = 500): Promise<{ cache: ReadCache; detach: () => Promise<void> }> {
    const cache = new ReadCache(maxEntries);
    const detach = await database.listen(CHANGE_CHANNEL, () => cache.invalidate());
    return { cache, detach };
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The cached JSON for key, or compute it, serialize it and keep it if nothing changed meanwhile. */
  async json<T>(key: string, compute: () => Promise<T>, serialize: (value: T) => string = JSON.stringify): Promise<string> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    const body = serialize(await compute());
    if (generation === this.generation && this.maxEntries > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, body);
    }
    return body;
  }
}
