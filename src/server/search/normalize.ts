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
    f = ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
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
  let word = '';
  let start = 0;
  let end = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let ch: string;
    let folded: string;
    if (code < 0x80) {
      ch = text[i]!;
      folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    } else {
      ch = String.fromCodePoint(text.codePointAt(i)!);
      folded = foldChar(ch);
    }
    // A combining mark after a letter (decomposed input) belongs to that letter's word.
    if (!folded && word) end = i + ch.length;
    for (const c of folded) {
      if (isWordChar(c)) {
        if (!word) start = i;
        word += c;
        end = i + ch.length;
      } else if (word) {
        words.push({ word, start, end });
        word = '';
      }
    }
    i += ch.length;
  }
  if (word) words.push({ word, start, end });
  return words;
}
