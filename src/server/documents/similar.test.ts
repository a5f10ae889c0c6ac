import { describe, expect, it } from 'vitest';
import { foldedWords } from '../search/normalize.js';
import { markWords } from './highlight.js';
import { similarHits, suggestQuery, trigramSimilarity } from './similar.js';

const title = (text: string) => ({ text, words: foldedWords(text) });
const markSimilar = (text: string, tokens: string[]) => {
  const words = foldedWords(text);
  return markWords(text, words, similarHits(words, tokens), 0, words.length, 'whole');
};

describe('trigram similarity', () => {
  it("is pg_trgm's similarity()", () => {
    // Values as Postgres prints them for similarity('hannoi', 'hanoi') etc.
    expect(trigramSimilarity('hannoi', 'hanoi')).toBeCloseTo(0.625);
    expect(trigramSimilarity('declaraton', 'declaration')).toBeCloseTo(0.6429, 3);
    expect(trigramSimilarity('nhinn', 'nhin')).toBeCloseTo(0.5714, 3);
    expect(trigramSimilarity('word', 'word')).toBe(1);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('similar titles', () => {
  it('marks the title words a misspelled query resembles, two words for one when joined', () => {
    expect(markSimilar('Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision', ['hannoi', 'declaration'])).toBe(
      '<mark>Ha</mark> <mark>Noi</mark> <mark>Declaration</mark> on the ASEAN Community’s Post-2025 Vision',
    );
    expect(markSimilar('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN', ['ha', 'noi', 'tam', 'nhinn'])).toBe(
      'Tuyên bố <mark>Hà</mark> <mark>Nội</mark> về <mark>Tầm</mark> <mark>nhìn</mark> Cộng đồng ASEAN',
    );
  });

  it('suggests the query spelled as in the title, in its language', () => {
    const titles = [title('Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision'), title('Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025')];
    expect(suggestQuery(['ha', 'noi', 'declaraton'], titles)).toBe('ha noi declaration');
    expect(suggestQuery(['hannoi', 'declaration'], titles)).toBe('ha noi declaration');
    expect(suggestQuery(['tuyen', 'bo', 'tam', 'nhinn'], titles)).toBe('tuyên bố tầm nhìn');
    // Words in both titles are spelled as in the one in the query's language.
    expect(suggestQuery(['tuyen', 'bo', 'ha', 'noi', 'tam', 'nhinn'], titles)).toBe('tuyên bố hà nội tầm nhìn');
    expect(suggestQuery(['ha', 'noi', 'declaraton', 'vission'], titles)).toBe('ha noi declaration vision');
  });

  it('suggests nothing when every word is in the titles or resembles none', () => {
    const titles = [title('Ha Noi Declaration')];
    expect(suggestQuery(['ha', 'noi', 'decl'], titles)).toBeNull();
    expect(suggestQuery(['quokka'], titles)).toBeNull();
  });
});
