import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet.js';

describe('snippetOf', () => {
  it('marks whole words, the last token as a prefix', () => {
    expect(snippetOf('an ninh bien dong va an toan', ['an', 'bi'])).toBe('<mark>an</mark> ninh <mark>bien</mark> dong va <mark>an</mark> toan');
    expect(snippetOf('banana an', ['an', 'x'])).toBe('banana <mark>an</mark>');
  });

  it('picks the window with the most hits', () => {
    const text = [...Array(50).fill('x'), 'kinh', 'te', 'so', ...Array(50).fill('y'), 'kinh'].join(' ');
    const s = snippetOf(text, ['kinh', 'te', 'so'])!;
    expect(s).toContain('<mark>kinh</mark> <mark>te</mark> <mark>so</mark>');
    expect(s.split(' ')).toHaveLength(24);
  });

  it('is null without tokens', () => {
    expect(snippetOf('abc', [])).toBeNull();
  });

  it('keeps at most 24 words of the text, in order, and marks only matches', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 200 }), fc.array(word, { minLength: 1, maxLength: 4 }), (words, tokens) => {
        const s = snippetOf(words.join(' '), tokens)!;
        const parts = s.split(' ');
        expect(parts.length).toBe(Math.min(24, words.length));
        const plain = parts.map((p) => p.replace(/^<mark>(.*)<\/mark>$/, '$1'));
        expect(words.join(' ')).toContain(plain.join(' '));
        const last = tokens[tokens.length - 1]!;
        for (const p of parts) {
          const m = /^<mark>(.*)<\/mark>$/.exec(p);
          if (m) expect(tokens.slice(0, -1).includes(m[1]!) || m[1]!.startsWith(last)).toBe(true);
        }
      }),
    );
  });
});
