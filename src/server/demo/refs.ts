/**
 * Natural keys of the demo data set resolved to ids, read from the database
 * so that a module's demo data can be loaded on a later start than the
 * foundation's.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { meetingClusters, meetings, meetingSeries, parties, people, users } from '../db/schema.js';

export interface DemoRefs {
  meeting(key: string): Promise<number>;
  party(code: string): Promise<number>;
  person(key: string): Promise<number>;
  user(email: string): Promise<number>;
  cluster(key: string): Promise<number>;
  series(code: string): Promise<number>;
}

function must(id: number | undefined, what: string, key: string): number {
  if (id === undefined) throw new Error(`Demo data refers to unknown ${what} '${key}'`);
  return id;
}

export function demoRefs(tx: DbOrTx): DemoRefs {
  return {
    meeting: async (key) => must((await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, key)))[0]?.id, 'meeting', key),
    party: async (code) => must((await tx.select({ id: parties.id }).from(parties).where(eq(parties.code, code)))[0]?.id, 'party', code),
    person: async (key) => must((await tx.select({ id: people.id }).from(people).where(eq(people.slug, key)))[0]?.id, 'person', key),
    user: async (email) => must((await tx.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())))[0]?.id, 'user', email),
    cluster: async (key) =>
      must((await tx.select({ id: meetingClusters.id }).from(meetingClusters).where(eq(meetingClusters.slug, key)))[0]?.id, 'cluster', key),
    series: async (code) => must((await tx.select({ id: meetingSeries.id }).from(meetingSeries).where(eq(meetingSeries.code, code)))[0]?.id, 'series', code),
  };
}

/**
 * Resolves keys one after another: a transaction's connection runs one query
 * at a time, and node-postgres deprecates queueing several on it at once.
 */
export async function eachInOrder<T, R>(items: readonly T[], resolve: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await resolve(item));
  return out;
}
