/**
 * Scheduling tables: per-cluster rules, the fairness ledger, and calendar
 * feed tokens.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { delegations, meetingClusters, parties, users } from '../db/schema.js';
import type { ComfortBand } from './model.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Rules stored as JSON (validated by `clusterRules` in schemas.ts and `validateRules` in rules.ts on the way in). */
export interface StoredClusterRules {
  /** Meetings that stay at their current start (e.g. the opening session). */
  fixedMeetingIds: number[];
  precedences: { beforeMeetingId: number; afterMeetingId: number; bufferMinutes: number }[];
  /** Party codes whose delegations accept night sessions (at night cost). */
  nightAllowedParties: string[];
  principalBufferMinutes?: number;
  principalDailyCapMinutes?: number;
  /** Host-local dates to schedule in, instead of the cluster's own dates. */
  window?: { from: string; to: string };
  /** Per meeting: the whole meeting lies in [from, to) (ISO instants). */
  allowedRanges?: { meetingId: number; from: string; to: string }[];
  /** Per party code: the zone it joins the cluster from, and bands replacing the default ones. */
  comfort?: Record<string, { timeZone?: string; bands?: ComfortBand[] }>;
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
    /** Who it is for, e.g. "Mission calendar (Outlook)". */
    label: text('label'),
    /** When a calendar client last fetched the feed (updated at most every few minutes). */
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('calendar_feed_tokens_delegation_idx').on(t.delegationId)],
);
