/**
 * The directory's own tables: a party's applications for a partner status,
 * each with its steps. (Parties, their status history and chairmanships are
 * the foundation's, in db/schema.ts.)
 */
import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { meetings, parties } from '../db/schema.js';
import { oneOf } from '../db/vocabulary-check.js';
import { applicationStepKinds, partnerStatuses } from '../domain/vocabulary.js';

const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

/** An application: which party asks for which status. Its state is derived from its steps (partner-history.ts). */
export const partnerApplications = pgTable(
  'partner_applications',
  {
    id: id(),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    soughtStatus: text('sought_status', { enum: partnerStatuses }).notNull(),
  },
  (t) => [index('partner_applications_party_idx').on(t.partyId), oneOf('partner_applications_sought_status_ck', t.soughtStatus, partnerStatuses)],
);

export const partnerApplicationSteps = pgTable(
  'partner_application_steps',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => partnerApplications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: applicationStepKinds }).notNull(),
    takenOn: date('taken_on').notNull(),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    noteEn: text('note_en'),
    noteVi: text('note_vi'),
  },
  (t) => [index('partner_application_steps_application_idx').on(t.applicationId), oneOf('partner_application_steps_kind_ck', t.kind, applicationStepKinds)],
);
