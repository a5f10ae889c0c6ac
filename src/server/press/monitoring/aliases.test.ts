import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, meetingAliases, ordinal, type MeetingNames } from './aliases.js';

const summit = (edition: number): MeetingNames => ({
  id: edition,
  edition,
  titleEn: `${ordinal(edition)} ASEAN Summit`,
  titleVi: `Hội nghị Cấp cao ASEAN lần thứ ${edition}`,
  seriesCode: 'SUMMIT',
  seriesNameEn: 'ASEAN Summit',
  seriesNameVi: 'Hội nghị Cấp cao ASEAN',
});
const amm = (edition: number): MeetingNames => ({
  id: 1000 + edition,
  edition,
  titleEn: `${ordinal(edition)} ASEAN Foreign Ministers' Meeting`,
  titleVi: `Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ ${edition}`,
  seriesCode: 'AMM',
  seriesNameEn: "ASEAN Foreign Ministers' Meeting",
  seriesNameVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN',
});

describe('meeting aliases', () => {
  const meetings = [summit(36), summit(37), amm(53), amm(54)];
  const ids = (text: string) => findMentions(text, meetings, meetingAliases).map((m) => m.id);

  it.each([
    ['Bên lề HNCC ASEAN lần thứ 37, các nhà lãnh đạo…', [37]],
    ['Hội nghị Cấp cao ASEAN 37 khai mạc', [37]],
    ['The 37th ASEAN Summit opened in Hanoi', [37]],
    ['hoi nghi cap cao asean lan thu 37', [37]],
    ['AMM 53 và các hội nghị liên quan', [1053]],
    ['tại AMM-53', [1053]],
    ['Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 (AMM 53)', [1053]],
    ["the 53rd ASEAN Foreign Ministers' Meeting", [1053]],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('never matches another edition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (a, b) => {
        fc.pre(a !== b);
        const text = `Hội nghị Cấp cao ASEAN lần thứ ${b} và ${ordinal(b)} ASEAN Summit, HNCC ASEAN ${b}`;
        expect(findMentions(text, [summit(a)], meetingAliases)).toEqual([]);
        expect(findMentions(text, [summit(b)], meetingAliases).map((m) => m.id)).toEqual([b]);
      }),
    );
  });
});
