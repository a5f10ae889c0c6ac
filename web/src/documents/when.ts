/**
 * Instants on the documents pages, in the reader's language and zone, with
 * the zone named (a timeline is read by delegations in many zones).
 */
import { DateTime } from 'luxon';
import { viewerZone, zoneLabel } from '../i18n/format';
import { currentLanguage } from '../i18n/index';

const locale = () => (currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB');

/** "12 Nov 2020, 15:30 (Ho Chi Minh, UTC+7)" / "12 thg 11, 2020, 15:30 (Ho Chi Minh, UTC+7)": the zone by city and offset. */
export function formatInstant(iso: string): string {
  const dt = DateTime.fromISO(iso).setLocale(locale());
  return `${dt.toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' })}, ${dt.toFormat('HH:mm')} (${zoneLabel(viewerZone(), iso)})`;
}

/** "12 Nov 2020" / "12 thg 11, 2020". */
export function formatDate(iso: string): string {
  return DateTime.fromISO(iso).setLocale(locale()).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
}

/** The value of an <input type="datetime-local"> for an instant, in the reader's zone. */
export function toLocalInput(iso: string | null): string {
  return iso ? DateTime.fromISO(iso).toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

/** An <input type="datetime-local"> value back to an instant (ISO with offset), or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const dt = DateTime.fromISO(value);
  return dt.isValid ? dt.toISO() : null;
}
