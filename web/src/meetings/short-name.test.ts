import { describe, expect, it } from 'vitest';
import { shortName } from './short-name';

const base = { edition: null, partnerCode: null, partnerNameEn: null, partnerNameVi: null };

describe("a meeting's short name", () => {
  it('is the series code and the edition', () => {
    expect(shortName({ ...base, seriesCode: 'AMM', seriesNameEn: "ASEAN Foreign Ministers' Meeting", edition: 53 }, 'en')).toBe('AMM-53');
  });

  it("takes the abbreviation the series' name ends with, and the partner in the reader's language", () => {
    const pmc = {
      ...base,
      seriesCode: 'PMC-JP',
      seriesNameEn: 'ASEAN Post Ministerial Conference with Japan (PMC+1)',
      partnerCode: 'JP',
      partnerNameEn: 'Japan',
      partnerNameVi: 'Nhật Bản',
    };
    expect(shortName(pmc, 'en')).toBe('PMC+1 Japan');
    expect(shortName(pmc, 'vi')).toBe('PMC+1 Nhật Bản');
  });

  it("drops the partner's suffix from a code without an abbreviation", () => {
    const summit = {
      ...base,
      seriesCode: 'SUMMIT-CN',
      seriesNameEn: 'ASEAN-China Summit',
      edition: 23,
      partnerCode: 'CN',
      partnerNameEn: 'China',
      partnerNameVi: '',
    };
    expect(shortName(summit, 'vi')).toBe('SUMMIT-23 China');
  });
});
