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
  const words = parts.filter((p): p is string | number => p !== null && p !== undefined && p !== '').map((p) => foldText(String(p)));
  // Ordinals ("53rd") also give their bare number, appended once at the end
  // (not a second copy of the whole text, which doubled every document's index entries).
  const joined = words.join(' ');
  const numbers = [...joined.matchAll(/\b(\d+)(?:st|nd|rd|th)\b/g)].map((m) => m[1]);
  return [joined, ...numbers].join(' ').trim();
}

/** A Postgres regex matching the token at the start of a word. */
export const tokenPattern = (token: string) => `(^| )${token}`;

/** A folded word and where it stands in the original text (UTF-16 offsets, end exclusive). */
export interface FoldedWord {
  word: string;
  start: number;
  end: number;
}

const foldedChars = new Map<string, string>();

/** One character folded as `foldText` folds it (it works character by character). */
function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    foldedChars.set(ch, f);
  }
  return f;
}

const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/**
 * The words of `foldText(text)`, each with its span in the original text, so
 * that matches found on folded words can be shown in the original (with its
 * diacritics). Folding is not length-preserving ("ế" is one code unit, its NFD
 * three; "İ" lowers to two), hence spans rather than offsets into the folded text.
 * `foldedWords(t).map(w => w.word).join(' ') === foldText(t)` for every t.
 */
export function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  // The current word: its folded characters are collected only once a
  // non-ASCII character is met; a plain ASCII word is sliced and lowered at its end.
  let start = -1;
  let end = 0;
  let folded: string | null = null;
  const flush = () => {
    if (start < 0) return;
    words.push({ word: folded ?? text.slice(start, end).toLowerCase(), start, end });
    start = -1;
    folded = null;
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const isWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
      if (isWord) {
        if (start < 0) start = i;
        else if (folded !== null) folded += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
        end = i + 1;
      } else flush();
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldChar(ch);
    if (start >= 0 && folded === null) folded = text.slice(start, end).toLowerCase();
    // A combining mark after a letter (decomposed input) belongs to that letter's word.
    if (!f && start >= 0) end = i + ch.length;
    for (const c of f) {
      if (isWordChar(c)) {
        if (start < 0) {
          start = i;
          folded = '';
        }
        folded += c;
        end = i + ch.length;
      } else flush();
    }
    i += ch.length;
  }
  flush();
  return words;
}
