/**
 * Writing to the outbox: call inside the transaction of the change that
 * causes the e-mail, so that the message exists exactly when the change does.
 * The row keeps the message's facts and the recipient's language; subject
 * and body are rendered from them (templates.ts) when it is sent or shown.
 */
import type { DbOrTx } from '../db/client.js';
import { mailOutbox } from './schema.js';
import { renderMail, type MailLanguage, type MailMessage, type RenderedMail } from './templates.js';

export interface Recipient {
  address: string;
  userId: number | null;
  language: MailLanguage;
}

export async function enqueueMail(tx: DbOrTx, to: Recipient, message: MailMessage): Promise<number> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({ toAddress: to.address, toUserId: to.userId, template: message.template, language: to.language, message })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** A user's language as stored, narrowed for the templates. */
export const languageOf = (stored: string): MailLanguage => (stored === 'en' ? 'en' : 'vi');

export function renderRow(row: { message: unknown; language: string }, baseUrl: string): RenderedMail {
  return renderMail(row.message as MailMessage, languageOf(row.language), baseUrl);
}
