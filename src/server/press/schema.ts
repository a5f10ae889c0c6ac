/**
 * The press module's tables: clippings from media monitoring and their links
 * to meetings and people; press centers, accreditation applications and the
 * key that signs badge tokens; briefings; articles with their tags and photos.
 */
import { sql } from 'drizzle-orm';
import { boolean, customType, date, type AnyPgColumn, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { meetings, people, users } from '../db/schema.js';
import { documents } from '../documents/schema.js';
import { oneOf } from '../db/vocabulary-check.js';
import { monitorFetchStatuses, monitorSourceKinds } from '../domain/vocabulary.js';
import { foldedColumns } from '../search/sql.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Sources watched by media monitoring: feeds whose items are imported, and
 * pages imported whenever they change; polled every `interval_minutes` with
 * conditional GET (the validators of the last answer kept), a failed poll
 * retried at back-off (`failures` in a row).
 */
export const monitorSources = pgTable(
  'monitor_sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    url: text('url').notNull().unique(),
    name: text('name').notNull(),
    intervalMinutes: integer('interval_minutes').notNull(),
    active: boolean('active').notNull().default(true),
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastFetchedAt: instant('last_fetched_at'),
    lastStatus: text('last_status'),
    lastError: text('last_error'),
    failures: integer('failures').notNull().default(0),
    nextDueAt: instant('next_due_at').notNull().defaultNow(),
    createdAt: instant('created_at').notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    oneOf('monitor_sources_kind_ck', t.kind, monitorSourceKinds),
    oneOf('monitor_sources_last_status_ck', t.lastStatus, monitorFetchStatuses),
    index('monitor_sources_due_idx').on(t.nextDueAt),
  ],
);

export const clippings = pgTable(
  'clippings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Where the page came from: its URL or the imported file's name. */
    source: text('source').notNull(),
    format: text('format').notNull(),
    /** The page as imported, kept so a better extractor can re-read it. */
    raw: text('raw').notNull(),
    /** sha256 of raw, so that importing the same page twice finds the first. */
    rawHash: text('raw_hash').notNull().unique(),
    headline: text('headline'),
    title: text('title').notNull(),
    /** Null when the page prints no recognizable date: unknown, never guessed. */
    publishedAt: instant('published_at'),
    /** Printed offset ("+07:00") or the IANA zone assumed for it. */
    publishedZone: text('published_zone'),
    publishedZoneStated: boolean('published_zone_stated').notNull().default(false),
    publishedPrecision: text('published_precision'),
    /** The printed date could be read two ways ("03/04/2021"): shown marked, for a person to check. */
    publishedAmbiguous: boolean('published_ambiguous').notNull().default(false),
    datelineText: text('dateline_text'),
    author: text('author'),
    body: text('body').notNull(),
    language: text('language').notNull(),
    importedAt: instant('imported_at').notNull().defaultNow(),
    importedBy: integer('imported_by').references(() => users.id, { onDelete: 'set null' }),
    /** The address the page was fetched from (import by URL, a watched source); null for pasted or uploaded pages. */
    sourceUrl: text('source_url'),
    monitorSourceId: integer('monitor_source_id').references(() => monitorSources.id, { onDelete: 'set null' }),
    /**
     * Fields a press officer corrected by hand ('headline', 'publishedAt',
     * 'author', 'body', 'meetings', 'people'): a re-import of the page leaves them as corrected.
     */
    correctedFields: text('corrected_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The first clipping of the same story published by several outlets (syndication); null: its own story. */
    storyId: integer('story_id').references((): AnyPgColumn => clippings.id, { onDelete: 'set null' }),
    /** What the search box matches, folded (search/sql.ts), kept by Postgres. */
    searchText: text('search_text').generatedAlwaysAs(foldedColumns(['title', 'headline', 'author', 'source', 'body'])),
  },
  (t) => [
    index('clippings_published_idx').on(t.publishedAt),
    index('clippings_source_url_idx').on(t.sourceUrl),
    index('clippings_story_idx').on(t.storyId),
    index('clippings_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/**
 * The daily press review ("điểm báo"): one per day, the clippings the press
 * officer picked, in order, grouped under a meeting or a topic, each with a
 * short summary in Vietnamese and English.
 */
export const pressReviews = pgTable('press_reviews', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  day: date('day', { mode: 'string' }).notNull().unique(),
  introVi: text('intro_vi').notNull().default(''),
  introEn: text('intro_en').notNull().default(''),
  sentAt: instant('sent_at'),
  createdAt: instant('created_at').notNull().defaultNow(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
});

export const pressReviewItems = pgTable(
  'press_review_items',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => pressReviews.id, { onDelete: 'cascade' }),
    clippingId: integer('clipping_id')
      .notNull()
      .references(() => clippings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The group the item is shown under: a meeting, else a topic (both null: "other news"). */
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    topic: text('topic'),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.clippingId] })],
);

/** Who receives the daily press review by e-mail, in which language. */
export const pressReviewRecipients = pgTable(
  'press_review_recipients',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    address: text('address').notNull().unique(),
    name: text('name').notNull(),
    language: text('language').notNull(),
  },
  (t) => [oneOf('press_review_recipients_language_ck', t.language, ['vi', 'en'])],
);

export const clippingMeetings = pgTable(
  'clipping_meetings',
  {
    clippingId: integer('clipping_id')
      .notNull()
      .references(() => clippings.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** The name under which the page mentions the meeting first. */
    alias: text('alias').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clippingId, t.meetingId] }), index('clipping_meetings_meeting_idx').on(t.meetingId)],
);

export const clippingPeople = pgTable(
  'clipping_people',
  {
    clippingId: integer('clipping_id')
      .notNull()
      .references(() => clippings.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clippingId, t.personId] }), index('clipping_people_person_idx').on(t.personId)],
);

const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** A place journalists are accredited to, e.g. the 37th Summit's International Media Center. */
export const pressEvents = pgTable('press_events', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
  titleEn: text('title_en').notNull(),
  titleVi: text('title_vi').notNull(),
  venueEn: text('venue_en').notNull(),
  venueVi: text('venue_vi').notNull(),
  opensAt: instant('opens_at').notNull(),
  timeZone: text('time_zone').notNull(),
  /** Places: pending and approved applications together never exceed it. */
  capacity: integer('capacity').notNull(),
  applicationsOpen: boolean('applications_open').notNull().default(true),
});

export const pressApplications = pgTable(
  'press_applications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => pressEvents.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    outlet: text('outlet').notNull(),
    /** ISO 3166-1 alpha-2. */
    nationality: text('nationality').notNull(),
    /** Null once purged (privacy/retention.ts: `id_document_purged_at` says when). */
    idDocumentNumber: text('id_document_number'),
    /** The number without spaces, dashes or case: what duplicates are found by; purged with the number. */
    idDocumentKey: text('id_document_key'),
    email: text('email').notNull(),
    /** Null once purged (`photo_purged_at`); the badge is then printed without it. */
    photo: bytes('photo'),
    photoType: text('photo_type'),
    idDocumentPurgedAt: instant('id_document_purged_at'),
    photoPurgedAt: instant('photo_purged_at'),
    /** The language the form was shown in: the applicant's e-mails are written in it. */
    language: text('language').notNull().default('vi'),
    /**
     * The consent the applicant gave (accreditation/consent.ts): the text as
     * shown, its version, and when. Null only for applications made before
     * consent was asked for.
     */
    consentVersion: text('consent_version'),
    consentText: text('consent_text'),
    consentedAt: instant('consented_at'),
    status: text('status').notNull(),
    reason: text('reason'),
    /** sha256 of the applicant's access key (the link in their receipt). */
    accessKeyHash: text('access_key_hash').notNull(),
    appliedAt: instant('applied_at').notNull().defaultNow(),
    decidedAt: instant('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
    /** The account signed in when applying ("my applications"); null: applied anonymously, the access key only. */
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('press_applications_document_uq').on(t.eventId, t.idDocumentKey),
    index('press_applications_event_status_idx').on(t.eventId, t.status),
    index('press_applications_user_idx').on(t.userId),
    oneOf('press_applications_language_ck', t.language, ['vi', 'en']),
  ],
);

/** Named secrets the server generates once and keeps, e.g. the badge-signing key. */
export const serverKeys = pgTable('server_keys', {
  name: text('name').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** A press briefing: on the public calendar, with its speakers. */
export const briefings = pgTable(
  'briefings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    startsAt: instant('starts_at').notNull(),
    timeZone: text('time_zone').notNull(),
    placeEn: text('place_en').notNull(),
    placeVi: text('place_vi').notNull(),
    topicEn: text('topic_en').notNull(),
    topicVi: text('topic_vi').notNull(),
    /** Speakers as printed, e.g. "Deputy Minister Nguyễn Quốc Dũng". */
    speakers: text('speakers').array().notNull(),
    speakerPersonId: integer('speaker_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** What the speakers said, as plain text (paragraphs split by blank lines); not public until published as news. */
    remarksEn: text('remarks_en'),
    remarksVi: text('remarks_vi'),
    /** The news article made from the remarks. */
    articleId: integer('article_id').references((): AnyPgColumn => articles.id, { onDelete: 'set null' }),
  },
  (t) => [index('briefings_starts_idx').on(t.startsAt), uniqueIndex('briefings_article_uq').on(t.articleId)],
);

/** A bilingual news article for the public portal. */
export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    category: text('category').notNull(),
    titleEn: text('title_en').notNull(),
    titleVi: text('title_vi').notNull(),
    leadEn: text('lead_en').notNull(),
    leadVi: text('lead_vi').notNull(),
    /** Sanitized HTML from the editor. */
    bodyEn: text('body_en').notNull(),
    bodyVi: text('body_vi').notNull(),
    status: text('status').notNull().default('draft'),
    /** When the public may see it; null = as soon as published. */
    publishAt: instant('publish_at'),
    publishedAt: instant('published_at'),
    views: integer('views').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** What the search box matches, folded (search/sql.ts), kept by Postgres. */
    searchText: text('search_text').generatedAlwaysAs(foldedColumns(['title_en', 'title_vi', 'lead_en', 'lead_vi'])),
  },
  (t) => [index('articles_status_idx').on(t.status, t.publishAt), index('articles_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops'))],
);

export const articleMeetings = pgTable(
  'article_meetings',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.meetingId] }), index('article_meetings_meeting_idx').on(t.meetingId)],
);

export const articlePeople = pgTable(
  'article_people',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId] })],
);

export const articleDocuments = pgTable(
  'article_documents',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.documentId] }), index('article_documents_document_idx').on(t.documentId)],
);

/**
 * A photo of an article, with its bilingual caption and credit. Public only
 * while its article is; at most one per article is the lead photo (the one
 * on the news list and in share previews).
 */
export const articlePhotos = pgTable(
  'article_photos',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    bytes: bytes('bytes').notNull(),
    type: text('type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    captionEn: text('caption_en').notNull(),
    captionVi: text('caption_vi').notNull(),
    credit: text('credit').notNull(),
    position: integer('position').notNull(),
    isLead: boolean('is_lead').notNull().default(false),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('article_photos_article_idx').on(t.articleId, t.position),
    uniqueIndex('article_photos_lead_uq')
      .on(t.articleId)
      .where(sql`${t.isLead}`),
  ],
);
