import { describe, expect, it, vi } from 'vitest';
import { foldText } from '../../search/normalize.js';
import type { MeetingNames, PersonNames } from './aliases.js';
import { findChineseMentions } from './aliases-zh.js';
import { reportersInLead } from './boilerplate.js';
import { linkClipping, parsePage } from './clipping.js';

// Folding counted (and done as it is), to see how often the names are made ready.
vi.mock('../../search/normalize.js', async (actual) => {
  const real = await actual<typeof import('../../search/normalize.js')>();
  return { ...real, foldText: vi.fn(real.foldText) };
});

const meeting = (id: number, edition: number | null, seriesCode: string, titleEn: string): MeetingNames => ({
  id,
  edition,
  titleEn,
  titleVi: titleEn,
  seriesCode,
  seriesNameEn: titleEn,
  seriesNameVi: titleEn,
  startsAt: new Date('2020-11-12T07:00:00Z'),
  endsAt: new Date('2020-11-12T08:00:00Z'),
});
const meetings = [
  meeting(1, 37, 'SUMMIT', '37th ASEAN Summit'),
  meeting(2, 23, 'SUMMIT-CN', '23rd ASEAN-China Summit'),
  meeting(3, 23, 'APT-SUMMIT', '23rd ASEAN Plus Three Summit'),
  meeting(4, 22, 'SUMMIT-CN', '22nd ASEAN-China Summit'),
  meeting(5, null, 'SOM', 'ASEAN SOM'),
];
const people: PersonNames[] = [
  { id: 10, fullName: 'Nguyễn Xuân Phúc', titles: ['Prime Minister'] },
  { id: 11, fullName: 'Dato Lim Jock Hoi', titles: ['Secretary-General of ASEAN'] },
];
const link = (text: string) => {
  const found = linkClipping({ headline: null, paragraphs: [text], publishedAt: null }, meetings, people);
  return { meetings: found.meetings.map((m) => m.id), people: found.people.map((p) => p.id) };
};

describe('meetings and people named in Chinese', () => {
  it.each([
    ['国务院总理李克强出席第23次中国－东盟（10+1）领导人会议。', [2]],
    ['第二十三次东盟－中国领导人会议以视频方式举行。', [2]],
    ['李克强出席第23次东盟与中日韩（10+3）领导人视频会议。', [3]],
    ['第37届东盟峰会12日开幕，第三十七届东盟峰会由越南主办。', [1]],
    ['第２３次中国—东盟领导人会议', [2]],
  ])('finds the meeting in %s', (text, ids) => {
    expect(link(text).meetings).toEqual(ids);
  });

  it('needs the edition: a series name alone, another edition or a meeting without an edition names nothing', () => {
    expect(link('中国－东盟领导人会议将于明年举行。').meetings).toEqual([]);
    expect(link('第24次中国－东盟领导人会议').meetings).toEqual([]);
    expect(link('东盟高官会在河内举行。').meetings).toEqual([]);
  });

  it('finds people by the names the Chinese press gives them, and Latin names in Chinese text too', () => {
    expect(link('越南总理阮春福主持会议，东盟秘书长林玉辉出席。').people).toEqual([10, 11]);
    expect(link('越南总理 Nguyễn Xuân Phúc 主持第37届东盟峰会。')).toEqual({ meetings: [1], people: [10] });
  });

  it('makes the names ready once per list of meetings and people, not once per clipping', () => {
    const folded = vi.mocked(foldText);
    const texts = Array.from({ length: 50 }, (_, i) => `第37届东盟峰会第${i}天，越南总理阮春福出席。`);
    expect(findChineseMentions(texts[0]!, meetings, people)).toEqual({
      meetings: [{ id: 1, alias: '第37届东盟峰会', count: 1 }],
      people: [{ id: 10, alias: '阮春福', count: 1 }],
    });
    folded.mockClear();
    for (const text of texts) expect(findChineseMentions(text, meetings, people).people).toEqual([{ id: 10, alias: '阮春福', count: 1 }]);
    expect(folded).not.toHaveBeenCalled();
    // A new list (another poll, after an edit) is read afresh.
    const renamed: PersonNames[] = [{ id: 12, fullName: 'Phạm Bình Minh', titles: [] }];
    expect(findChineseMentions('范平明出席会议。', meetings, renamed).people).toEqual([{ id: 12, alias: '范平明', count: 1 }]);
    expect(folded).toHaveBeenCalledTimes(1);
  });

  it('reads Chinese text without word boundaries and without a crash when it names nothing known', () => {
    expect(link('今天天气很好，我们去公园散步吧。这是一段没有任何会议名称的中文文本。')).toEqual({ meetings: [], people: [] });
    expect(link('日本語のテキストと한국어 텍스트、ภาษาไทย')).toEqual({ meetings: [], people: [] });
  });
});

describe('Chinese pages', () => {
  it('takes the reporters a Chinese lead names in brackets as the author, not an editor', () => {
    expect(reportersInLead('人民网河内11月12日电\u3000（记者刘刚）第37届东盟峰会12日上午以视频方式开幕。')).toBe('刘刚');
    expect(reportersInLead('新华社北京11月12日电（记者陶军\u3000胡佳丽）国务院总理李克强12日下午出席会议。')).toBe('陶军、胡佳丽');
    expect(reportersInLead('新华社北京11月12日电\u3000国务院总理李克强12日下午出席会议。')).toBeNull();
    expect(reportersInLead('【责任编辑:刘阳 】')).toBeNull();
  });

  it('reads a pasted Chinese page: headline, date in the given zone, reporter, body', () => {
    const text = [
      '人民网 国际 时政',
      '第37届东盟峰会以视频方式开幕',
      '2020年11月12日14:26 | 来源：人民网－国际频道',
      '人民网河内11月12日电\u3000（记者刘刚）第37届东盟峰会12日上午以视频方式开幕。越南总理、东盟轮值主席国领导人阮春福主持会议，东盟秘书长林玉辉出席。',
      '阮春福在开幕式上表示，面对新冠肺炎疫情带来的严峻挑战，东盟国家团结一致、主动适应，体现了“齐心协力，主动适应”的年度主题。',
      '(责编：杨光宇、刘军涛)',
      '相关新闻',
      '东盟国家加快推进区域全面经济伙伴关系协定签署',
    ].join('\n');
    const parsed = parsePage({ content: text, contentType: 'text/plain', defaultZone: 'Asia/Shanghai' });
    expect(parsed).toMatchObject({ headline: '第37届东盟峰会以视频方式开幕', author: '刘刚', language: 'zh' });
    expect(parsed.publishedAt).toMatchObject({ instant: '2020-11-12T06:26:00Z', precision: 'minute', zone: 'Asia/Shanghai' });
    expect(parsed.paragraphs).toHaveLength(2);
    expect(parsed.paragraphs[1]).toMatch(/年度主题。$/);
  });
});
