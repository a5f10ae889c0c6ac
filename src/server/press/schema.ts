/**
 * The press module's tables: clippings from media monitoring and their links
 * to meetings and people.
 */
import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { meetings, people, users } from '../db/schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

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
    datelineText: text('dateline_text'),
    author: text('author'),
    body: text('body').notNull(),
    language: text('language').notNull(),
    importedAt: instant('imported_at').notNull().defaultNow(),
    importedBy: integer('imported_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('clippings_published_idx').on(t.publishedAt)],
);

export const clippingMeetings = pgTable(
  'clipping_meetings',
  {
    clippingId: integer('clipping_id').notNull().references(() => clippings.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    /** The name under which the page mentions the meeting first. */
    alias: text('alias').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clippingId, t.meetingId] }), index('clipping_meetings_meeting_idx').on(t.meetingId)],
);

export const clippingPeople = pgTable(
  'clipping_people',
  {
    clippingId: integer('clipping_id').notNull().references(() => clippings.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clippingId, t.personId] }), index('clipping_people_person_idx').on(t.personId)],
);
