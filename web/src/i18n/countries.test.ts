import { describe, expect, it } from 'vitest';
import { countries, countryCode, countryName } from './countries';

describe('countries named in the UI language', () => {
  it('names and sorts them in each language', () => {
    expect(countryName('VN', 'vi')).toBe('Việt Nam');
    expect(countryName('VN', 'en')).toBe('Vietnam');
    const vi = countries('vi');
    expect(vi).toHaveLength(250);
    expect(vi.findIndex((c) => c.code === 'AU')).toBeLessThan(vi.findIndex((c) => c.code === 'VN'));
  });

  it('reads back a name (any case, with or without diacritics, either language) or a code', () => {
    expect(countryCode('Việt Nam', 'vi')).toBe('VN');
    expect(countryCode('viet nam', 'vi')).toBe('VN');
    expect(countryCode('Vietnam', 'vi')).toBe('VN');
    expect(countryCode('nhật bản', 'vi')).toBe('JP');
    expect(countryCode('vn', 'en')).toBe('VN');
    expect(countryCode('Atlantis', 'en')).toBeNull();
    expect(countryCode('QQ', 'en')).toBeNull();
  });
});
