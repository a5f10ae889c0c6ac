/**
 * Writing to the outbox: call inside the transaction of the change that
 * causes the e-mail, so that the message exists exactly when the change does.
 * The row keeps the message's facts and the recipient's language; subject
 * and body are rendered from them (templates.ts) when it is sent or shown.
 *
 * The recipient's preference (preferences.ts) decides the row's status: sent
 * at once (pending), kept for the daily digest (held), or not sent
 * (suppressed). Invitations and password resets are always sent at once.
 */
import type { DbOrTx } from '../db/client.js';
import { deliveryFor } from './preferences.js';
import { mailAttachments, mailOutbox, type MailStatus } from './schema.js';
import { categoryOf, renderMail, type MailLanguage, type MailMessage, type RenderedMail } from './templates.js';

export interface Recipient {
  address: string;
  userId: number | null;
  language: MailLanguage;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface EnqueueOptions {
  /** A sweep's key for this one message: a second run writes nothing (and answers null). */
  dedupeKey?: string;
  attachments?: Attachment[];
}

const statusFor = { immediate: 'pending', daily: 'held', off: 'suppressed' } as const satisfies Record<string, MailStatus>;

/** The outbox row's id, or null when `dedupeKey` was taken already. */
export async function enqueueMail(tx: DbOrTx, to: Recipient, message: MailMessage, options: EnqueueOptions = {}): Promise<number | null> {
  const delivery = to.userId === null ? 'immediate' : await deliveryFor(tx, to.userId, categoryOf(message.template));
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      toAddress: to.address,
      toUserId: to.userId,
      template: message.template,
      language: to.language,
      message,
      status: statusFor[delivery],
      dedupeKey: options.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  if (!row) return null;
  if (options.attachments?.length) {
    await tx.insert(mailAttachments).values(options.attachments.map((a) => ({ ...a, outboxId: row.id })));
  }
  return row.id;
}

/** A user's language as stored, narrowed for the templates. */
export const languageOf = (stored: string): MailLanguage => (stored === 'en' ? 'en' : 'vi');

export function renderRow(row: { message: unknown; language: string }, baseUrl: string): RenderedMail {
  return renderMail(row.message as MailMessage, languageOf(row.language), baseUrl);
}
