/**
 * Publication dates as news sites print them: "20:14 | 07/09/2020 GMT+7",
 * "Thứ hai, 18/05/2020 - 16:09", "September 7, 2020 8:14 PM ICT",
 * "2020-09-07T20:14:00+07:00", "ngày 7 tháng 9 năm 2020", and as Chinese
 * pages print them: "2020年11月12日 14:35", "2020-11-12 14:35:00 来源：新华网",
 * full-width figures ("２０２０年"), numerals in words ("二〇二〇年十一月十二日"),
 * "北京时间" as a printed zone. A date is read only from what is printed;
 * nothing is guessed: relative dates ("今天 14:35", "3小时前") and dates
 * without a year ("11月12日") are not read. A zone that is not printed is
 * the caller's default and is marked as assumed.
 */
import { DateTime } from 'luxon';
import { foldText } from '../../search/normalize.js';
import { ZH_DIGITS, ZH_NUMBER, chineseNumber, fullWidthAsAscii } from './ordinals.js';

export interface PublishedAt {
  /** ISO instant (UTC). */
  instant: string;
  /** Printed offset ("+07:00") or the assumed IANA zone. */
  zone: string;
  zoneStated: boolean;
  /** 'minute' when a time was printed, else 'day'. */
  precision: 'minute' | 'day';
  /** The text the date was read from. */
  text: string;
  /**
   * True when the printed date is all figures and day and month could be
   * swapped ("03/04/2021"): it was read in the site's order (day first
   * unless a site profile says month first), and a reader should check it.
   */
  ambiguous: boolean;
}

/** How a site orders day and month in dates printed in figures. */
export type DateOrder = 'dmy' | 'mdy';

export interface DatelineOptions {
  /** 'dmy' (Viet Nam and most of the world) unless the site's profile says otherwise. */
  order?: DateOrder;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Abbreviations sites print for zones around the region. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  ict: '+07:00',
  wib: '+07:00',
  sgt: '+08:00',
  myt: '+08:00',
  pht: '+08:00',
  pst: '-08:00',
  est: '-05:00',
  edt: '-04:00',
  jst: '+09:00',
  kst: '+09:00',
  cet: '+01:00',
  cest: '+02:00',
  bst: '+01:00',
  utc: '+00:00',
  gmt: '+00:00',
};

interface DatePart {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
  ambiguous: boolean;
}

function validDate(year: number, month: number, day: number) {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A month or day in words ("十一月", "十二日"), not the end of a longer number. */
const ZH_MONTH_OR_DAY = new RegExp(`(?<![〇零一二三四五六七八九十])(${ZH_NUMBER})(?=\\s*[月日号])`, 'g');

/**
 * Figures as Chinese pages may print them, written as ASCII figures:
 * full-width characters one for one ("２０２０年１１月", "１４：３５"), and numerals
 * in words before 年, 月, 日 ("二〇二〇年十一月十二日"), which news dates rarely use.
 */
export function asciiFigures(text: string): string {
  return fullWidthAsAscii(text)
    .replace(/\u3000/g, ' ')
    .replace(/[〇零一二三四五六七八九]{4}(?=\s*年)/g, (y) => [...y].map((c) => ZH_DIGITS[c]).join(''))
    .replace(ZH_MONTH_OR_DAY, (n) => String(chineseNumber(n)));
}

function findDate(text: string, order: DateOrder): DatePart | null {
  const lower = text.toLowerCase();
  const candidates: DatePart[] = [];
  const push = (m: RegExpExecArray, year: number, month: number, day: number, ambiguous = false) => {
    if (validDate(year, month, day)) candidates.push({ year, month, day, start: m.index, end: m.index + m[0].length, ambiguous });
  };
  let m: RegExpExecArray | null;
  // Every figure group is a whole token: "12020-11-12", "2020-11-123" and "September 7, 20201" are not dates.
  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
  while ((m = iso.exec(lower))) push(m, +m[1]!, +m[2]!, +m[3]!);
  // Year first is never ambiguous: "2020/11/12", "2020.11.12", "2020年11月12日".
  const yearFirst = /(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/g;
  while ((m = yearFirst.exec(lower))) push(m, +m[1]!, +m[2]!, +m[3]!);
  const zh = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
  while ((m = zh.exec(lower))) push(m, +m[1]!, +m[2]!, +m[3]!);
  // In the site's order (day first, as in Vietnam and most of the world, unless its profile says
  // otherwise); the other order only when the first reading cannot be a date. Both readable → ambiguous.
  const numeric = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/g;
  while ((m = numeric.exec(lower))) {
    const [a, b] = order === 'dmy' ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!];
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    if (b > 12 && a <= 12) push(m, +m[3]!, a, b);
    else push(m, +m[3]!, b, a, ambiguous);
  }
  const vi = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/g;
  while ((m = vi.exec(lower))) push(m, +m[3]!, +m[2]!, +m[1]!);
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, 'g');
  while ((m = dayMonth.exec(lower))) push(m, +m[3]!, MONTHS[m[2]!.slice(0, 3)]!, +m[1]!);
  // "November, 12/2020" (Việt Nam News).
  const monthCommaDay = new RegExp(`\\b(${MONTH_NAMES}),?\\s+(\\d{1,2})/(\\d{4})\\b`, 'g');
  while ((m = monthCommaDay.exec(lower))) push(m, +m[3]!, MONTHS[m[1]!.slice(0, 3)]!, +m[2]!);
  const monthDay = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'g');
  while ((m = monthDay.exec(lower))) push(m, +m[3]!, MONTHS[m[1]!.slice(0, 3)]!, +m[2]!);
  candidates.sort((x, y) => x.start - y.start);
  return candidates[0] ?? null;
}

interface TimePart {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

function findTime(text: string, date: DatePart): TimePart | null {
  const lower = text.toLowerCase();
  // "14时35分", "14点35分", "下午2:35" (afternoon).
  const zh = /(上午|下午|晚上|凌晨|早上)?\s*(?<![\d:])(\d{1,2})\s*(?:[:时点]\s*(\d{1,2})(?!\d)\s*分?)/g;
  let z: RegExpExecArray | null;
  while ((z = zh.exec(lower))) {
    if (!z[1] && !/[时点]/.test(z[0])) break; // plain "14:35": the general rule below
    if (z.index < date.end && z.index + z[0].length > date.start) continue;
    let hour = +z[2]!;
    const minute = +z[3]!;
    if ((z[1] === '下午' || z[1] === '晚上') && hour < 12) hour += 12;
    if (hour <= 23 && minute <= 59) return { hour, minute, start: z.index, end: z.index + z[0].length };
  }
  // A time is a whole token: "14:355" and "14:35:601" are no time (not 14:35), "14:35:00" is.
  const re = /(?<![\d:])(\d{1,2})[:h](\d{2})(?::\d{2})?(?![\d:])(?:\s*(am|pm|sa|ch)\b)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < date.end && end > date.start) continue; // inside the ISO date-time itself is handled below
    let hour = +m[1]!;
    const minute = +m[2]!;
    const half = m[3];
    if ((half === 'pm' || half === 'ch') && hour < 12) hour += 12;
    if ((half === 'am' || half === 'sa') && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59) return { hour, minute, start, end };
  }
  return null;
}

/** The printed zone, or 'unreadable' for an offset that is no offset ("GMT+77", "UTC+7123"). */
function findZone(text: string): { offset: string; start: number; end: number } | 'unreadable' | null {
  const lower = text.toLowerCase();
  const offset = /\b(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)|(?<=\d)(?:\s*)([+-])(\d{2}):?(\d{2})\b|(?<=\d)z\b/.exec(lower);
  if (offset) {
    const sign = offset[1] ?? offset[4];
    const hours = offset[2] ?? offset[5];
    const minutes = offset[3] ?? offset[6] ?? '00';
    if ((hours && +hours > 14) || +minutes > 59) return 'unreadable';
    const value = sign && hours ? `${sign}${hours.padStart(2, '0')}:${minutes}` : '+00:00';
    return { offset: value, start: offset.index, end: offset.index + offset[0].length };
  }
  const abbr = new RegExp(`\\b(${Object.keys(ZONE_ABBREVIATIONS).join('|')})\\b`).exec(lower);
  if (abbr) return { offset: ZONE_ABBREVIATIONS[abbr[1]!]!, start: abbr.index, end: abbr.index + abbr[0].length };
  // "GMT+" followed by something that is not an offset: a zone was printed, but none can be read.
  if (/\b(?:gmt|utc)\s*[+-]\s*\d/.test(lower)) return 'unreadable';
  return null;
}

/** Words a dateline may carry besides the date itself. */
const DATELINE_WORDS = new Set(
  [
    'thu',
    'hai',
    'ba',
    'tu',
    'nam',
    'sau',
    'bay',
    'chu',
    'nhat',
    'cn',
    'ngay',
    'luc',
    'cap',
    'nhat',
    'dang',
    'gio',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'published',
    'updated',
    'posted',
    'on',
    'at',
    'last',
    'date',
    'time',
    'am',
    'pm',
    'sa',
    'ch',
    'gmt',
    'utc',
    'ict',
    'tháng',
    'nam',
    'thang',
    'update',
    'cap nhat',
    ...Object.keys(ZONE_ABBREVIATIONS),
  ].flatMap((w) => foldText(w).split(' ')),
);

/** "Beijing time": China's pages state their zone so (UTC+8, no daylight saving). */
const BEIJING_TIME = /北京时间/;

/**
 * Chinese words a dateline may carry: weekday, "published", "updated", "time", the zone, the source's name
 * ("来源：新华网"), the print edition's name and page ("《 人民日报 》（ 2020年11月13日 第 03 版）").
 */
const CHINESE_DATELINE_WORDS =
  /来源\s*[:：]\s*[^\s|｜/]{1,24}|星期[一二三四五六日天]|周[一二三四五六日天]|北京时间|发布时间|更新时间|发布日期|日期|时间|发布于|发布|更新|责任编辑\s*[:：]\s*\S{1,12}|编辑\s*[:：]\s*\S{1,12}|第?\s*\d{1,2}\s*版|《[^》]{1,12}》/g;
const HAN = /\p{Script=Han}/gu;
const HAS_HAN = /\p{Script=Han}/u;
/** A Chinese section label before the date ("国际频道"): a few characters, not a sentence ending in "于"/"在" ("会议于…"). */
const CHINESE_LABEL_CHARS = 6;

/**
 * Chinese text folds to nothing (foldText keeps a–z and figures), so what
 * surrounds a date on a Chinese line is judged here: after the date only
 * dateline words; before it, at most a short section label.
 */
function chineseDatelineRest(before: string, after: string): boolean {
  const han = (part: string) => part.replace(CHINESE_DATELINE_WORDS, ' ').match(HAN)?.length ?? 0;
  if (han(after) > 0) return false;
  const label = before.replace(CHINESE_DATELINE_WORDS, ' ').trim();
  const labelHan = han(before);
  return labelHan <= CHINESE_LABEL_CHARS && !/[于在至到从自是为]$/.test(label);
}

/** A section label printed before the date ("Kinh tế 14/03/2021 08:15", "Jakarta ● Tue, April 14, 2020"): a few words, no figures. */
const LABEL_WORDS = 4;

/**
 * Reads a publication date from a line that is essentially only a date
 * (weekday names, "Cập nhật", "Published" and separators allowed). Returns
 * null for lines that merely mention a date, such as body sentences.
 */
export function parseDateline(printed: string, defaultZone: string, options: DatelineOptions = {}): PublishedAt | null {
  if (printed.length > 80) return null;
  // Same positions as printed where it matters (full-width figures are one for one); `text` keeps what was printed.
  const line = asciiFigures(printed);
  const iso = /^\s*(?:[\p{L} ]+:\s*)?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)\s*$/iu.exec(line);
  if (iso) {
    const parsed = DateTime.fromISO(iso[1]!, { zone: iso[2] ? undefined : defaultZone, setZone: true });
    if (!parsed.isValid) return null;
    return {
      instant: parsed.toUTC().toISO({ suppressMilliseconds: true })!,
      zone: iso[2] ? parsed.toFormat('ZZ') : defaultZone,
      zoneStated: Boolean(iso[2]),
      precision: 'minute',
      text: printed.trim(),
      ambiguous: false,
    };
  }
  const date = findDate(line, options.order ?? 'dmy');
  if (!date) return null;
  const time = findTime(line, date);
  const isoTime = /^t(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?![\d:.])/.exec(line.slice(date.end).toLowerCase());
  const hour = time?.hour ?? (isoTime ? +isoTime[1]! : undefined);
  const minute = time?.minute ?? (isoTime ? +isoTime[2]! : undefined);
  // After the date: the figures of a date such as "15-11-2020" are not an offset.
  const printedZone = findZone(line.slice(date.end));
  // A zone printed but unreadable is not replaced by an assumed one: the line is not read.
  if (printedZone === 'unreadable') return null;
  const zone = printedZone ?? (BEIJING_TIME.test(line) ? { offset: '+08:00', start: 0, end: 0 } : null);

  // What remains once date, time and zone are removed must be dateline words only, but for
  // a short section label in front of it.
  const strip = (part: string) => {
    let rest = part;
    if (time) rest = rest.replace(line.slice(time.start, time.end), ' ');
    rest = rest.replace(/t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?![\d:.])/i, ' ');
    if (zone) rest = rest.replace(/\b(gmt|utc)\s*[+-]\s*\d{1,2}(:?\d{2})?|[+-]\d{2}:?\d{2}\b/i, ' ');
    return foldText(rest)
      .split(' ')
      .filter((w) => w && !DATELINE_WORDS.has(w) && !/^\d{1,2}$/.test(w));
  };
  const before = line.slice(0, date.start);
  const after = strip(line.slice(date.end));
  const label = strip(before);
  const beforeWithoutTime = time && time.end <= date.start ? before.replace(line.slice(time.start, time.end), ' ') : before;
  // A label runs into the date ("Kinh tế 14/03/2021"); a comma after a word that is not a weekday's is a sentence's ("Theo ông Minh, 12/11").
  const commaAfterWord = [...beforeWithoutTime.matchAll(/(\p{L}+)\s*,/gu)].some((m) => !DATELINE_WORDS.has(foldText(m[1]!)));
  // On a Chinese line the paper's name and an opening bracket may stand before the date: "《 人民日报 》（ 2020年…".
  const beforeLabel = HAS_HAN.test(line) ? beforeWithoutTime.replace(CHINESE_DATELINE_WORDS, ' ').replace(/\(\s*$/, ' ') : beforeWithoutTime;
  const isLabel = label.length <= LABEL_WORDS && !commaAfterWord && !/[\d.;!?()]/.test(beforeLabel);
  if (after.length > 0 || (label.length > 0 && !isLabel)) return null;
  const withoutTime = (part: string) => (time ? part.replace(line.slice(time.start, time.end), ' ') : part);
  if (!chineseDatelineRest(withoutTime(line.slice(0, date.start)), withoutTime(line.slice(date.end)))) return null;

  const zoneName = zone ? `UTC${zone.offset}` : defaultZone;
  const local = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: hour ?? 0, minute: minute ?? 0 }, { zone: zoneName });
  if (!local.isValid) return null;
  return {
    instant: local.toUTC().toISO({ suppressMilliseconds: true })!,
    zone: zone ? zone.offset : defaultZone,
    zoneStated: Boolean(zone),
    precision: hour === undefined ? 'day' : 'minute',
    text: printed.trim(),
    ambiguous: date.ambiguous,
  };
}
