/**
 * Scheduling tables: per-cluster rules, the fairness ledger, and calendar
 * feed tokens.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { delegations, meetingClusters, parties, users } from '../db/schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Rules stored as JSON (validated by `clusterRules` in schemas.ts on the way in and out). */
export interface StoredClusterRules {
  fixedMeetingIds: number[];
  precedences: { beforeMeetingId: number; afterMeetingId: number; bufferMinutes: number }[];
  /** Party codes whose delegations accept night sessions (at night cost). */
  nightAllowedParties: string[];
  principalBufferMinutes?: number;
  principalDailyCapMinutes?: number;
}

export const scheduleClusterRules = pgTable('schedule_cluster_rules', {
  clusterId: integer('cluster_id')
    .primaryKey()
    .references(() => meetingClusters.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<StoredClusterRules>().notNull(),
});

/** Burden per party from each accepted cluster schedule; re-accepting a cluster replaces its rows. */
export const scheduleLedger = pgTable(
  'schedule_ledger',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    year: integer('year').notNull(),
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => meetingClusters.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    burden: integer('burden').notNull(),
    acceptedAt: instant('accepted_at').notNull().defaultNow(),
    acceptedBy: integer('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('schedule_ledger_cluster_party_uq').on(t.clusterId, t.partyId), index('schedule_ledger_year_idx').on(t.year)],
);

/** A delegation's subscribable feed: only the SHA-256 of the token is stored. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: instant('created_at').notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('calendar_feed_tokens_delegation_idx').on(t.delegationId)],
);
