/**
 * The daily digest: messages a user chose to receive once a day wait in the
 * outbox as `held`; once a day, from `hour` o'clock in the user's own time
 * zone, they are folded into one `daily_digest` message (sent like any
 * other) and marked `digested` with its id, in one transaction.
 *
 * Safe to repeat and to run in several processes: the held rows are taken
 * with FOR UPDATE SKIP LOCKED, and the digest's key (user and local day)
 * is unique, so a second run the same day writes nothing; messages held
 * after that day's digest wait for the next one.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../db/client.js';
import { users } from '../db/schema.js';
import { CHAIR_ZONE } from '../domain/chairmanship.js';
import { enqueueMail, languageOf } from './outbox.js';
import { mailAttachments, mailOutbox } from './schema.js';
import type { SingleMail } from './templates.js';

/** Makes the digests due at `now`; returns how many were written. */
export async function sendDigests(db: Db, hour: number, now = new Date()): Promise<number> {
  const waiting = await db
    .selectDistinct({
      id: users.id,
      email: users.email,
      language: users.language,
      timeZone: users.timeZone,
      displayName: users.displayName,
      displayNameVi: users.displayNameVi,
    })
    .from(mailOutbox)
    .innerJoin(users, eq(users.id, mailOutbox.toUserId))
    .where(and(eq(mailOutbox.status, 'held'), lte(mailOutbox.createdAt, now)));
  let written = 0;
  for (const user of waiting) {
    const local = DateTime.fromJSDate(now).setZone(user.timeZone);
    const zoned = local.isValid ? local : DateTime.fromJSDate(now).setZone(CHAIR_ZONE);
    if (zoned.hour < hour) continue;
    const day = zoned.toISODate()!;
    const made = await db.transaction(async (tx) => {
      const held = await tx
        .select({ id: mailOutbox.id, message: mailOutbox.message })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.toUserId, user.id), eq(mailOutbox.status, 'held'), lte(mailOutbox.createdAt, now)))
        .orderBy(asc(mailOutbox.id))
        .for('update', { skipLocked: true });
      if (!held.length) return false;
      const language = languageOf(user.language);
      const digestId = await enqueueMail(
        tx,
        { address: user.email, userId: user.id, language },
        {
          template: 'daily_digest',
          name: language === 'vi' ? (user.displayNameVi ?? user.displayName) : user.displayName,
          day,
          items: held.map((h) => h.message as SingleMail),
          path: '/account',
        },
        { dedupeKey: `daily_digest:${user.id}:${day}` },
      );
      if (digestId === null) return false;
      const ids = held.map((h) => h.id);
      await tx.update(mailOutbox).set({ status: 'digested', digestId }).where(inArray(mailOutbox.id, ids));
      // A held message's files (a badge) travel with the digest.
      await tx.update(mailAttachments).set({ outboxId: digestId }).where(inArray(mailAttachments.outboxId, ids));
      return true;
    });
    if (made) written++;
  }
  return written;
}
