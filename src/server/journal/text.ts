/**
 * A journal as lines of text in one language: what the PDF draws and the
 * feed's entries say. Pure.
 */
import type { MeetingFormat, MeetingStatus } from '../domain/vocabulary.js';
import type { JournalDay, JournalLanguage, JournalMeeting } from './schemas.js';
import { clock, inLanguage, journalWords, longDate } from './words.js';

export interface MeetingText {
  when: string;
  title: string;
  details: string;
  documents: string[];
}

export interface JournalText {
  title: string;
  date: string;
  note: string;
  meetings: MeetingText[];
  none: string | null;
  decisionsHeading: string;
  decisions: string[];
  noDecisions: string | null;
}

/** '09:00–12:00', or with the days when it runs over several ('2020-09-08 09:00 – 2020-09-10 17:00'). */
function span(t: JournalMeeting['host']): string {
  const days = t.start.slice(0, 10) !== t.end.slice(0, 10);
  return days ? `${t.start.slice(0, 10)} ${clock(t.start)} – ${t.end.slice(0, 10)} ${clock(t.end)}` : `${clock(t.start)}–${clock(t.end)}`;
}

function when(m: JournalMeeting, lang: JournalLanguage): string {
  const w = journalWords[lang];
  const host = `${span(m.host)} ${inLanguage(m, 'hostCity', lang)} (UTC${m.host.utcOffset})`;
  if (m.reader.zone === m.host.zone) return host;
  const shift = m.reader.dayOffset ? ` ${w.dayOffset(m.reader.dayOffset)}` : '';
  return `${host} · ${span(m.reader)} ${w.yourTime} (${m.reader.zone}, UTC${m.reader.utcOffset})${shift}`;
}

export function journalText(day: JournalDay, lang: JournalLanguage): JournalText {
  const w = journalWords[lang];
  const hostZones = [...new Set(day.meetings.map((m) => m.host.zone))];
  return {
    title: w.title,
    date: longDate(day.date, lang),
    note: w.timesNote(hostZones.join(', ') || day.zone, day.readerZone),
    meetings: day.meetings.map((m) => ({
      when: when(m, lang),
      title: inLanguage(m, 'title', lang),
      details: `${w.format[m.format as MeetingFormat] ?? m.format} · ${w.status[m.status as MeetingStatus] ?? m.status}`,
      documents: m.documents.map(
        (d) => `${d.referenceCode} — ${inLanguage(d, 'title', lang)} (${w.intended[d.intendedAction as 'adopt'] ?? d.intendedAction})`,
      ),
    })),
    none: day.meetings.length ? null : w.none,
    decisionsHeading: w.decisionsOf(longDate(day.previousDate, lang)),
    decisions: day.decisions.map((d) => {
      const where = d.meeting ? ` — ${d.decision === 'deferred' ? w.deferredTo : w.at} ${inLanguage(d.meeting, 'title', lang)}` : '';
      return `${w.decision[d.decision]}: ${d.referenceCode} — ${inLanguage(d, 'title', lang)}${where}`;
    }),
    noDecisions: day.decisions.length ? null : w.noDecisions,
  };
}
