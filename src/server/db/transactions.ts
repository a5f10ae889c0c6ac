import type { Db } from './types.js';

/**
 * Calls the callbacks after every top-level transaction on db ends. A
 * process then drops what it cached before answering the request that wrote,
 * so it always reads its own writes; other processes hear of the write by
 * NOTIFY. A transaction whose COMMIT was cut off may or may not have
 * committed, so this runs whatever the outcome. A read-only transaction
 * (`accessMode: 'read only'`, e.g. a search that sets planner options for its
 * reads) writes nothing, so it leaves the caches alone.
 */
export function watchTransactions(db: Db): (callback: () => void) => () => void {
  const callbacks = new Set<() => void>();
  const transaction = db.transaction.bind(db);
  db.transaction = (async (run, config) => {
    try {
      return await transaction(run, config);
    } finally {
      if (config?.accessMode !== 'read only') for (const callback of callbacks) callback();
    }
  }) as Db['transaction'];
  return (callback) => {
    callbacks.add(callback);
    return () => callbacks.delete(callback);
  };
}
