/**
 * The one table between documents and the committee: which of the
 * committee's deliverables a document serves.
 */
import { integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { deliverables } from '../committee/schema.js';
import { documents } from '../documents/schema.js';

export const documentDeliverables = pgTable(
  'document_deliverables',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    deliverableId: integer('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.deliverableId] })],
);
