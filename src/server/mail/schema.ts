/**
 * The outbox: every e-mail Gavel sends is first a row here, written in the
 * same transaction as the change that causes it, then sent by the mail worker
 * (worker.ts), rendered in the recipient's language.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../db/schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const mailStatuses = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text('to_address').notNull(),
    toUserId: integer('to_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Which template made it (invitation, password_reset, task_assigned). */
    template: text('template').notNull(),
    language: text('language').notNull(),
    /** The message's facts (templates.ts MailMessage); links as paths under the public address. */
    message: jsonb('message').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Not sent before this instant: the back-off after a failed attempt. */
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    /** A worker that claimed the row holds it until then; a crashed worker's claim lapses. */
    leaseUntil: instant('lease_until'),
    lastError: text('last_error'),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
    check('mail_outbox_status_ck', sql`${t.status} in ('pending', 'sent', 'failed')`),
    check('mail_outbox_language_ck', sql`${t.language} in ('vi', 'en')`),
  ],
);
