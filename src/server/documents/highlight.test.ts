import { describe, expect, it } from 'vitest';
import { foldedWords } from '../search/normalize.js';
import { markWords, wordMatcher } from './highlight.js';

const markTitle = (text: string, tokens: string[]) => {
  const words = foldedWords(text);
  const isHit = wordMatcher(tokens);
  return markWords(
    text,
    words,
    words.map((w) => isHit(w.word)),
    0,
    words.length,
    'whole',
  );
};

describe('title highlights', () => {
  it('marks the query words in the original title, whole title kept', () => {
    expect(markTitle('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025', ['tam', 'nhin', 'cong', 'dong'])).toBe(
      'Tuyên bố Hà Nội về <mark>Tầm</mark> <mark>nhìn</mark> <mark>Cộng</mark> <mark>đồng</mark> ASEAN sau năm 2025',
    );
    expect(markTitle('“Đông Á” — 15th EAS.', ['dong', '15'])).toBe('“<mark>Đông</mark> Á” — <mark>15th</mark> EAS.');
  });

  it('escapes a title that holds markup', () => {
    expect(markTitle('<img src=x onerror="alert(1)"> Hà Nội', ['ha'])).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Hà</mark> Nội');
    expect(markTitle('Tom & Jerry', ['x'])).toBe('Tom &amp; Jerry');
  });
});
