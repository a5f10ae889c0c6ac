/** Request and response schemas of the daily programme (the journal). */
import { z } from 'zod';
import { day, timeZone } from '../http/primitives.js';

export const journalLanguages = ['vi', 'en'] as const;
export type JournalLanguage = (typeof journalLanguages)[number];

/** `?date=&zone=`: the day (in the chairmanship's zone; today when left out) and the reader's zone. */
export const journalQuery = z.object({
  date: day().optional().describe("the day, YYYY-MM-DD, in the chairmanship's zone (Asia/Ho_Chi_Minh); today when left out"),
  zone: timeZone().optional().describe("the reader's zone; when left out, a signed-in reader's profile zone, else the chairmanship's"),
});

/** The same with the language of a PDF, a feed or a calendar. */
export const journalExportQuery = journalQuery.extend({
  lang: z.enum(journalLanguages).default('vi'),
});

/** A meeting's times as seen in one zone (wall clock 'YYYY-MM-DDTHH:mm'). */
const wallTimes = z.object({
  zone: z.string(),
  start: z.string(),
  end: z.string(),
  utcOffset: z.string(),
  /** The local start day minus the host's local start day. */
  dayOffset: z.number().int(),
});

const journalDocument = z.object({
  id: z.number().int(),
  referenceCode: z.string(),
  titleEn: z.string(),
  titleVi: z.string(),
  type: z.string(),
  status: z.string(),
  intendedAction: z.string(),
});

export const journalMeeting = z.object({
  id: z.number().int(),
  titleEn: z.string(),
  titleVi: z.string(),
  hostCityEn: z.string(),
  hostCityVi: z.string(),
  format: z.string(),
  status: z.string(),
  isPublic: z.boolean(),
  startsAt: z.string(),
  endsAt: z.string(),
  host: wallTimes,
  reader: wallTimes,
  /** The documents acting at the meeting (withdrawn ones left out), those the reader may see. */
  documents: z.array(journalDocument),
});

export const journalDecision = journalDocument.extend({
  decision: z.enum(['adopted', 'noted', 'issued', 'deferred']),
  decidedAt: z.string(),
  /** Where it was decided (for a deferral: the meeting it goes to), when the reader may see it. */
  meeting: z.object({ id: z.number().int(), titleEn: z.string(), titleVi: z.string() }).nullable(),
});

export const journalDay = z.object({
  date: z.string(),
  previousDate: z.string(),
  nextDate: z.string(),
  /** The chairmanship's zone, in which the day runs. */
  zone: z.string(),
  readerZone: z.string(),
  meetings: z.array(journalMeeting),
  /** Documents adopted, noted, issued or deferred on the previous day. */
  decisions: z.array(journalDecision),
});

export type JournalDay = z.infer<typeof journalDay>;
export type JournalMeeting = z.infer<typeof journalMeeting>;
export type JournalDecision = z.infer<typeof journalDecision>;
