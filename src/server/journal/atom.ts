/**
 * The journal as an Atom feed (RFC 4287), one entry per day, one feed per
 * language, as the portal's news feed does it (press/news/atom.ts): links
 * from the configured public URL, ids as tag: URIs minted from it (an
 * entry's id is its day, so a day's journal changing is the same entry
 * updated), the feed's author the chairmanship's secretariat.
 */
import { Feed } from 'feed';
import { absoluteUrl, tagUri } from '../http/public-url.js';
import type { MeetingRow } from './queries.js';
import type { JournalDay, JournalLanguage } from './schemas.js';
import { journalText } from './text.js';
import { journalWords } from './words.js';

export interface FeedDay {
  day: JournalDay;
  rows: MeetingRow[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The last change a reader of the day can see: a meeting's edit or a decision. */
function updatedOf({ day, rows }: FeedDay): Date {
  const times = [...rows.map((r) => r.updatedAt.getTime()), ...day.decisions.map((d) => Date.parse(d.decidedAt))];
  return new Date(times.length ? Math.max(...times) : Date.parse(`${day.date}T00:00:00Z`));
}

function entryHtml(day: JournalDay, lang: JournalLanguage): string {
  const text = journalText(day, lang);
  const parts = [`<p>${escape(text.note)}</p>`];
  if (text.none) parts.push(`<p>${escape(text.none)}</p>`);
  for (const m of text.meetings) {
    parts.push(`<h3>${escape(m.title)}</h3>`, `<p>${escape(m.when)}<br/>${escape(m.details)}</p>`);
    if (m.documents.length) parts.push(`<ul>${m.documents.map((d) => `<li>${escape(d)}</li>`).join('')}</ul>`);
  }
  parts.push(`<h3>${escape(text.decisionsHeading)}</h3>`);
  parts.push(text.noDecisions ? `<p>${escape(text.noDecisions)}</p>` : `<ul>${text.decisions.map((d) => `<li>${escape(d)}</li>`).join('')}</ul>`);
  return parts.join('\n');
}

export function journalAtom(publicUrl: string, lang: JournalLanguage, days: FeedDay[]): string {
  const w = journalWords[lang];
  const link = (path: string) => absoluteUrl(publicUrl, path);
  const updated = days.reduce((latest, d) => Math.max(latest, updatedOf(d).getTime()), 0);
  const feed = new Feed({
    title: w.feedTitle,
    id: tagUri(publicUrl, `journal/${lang}`),
    link: link('/journal'),
    language: lang,
    updated: new Date(updated),
    feedLinks: { atom: link(`/api/journal/atom.xml?lang=${lang}`) },
    author: { name: w.author, link: link('/journal') },
    copyright: '',
  });
  for (const d of days) {
    const text = journalText(d.day, lang);
    feed.addItem({
      title: `${text.title} — ${text.date}`,
      id: tagUri(publicUrl, `journal/${d.day.date}/${lang}`),
      link: link(`/journal/${d.day.date}`),
      description: text.meetings.map((m) => m.title).join(' · ') || (text.none ?? ''),
      content: entryHtml(d.day, lang),
      date: updatedOf(d),
    });
  }
  return feed.atom1();
}
