/** The whole demo data set: the foundation's, then each module's. */
import { eq } from 'drizzle-orm';
import { recordChange, systemActor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { seedRuns } from '../db/schema.js';
import { demoData } from './data/index.js';
import { loadDataSet } from './load.js';
import { moduleSeeds } from './modules.js';
import type { ModuleSeed } from './seed.js';
import { demoRefs } from './refs.js';

export { demoData };

/** Loads what is not loaded yet; returns the names loaded now. */
export async function loadDemo(db: Db, seeds: readonly ModuleSeed[] = moduleSeeds): Promise<string[]> {
  const loaded: string[] = [];
  if (await loadDataSet(db, 'demo', demoData)) loaded.push('demo');
  for (const seed of seeds) {
    const name = `demo:${seed.name}`;
    const [done] = await db.select().from(seedRuns).where(eq(seedRuns.name, name));
    if (done) continue;
    await db.transaction(async (tx) => {
      await seed.load(tx, demoRefs(tx));
      await tx.insert(seedRuns).values({ name });
      await recordChange(tx, systemActor, { entityType: 'data_set', entityId: name, action: 'seed', changes: {} });
    });
    loaded.push(name);
  }
  return loaded;
}
