/**
 * Time zones and wall-clock times in the meeting forms and the journal: the
 * browser's zones, offered by label ("Auckland, UTC+12") and found by it. Meetings are typed
 * as wall-clock times in the host zone and sent as ISO instants with that
 * zone's offset. Browsers name some zones by their CLDR (legacy) names —
 * Chromium says Asia/Saigon for Asia/Ho_Chi_Minh — so names coming from the
 * browser go through `canonicalZone` before they are shown or stored.
 */
import { DateTime, IANAZone } from 'luxon';
import { zoneLabel } from '../i18n/zone-label';
import { CHAIR_ZONE } from '../../../src/server/domain/chairmanship';

/** A new meeting is hosted where the chair sits unless said otherwise. */
export const defaultHostZone = CHAIR_ZONE;

/** CLDR/ICU legacy names that browsers report → the current IANA name. */
const legacyAliases: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export function canonicalZone(zone: string): string {
  return legacyAliases[zone] ?? zone;
}

/** A zone the browser's Intl knows (the server checks the same way, with luxon). */
export function isValidZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone.trim());
}

/** 'asia/saigon ' → 'Asia/Ho_Chi_Minh'; null when Intl does not know the zone. */
export function normalizeZone(input: string): string | null {
  const zone = input.trim();
  if (!isValidZone(zone)) return null;
  const known = zoneNames().find((name) => name.toLowerCase() === zone.toLowerCase());
  if (known) return known;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return canonicalZone(resolved);
}

let names: string[] | undefined;

/** Every zone the browser supports, under its canonical IANA name, sorted. */
export function zoneNames(): string[] {
  if (!names) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    names = [...new Set([...supported.map(canonicalZone), defaultHostZone])].sort();
  }
  return names;
}

/** The labelled lists made so far, one per day asked for ('' for now): a page asks for one or two. */
const labelledZones = new Map<string, ReadonlyArray<readonly [zone: string, label: string]>>();
const zonesByLabel = new Map<string, Map<string, string>>();

/** The day an instant falls on in UTC, the key of its list (offsets change at most once a day). */
const dayOf = (at: string | undefined) => (at === undefined ? '' : (DateTime.fromISO(at, { zone: 'utc' }).toISODate() ?? ''));

/**
 * The browser's zones with their labels ("Auckland, UTC+12") at an instant (now by default: a
 * meeting's form passes the meeting's day, when the offset may differ from today's by DST), sorted
 * by label, made once per day asked for (some 400 offsets: tens of milliseconds, and a table has
 * one zone input a row).
 */
export function zoneOptions(at?: string): ReadonlyArray<readonly [zone: string, label: string]> {
  const day = dayOf(at);
  let options = labelledZones.get(day);
  if (!options) {
    options = zoneNames()
      .map((zone) => [zone, zoneLabel(zone, at)] as const)
      .sort((a, b) => a[1].localeCompare(b[1], 'en'));
    labelledZones.set(day, options);
  }
  return options;
}

/** The zone a label at that instant names ("auckland, utc+12" → 'Pacific/Auckland'), if one does. */
export function zoneOfLabel(text: string, at?: string): string | undefined {
  const day = dayOf(at);
  let byLabel = zonesByLabel.get(day);
  if (!byLabel) {
    byLabel = new Map(zoneOptions(at).map(([zone, label]) => [label.toLowerCase(), zone]));
    zonesByLabel.set(day, byLabel);
  }
  return byLabel.get(text.trim().toLowerCase());
}

/** ISO instant → value for <input type="datetime-local"> in the given zone. */
export function toLocalInput(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** <input type="datetime-local"> value in the given zone → ISO instant with offset, or null if invalid. */
export function fromLocalInput(value: string, zone: string): string | null {
  if (value === '' || !isValidZone(zone)) return null;
  const dt = DateTime.fromISO(value, { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}
