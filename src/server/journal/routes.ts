/**
 * The daily programme: public routes, each answering for whoever asks
 * (an anonymous reader sees the public meetings and the public documents,
 * staff all they may see). `?date=` picks the day, `?zone=` the reader's
 * zone, `?lang=` the language of a PDF, a feed or a calendar.
 */
import { z } from 'zod';
import { viewerOf } from '../auth/policies/index.js';
import { chairDayOf } from '../domain/chairmanship.js';
import { minuteBucket, sendCachedAnswer } from '../http/cached-answer.js';
import { routes } from '../http/route.js';
import type { App, Deps } from '../http/types.js';
import { buildCalendar } from '../scheduling/calendar.js';
import { journalAtom, type FeedDay } from './atom.js';
import { dayBounds, JOURNAL_ZONE } from './day.js';
import { journalPdf } from './pdf.js';
import { daysWithMeetings, journalOf, readerZone } from './queries.js';
import { journalDay, journalExportQuery, journalQuery } from './schemas.js';
import { journalWords, longDate } from './words.js';

const tags = ['journal'];
/** How many days the feed carries. */
const FEED_DAYS = 14;

export function journalRoutes(app: App, { database, config, readCache }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  const journalFor = async (request: Parameters<typeof viewerOf>[0], query: { date?: string | undefined; zone?: string | undefined }) => {
    const viewer = viewerOf(request);
    const date = query.date ?? chairDayOf(new Date());
    return journalOf(db, viewer, { date, readerZone: await readerZone(db, viewer, query.zone) });
  };

  route.get(
    '/api/journal',
    {
      permission: 'public',
      summary:
        "A day's programme: its meetings (times in the host's and the reader's zone), the documents up for decision at each, and the previous day's decisions",
      querystring: journalQuery,
      response: { 200: journalDay },
    },
    async (request) => (await journalFor(request, request.query)).day,
  );

  route.get(
    '/api/journal/pdf',
    {
      permission: 'public',
      summary: "A day's programme as a PDF, in Vietnamese or English",
      querystring: journalExportQuery,
    },
    async (request, reply) => {
      const { day } = await journalFor(request, request.query);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="journal-${day.date}-${request.query.lang}.pdf"`)
        .send(await journalPdf(day, request.query.lang));
    },
  );

  route.get(
    '/api/journal/calendar.ics',
    {
      permission: 'public',
      summary: "A day's meetings as an iCalendar file (the calendar feeds' UIDs and SEQUENCE), titles in the chosen language",
      querystring: journalExportQuery,
      response: { 200: z.string().describe('text/calendar (RFC 5545)') },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const { day, rows } = await journalFor(request, request.query);
      // The calendar writer (scheduling's, English descriptions) shows the `…En` fields: given the chosen language's.
      const events = rows.map((m) => ({ ...m, titleEn: lang === 'vi' ? m.titleVi : m.titleEn, hostCityEn: lang === 'vi' ? m.hostCityVi : m.hostCityEn }));
      const name = `${journalWords[lang].title} — ${longDate(day.date, lang)}`;
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="journal-${day.date}.ics"`)
        .send(buildCalendar(config.publicUrl, name, events, { zone: day.readerZone, label: 'Your' }));
    },
  );

  route.get(
    '/api/journal/atom.xml',
    {
      permission: 'public',
      summary: `The programme as an Atom feed: one entry per day with meetings, the latest ${FEED_DAYS} up to \`date\` (default: tomorrow, as a journal comes out the day before)`,
      querystring: journalExportQuery,
      response: { 200: z.string().describe('application/atom+xml (RFC 4287)') },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const zone = await readerZone(db, viewer, request.query.zone);
      const until = request.query.date ?? dayBounds(chairDayOf(new Date()), JOURNAL_ZONE).nextDate;
      const feed = async () => {
        const days: FeedDay[] = [];
        for (const date of await daysWithMeetings(db, viewer, until, FEED_DAYS)) days.push(await journalOf(db, viewer, { date, readerZone: zone }));
        return journalAtom(config.publicUrl, request.query.lang, days);
      };
      const type = 'application/atom+xml; charset=utf-8';
      if (viewer) return reply.type(type).send(await feed());
      // Feed readers poll it: the anonymous feed is the same for everyone who asks the same,
      // kept until a write commits (and for the minute: an embargo ends without one), with its validators.
      const key = `journal:atom:${request.query.lang}:${zone}:${until}:${minuteBucket()}`;
      return sendCachedAnswer(request, reply, await readCache.answer(key, feed, (xml) => xml), { type });
    },
  );
}
