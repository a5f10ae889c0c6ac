import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkClipping, parsePage } from './clipping.js';
import type { MeetingNames, PersonNames } from './aliases.js';

const seed = (name: string) => readFileSync(new URL(`../demo-pages/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parsePage({ content: seed(name), defaultZone: 'Asia/Ho_Chi_Minh' });

const series = {
  SUMMIT: { seriesCode: 'SUMMIT', seriesNameEn: 'ASEAN Summit', seriesNameVi: 'Hội nghị Cấp cao ASEAN' },
  AMM: { seriesCode: 'AMM', seriesNameEn: "ASEAN Foreign Ministers' Meeting", seriesNameVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN' },
  ARF: { seriesCode: 'ARF', seriesNameEn: 'ASEAN Regional Forum', seriesNameVi: 'Diễn đàn Khu vực ASEAN (ARF)' },
};
const meetings: MeetingNames[] = [
  { id: 36, edition: 36, titleEn: '36th ASEAN Summit', titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 36', ...series.SUMMIT },
  { id: 37, edition: 37, titleEn: '37th ASEAN Summit', titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 37', ...series.SUMMIT },
  { id: 53, edition: 53, titleEn: "53rd ASEAN Foreign Ministers' Meeting", titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53', ...series.AMM },
  {
    id: 518,
    edition: null,
    titleEn: "ASEAN Senior Officials' Meeting (SOM), 18 May 2020",
    titleVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM) ngày 18/5/2020',
    seriesCode: 'SOM',
    seriesNameEn: "ASEAN Senior Officials' Meeting (SOM)",
    seriesNameVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM)',
    startsAt: new Date('2020-05-18T02:00:00Z'),
    endsAt: new Date('2020-05-18T05:00:00Z'),
  },
  {
    id: 922,
    edition: null,
    titleEn: 'ASEAN Joint Consultative Meeting (JCM), 22 September 2021',
    titleVi: 'Hội nghị tham vấn chung ASEAN (JCM) ngày 22/9/2021',
    seriesCode: 'JCM',
    seriesNameEn: 'ASEAN Joint Consultative Meeting (JCM)',
    seriesNameVi: 'Hội nghị tham vấn chung ASEAN (JCM)',
    startsAt: new Date('2021-09-22T02:00:00Z'),
    endsAt: new Date('2021-09-22T05:00:00Z'),
  },
  { id: 27, edition: 27, titleEn: '27th ASEAN Regional Forum', titleVi: 'Diễn đàn Khu vực ASEAN lần thứ 27', ...series.ARF },
];
const people: PersonNames[] = [
  { id: 1, fullName: 'Nguyễn Quốc Dũng' },
  { id: 2, fullName: 'Phạm Bình Minh' },
  { id: 3, fullName: 'Lim Jock Hoi' },
];
const linked = (name: string) => {
  const links = linkClipping(parse(name), meetings, people);
  return { meetings: links.meetings.map((m) => m.id).sort(), people: links.people.map((p) => p.id).sort() };
};

describe('seed page 000 (AMM 53 press briefing, plain text)', () => {
  const c = parse('000_dff41772e1af1c8d.txt');
  it('finds headline, dateline with its printed zone, author and language', () => {
    expect(c.headline).toBe('Đẩy mạnh triển khai các sáng kiến, đề xuất hợp tác ứng phó với COVID-19 tại AMM 53');
    expect(c.publishedAt).toMatchObject({ instant: '2020-09-07T13:14:00Z', zone: '+07:00', zoneStated: true, precision: 'minute' });
    expect(c.author).toBe('Phạm Lý');
    expect(c.language).toBe('vi');
  });
  it('keeps the article body without related teasers, most-read lists or video links', () => {
    expect(c.paragraphs[0]).toMatch(/^Chiều 7\/9, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng/);
    expect(c.paragraphs.at(-1)).toMatch(/thông qua một số Kế hoạch mới cho giai đoạn 2021-2025 với các đối tác\.$/);
    const body = c.paragraphs.join('\n');
    for (const junk of ['Đọc nhiều', 'Ngoại giao nghị viện vì Cộng đồng', 'Tô Lâm', '[Video]', 'infographics', '7f7e24f23ed1c18f98c0', 'Nguồn:']) {
      expect(body).not.toContain(junk);
    }
  });
  it('links AMM-53, ARF-27 and the 37th Summit, and the people named', () => {
    expect(linked('000_dff41772e1af1c8d.txt')).toEqual({ meetings: [27, 37, 53], people: [1, 2] });
  });
});

describe('seed page 001 (SOM video conference, Thanh tra)', () => {
  const c = parse('001_b429440e4e5a7608.txt');
  it('has no printed headline: shows the lead sentence instead, reads the dateline in the assumed zone', () => {
    expect(c.headline).toBeNull();
    expect(c.title).toMatch(/^Ngày 18\/5, Thứ trưởng Bộ Ngoại giao/);
    expect(c.publishedAt).toMatchObject({ instant: '2020-05-18T09:09:00Z', zone: 'Asia/Ho_Chi_Minh', zoneStated: false });
    expect(c.author).toBe('Thanh Thanh');
  });
  it('keeps the body from the lead to the last paragraph, without the comment prompt or other stories', () => {
    expect(c.paragraphs[0]).toMatch(/^\(Thanh tra\) - Ngày 18\/5, Thứ trưởng Bộ Ngoại giao/);
    expect(c.paragraphs.at(-1)).toMatch(/Diễn đàn Đối thoại ASEAN-Úc lần thứ 32 .* họp trực tuyến\.$/);
    const body = c.paragraphs.join('\n');
    for (const junk of ['Ý kiến bình luận', 'Hiện chưa có bình luận', 'Netanyahu', 'Theo dõi Báo Thanh tra']) expect(body).not.toContain(junk);
  });
  it('links the 36th and 37th Summits, AMM-53, and by its date the SOM of 18 May it reports on', () => {
    expect(linked('001_b429440e4e5a7608.txt')).toEqual({ meetings: [36, 37, 518, 53], people: [1] });
  });
});

describe('seed page 002 (JCM 2021, no dateline)', () => {
  const c = parse('002_b59e608dfb0a9f3a.txt');
  it('marks the date unknown instead of taking a date from the body', () => {
    expect(c.publishedAt).toBeNull();
    expect(c.headline).toBe('Thứ trưởng Nguyễn Quốc Dũng chủ trì tham dự Hội nghị tham vấn chung ASEAN');
    expect(c.author).toBe('Kiệt Linh');
  });
  it('keeps the body without photo captions printed twice or the readers’ section', () => {
    expect(c.paragraphs[0]).toMatch(/^Ngày 22\/9, Thứ trưởng Nguyễn Quốc Dũng, Trưởng SOM ASEAN Việt Nam/);
    expect(c.paragraphs.at(-1)).toMatch(/do Việt Nam chủ trì tổ chức ngày 30\/11\/2021\.$/);
    const body = c.paragraphs.join('\n');
    for (const junk of ['Ý kiến bạn đọc', 'Giá vàng', 'VnMedia']) expect(body).not.toContain(junk);
    expect(c.paragraphs).not.toContain('Thứ trưởng Nguyễn Quốc Dũng');
  });
  it('links no 2020 meeting (it is about the 38th and 39th Summits) and, undated, not the JCM by series name alone', () => {
    expect(linked('002_b59e608dfb0a9f3a.txt')).toEqual({ meetings: [], people: [1] });
  });
});
