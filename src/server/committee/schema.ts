/**
 * The committee's tables: bodies and their members, deliverables with
 * milestones and progress, committee sessions with decisions, tasks, and
 * in-app notifications.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { meetings, parties, people, users } from '../db/schema.js';
import { oneOf } from '../db/vocabulary-check.js';
import { taskStatuses } from './core/tasks.js';
import { bodyKinds, memberPositions, notificationKinds } from './core/vocabulary.js';
import { bytea } from '../files/bytea.js';
import { foldedColumns } from '../search/sql.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

/** The National Committee, its subcommittees, ministries, localities, ASEAN bodies. */
export const bodies = pgTable(
  'bodies',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: bodyKinds }).notNull(),
    nameEn: text('name_en').notNull(),
    nameVi: text('name_vi').notNull(),
    parentId: integer('parent_id'),
    /** Set: the body keeps its tasks and members but receives no new tasks. */
    deactivatedAt: instant('deactivated_at'),
    /** What the search box matches, folded (search/sql.ts), kept by Postgres. */
    searchText: text('search_text').generatedAlwaysAs(foldedColumns(['name_en', 'name_vi'])),
  },
  (t) => [oneOf('bodies_kind_ck', t.kind, bodyKinds), index('bodies_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops'))],
);

export const bodyMembers = pgTable(
  'body_members',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: text('position', { enum: memberPositions }).notNull(),
  },
  (t) => [uniqueIndex('body_members_uq').on(t.bodyId, t.personId), oneOf('body_members_position_ck', t.position, memberPositions)],
);

/** A focal-point user acts for the bodies it is linked to. */
export const userBodies = pgTable(
  'user_bodies',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.bodyId] })],
);

export const deliverables = pgTable(
  'deliverables',
  {
    id: id(),
    slug: text('slug').unique(),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    year: integer('year').notNull(),
    proposerPartyId: integer('proposer_party_id').references(() => parties.id),
    parentId: integer('parent_id'),
    weight: integer('weight'),
    startedOn: date('started_on').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('deliverables_parent_idx').on(t.parentId)],
);

export const deliverableOwners = pgTable(
  'deliverable_owners',
  {
    deliverableId: integer('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.deliverableId, t.bodyId] })],
);

export const deliverableMeetings = pgTable(
  'deliverable_meetings',
  {
    deliverableId: integer('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.deliverableId, t.meetingId] })],
);

/** Due on a day, or "before meeting X" (then the day is derived from the meeting when read). */
export const milestones = pgTable(
  'deliverable_milestones',
  {
    id: id(),
    deliverableId: integer('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    dueOn: date('due_on'),
    beforeMeetingId: integer('before_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    metOn: date('met_on'),
  },
  (t) => [index('milestones_deliverable_idx').on(t.deliverableId)],
);

export const progressUpdates = pgTable(
  'deliverable_progress',
  {
    id: id(),
    deliverableId: integer('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    percent: integer('percent').notNull(),
    note: text('note'),
    recordedOn: date('recorded_on').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('progress_deliverable_idx').on(t.deliverableId)],
);

export const committeeSessions = pgTable('committee_sessions', {
  id: id(),
  number: integer('number').notNull().unique(),
  heldOn: date('held_on').notNull(),
  meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
  chairPersonId: integer('chair_person_id').references(() => people.id, { onDelete: 'set null' }),
  attendeePersonIds: integer('attendee_person_ids')
    .array()
    .notNull()
    .default(sql`'{}'::integer[]`),
  agenda: jsonb('agenda').$type<Array<{ titleEn: string; titleVi: string }>>().notNull().default([]),
  /** The session's summary in Vietnamese (`report`) and, when written, in English. */
  report: text('report'),
  reportEn: text('report_en'),
  minutes: text('minutes'),
});

export const sessionDecisions = pgTable(
  'session_decisions',
  {
    id: id(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => committeeSessions.id, { onDelete: 'cascade' }),
    textEn: text('text_en').notNull(),
    textVi: text('text_vi').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('session_decisions_session_idx').on(t.sessionId)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    responsiblePersonId: integer('responsible_person_id').references(() => people.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    beforeMeetingId: integer('before_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    priority: text('priority').notNull().default('normal'),
    decisionId: integer('decision_id').references(() => sessionDecisions.id, { onDelete: 'set null' }),
    parentId: integer('parent_id'),
    /** When it became done or cancelled (null while open): "as of" a day, a task closed later was still to do. */
    closedAt: instant('closed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** What the search box matches, folded (search/sql.ts), kept by Postgres. */
    searchText: text('search_text').generatedAlwaysAs(foldedColumns(['title_en', 'title_vi'])),
  },
  (t) => [
    index('tasks_body_idx').on(t.bodyId),
    index('tasks_decision_idx').on(t.decisionId),
    oneOf('tasks_status_ck', t.status, taskStatuses),
    index('tasks_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

export const taskComments = pgTable(
  'task_comments',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    authorUserId: integer('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId)],
);

/** A file attached to a task: the bytes kept in the database, the type decided from them. */
export const taskAttachments = pgTable(
  'task_attachments',
  {
    id: id(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('task_attachments_task_idx').on(t.taskId)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    /**
     * For overdue notices: the due day that was missed. With the unique key
     * below, a task is announced once per overdue event (per user) — again
     * only if it gets a new due day and misses that one too.
     */
    day: date('day'),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId),
    uniqueIndex('notifications_overdue_uq').on(t.userId, t.taskId, t.kind, t.day),
    oneOf('notifications_kind_ck', t.kind, notificationKinds),
  ],
);
