/**
 * The same story published by several outlets (a VNA dispatch taken up by
 * five papers, each with its own headline): pure. Two clippings tell the same
 * story when their folded headlines are equal, or when their bodies share
 * most of their word 4-shingles (Jaccard over the first words of the body,
 * where syndicated copies agree before each outlet trims or adds). Chinese
 * and Japanese have no spaces between words: each of their characters counts
 * as a word (foldText would fold them away).
 */
import { foldText } from '../../search/normalize.js';

const SHINGLE = 4;
/** Words of the body compared: the lead and a few paragraphs. */
const WORDS = 400;
export const SAME_STORY_JACCARD = 0.5;
/** A story is compared with clippings published this close to it. */
export const STORY_WINDOW_MS = 3 * 24 * 60 * 60_000;

export interface StoryText {
  headline: string | null;
  title: string;
  body: string;
}

export interface StoryPrint {
  headline: string;
  shingles: Set<string>;
}

const UNSPACED_CHAR = /(\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})/u;

/** The text's words, folded; a Chinese or Japanese character is a word. For text without them, `foldText` split at spaces. */
function storyWords(text: string): string[] {
  return text.split(UNSPACED_CHAR).flatMap((part, i) => (i % 2 === 1 ? [part] : foldText(part).split(' ').filter(Boolean)));
}

export function storyPrint(c: StoryText): StoryPrint {
  const words = storyWords(c.body).slice(0, WORDS);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
  return { headline: storyWords(c.headline ?? c.title).join(' '), shingles };
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

export function sameStory(a: StoryPrint, b: StoryPrint): boolean {
  if (a.headline.length >= 20 && a.headline === b.headline) return true;
  return a.shingles.size >= 8 && b.shingles.size >= 8 && jaccard(a.shingles, b.shingles) >= SAME_STORY_JACCARD;
}

/** The candidate (in the order given: earliest first) whose story this is, or null. */
export function findStory<T extends { id: number; print: StoryPrint }>(print: StoryPrint, candidates: readonly T[]): T | null {
  return candidates.find((c) => sameStory(print, c.print)) ?? null;
}
