/**
 * The one shape of an update command: in one transaction, the row is loaded
 * and locked (a 404 naming it when it is gone), checked, written, and its
 * change recorded in the same transaction with the fields that changed.
 * Modules give the parts that are theirs: how to lock the row, and what to
 * check and write. `given` keeps only the fields a patch sends.
 */
import type { Db, Tx } from '../db/client.js';
import { notFound } from '../http/errors.js';
import { diff, recordChange, type Actor } from './record.js';
import type { ChangeEntityType } from './vocabulary.js';

/** The fields a patch sends: `undefined` is "not sent" and dropped; `null` is "clear" and kept. */
export function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface UpdateSpec<Row extends Record<string, unknown>> {
  /** The change log's entity type. */
  entityType: ChangeEntityType;
  /** What the 404 calls it ("Task"). */
  name: string;
  /** The row, selected `for('update')` (or after locking what guards it). */
  lock: (tx: Tx) => PromiseLike<Row[]>;
  entityId: (before: Row) => number;
  /**
   * Checks what the schema cannot, and says what is to change: the columns to
   * set (logged as from/to against the row before) and any other changes to
   * log (links replaced, say).
   */
  prepare: (tx: Tx, before: Row) => Promise<{ set: Partial<Row>; also?: Record<string, unknown> }>;
  /**
   * Writes the columns (and whatever follows from them; `changes` is what
   * will be logged, the `also` part included). May answer more to log, learnt
   * only by writing (a code given anew, say), logged ahead of the changes.
   */
  write: (tx: Tx, before: Row, set: Partial<Row>, changes: Record<string, unknown>) => Promise<Record<string, unknown> | void>;
  /** When nothing would change, neither write nor log (the command says nothing new). */
  skipUnchanged?: boolean;
}

/** The row as it was, and whether anything was written (false only with `skipUnchanged`). */
export interface UpdateResult<Row> {
  before: Row;
  changed: boolean;
}

export async function updateCommand<Row extends Record<string, unknown>>(db: Db, actor: Actor, spec: UpdateSpec<Row>): Promise<UpdateResult<Row>> {
  return db.transaction(async (tx) => {
    const [before] = await spec.lock(tx);
    if (!before) throw notFound(spec.name);
    const { set, also } = await spec.prepare(tx, before);
    const changes = { ...diff(before, set), ...also };
    if (spec.skipUnchanged && !Object.keys(changes).length) return { before, changed: false };
    const learnt = await spec.write(tx, before, set, changes);
    await recordChange(tx, actor, { entityType: spec.entityType, entityId: spec.entityId(before), action: 'update', changes: { ...learnt, ...changes } });
    return { before, changed: true };
  });
}
