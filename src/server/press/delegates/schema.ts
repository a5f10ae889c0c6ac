/**
 * Delegate accreditation's tables: the secretariat's quotas (per meeting
 * level, and per delegation and meeting where it grants an exception), the
 * liaisons' nominations and the meetings each nomination covers.
 */
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, primaryKey, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { meetingClusters, meetings, parties, users } from '../../db/schema.js';
import { oneOf } from '../../db/vocabulary-check.js';
import { delegateRoles, quotaLevels } from './seats.js';
import { nominationStatuses } from './status.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** How many members besides the head of delegation a delegation may nominate, per quota level. */
export const delegateQuotas = pgTable(
  'delegate_quotas',
  {
    /** A quota level (seats.ts: leaders, ministerial, senior_officials, other). */
    level: text('level', { enum: quotaLevels }).primaryKey(),
    members: integer('members').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [oneOf('delegate_quotas_level_ck', t.level, quotaLevels)],
);

/** One delegation's quota at one meeting, replacing the level's. */
export const delegateQuotaOverrides = pgTable(
  'delegate_quota_overrides',
  {
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    members: integer('members').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.meetingId] })],
);

/**
 * A person a delegation's liaison nominates, for one meeting or for a whole
 * cluster. A substitute names the nominee it replaced (`replacesId`) and why.
 */
export const delegateNominations = pgTable(
  'delegate_nominations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    clusterId: integer('cluster_id').references(() => meetingClusters.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    /** 'head' (of delegation) or 'member'. */
    role: text('role', { enum: delegateRoles }).notNull(),
    email: text('email').notNull(),
    photo: bytes('photo'),
    photoType: text('photo_type'),
    /** Set when the retention period removed the photo (privacy/retention.ts). */
    photoPurgedAt: instant('photo_purged_at'),
    /** pending, approved, rejected, withdrawn or replaced (status.ts). */
    status: text('status', { enum: nominationStatuses }).notNull(),
    /** Why it was rejected or withdrawn. */
    reason: text('reason'),
    replacesId: integer('replaces_id').references((): AnyPgColumn => delegateNominations.id, { onDelete: 'set null' }),
    substitutionReason: text('substitution_reason'),
    nominatedAt: instant('nominated_at').notNull().defaultNow(),
    nominatedBy: integer('nominated_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: instant('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('delegate_nominations_scope_ck', sql`(${t.meetingId} is null) <> (${t.clusterId} is null)`),
    index('delegate_nominations_party_idx').on(t.partyId, t.status),
    index('delegate_nominations_replaces_idx').on(t.replacesId),
    oneOf('delegate_nominations_role_ck', t.role, delegateRoles),
    oneOf('delegate_nominations_status_ck', t.status, nominationStatuses),
  ],
);

/** The meetings a nomination covers, fixed when it is made: its meeting, or its cluster's meetings the delegation takes part in. */
export const delegateNominationMeetings = pgTable(
  'delegate_nomination_meetings',
  {
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => delegateNominations.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.meetingId] }), index('delegate_nomination_meetings_meeting_idx').on(t.meetingId)],
);
