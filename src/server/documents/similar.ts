/**
 * For results found by trigram similarity of titles (a misspelled query):
 * which title words the query's words resemble, to mark them, and the query
 * with its misspelled words replaced by the title's ("did you mean").
 * Similarity is pg_trgm's: the trigrams of a word padded with two spaces in
 * front and one behind, shared over all (Jaccard).
 */
import type { FoldedWord } from '../search/normalize.js';
import { wordMatcher } from './highlight.js';

/** A query word and a title word (or two adjacent ones, "ha noi" for "hannoi") count as the same above this. */
export const WORD_SIMILARITY = 0.5;

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** pg_trgm's `similarity()` of two folded words. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

interface Resemblance {
  /** Index of the first title word, and how many (1, or 2 joined). */
  at: number;
  span: 1 | 2;
  score: number;
}

/** The title word, or pair of adjacent words, that a query token resembles most (at least WORD_SIMILARITY). */
function bestResemblance(token: string, words: readonly FoldedWord[]): Resemblance | null {
  let best: Resemblance | null = null;
  for (let i = 0; i < words.length; i++) {
    const candidates: Array<[1 | 2, string]> = [[1, words[i]!.word]];
    if (i + 1 < words.length) candidates.push([2, words[i]!.word + words[i + 1]!.word]);
    for (const [span, word] of candidates) {
      const score = trigramSimilarity(token, word);
      if (score >= WORD_SIMILARITY && (!best || score > best.score)) best = { at: i, span, score };
    }
  }
  return best;
}

/** Is the token itself in these words (the last token, typed on, as a prefix)? */
const present = (words: readonly FoldedWord[], token: string, last: boolean) => words.some((w) => w.word === token || (last && w.word.startsWith(token)));

/** Which title words to mark for a similar match: those the query's words match or resemble. */
export function similarHits(words: readonly FoldedWord[], tokens: readonly string[]): boolean[] {
  const isHit = wordMatcher(tokens);
  const hits = words.map((w) => isHit(w.word));
  for (const [i, token] of tokens.entries()) {
    if (present(words, token, i === tokens.length - 1)) continue;
    const r = bestResemblance(token, words);
    if (r) for (let k = 0; k < r.span; k++) hits[r.at + k] = true;
  }
  return hits;
}

/**
 * The query with each word that is in no title replaced by the title words it
 * resembles, all in the titles' spelling, lower case: "hannoi declaraton" →
 * "ha noi declaration", "tuyen bo tam nhinn" → "tuyên bố tầm nhìn". Null when
 * no word was replaced. Titles are the best similar match's, which the asker may see.
 */
export function suggestQuery(tokens: readonly string[], titles: ReadonlyArray<{ text: string; words: readonly FoldedWord[] }>): string | null {
  let changed = false;
  const spelled = (title: (typeof titles)[number], from: number, to: number) => title.text.slice(title.words[from]!.start, title.words[to]!.end).toLowerCase();
  // The title in the query's language first: the one holding most of its words.
  const held = (t: (typeof titles)[number]) => tokens.filter((token) => t.words.some((w) => w.word === token)).length;
  const ordered = [...titles].sort((a, b) => held(b) - held(a));
  const out = tokens.map((token, i) => {
    for (const title of ordered) {
      const at = title.words.findIndex((w) => w.word === token);
      if (at >= 0) return spelled(title, at, at);
    }
    if (titles.some((t) => present(t.words, token, i === tokens.length - 1))) return token;
    let best: { r: Resemblance; title: (typeof titles)[number] } | null = null;
    for (const title of ordered) {
      const r = bestResemblance(token, title.words);
      if (r && (!best || r.score > best.r.score)) best = { r, title };
    }
    if (!best) return token;
    changed = true;
    return spelled(best.title, best.r.at, best.r.at + best.r.span - 1);
  });
  return changed ? out.join(' ') : null;
}
