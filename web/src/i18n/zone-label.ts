/** Time zones named for people: city and offset, never the raw IANA id (pure: no i18next). */
import { DateTime } from 'luxon';

/** 'Pacific/Auckland' → 'Auckland'; 'America/Argentina/Buenos_Aires' → 'Buenos Aires'; 'UTC' stays. */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/** −240 → 'UTC−4' (a true minus sign), 330 → 'UTC+5:30', 720 → 'UTC+12', 0 → 'UTC'. */
export function minutesLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** An offset as the API writes it ('+07:00', '-03:30', '+0530') → minutes east of UTC; 0 when unreadable. */
export function offsetMinutes(offset: string): number {
  const match = /^([+\-\u2212])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? minutes : -minutes;
}

/** 'UTC+12', 'UTC+5:30', 'UTC−3', 'UTC' at zero: a zone's offset at an instant (now by default). */
export function offsetLabel(zone: string, at?: string): string {
  const dt = (at === undefined ? DateTime.now() : DateTime.fromISO(at)).setZone(zone);
  return dt.isValid ? minutesLabel(dt.offset) : '';
}

/** A zone as people read it: city and offset ("Auckland, UTC+12"), never the raw IANA id. */
export function zoneLabel(zone: string, at?: string): string {
  const offset = offsetLabel(zone, at);
  if (!offset) return zone;
  // UTC itself (and its aliases, 'Etc/UTC', 'GMT') has no city: "UTC", not "UTC, UTC".
  const city = zoneCity(zone);
  return /^(Etc\/)?(UTC|GMT|UCT|Universal|Zulu)$/i.test(zone) || city === offset ? offset : `${city}, ${offset}`;
}
