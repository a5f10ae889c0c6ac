/**
 * What a module's share of the demo data set is (listed in `modules.ts`).
 * Apart from the list, so that a module's seed imports this and not the list
 * of every module's seeds.
 */
import type { Tx } from '../db/client.js';
import type { DemoRefs } from './refs.js';

export interface ModuleSeed {
  /** Recorded in seed_runs as `demo:<name>`. */
  name: string;
  load(tx: Tx, refs: DemoRefs): Promise<void>;
}
