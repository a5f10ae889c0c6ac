/**
 * The journal's own words in both languages, for the PDF, the feed and the
 * calendar (the page has them in web/src/journal/i18n). Everything else in
 * a journal — titles, cities, references — comes from the data.
 */
import { DateTime } from 'luxon';
import type { MeetingFormat, MeetingStatus } from '../domain/vocabulary.js';
import type { JournalLanguage } from './schemas.js';

interface Words {
  title: string;
  feedTitle: string;
  author: string;
  none: string;
  documents: string;
  decisionsOf: (date: string) => string;
  noDecisions: string;
  timesNote: (hostZones: string, readerZone: string) => string;
  yourTime: string;
  dayOffset: (n: number) => string;
  at: string;
  deferredTo: string;
  format: Record<MeetingFormat, string>;
  status: Record<MeetingStatus, string>;
  decision: Record<'adopted' | 'noted' | 'issued' | 'deferred', string>;
  intended: Record<'adopt' | 'note' | 'issue', string>;
}

export const journalWords: Record<JournalLanguage, Words> = {
  en: {
    title: 'Daily programme',
    feedTitle: 'Gavel — Daily programme of the ASEAN chairmanship',
    author: 'Secretariat of the ASEAN chairmanship',
    none: 'No meetings on this day.',
    documents: 'Documents for decision',
    decisionsOf: (date) => `Decisions of ${date}`,
    noDecisions: 'No decisions were taken.',
    timesNote: (host, reader) => `Times in the host's zone (${host}) and in yours (${reader}).`,
    yourTime: 'your time',
    dayOffset: (n) => (n > 0 ? `(+${n} day)` : `(${n} day)`),
    at: 'at',
    deferredTo: 'deferred to',
    format: { in_person: 'In person', virtual: 'Virtual', hybrid: 'Hybrid' },
    status: { planned: 'Planned', confirmed: 'Confirmed', in_progress: 'In progress', held: 'Held', postponed: 'Postponed', cancelled: 'Cancelled' },
    decision: { adopted: 'Adopted', noted: 'Noted', issued: 'Issued', deferred: 'Deferred' },
    intended: { adopt: 'for adoption', note: 'for noting', issue: 'for issue' },
  },
  vi: {
    title: 'Chương trình làm việc hằng ngày',
    feedTitle: 'Gavel — Chương trình làm việc hằng ngày năm Chủ tịch ASEAN',
    author: 'Ban Thư ký năm Chủ tịch ASEAN',
    none: 'Không có cuộc họp nào trong ngày.',
    documents: 'Văn kiện cần quyết định',
    decisionsOf: (date) => `Các quyết định ngày ${date}`,
    noDecisions: 'Không có quyết định nào.',
    timesNote: (host, reader) => `Giờ theo múi giờ nước chủ nhà (${host}) và theo múi giờ của bạn (${reader}).`,
    yourTime: 'giờ của bạn',
    dayOffset: (n) => (n > 0 ? `(+${n} ngày)` : `(${n} ngày)`),
    at: 'tại',
    deferredTo: 'hoãn sang',
    format: { in_person: 'Trực tiếp', virtual: 'Trực tuyến', hybrid: 'Kết hợp trực tiếp và trực tuyến' },
    status: { planned: 'Dự kiến', confirmed: 'Đã xác nhận', in_progress: 'Đang diễn ra', held: 'Đã diễn ra', postponed: 'Hoãn', cancelled: 'Đã hủy' },
    decision: { adopted: 'Thông qua', noted: 'Ghi nhận', issued: 'Công bố', deferred: 'Hoãn' },
    intended: { adopt: 'để thông qua', note: 'để ghi nhận', issue: 'để công bố' },
  },
};

const locales: Record<JournalLanguage, string> = { en: 'en-GB', vi: 'vi-VN' };

/** "Thursday, 10 September 2020" / "Thứ Năm, 10 tháng 9, 2020". */
export function longDate(date: string, lang: JournalLanguage): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(locales[lang]).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** 'HH:mm' of a wall-clock 'YYYY-MM-DDTHH:mm'. */
export const clock = (wall: string) => wall.slice(11, 16);

/** A pair of fields in the chosen language, falling back to the other when empty. */
export function inLanguage<K extends string>(obj: { [P in `${K}En` | `${K}Vi`]: string }, field: K, lang: JournalLanguage): string {
  const en = obj[`${field}En`];
  const vi = obj[`${field}Vi`];
  return lang === 'vi' ? vi || en : en || vi;
}
