import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notTextProblem, storableText } from './page-text.js';

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('what is a text page', () => {
  it('refuses a PNG however it was decoded', () => {
    expect(notTextProblem(new TextDecoder().decode(png))).toMatch(/not a text page/);
    expect(notTextProblem(png.toString('latin1'))).toMatch(/NUL/);
  });

  it('refuses random bytes decoded as UTF-8 (no NUL needed)', () => {
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 128 + ((i * 37) % 128);
    expect(notTextProblem(new TextDecoder().decode(bytes))).toMatch(/undecodable/);
  });

  it('accepts pages in any language, with tabs, line ends and emoji', () => {
    expect(notTextProblem('Hội nghị Cấp cao ASEAN lần thứ 37\r\n\tHà Nội 😀\f')).toBeNull();
    expect(notTextProblem('<html><body><p>ASEAN</p></body></html>')).toBeNull();
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => notTextProblem(s) === null));
  });

  it('keeps a text page with a stray NUL past the sample, without the NUL, and repairs lone surrogates', () => {
    const page = `${'Leaders met in Hanoi. '.repeat(500)}\0end \uD800`;
    expect(notTextProblem(page)).toBeNull();
    const stored = storableText(page);
    expect(stored).not.toContain('\0');
    expect(stored.endsWith('end \ufffd')).toBe(true);
    expect(storableText('pair 😀 kept')).toBe('pair 😀 kept');
  });
});
