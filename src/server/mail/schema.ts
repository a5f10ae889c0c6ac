/**
 * The outbox: every e-mail Gavel sends is first a row here, written in the
 * same transaction as the change that causes it, then sent by the mail worker
 * (worker.ts), rendered in the recipient's language.
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../db/schema.js';
import { bytea } from '../files/bytea.js';
import { oneOf } from '../db/vocabulary-check.js';
import { choosableCategories, mailDeliveries, mailStatuses } from './vocabulary.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export { mailStatuses, mailDeliveries, type MailStatus, type MailDelivery } from './vocabulary.js';

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text('to_address').notNull(),
    toUserId: integer('to_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Which template made it (templates.ts mailTemplates). */
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
    /**
     * Set by sweeps that may run again (the silence reminder, the daily
     * digest): a second run finds the key taken and writes nothing.
     */
    dedupeKey: text('dedupe_key'),
    /** For a digested message: the daily digest that carried it. */
    digestId: integer('digest_id').references((): AnyPgColumn => mailOutbox.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('mail_outbox_held_idx').on(t.toUserId, t.status),
    uniqueIndex('mail_outbox_dedupe_uq').on(t.dedupeKey),
    oneOf('mail_outbox_status_ck', t.status, mailStatuses),
    check('mail_outbox_language_ck', sql`${t.language} in ('vi', 'en')`),
  ],
);

/** Files sent with a message (a journalist's badge), written with it. */
export const mailAttachments = pgTable(
  'mail_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    outboxId: integer('outbox_id')
      .notNull()
      .references(() => mailOutbox.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('mail_attachments_outbox_idx').on(t.outboxId)],
);

/** How a user wants each kind of e-mail; no row: at once. */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    delivery: text('delivery').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.category] }),
    oneOf('mail_preferences_category_ck', t.category, choosableCategories),
    oneOf('mail_preferences_delivery_ck', t.delivery, mailDeliveries),
  ],
);
