import { describe, expect, it } from 'vitest';
import { foldText, queryTokens, searchTextOf, tokenPattern } from './normalize.js';

const matches = (text: string, query: string) =>
  queryTokens(query).every((t) => new RegExp(tokenPattern(t)).test(searchTextOf([text])));

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

  it('ignores punctuation and empty queries', () => {
    expect(queryTokens('  ,.  ')).toEqual([]);
    expect(queryTokens('AMM-53')).toEqual(['amm', '53']);
  });
});
