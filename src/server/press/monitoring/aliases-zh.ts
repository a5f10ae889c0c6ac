/**
 * Meetings and people named in Chinese. The linker's aliases live on folded
 * Latin text, where Chinese folds to nothing; these are found in the text
 * itself: a series' Chinese names just after the edition's ordinal
 * ("第23次中国－东盟（10+1）领导人会议", "第三十七届东盟峰会"), and people by the
 * names the Chinese press gives them ("阮春福"). Meetings without an edition
 * are not named this way.
 */
import { foldText } from '../../search/normalize.js';
import type { MeetingNames, PersonNames } from './aliases.js';
import { memoByList } from './memo.js';
import { chineseOrdinalsAsFigures, fullWidthAsAscii } from './ordinals.js';
import { CHINESE_PERSON_NAMES, CHINESE_SERIES_NAMES } from './press-words.js';

export interface Mention {
  id: number;
  alias: string;
  count: number;
}

const HAN = /\p{Script=Han}/u;

/** Full-width figures as ASCII, dashes as "-", no spaces, no "（10+1）" brackets, no "视频". */
function normalize(text: string): string {
  return chineseOrdinalsAsFigures(
    fullWidthAsAscii(text)
      .replace(/\s+/g, '')
      .replace(/[‐‑‒–—―－]/g, '-')
      .replace(/\(10\+[13]\)/g, '')
      .replace(/视频/g, ''),
  );
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

interface Named {
  id: number;
  /** Normalized as the text is, in the order they are tried. */
  aliases: readonly string[];
}

const namesOf = (id: number, aliases: string[]): Named[] => (aliases.length ? [{ id, aliases: [...new Set(aliases.map(normalize))] }] : []);

/**
 * The Chinese names of each meeting and person, normalized once per list (a
 * poll links every clipping against the same lists), not once per clipping.
 */
const meetingNames = memoByList((meetings: readonly MeetingNames[]): readonly Named[] =>
  meetings.flatMap((m) => {
    const names = CHINESE_SERIES_NAMES[m.seriesCode];
    if (m.edition === null || !names) return [];
    return namesOf(
      m.id,
      names.flatMap((name) => [`第${m.edition}次${name}`, `第${m.edition}届${name}`]),
    );
  }),
);

const personNames = memoByList((people: readonly PersonNames[]): readonly Named[] =>
  people.flatMap((p) => namesOf(p.id, [...(CHINESE_PERSON_NAMES[foldText(p.fullName)] ?? [])])),
);

export function findChineseMentions(
  text: string,
  meetings: readonly MeetingNames[],
  people: readonly PersonNames[],
): { meetings: Mention[]; people: Mention[] } {
  if (!HAN.test(text)) return { meetings: [], people: [] };
  const normalized = normalize(text);
  const found = ({ id, aliases }: Named): Mention[] => {
    const hits = aliases.map((alias) => ({ alias, n: count(normalized, alias) })).filter((h) => h.n > 0);
    return hits.length === 0 ? [] : [{ id, alias: hits[0]!.alias, count: hits.reduce((sum, h) => sum + h.n, 0) }];
  };
  return { meetings: meetingNames(meetings).flatMap(found), people: personNames(people).flatMap(found) };
}

/** Mentions from two finders, one per thing, counts added. */
export function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const byId = new Map(a.map((m) => [m.id, { ...m }]));
  for (const m of b) {
    const seen = byId.get(m.id);
    if (seen) seen.count += m.count;
    else byId.set(m.id, { ...m });
  }
  return [...byId.values()].sort((x, y) => x.id - y.id);
}
