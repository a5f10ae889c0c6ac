/**
 * The links sent by e-mail to set a password: an invitation's and a password
 * reset's. The link carries a random token; only its SHA-256 is kept here,
 * with its expiry and the moment it was used (a link works once).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../db/schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const linkPurposes = ['invitation', 'password_reset'] as const;
export type LinkPurpose = (typeof linkPurposes)[number];

export const passwordLinks = pgTable(
  'password_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('password_links_user_idx').on(t.userId), check('password_links_purpose_ck', sql`${t.purpose} in ('invitation', 'password_reset')`)],
);
