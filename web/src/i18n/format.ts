/**
 * Date and time formatting for the current language. Instants are shown in
 * an explicit zone; wall-clock strings from the API (`YYYY-MM-DDTHH:mm`) are
 * formatted as they are, never shifted.
 */
import { DateTime } from 'luxon';
import { currentLanguage } from './index';

export { minutesLabel, offsetLabel, offsetMinutes, zoneCity, zoneLabel } from './zone-label';

function locale(): string {
  return currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A wall-clock string read as-is (UTC is only a neutral carrier here). */
export function wallClock(value: string): DateTime {
  return DateTime.fromISO(value, { zone: 'utc' }).setLocale(locale());
}

export function instantIn(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(locale());
}

export function formatLongDate(dt: DateTime): string {
  return dt.setLocale(locale()).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatShortDate(dt: DateTime): string {
  return dt.setLocale(locale()).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' });
}

export function formatDay(isoDate: string): string {
  return wallClock(isoDate).toLocaleString(DateTime.DATE_MED);
}

export function formatTime(dt: DateTime): string {
  return dt.toFormat('HH:mm');
}

/** "Wednesday, 9 September 2020, 08:30 – 17:00", or two full ends over several days. */
export function formatRange(start: DateTime, end: DateTime): string {
  if (start.hasSame(end, 'day')) return `${formatLongDate(start)}, ${formatTime(start)} – ${formatTime(end)}`;
  return `${formatLongDate(start)}, ${formatTime(start)} – ${formatLongDate(end)}, ${formatTime(end)}`;
}

export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A date and time in a zone, formatted for the UI language ("9 Sept 2020, 08:30"). */
export function formatDateTime(iso: string, zone: string): string {
  return instantIn(iso, zone).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A wall-clock string ('2020-11-09T08:00') as a date and time, never shifted ("9 Nov 2020, 08:00"). */
export function formatWallClock(value: string): string {
  return wallClock(value).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** An instant to the second, in a zone (the audit log's "when"): "9 Nov 2020, 08:00:12". */
export function formatDateTimeSeconds(iso: string, zone: string): string {
  return instantIn(iso, zone).toLocaleString({
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

/** A count written the UI language's way: "1,234" in English, "1.234" in Vietnamese (as i18next's `{{count, number}}`). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/** A share (0–1) as a percent written the UI language's way: "12.5%" in English, "12,5%" in Vietnamese. */
export function formatPercent(fraction: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
}

/** A calendar date ('2020-09-09') formatted for the UI language, never shifted by a zone. */
export function formatDate(isoDate: string): string {
  return wallClock(isoDate).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * A date input's value ('2020-11-12') or a date-and-time input's ('2020-11-12T08:30') written out in
 * the UI language: "Thursday, 12 November 2020, 08:30" / "Thứ Năm, 12 tháng 11, 2020, 08:30"; '' when
 * empty or unreadable (a value half typed).
 */
export function formatInputValue(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(value)) return '';
  const dt = wallClock(value);
  if (!dt.isValid) return '';
  return value.length > 10 ? `${formatLongDate(dt)}, ${formatTime(dt)}` : formatLongDate(dt);
}
