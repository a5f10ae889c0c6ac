/**
 * One person's data, on request: everything Gavel holds under an e-mail
 * address, as one JSON document. The account (without its password hash and
 * session tokens), its roles and scopes, sessions, links and e-mail
 * preferences, its notifications; press applications and delegate
 * nominations made under the address (photos as base64, the consent given);
 * the e-mails sent to it as rendered; the change-log events it caused and
 * those about its account, applications and nominations, and failed
 * sign-ins under the address.
 *
 * Only rows matched by the address or the account are read, so nothing of
 * another person's is included — except what the matched rows themselves
 * name (who decided an application is named by account id, not by name).
 */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { changeEvents, sessions, users } from '../db/schema.js';
import { notifications, userBodies } from '../committee/schema.js';
import { renderRow } from '../mail/outbox.js';
import { preferencesOf } from '../mail/preferences.js';
import { mailAttachments, mailOutbox } from '../mail/schema.js';
import { delegateNominations } from '../press/delegates/schema.js';
import { pressApplications } from '../press/schema.js';
import { passwordLinks } from '../users/schema.js';

const sameAddress = (column: AnyPgColumn, email: string) => sql`lower(${column}) = lower(${email})`;
const photoOf = (bytes: Uint8Array | null, type: string | null) => (bytes ? { type, base64: Buffer.from(bytes).toString('base64') } : null);

export async function exportPerson(db: Db, email: string, publicUrl: string, now = new Date()) {
  const [account] = await db.select().from(users).where(sameAddress(users.email, email));
  const { passwordHash, ...accountFacts } = account ?? { passwordHash: null };

  const applications = (await db.select().from(pressApplications).where(sameAddress(pressApplications.email, email)).orderBy(asc(pressApplications.id))).map(
    ({ accessKeyHash: _k, photo, photoType, ...a }) => ({ ...a, photo: photoOf(photo, photoType) }),
  );
  const nominations = (
    await db.select().from(delegateNominations).where(sameAddress(delegateNominations.email, email)).orderBy(asc(delegateNominations.id))
  ).map(({ photo, photoType, ...n }) => ({ ...n, photo: photoOf(photo, photoType) }));

  const mailTo = account ? or(sameAddress(mailOutbox.toAddress, email), eq(mailOutbox.toUserId, account.id)) : sameAddress(mailOutbox.toAddress, email);
  const mailRows = await db.select().from(mailOutbox).where(mailTo).orderBy(asc(mailOutbox.id));
  const attachments = mailRows.length
    ? await db
        .select({ outboxId: mailAttachments.outboxId, filename: mailAttachments.filename, contentType: mailAttachments.contentType })
        .from(mailAttachments)
        .where(
          inArray(
            mailAttachments.outboxId,
            mailRows.map((m) => m.id),
          ),
        )
    : [];
  const mail = mailRows.map((m) => ({
    id: m.id,
    toAddress: m.toAddress,
    template: m.template,
    language: m.language,
    status: m.status,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    ...renderRow(m, publicUrl),
    attachments: attachments.filter((a) => a.outboxId === m.id).map(({ filename, contentType }) => ({ filename, contentType })),
  }));

  // Failed sign-ins under an address that has no account are logged by the address typed.
  const about: SQL[] = [and(eq(changeEvents.entityType, 'user'), sameAddress(changeEvents.entityId, email))!];
  if (account) about.push(and(eq(changeEvents.entityType, 'user'), eq(changeEvents.entityId, String(account.id)))!, eq(changeEvents.actorUserId, account.id));
  if (applications.length)
    about.push(
      and(
        eq(changeEvents.entityType, 'press_application'),
        inArray(
          changeEvents.entityId,
          applications.map((a) => String(a.id)),
        ),
      )!,
    );
  if (nominations.length)
    about.push(
      and(
        eq(changeEvents.entityType, 'delegate_nomination'),
        inArray(
          changeEvents.entityId,
          nominations.map((n) => String(n.id)),
        ),
      )!,
    );
  const changeLog = await db
    .select({
      id: changeEvents.id,
      occurredAt: changeEvents.occurredAt,
      actorUserId: changeEvents.actorUserId,
      entityType: changeEvents.entityType,
      entityId: changeEvents.entityId,
      action: changeEvents.action,
      changes: changeEvents.changes,
    })
    .from(changeEvents)
    .where(or(...about))
    .orderBy(asc(changeEvents.id));

  return {
    email,
    exportedAt: now.toISOString(),
    account: account
      ? {
          ...accountFacts,
          hasPassword: passwordHash !== null,
          bodyIds: (await db.select({ bodyId: userBodies.bodyId }).from(userBodies).where(eq(userBodies.userId, account.id))).map((b) => b.bodyId),
          mailPreferences: await preferencesOf(db, account.id),
          sessions: await db
            .select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
            .from(sessions)
            .where(eq(sessions.userId, account.id)),
          passwordLinks: await db
            .select({ purpose: passwordLinks.purpose, createdAt: passwordLinks.createdAt, expiresAt: passwordLinks.expiresAt, usedAt: passwordLinks.usedAt })
            .from(passwordLinks)
            .where(eq(passwordLinks.userId, account.id)),
          notifications: await db
            .select({
              kind: notifications.kind,
              taskId: notifications.taskId,
              day: notifications.day,
              createdAt: notifications.createdAt,
              readAt: notifications.readAt,
            })
            .from(notifications)
            .where(eq(notifications.userId, account.id)),
        }
      : null,
    pressApplications: applications,
    delegateNominations: nominations,
    mail,
    changeLog,
  };
}
