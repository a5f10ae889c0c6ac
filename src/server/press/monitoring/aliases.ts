/**
 * The names a meeting goes by in the press, generated from its series' names
 * and code and its edition rather than listed by hand: "Hội nghị Cấp cao
 * ASEAN lần thứ 37", "HNCC ASEAN 37", "37th ASEAN Summit", "AMM 53",
 * "AMM-53". Matching is on folded text (no case, no diacritics) at word
 * boundaries, so "… lần thứ 37" never matches "… lần thứ 370".
 */
import { foldText } from '../../search/normalize.js';
import { memoByList } from './memo.js';
import { ordinalsAsFigures, ordinalSuffix } from './ordinals.js';
import { EQUIVALENT_PHRASES, TITLE_FORMS } from './press-words.js';

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
  /** The titles of the person's roles (any language), e.g. "Thủ tướng Chính phủ", "Prime Minister". */
  titles?: string[];
}

/** "37th": the English ordinal in figures. */
export const ordinal = ordinalSuffix;

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

/** " a b c " contains " b " as whole words. */
const hasPhrase = (alias: string, phrase: string) => ` ${alias} `.includes(` ${phrase} `);

/** The alias and its variants with one press phrase swapped for an equivalent one ("hoi nghi cap cao" ↔ "hncc"). */
function withEquivalents(alias: string): string[] {
  const out = new Set([alias]);
  for (const group of EQUIVALENT_PHRASES) {
    for (const phrase of group) {
      if (!hasPhrase(alias, phrase)) continue;
      for (const other of group) {
        if (other !== phrase) out.add(` ${alias} `.replace(` ${phrase} `, ` ${other} `).trim());
      }
    }
  }
  return [...out];
}

/**
 * A body's sessions: "Phiên họp Ủy ban Quốc gia ASEAN 2020" with edition 6 is
 * "phiên họp thứ 6 của Ủy ban…", "phiên họp lần thứ 6 Ủy ban…", "Ủy ban… họp
 * phiên thứ 6", "the 6th session of the National Committee…", "the National
 * Committee…'s 6th session", "the National Committee… held its 6th session".
 */
function sessionAliases(nameVi: string, nameEn: string, n: number): string[] {
  const aliases: string[] = [];
  const vi = /^(phiên họp|kỳ họp|cuộc họp)\s+(.+)$/iu.exec(nameVi);
  if (vi) {
    const [, kind, body] = vi;
    for (const form of [`${kind} thứ ${n}`, `${kind} lần thứ ${n}`, `phiên thứ ${n}`]) {
      aliases.push(`${form} ${body}`, `${form} của ${body}`);
    }
    aliases.push(`${body} họp phiên thứ ${n}`, `${body} họp ${kind!.toLowerCase()} thứ ${n}`, `${body} ${kind} thứ ${n}`, `${body} ${kind} lần thứ ${n}`);
  }
  const en = /^(session|meeting)\s+of\s+(?:the\s+)?(.+)$/i.exec(nameEn);
  if (en) {
    const [, kind, body] = en;
    const nth = ordinalSuffix(n);
    aliases.push(
      `${nth} ${kind} of the ${body}`,
      `${nth} ${kind} of ${body}`,
      `${body}'s ${nth} ${kind}`,
      `${body} held its ${nth} ${kind}`,
      `${body} holds its ${nth} ${kind}`,
    );
  }
  return aliases;
}

/** Folded aliases of a meeting; for meetings without an edition only their titles (their series' names are named too vaguely). */
export function meetingAliases(meeting: MeetingNames): string[] {
  const aliases = new Set<string>([foldText(meeting.titleEn), foldText(meeting.titleVi)]);
  const n = meeting.edition;
  if (n === null) return [...aliases].filter(Boolean);
  const vi = nameForms(meeting.seriesNameVi);
  const en = nameForms(meeting.seriesNameEn);
  const viNames = [vi.plain, meeting.seriesNameVi];
  const abbreviation = vietnameseAbbreviation(vi.plain);
  // "HNCC ASEAN 37" is also "HNCC 37"; where two series would share it, it names neither (findMentions).
  if (abbreviation) viNames.push(abbreviation, abbreviation.replace(/ ASEAN$/, ''));
  const enNames = [en.plain, meeting.seriesNameEn, en.plain.replace(/^ASEAN\s+/, 'ASEAN '), en.plain.replace(/'s?\b/g, '')];
  const codes = [meeting.seriesCode, ...vi.acronyms, ...en.acronyms];

  for (const name of viNames) {
    aliases.add(`${name} lần thứ ${n}`);
    aliases.add(`${name} lần ${n}`);
    aliases.add(`${name} ${n}`);
    aliases.add(`${name} thứ ${n}`);
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
  for (const alias of sessionAliases(vi.plain, en.plain, n)) aliases.add(alias);
  const folded = [...new Set([...aliases].map(foldText))].flatMap(withEquivalents);
  return [...new Set(folded)].filter((a) => a.split(' ').length >= 2 || /\d/.test(a));
}

/**
 * Names of a meeting's series alone ("SOM", "Hội nghị tham vấn chung ASEAN"):
 * they identify a meeting without an edition only together with the date.
 */
export function seriesAliases(meeting: MeetingNames): string[] {
  const vi = nameForms(meeting.seriesNameVi);
  const en = nameForms(meeting.seriesNameEn);
  const names = [vi.plain, en.plain].map(foldText);
  // Acronyms only in capitals: folded, "SOM" would also be the Vietnamese word "sớm".
  const acronyms = [...vi.acronyms, ...en.acronyms];
  if (/^[A-Z]{3,}$/.test(meeting.seriesCode)) acronyms.push(meeting.seriesCode);
  return [...new Set([...names, ...acronyms.map(foldKeepingCase)])].filter(Boolean);
}

/** Days around a meeting in which a page naming only its series is taken to be about it. */
export const SERIES_WINDOW_DAYS = 3;

export function withinWindow(meeting: MeetingNames, publishedAt: Date): boolean {
  if (!meeting.startsAt || !meeting.endsAt) return false;
  const slack = SERIES_WINDOW_DAYS * 86_400_000;
  const t = publishedAt.getTime();
  return t >= meeting.startsAt.getTime() - slack && t <= meeting.endsAt.getTime() + slack;
}

/** Vietnamese names are family name first: the press names a person by title and given name ("Thủ tướng Phúc"). */
const isVietnameseName = (name: string) => /[^ -~]/.test(name) && name.trim().split(/\s+/).length >= 2;

/**
 * Folded aliases of a person: the full name (with or without diacritics),
 * and for Vietnamese names the title and given name for each title the
 * person holds ("thu tuong phuc", "prime minister phuc", "pm phuc").
 */
export function personAliases(person: PersonNames): string[] {
  const full = foldText(person.fullName);
  const aliases = new Set([full]);
  if (isVietnameseName(person.fullName)) {
    const given = full.split(' ').at(-1)!;
    const titles = (person.titles ?? []).map(foldText);
    for (const forms of TITLE_FORMS) {
      // The most specific form first: "pho thu tuong" is not "thu tuong".
      if (!titles.some((t) => forms.some((f) => t === f || t.startsWith(`${f} `)))) continue;
      for (const form of forms) aliases.add(`${form} ${given}`);
    }
  }
  return [...aliases].filter((a) => a.split(' ').length >= 2);
}

/** Like foldText but keeping capitals, for acronyms that are words when written in lower case. */
function foldKeepingCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
}

interface IndexedAlias {
  words: string[];
  thing: number;
  /** The alias's place in its thing's list: the first-listed alias found names the mention. */
  rank: number;
  alias: string;
}

/** Aliases by their first word, separately for those matched in capitals; aliases naming two groups are left out. */
interface AliasIndex {
  lower: Map<string, IndexedAlias[]>;
  cased: Map<string, IndexedAlias[]>;
}

function buildIndex<T extends { id: number }>(things: readonly T[], aliasesOf: (thing: T) => string[], groupOf: (thing: T) => string | number): AliasIndex {
  const groups = new Map<string, Set<string | number>>();
  const entries: IndexedAlias[] = [];
  things.forEach((thing, index) => {
    aliasesOf(thing).forEach((given, rank) => {
      // The text's ordinals in words become figures; so do the aliases', for both to meet.
      const alias = /[A-Z]/.test(given) ? given : ordinalsAsFigures(given);
      if (!alias) return;
      const group = groups.get(alias) ?? new Set();
      group.add(groupOf(thing));
      groups.set(alias, group);
      entries.push({ words: alias.split(' '), thing: index, rank, alias });
    });
  });
  const index: AliasIndex = { lower: new Map(), cased: new Map() };
  for (const entry of entries) {
    if ((groups.get(entry.alias)?.size ?? 0) > 1) continue;
    const map = /[A-Z]/.test(entry.alias) ? index.cased : index.lower;
    const list = map.get(entry.words[0]!) ?? [];
    list.push(entry);
    map.set(entry.words[0]!, list);
  }
  return index;
}

/** The index per list of things, per `aliasesOf` function (its `groupOf` comes with it). */
const indexesOf = memoByList((_things: readonly unknown[]) => memoByList((_aliasesOf: object, build: () => AliasIndex) => build()));

function indexFor<T extends { id: number }>(things: readonly T[], aliasesOf: (thing: T) => string[], groupOf: (thing: T) => string | number): AliasIndex {
  return indexesOf(things)(aliasesOf, () => buildIndex(things, aliasesOf, groupOf));
}

function scan(words: string[], map: Map<string, IndexedAlias[]>, hits: Map<number, { alias: string; rank: number; count: number; until: number }>) {
  for (let i = 0; i < words.length; i++) {
    const candidates = map.get(words[i]!);
    if (!candidates) continue;
    for (const c of candidates) {
      if (i + c.words.length > words.length) continue;
      let same = true;
      for (let k = 1; k < c.words.length && same; k++) same = words[i + k] === c.words[k];
      if (!same) continue;
      const hit = hits.get(c.thing);
      if (!hit) hits.set(c.thing, { alias: c.alias, rank: c.rank, count: 1, until: i + c.words.length });
      else {
        // One mention per place in the text, however many of the thing's aliases cover it.
        if (i >= hit.until) hit.count++;
        hit.until = Math.max(hit.until, i + c.words.length);
        if (c.rank < hit.rank) Object.assign(hit, { alias: c.alias, rank: c.rank });
      }
    }
  }
}

/**
 * Which things the text names, by their aliases, at word boundaries on
 * folded text with ordinals in words as figures; aliases with capitals
 * (acronyms) only in capitals. An alias shared by two groups (`groupOf`:
 * two people, two series) names neither. Returns the things found, with the
 * first-listed alias that matched and the number of places mentioning them.
 * The alias index is built once per list of things.
 */
export function findMentions<T extends { id: number }>(
  text: string,
  things: readonly T[],
  aliasesOf: (thing: T) => string[],
  groupOf: (thing: T) => string | number = (thing) => thing.id,
): { id: number; alias: string; count: number }[] {
  const index = indexFor(things, aliasesOf, groupOf);
  const hits = new Map<number, { alias: string; rank: number; count: number; until: number }>();
  scan(ordinalsAsFigures(foldText(text)).split(' '), index.lower, hits);
  if (index.cased.size > 0) scan(foldKeepingCase(text).split(' '), index.cased, hits);
  return [...hits.entries()].sort((a, b) => a[0] - b[0]).map(([i, hit]) => ({ id: things[i]!.id, alias: hit.alias, count: hit.count }));
}
