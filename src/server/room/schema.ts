/**
 * The meeting room's tables: a sitting's suspension (one row per meeting that
 * has been started) and the list of speakers of each agenda item. The agenda
 * items' own state (open, closed, the list closed, the time limit) lives on
 * agenda_items (db/schema.ts). Every step carries its instant.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, timestamp, text } from 'drizzle-orm/pg-core';
import { agendaItems, delegations, meetings, users } from '../db/schema.js';
import { speakerKinds, speakerStates } from './core/vocabulary.js';

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
