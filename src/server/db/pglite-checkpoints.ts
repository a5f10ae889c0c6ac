/**
 * Checkpoints for the embedded database. PGlite runs PostgreSQL as a single
 * backend without the checkpointer process, so nothing checkpoints until the
 * database is closed: the write-ahead log only grows (about 1 GB a minute
 * while 100,000 documents were being ingested; in memory, all of it RAM). A
 * server checkpoints when `max_wal_size` of log has been written or
 * `checkpoint_timeout` has passed; this does the same from a timer, after
 * which PostgreSQL recycles the old log segments.
 */
import type { PGlite } from '@electric-sql/pglite';

export interface CheckpointPolicy {
  /** How often the log position is looked at. */
  everyMs: number;
  /** Checkpoint once this much log has been written since the last one… */
  maxWalBytes: number;
  /** …or this long has passed and anything was written. */
  timeoutMs: number;
}

export const defaultCheckpointPolicy: CheckpointPolicy = { everyMs: 30_000, maxWalBytes: 256 * 2 ** 20, timeoutMs: 5 * 60_000 };

/** Starts the timer; the function returned stops it. */
export function startCheckpoints(client: PGlite, policy: CheckpointPolicy = defaultCheckpointPolicy, now = () => Date.now()): () => void {
  let lastLsn: string | null = null;
  let lastAt = now();
  let busy = false;
  const tick = async () => {
    if (busy || client.closed) return;
    busy = true;
    try {
      const { rows } = await client.query<{ lsn: string; written: string | null }>(
        'select pg_current_wal_insert_lsn()::text as lsn, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::text as written',
        [lastLsn ?? '0/0'],
      );
      const { lsn, written } = rows[0]!;
      if (lastLsn === null) {
        lastLsn = lsn;
        return;
      }
      const bytes = Number(written ?? 0);
      if (bytes >= policy.maxWalBytes || (bytes > 0 && now() - lastAt >= policy.timeoutMs)) {
        await client.exec('checkpoint');
        lastLsn = (await client.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0]!.lsn;
        lastAt = now();
      }
    } catch {
      // Closed meanwhile, or busy in a way that will pass: the next tick tries again.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), policy.everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
