import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../search/normalize.js';
import { snippetOf } from './snippet.js';

/** The snippet's text as a reader sees it (marks dropped, entities decoded). */
const plain = (s: string) =>
  s.replace(/<\/?mark>/g, '').replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
const marked = (s: string) => [...s.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('snippetOf', () => {
  it('shows the original Vietnamese text, diacritics kept, hits marked', () => {
    const text = 'Các nhà Lãnh đạo ASEAN nhấn mạnh tầm quan trọng của an ninh biển và an toàn hàng hải ở Biển Đông.';
    expect(snippetOf(text, ['an', 'ninh', 'bien'])).toBe(
      'Các nhà Lãnh đạo ASEAN nhấn mạnh tầm quan trọng của <mark>an</mark> <mark>ninh</mark> <mark>biển</mark> và <mark>an</mark> toàn hàng hải ở <mark>Biển</mark> Đông.',
    );
    expect(snippetOf('Hội nghị Cấp cao Đông Á lần thứ 15', ['dong', 'a'])).toBe('Hội nghị Cấp cao <mark>Đông</mark> <mark>Á</mark> lần thứ 15');
  });

  it('marks the last token as a prefix and ordinals by their number', () => {
    expect(snippetOf('Tuyên bố về phục hồi bền vững', ['phuc', 'ben'])).toBe('Tuyên bố về <mark>phục</mark> hồi <mark>bền</mark> vững');
    expect(snippetOf('the 53rd AMM and the 37th Summit', ['37', 'summit'])).toBe('the 53rd AMM and the <mark>37th</mark> <mark>Summit</mark>');
    // After other words, a last word under 4 letters is whole in the text (a prefix in the titles only).
    expect(snippetOf('kinh tế số và sổ tay', ['kinh', 'so'])).toBe('<mark>kinh</mark> tế <mark>số</mark> và <mark>sổ</mark> tay');
    expect(snippetOf('kinh tế sông', ['kinh', 'so'])).toBe('<mark>kinh</mark> tế sông');
    // Alone too.
    expect(snippetOf('số và sông', ['so'])).toBe('<mark>số</mark> và sông');
    expect(snippetOf('sông', ['so'])).toBeNull();
    expect(snippetOf('sông', ['song'])).toBe('<mark>sông</mark>');
    expect(snippetOf('  “Biển Đông”  ', ['bien'])).toBe('“<mark>Biển</mark> Đông”');
  });

  it('escapes markup from the document and keeps marks the only tags', () => {
    const s = snippetOf('<script>alert("x")</script> <b>an ninh</b> & "biển"', ['an', 'ninh'])!;
    expect(s).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;b&gt;<mark>an</mark> <mark>ninh</mark>&lt;/b&gt; &amp; &quot;biển&quot;');
    expect(s.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('picks the window with the most hits, with "…" where the text goes on', () => {
    const text = [...Array(50).fill('xa'), 'kinh', 'tế', 'số', ...Array(50).fill('yên'), 'kinh'].join(' ');
    const s = snippetOf(text, ['kinh', 'te', 'so'])!;
    expect(s).toContain('<mark>kinh</mark> <mark>tế</mark> <mark>số</mark>');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(
      plain(s)
        .replace(/^… | …$/g, '')
        .split(' '),
    ).toHaveLength(24);
  });

  it('collapses line breaks and cuts long runs of punctuation', () => {
    expect(snippetOf('Chương 1\n\n\tan ninh ................................ 12', ['an'])).toBe('Chương 1 <mark>an</mark> ninh ....….... 12');
  });

  it('is null without tokens or without a hit in the text', () => {
    expect(snippetOf('abc', [])).toBeNull();
    expect(snippetOf('Tuyên bố Hà Nội', ['zanzibar'])).toBeNull();
    expect(snippetOf('', ['a'])).toBeNull();
  });

  it('keeps at most 24 words, in order, of the original text, and marks only matches', () => {
    const word = fc.stringMatching(/^[a-zđêôơưăâ0-9]{1,6}$/).map((w) => (w.length % 2 ? w.toUpperCase() : w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 200 }), fc.array(word, { minLength: 1, maxLength: 4 }), (words, query) => {
        const tokens = [...new Set(query.map(foldText).filter(Boolean))];
        fc.pre(tokens.length > 0);
        const s = snippetOf(words.join(' '), tokens);
        if (s === null) return;
        const shown = plain(s).replace(/^… | …$/g, '');
        expect(s).not.toMatch(/^\s|\s$/);
        expect(words.join(' ')).toContain(shown);
        expect(shown.split(' ').length).toBe(Math.min(24, words.length));
        const last = tokens[tokens.length - 1]!;
        for (const m of marked(s)) expect(tokens.slice(0, -1).includes(foldText(m!)) || foldText(m!).startsWith(last)).toBe(true);
      }),
    );
  });
});
