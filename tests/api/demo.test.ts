import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeEvents, delegations, meetings, parties, users } from '../../src/server/db/schema.js';
import { loadDemo } from '../../src/server/demo/index.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/database.js';

describe.each(engines)('the demo data set on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  const counts = async () => {
    const { db } = database;
    const n = async (table: typeof meetings | typeof delegations | typeof parties | typeof users | typeof changeEvents) =>
      (await db.select({ n: count() }).from(table))[0]!.n;
    return { meetings: await n(meetings), delegations: await n(delegations), parties: await n(parties), users: await n(users), events: await n(changeEvents) };
  };

  it('loads once; a second start changes nothing', async () => {
    const first = await loadDemo(database.db);
    expect(first).toContain('demo');
    const after = await counts();
    expect(after.meetings).toBeGreaterThanOrEqual(40);
    expect(after.parties).toBeGreaterThanOrEqual(27);
    expect(await loadDemo(database.db)).toEqual([]);
    expect(await counts()).toEqual(after);
  });
});
