/**
 * How each user wants each kind of e-mail: at once, in a daily digest, or
 * not at all. Only the categories in `choosableCategories` can be changed;
 * the others (account links, the digest itself, applicants' press mail) are
 * always sent at once.
 */
import { and, eq } from 'drizzle-orm';
import { diff, recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { mailPreferences, type MailDelivery } from './schema.js';
import { choosableCategories, type ChoosableCategory, type MailCategory } from './templates.js';

export type MailPreferenceMap = Record<ChoosableCategory, MailDelivery>;

const isChoosable = (c: MailCategory): c is ChoosableCategory => (choosableCategories as readonly string[]).includes(c);

export async function deliveryFor(db: DbOrTx, userId: number, category: MailCategory): Promise<MailDelivery> {
  if (!isChoosable(category)) return 'immediate';
  const [row] = await db
    .select({ delivery: mailPreferences.delivery })
    .from(mailPreferences)
    .where(and(eq(mailPreferences.userId, userId), eq(mailPreferences.category, category)));
  return (row?.delivery as MailDelivery | undefined) ?? 'immediate';
}

export async function preferencesOf(db: DbOrTx, userId: number): Promise<MailPreferenceMap> {
  const rows = await db.select().from(mailPreferences).where(eq(mailPreferences.userId, userId));
  const chosen = new Map(rows.map((r) => [r.category, r.delivery as MailDelivery]));
  return Object.fromEntries(choosableCategories.map((c) => [c, chosen.get(c) ?? 'immediate'])) as MailPreferenceMap;
}

/** Sets the categories given, in one transaction with the change-log event (on the user). */
export async function setPreferences(db: Db, actor: Actor, userId: number, patch: Partial<MailPreferenceMap>): Promise<MailPreferenceMap> {
  return db.transaction(async (tx) => {
    const before = await preferencesOf(tx, userId);
    const changes = diff(before as Record<string, unknown>, patch as Record<string, unknown>);
    if (!Object.keys(changes).length) return before;
    for (const [category, delivery] of Object.entries(patch) as Array<[ChoosableCategory, MailDelivery]>) {
      await tx
        .insert(mailPreferences)
        .values({ userId, category, delivery })
        .onConflictDoUpdate({ target: [mailPreferences.userId, mailPreferences.category], set: { delivery, updatedAt: new Date() } });
    }
    await recordChange(tx, actor, { entityType: 'user', entityId: userId, action: 'update', changes: { mailPreferences: changes } });
    return { ...before, ...patch };
  });
}
