import { describe, expect, it } from 'vitest';
import { chairRotation } from './rotation.js';

const members = [
  { code: 'VN', nameEn: 'Viet Nam' },
  { code: 'BN', nameEn: 'Brunei Darussalam' },
  { code: 'KH', nameEn: 'Cambodia' },
  { code: 'ID', nameEn: 'Indonesia' },
  { code: 'LA', nameEn: 'Lao PDR' },
  { code: 'MY', nameEn: 'Malaysia' },
  { code: 'MM', nameEn: 'Myanmar' },
  { code: 'PH', nameEn: 'Philippines' },
  { code: 'SG', nameEn: 'Singapore' },
  { code: 'TH', nameEn: 'Thailand' },
];

describe('chairRotation', () => {
  it('passes the chair in English alphabetical order and wraps around', () => {
    const years = chairRotation(members, { year: 2020, code: 'VN' }, 2019, 2023).map((y) => `${y.year}:${y.chair.code}`);
    expect(years).toEqual(['2019:TH', '2020:VN', '2021:BN', '2022:KH', '2023:ID']);
  });

  it('returns nothing for an unknown anchor', () => {
    expect(chairRotation(members, { year: 2020, code: 'XX' }, 2020, 2021)).toEqual([]);
  });
});
