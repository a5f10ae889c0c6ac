/**
 * Absolute links and the ids Gavel mints for other systems, all from the
 * configured public URL (config.publicUrl, GAVEL_PUBLIC_URL): a feed, a
 * calendar or a badge says the same thing whichever host name, proxy or
 * port served it.
 */

/** `path` (starting with /) under the public URL. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The date in tag: URIs (RFC 4151). It must never change once ids are out,
 * whatever year an installation starts: 2020 is the year Gavel's reference
 * chairmanship began.
 */
const TAG_DATE = '2020';

/**
 * A tag: URI (RFC 4151) naming `specific` in this installation, e.g.
 * `tag:gavel.example.org,2020:article/12`. The authority is the public
 * URL's host name, plus its path when Gavel is served under one, so two
 * installations behind one host do not mint the same ids.
 */
export function tagUri(publicUrl: string, specific: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `tag:${url.hostname},${TAG_DATE}:${path ? `${path.slice(1)}/` : ''}${specific}`;
}

/**
 * An iCalendar UID (RFC 5545 §3.8.4.7) unique to this installation:
 * `meeting-10@gavel.example.org` (the host keeps its port, and a path its
 * segments, so two installations on one machine differ).
 */
export function calendarUid(publicUrl: string, thing: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\//g, '.');
  return `${thing}@${url.host}${path}`;
}
