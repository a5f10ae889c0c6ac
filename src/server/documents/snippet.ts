/**
 * Search snippets, cut in the process for the page's rows only (`ts_headline`
 * re-parsed each document's whole text, ~0.7 ms a document). The window is
 * chosen on the folded words, which are exactly the lexemes of
 * `to_tsvector('simple', search_text)`, and shown in the original text
 * (diacritics kept), escaped, hits marked.
 */
import { foldedWords } from '../search/normalize.js';
import { markWords, prefixEverywhere, wordMatcher } from './highlight.js';

const MAX_WORDS = 24;

/**
 * A window of at most 24 words of the text holding the most hits (the
 * earliest such window), from its first word to its last, with "…" where the
 * text goes on; null when no word of the text is a hit (the document matched
 * on its title or reference) or there are no tokens.
 */
export function snippetOf(text: string, tokens: readonly string[]): string | null {
  if (!tokens.length) return null;
  const words = foldedWords(text);
  // As in the search: a short last word is a prefix in the titles only.
  const isHit = wordMatcher(tokens, prefixEverywhere(tokens));
  const hits = words.map((w) => isHit(w.word));
  const size = Math.min(MAX_WORDS, words.length);
  let count = 0;
  for (let i = 0; i < size; i++) if (hits[i]) count++;
  let best = count;
  let bestStart = 0;
  for (let start = 1; start + size <= words.length; start++) {
    if (hits[start - 1]) count--;
    if (hits[start + size - 1]) count++;
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  if (best === 0) return null;
  // Start a little before the first hit when the window allows it, for context.
  const firstHit = hits.indexOf(true, bestStart);
  if (firstHit - bestStart > 4) bestStart = Math.min(firstHit - 4, words.length - size);
  return markWords(text, words, hits, bestStart, bestStart + size, 'snippet');
}
