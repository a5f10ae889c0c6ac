/** Time zones named for people: city and offset, never the raw IANA id (pure: no i18next). */
import { DateTime } from 'luxon';

/** 'Pacific/Auckland' → 'Auckland'; 'America/Argentina/Buenos_Aires' → 'Buenos Aires'; 'UTC' stays. */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/** 'UTC+12', 'UTC+5:30', 'UTC−3' (a true minus sign), 'UTC' at zero: the offset at an instant (now by default). */
export function offsetLabel(zone: string, at?: string): string {
  const dt = (at === undefined ? DateTime.now() : DateTime.fromISO(at)).setZone(zone);
  if (!dt.isValid) return '';
  if (dt.offset === 0) return 'UTC';
  return `UTC${dt.toFormat('Z').replace('-', '−')}`;
}

/** A zone as people read it: city and offset ("Auckland, UTC+12"), never the raw IANA id. */
export function zoneLabel(zone: string, at?: string): string {
  const offset = offsetLabel(zone, at);
  return offset ? `${zoneCity(zone)}, ${offset}` : zone;
}
