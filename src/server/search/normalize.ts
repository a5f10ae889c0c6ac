/**
 * Text folding for search: case and Vietnamese diacritics do not matter, so
 * "hoi nghi cap cao 37" finds "Hội nghị Cấp cao ASEAN lần thứ 37".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Query words, folded; ordinals like "53rd" also match the bare number. */
export function queryTokens(query: string): string[] {
  const tokens = foldText(query)
    .split(' ')
    .filter(Boolean)
    .map((t) => t.replace(/^(\d+)(st|nd|rd|th)$/, '$1'));
  return [...new Set(tokens)].slice(0, 12);
}

/** Everything a thing may be searched by, folded into one string. */
export function searchTextOf(parts: Array<string | number | null | undefined>): string {
  const words = parts
    .filter((p): p is string | number => p !== null && p !== undefined && p !== '')
    .map((p) => foldText(String(p)));
  // Split "53rd" into "53 rd" too, so that a bare number matches.
  const joined = words.join(' ');
  return `${joined} ${joined.replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')}`.trim();
}

/** A Postgres regex matching the token at the start of a word. */
export const tokenPattern = (token: string) => `(^| )${token}`;
