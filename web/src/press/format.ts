/** Instants shown in a given zone (the event's) or, without one, the visitor's own. */
export function formatInZone(iso: string, timeZone: string | undefined, lang: string | undefined): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
