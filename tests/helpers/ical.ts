/**
 * Calendar feeds read the way Thunderbird reads them: ical.js, Mozilla's
 * parser. Throws on what it cannot parse.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  /** DTSTAMP and LAST-MODIFIED; null when absent. */
  stamp: Date | null;
  lastModified: Date | null;
  start: Date;
  end: Date;
  summary: string;
  status: string | null;
}

const date = (v: unknown) => (v instanceof ICAL.Time ? v.toJSDate() : null);

export function parseCalendar(text: string): { prodId: string | null; version: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  if (calendar.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const status = vevent.getFirstPropertyValue('status');
    return {
      uid: event.uid,
      sequence: event.sequence,
      stamp: date(vevent.getFirstPropertyValue('dtstamp')),
      lastModified: date(vevent.getFirstPropertyValue('last-modified')),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      summary: event.summary,
      status: typeof status === 'string' ? status : null,
    };
  });
  const prodId = calendar.getFirstPropertyValue('prodid');
  const version = calendar.getFirstPropertyValue('version');
  return { prodId: typeof prodId === 'string' ? prodId : null, version: typeof version === 'string' ? version : null, events };
}
