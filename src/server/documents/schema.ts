/**
 * The documents module's tables: the registry, its numbering counters,
 * proposers and relations, versions with their files (bytes kept in the
 * database so that one backup holds everything) and the transition history.
 */
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { meetings, parties, users } from '../db/schema.js';
import { oneOf } from '../db/vocabulary-check.js';
import { confidentialities, documentStatuses, documentTypes, outcomeActions, pillars } from './vocabulary.js';
import { bytea } from '../files/bytea.js';
import { codeSeries } from './numbering.js';
import { textLanguages, type StructuredText } from './text-structure.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const documents = pgTable(
  'documents',
  {
    id: id(),
    referenceCode: text('reference_code').notNull().unique(),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    type: text('type', { enum: documentTypes }).notNull(),
    pillar: text('pillar', { enum: pillars }).notNull(),
    leadBodyEn: text('lead_body_en'),
    leadBodyVi: text('lead_body_vi'),
    actingMeetingId: integer('acting_meeting_id')
      .notNull()
      .references(() => meetings.id),
    intendedAction: text('intended_action', { enum: outcomeActions }).notNull(),
    finalAction: text('final_action', { enum: outcomeActions }),
    finalActionReason: text('final_action_reason'),
    status: text('status', { enum: documentStatuses }).notNull().default('draft'),
    confidentiality: text('confidentiality', { enum: confidentialities }).notNull().default('members'),
    embargoUntil: instant('embargo_until'),
    silenceDeadline: instant('silence_deadline'),
    silenceStartedAt: instant('silence_started_at'),
    /** Titles, reference and the latest version's text, folded (no case, no diacritics). */
    searchText: text('search_text').notNull().default(''),
    /** Kept by Postgres from search_text, so a search never re-parses the text. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
    /**
     * Both titles folded by Postgres (`gavel_fold`: unaccent and lower case,
     * created by the migration), kept current whatever writes the titles:
     * trigram matching of misspelled titles runs on it.
     */
    titleFolded: text('title_folded').generatedAlwaysAs(sql`gavel_fold(title_en || ' ' || title_vi)`),
    /**
     * The titles' words, for ranking: a few dozen bytes stored in the row,
     * where the whole text's vector is compressed out of line and had to be
     * read back for every match just to rank it.
     */
    titleVector: tsvector('title_vector').generatedAlwaysAs(sql`to_tsvector('simple', gavel_fold(title_en || ' ' || title_vi))`),
    /**
     * The reference code's natural order kept in the row: its prefix as text
     * and trailing number as a number (SUMMIT-37/DECL/2 before /10). Computing
     * both by regular expression for every match of a search, to break ties in
     * rank, was a third of the query (3 ms of 9 for 700 matches at 100,000).
     */
    referencePrefix: text('reference_prefix').generatedAlwaysAs(sql`regexp_replace(reference_code, '[0-9]+$', '')`),
    referenceNumber: integer('reference_number').generatedAlwaysAs(sql`coalesce(substring(reference_code from '([0-9]+)$')::int, 0)`),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_meeting_idx').on(t.actingMeetingId),
    index('documents_status_idx').on(t.status),
    // No pending list: a search would scan up to 4 MB of unmerged entries after
    // a burst of writes (until autovacuum merges them); documents are read far
    // more often than written, so each write updates the index itself.
    index('documents_search_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    index('documents_title_trgm_idx').using('gin', t.titleFolded.op('gin_trgm_ops')).with({ fastupdate: false }),
    // The same for the titles a signed-out reader or a journalist may see: their
    // visibility predicate (visibility.ts publicNow) implies this condition, so
    // their misspelled searches recheck only such titles, not the half of the
    // registry they would then filter out (bench:search at 100,000 documents:
    // docs/benchmarks.md; tests/api/documents-search.test.ts checks the planner may use it).
    index('documents_title_trgm_public_idx')
      .using('gin', t.titleFolded.op('gin_trgm_ops'))
      .with({ fastupdate: false })
      .where(sql`${t.confidentiality} in ('public', 'public_on_outcome')`),
    // For a short last word typed after others: its prefix is looked up in the titles only (search.ts).
    index('documents_title_vector_idx').using('gin', t.titleVector).with({ fastupdate: false }),
    oneOf('documents_type_ck', t.type, documentTypes),
    oneOf('documents_pillar_ck', t.pillar, pillars),
    oneOf('documents_intended_action_ck', t.intendedAction, outcomeActions),
    oneOf('documents_final_action_ck', t.finalAction, outcomeActions),
    oneOf('documents_status_ck', t.status, documentStatuses),
    oneOf('documents_confidentiality_ck', t.confidentiality, confidentialities),
  ],
);

/**
 * The last number per meeting, type and series (numbering.ts: general,
 * members, participants); only ever increases, so codes are never reused.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    series: text('series', { enum: codeSeries }).notNull().default('general'),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.type, t.series] }),
    check('document_counters_series_ck', sql`${t.series} in (${sql.raw(codeSeries.map((c) => `'${c}'`).join(', '))})`),
  ],
);

export const documentProposers = pgTable(
  'document_proposers',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.partyId] })],
);

export const documentRelations = pgTable(
  'document_relations',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.relatedId] })],
);

/** File contents, one row per distinct SHA-256. */
export const documentBlobs = pgTable('document_blobs', {
  sha256: text('sha256').primaryKey(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  bytes: bytea('bytes').notNull(),
  /** Extracted text, or null when the file's text could not be extracted. */
  text: text('text'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => documentBlobs.sha256),
    fileName: text('file_name').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_versions_uq').on(t.documentId, t.number)],
);

/** Each step of a document's life: who, when, at which meeting, why. */
export const documentTransitions = pgTable(
  'document_transitions',
  {
    id: id(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: documentStatuses }),
    toStatus: text('to_status', { enum: documentStatuses }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    objectorPartyId: integer('objector_party_id').references(() => parties.id),
    comment: text('comment'),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
  },
  (t) => [
    index('document_transitions_doc_idx').on(t.documentId),
    oneOf('document_transitions_from_status_ck', t.fromStatus, documentStatuses),
    oneOf('document_transitions_to_status_ck', t.toStatus, documentStatuses),
  ],
);

/**
 * A document's text in structure (preamble, numbered paragraphs, annexes),
 * one row per language: what the Akoma Ntoso export is made from. The
 * structure is JSON checked by `text-structure.ts` on every write.
 */
export const documentTexts = pgTable(
  'document_texts',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    language: text('language', { enum: textLanguages }).notNull(),
    body: jsonb('body').$type<StructuredText>().notNull(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.language] }), oneOf('document_texts_language_ck', t.language, textLanguages)],
);
