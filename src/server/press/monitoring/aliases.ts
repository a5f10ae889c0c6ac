/**
 * The names a meeting goes by in the press, generated from its series' names
 * and code and its edition rather than listed by hand: "Hội nghị Cấp cao
 * ASEAN lần thứ 37", "HNCC ASEAN 37", "37th ASEAN Summit", "AMM 53",
 * "AMM-53". Matching is on folded text (no case, no diacritics) at word
 * boundaries, so "… lần thứ 37" never matches "… lần thứ 370".
 */
import { foldText } from '../../search/normalize.js';

export interface MeetingNames {
  id: number;
  edition: number | null;
  titleEn: string;
  titleVi: string;
  seriesCode: string;
  seriesNameEn: string;
  seriesNameVi: string;
  startsAt?: Date;
  endsAt?: Date;
}

export interface PersonNames {
  id: number;
  fullName: string;
}

export function ordinal(n: number): string {
  const rest = n % 100;
  if (rest >= 11 && rest <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "Hội nghị Cấp cao ASEAN" → "HNCC ASEAN": initials of the words before an acronym. */
function vietnameseAbbreviation(name: string): string | null {
  const match = /^((?:[\p{L}]+\s+){2,6}?)([A-Z][A-Z0-9+-]{1,})\b/u.exec(name);
  if (!match) return null;
  const initials = match[1]!
    .trim()
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `${initials} ${match[2]}`;
}

/** A series name without parentheses, and the acronyms found in them: "Diễn đàn Khu vực ASEAN (ARF)". */
function nameForms(name: string): { plain: string; acronyms: string[] } {
  const acronyms = [...name.matchAll(/\(([A-Z][A-Za-z0-9+ -]*)\)/g)].map((m) => m[1]!);
  return { plain: name.replace(/\s*\([^)]*\)/g, '').trim(), acronyms };
}

/** Folded aliases of a meeting; empty for meetings without an edition (they are named too vaguely). */
export function meetingAliases(meeting: MeetingNames): string[] {
  const aliases = new Set<string>([foldText(meeting.titleEn), foldText(meeting.titleVi)]);
  const n = meeting.edition;
  if (n === null) return [...aliases].filter(Boolean);
  const vi = nameForms(meeting.seriesNameVi);
  const en = nameForms(meeting.seriesNameEn);
  const viNames = [vi.plain, meeting.seriesNameVi];
  const abbreviation = vietnameseAbbreviation(vi.plain);
  if (abbreviation) viNames.push(abbreviation);
  const enNames = [en.plain, meeting.seriesNameEn, en.plain.replace(/^ASEAN\s+/, 'ASEAN '), en.plain.replace(/'s?\b/g, '')];
  const codes = [meeting.seriesCode, ...vi.acronyms, ...en.acronyms];

  for (const name of viNames) {
    aliases.add(`${name} lần thứ ${n}`);
    aliases.add(`${name} lần ${n}`);
    aliases.add(`${name} ${n}`);
  }
  for (const name of enNames) {
    aliases.add(`${ordinal(n)} ${name}`);
    aliases.add(`${name} ${n}`);
    aliases.add(`${ordinal(n)} ${name.replace(/^ASEAN\s+/, '')} of ASEAN`);
  }
  for (const code of codes) {
    aliases.add(`${code} ${n}`);
    aliases.add(`${code}${n}`);
    aliases.add(`${code} lần thứ ${n}`);
    aliases.add(`${ordinal(n)} ${code}`);
  }
  return [...new Set([...aliases].map(foldText))].filter((a) => a.split(' ').length >= 2 || /\d/.test(a));
}

/**
 * Names of a meeting's series alone ("SOM", "Hội nghị tham vấn chung ASEAN"):
 * they identify a meeting without an edition only together with the date.
 */
export function seriesAliases(meeting: MeetingNames): string[] {
  const vi = nameForms(meeting.seriesNameVi);
  const en = nameForms(meeting.seriesNameEn);
  const names = [vi.plain, en.plain, ...vi.acronyms, ...en.acronyms];
  if (/^[A-Z]{3,}$/.test(meeting.seriesCode)) names.push(meeting.seriesCode);
  return [...new Set(names.map(foldText))].filter(Boolean);
}

/** Days around a meeting in which a page naming only its series is taken to be about it. */
export const SERIES_WINDOW_DAYS = 3;

export function withinWindow(meeting: MeetingNames, publishedAt: Date): boolean {
  if (!meeting.startsAt || !meeting.endsAt) return false;
  const slack = SERIES_WINDOW_DAYS * 86_400_000;
  const t = publishedAt.getTime();
  return t >= meeting.startsAt.getTime() - slack && t <= meeting.endsAt.getTime() + slack;
}

/** Folded aliases of a person: the full name (with or without diacritics). */
export function personAliases(person: PersonNames): string[] {
  return [foldText(person.fullName)].filter((a) => a.split(' ').length >= 2);
}

/** Aliases per naming function and thing, so that importing many pages derives them once. */
const aliasCache = new WeakMap<object, WeakMap<object, string[]>>();

/** Which of the alias sets occur in the text; returns the ids with the alias that matched first. */
export function findMentions<T extends { id: number }>(
  text: string,
  things: readonly T[],
  aliasesOf: (thing: T) => string[],
): { id: number; alias: string; count: number }[] {
  const folded = ` ${foldText(text)} `;
  const found: { id: number; alias: string; count: number }[] = [];
  let cache = aliasCache.get(aliasesOf);
  if (!cache) aliasCache.set(aliasesOf, (cache = new WeakMap()));
  for (const thing of things) {
    let count = 0;
    let first: string | null = null;
    let aliases = cache.get(thing);
    if (!aliases) cache.set(thing, (aliases = aliasesOf(thing)));
    for (const alias of aliases) {
      if (!alias) continue;
      const hits = folded.split(` ${alias} `).length - 1;
      if (hits > 0) {
        count += hits;
        first ??= alias;
      }
    }
    if (first) found.push({ id: thing.id, alias: first, count });
  }
  return found;
}
