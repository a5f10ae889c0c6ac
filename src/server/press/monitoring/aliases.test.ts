import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, meetingAliases, ordinal, personAliases, seriesAliases, type MeetingNames, type PersonNames } from './aliases.js';
import { ordinalsAsFigures } from './ordinals.js';

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

describe('the press’s words', () => {
  const nc: MeetingNames = {
    id: 6,
    edition: 6,
    titleEn: '6th session of the National Committee for ASEAN 2020',
    titleVi: 'Phiên họp lần thứ 6 Ủy ban Quốc gia ASEAN 2020',
    seriesCode: 'NC',
    seriesNameEn: 'Session of the National Committee for ASEAN 2020',
    seriesNameVi: 'Phiên họp Ủy ban Quốc gia ASEAN 2020',
  };
  const eas: MeetingNames = {
    id: 15,
    edition: 15,
    titleEn: '15th East Asia Summit',
    titleVi: 'Hội nghị Cấp cao Đông Á (EAS) lần thứ 15',
    seriesCode: 'EAS',
    seriesNameEn: 'East Asia Summit',
    seriesNameVi: 'Hội nghị Cấp cao Đông Á (EAS)',
  };
  const us: MeetingNames = {
    id: 8,
    edition: 8,
    titleEn: '8th ASEAN-United States Summit',
    titleVi: 'Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 8',
    seriesCode: 'SUMMIT-US',
    seriesNameEn: 'ASEAN-United States Summit',
    seriesNameVi: 'Hội nghị Cấp cao ASEAN - Hoa Kỳ',
  };
  const meetings = [summit(37), summit(38), amm(53), nc, eas, us];
  const ids = (text: string) => findMentions(text, meetings, meetingAliases).map((m) => m.id);

  it.each([
    ['Phó Thủ tướng chủ trì phiên họp thứ sáu của Ủy ban Quốc gia ASEAN 2020', [6]],
    ['Phiên họp lần thứ 6 Ủy ban Quốc gia ASEAN 2020', [6]],
    ['Ủy ban Quốc gia ASEAN 2020 họp phiên thứ sáu', [6]],
    ['The National Committee for ASEAN 2020 held its sixth session on Tuesday', [6]],
    ['the 6th session of the National Committee for ASEAN 2020', [6]],
    ['Bru-nây sẽ đăng cai Hội nghị Cấp cao ASEAN lần thứ ba mươi tám', [38]],
    ['the thirty-seventh ASEAN Summit', [37]],
    ['HNCC 37 khai mạc', [37]],
    ['Hội nghị Cấp cao Đông Á lần thứ 15', [15]],
    ['Tại EAS 15, nhiều nước', [15]],
    ['the 15th East Asia Summit (EAS)', [15]],
    ['the 8th Asean-US Summit on Saturday', [8]],
    ['Hội nghị Cấp cao ASEAN - Mỹ lần thứ 8', [8]],
    ['the 53rd AMM held virtually', [1053]],
    ['HNCC ASEAN lần thứ 37 và HNCC 36 chưa diễn ra', [37]],
  ])('%s', (text, expected) => {
    expect(ids(text).sort()).toEqual(expected);
  });

  it('takes ordinals in words for figures only as ordinals', () => {
    expect(ordinalsAsFigures('phien hop thu sau cua uy ban')).toBe('phien hop thu 6 cua uy ban');
    expect(ordinalsAsFigures('lan thu hai muoi mot')).toBe('lan thu 21');
    expect(ordinalsAsFigures('lan thu muoi lam')).toBe('lan thu 15');
    expect(ordinalsAsFigures('the twenty third summit and the first')).toBe('the 23rd summit and the 1st');
    expect(ordinalsAsFigures('thu tuong va thu ky')).toBe('thu tuong va thu ky');
  });

  it('finds a series acronym only in capitals ("SOM", not "sớm")', () => {
    const som: MeetingNames = {
      id: 518,
      edition: null,
      titleEn: 'SOM',
      titleVi: 'SOM',
      seriesCode: 'SOM',
      seriesNameEn: "ASEAN Senior Officials' Meeting (SOM)",
      seriesNameVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM)',
    };
    const series = (m: MeetingNames) => seriesAliases(m);
    expect(findMentions('Hai bên nhất trí sớm nối lại đàm phán', [som], series)).toEqual([]);
    expect(findMentions('Trưởng SOM ASEAN Việt Nam chủ trì', [som], series).map((m) => m.id)).toEqual([518]);
  });

  it('names no series by an acronym two series share ("PMC+1")', () => {
    const pmc = (id: number, partner: string): MeetingNames => ({
      id,
      edition: null,
      titleEn: `ASEAN-${partner} PMC`,
      titleVi: `ASEAN - ${partner} PMC`,
      seriesCode: `PMC-${partner}`,
      seriesNameEn: `ASEAN Post Ministerial Conference with ${partner} (PMC+1)`,
      seriesNameVi: `Hội nghị Bộ trưởng ASEAN - ${partner} (PMC+1)`,
    });
    const both = [pmc(1, 'China'), pmc(2, 'Japan')];
    expect(findMentions('the PMC+1 meetings', both, seriesAliases, (m) => m.seriesCode)).toEqual([]);
    expect(findMentions('the ASEAN Post Ministerial Conference with Japan', both, seriesAliases, (m) => m.seriesCode).map((m) => m.id)).toEqual([2]);
  });
});

describe('people by their titles', () => {
  const people: PersonNames[] = [
    { id: 1, fullName: 'Nguyễn Xuân Phúc', titles: ['Prime Minister', 'Thủ tướng Chính phủ'] },
    {
      id: 2,
      fullName: 'Phạm Bình Minh',
      titles: ['Deputy Prime Minister', 'Phó Thủ tướng Chính phủ', 'Minister of Foreign Affairs', 'Bộ trưởng Bộ Ngoại giao'],
    },
    { id: 3, fullName: 'Nguyễn Quốc Dũng', titles: ['Deputy Minister of Foreign Affairs', 'Thứ trưởng Bộ Ngoại giao'] },
    { id: 4, fullName: 'Mai Tiến Dũng', titles: ['Minister, Head of the Government Office', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'] },
    { id: 5, fullName: 'Lê Văn Dũng', titles: ['Thứ trưởng Bộ Công Thương'] },
  ];
  const ids = (text: string) => findMentions(text, people, personAliases).map((m) => m.id);

  it.each([
    ['Thủ tướng Phúc phát biểu', [1]],
    ['PM Phuc called for restraint', [1]],
    ['Prime Minister Nguyen Xuan Phuc', [1]],
    ['Phó Thủ tướng Minh kiểm tra', [2]],
    ['Deputy Prime Minister Minh of Vietnam', [2]],
    ['Bộ trưởng Dũng cho biết', [4]],
    // Two deputy ministers named Dũng: the short form names neither, the full names each.
    ['Thứ trưởng Dũng đề nghị', []],
    ['Thứ trưởng Nguyễn Quốc Dũng và Thứ trưởng Lê Văn Dũng', [3, 5]],
    ['Thủ tướng Minh', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
