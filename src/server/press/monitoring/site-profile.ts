/**
 * Applying a site profile (profiles.ts) to a parsed page: which profile a
 * page's address picks, and what the profile's selectors find. Each field is
 * null when its selectors find nothing, so the caller falls back to the
 * generic extractor field by field.
 */
import { SITE_PROFILES, type SiteProfile } from './profiles.js';

/** The profile for an address, by host (a subdomain matches its site); null for unknown sites. */
export function profileFor(url: string | null | undefined, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return profiles.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

/** The address a saved page says it has: its canonical link or og:url. */
export function declaredUrl(document: ParentNode): string | null {
  return (
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') || document.querySelector('meta[property="og:url"]')?.getAttribute('content') || null
  );
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function firstText(document: ParentNode, selectors: readonly string[] | undefined): string | null {
  for (const selector of selectors ?? []) {
    for (const el of document.querySelectorAll(selector)) {
      const text = clean(el.textContent);
      if (text) return text;
    }
  }
  return null;
}

export interface ProfileReading {
  headline: string | null;
  dateText: string | null;
  /** The byline slot's text; null when the profile's selectors find no such slot. */
  byline: string | null;
  /** The lead and body containers, with the profile's `drop` elements removed; empty when none is found. */
  bodyRoots: Element[];
}

/**
 * Reads the profile's fields off the document. Removes the profile's `drop`
 * elements from the body containers (after the byline is read: some sites
 * print it as the body's last paragraph).
 */
export function readWithProfile(document: ParentNode, profile: SiteProfile): ProfileReading {
  const headline = firstText(document, profile.headline);
  const dateText = firstText(document, profile.date);
  const byline = firstText(document, profile.author);
  const bodyRoots: Element[] = [];
  for (const selector of profile.body ?? []) {
    for (const el of document.querySelectorAll(selector)) {
      if (bodyRoots.some((root) => root.contains(el))) continue;
      for (const drop of profile.drop ?? []) for (const junk of el.querySelectorAll(drop)) junk.remove();
      if (clean(el.textContent)) bodyRoots.push(el);
    }
  }
  return { headline, dateText, byline, bodyRoots };
}

/** Whether a body line ends the article by the profile's line rules. */
export function endsBody(profile: SiteProfile, line: string): boolean {
  return (profile.bodyEndsAt ?? []).some((rule) => new RegExp(rule, 'i').test(line));
}
