/** Accounts a test needs beyond the demo's seven: any roles, for any party. */
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { parties, users } from '../../src/server/db/schema.js';
import type { Role } from '../../src/server/domain/vocabulary.js';
import { DEMO_PASSWORD, type Client, type Harness } from './harness.js';

/** Adds an account (the demo password) and signs it in. */
export async function signInNew(h: Harness, account: { email: string; roles: Role[]; party?: string }): Promise<Client> {
  const { db } = h.database;
  const [party] = account.party ? await db.select({ id: parties.id }).from(parties).where(eq(parties.code, account.party)) : [];
  if (account.party && !party) throw new Error(`no party ${account.party}`);
  await db.insert(users).values({
    email: account.email,
    displayName: account.email,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    roles: account.roles,
    partyId: party?.id ?? null,
  });
  return h.signIn(account.email);
}
