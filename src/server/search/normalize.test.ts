import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords, foldText, queryTokens, searchTextOf, tokenPattern } from './normalize.js';

const matches = (text: string, query: string) => queryTokens(query).every((t) => new RegExp(tokenPattern(t)).test(searchTextOf([text])));

describe('search folding', () => {
  it('drops Vietnamese diacritics and case, including đ', () => {
    expect(foldText('Hội nghị Cấp cao ASEAN lần thứ 37')).toBe('hoi nghi cap cao asean lan thu 37');
    expect(foldText('Nguyễn Quốc Dũng')).toBe('nguyen quoc dung');
    expect(foldText('Đà Nẵng')).toBe('da nang');
  });

  it('finds titles from plain queries', () => {
    expect(matches('Hội nghị Cấp cao ASEAN lần thứ 37', 'hoi nghi cap cao 37')).toBe(true);
    expect(matches('Nguyễn Quốc Dũng', 'nguyen quoc dung')).toBe(true);
    expect(matches('53rd ASEAN Foreign Ministers’ Meeting', 'AMM 53')).toBe(false);
    expect(matches('53rd ASEAN Foreign Ministers’ Meeting', '53rd ministers')).toBe(true);
  });

  it('matches at the start of words only', () => {
    expect(matches('Hội nghị Cấp cao ASEAN lần thứ 37', 'cao 7')).toBe(false);
    expect(matches('Phạm Bình Minh', 'minh')).toBe(true);
    expect(matches('Phạm Bình Minh', 'inh')).toBe(false);
  });

  it('adds the bare numbers of ordinals once, without copying the text', () => {
    expect(searchTextOf(['53rd AMM', 'Hội nghị lần thứ 37'])).toBe('53rd amm hoi nghi lan thu 37 53');
    expect(searchTextOf(['Hội nghị'])).toBe('hoi nghi');
  });

  it('ignores punctuation and empty queries', () => {
    expect(queryTokens('  ,.  ')).toEqual([]);
    expect(queryTokens('AMM-53')).toEqual(['amm', '53']);
  });
});

describe('foldedWords', () => {
  it('gives the folded words with their spans in the original Vietnamese text', () => {
    const text = 'Tuyên bố Hà Nội về Đông Á, lần thứ 37';
    const words = foldedWords(text);
    expect(words.map((w) => w.word)).toEqual(['tuyen', 'bo', 'ha', 'noi', 've', 'dong', 'a', 'lan', 'thu', '37']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Tuyên', 'bố', 'Hà', 'Nội', 'về', 'Đông', 'Á', 'lần', 'thứ', '37']);
  });

  it('keeps decomposed marks inside the word they belong to', () => {
    const text = 'Ho\u0302\u0323i nghi\u0323'; // "Hội nghị" typed as letters plus combining marks
    const words = foldedWords(text);
    expect(words.map((w) => w.word)).toEqual(['hoi', 'nghi']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Ho\u0302\u0323i', 'nghi\u0323']);
  });

  it('agrees with foldText on any text, and its spans fold to its words', () => {
    const vietnamese = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÀẢÃÁẠ \u0301\u0323,.-’İ😀<>&"'.split(''),
    );
    const text = fc.oneof(fc.string({ unit: vietnamese, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(text, (t) => {
        const words = foldedWords(t);
        expect(words.map((w) => w.word).join(' ')).toBe(foldText(t));
        for (const w of words) expect(foldText(t.slice(w.start, w.end))).toBe(w.word);
      }),
      { numRuns: 2000 },
    );
  });
});
