/**
 * Whether what was sent as a page is text at all, and the text made storable.
 * A file chosen by mistake (a PNG, a PDF, random bytes) arrives here decoded
 * as if it were UTF-8: NUL characters, other control characters and U+FFFD
 * replacement characters where bytes made no sense. Such a page is refused;
 * a text page keeps its words, losing only what PostgreSQL cannot store.
 */

/** How much of the page is looked at: like git, the first 8,000 characters decide. */
const SAMPLE = 8000;
/** Past this share of control or replacement characters, the page is not text. */
const GARBLED_SHARE = 0.1;

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; U+FFFD.
// eslint-disable-next-line no-control-regex
const GARBLED = /[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g;

/** Why the content is not a text page, or null when it is one. */
export function notTextProblem(content: string): string | null {
  const sample = content.slice(0, SAMPLE);
  if (sample.includes('\0')) return 'not a text page: it holds NUL characters, as binary files (images, PDFs) do';
  const garbled = sample.match(GARBLED)?.length ?? 0;
  if (sample.length > 0 && garbled / sample.length > GARBLED_SHARE) {
    return 'not a text page: too many characters are control or undecodable bytes, as in binary files (images, PDFs)';
  }
  return null;
}

/** The page with any stray NUL removed and unpaired surrogates replaced by U+FFFD, so PostgreSQL can store it. */
export { storableText } from '../../http/primitives.js';
