/**
 * Marking search hits in original text (titles, snippets): the match is found
 * on folded words (`foldedWords`), shown on the original characters, escaped.
 * Every string returned is safe to render as HTML: the text of a document is
 * escaped, and `<mark>…</mark>` are the only tags.
 */
import type { FoldedWord } from '../search/normalize.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => entities[c]!);

const ordinal = /^(\d+)(?:st|nd|rd|th)$/;

/** A last query word shorter than this is a prefix in the titles only (see search.ts textArms). */
export const SHORT_PREFIX = 4;

/** Whether the query's last word is also a prefix in the whole text, or (a short one) only in the titles. */
export const prefixEverywhere = (tokens: readonly string[]) => (tokens[tokens.length - 1] ?? '').length >= SHORT_PREFIX;

/**
 * Does a folded word match the query's tokens as the search does: every token
 * whole, the last one also as a prefix (search as you type) unless
 * `prefixLast` is false; "53rd" also counts as "53" (the search text carries
 * the bare number too).
 */
export function wordMatcher(tokens: readonly string[], prefixLast = true): (word: string) => boolean {
  const exact = new Set(prefixLast ? tokens.slice(0, -1) : tokens);
  const prefix = prefixLast ? (tokens[tokens.length - 1] ?? '') : '';
  const hit = (w: string) => exact.has(w) || (prefix !== '' && w.startsWith(prefix));
  return (w) => hit(w) || (w.charCodeAt(0) <= 57 && hit(ordinal.exec(w)?.[1] ?? ''));
}

/** Whitespace runs become one space; a long run of other characters between two words is cut short. */
function gap(s: string): string {
  const collapsed = s.replace(/\s+/g, ' ');
  return collapsed.length > 12 ? `${collapsed.slice(0, 5)}…${collapsed.slice(-5)}` : collapsed;
}

/**
 * The original text of words[from..to) and what stands between them, hits
 * wrapped in marks, escaped. A title is shown `whole`, as it is; a snippet
 * with its white space collapsed, long punctuation runs cut, and "…" where the
 * text goes on before or after the window.
 */
export function markWords(text: string, words: readonly FoldedWord[], hits: readonly boolean[], from: number, to: number, mode: 'whole' | 'snippet'): string {
  const between = (s: string) => escapeHtml(mode === 'whole' ? s : gap(s));
  let out = '';
  let at = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (i > from) out += between(text.slice(at, w.start));
    const original = escapeHtml(text.slice(w.start, w.end));
    out += hits[i] ? `<mark>${original}</mark>` : original;
    at = w.end;
  }
  const first = words[from];
  if (!first) return mode === 'whole' ? escapeHtml(text) : '';
  const before = from === 0 ? between(text.slice(0, first.start)) : '… ';
  const after = to === words.length ? between(text.slice(at)) : ' …';
  return mode === 'whole' ? before + out + after : (before.trimStart() + out + after).trimEnd();
}
