/**
 * The foundation's tables: parties, people, meetings and their delegations,
 * users and sessions, the change log. Each module keeps its own tables in its
 * own `schema.ts` (drizzle-kit reads them all: drizzle.config.ts). Instants
 * are timestamptz; where local meaning matters the IANA zone is stored beside
 * them.
 */
import { sql } from 'drizzle-orm';
import { customType, bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { CHAIR_ZONE } from '../domain/chairmanship.js';
import { headLevels, meetingFormats, meetingLevels, meetingStatuses, partnerStatuses, partyKinds, roles } from '../domain/vocabulary.js';
import { allOf, oneOf } from './vocabulary-check.js';

/** A 64-bit transaction id (xid8), read as decimal text: what live streams resume by (live/cursor.ts). */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

export const organizations = pgTable('organizations', {
  id: id(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameVi: text('name_vi').notNull(),
});

/** Anyone who can send a delegation: members, partners, bodies, guests. */
export const parties = pgTable(
  'parties',
  {
    id: id(),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    code: text('code').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameVi: text('name_vi').notNull(),
    kind: text('kind', { enum: partyKinds }).notNull(),
    isMember: boolean('is_member').notNull().default(false),
    timeZone: text('time_zone').notNull(),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [oneOf('parties_kind_ck', t.kind, partyKinds)],
);

export const partnerStatusHistory = pgTable(
  'partner_status_history',
  {
    id: id(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    status: text('status', { enum: partnerStatuses }).notNull(),
    since: date('since').notNull(),
    until: date('until'),
    decidedAtMeetingId: integer('decided_at_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    noteEn: text('note_en'),
    noteVi: text('note_vi'),
  },
  (t) => [index('partner_status_party_idx').on(t.partyId), oneOf('partner_status_history_status_ck', t.status, partnerStatuses)],
);

/**
 * A chairmanship year. The handover is how this year's chair received the
 * chair from the year before's: the event, its day and the meeting it closed.
 */
export const chairmanships = pgTable('chairmanships', {
  id: id(),
  organizationId: integer('organization_id')
    .notNull()
    .references(() => organizations.id),
  year: integer('year').notNull().unique(),
  chairPartyId: integer('chair_party_id')
    .notNull()
    .references(() => parties.id),
  themeEn: text('theme_en').notNull(),
  themeVi: text('theme_vi').notNull(),
  handoverOn: date('handover_on'),
  handoverMeetingId: integer('handover_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
  handoverEventEn: text('handover_event_en'),
  handoverEventVi: text('handover_event_vi'),
});

export const people = pgTable('people', {
  id: id(),
  slug: text('slug').notNull().unique(),
  fullName: text('full_name').notNull(),
  partyId: integer('party_id').references(() => parties.id),
  searchText: text('search_text').notNull().default(''),
});

export const personRoles = pgTable(
  'person_roles',
  {
    id: id(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [index('person_roles_person_idx').on(t.personId)],
);

export const meetingSeries = pgTable(
  'meeting_series',
  {
    id: id(),
    code: text('code').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameVi: text('name_vi').notNull(),
    level: text('level', { enum: meetingLevels }).notNull(),
    partnerPartyId: integer('partner_party_id').references(() => parties.id),
  },
  (t) => [oneOf('meeting_series_level_ck', t.level, meetingLevels)],
);

export const meetingClusters = pgTable('meeting_clusters', {
  id: id(),
  slug: text('slug').notNull().unique(),
  titleEn: text('title_en').notNull(),
  titleVi: text('title_vi').notNull(),
  hostTimeZone: text('host_time_zone').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
});

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    slug: text('slug').unique(),
    seriesId: integer('series_id')
      .notNull()
      .references(() => meetingSeries.id),
    edition: integer('edition'),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    level: text('level', { enum: meetingLevels }).notNull(),
    format: text('format', { enum: meetingFormats }).notNull(),
    status: text('status', { enum: meetingStatuses }).notNull(),
    hostCityEn: text('host_city_en').notNull(),
    hostCityVi: text('host_city_vi').notNull(),
    hostTimeZone: text('host_time_zone').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    clusterId: integer('cluster_id').references(() => meetingClusters.id, { onDelete: 'set null' }),
    chairPartyId: integer('chair_party_id').references(() => parties.id),
    chairPersonId: integer('chair_person_id').references(() => people.id, { onDelete: 'set null' }),
    isPublic: boolean('is_public').notNull().default(true),
    searchText: text('search_text').notNull().default(''),
    /**
     * Bumped by every change a calendar event shows (times, title, place,
     * format, status), in the change's transaction: the iCalendar SEQUENCE,
     * so subscribed calendars replace what they hold.
     */
    revision: integer('revision').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meetings_series_edition_uq').on(t.seriesId, t.edition),
    index('meetings_starts_at_idx').on(t.startsAt),
    index('meetings_cluster_idx').on(t.clusterId),
    oneOf('meetings_level_ck', t.level, meetingLevels),
    oneOf('meetings_format_ck', t.format, meetingFormats),
    oneOf('meetings_status_ck', t.status, meetingStatuses),
  ],
);

export const meetingCoChairs = pgTable(
  'meeting_co_chairs',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('meeting_co_chairs_uq').on(t.meetingId, t.partyId)],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    /** In the room (room/core/vocabulary.ts): pending, open, suspended, closed. */
    state: text('state').notNull().default('pending'),
    openedAt: instant('opened_at'),
    closedAt: instant('closed_at'),
    /** When the chair closed the list of speakers (null: open). */
    listClosedAt: instant('list_closed_at'),
    speakingSeconds: integer('speaking_seconds').notNull().default(180),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId), check('agenda_items_state_ck', sql`${t.state} in ('pending', 'open', 'suspended', 'closed')`)],
);

export const delegations = pgTable(
  'delegations',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    headName: text('head_name'),
    headPersonId: integer('head_person_id').references(() => people.id, { onDelete: 'set null' }),
    headLevel: text('head_level', { enum: headLevels }).notNull(),
    timeZone: text('time_zone').notNull(),
    noteEn: text('note_en'),
    noteVi: text('note_vi'),
  },
  (t) => [uniqueIndex('delegations_meeting_party_uq').on(t.meetingId, t.partyId), oneOf('delegations_head_level_ck', t.headLevel, headLevels)],
);

/**
 * Accounts. `roles` holds every role the account has; the scopes some roles
 * need are kept where the rules read them: `party_id` (the party a delegation's
 * liaison or press officer speaks for) and `user_bodies` (a focal point's
 * committee bodies). See users/README.md.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    /** The name in English (and in Vietnamese when it differs: `display_name_vi`). */
    displayName: text('display_name').notNull(),
    displayNameVi: text('display_name_vi'),
    /** The job title in each language ("Officer, National ASEAN Secretariat"); either may be missing. */
    jobTitleEn: text('job_title_en'),
    jobTitleVi: text('job_title_vi'),
    /** Null until an invited user sets a password through the invitation link. */
    passwordHash: text('password_hash'),
    roles: text('roles', { enum: roles })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    partyId: integer('party_id').references(() => parties.id),
    /** The language of the UI and of e-mails sent to this user. */
    language: text('language').notNull().default('vi'),
    /**
     * Whether the user chose `language` on their own profile. Only then does
     * the web switch to it at sign-in: a default (or an admin's guess) must
     * not override the language the reader's browser asks for.
     */
    languageChosen: boolean('language_chosen').notNull().default(false),
    /** The zone the user reads times in; the chair's until they choose theirs. */
    timeZone: text('time_zone').notNull().default(CHAIR_ZONE),
    /** Set: sign-in refused, sessions ended. */
    deactivatedAt: instant('deactivated_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [allOf('users_roles_ck', t.roles, roles), check('users_language_ck', sql`${t.language} in ('vi', 'en')`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the cookie itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Moved forward (at most once a minute) as the session is used; the idle timeout counts from it. */
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** The audit trail and, later, the feed for live updates. */
export const changeEvents = pgTable(
  'change_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull(),
    requestId: text('request_id'),
    /** The writing transaction's id. */
    txId: xid8('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    /**
     * The oldest transaction still running when the event was written: any
     * event committed after this one with a lower id belongs to a transaction
     * at least this new, which is how a resumed stream finds events that
     * committed out of id order (live/cursor.ts).
     */
    txXmin: xid8('tx_xmin')
      .notNull()
      .default(sql`pg_snapshot_xmin(pg_current_snapshot())`),
  },
  (t) => [index('change_events_entity_idx').on(t.entityType, t.entityId), index('change_events_tx_idx').on(t.txId)],
);

/** Which data sets have been loaded, so a second start loads nothing. */
export const seedRuns = pgTable('seed_runs', {
  name: text('name').primaryKey(),
  appliedAt: instant('applied_at').notNull().defaultNow(),
});
