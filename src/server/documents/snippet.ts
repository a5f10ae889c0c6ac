/**
 * Search snippets, computed in the process for the page's 20 rows only.
 * `ts_headline` re-parses each document's whole text (~0.7 ms per document of a
 * page or two, i.e. most of a search's time); the stored text is already folded
 * to `[a-z0-9 ]` words, which are exactly the lexemes of `to_tsvector('simple')`,
 * so matching the query's tokens word by word gives the same hits.
 */

const MAX_WORDS = 24;

/** Does a folded word match a query token (the last token is a prefix, as in the tsquery)? */
function matcher(tokens: readonly string[]): (word: string) => boolean {
  const exact = new Set(tokens.slice(0, -1));
  const prefix = tokens[tokens.length - 1] ?? '';
  return (w) => exact.has(w) || (prefix !== '' && w.startsWith(prefix));
}

/**
 * A window of at most 24 words of the folded text holding the most hits
 * (the earliest such window), hits wrapped in `<mark>…</mark>`; null when
 * there are no tokens. Folded text has no markup, so the marks are the only tags.
 */
export function snippetOf(searchText: string, tokens: readonly string[]): string | null {
  if (!tokens.length) return null;
  const words = searchText.split(' ').filter(Boolean);
  if (!words.length) return '';
  const isHit = matcher(tokens);
  const hits = words.map(isHit);
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
  // Start a little before the first hit when the window allows it, for context.
  const firstHit = hits.indexOf(true, bestStart);
  if (firstHit >= 0 && firstHit - bestStart > 4) bestStart = Math.min(firstHit - 4, words.length - size);
  return words
    .slice(bestStart, bestStart + size)
    .map((w, i) => (hits[bestStart + i] ? `<mark>${w}</mark>` : w))
    .join(' ');
}
