import { describe, expect, it } from 'vitest';
import { chairRotation, ruleAnchor } from './rotation.js';

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

// Five made-up members: the rule's behaviour, not history.
const five = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map((nameEn) => ({ code: nameEn.slice(0, 1), nameEn }));
const at2020 = { year: 2020, code: 'A' };
const shown = (years: ReturnType<typeof chairRotation>) => years.map((y) => `${y.year}:${y.chair.code}:${y.basis}`);

describe('chairRotation with recorded exceptions', () => {
  it('keeps a recorded year that departs from the rule and gives the traded turn to the member it was taken from', () => {
    // Delta chaired in 2021, Bravo's turn by the alphabet: Bravo takes Delta's 2023.
    const years = chairRotation(five, at2020, 2020, 2024, [{ year: 2021, code: 'D' }]);
    expect(shown(years)).toEqual(['2020:A:rule', '2021:D:recorded', '2022:C:rule', '2023:B:swap', '2024:E:rule']);
    expect(years[1]!.ruleChair.code).toBe('B');
    expect(years[3]!.swappedWith).toBe(2021);
  });

  it('takes both years of a swap from the record when both are recorded', () => {
    const years = chairRotation(five, at2020, 2021, 2023, [
      { year: 2021, code: 'D' },
      { year: 2023, code: 'B' },
    ]);
    expect(shown(years)).toEqual(['2021:D:recorded', '2022:C:rule', '2023:B:recorded']);
  });

  it('returns to the alphabet in the next round', () => {
    const years = chairRotation(five, at2020, 2025, 2028, [{ year: 2021, code: 'D' }]);
    expect(shown(years)).toEqual(['2025:A:rule', '2026:B:rule', '2027:C:rule', '2028:D:rule']);
  });

  it('marks a recorded year that follows the rule as recorded, its rule chair the same', () => {
    const [y] = chairRotation(five, at2020, 2022, 2022, [{ year: 2022, code: 'C' }]);
    expect(y).toMatchObject({ basis: 'recorded', chair: { code: 'C' }, ruleChair: { code: 'C' } });
  });

  it('ignores a recorded chair that is not a member', () => {
    expect(shown(chairRotation(five, at2020, 2021, 2021, [{ year: 2021, code: 'X' }]))).toEqual(['2021:B:rule']);
  });
});

describe('ruleAnchor', () => {
  it('anchors the rule on the years most records agree with, not on an exception', () => {
    const recorded = [
      { year: 2021, code: 'D' },
      { year: 2020, code: 'A' },
      { year: 2022, code: 'C' },
      { year: 2023, code: 'B' },
    ];
    const anchor = ruleAnchor(five, recorded)!;
    expect(chairRotation(five, anchor, 2020, 2024).map((y) => y.chair.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('finds none when nothing recorded is a member', () => {
    expect(ruleAnchor(five, [{ year: 2020, code: 'X' }])).toBeNull();
    expect(ruleAnchor(five, [])).toBeNull();
  });

  it('anchors the ASEAN rotation on Viet Nam 2020 and Brunei Darussalam 2021', () => {
    const anchor = ruleAnchor(members, [
      { year: 2020, code: 'VN' },
      { year: 2021, code: 'BN' },
    ])!;
    expect(chairRotation(members, anchor, 2021, 2022).map((y) => y.chair.code)).toEqual(['BN', 'KH']);
  });
});
