/**
 * The meeting room's tables: a sitting's suspension (one row per meeting that
 * has been started) and the list of speakers of each agenda item. The agenda
 * items' own state (open, closed, the list closed, the time limit) lives on
 * agenda_items (db/schema.ts). Every step carries its instant. The record of
 * decisions: each document the chair took to its decision in session, on
 * which agenda item, at what time.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, timestamp, text } from 'drizzle-orm/pg-core';
import { agendaItems, delegations, meetings, users } from '../db/schema.js';
import { documents } from '../documents/schema.js';
import { decisionActions, speakerKinds, speakerStates } from './core/vocabulary.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const meetingSittings = pgTable('meeting_sittings', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  startedAt: instant('started_at').notNull(),
  /** Set while the sitting is suspended. */
  suspendedAt: instant('suspended_at'),
  closedAt: instant('closed_at'),
});

export const speakers = pgTable(
  'speakers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** The item's meeting, kept here so visibility needs no join. */
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    delegationId: integer('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    state: text('state').notNull().default('waiting'),
    /** Set by the chair's reordering; unset speakers follow protocol order (core/queue.ts). */
    chairPosition: integer('chair_position'),
    timeLimitSeconds: integer('time_limit_seconds').notNull(),
    requestedAt: instant('requested_at').notNull().defaultNow(),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: instant('started_at'),
    endedAt: instant('ended_at'),
  },
  (t) => [
    index('speakers_item_idx').on(t.agendaItemId),
    index('speakers_meeting_idx').on(t.meetingId),
    check('speakers_kind_ck', sql`${t.kind} in (${inList(speakerKinds)})`),
    check('speakers_state_ck', sql`${t.state} in (${inList(speakerStates)})`),
  ],
);

export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    // An item with recorded decisions is not deleted (the command refuses); the meeting's deletion takes both.
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    /** The document's status before and after, as the workflow moved it. */
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    deferredToMeetingId: integer('deferred_to_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    reason: text('reason'),
    decidedAt: instant('decided_at').notNull(),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('meeting_decisions_meeting_idx').on(t.meetingId, t.decidedAt),
    index('meeting_decisions_item_idx').on(t.agendaItemId),
    index('meeting_decisions_document_idx').on(t.documentId),
    check('meeting_decisions_action_ck', sql`${t.action} in (${inList(decisionActions)})`),
  ],
);
