import { viewerZone, zoneLabel } from '../i18n/format';
import { CHAIR_ZONE } from '../../../src/server/domain/chairmanship';

/** Instants shown in a given zone (the event's) or, without one, the visitor's own, the zone by city and offset: "12 Nov 2020, 15:30 (Ho Chi Minh, UTC+7)". */
export function formatInZone(iso: string, timeZone: string | undefined, lang: string | undefined): string {
  const zone = timeZone ?? viewerZone();
  const text = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
  return `${text} (${zoneLabel(zone, iso)})`;
}

/**
 * A clipping's publication date as the page printed it: without a time when
 * it gave none (no invented 00:00), in the printed zone when it was assumed.
 */
export function formatPublished(
  c: { publishedAt: string | null; publishedZone: string | null; publishedZoneStated: boolean; publishedPrecision: 'minute' | 'day' | null },
  lang: string | undefined,
): string | null {
  if (!c.publishedAt) return null;
  // A printed offset ("+07:00") is not an IANA zone: show it in Viet Nam's, where the press center is.
  const zone = c.publishedZone && c.publishedZone.includes('/') ? c.publishedZone : CHAIR_ZONE;
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (c.publishedPrecision === 'day') {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: zone }).format(new Date(c.publishedAt));
  }
  return formatInZone(c.publishedAt, zone, lang);
}
